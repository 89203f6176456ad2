"""Issue 20: the pledges import checks its rows on dicts and writes them with Core statements
(io/pledge_rows.py), with the form's rules (`check_pledge`) and the audit rows the ORM path
wrote (the letter's save, then the 扫描件 attached); rows find stored letters by 年度 + the
village however the sheet writes it, a letter named twice is refused (within a chunk and
across chunks), and a refused file leaves nothing behind even after whole chunks were
written."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from emergency_desk.data.db import Database
from emergency_desk.data.plans import AttachmentBlob
from emergency_desk.data.township import FloodPledge
from emergency_desk.io import bulk, library_rows
from emergency_desk.io.importer import import_file
from emergency_desk.io.library import file_cell_in
from emergency_desk.services.township.pledges import PledgeInput, upsert_pledge_in
from tests.services.bulk_import_audit import form_audit, import_audit, state, xlsx

HEADER = ["年度", "签订单位", "责任人", "职务", "签订日期", "发放单位", "扫描件", "备注"]


def sheet(tmp_path: Path, name: str, rows: list[list[Any]]) -> Path:
    return xlsx(tmp_path, HEADER, rows, name)


def saved(s: Session, d: PledgeInput, scan: Path | None = None) -> None:
    """The ORM path: the letter's save, then its scan attached (io/library.file_cell_in)."""
    pid, _change = upsert_pledge_in(s, d)
    if scan is not None:
        file_cell_in(s, s.get(FloodPledge, pid), str(scan), "file")


def test_pledge_rows_are_audited_as_the_form_saves_them(
        db: Database, county: dict[str, int], tmp_path: Path) -> None:
    scan = tmp_path / "古筑村防汛责任书.jpg"
    scan.write_bytes(b"\xff\xd8\xff\xe0 scanned letter")
    first = sheet(tmp_path, "first.xlsx", [
        [2026, "古筑村委会", "胡建国", "村书记", "2026-04-20", "碧阳镇人民政府", str(scan),
         "已归档"],
        [2026, "宏村镇", "余光", None, None, None, None, None]])
    expected = form_audit(db, lambda s: (
        saved(s, PledgeInput(2026, county["古筑村"], "胡建国", "村书记", date(2026, 4, 20),
                             "碧阳镇人民政府", "已归档"), scan),
        saved(s, PledgeInput(2026, county["宏村镇"], "余光"))))
    # the letter's insert, its file's update, the other letter's insert
    assert sorted(a[0] for a in expected) == ["insert", "insert", "update"]
    assert import_audit(db, "pledges", first) == expected
    with db.read() as s:
        assert s.scalar(select(FloodPledge.file_name).where(
            FloodPledge.region_id == county["古筑村"])) == scan.name
        assert s.scalar(select(AttachmentBlob.content)) == scan.read_bytes()

    # A re-import: one letter changed (a blank 备注 keeps what is stored; the 扫描件 cell names
    # the file on record), one given a scan, a new one.
    other = tmp_path / "宏村镇责任书.pdf"
    other.write_bytes(b"%PDF-1.4 letter")
    again = sheet(tmp_path, "again.xlsx", [
        [2026, "古筑村", "胡建军", "村主任", "2026-04-20", "碧阳镇人民政府", scan.name, None],
        [2026, "宏村镇", "余光", None, None, None, str(other), None],
        [2025, "宏村村", "汪成林", None, None, None, None, None]])
    expected = form_audit(db, lambda s: (
        saved(s, PledgeInput(2026, county["古筑村"], "胡建军", "村主任", date(2026, 4, 20),
                             "碧阳镇人民政府")),
        saved(s, PledgeInput(2026, county["宏村镇"], "余光"), other),
        saved(s, PledgeInput(2025, county["宏村村"], "汪成林"))))
    assert sorted((a[0], tuple(sorted(a[3]))) for a in expected) == [
        ("insert", ("level", "region_id", "responsible", "year")),
        ("update", ("file_name", "file_sha256", "file_size")),
        ("update", ("post", "responsible"))]
    assert import_audit(db, "pledges", again) == expected
    before = state(db, FloodPledge)
    # as an export writes it: the file's name (a full path attaches the file again)
    again = sheet(tmp_path, "names.xlsx", [
        [2026, "古筑村", "胡建军", "村主任", "2026-04-20", "碧阳镇人民政府", scan.name, None],
        [2026, "宏村镇", "余光", None, None, None, other.name, None],
        [2025, "宏村村", "汪成林", None, None, None, None, None]])
    result = import_file(db, "pledges", again)
    assert (result.inserted, result.updated, result.unchanged) == (0, 0, 3)
    assert state(db, FloodPledge) == before
    with db.read() as s:
        assert s.scalar(select(FloodPledge.remark).where(
            FloodPledge.region_id == county["古筑村"])) == "已归档"


def test_rows_find_letters_by_village_and_a_letter_twice_is_refused(
        db: Database, county: dict[str, int], tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    import_file(db, "pledges", sheet(tmp_path, "one.xlsx", [
        [2026, "古筑村", "胡建国", None, None, None, None, None]]))
    with db.read() as s:
        ids = s.scalars(select(FloodPledge.id)).all()
    # 古筑村委会 is 古筑村: the same letter, updated
    result = import_file(db, "pledges", sheet(tmp_path, "committee.xlsx", [
        [2026, "古筑村委会", "胡建军", None, None, None, None, None]]))
    assert result.ok and (result.inserted, result.updated) == (0, 1), result.error_lines()
    with db.read() as s:
        assert s.scalars(select(FloodPledge.id)).all() == ids

    monkeypatch.setattr(bulk, "CHUNK", 2)  # row 5 repeats row 2 of an earlier chunk
    monkeypatch.setattr(library_rows, "CHUNK_ROWS", 2)
    before = state(db, FloodPledge)
    result = import_file(db, "pledges", sheet(tmp_path, "twice.xlsx", [
        [2025, "宏村村", "余光", None, None, None, None, None],
        [2025, "宏村村委会", "余光", None, None, None, None, None],
        [2025, "古筑村", "胡建国", None, None, None, None, None],
        [2025, "宏村村", "余光", None, None, None, None, None],
        [2025, "黟县", "汪成林", None, None, None, None, None],
        [2025, "碧阳镇", "汪成林", None, "2099-01-01", None, None, None]]))
    assert result.error_lines() == [
        "第 3 行 [年度]: 与第 2 行重复（同一记录出现两次）",
        "第 5 行 [年度]: 与第 2 行重复（同一记录出现两次）",
        "第 6 行 [签订单位]: 防汛责任书由乡镇或村（社区）签订",
        "第 7 行 [签订日期]: 签订日期晚于今天"]
    assert state(db, FloodPledge) == before


def test_a_refused_row_after_written_chunks_leaves_nothing(
        db: Database, county: dict[str, int], tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(bulk, "CHUNK", 2)  # the first rows are written before the bad one
    monkeypatch.setattr(library_rows, "CHUNK_ROWS", 2)
    rows = [[2020 + i, "古筑村" if i % 2 else "宏村村", "胡建国", None, None, None, None, None]
            for i in range(5)]
    result = import_file(db, "pledges", sheet(tmp_path, "ok.xlsx", rows))
    assert result.ok and result.inserted == 5, result.error_lines()
    before = state(db, FloodPledge)
    changed = [[*r[:2], "余光", *r[3:]] for r in rows]
    result = import_file(db, "pledges", sheet(tmp_path, "late_bad.xlsx", [
        *changed, [2026, "宏村村", "余光", None, None, None, "宏村村.pdf", None]]))
    assert result.error_lines()[0].startswith("第 7 行 [扫描件]: “宏村村.pdf”不是已附加的文件")
    assert state(db, FloodPledge) == before
    result = import_file(db, "pledges", sheet(tmp_path, "late_region.xlsx", [
        *changed, [2026, "没有的村", "余光", None, None, None, None, None]]))
    assert result.error_lines()[0].startswith("第 7 行 [签订单位]: ")
    assert state(db, FloodPledge) == before
