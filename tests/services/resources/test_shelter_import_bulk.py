"""Issue 20: the shelters import checks its rows on dicts and writes them with Core statements
(io/shelter_rows.py), with the form's rules (`check_shelter`) and the form's audit rows; rows
find stored shelters by the normal form of their names, a shelter named twice is refused
(within a chunk and across chunks), and a refused file leaves nothing behind even after whole
chunks were written."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from sqlalchemy import select

from emergency_desk.data.db import Database
from emergency_desk.data.resources import Shelter, ShelterDuration, ShelterRegion
from emergency_desk.io import bulk
from emergency_desk.io.importer import import_file
from emergency_desk.services.resources.shelters import ShelterInput, save_shelter_in
from tests.services.bulk_import_audit import form_audit, import_audit

HEADER = ["场所名称", "所属区划", "地址", "避难时长", "可容纳人数", "占地面积(平方米)",
          "有效避难面积(平方米)", "管理责任人", "联系电话", "最近检查日期", "服务村(社区)", "备注"]


def xlsx(tmp_path: Path, name: str, rows: list[list[Any]], header: list[str] = HEADER) -> Path:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(header)
    for r in rows:
        ws.append(r)
    path = tmp_path / name
    wb.save(path)
    return path


def state(db: Database) -> tuple[Any, ...]:
    with db.read() as s:
        return (s.execute(select(Shelter.id, Shelter.name, Shelter.region_id, Shelter.capacity,
                                 Shelter.manager, Shelter.served_summary, Shelter.remark,
                                 Shelter.row_version)
                          .where(Shelter.is_deleted.is_(False)).order_by(Shelter.id)).all(),
                s.execute(select(ShelterRegion.shelter_id, ShelterRegion.region_id)
                          .order_by(ShelterRegion.shelter_id, ShelterRegion.region_id)).all())


def shelter_ids(db: Database) -> dict[str, int]:
    with db.read() as s:
        return {n: i for i, n in s.execute(select(Shelter.id, Shelter.name).where(
            Shelter.is_deleted.is_(False)))}


def test_shelter_rows_are_audited_as_the_form_saves_them(
        db: Database, county: dict[str, int], tmp_path: Path) -> None:
    first = xlsx(tmp_path, "first.xlsx", [
        ["碧阳镇中心学校操场", "碧阳镇", "碧阳镇东街", "紧急", 1200, 3000, 2400, "郑光辉",
         "15832996811", "2026-05-26", "宏村村、古筑村", "主场所"],
        ["宏村镇文化站", "宏村镇", None, None, 50, None, None, None, None, None, None, None],
    ])
    expected = form_audit(db, lambda s: (
        save_shelter_in(s, ShelterInput(
            "碧阳镇中心学校操场", county["碧阳镇"], "碧阳镇东街", ShelterDuration.EMERGENCY, None,
            None, 1200, 3000.0, 2400.0, "郑光辉", "15832996811", None, date(2026, 5, 26),
            served=(county["宏村村"], county["古筑村"]), remark="主场所")),
        save_shelter_in(s, ShelterInput("宏村镇文化站", county["宏村镇"], capacity=50,
                                        served=()))))
    assert [a[0] for a in expected] == ["insert"] * 2
    assert any("served_summary" in a[3] for a in expected)  # one row with the villages
    assert import_audit(db, "shelters", first) == expected
    with db.read() as s:
        assert s.scalar(select(Shelter.served_summary).where(
            Shelter.name == "碧阳镇中心学校操场")) == "宏村镇/宏村村、碧阳镇/古筑村"  # by path

    # A re-import: one shelter changed (its villages too; a blank 备注 keeps what is stored),
    # one unchanged.
    ids = shelter_ids(db)
    again = xlsx(tmp_path, "again.xlsx", [
        ["碧阳镇中心学校操场", "碧阳镇", "碧阳镇东街", "短期", 1500, 3000, 2400, "郑光辉",
         "15832996811", "2026-05-26", "古筑村", None],
        ["宏村镇文化站", "宏村镇", None, None, 50, None, None, None, None, None, None, None],
    ])
    expected = form_audit(db, lambda s: save_shelter_in(s, ShelterInput(
        "碧阳镇中心学校操场", county["碧阳镇"], "碧阳镇东街", ShelterDuration.SHORT, None, None,
        1500, 3000.0, 2400.0, "郑光辉", "15832996811", None, date(2026, 5, 26),
        served=(county["古筑村"],), remark="主场所"), ids["碧阳镇中心学校操场"]))
    assert [a[0] for a in expected] == ["update"]
    assert set(expected[0][3]) == {"duration", "capacity", "served_summary"}
    assert import_audit(db, "shelters", again) == expected
    before = state(db)
    result = import_file(db, "shelters", again)
    assert (result.inserted, result.updated, result.unchanged) == (0, 0, 2)
    assert state(db) == before
    with db.read() as s:
        assert s.scalars(select(ShelterRegion.region_id).where(
            ShelterRegion.shelter_id == ids["碧阳镇中心学校操场"])).all() == [county["古筑村"]]
        assert s.scalar(select(Shelter.remark).where(
            Shelter.id == ids["碧阳镇中心学校操场"])) == "主场所"


def test_rows_find_shelters_by_normal_names_and_a_shelter_twice_is_refused(
        db: Database, county: dict[str, int], tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    import_file(db, "shelters", xlsx(tmp_path, "one.xlsx", [
        ["碧阳镇（中心）学校操场", "碧阳镇", None, None, 100, None, None, None, None, None, None,
         None]]))
    ids = shelter_ids(db)
    # Spaces and half-width brackets do not make another shelter; the stored spelling stays.
    result = import_file(db, "shelters", xlsx(tmp_path, "spaced.xlsx", [
        ["碧阳镇(中心) 学校操场", "碧阳镇", None, None, 90, None, None, None, None, None, None,
         None]]))
    assert result.ok and (result.inserted, result.updated) == (0, 1), result.error_lines()
    assert shelter_ids(db) == ids

    monkeypatch.setattr(bulk, "CHUNK", 2)  # row 5 repeats row 2 of an earlier chunk
    before = state(db)
    result = import_file(db, "shelters", xlsx(tmp_path, "twice.xlsx", [
        ["宏村镇文化站", "宏村镇", None, None, 50, None, None, None, None, None, None, None],
        ["宏村镇 文化站", "宏村镇", None, None, 50, None, None, None, None, None, None, None],
        ["古筑村祠堂", "古筑村", None, None, 30, None, None, None, None, None, None, None],
        ["宏村镇文化站", "宏村镇", None, None, 50, None, None, None, None, None, None, None],
        ["宏村村广场", "宏村村", None, None, 5, 10, 20, None, None, None, None, None],
    ]))
    assert result.error_lines() == [
        "第 3 行 [场所名称]: 与第 2 行重复（同一记录出现两次）",
        "第 5 行 [场所名称]: 与第 2 行重复（同一记录出现两次）",
        "第 6 行 [有效避难面积]: 有效避难面积大于占地面积"]
    assert state(db) == before


def test_a_refused_row_after_written_chunks_leaves_nothing(
        db: Database, county: dict[str, int], tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(bulk, "CHUNK", 2)  # the first rows are written before the bad one
    rows = [[f"避难点{i}", "古筑村" if i % 2 else "宏村村", None, None, i, None, None, None,
             None, None, "古筑村" if i % 2 else "宏村村", None] for i in range(5)]
    result = import_file(db, "shelters", xlsx(tmp_path, "ok.xlsx", rows))
    assert result.ok and result.inserted == 5, result.error_lines()
    before = state(db)
    assert len(before[1]) == 5
    changed = [[*r[:4], 100, *r[5:10], "古筑村、宏村村", r[11]] for r in rows]
    result = import_file(db, "shelters", xlsx(tmp_path, "late_bad.xlsx", [
        *changed, ["新避难点", "宏村村", None, None, 5, 10, 20, None, None, None, None, None]]))
    assert result.error_lines() == ["第 7 行 [有效避难面积]: 有效避难面积大于占地面积"]
    assert state(db) == before
    result = import_file(db, "shelters", xlsx(tmp_path, "late_region.xlsx", [
        *changed, ["新避难点", "没有的村", None, None, 5, None, None, None, None, None, None,
                   None]]))
    assert result.error_lines()[0].startswith("第 7 行 [所属区划]: ")
    assert state(db) == before
