"""Issue 20: the teams import writes with Core (io/team_rows.py) the plain rows the form's rules
changed. What a user relies on: a 队长 found among the team's leader or members (found by the
team's normal name) and given the sheet's mobile, audited as the form's save audits it; one
person for a 队长 named twice; a team repeated across chunks named; nothing written when a row
is refused after chunks were written."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from emergency_desk.data.db import Database
from emergency_desk.data.people import Person
from emergency_desk.data.teams import RescueTeam, TeamCategory
from emergency_desk.io.importer import import_file
from emergency_desk.services.teams.teams import upsert_team_in
from tests.services import bulk_import_audit
from tests.services.teams.test_team_import_bulk import _inputs, _sheet


def _census(db: Database) -> list[Any]:
    return bulk_import_audit.state(db, RescueTeam, Person)


def _people(db: Database) -> int:
    with db.read() as s:
        return int(s.scalar(select(func.count()).select_from(Person)) or 0)


def test_a_leader_found_in_the_team_is_given_its_mobile_as_the_form_does(
        db: Database, county: dict[str, int], tmp_path: Path,
        make_team: Callable[..., int], make_member: Callable[..., int]) -> None:
    """The sheet names the teams with half-width brackets (typed full-width in the form)."""
    a = make_team("碧阳镇综合应急救援队（一中队）", "碧阳镇", planned_size=20)
    make_member(a, "张三", mobile=None)
    make_member(a, "李四")
    make_team("古筑村微型消防站", "古筑村", category=TeamCategory.MICRO_FIRE,
              leader_name="王五")
    rows: list[list[Any]] = [
        # 张三, a member without a mobile: given this one and made the leader
        ["碧阳镇综合应急救援队(一中队)", "综合性", "碧阳镇", "张三", "13905590011", None,
         None, None, None],
        # 王五, the leader without a mobile: given this one
        ["古筑村微型消防站", "微型消防站", "古筑村", "王五", "13905590012", None, 8, None,
         None],
        # a new team led by 张三 by 姓名+手机号码 as the first row left him: the same person
        ["宏村镇综合应急救援队", "综合性", "宏村镇", "张三", "13905590011", None, 30, "新建",
         "在编"],
    ]
    people = _people(db)

    def saves(s: Session) -> None:
        for data in _inputs(rows, county):
            upsert_team_in(s, data)

    expected = bulk_import_audit.form_audit(db, saves)
    path = _sheet(tmp_path / "leaders.xlsx", rows)
    got = bulk_import_audit.import_audit(db, "teams", path)
    assert got == expected
    assert sorted(a[:2] for a in got) == [
        ("insert", "rescue_team"), ("update", "person"), ("update", "person"),
        ("update", "rescue_team"), ("update", "rescue_team")]
    assert _people(db) == people  # nobody created: every 队长 was found
    with db.read() as s:
        leaders = {t.name: (t.leader.name, t.leader.mobile) if t.leader else None
                   for t in s.scalars(select(RescueTeam))}
    assert leaders == {"碧阳镇综合应急救援队(一中队)": ("张三", "13905590011"),
                       "古筑村微型消防站": ("王五", "13905590012"),
                       "宏村镇综合应急救援队": ("张三", "13905590011")}
    # Idempotent: the same sheet again changes nothing and writes no audit row.
    assert bulk_import_audit.import_audit(db, "teams", path) == []
    result = import_file(db, "teams", path)
    assert (result.inserted, result.updated, result.unchanged) == (0, 0, 3)


def _row(name: str, region: str = "碧阳镇", duty: str | None = None) -> list[Any]:
    return [name, "综合性", region, "汪建国", "13905591234", duty, 10, None, None]


def test_a_row_refused_after_written_chunks_leaves_nothing_written(
        db: Database, county: dict[str, int], tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    """Chunks of two: the first two chunks are written before the fifth row is refused; a
    team of the second chunk repeated in the third is named."""
    monkeypatch.setattr("emergency_desk.io.teams.CHUNK_ROWS", 2)
    rows = [_row("一队"), _row("二队"), _row("三队", "古筑村"), _row("四队", "宏村镇"),
            _row("五队", duty="12345"), _row("三队", "古筑村")]
    before = _census(db)
    result = import_file(db, "teams", _sheet(tmp_path / "b.xlsx", rows))
    assert not result.ok
    lines = result.error_lines()
    assert lines[0].startswith("第 7 行 [值班电话]: ")
    assert lines[1] == "第 8 行 [队伍名称]: 与第 5 行重复（同一记录出现两次）"
    assert _census(db) == before


def test_a_team_repeated_after_a_refused_chunk_is_still_named(
        db: Database, county: dict[str, int], tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    """The first chunk holds a refused row; the team of the second chunk repeated in the
    third is named all the same (with the importer's rollback, nothing is written)."""
    monkeypatch.setattr("emergency_desk.io.teams.CHUNK_ROWS", 2)
    rows = [_row("一队", duty="12345"), _row("二队"), _row("三队"), _row("四队"),
            _row("三队")]
    before = _census(db)
    result = import_file(db, "teams", _sheet(tmp_path / "c.xlsx", rows))
    lines = result.error_lines()
    assert lines[0].startswith("第 3 行 [值班电话]: ")
    assert lines[1] == "第 7 行 [队伍名称]: 与第 5 行重复（同一记录出现两次）"
    assert _census(db) == before


def test_a_new_team_whose_leader_is_refused_is_reported_not_written(
        db: Database, county: dict[str, int], tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    """The person rules refuse the 队长 after the new team was made (a rule the cell's own
    check does not share): the row is reported, and no half-made team reaches the database
    (an insert without its name or region failed the whole import)."""
    from emergency_desk.services import people
    from emergency_desk.services.teams import teams

    def refusing(data: people.PersonInput) -> people.Checked:
        clean, problems = people.check_person(data)
        if clean.name == "钱七":
            problems["姓名"] = "不接受"
        return clean, problems

    monkeypatch.setattr(teams, "check_person", refusing)
    rows = [_row("一队"), ["二队", "综合性", "碧阳镇", "钱七", "13905590077", None, 10, None,
                         None]]
    before = _census(db)
    result = import_file(db, "teams", _sheet(tmp_path / "d.xlsx", rows))
    assert result.error_lines()[0] == "第 4 行 [姓名]: 不接受"
    assert _census(db) == before
