"""Team and member registers as offices write them: specialties in the 类别 column, a
主要装备 column the register has no field for, month-only 出生年月 and 保险有效期, a 序号
column and a 合计 / 填表人 footer."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import openpyxl
from sqlalchemy import select

from emergency_desk.data.dates import MonthDate
from emergency_desk.data.db import Database
from emergency_desk.data.teams import RescueTeam, TeamCategory, TeamMember
from emergency_desk.io.exporter import export_register
from emergency_desk.io.importer import import_file
from emergency_desk.io.privacy import Privacy
from emergency_desk.services.teams.views import MemberQuery, TeamQuery, TeamViews


def book(path: Path, rows: list[list[Any]]) -> Path:
    wb = openpyxl.Workbook()
    ws = wb.active
    assert ws is not None
    for r in rows:
        ws.append(r)
    wb.save(path)
    return path


def test_specialties_in_the_category_column_and_extra_columns(
        db: Database, county: dict[str, int], tmp_path: Path) -> None:
    path = book(tmp_path / "teams.xlsx", [
        ["黟县基层应急救援队伍统计表"],
        ["序号", "队伍名称", "类别", "专业", "所属区划", "编制人数", "主要装备"],
        [1, "碧阳镇森林扑火队", "森林防灭火", None, "碧阳镇", "30", "风力灭火机10台"],
        [2, "宏村镇水上救援队", "水域救援", "防汛抢险", "宏村镇", 12, "冲锋舟2艘"],
        [3, "碧阳镇综合应急救援队", "综合性", None, "碧阳镇", 25, None],
        ["合计", None, None, None, None, 67, None],
        ["填表人：", "胡晓燕"],
    ])
    result = import_file(db, "teams", path)
    assert result.error_lines() == [] and result.inserted == 3
    assert "跳过 2 行表尾" in result.summary() and "主要装备" in result.summary()
    teams = {r.name: r for r in TeamViews(db).list(TeamQuery(status=None))}
    fire = teams["碧阳镇森林扑火队"]
    assert fire.category == TeamCategory.PROFESSIONAL and fire.specialties_text == "森林防灭火"
    water = teams["宏村镇水上救援队"]
    assert water.category == TeamCategory.PROFESSIONAL
    assert water.specialties_text == "水域救援、防汛抢险"
    assert teams["碧阳镇综合应急救援队"].category == TeamCategory.COMPREHENSIVE
    with db.read() as s:
        extra = dict(s.execute(select(RescueTeam.name, RescueTeam.extra)).all())
    assert "风力灭火机10台" in (extra["碧阳镇森林扑火队"] or "")
    assert import_file(db, "teams", path).updated == 0

    bad = book(tmp_path / "bad.xlsx", [["队伍名称", "类别", "所属区划"],
                                       ["某队", "好队伍", "碧阳镇"]])
    lines = import_file(db, "teams", bad).error_lines()
    assert lines and lines[0].startswith("第 2 行 [类别]")


def test_members_with_month_dates_round_trip(
        db: Database, county: dict[str, int], tmp_path: Path) -> None:
    book(tmp_path / "t.xlsx", [["队伍名称", "类别", "所属区划"],
                               ["碧阳镇应急队", "综合性", "碧阳镇"]])
    assert import_file(db, "teams", tmp_path / "t.xlsx").ok
    path = book(tmp_path / "members.xlsx", [
        ["碧阳镇应急队队员名册"],
        ["序号", "队伍名称", "姓名", "出生年月", "手机号码", "保险有效期", "住址"],
        [1, "碧阳镇应急队", "王强", 1986.05, "13905592001", "2025.06", "碧阳镇古筑村"],
        [2, "碧阳镇应急队", "李明", "1990年11月", 13905592002, "/", None],
        ["审核人：汪建国"],
    ])
    result = import_file(db, "members", path)
    assert result.error_lines() == [] and result.inserted == 2
    members = {m.name: m for m in TeamViews(db).members(MemberQuery(include_left=True))}
    wang = members["王强"]
    assert wang.birth_date == MonthDate(1986, 5, 1) and isinstance(wang.birth_date, MonthDate)
    assert str(wang.insurance_expiry) == "2025-06"
    assert wang.insurance_expiry is not None and wang.insurance_expiry.day == 30
    assert members["李明"].insurance_expiry is None
    with db.read() as s:
        flags = s.execute(select(TeamMember.insurance_expiry_month)).scalars().all()
    assert sorted(flags) == [False, True]

    out = tmp_path / "export.xlsx"
    export_register(db, "members", out, privacy=Privacy.FULL_ID)
    ws = openpyxl.load_workbook(out).active
    assert ws is not None
    header = [c.value for c in ws[1]]
    assert header[-1] == "住址"
    row = next(r for r in ws.iter_rows(min_row=2, values_only=True) if r[1] == "王强")
    assert row[header.index("出生日期")] == "1986.05"
    assert row[header.index("保险有效期")] == "2025.06"
    assert row[-1] == "碧阳镇古筑村"
    again = import_file(db, "members", out)
    assert again.error_lines() == [] and (again.inserted, again.updated) == (0, 0)
