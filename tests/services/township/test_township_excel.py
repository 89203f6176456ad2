"""Excel `leaders` and `duty`: sheets as townships write them, errors by row and column with
nothing written, idempotent re-import, export → import round trip."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import openpyxl
from sqlalchemy import func, select

from emergency_desk.data.db import Database
from emergency_desk.data.models import AuditLog
from emergency_desk.data.township import DutyShift, GroupRole
from emergency_desk.io.exporter import export_register
from emergency_desk.io.importer import import_file
from emergency_desk.services.township.duty import DutyService
from emergency_desk.services.township.leaders import LeadersService


def book(tmp_path: Path, name: str, title: str, header: list[str],
         rows: list[list[Any]], footer: bool = True) -> Path:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append([title])  # a title row above the header, as offices print them
    ws.append(header)
    for r in rows:
        ws.append(r)
    if footer:
        ws.append(["填表人：汪晓燕    审核人：胡建国"])
    path = tmp_path / name
    wb.save(path)
    return path


def audit_rows(db: Database) -> int:
    with db.read() as s:
        return int(s.scalar(select(func.count()).select_from(AuditLog)) or 0)


LEADERS = [
    [1, "碧阳镇", "碧阳镇应急管理工作领导小组", "胡建国", "组长", "党委书记", 13955910001,
     "碧发〔2024〕12号", "2024.3.1"],
    [2, "碧阳镇", None, "叶海涛", "常务副组长", "镇长", "139 5591 0002", None, None],
    [3, "341023100000", None, "汪晓燕", "工作人员", "应急办", None, None, None],
    [4, "宏村镇", "宏村镇应急领导小组", "程志强", "组长", "党委书记", None, None, None],
]
LEADER_HEADER = ["序号", "乡 镇", "领导小组名称", "姓名", "小组职务", "本职职务", "手机",
                 "成立文号", "成立日期"]


def test_leaders_sheet_imports_and_round_trips(db: Database, county: dict[str, int],
                                               tmp_path: Path) -> None:
    path = book(tmp_path, "领导小组.xlsx", "碧阳镇应急管理工作领导小组成员名单",
                LEADER_HEADER, [r[:] for r in LEADERS])
    result = import_file(db, "leaders", path)
    assert result.ok, [e.format() for e in result.errors]
    assert (result.inserted, result.updated) == (4, 0)
    rows = LeadersService(db).members()
    assert [(r.region_path, r.name, r.role) for r in rows] == [
        ("黟县/碧阳镇", "胡建国", GroupRole.LEADER), ("黟县/碧阳镇", "叶海涛", GroupRole.DEPUTY),
        ("黟县/碧阳镇", "汪晓燕", GroupRole.OFFICE_STAFF),
        ("黟县/宏村镇", "程志强", GroupRole.LEADER)]
    assert rows[0].doc_no == "碧发〔2024〕12号" and rows[1].mobile == "13955910002"
    assert len({r.group_id for r in rows}) == 2  # 碧阳镇's rows share one group
    again = import_file(db, "leaders", path)
    assert (again.inserted, again.updated, again.unchanged) == (0, 0, 4)
    out = tmp_path / "export.xlsx"
    export_register(db, "leaders", out)
    before = audit_rows(db)
    back = import_file(db, "leaders", out)
    assert back.ok and (back.unchanged, audit_rows(db)) == (4, before)


def test_leaders_errors_name_row_and_column_and_write_nothing(
        db: Database, county: dict[str, int], tmp_path: Path) -> None:
    rows = [r[:] for r in LEADERS]
    rows[1][1] = "碧杨镇"  # a typo in the township
    rows[2][6] = "1395591"  # a mobile too short for a mobile, too odd for a landline
    rows[3][4] = "顾问"
    before = audit_rows(db)
    result = import_file(db, "leaders", book(tmp_path, "bad.xlsx", "名单", LEADER_HEADER, rows))
    found = {(e.row, e.column) for e in result.errors}
    assert {(4, "乡 镇"), (6, "小组职务")} <= found
    assert any("碧阳镇" in e.reason for e in result.errors if e.row == 4)
    assert LeadersService(db).members() == [] and audit_rows(db) == before


DUTY_HEADER = ["序号", "值班单位", "日期", "班次", "带班领导", "领导电话", "值班人员",
               "联系电话", "值班室电话", "汛期"]


def test_duty_sheet_imports_and_round_trips(db: Database, county: dict[str, int],
                                            tmp_path: Path) -> None:
    rows = [
        [1, "碧阳镇", "2026.7.1", None, "胡建国", 13955910001, "汪晓燕、叶丽华", "13955910002",
         5595521110, "是"],  # Excel dropped the area code's leading zero
        [2, "碧阳镇", "2026年7月2日", "白班", "叶海涛", None, "汪晓燕", None, "0559-5521110",
         "是"],
        [3, "碧阳镇", date(2026, 7, 2), "晚班", None, None, "程明", None, None, None],
        [4, "宏村镇", "2026/7/1", "24小时", "程志强", None, "余光", None, None, "否"],
    ]
    path = book(tmp_path, "值班表.xlsx", "碧阳镇2026年7月值班表", DUTY_HEADER, rows)
    result = import_file(db, "duty", path)
    assert result.ok, [e.format() for e in result.errors]
    got = DutyService(db).roster()
    assert [(r.region_path.split("/")[-1], r.duty_date.day, r.shift) for r in got] == [
        ("碧阳镇", 1, DutyShift.ALL_DAY), ("宏村镇", 1, DutyShift.ALL_DAY),
        ("碧阳镇", 2, DutyShift.DAY), ("碧阳镇", 2, DutyShift.NIGHT)]
    assert got[0].duty_phone == "0559-5521110" and got[0].flood_season
    assert not got[3].complete  # the night shift has no 带班领导
    gaps = DutyService(db).gaps(date(2026, 7, 1), 2, {county["碧阳镇"]})
    assert [(g.day.day, g.missing) for g in gaps] == [(2, "缺带班领导")]
    assert import_file(db, "duty", path).unchanged == 4
    out = tmp_path / "export.xlsx"
    export_register(db, "duty", out)
    back = import_file(db, "duty", out)
    assert back.ok and back.unchanged == 4


def test_duty_errors_write_nothing(db: Database, county: dict[str, int],
                                   tmp_path: Path) -> None:
    rows = [[1, "碧阳镇", "2026-02-30", None, "胡建国", None, "汪晓燕", None, None, None],
            [2, "碧阳镇", "2026-07-03", None, None, None, None, None, None, None],
            [3, "碧阳镇", "2026-07-04", "早班", "胡建国", None, None, None, None, None]]
    result = import_file(db, "duty", book(tmp_path, "bad.xlsx", "值班表", DUTY_HEADER, rows))
    by_row = {e.row: e for e in result.errors}
    assert by_row[3].column == "日期"
    assert by_row[4].column == "值班人员" and "至少填写一个" in by_row[4].reason
    assert by_row[5].column == "班次"
    assert DutyService(db).roster() == []


def test_duty_template_column_names_beat_an_earlier_phone_synonym(
        db: Database, county: dict[str, int], tmp_path: Path) -> None:
    """值班员电话 is the duty officer's, though 联系电话 (a synonym of it) comes first: the
    leader's number never lands in 值班员电话. Beside 带班领导, 联系电话 is the leader's."""
    header = ["单位", "值班日期", "带班领导", "联系电话", "值班员", "值班员电话"]
    rows = [["碧阳镇", "2027-02-01", "朱新民", "18827321892", "江建国", "18112180864"]]
    result = import_file(db, "duty", book(tmp_path, "值班表.xlsx", "碧阳镇值班表", header, rows))
    assert result.error_lines() == [] and result.inserted == 1
    assert result.extra_columns == []
    (got,) = DutyService(db).roster()
    assert (got.leader, got.leader_phone) == ("朱新民", "18827321892")
    assert (got.officer, got.officer_phone) == ("江建国", "18112180864")


def test_duty_sheet_with_a_phone_after_each_person(
        db: Database, county: dict[str, int], tmp_path: Path) -> None:
    """带班领导 | 电话 | 值班员 | 电话, as township rosters are laid out: both numbers kept,
    each with its person (the repeated 电话 had matched nothing and both were dropped)."""
    header = ["序号", "单位", "值班日期", "带班领导", "电话", "值班员", "电话"]
    rows = [[1, "碧阳镇", "2027.2.1", "朱新民", 18827321892, "江建国、李委员",
             "18112180864、139 0559 0003"]]
    result = import_file(db, "duty", book(tmp_path, "值班表.xlsx", "碧阳镇值班表", header, rows))
    assert result.error_lines() == [] and result.inserted == 1
    assert result.extra_columns == []
    (got,) = DutyService(db).roster()
    assert (got.leader, got.leader_phone) == ("朱新民", "18827321892")
    assert got.officer_phone == "18112180864、13905590003"


def test_leaders_small_group_role_column_beats_an_earlier_post_column(
        db: Database, county: dict[str, int], tmp_path: Path) -> None:
    """A sheet with both 职务 (the member's own post) and 小组职务: 小组职务 is the role, and
    职务 the 本职职务 (it used to be read as the role and refused)."""
    header = ["乡镇", "姓名", "职务", "小组职务", "手机号码", "联系电话"]
    rows = [["碧阳镇", "吴慧", "党委书记", "组长", "13338243118", "0559-5521001"],
            ["碧阳镇", "胡建国", "镇长", "常务副组长", "13955910001", None]]
    result = import_file(db, "leaders", book(tmp_path, "领导小组.xlsx", "名单", header, rows))
    assert result.error_lines() == [] and result.inserted == 2
    assert result.extra_columns == []
    got = {r.name: r for r in LeadersService(db).members()}
    assert (got["吴慧"].role, got["吴慧"].post) == (GroupRole.LEADER, "党委书记")
    assert (got["吴慧"].mobile, got["吴慧"].office_phone) == ("13338243118", "0559-5521001")
    assert (got["胡建国"].role, got["胡建国"].post) == (GroupRole.DEPUTY, "镇长")


def test_leaders_list_with_each_members_own_unit(
        db: Database, county: dict[str, int], tmp_path: Path) -> None:
    """单位 | 职务 in a group's list: each member's unit and post, written together as the
    form's 本职职务. 单位 had been read as the township (every row refused)."""
    header = ["序号", "姓名", "小组职务", "单位", "职务", "联系电话"]
    rows = [[1, "吴桂香", "组长", "碧阳镇党委", "党委书记", "18169356101"],
            [2, "查美玲", "成员", "碧阳派出所", "所长", "15265751453"],
            [3, "余小兵", "成员", "碧阳镇卫生院", None, "15942467550"]]
    result = import_file(db, "leaders", book(tmp_path, "领导小组.xlsx", "名单", header, rows),
                         constants={"乡镇": "碧阳镇"})
    assert result.error_lines() == [] and result.inserted == 3
    assert result.extra_columns == []  # 单位 was read, not left out
    got = {r.name: r.post for r in LeadersService(db).members()}
    assert got == {"吴桂香": "碧阳镇党委书记", "查美玲": "碧阳派出所所长", "余小兵": "碧阳镇卫生院"}
