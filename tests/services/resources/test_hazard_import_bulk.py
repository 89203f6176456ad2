"""Issue 20: the hazards import checks its rows on dicts and writes them with Core statements
(io/hazard_rows.py), with the form's rules (`check_hazard`) and the form's audit rows; rows
find stored points by the normal form of their names and shelters as the 避难场所 cell names
them, a point named twice is refused (within a chunk and across chunks), and a refused file
leaves nothing behind even after whole chunks were written."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from emergency_desk.data.db import Database
from emergency_desk.data.resources import HazardPoint, HazardStatus, HazardType
from emergency_desk.io import bulk
from emergency_desk.io.importer import import_file
from emergency_desk.services.resources.hazards import HazardInput, upsert_hazard_in
from emergency_desk.services.resources.shelters import ShelterInput, ShelterService
from tests.services.bulk_import_audit import form_audit, import_audit, state, xlsx

HEADER = ["隐患点名称", "类型", "所属区划", "位置", "威胁户数", "威胁人数", "监测人", "监测人电话",
          "责任人", "责任人电话", "转移路线", "避难场所", "状态", "备注"]


def sheet(tmp_path: Path, name: str, rows: list[list[Any]]) -> Path:
    return xlsx(tmp_path, HEADER, rows, name)


def point(name: str, region: str, households: Any = None, people: Any = None,
          shelter: str | None = None, remark: str | None = None) -> list[Any]:
    return [name, "滑坡", region, None, households, people, "胡春梅", "13905591234", "汪成林",
            None, "沿村道转移", shelter, "在册", remark]


def hazard_ids(db: Database) -> dict[str, int]:
    with db.read() as s:
        return {n: i for i, n in s.execute(select(HazardPoint.id, HazardPoint.name).where(
            HazardPoint.is_deleted.is_(False)))}


@pytest.fixture
def shelters(db: Database, county: dict[str, int]) -> dict[str, int]:
    svc = ShelterService(db)
    return {"古筑": svc.save(ShelterInput("古筑村（祠堂）", county["古筑村"])),
            "宏村": svc.save(ShelterInput("村委会广场", county["宏村村"])),
            "碧阳": svc.save(ShelterInput("村委会广场", county["古筑村"]))}


def test_hazard_rows_are_audited_as_the_form_saves_them(
        db: Database, county: dict[str, int], shelters: dict[str, int],
        tmp_path: Path) -> None:
    first = sheet(tmp_path, "first.xlsx", [
        point("古筑村后山滑坡", "古筑村", 3, 9, "古筑村(祠堂)", "汛前排查"),
        point("宏村村山洪沟", "宏村村", 2, 6, "宏村镇/宏村村/村委会广场")])

    def saves(s: Any) -> None:
        for name, region, hh, pp, shelter, remark in (
                ("古筑村后山滑坡", "古筑村", 3, 9, "古筑", "汛前排查"),
                ("宏村村山洪沟", "宏村村", 2, 6, "宏村", None)):
            upsert_hazard_in(s, HazardInput(
                name, county[region], HazardType.LANDSLIDE, None, hh, pp, "胡春梅",
                "13905591234", "汪成林", None, "沿村道转移", shelters[shelter],
                HazardStatus.ACTIVE, remark))

    expected = form_audit(db, saves)
    assert [a[0] for a in expected] == ["insert"] * 2
    assert import_audit(db, "hazards", first) == expected

    # A re-import: one point changed (a blank 备注 keeps what is stored), one unchanged.
    again = sheet(tmp_path, "again.xlsx", [
        point("古筑村后山滑坡", "古筑村", 4, 12, "古筑村 (祠堂)"),
        point("宏村村山洪沟", "宏村村", 2, 6, "宏村村/村委会广场")])
    expected = form_audit(db, lambda s: upsert_hazard_in(s, HazardInput(
        "古筑村后山滑坡", county["古筑村"], HazardType.LANDSLIDE, None, 4, 12, "胡春梅",
        "13905591234", "汪成林", None, "沿村道转移", shelters["古筑"], HazardStatus.ACTIVE)))
    assert [(a[0], set(a[3])) for a in expected] == [("update", {"households", "people"})]
    assert import_audit(db, "hazards", again) == expected
    before = state(db, HazardPoint)
    result = import_file(db, "hazards", again)
    assert (result.inserted, result.updated, result.unchanged) == (0, 0, 2)
    assert state(db, HazardPoint) == before
    with db.read() as s:
        assert s.scalar(select(HazardPoint.remark).where(
            HazardPoint.name == "古筑村后山滑坡")) == "汛前排查"


def test_rows_find_points_by_normal_names_and_a_point_twice_is_refused(
        db: Database, county: dict[str, int], shelters: dict[str, int], tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    import_file(db, "hazards", sheet(tmp_path, "one.xlsx", [
        point("古筑村（后山）滑坡", "古筑村", 3, 9)]))
    ids = hazard_ids(db)
    # Spaces and half-width brackets do not make another point; the stored spelling stays.
    result = import_file(db, "hazards", sheet(tmp_path, "spaced.xlsx", [
        point("古筑村(后山) 滑坡", "古筑村", 3, 10)]))
    assert result.ok and (result.inserted, result.updated) == (0, 1), result.error_lines()
    assert hazard_ids(db) == ids

    monkeypatch.setattr(bulk, "CHUNK", 2)  # row 5 repeats row 2 of an earlier chunk
    before = state(db, HazardPoint)
    result = import_file(db, "hazards", sheet(tmp_path, "twice.xlsx", [
        point("宏村村山洪沟", "宏村村"),
        point("宏村村 山洪沟", "宏村村"),
        point("古筑村危房", "古筑村"),
        point("宏村村山洪沟", "宏村村"),
        point("宏村村内涝点", "宏村村", 5, 3),
        point("宏村村塌陷", "宏村村", None, None, "村委会广场")]))
    assert result.error_lines() == [
        "第 3 行 [隐患点名称]: 与第 2 行重复（同一记录出现两次）",
        "第 5 行 [隐患点名称]: 与第 2 行重复（同一记录出现两次）",
        "第 6 行 [威胁人数]: 威胁人数少于户数",
        "第 7 行 [避难场所]: 有多个“村委会广场”，请写成 区划/场所名称"]
    assert state(db, HazardPoint) == before


def test_a_refused_row_after_written_chunks_leaves_nothing(
        db: Database, county: dict[str, int], shelters: dict[str, int], tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(bulk, "CHUNK", 2)  # the first rows are written before the bad one
    rows = [point(f"隐患点{i}", "古筑村" if i % 2 else "宏村村", i, i) for i in range(5)]
    result = import_file(db, "hazards", sheet(tmp_path, "ok.xlsx", rows))
    assert result.ok and result.inserted == 5, result.error_lines()
    before = state(db, HazardPoint)
    changed = [[*r[:5], 100, *r[6:]] for r in rows]
    result = import_file(db, "hazards", sheet(tmp_path, "late_bad.xlsx", [
        *changed, point("新隐患点", "宏村村", None, None, "没有的场所")]))
    assert result.error_lines() == [
        "第 7 行 [避难场所]: 找不到避难场所“没有的场所”，请先录入或导入避难场所"]
    assert state(db, HazardPoint) == before
    result = import_file(db, "hazards", sheet(tmp_path, "late_region.xlsx", [
        *changed, point("新隐患点", "没有的村")]))
    assert result.error_lines()[0].startswith("第 7 行 [所属区划]: ")
    assert state(db, HazardPoint) == before
