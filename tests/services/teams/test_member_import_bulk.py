"""Issue 20: the members import checks and writes a chunk of rows at a time against what the
chunk names, loaded at once (BulkMemberLookup). What is new with it: a person written earlier
in the same file (in this chunk, or in one already flushed) is the same person; a refused row
in a later chunk leaves nothing of the earlier ones; the queries do not grow with the rows.

The chunk is made small here (CHUNK_ROWS) so that a few rows span several chunks."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from sqlalchemy import func, select

from emergency_desk.data.db import Database
from emergency_desk.data.models import AuditLog
from emergency_desk.data.people import Person
from emergency_desk.data.teams import RescueTeam, TeamMember
from emergency_desk.io import teams as teams_io
from emergency_desk.io.importer import import_file
from emergency_desk.values import id_check_char
from tests.conftest import selects_seen

HEADER = ["序号", "队伍名称", "姓名", "身份证号", "手机号码", "队内职务", "民族"]
NAMES = "汪胡程叶余王李江舒孙方吴黄朱金章查许卢韩"


def make_id_card(birth: str, seq: int) -> str:
    first17 = f"341023{birth}{seq % 1000:03d}"
    return first17 + id_check_char(first17)


def _sheet(path: Path, rows: Sequence[Sequence[Any]]) -> Path:
    wb = openpyxl.Workbook()
    ws = wb.active
    assert ws is not None
    ws.append(["黟县救援队员花名册"])
    ws.append(HEADER)
    for i, r in enumerate(rows, 1):
        ws.append([i, *r])
    ws.append(["合计", f"{len(rows)} 人"])
    wb.save(path)
    return path


def _roster(path: Path, n: int, team: str = "碧阳镇综合应急救援队") -> Path:
    return _sheet(path, [
        (team, NAMES[i % 20] + "建" + "国华明军斌"[i // 20 % 5],
         make_id_card(f"1970{1 + i % 12:02d}{1 + i % 28:02d}", i) if i % 3 else None,
         f"1390000{i:04d}", "队员", "汉族") for i in range(n)])


@pytest.fixture
def small_chunks(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(teams_io, "CHUNK_ROWS", 3)


@pytest.fixture
def teams(make_team: Callable[..., int]) -> dict[str, int]:
    return {n: make_team(n) for n in ("碧阳镇综合应急救援队", "碧阳镇水域救援队")}


def _count(db: Database, model: Any) -> int:
    with db.read() as s:
        return int(s.scalar(select(func.count()).select_from(model)) or 0)


@pytest.mark.usefixtures("small_chunks")
def test_rows_naming_a_person_written_earlier_in_the_file_find_that_person(
        db: Database, teams: dict[str, int], tmp_path: Path) -> None:
    card = make_id_card("19800101", 7)
    path = _sheet(tmp_path / "m.xlsx", [
        ("碧阳镇综合应急救援队", "汪建国", card, None, "队长", "汉族"),
        ("碧阳镇综合应急救援队", "程丽华", None, "13905590003", "队员", None),
        # the same new person, in the same chunk, on another team: one person, two memberships
        ("碧阳镇水域救援队", "汪建国", card, "13905590001", "队员", None),
        # chunk 2: the person of row 2 again, by 姓名+手机号码, now with a 身份证号
        ("碧阳镇水域救援队", "程丽华", make_id_card("19900501", 22), "13905590003", "队员", None),
        # chunk 2: row 1's person by 姓名+手机号码 only (row 3 gave the mobile)
        ("碧阳镇水域救援队", "王海涛", None, "13905590009", "队员", None),
    ])
    result = import_file(db, "members", path)
    assert result.ok, result.error_lines()
    assert (result.inserted, result.updated, result.unchanged) == (5, 0, 0)
    assert _count(db, Person) == 3
    assert _count(db, TeamMember) == 5
    with db.read() as s:
        wang = s.scalars(select(Person).where(Person.name == "汪建国")).one()
        assert (wang.id_card, wang.mobile) == (card, "13905590001")
        cheng = s.scalars(select(Person).where(Person.name == "程丽华")).one()
        assert cheng.id_card == make_id_card("19900501", 22)
        # the 队长 row made its team's leader once the chunk was written (T2)
        assert s.get_one(RescueTeam, teams["碧阳镇综合应急救援队"]).leader_person_id == wang.id
    again = import_file(db, "members", path)
    assert (again.inserted, again.updated, again.unchanged) == (0, 0, 5), again.error_lines()


@pytest.mark.usefixtures("small_chunks")
def test_a_row_repeating_one_of_an_earlier_chunk_is_refused_with_both_rows(
        db: Database, teams: dict[str, int], tmp_path: Path) -> None:
    card = make_id_card("19800101", 7)
    path = _sheet(tmp_path / "m.xlsx", [
        ("碧阳镇综合应急救援队", "汪建国", card, None, "队员", None),
        ("碧阳镇综合应急救援队", "程丽华", None, "13905590003", "队员", None),
        ("碧阳镇综合应急救援队", "叶海涛", None, "13905590004", "队员", None),
        ("碧阳镇综合应急救援队", "汪建国", card, None, "队员", None),  # chunk 2
    ])
    result = import_file(db, "members", path)
    # The first line is the header's row (a title row above it): sheet rows 3 and 6.
    assert [e for e in result.error_lines() if "重复" in e] == [
        "第 6 行 [队伍名称]: 与第 3 行重复（同一记录出现两次）"], result.error_lines()
    assert _count(db, Person) == 0


@pytest.mark.usefixtures("small_chunks")
def test_a_refused_row_in_the_third_chunk_leaves_nothing(
        db: Database, teams: dict[str, int], tmp_path: Path) -> None:
    rows: list[Sequence[Any]] = [
        ("碧阳镇综合应急救援队", NAMES[i] + "建国", None, f"1390000{i:04d}", "队员", None)
        for i in range(8)]
    rows[7] = ("不存在的救援队", "韩建国", None, "13900000007", "队员", None)
    result = import_file(db, "members", _sheet(tmp_path / "m.xlsx", rows))
    assert not result.ok
    assert any("不存在的救援队" in e for e in result.error_lines()), result.error_lines()
    # Chunks 1 and 2 were flushed (their audit rows too) before row 10 was refused: the one
    # transaction takes all of it back.
    assert (_count(db, Person), _count(db, TeamMember)) == (0, 0)
    with db.read() as s:
        assert s.scalar(select(func.count()).select_from(AuditLog).where(
            AuditLog.table_name.in_(("person", "team_member")))) == 0


@pytest.mark.usefixtures("small_chunks")
def test_every_written_record_has_one_audit_row(
        db: Database, teams: dict[str, int], tmp_path: Path) -> None:
    assert import_file(db, "members", _roster(tmp_path / "m.xlsx", 8)).inserted == 8
    with db.read() as s:
        rows = s.execute(select(AuditLog.table_name, AuditLog.action, func.count())
                         .where(AuditLog.table_name.in_(("person", "team_member")))
                         .group_by(AuditLog.table_name, AuditLog.action)).all()
    # (and the import's own summary row)
    assert sorted(rows) == [("person", "insert", 8), ("team_member", "import", 1),
                            ("team_member", "insert", 8)]


def test_a_members_import_asks_no_query_per_row(
        db: Database, teams: dict[str, int], tmp_path: Path) -> None:
    """10 rows and 60 rows (one chunk each), new and then re-imported: the same SELECTs."""
    counts = []
    for n in (10, 60):
        path = _roster(tmp_path / f"{n}.xlsx", n)
        for _ in range(2):
            with selects_seen(db) as seen:
                assert import_file(db, "members", path).ok
            counts.append(len(seen))
    first_small, again_small, first_big, again_big = counts
    assert first_big <= first_small + 2, counts
    assert again_big <= again_small + 2, counts
