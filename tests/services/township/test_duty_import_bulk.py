"""Issue 20: the duty import checks its rows on dicts and writes them with Core statements
(io/duty_rows.py), with the form's rules (`check_roster`) and the form's audit rows; a slot
(单位 + 值班日期 + 班次) named twice is refused, also across chunks, a sheet without 备注 keeps
the stored 备注, and a refused file leaves nothing behind even after whole chunks were
written."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from emergency_desk.data.db import Database
from emergency_desk.data.township import DutyRoster, DutyShift
from emergency_desk.io import bulk
from emergency_desk.io.importer import import_file
from emergency_desk.services.township.duty import RosterInput, save_roster_in
from tests.services import bulk_import_audit

HEADER = ["单位", "值班日期", "班次", "带班领导", "带班领导电话", "值班员", "值班员电话",
          "值班电话", "汛期", "备注"]


def xlsx(tmp_path: Path, rows: list[list[Any]], name: str, header: list[str] = HEADER) -> Path:
    return bulk_import_audit.xlsx(tmp_path, header, rows, name)


def form_audit(db: Database, saves: list[tuple[RosterInput, int | None]]) -> list[Any]:
    def save(s: Session) -> None:
        for data, roster_id in saves:
            save_roster_in(s, data, roster_id)
    return bulk_import_audit.form_audit(db, save)


def state(db: Database) -> list[Any]:
    return bulk_import_audit.state(db, DutyRoster)


def slot_ids(db: Database) -> dict[tuple[int, date, str], int]:
    with db.read() as s:
        return {(r, d, sh): i for i, r, d, sh in s.execute(select(
            DutyRoster.id, DutyRoster.region_id, DutyRoster.duty_date, DutyRoster.shift).where(
            DutyRoster.is_deleted.is_(False)))}


def test_duty_rows_are_audited_as_the_form_saves_them(
        db: Database, county: dict[str, int], tmp_path: Path) -> None:
    town, other = county["碧阳镇"], county["宏村镇"]
    first = xlsx(tmp_path, [
        ["碧阳镇", "2026-07-01", None, "胡建国", "13955910001", "汪晓燕", None, "0559-5521110",
         "是", "汛期加强"],
        ["碧阳镇", "2026-07-02", "夜班", None, None, "程明", None, None, None, None],
        ["341023101000", "2026-07-01", "白班", "程志强", None, "余光", None, None, "否", None],
    ], "first.xlsx")
    expected = form_audit(db, [
        (RosterInput(town, date(2026, 7, 1), DutyShift.ALL_DAY, "胡建国", "13955910001",
                     "汪晓燕", None, "0559-5521110", True, "汛期加强"), None),
        (RosterInput(town, date(2026, 7, 2), DutyShift.NIGHT, None, None, "程明"), None),
        (RosterInput(other, date(2026, 7, 1), DutyShift.DAY, "程志强", None, "余光"), None)])
    assert [a[0] for a in expected] == ["insert"] * 3
    assert bulk_import_audit.import_audit(db, "duty", first) == expected

    # A re-import without 备注: a swap on one day changes that slot alone, its 备注 kept.
    ids = slot_ids(db)
    header = HEADER[:-1]
    again = xlsx(tmp_path, [
        ["碧阳镇", "2026-07-01", None, "叶海涛", None, "汪晓燕", None, "0559-5521110", "是"],
        ["碧阳镇", "2026-07-02", "夜班", None, None, "程明", None, None, None],
        ["宏村镇", "2026-07-01", "白班", "程志强", None, "余光", None, None, "否"],
    ], "again.xlsx", header)
    expected = form_audit(db, [
        (RosterInput(town, date(2026, 7, 1), DutyShift.ALL_DAY, "叶海涛", None, "汪晓燕", None,
                     "0559-5521110", True, "汛期加强"),
         ids[(town, date(2026, 7, 1), DutyShift.ALL_DAY.value)])])
    assert [a[0] for a in expected] == ["update"]
    assert bulk_import_audit.import_audit(db, "duty", again) == expected
    result = import_file(db, "duty", again)
    assert (result.inserted, result.updated, result.unchanged) == (0, 0, 3)
    # With the 备注 column, a blank 备注 is a blank 备注 (as the one-row-at-a-time import had it).
    result = import_file(db, "duty", xlsx(tmp_path, [
        ["碧阳镇", "2026-07-01", None, "叶海涛", None, "汪晓燕", None, "0559-5521110", "是",
         None]], "blank.xlsx"))
    assert (result.inserted, result.updated) == (0, 1), result.error_lines()
    with db.read() as s:
        assert s.scalar(select(DutyRoster.remark).where(
            DutyRoster.id == ids[(town, date(2026, 7, 1), DutyShift.ALL_DAY.value)])) is None


def test_a_slot_twice_is_refused_across_chunks(
        db: Database, county: dict[str, int], tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(bulk, "CHUNK", 2)  # the second naming comes chunks later
    before = state(db)
    result = import_file(db, "duty", xlsx(tmp_path, [
        ["碧阳镇", "2026-07-01", None, "胡建国", None, None, None, None, None, None],
        ["碧阳镇", "2026-07-02", None, "胡建国", None, None, None, None, None, None],
        ["碧阳镇", "2026-07-03", None, "胡建国", None, None, None, None, None, None],
        ["碧阳镇", "2026.7.1", "全天", "叶海涛", None, None, None, None, None, None],
        ["碧阳镇", "2026-07-04", None, None, None, None, None, None, None, None],
    ], "twice.xlsx"))
    assert result.error_lines()[:2] == [
        "第 5 行 [单位]: 与第 2 行重复（同一记录出现两次）",
        "第 6 行 [值班员]: 带班领导和值班员至少填写一个"]
    assert state(db) == before


def test_a_refused_row_after_written_chunks_leaves_nothing(
        db: Database, county: dict[str, int], tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(bulk, "CHUNK", 2)  # the first rows are written before the bad one
    before = state(db)
    result = import_file(db, "duty", xlsx(tmp_path, [
        ["碧阳镇", f"2026-07-0{i}", None, "胡建国", None, None, None, None, None, None]
        for i in range(1, 6)] + [
        ["没有的镇", "2026-07-09", None, "胡建国", None, None, None, None, None, None],
    ], "late_bad.xlsx"))
    assert result.error_lines()[0].startswith("第 7 行 [单位]: ")
    assert state(db) == before


def test_a_sheet_gives_two_duty_officers_a_number_each(
        db: Database, county: dict[str, int], tmp_path: Path) -> None:
    """As the form: 值班员 “胡干事、李委员” with “13905590002，139 0559 0003” imports both
    numbers, tidied; a bad one is named, and nothing is written."""
    result = import_file(db, "duty", xlsx(tmp_path, [
        ["碧阳镇", "2026-07-01", None, None, None, "胡干事、李委员",
         "13905590002，139 0559 0003", None, None, None],
    ], "two.xlsx"))
    assert result.error_lines() == [] and result.inserted == 1
    with db.read() as s:
        assert s.scalar(select(DutyRoster.officer_phone)) == "13905590002、13905590003"
    before = state(db)
    result = import_file(db, "duty", xlsx(tmp_path, [
        ["碧阳镇", "2026-07-02", None, None, None, "胡干事、李委员",
         "13905590002、5591", None, None, None],
    ], "bad.xlsx"))
    assert len(result.error_lines()) == 1 and "“5591”" in result.error_lines()[0]
    assert "[值班员电话]" in result.error_lines()[0]
    assert state(db) == before
