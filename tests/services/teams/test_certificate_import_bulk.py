"""Issue 20: the certificates import finds a chunk's people and their certificates at once and
writes through the form's `save_certificate_in` with one flush a chunk, yet behaves as the
row-by-row import did: the audit rows the form writes for the same changes, a blank cell
keeping the stored value, a certificate added earlier in the file found again (a repeat is
an error, within a chunk and across chunks), nothing written when any row is refused."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from emergency_desk.data.dates import MonthDate
from emergency_desk.data.db import Database
from emergency_desk.data.models import AuditLog
from emergency_desk.data.people import Person
from emergency_desk.data.teams import Certificate
from emergency_desk.io import bulk
from emergency_desk.io.importer import import_file
from emergency_desk.services.teams.members import CertificateInput, save_certificate_in
from tests.services import bulk_import_audit
from tests.services.query_plans import person_lookup_plans

HEADER = ["序号", "姓名", "身份证号", "手机号码", "证书名称", "证书编号", "发证日期", "有效期至",
          "备注"]


@pytest.fixture
def people(db: Database, make_team: Callable[..., int],
           make_member: Callable[..., int]) -> dict[str, tuple[int, str, str]]:
    """张三, 李四 and 王五, members of one team: name → (person id, 身份证号, 手机号码)."""
    team = make_team("碧阳镇综合应急救援队")
    for name in ("张三", "李四", "王五"):
        make_member(team, name)
    with db.read() as s:
        return {n: (i, c, m) for i, n, c, m in s.execute(
            select(Person.id, Person.name, Person.id_card, Person.mobile))}


def _rows(people: dict[str, tuple[int, str, str]], changed: bool) -> list[list[Any]]:
    _, card3, _ = people["张三"]
    _, _, mobile4 = people["李四"]
    _, card5, _ = people["王五"]
    rows: list[list[Any]] = [
        ["张三", card3, None, "应急救援员证", "YJ-001", date(2023, 5, 1), date(2027, 4, 30),
         "县应急局"],
        ["张三", card3, None, "潜水证", None, None, None, None],  # the same person again
        ["李四", None, mobile4, "急救员证", "JJ-7", date(2024, 3, 1), None, "红十字会"],
        ["王五", card5, None, "电工证", "DG-1", date(2022, 1, 1), date(2028, 1, 1), None],
    ]
    if changed:  # a later expiry and a blank remark (kept); a remark; unchanged; a new one
        rows[0][6], rows[0][7] = date(2029, 4, 30), None
        rows[2][7] = "红十字会复训"
        rows.append(["王五", card5, None, "无人机操控员证", "UAV-9", None, None, None])
    return rows


def _sheet(path: Path, rows: list[list[Any]]) -> Path:
    wb = openpyxl.Workbook()
    ws = wb.active
    assert ws is not None
    ws.append(["救援队员证书登记表"])
    ws.append(HEADER)
    for i, r in enumerate(rows, 1):
        ws.append([i, *r])
    wb.save(path)
    return path


def _form_audit(db: Database, people: dict[str, tuple[int, str, str]],
                rows: list[list[Any]]) -> list[Any]:
    """What the form's save (a flush per certificate) audits for the same changes, rolled
    back: the stored certificate overwritten with the row's cells, blanks keeping its values."""
    def saves(s: Session) -> None:
        for name, _, _, cert, number, issued, expiry, remark in rows:
            pid = people[name][0]
            stored = s.scalar(select(Certificate).where(
                Certificate.person_id == pid, Certificate.name == cert,
                Certificate.number.is_(None) if number is None
                else Certificate.number == number))
            data = CertificateInput(
                person_id=pid, name=cert, number=number,
                issue_date=issued if issued or not stored else stored.issue_date,
                expiry_date=expiry if expiry or not stored else stored.expiry_date,
                remark=remark if remark or not stored else stored.remark)
            if stored is None or (stored.issue_date, stored.expiry_date, stored.remark) \
                    != (data.issue_date, data.expiry_date, data.remark):
                save_certificate_in(s, data, stored.id if stored else None)

    return bulk_import_audit.form_audit(db, saves)


def _import_audit(db: Database, path: Path) -> list[Any]:
    return bulk_import_audit.import_audit(db, "certificates", path)


def _census(db: Database) -> tuple[int, int]:
    with db.read() as s:
        return (int(s.scalar(select(func.count()).select_from(Certificate)) or 0),
                int(s.scalar(select(func.count()).select_from(AuditLog)) or 0))


def test_the_import_audits_each_certificate_as_the_form_does(
        db: Database, people: dict[str, tuple[int, str, str]], tmp_path: Path) -> None:
    first = _rows(people, changed=False)
    expected = _form_audit(db, people, first)
    got = _import_audit(db, _sheet(tmp_path / "first.xlsx", first))
    assert got == expected
    assert [a[:2] for a in got] == [("insert", "certificate")] * 4

    second = _rows(people, changed=True)
    expected = _form_audit(db, people, second)
    got = _import_audit(db, _sheet(tmp_path / "second.xlsx", second))
    assert got == expected
    assert sorted(a[0] for a in got) == ["insert", "update", "update"]
    with db.read() as s:  # the blank 备注 kept what was stored
        assert s.scalar(select(Certificate.remark).where(Certificate.number == "YJ-001")) \
            == "县应急局"
    # Idempotent: the same sheet again changes nothing and writes no audit row.
    assert _import_audit(db, tmp_path / "second.xlsx") == []
    result = import_file(db, "certificates", tmp_path / "second.xlsx")
    assert (result.inserted, result.updated, result.unchanged) == (0, 0, 5)


@pytest.mark.parametrize("chunk", [1000, 2])
def test_a_certificate_twice_in_the_file_is_an_error_and_nothing_is_written(
        db: Database, people: dict[str, tuple[int, str, str]], tmp_path: Path, chunk: int,
        monkeypatch: pytest.MonkeyPatch) -> None:
    """Within one chunk (the earlier certificate not flushed yet) and across chunks; the
    second names the person by 姓名+手机号码 and the 证书名称 with full-width brackets."""
    monkeypatch.setattr("emergency_desk.io.certificates.CHUNK_ROWS", chunk)
    rows = _rows(people, changed=False)
    rows[1][3] = "潜水证(初级)"
    rows.append(["张三", None, people["张三"][2], "潜水证（初级）", None, None, None, "又一行"])
    before = _census(db)
    result = import_file(db, "certificates", _sheet(tmp_path / "twice.xlsx", rows))
    assert not result.ok
    assert result.error_lines()[0] == "第 7 行 [姓名]: 与第 4 行重复（同一记录出现两次）"
    assert _census(db) == before


def test_a_refused_row_leaves_nothing_written(
        db: Database, people: dict[str, tuple[int, str, str]], tmp_path: Path) -> None:
    rows = _rows(people, changed=False)
    rows[3][5], rows[3][6] = date(2023, 1, 1), date(2022, 1, 1)  # expires before issued
    before = _census(db)
    result = import_file(db, "certificates", _sheet(tmp_path / "bad.xlsx", rows))
    assert not result.ok
    assert result.error_lines()[0].startswith("第 6 行 [有效期至]: ")
    assert _census(db) == before


def test_month_expiries_are_audited_as_the_form_saves_them(
        db: Database, people: dict[str, tuple[int, str, str]], tmp_path: Path) -> None:
    """有效期至 2027.06 is month precision (data/dates.py): the Core insert and update write
    the flag beside the date and audit it as the form's ORM save does."""
    _, card3, _ = people["张三"]
    first = [["张三", card3, None, "应急救援员证", "YJ-001", date(2023, 5, 1),
              MonthDate.last(2027, 6), None]]
    expected = _form_audit(db, people, first)
    sheet = _sheet(tmp_path / "month.xlsx", [[*first[0][:6], "2027.06", None]])
    assert _import_audit(db, sheet) == expected
    assert expected[0][3]["expiry_date_month"] == [None, True]
    with db.read() as s:
        cert = s.scalar(select(Certificate))
        assert cert is not None and isinstance(cert.expiry_date, MonthDate)
    # The same month given as its last day compares equal (as before, on values only): the
    # certificate is unchanged and keeps its month.
    again = [[*first[0][:6], date(2027, 6, 30), None]]
    assert _form_audit(db, people, again) == []
    assert _import_audit(db, _sheet(tmp_path / "day.xlsx", again)) == []
    with db.read() as s:
        cert = s.scalar(select(Certificate))
        assert cert is not None and isinstance(cert.expiry_date, MonthDate)
    # A later month: one update, its flag unchanged.
    later = [[*first[0][:6], MonthDate.last(2028, 6), None]]
    expected = _form_audit(db, people, later)
    assert [a[0] for a in expected] == ["update"]
    assert _import_audit(db, _sheet(tmp_path / "later.xlsx",
                                    [[*first[0][:6], "2028.06", None]])) == expected


def test_a_repeat_after_a_refused_row_is_still_named_and_chunks_write_nothing(
        db: Database, people: dict[str, tuple[int, str, str]], tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    """Chunks of two rows, written two changes at a time: a row refused in the first chunk
    stops the writing, a certificate added in the second is still found by the fourth (not
    in the database: the report names the repeat), and nothing is written."""
    monkeypatch.setattr("emergency_desk.io.certificates.CHUNK_ROWS", 2)
    monkeypatch.setattr(bulk, "CHUNK", 2)
    _, card3, _ = people["张三"]
    _, card5, _ = people["王五"]
    rows: list[list[Any]] = [
        ["张三", card3, None, "应急救援员证", "YJ-001", None, None, None],       # row 3
        ["张三", card3, None, "电工证", "DG-2", date(2023, 1, 1), date(2022, 1, 1), None],
        ["王五", card5, None, "潜水证", None, None, None, None],                # row 5
        ["王五", card5, None, "电工证", "DG-1", None, None, None],
        ["张三", card3, None, "急救员证", None, None, None, None],              # row 7
        ["王五", card5, None, "潜水证", None, None, None, "又一行"],            # row 8
    ]
    before = _census(db)
    result = import_file(db, "certificates", _sheet(tmp_path / "late.xlsx", rows))
    assert result.error_lines()[:2] == [
        "第 4 行 [有效期至]: 有效期至 2022-01-01 早于发证日期 2023-01-01",
        "第 8 行 [姓名]: 与第 5 行重复（同一记录出现两次）"]
    assert _census(db) == before
    # Without the refused row, the first chunks are written before a late refusal.
    rows[1][6] = None
    rows[5] = ["王五", card5, None, "电工证", "DG-3", date(2023, 1, 1), date(2022, 1, 1), None]
    result = import_file(db, "certificates", _sheet(tmp_path / "late2.xlsx", rows))
    assert result.error_lines()[0].startswith("第 8 行 [有效期至]: "), result.error_lines()
    assert _census(db) == before


def test_a_row_updates_the_first_of_two_stored_certificates_it_names(
        db: Database, people: dict[str, tuple[int, str, str]], tmp_path: Path) -> None:
    """Two certificates of one person whose names differ only in the brackets' width (the
    form allows it): a row naming either updates the first, as the row-by-row search did;
    the person's other certificates are read, not loaded whole."""
    pid, card3, _ = people["张三"]
    with db.begin() as s:
        first = save_certificate_in(s, CertificateInput(pid, "潜水证（初级）")).id
        second = save_certificate_in(s, CertificateInput(pid, "潜水证(初级)")).id
        for i in range(5):
            save_certificate_in(s, CertificateInput(pid, f"其他证{i}", f"QT-{i}"))
    result = import_file(db, "certificates", _sheet(tmp_path / "first.xlsx", [
        ["张三", card3, None, "潜水证(初级)", None, None, None, "复训"]]))
    assert (result.inserted, result.updated) == (0, 1), result.error_lines()
    with db.read() as s:
        remarks = dict(s.execute(select(Certificate.id, Certificate.remark).where(
            Certificate.id.in_([first, second]))).all())
    assert remarks == {first: "复训", second: None}


def test_a_chunk_finds_its_peoples_certificates_by_person_not_by_walking_the_register(
        db: Database, people: dict[str, tuple[int, str, str]], tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    """Each chunk reads the live certificates of its people. Asked "is_deleted IS 0",
    SQLite walked every live certificate through the is_deleted index once a chunk (a long
    file grew quadratically): the lookup must go through the person_id index."""
    monkeypatch.setattr("emergency_desk.io.certificates.CHUNK_ROWS", 2)
    rows = _rows(people, changed=False)
    assert import_file(db, "certificates", _sheet(tmp_path / "first.xlsx", rows)).ok
    with person_lookup_plans(db, "certificate") as plans:
        assert import_file(db, "certificates", _sheet(tmp_path / "again.xlsx", rows)).ok
    assert len(plans) == 2, plans  # one a chunk of two rows
    assert all("ix_certificate_person_id" in p for p in plans), plans
