"""Excel registers teams / members / equipment: all or nothing, row and column in every error,
idempotent re-import, export → import round trip."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from sqlalchemy import func, select

from emergency_desk.data.db import Database
from emergency_desk.data.migrate import open_database
from emergency_desk.data.models import AuditLog
from emergency_desk.data.people import Person
from emergency_desk.data.teams import EquipmentCondition, MemberRole, TeamCategory
from emergency_desk.io.exporter import export_register
from emergency_desk.io.importer import import_file
from emergency_desk.io.privacy import Privacy
from emergency_desk.io.regions import SPEC as REGIONS
from emergency_desk.io.registers import get_register
from emergency_desk.io.template import write_template
from emergency_desk.services.teams.views import EquipmentQuery, MemberQuery, TeamQuery, TeamViews
from emergency_desk.values import id_check_char

TEAM_HEADER = ["队伍名称", "类别", "专业", "层级", "所属区划", "主管单位", "队长", "队长电话",
               "值班电话", "驻地", "编制人数", "备注"]
MEMBER_HEADER = ["队伍名称", "姓名", "性别", "出生日期", "身份证号", "手机号码", "队内职务",
                 "专业特长", "人员来源", "保险有效期", "备注"]

FULL = Privacy.FULL_ID  # round trips need the full 身份证号 (io/privacy.py)


def idc(birth: str, seq: int) -> str:
    first17 = f"341023{birth}{seq:03d}"
    return first17 + id_check_char(first17)


def xlsx(tmp_path: Path, name: str, rows: Sequence[Sequence[Any]], title: str = "") -> Path:
    wb = openpyxl.Workbook()
    ws = wb.active
    assert ws is not None
    if title:
        ws.append([title])  # a title row above the header, as offices make them
    for r in rows:
        ws.append(list(r))
    path = tmp_path / name
    wb.save(path)
    return path


def teams_file(tmp_path: Path) -> Path:
    return xlsx(tmp_path, "teams.xlsx", [
        TEAM_HEADER,
        ["碧阳镇综合应急救援队", "综合", "防汛抗旱、森林消防", None, "碧阳镇", "碧阳镇人民政府",
         "汪建国", 13905591234, "0559-5521119", "碧阳镇政府大院", 20, None],
        ["古筑村微型消防站", "微型消防站", "消防灭火", "村级", "341023100201", None, None, None,
         "13905590002", "古筑村委会", 6, "2023年建"],
    ], title="黟县救援队伍登记表")


def members_file(tmp_path: Path, mobile: Any = "139 0559 1234") -> Path:
    return xlsx(tmp_path, "members.xlsx", [
        MEMBER_HEADER,
        ["碧阳镇综合应急救援队", "汪建国", "男", None, idc("19800101", 11), mobile, "队长",
         "冲锋舟驾驶", "民兵", date(2030, 1, 1), None],
        ["碧阳镇综合应急救援队", "程丽华", "女", "1990/5/1", idc("19900501", 22), 13905590003,
         "队员", "医疗救护", "医务人员", "2024年12月31日", None],
        ["古筑村微型消防站", "叶海涛", None, None, None, "13905590004", None, None, "村两委",
         None, None],
    ])


@pytest.fixture
def regions(db: Database, tmp_path: Path) -> Database:
    path = xlsx(tmp_path, "regions.xlsx", [
        [c.name for c in REGIONS.columns],
        ["341023000000", "黟县", "县", None, "否", None, None, None],
        ["341023100000", "碧阳镇", "乡镇", "黟县", "否", None, None, None],
        ["341023100201", "古筑村", "村", "碧阳镇", "是", None, None, None],
    ])
    assert import_file(db, "regions", path).ok
    return db


def counts(db: Database) -> tuple[int, int, int, int]:
    views = TeamViews(db)
    with db.read() as s:
        people = int(s.scalar(select(func.count()).select_from(Person)) or 0)
        audits = int(s.scalar(select(func.count()).select_from(AuditLog)) or 0)
    return (views.count(TeamQuery(status=None)), views.count_members(MemberQuery()), people,
            audits)


def test_teams_and_members_import_and_reimport_changes_nothing(
        regions: Database, tmp_path: Path) -> None:
    db = regions
    result = import_file(db, "teams", teams_file(tmp_path))
    assert result.ok, result.error_lines()
    assert (result.inserted, result.updated) == (2, 0)
    result = import_file(db, "members", members_file(tmp_path))
    assert result.ok, result.error_lines()
    assert result.inserted == 3
    views = TeamViews(db)
    team = views.list(TeamQuery(search="碧阳镇综合"))[0]
    assert team.category == TeamCategory.COMPREHENSIVE and team.members == 2
    assert team.leader_name == "汪建国" and team.duty_phone == "0559-5521119"
    roster = views.members(MemberQuery(team_id=team.id))
    assert [(m.name, m.role, m.mobile) for m in roster] == [
        ("汪建国", MemberRole.CAPTAIN, "13905591234"), ("程丽华", MemberRole.MEMBER, "13905590003")]
    # The captain in the roster is the same person as the leader named in the teams sheet.
    assert roster[0].person_id == team.leader_person_id
    assert roster[1].insurance_expiry == date(2024, 12, 31)
    before = counts(db)
    again_teams = import_file(db, "teams", teams_file(tmp_path))
    again_members = import_file(db, "members", members_file(tmp_path))
    assert (again_teams.unchanged, again_teams.inserted, again_teams.updated) == (2, 0, 0)
    assert (again_members.unchanged, again_members.inserted, again_members.updated) == (3, 0, 0)
    assert counts(db) == before


def test_member_matched_by_id_card_gets_the_new_mobile(regions: Database, tmp_path: Path) -> None:
    db = regions
    assert import_file(db, "teams", teams_file(tmp_path)).ok
    assert import_file(db, "members", members_file(tmp_path)).ok
    (tmp_path / "m2").mkdir()
    result = import_file(db, "members", members_file(tmp_path / "m2", mobile="13800000001"))
    assert (result.updated, result.inserted) == (1, 0)
    names = {m.name: m.mobile for m in TeamViews(db).members(MemberQuery())}
    assert names["汪建国"] == "13800000001"


def test_bad_rows_are_refused_by_row_and_column_and_nothing_is_written(
        regions: Database, tmp_path: Path) -> None:
    db = regions
    assert import_file(db, "teams", teams_file(tmp_path)).ok
    before = counts(db)
    bad = xlsx(tmp_path, "bad.xlsx", [
        MEMBER_HEADER,
        ["碧阳镇综合应急救援队", "好人", None, None, None, "13905599999", None, None, None,
         None, None],
        ["不存在的队", "甲", None, None, None, None, None, None, None, None, None],
        ["碧阳镇综合应急救援队", "乙", None, None, "341023198001011234", None, None, None, None,
         None, None],
        ["碧阳镇综合应急救援队", "丙", None, None, None, "12345", "司机", None, None, None,
         None],
        ["碧阳镇综合应急救援队", "丁", "女", None, idc("19800101", 11), None, None, None, None,
         None, None],
    ])
    result = import_file(db, "members", bad)
    lines = result.error_lines()
    assert not result.ok
    assert any(line.startswith("第 3 行 [队伍名称]") and "找不到救援队伍" in line
               for line in lines), lines
    assert any(line.startswith("第 4 行 [身份证号]") and "校验位" in line for line in lines)
    assert any(line.startswith("第 5 行 [手机号码]") for line in lines)
    assert any(line.startswith("第 5 行 [队内职务]") for line in lines)
    assert any(line.startswith("第 6 行 [性别]") for line in lines), lines
    assert not any(line.startswith("第 2 行") for line in lines)
    assert counts(db) == before


def test_same_member_twice_in_one_sheet_is_an_error(regions: Database, tmp_path: Path) -> None:
    db = regions
    assert import_file(db, "teams", teams_file(tmp_path)).ok
    row = ["碧阳镇综合应急救援队", "甲", None, None, idc("19850101", 5), None, None, None, None,
           None, None]
    result = import_file(db, "members", xlsx(tmp_path, "dup.xlsx", [MEMBER_HEADER, row, row]))
    assert [e.row for e in result.errors] == [3]
    assert "与第 2 行重复" in result.errors[0].reason


def test_unknown_region_names_the_closest(regions: Database, tmp_path: Path) -> None:
    path = xlsx(tmp_path, "t.xlsx", [TEAM_HEADER, ["某队", "综合性", None, None, "碧阳乡", None,
                                                   None, None, None, None, None, None]])
    result = import_file(regions, "teams", path)
    assert result.errors[0].column == "所属区划" and "碧阳镇" in result.errors[0].reason


def test_export_then_import_into_a_fresh_database_gives_the_same_registers(
        regions: Database, tmp_path: Path) -> None:
    db = regions
    assert import_file(db, "teams", teams_file(tmp_path)).ok
    assert import_file(db, "members", members_file(tmp_path)).ok
    eq = xlsx(tmp_path, "eq.xlsx", [
        [c.name for c in get_register("equipment").columns],
        ["冲锋舟", "专业救援", "HJ-520", 2, "艘", "碧阳镇综合应急救援队", None, "2019-06-01", 10,
         None, "2024-05-01", "待修", "ZB-001", None],
        ["对讲机", "通信", "-T8", 10, "台", None, "县应急物资库", None, None, None, None, "良好",
         None, None],
    ])
    result = import_file(db, "equipment", eq)
    assert result.ok, result.error_lines()
    fresh = open_database(tmp_path / "fresh.sqlite3")
    try:
        for register in ("regions", "teams", "members", "equipment"):
            out = tmp_path / f"{register}.out.xlsx"
            export_register(db, register, out, privacy=FULL)
            imported = import_file(fresh, register, out)
            assert imported.ok, (register, imported.error_lines())
            again = tmp_path / f"{register}.again.xlsx"
            export_register(fresh, register, again, privacy=FULL)
            assert _cells(out) == _cells(again), register
        items = TeamViews(fresh).equipment(EquipmentQuery())
        assert {(e.name, e.condition, e.team_name) for e in items} == {
            ("冲锋舟", EquipmentCondition.NEEDS_REPAIR, "碧阳镇综合应急救援队"),
            ("对讲机", EquipmentCondition.GOOD, None)}
    finally:
        fresh.dispose()


def _cells(path: Path) -> list[tuple[Any, ...]]:
    wb = openpyxl.load_workbook(path, read_only=True)
    ws = wb.worksheets[0]
    rows = [tuple(r) for r in ws.iter_rows(values_only=True)]
    wb.close()
    return rows


def test_templates_have_the_design_columns_in_order(tmp_path: Path) -> None:
    for register, header in (("teams", TEAM_HEADER), ("members", MEMBER_HEADER)):
        path = tmp_path / f"{register}.xlsx"
        write_template(register, path)
        first = _cells(path)[0]
        assert list(first[:len(header)]) == header
    assert [c.name for c in get_register("teams").columns][:12] == TEAM_HEADER
