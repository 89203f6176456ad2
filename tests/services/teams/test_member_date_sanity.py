"""A rescue-team member must be of working age: not a child today, not joined before birth
or before 16, nor joined after today. The members import and the form's service refuse it
with the officers' rules (date_rules.post_age_problems)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import openpyxl
import pytest
from sqlalchemy import func, select

from emergency_desk.data.db import Database
from emergency_desk.data.teams import TeamMember
from emergency_desk.errors import ValidationFailed
from emergency_desk.io.importer import import_file
from emergency_desk.services.people import PersonInput
from emergency_desk.services.teams.members import MemberInput, MemberService
from tests.services.teams.conftest import MemberMaker, TeamMaker, make_id_card
from tests.session_day import SESSION_DAY

pytestmark = pytest.mark.usefixtures("on_session_day")

Y = SESSION_DAY.year


def test_a_roster_with_a_child_or_an_impossible_join_date_writes_nothing(
        db: Database, make_team: TeamMaker, tmp_path: Path) -> None:
    make_team("碧阳镇综合应急救援队")
    wb = openpyxl.Workbook()
    ws = wb.active
    assert ws is not None
    ws.append(["碧阳镇综合应急救援队队员名册"])
    ws.append(["序号", "队伍名称", "姓名", "身份证号码", "手机号码", "出生年月", "入队时间"])
    ws.append([1, "碧阳镇综合应急救援队", "程志强", None, "13905591003", "1980.03", "2021.03"])
    ws.append([2, "碧阳镇综合应急救援队", "程小宝", make_id_card(f"{Y - 9}0601", 3),
               "13905591004", None, None])
    ws.append([3, "碧阳镇综合应急救援队", "汪丽", None, "13905591005", "1992.07", "1982.07"])
    ws.append([4, "碧阳镇综合应急救援队", "胡军", None, "13905591006", "1988.01",
               f"{Y + 4}-05-01"])
    path = tmp_path / "队员.xlsx"
    wb.save(path)
    result = import_file(db, "members", path)
    assert result.error_lines() == [
        f"第 4 行 [出生年月]: {Y - 9}-06-01 出生，今天未满 16 周岁，不能担任救援队员；"
        "请核对出生日期或身份证号",
        "第 5 行 [入队时间]: 1982-07 早于出生日期 1992-07，请核对年份",
        f"第 6 行 [入队时间]: {Y + 4}-05-01 晚于今天，请核对年份"]
    with db.read() as s:
        assert s.scalar(select(func.count()).select_from(TeamMember)) == 0


def test_the_form_refuses_a_member_under_16(db: Database, make_team: TeamMaker,
                                             make_member: MemberMaker) -> None:
    team = make_team("碧阳镇综合应急救援队")
    svc = MemberService(db)
    young = PersonInput(name="余晓东", birth_date=date(2010, 5, 1), mobile="13905591009")
    with pytest.raises(ValidationFailed) as info:
        svc.create(MemberInput(person=young, team_id=team, join_date=date(2024, 9, 1)))
    assert info.value.problems == {
        "入队日期": "2024-09-01 时未满 16 周岁（出生日期 2010-05-01），请核对年份"}
    mid = make_member(team, "张三")  # born 1985 (the fixture's 身份证号)
    data = svc.input_of(mid)
    data.join_date = date(1984, 1, 1)
    with pytest.raises(ValidationFailed, match="早于出生日期 1985-"):
        svc.update(mid, data)
