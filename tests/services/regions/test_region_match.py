"""Region names as offices write them, through the one matcher every register uses
(services/regions/match.py, via lookup_in and the officers import's RegionIndex)."""

from __future__ import annotations

import pytest

from emergency_desk.data.db import Database
from emergency_desk.data.enums import RegionLevel
from emergency_desk.services.regions.regions import RegionInput, RegionService

C, T, V, S = (RegionLevel.COUNTY, RegionLevel.TOWNSHIP, RegionLevel.VILLAGE,
              RegionLevel.COMMUNITY)


@pytest.fixture
def svc(db: Database) -> RegionService:
    return RegionService(db)


@pytest.fixture
def tree(svc: RegionService) -> dict[str, int]:
    """碧阳镇 as in the demo: 郭门村 beside 郭门社区, a community named 城南片区; 宏村 and 柯村
    whose names end in 村 already."""
    ids: dict[str, int] = {}
    ids["黟县"] = svc.create(RegionInput("黟县", C, code="341023000000"))
    by = ids["碧阳镇"] = svc.create(RegionInput("碧阳镇", T, ids["黟县"], "341023100000"))
    hc = ids["宏村镇"] = svc.create(RegionInput("宏村镇", T, ids["黟县"], "341023101000"))
    kc = ids["柯村镇"] = svc.create(RegionInput("柯村镇", T, ids["黟县"], "341023105000"))
    for name, level, parent, code, official in [
            ("横岗村", V, by, "341023100200", "横岗村村委会"),
            ("郭门村", V, by, "341023100206", "郭门村村委会"),
            ("郭门社区", S, by, "341023100001", "郭门社区居委会"),
            ("北街社区", S, by, "341023100002", "北街社区居委会"),
            ("麻田社区", S, by, "341023100003", "麻田社区居委会"),
            ("城南片区", S, by, None, None),
            ("宏村", V, hc, "341023101200", "宏村村委会"),
            ("柯村", V, kc, "341023105200", "柯村村委会")]:
        ids[name] = svc.create(RegionInput(name, level, parent, code, official_name=official))
    return ids


@pytest.mark.parametrize("cell, region", [
    ("北街居委会", "北街社区"), ("麻田居委会", "麻田社区"), ("城南片区居委会", "城南片区"),
    ("郭门居委会", "郭门社区"), ("北街居民委员会", "北街社区"), ("城南片区居民委员会", "城南片区"),
])
def test_a_juweihui_names_a_community(svc: RegionService, tree: dict[str, int], cell: str,
                                      region: str) -> None:
    assert svc.lookup(cell).region_id == tree[region]
    assert svc.lookup(cell, parent_id=tree["碧阳镇"], levels=(V, S)).region_id == tree[region]


@pytest.mark.parametrize("cell, region", [
    ("郭门村委会", "郭门村"), ("郭门社区居委会", "郭门社区"), ("横岗村村民委员会", "横岗村"),
    ("横岗村委会", "横岗村"), ("宏村村委会", "宏村"), ("柯村委会", "柯村"),
    ("北街社区居民委员会", "北街社区"), ("横岗", "横岗村"), ("341023100200", "横岗村"),
    ("城南片区", "城南片区"), ("北街", "北街社区"),
])
def test_the_names_that_already_matched_still_do(svc: RegionService, tree: dict[str, int],
                                                 cell: str, region: str) -> None:
    assert svc.lookup(cell).region_id == tree[region]


@pytest.mark.parametrize("cell, region", [
    ("宏村镇人民政府", "宏村镇"), ("碧阳镇政府", "碧阳镇"), ("黟县人民政府", "黟县"),
    ("碧阳人民政府", "碧阳镇"), ("黟县/宏村镇人民政府", "宏村镇"),
])
def test_a_government_names_its_township_or_county(svc: RegionService, tree: dict[str, int],
                                                   cell: str, region: str) -> None:
    """A pledge's 签订单位, a sheet's 单位: 宏村镇人民政府 is 宏村镇 (it had matched nothing in
    nine registers); a village has no 政府 (宏村 is not 宏村镇人民政府's)."""
    assert svc.lookup(cell).region_id == tree[region]


def test_a_village_is_not_named_by_a_government(svc: RegionService, tree: dict[str, int]) -> None:
    res = svc.lookup("宏村人民政府", levels=(V, S))
    assert res.region_id is None


def test_a_juweihui_is_not_a_village_nor_a_cunweihui_a_community(
        svc: RegionService, tree: dict[str, int]) -> None:
    svc.create(RegionInput("横岗社区", S, tree["碧阳镇"]))
    svc.create(RegionInput("北街村", V, tree["碧阳镇"]))
    assert svc.lookup("横岗居委会").region_id == svc.lookup("横岗社区").region_id
    assert svc.lookup("北街居委会").region_id == tree["北街社区"]
    assert svc.lookup("北街村委会").region_id == svc.lookup("北街村").region_id
    res = svc.lookup("宏村居委会")  # 宏村 is a village: no community to name
    assert res.region_id is None and "宏村居委会" in (res.problem or "")
    assert svc.lookup("郭门").region_id is None  # a short form alone stays ambiguous


@pytest.mark.parametrize("cell, region", [
    ("黟县/碧阳镇/横岗村", "横岗村"), ("碧阳镇/横岗村", "横岗村"), ("碧阳镇横岗村", "横岗村"),
    ("黟县碧阳镇横岗村", "横岗村"), (" 碧阳镇 / 横岗村村委会 ", "横岗村"), ("碧阳/横岗", "横岗村"),
    ("碧阳镇/北街居委会", "北街社区"), ("碧阳镇/郭门社区", "郭门社区"),
    ("碧阳镇郭门社区", "郭门社区"),
    ("黟县/碧阳镇", "碧阳镇"), ("宏村镇/宏村", "宏村"), ("宏村镇宏村", "宏村"),
])
def test_a_path_names_the_one_region_it_ends_at(svc: RegionService, tree: dict[str, int],
                                                cell: str, region: str) -> None:
    assert svc.lookup(cell).region_id == tree[region]
    parent = svc.get(tree[region]).parent_id
    assert svc.lookup(cell, parent_id=parent).region_id == tree[region]


@pytest.mark.parametrize("cell", ["宏村镇/横岗村", "宏村镇横岗村", "黟县/宏村镇/横岗村"])
def test_a_path_under_another_township_is_refused(svc: RegionService, tree: dict[str, int],
                                                  cell: str) -> None:
    assert svc.lookup(cell).region_id is None
    res = svc.lookup(cell, parent_id=tree["宏村镇"], levels=(V, S))
    assert res.region_id is None and cell in (res.problem or "")
    # written under the township the path names, the 乡镇 column disagrees: refused too
    assert svc.lookup("碧阳镇/横岗村", parent_id=tree["宏村镇"]).region_id is None


@pytest.mark.parametrize("cell", ["横刚村", "碧阳镇/横刚村", "黟县/碧阳镇/横刚村", "北接居委会"])
def test_the_suggestion_for_an_unknown_name_is_one_the_lookup_accepts(
        svc: RegionService, tree: dict[str, int], cell: str) -> None:
    for parent in (None, tree["碧阳镇"]):
        res = svc.lookup(cell, parent_id=parent, levels=(V, S))
        assert res.region_id is None and res.suggestions
        for suggested in res.suggestions:
            assert svc.lookup(suggested, parent_id=parent, levels=(V, S)).region_id is not None
