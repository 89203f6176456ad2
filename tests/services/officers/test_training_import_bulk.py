"""Issue 20: the trainings import checks and writes a chunk of sign-in rows at a time against
the attendees the chunk names, loaded at once (AttendanceLookup). What is new with it: an
attendee added earlier in the same file is found again (by 身份证号, 姓名+手机号码 or 姓名
alone), also from a later chunk; a refused row in a later chunk leaves nothing; the queries do
not grow with the rows.

The chunk is made small here (CHUNK_ROWS) so that a few rows span several chunks."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from officer_helpers import make_id_card
from sqlalchemy import func, select

from emergency_desk.data.db import Database
from emergency_desk.data.models import AuditLog
from emergency_desk.data.people import Person, TrainingAttendance, TrainingEvent
from emergency_desk.io import trainings as trainings_io
from emergency_desk.io.importer import import_file
from emergency_desk.services.people import PersonInput, merge_person_in
from emergency_desk.services.people_index import PersonIndex
from tests.conftest import selects_seen

HEADER = ["序号", "培训名称", "培训日期", "姓名", "身份证号", "手机号码", "培训结果", "民族"]
NAMES = "汪胡程叶余王李江舒孙方吴黄朱金章查许卢韩"


def _sheet(path: Path, rows: Sequence[Sequence[Any]]) -> Path:
    wb = openpyxl.Workbook()
    ws = wb.active
    assert ws is not None
    ws.append(["黟县灾害信息员培训签到表"])
    ws.append(HEADER)
    for i, r in enumerate(rows, 1):
        ws.append([i, *r])
    ws.append(["填表人：张三"])
    wb.save(path)
    return path


@pytest.fixture
def small_chunks(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(trainings_io, "CHUNK_ROWS", 3)


def _count(db: Database, model: Any) -> int:
    with db.read() as s:
        return int(s.scalar(select(func.count()).select_from(model)) or 0)


@pytest.mark.usefixtures("small_chunks")
def test_attendees_added_earlier_in_the_file_are_found_again(
        db: Database, tmp_path: Path) -> None:
    card = make_id_card("19800101", 7)
    path = _sheet(tmp_path / "t.xlsx", [
        ("汛前培训", "2025-04-01", "汪建国", card, None, "合格", "汉族"),
        ("汛前培训", "2025-04-01", "程丽华", None, "13905590003", None, None),
        ("汛前培训", "2025-04-01", "叶海涛", None, None, None, None),  # by 姓名 alone: new
        # chunk 2: each of them again, at another event
        ("防汛演练", "2025-06-01", "汪建国", card, None, "合格", None),
        ("防汛演练", "2025-06-01", "程丽华", None, "13905590003", None, None),
        ("防汛演练", "2025-06-01", "叶海涛", None, None, None, None),  # the one 叶海涛
        # chunk 3: the same new event as chunk 2, a row for the event alone
        ("防汛演练", "2025-06-01", None, None, None, None, None),
    ])
    result = import_file(db, "trainings", path)
    assert result.ok, result.error_lines()
    assert (result.inserted, result.updated, result.unchanged) == (6, 0, 1)
    assert (_count(db, Person), _count(db, TrainingEvent), _count(db, TrainingAttendance)) \
        == (3, 2, 6)
    again = import_file(db, "trainings", path)
    assert (again.inserted, again.updated, again.unchanged) == (0, 0, 7), again.error_lines()


@pytest.mark.usefixtures("small_chunks")
def test_a_person_twice_at_one_training_is_refused_across_chunks(
        db: Database, tmp_path: Path) -> None:
    card = make_id_card("19800101", 7)
    path = _sheet(tmp_path / "t.xlsx", [
        ("汛前培训", "2025-04-01", "汪建国", card, None, None, None),
        ("汛前培训", "2025-04-01", "程丽华", None, "13905590003", None, None),
        ("汛前培训", "2025-04-01", "叶海涛", None, None, None, None),
        ("汛前培训", "2025-04-01", "汪建国", card, None, None, None),  # chunk 2
    ])
    lines = import_file(db, "trainings", path).error_lines()
    assert lines == ["第 6 行 [姓名]: 与第 3 行重复（同一人在同一培训出现两次）"], lines
    assert _count(db, Person) == 0


@pytest.mark.usefixtures("small_chunks")
def test_two_namesakes_written_by_the_file_make_a_bare_name_ambiguous(
        db: Database, tmp_path: Path) -> None:
    path = _sheet(tmp_path / "t.xlsx", [
        ("汛前培训", "2025-04-01", "汪建国", None, "13905590001", None, None),
        ("汛前培训", "2025-04-01", "汪建国", None, "13905590002", None, None),
        ("汛前培训", "2025-04-01", "程丽华", None, None, None, None),
        ("防汛演练", "2025-06-01", "汪建国", None, None, None, None),  # which one?
    ])
    lines = import_file(db, "trainings", path).error_lines()
    assert len(lines) == 1 and lines[0].startswith("第 6 行 [姓名]: 有多名叫“汪建国”的人员"), lines


@pytest.mark.usefixtures("small_chunks")
def test_a_refused_row_in_the_third_chunk_leaves_nothing(
        db: Database, tmp_path: Path) -> None:
    rows: list[Sequence[Any]] = [
        ("汛前培训", "2025-04-01", NAMES[i] + "建国", None, f"1390000{i:04d}", None, None)
        for i in range(8)]
    rows[7] = ("汛前培训", "2025-04-01", "韩建国", None, "1390000", None, None)  # bad mobile
    result = import_file(db, "trainings", _sheet(tmp_path / "t.xlsx", rows))
    assert not result.ok
    assert [ln.split("]")[0] for ln in result.error_lines()] == ["第 10 行 [手机号码"]
    assert (_count(db, Person), _count(db, TrainingEvent), _count(db, TrainingAttendance)) \
        == (0, 0, 0)
    with db.read() as s:
        assert s.scalar(select(func.count()).select_from(AuditLog)) == 0


def test_a_trainings_import_asks_no_query_per_row(db: Database, tmp_path: Path) -> None:
    """10 rows and 60 rows (one chunk each), new and then re-imported: the same SELECTs."""
    counts = []
    for n in (10, 60):
        path = _sheet(tmp_path / f"{n}.xlsx", [
            ("汛前培训", "2025-04-01", NAMES[i % 20] + "建" + "国华明军斌"[i // 20 % 5],
             make_id_card(f"1970{1 + i % 12:02d}{1 + i % 28:02d}", i) if i % 3 else None,
             f"1390000{i:04d}", "合格", "汉族") for i in range(n)])
        for _ in range(2):
            with selects_seen(db) as seen:
                assert import_file(db, "trainings", path).ok
            counts.append(len(seen))
    first_small, again_small, first_big, again_big = counts
    assert first_big <= first_small + 2, counts
    assert again_big <= again_small + 2, counts


def test_a_name_not_loaded_up_front_is_looked_up_with_those_written(db: Database) -> None:
    """PersonIndex.namesakes answers for any name: one natural_keys did not foresee is loaded
    on demand, together with the people the import wrote under it."""
    with db.begin() as s:
        merge_person_in(s, PersonInput(name="汪建国", mobile="13905590001"), None)
        s.flush()
        index = PersonIndex(s, (), (), ())
        written = merge_person_in(s, PersonInput(name="汪建国", mobile="13905590002"), None)
        index.written(written)
        assert [p.mobile for p in index.namesakes("汪建国")] == ["13905590002", "13905590001"]
        assert index.namesakes("程丽华") == []
