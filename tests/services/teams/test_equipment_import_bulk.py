"""Issue 20: the equipment import checks its rows on dicts and writes them with Core statements
(io/equipment_rows.py), with the form's rules (`equipment_problems`, `equipment_values`) and
the form's audit rows; rows find stored lines by 装备编号, else by 所属队伍 + the normal form of
the name + 规格型号; a line named twice is refused (within a chunk and across chunks) and a
refused file leaves nothing behind even after whole chunks were written."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from emergency_desk.data.dates import MonthDate
from emergency_desk.data.db import Database
from emergency_desk.data.teams import Equipment, EquipmentCategory, EquipmentCondition
from emergency_desk.io import bulk
from emergency_desk.io.importer import import_file
from emergency_desk.services.teams.equipment import (
    EquipmentInput,
    EquipmentService,
    save_equipment_in,
    upsert_equipment_in,
)
from tests.services.bulk_import_audit import form_audit, import_audit, state, xlsx
from tests.services.teams.conftest import TeamMaker

HEADER = ["装备名称", "类别", "规格型号", "数量", "计量单位", "所属队伍", "购置日期",
          "有效期至", "状态", "装备编号", "备注"]
TEAM = "碧阳镇综合应急救援队"


def sheet(tmp_path: Path, name: str, rows: list[list[Any]],
          header: list[str] = HEADER) -> Path:
    return xlsx(tmp_path, header, rows, name)


def lines(db: Database) -> dict[str, int]:
    with db.read() as s:
        return {n: i for i, n in s.execute(select(Equipment.id, Equipment.name).where(
            Equipment.is_deleted.is_(False)))}


def test_equipment_rows_are_audited_as_the_form_saves_them(
        db: Database, make_team: TeamMaker, tmp_path: Path) -> None:
    tid = make_team(TEAM)
    first = sheet(tmp_path, "first.xlsx", [
        ["冲锋舟", "专业救援", "HJ-520", 2, "艘", TEAM, "2019.03", "2030.06", "待修", "ZB-001",
         "汛期前检修"],
        ["对讲机", "通信", None, None, "台", None, "2020-05-01", None, None, None, None],
    ])
    expected = form_audit(db, lambda s: (
        save_equipment_in(s, EquipmentInput(
            "冲锋舟", EquipmentCategory.RESCUE, "HJ-520", 2, "艘", tid,
            acquire_date=MonthDate.first(2019, 3), expiry_date=MonthDate.last(2030, 6),
            condition=EquipmentCondition.NEEDS_REPAIR, code="ZB-001", remark="汛期前检修")),
        save_equipment_in(s, EquipmentInput("对讲机", EquipmentCategory.COMMAND, unit="台",
                                            acquire_date=date(2020, 5, 1)))))
    assert [a[0] for a in expected] == ["insert"] * 2
    assert any(a[3].get("acquire_date_month") == [None, True] for a in expected), expected
    assert import_audit(db, "equipment", first) == expected

    # A re-import: one line changed (a blank 备注 keeps what is stored; the purchase date
    # becomes a day), one unchanged.
    again = sheet(tmp_path, "again.xlsx", [
        ["冲锋舟", "专业救援", "HJ-520", 3, "艘", TEAM, "2019-03-01", "2030.06", "完好",
         "ZB-001", None],
        ["对讲机", "通信", None, None, "台", None, "2020-05-01", None, None, None, None],
    ])
    expected = form_audit(db, lambda s: upsert_equipment_in(s, EquipmentInput(
        "冲锋舟", EquipmentCategory.RESCUE, "HJ-520", 3, "艘", tid,
        acquire_date=date(2019, 3, 1), expiry_date=MonthDate.last(2030, 6),
        condition=EquipmentCondition.GOOD, code="ZB-001")))
    assert [a[0] for a in expected] == ["update"]
    assert set(expected[0][3]) == {"quantity", "acquire_date_month", "condition"}
    assert import_audit(db, "equipment", again) == expected
    before = state(db, Equipment)
    result = import_file(db, "equipment", again)
    assert (result.inserted, result.updated, result.unchanged) == (0, 0, 2)
    assert state(db, Equipment) == before
    with db.read() as s:
        e = s.scalars(select(Equipment).where(Equipment.code == "ZB-001")).one()
        assert (e.remark, e.acquire_date, e.expiry_date) == (
            "汛期前检修", date(2019, 3, 1), MonthDate.last(2030, 6))
        assert not isinstance(e.acquire_date, MonthDate)
        assert isinstance(e.expiry_date, MonthDate)


def test_extra_columns_go_with_the_line_in_one_audit_row(
        db: Database, make_team: TeamMaker, tmp_path: Path) -> None:
    make_team(TEAM)
    header = [*HEADER, "保管人"]
    rows = [["油锯", "攻坚", "MS382", 1, "台", TEAM, None, None, None, "ZB-9", None, "汪建国"]]
    audit = import_audit(db, "equipment", sheet(tmp_path, "extra.xlsx", rows, header))
    assert [(a[0], a[3]["extra"]) for a in audit] == [("insert", [None, '{"保管人": "汪建国"}'])]
    before = state(db, Equipment)
    result = import_file(db, "equipment", sheet(tmp_path, "same.xlsx", rows, header))
    assert (result.inserted, result.updated, result.unchanged) == (0, 0, 1)
    assert state(db, Equipment) == before
    rows[0][-1] = "程卫东"  # only the kept column differs: the line counts as updated
    audit = import_audit(db, "equipment", sheet(tmp_path, "keeper.xlsx", rows, header))
    assert [(a[0], list(a[3])) for a in audit] == [("update", ["extra"])]


def test_rows_find_lines_by_normal_names_and_a_line_twice_is_refused(
        db: Database, make_team: TeamMaker, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    tid = make_team("碧阳镇（综合）应急救援队")
    EquipmentService(db).create(EquipmentInput("救生衣（大号）", EquipmentCategory.PROTECTIVE,
                                               "A型", 10, "件", tid))  # typed in the form
    ids = lines(db)
    # Spaces and half-width brackets name the same team and the same line.
    result = import_file(db, "equipment", sheet(tmp_path, "spaced.xlsx", [
        ["救生衣 (大号)", "防护", "A型", 12, "件", "碧阳镇(综合) 应急救援队", None, None, None,
         None, None]]))
    assert result.ok and (result.inserted, result.updated) == (0, 1), result.error_lines()
    assert list(lines(db).values()) == list(ids.values())

    monkeypatch.setattr(bulk, "CHUNK", 2)  # row 5 repeats row 2 of an earlier chunk
    before = state(db, Equipment)
    result = import_file(db, "equipment", sheet(tmp_path, "twice.xlsx", [
        ["发电机", "照明", "5kW", 1, "台", None, None, None, None, "ZB-100", None],
        ["发电机 ", "照明", "5kW", 1, "台", None, None, None, None, None, None],
        ["抽水泵", "工程", None, 2, "台", None, None, None, None, "ZB-101", None],
        ["柴油发电机", "照明", "8kW", 1, "台", None, None, None, None, "ZB-100", None],
        ["油锯", "攻坚", None, 1, "台", None, "2099-01-01", None, None, None, None],
        ["绳索", "攻坚", None, 1, "根", "没有的队", None, None, None, None, None],
    ]))
    assert result.error_lines()[:4] == [
        "第 3 行 [装备名称]: 与第 2 行重复（同一记录出现两次）",
        "第 5 行 [装备名称]: 与第 2 行重复（同一记录出现两次）",
        "第 6 行 [购置日期]: 购置日期不能晚于今天",
        "第 7 行 [所属队伍]: 找不到救援队伍“没有的队”，请先在“救援队伍”中登记或导入"]
    assert state(db, Equipment) == before


def test_a_refused_row_after_written_chunks_leaves_nothing(
        db: Database, make_team: TeamMaker, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    make_team(TEAM)
    monkeypatch.setattr(bulk, "CHUNK", 2)  # the first rows are written before the bad one
    rows = [[f"对讲机{i}", "通信", None, i + 1, "台", TEAM if i % 2 else None, None, None,
             None, f"ZB-{i}", None, None] for i in range(5)]
    header = [*HEADER, "使用年限(年)"]
    result = import_file(db, "equipment", sheet(tmp_path, "ok.xlsx", rows, header))
    assert result.ok and result.inserted == 5, result.error_lines()
    before = state(db, Equipment)
    changed = [[*r[:3], 100, *r[4:]] for r in rows]
    result = import_file(db, "equipment", sheet(tmp_path, "late_bad.xlsx", [
        *changed, ["新装备", "其他", None, 1, "台", None, None, None, None, None, None, 5],
        ["绳索", "攻坚", None, 1, "根", None, None, None, None, None, None, 200]], header))
    assert result.error_lines() == ["第 8 行 [使用年限(年)]: 使用年限应为 1 到 100 年"]
    assert state(db, Equipment) == before
