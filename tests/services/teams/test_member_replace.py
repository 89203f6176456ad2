"""`import members FILE --replace`: per team named in the file, members missing from it leave
the team as of today (离队日期, history kept); other teams are untouched; same file twice changes
nothing."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

import openpyxl
from sqlalchemy import func, select

from emergency_desk.data.db import Database
from emergency_desk.data.models import AuditLog
from emergency_desk.data.people import Person
from emergency_desk.data.teams import MemberRole, TeamMember
from emergency_desk.io.importer import import_file
from emergency_desk.services.people import id_check_char

TeamMaker = Callable[..., int]
MemberMaker = Callable[..., int]
NEW_CARD = "34102319900505155"
NEW_CARD += id_check_char(NEW_CARD)


def roster(tmp_path: Path, rows: list[list[Any]]) -> Path:
    wb = openpyxl.Workbook()
    ws = wb.active
    assert ws is not None
    ws.append(["队伍名称", "姓名", "身份证号", "手机号码", "队内职务"])
    for r in rows:
        ws.append(r)
    path = tmp_path / "members.xlsx"
    wb.save(path)
    return path


def memberships(db: Database) -> dict[tuple[str, int], date | None]:
    with db.read() as s:
        rows = s.execute(select(Person.name, TeamMember.team_id, TeamMember.leave_date)
                         .join(Person, Person.id == TeamMember.person_id)
                         .where(TeamMember.is_deleted.is_(False))).all()
    return {(n, t): d for n, t, d in rows}


def test_members_missing_from_their_team_leave(db: Database, make_team: TeamMaker,
                                               make_member: MemberMaker,
                                               tmp_path: Path) -> None:
    team = make_team("碧阳镇综合应急救援队")
    other = make_team("宏村镇综合应急救援队", "宏村镇")
    make_member(team, "张三", role=MemberRole.CAPTAIN)
    make_member(team, "李四")
    make_member(other, "王五")
    with db.read() as s:
        cards = dict(s.execute(select(Person.name, Person.id_card)).all())
    path = roster(tmp_path, [
        ["碧阳镇综合应急救援队", "李四", cards["李四"], None, "队长"],
        ["碧阳镇综合应急救援队", "孙七", NEW_CARD, "13905590077", "队员"]])
    dry = import_file(db, "members", path, dry_run=True, replace=True)
    assert dry.error_lines() == []
    assert dry.leaver_lines() == ["离队：碧阳镇综合应急救援队 张三（队长）"]
    assert "将离队 1 人" in dry.summary()
    assert memberships(db)[("张三", team)] is None  # nothing written by the dry run

    done = import_file(db, "members", path, replace=True)
    assert done.ok and (done.inserted, done.updated) == (1, 1)
    got = memberships(db)
    assert got[("张三", team)] == date.today()  # left, kept
    assert got[("李四", team)] is None and got[("孙七", team)] is None
    assert got[("王五", other)] is None  # a team the file does not name is untouched

    with db.read() as s:
        audit_before = int(s.scalar(select(func.count()).select_from(AuditLog)) or 0)
    again = import_file(db, "members", path, replace=True)
    assert again.ok and again.leavers == [] and (again.inserted, again.updated) == (0, 0)
    with db.read() as s:
        assert int(s.scalar(select(func.count()).select_from(AuditLog)) or 0) == audit_before


def test_a_member_who_left_and_is_listed_again_rejoins(
        db: Database, make_team: TeamMaker, make_member: MemberMaker, tmp_path: Path) -> None:
    team = make_team("碧阳镇综合应急救援队")
    make_member(team, "张三")
    make_member(team, "李四")
    with db.read() as s:
        cards = dict(s.execute(select(Person.name, Person.id_card)).all())
    only_li = roster(tmp_path, [["碧阳镇综合应急救援队", "李四", cards["李四"], None, "队员"]])
    assert import_file(db, "members", only_li, replace=True).leaver_lines() == [
        "离队：碧阳镇综合应急救援队 张三（队员）"]
    both = roster(tmp_path, [["碧阳镇综合应急救援队", "李四", cards["李四"], None, "队员"],
                             ["碧阳镇综合应急救援队", "张三", cards["张三"], None, "队员"]])
    result = import_file(db, "members", both, replace=True)
    assert result.error_lines() == [] and result.inserted == 1 and result.leavers == []
    with db.read() as s:
        zhang = s.execute(select(TeamMember.leave_date).join(
            Person, Person.id == TeamMember.person_id).where(Person.name == "张三")
            .order_by(TeamMember.id)).scalars().all()
    assert zhang == [date.today(), None]  # the old membership kept, a new current one
