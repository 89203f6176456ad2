"""The 行政区划 service: what the region page and every other register rely on."""

from __future__ import annotations

import pytest

from emergency_desk.data.db import Database
from emergency_desk.data.enums import RegionLevel
from emergency_desk.errors import InputRejected, ValidationFailed
from emergency_desk.services.audit_log import AuditService
from emergency_desk.services.regions.regions import RegionInput, RegionQuery, RegionService
from tests.services.query_plans import query_plans

C, T, V, S = (RegionLevel.COUNTY, RegionLevel.TOWNSHIP, RegionLevel.VILLAGE,
              RegionLevel.COMMUNITY)


@pytest.fixture
def svc(db: Database) -> RegionService:
    return RegionService(db)


@pytest.fixture
def tree(svc: RegionService) -> dict[str, int]:
    ids: dict[str, int] = {}
    ids["黟县"] = svc.create(RegionInput("黟县", C, code="341023000000"))
    ids["碧阳镇"] = svc.create(RegionInput("碧阳镇", T, ids["黟县"], "341023100000"))
    ids["宏村镇"] = svc.create(RegionInput("宏村镇", T, ids["黟县"], "341023101000"))
    ids["古筑村"] = svc.create(RegionInput("古筑村", V, ids["碧阳镇"], "341023100201",
                                        population=860))
    ids["南屏村"] = svc.create(RegionInput("南屏村", V, ids["碧阳镇"], "341023100202"))
    ids["城东社区"] = svc.create(RegionInput("城东社区", S, ids["碧阳镇"], "341023100001"))
    return ids


def test_the_township_list_reads_the_level_index(svc: RegionService, db: Database,
                                                 tree: dict[str, int]) -> None:
    """Every register page fills its 乡镇 filter from this list on the GUI thread: it finds
    the townships through ix_region_level (migration 0023), not by walking every live
    region of the county (25,000 at county scale, issue 20)."""
    with query_plans(db, lambda sql: "FROM region" in sql and "region.level IN" in sql) \
            as plans:
        towns = svc.townships()
    assert {t.name for t in towns} == {"碧阳镇", "宏村镇"}
    assert plans and all("USING INDEX ix_region_level" in p for p in plans), plans


def test_the_township_filters_read_three_columns_of_the_live_townships(
        svc: RegionService, db: Database, tree: dict[str, int]) -> None:
    """The 乡镇 filters read id, name and code only (not whole regions with their parents'
    names), in the same order as `townships()`, through the level index; a deleted township
    is not offered."""
    with query_plans(db, lambda sql: "FROM region" in sql and "region.level =" in sql) \
            as plans:
        choices = svc.township_choices()
    assert [(c.id, c.name, c.code) for c in choices] == \
        [(r.id, r.name, r.code) for r in svc.townships()]
    assert {c.name for c in choices} == {"碧阳镇", "宏村镇"}
    assert plans and all("USING INDEX ix_region_level" in p for p in plans), plans
    gone = svc.create(RegionInput("西递镇", RegionLevel.TOWNSHIP, tree["黟县"]))
    assert "西递镇" in {c.name for c in svc.township_choices()}
    svc.delete(gone)
    assert {c.name for c in svc.township_choices()} == {"碧阳镇", "宏村镇"}


def test_the_region_tree_reads_children_from_the_parent_index(
        svc: RegionService, db: Database, tree: dict[str, int]) -> None:
    """The 行政区划 page's tree asks for the top and then each opened region's children on
    the GUI thread: through ix_region_parent_id, also for the top (parent IS NULL), where
    SQLite without statistics walked every live region (issue 20)."""
    with query_plans(db, lambda sql: "FROM region" in sql and "region.parent_id" in sql
                     and "WHERE region.parent_id" in sql) as plans:
        top = svc.children(None)
        towns = svc.children(tree["黟县"])
    assert [r.name for r in top] == ["黟县"]
    assert {r.name for r in towns} == {"碧阳镇", "宏村镇"}
    assert len(plans) == 2 and all("USING INDEX ix_region_parent_id" in p for p in plans), plans
    # What is deleted stays out of the tree.
    svc.delete(tree["南屏村"])
    assert {r.name for r in svc.children(tree["碧阳镇"])} == {"古筑村", "城东社区"}


def test_create_builds_the_path_and_reads_back(svc: RegionService,
                                               tree: dict[str, int]) -> None:
    r = svc.get(tree["古筑村"])
    assert r.path == "黟县/碧阳镇/古筑村"
    assert r.parent_name == "碧阳镇"
    assert r.township == "碧阳镇"
    assert r.level == V and r.population == 860
    assert [c.name for c in svc.children(tree["碧阳镇"])] == ["城东社区", "古筑村", "南屏村"]
    assert {t.name for t in svc.townships()} == {"碧阳镇", "宏村镇"}


def test_update_changes_fields_and_renaming_a_township_repaths_its_villages(
        svc: RegionService, tree: dict[str, int]) -> None:
    town = svc.get(tree["碧阳镇"])
    svc.update(town.id, RegionInput("碧阳街道", T, town.parent_id, town.code,
                                    is_disaster_prone=True, main_hazards="洪涝"))
    assert svc.get(tree["古筑村"]).path == "黟县/碧阳街道/古筑村"
    got = svc.get(town.id)
    assert got.is_disaster_prone and got.main_hazards == "洪涝"


def test_move_a_village_to_another_township(svc: RegionService, tree: dict[str, int]) -> None:
    svc.move(tree["南屏村"], tree["宏村镇"])
    assert svc.get(tree["南屏村"]).path == "黟县/宏村镇/南屏村"
    assert [c.name for c in svc.children(tree["宏村镇"])] == ["南屏村"]


def test_move_into_a_village_or_itself_is_refused(svc: RegionService,
                                                  tree: dict[str, int]) -> None:
    with pytest.raises(ValidationFailed) as info:
        svc.move(tree["南屏村"], tree["古筑村"])
    assert "上级" in info.value.problems
    with pytest.raises(ValidationFailed):
        svc.move(tree["碧阳镇"], tree["碧阳镇"])
    assert svc.get(tree["南屏村"]).path == "黟县/碧阳镇/南屏村"


def test_soft_delete_hides_the_region_and_refuses_while_referenced(
        svc: RegionService, tree: dict[str, int]) -> None:
    with pytest.raises(InputRejected) as info:
        svc.delete(tree["碧阳镇"])
    assert "3 个下级区划" in info.value.message
    svc.delete(tree["南屏村"])
    names = [r.name for r in svc.list()]
    assert "南屏村" not in names
    assert svc.get(tree["南屏村"]).is_deleted  # still there, in the recycle bin
    assert "南屏村" in [r.name for r in svc.list(RegionQuery(include_deleted=True))]
    with pytest.raises(InputRejected):
        svc.delete(tree["南屏村"])  # already deleted


def test_a_deleted_name_can_be_used_again(svc: RegionService, tree: dict[str, int]) -> None:
    svc.delete(tree["南屏村"])
    svc.create(RegionInput("南屏村", V, tree["碧阳镇"], "341023100202"))


def test_code_must_be_12_digits_and_unique(svc: RegionService, tree: dict[str, int]) -> None:
    with pytest.raises(ValidationFailed) as info:
        svc.create(RegionInput("关麓村", V, tree["碧阳镇"], "34102310020"))
    assert "12 位" in info.value.problems["区划代码"]
    with pytest.raises(ValidationFailed) as info:
        svc.create(RegionInput("关麓村", V, tree["碧阳镇"], "341023100201"))
    assert "古筑村" in info.value.problems["区划代码"]
    svc.create(RegionInput("关麓村", V, tree["碧阳镇"], " "))  # blank code = no code


@pytest.mark.parametrize(("level", "parent", "why"), [
    (V, None, "村、社区必须有上级乡镇"),
    (V, "黟县", "乡镇"),
    (T, "碧阳镇", "县"),
    (C, "黟县", "县是最上级"),
])
def test_level_and_parent_must_fit(svc: RegionService, tree: dict[str, int],
                                   level: RegionLevel, parent: str | None, why: str) -> None:
    with pytest.raises(ValidationFailed) as info:
        svc.create(RegionInput("新区划", level, tree[parent] if parent else None))
    assert why in info.value.problems["上级"]


def test_names_are_required_and_unique_under_one_parent(
        svc: RegionService, tree: dict[str, int]) -> None:
    with pytest.raises(ValidationFailed) as info:
        svc.create(RegionInput("  ", V, tree["碧阳镇"]))
    assert "名称" in info.value.problems
    with pytest.raises(ValidationFailed) as info:
        svc.create(RegionInput("古筑村", V, tree["碧阳镇"]))
    assert "已有" in info.value.problems["名称"]
    svc.create(RegionInput("古筑村", V, tree["宏村镇"]))  # same name, other township: fine


def test_population_cannot_be_negative(svc: RegionService, tree: dict[str, int]) -> None:
    with pytest.raises(ValidationFailed) as info:
        svc.create(RegionInput("关麓村", V, tree["碧阳镇"], population=-5))
    assert "人口" in info.value.problems


def test_a_region_with_children_cannot_change_level(svc: RegionService,
                                                     tree: dict[str, int]) -> None:
    town = svc.get(tree["碧阳镇"])
    with pytest.raises(ValidationFailed):
        svc.update(town.id, RegionInput(town.name, C, None, town.code))
    assert svc.get(town.id).level == T


def test_lookup_by_code_name_and_short_code(svc: RegionService, tree: dict[str, int]) -> None:
    assert svc.lookup("341023100201").region_id == tree["古筑村"]
    assert svc.lookup("古筑村").region_id == tree["古筑村"]
    assert svc.lookup("341023100").region_id == tree["碧阳镇"]  # 9-digit township code
    assert svc.lookup("古筑村", parent_id=tree["宏村镇"]).region_id is None


def test_lookup_of_a_typo_suggests_the_closest_names(svc: RegionService,
                                                     tree: dict[str, int]) -> None:
    res = svc.lookup("古竹村")
    assert res.region_id is None
    assert "古竹村" in (res.problem or "")
    assert "黟县/碧阳镇/古筑村" in res.suggestions


def test_lookup_matches_without_the_committee_suffix_and_by_a_short_form(
        svc: RegionService, tree: dict[str, int]) -> None:
    assert svc.lookup("古筑村村委会").region_id == tree["古筑村"]
    assert svc.lookup("古筑村民委员会").region_id == tree["古筑村"]
    assert svc.lookup("古筑").region_id == tree["古筑村"]  # a unique short form
    assert svc.lookup("碧阳").region_id == tree["碧阳镇"]
    svc.create(RegionInput("古筑社区", RegionLevel.COMMUNITY, tree["碧阳镇"]))
    res = svc.lookup("古筑")  # now two regions shorten to 古筑: an error naming both
    assert res.region_id is None
    assert "黟县/碧阳镇/古筑村" in (res.problem or "")
    assert "黟县/碧阳镇/古筑社区" in (res.problem or "")


def test_lookup_of_an_ambiguous_name_asks_for_more(svc: RegionService,
                                                   tree: dict[str, int]) -> None:
    svc.create(RegionInput("古筑村", V, tree["宏村镇"]))
    res = svc.lookup("古筑村")
    assert res.region_id is None
    assert "黟县/宏村镇/古筑村" in (res.problem or "")


def test_search_by_name_pinyin_initials_and_code(svc: RegionService,
                                                  tree: dict[str, int]) -> None:
    def found(text: str) -> set[str]:
        return {r.name for r in svc.list(RegionQuery(search=text))}

    assert "古筑村" in found("gzc")
    assert "古筑村" in found("guzhu")
    assert "古筑村" in found("古筑")
    assert found("341023100201") == {"古筑村"}
    assert "宏村镇" not in found("gzc")
    assert svc.count(RegionQuery(search="byz")) >= 1


def test_filters_and_ordering(svc: RegionService, tree: dict[str, int]) -> None:
    svc.set_disaster_prone([tree["古筑村"]], True)
    prone = svc.list(RegionQuery(disaster_prone=True))
    assert [r.name for r in prone] == ["古筑村"]
    within = {r.name for r in svc.list(RegionQuery(within_id=tree["碧阳镇"]))}
    assert within == {"碧阳镇", "古筑村", "南屏村", "城东社区"}
    villages = svc.list(RegionQuery(levels=(V,), order_by="population", descending=True))
    assert villages[0].name == "古筑村"
    assert len(svc.list(RegionQuery(), offset=1, limit=2)) == 2


def test_every_change_writes_an_audit_row_with_old_and_new(
        svc: RegionService, db: Database, tree: dict[str, int]) -> None:
    r = svc.get(tree["古筑村"])
    svc.update(r.id, RegionInput(r.name, r.level, r.parent_id, r.code, population=900))
    svc.delete(tree["南屏村"])
    rows = AuditService(db).list(table="region")
    update = next(a for a in rows if a.action == "update" and a.record_id == r.id)
    assert update.changes["population"] == [860, 900]
    assert "860 → 900" in update.changes_text()
    assert any(a.action == "delete" and a.record_id == tree["南屏村"] for a in rows)
    inserts = [a for a in rows if a.action == "insert"]
    assert len(inserts) == len(tree)
    assert all(a.user for a in rows)



def test_editing_a_region_keeps_its_official_name(svc: RegionService,
                                                  tree: dict[str, int]) -> None:
    vid = svc.create(RegionInput("柏山村", V, tree["碧阳镇"], official_name="柏山村村委会"))
    svc.update(vid, RegionInput("柏山村", V, tree["碧阳镇"], population=900))  # as the form does
    assert svc.lookup("柏山村村委会").region_id == vid
