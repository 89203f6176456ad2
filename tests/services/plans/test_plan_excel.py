"""Excel `plans` and `drills`: docs/design.md §3 columns, all-or-nothing with row/column errors,
idempotent re-import, 关联预案 resolved by name, export → import round trip."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import openpyxl
from sqlalchemy import func, select

from emergency_desk.data.db import Database
from emergency_desk.data.models import AuditLog
from emergency_desk.data.plans import PlanStatus, PlanType, Rectification
from emergency_desk.io.exporter import export_register
from emergency_desk.io.importer import import_file
from emergency_desk.io.registers import get_register
from emergency_desk.services.plans.views import DrillQuery, PlanQuery, PlanViews

PLAN_HEADER = ["预案名称", "预案类型", "事件类别", "所属区划", "编制单位", "文号", "版本",
               "发布日期", "专家评审日期", "备案日期", "最近修订日期", "最近评估日期",
               "评估周期(年)", "状态", "备注"]
DRILL_HEADER = ["演练名称", "关联预案", "演练日期", "演练形式", "组织单位", "地点", "参演人数",
                "评估结论", "存在问题", "整改情况", "备注"]
PLANS = [
    ["黟县防汛抗旱应急预案", "专项预案", "自然灾害", "黟县", "县应急局", "黟政办〔2022〕5号",
     "2022版", "2022-05-01", "2022/4/20", "2022年5月10日", None, None, None, "已发布", None],
    ["古筑村应急预案", "村", None, "碧阳镇/古筑村", "古筑村委会", None, None,
     date(2023, 3, 1), None, date(2023, 3, 5), None, None, 3, None, "村级"],
    ["碧阳镇总体应急预案", "乡镇", None, "341023100000", "碧阳镇政府", None, None, None, None, None,
     None, None, None, "起草", None],
]
DRILLS = [
    ["古筑村山洪转移演练", "古筑村应急预案、黟县防汛抗旱应急预案", "2024-05-20", "实战",
     "碧阳镇政府", "古筑村", 85, "转移及时", "预警喇叭覆盖不全", "否", None],
    ["全县防汛桌面推演", "黟县防汛抗旱应急预案", "2023/6/1", "桌面", "县防指", "县应急局", 30,
     None, None, None, None],
]


def book(tmp_path: Path, name: str, header: list[str], rows: list[list[Any]]) -> Path:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["应急预案台账（2024年）"])  # a title row above the header
    ws.append(header)
    for r in rows:
        ws.append(r)
    path = tmp_path / name
    wb.save(path)
    return path


def audit_rows(db: Database) -> int:
    with db.read() as s:
        return int(s.scalar(select(func.count()).select_from(AuditLog)) or 0)


def test_columns_are_the_contract() -> None:
    assert [c.name for c in get_register("plans").columns][:15] == PLAN_HEADER
    assert [c.name for c in get_register("drills").columns][:11] == DRILL_HEADER


def test_plans_and_drills_import_and_reimport_changes_nothing(
        db: Database, county: dict[str, int], tmp_path: Path) -> None:
    plans = book(tmp_path, "plans.xlsx", PLAN_HEADER, PLANS)
    drills = book(tmp_path, "drills.xlsx", DRILL_HEADER, DRILLS)
    first = import_file(db, "plans", plans)
    assert first.error_lines() == [] and first.inserted == 3
    got = {p.name: p for p in PlanViews(db).list()}
    flood = got["黟县防汛抗旱应急预案"]
    assert flood.plan_type == PlanType.SPECIAL and flood.issue_date == date(2022, 5, 1)
    assert flood.expert_review_date == date(2022, 4, 20)
    assert flood.filed_date == date(2022, 5, 10)
    assert got["古筑村应急预案"].region_name == "古筑村"
    assert got["碧阳镇总体应急预案"].status == PlanStatus.DRAFT
    result = import_file(db, "drills", drills)
    assert result.error_lines() == [] and result.inserted == 2
    rows = {d.title: d for d in PlanViews(db).drills()}
    d = rows["古筑村山洪转移演练"]
    assert d.plan_names == ("古筑村应急预案", "黟县防汛抗旱应急预案")
    assert d.region_path == "黟县/碧阳镇/古筑村"  # from the first linked plan
    assert d.rectification == Rectification.PENDING
    assert PlanViews(db).get(flood.id).last_drill_date == date(2024, 5, 20)
    before = audit_rows(db)
    again = import_file(db, "plans", plans)
    again_d = import_file(db, "drills", drills)
    assert (again.inserted, again.updated, again.unchanged) == (0, 0, 3)
    assert (again_d.inserted, again_d.updated, again_d.unchanged) == (0, 0, 2)
    assert audit_rows(db) == before


def test_bad_rows_are_refused_by_row_and_column_and_nothing_is_written(
        db: Database, county: dict[str, int], tmp_path: Path) -> None:
    rows = [list(r) for r in PLANS]
    rows[0][1] = "应急"  # not a plan type
    rows[1][3] = "古竹村"  # unknown region: suggests 古筑村
    rows[2][7], rows[2][9] = "2024-05-01", "2024-04-01"  # filed before issued
    rows.append(list(PLANS[0]))  # the same plan twice
    result = import_file(db, "plans", book(tmp_path, "bad.xlsx", PLAN_HEADER, rows))
    lines = result.error_lines()
    assert any(x.startswith("第 3 行 [预案类型]") for x in lines)
    assert any(x.startswith("第 4 行 [所属区划]") and "古筑村" in x for x in lines)
    assert any(x.startswith("第 5 行 [备案日期]") for x in lines)
    assert any(x.startswith("第 6 行 [预案名称]") and "重复" in x for x in lines)
    assert PlanViews(db).count() == 0


def test_drill_with_unknown_or_ambiguous_plan_is_refused(
        db: Database, county: dict[str, int], tmp_path: Path) -> None:
    plans = [list(PLANS[0]), list(PLANS[0])]
    plans[1][3] = "碧阳镇"  # the same name in another region
    assert import_file(db, "plans", book(tmp_path, "p.xlsx", PLAN_HEADER, plans)).ok
    drills = [["演练甲", "黟县防汛抗旱应急预案", "2024-01-02", None, None, None, None, "好",
               None, None, None],
              ["演练乙", "黟县防汛抗旱预案", "2024-01-03", None, None, None, None, "好",
               None, None, None],
              ["演练丙", "碧阳镇/黟县防汛抗旱应急预案", "2024-01-04", "综合", None, None, 10,
               "好", None, None, None]]
    result = import_file(db, "drills", book(tmp_path, "d.xlsx", DRILL_HEADER, drills))
    lines = result.error_lines()
    assert len(lines) == 2
    assert lines[0].startswith("第 3 行 [关联预案]") and "区划/预案名称" in lines[0]
    assert lines[1].startswith("第 4 行 [关联预案]") and "是否为" in lines[1]
    assert PlanViews(db).count_drills() == 0
    del drills[:2]
    assert import_file(db, "drills", book(tmp_path, "d2.xlsx", DRILL_HEADER, drills)).ok
    assert PlanViews(db).drills()[0].region_path == "黟县/碧阳镇"


def test_export_then_import_round_trips(db: Database, county: dict[str, int],
                                        tmp_path: Path) -> None:
    import_file(db, "plans", book(tmp_path, "plans.xlsx", PLAN_HEADER, PLANS))
    import_file(db, "drills", book(tmp_path, "drills.xlsx", DRILL_HEADER, DRILLS))
    views = PlanViews(db)
    plans_before = [(p.name, p.region_path, p.plan_type, p.issue_date, p.status, p.remark)
                    for p in views.list(PlanQuery())]
    drills_before = [(d.title, d.date, d.plan_names, d.rectification, d.region_path)
                     for d in views.drills(DrillQuery())]
    assert export_register(db, "plans", tmp_path / "out_p.xlsx") == 3
    assert export_register(db, "drills", tmp_path / "out_d.xlsx") == 2
    again = import_file(db, "plans", tmp_path / "out_p.xlsx")
    assert (again.error_lines(), again.unchanged) == ([], 3)
    again_d = import_file(db, "drills", tmp_path / "out_d.xlsx")
    assert (again_d.error_lines(), again_d.unchanged) == ([], 2)
    # …and into an empty office database the same registers come back.
    from emergency_desk.data.migrate import open_database
    export_register(db, "regions", tmp_path / "out_r.xlsx")
    other = open_database(tmp_path / "other.sqlite3")
    try:
        assert import_file(other, "regions", tmp_path / "out_r.xlsx").ok
        assert import_file(other, "plans", tmp_path / "out_p.xlsx").ok
        assert import_file(other, "drills", tmp_path / "out_d.xlsx").ok
        v2 = PlanViews(other)
        assert [(p.name, p.region_path, p.plan_type, p.issue_date, p.status, p.remark)
                for p in v2.list(PlanQuery())] == plans_before
        assert [(d.title, d.date, d.plan_names, d.rectification, d.region_path)
                for d in v2.drills(DrillQuery())] == drills_before
    finally:
        other.dispose()


def test_absurd_participant_count_is_a_cell_error_not_a_crash() -> None:
    import pytest

    from emergency_desk.io.normalize import CellError

    parse = get_register("drills").column("participants_count").parse
    with pytest.raises(CellError):
        parse("1E1000000")  # once overflowed the decimal context
    assert parse("85") == 85
