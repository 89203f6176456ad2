"""Fuzzed files never crash the importer, for every register: random cell types, huge strings,
control characters, merged cells, thousands of columns, empty sheets, and files that are not
what their name says. Each gives row errors or one plain file error; a refused file writes
nothing. The figures are printed like the crash-safety test's."""

from __future__ import annotations

import sqlite3
import zipfile
from collections import Counter
from datetime import date, datetime
from pathlib import Path

import openpyxl
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from emergency_desk.data.db import Database
from emergency_desk.errors import KnownError
from emergency_desk.io.importer import import_file
from emergency_desk.io.registers import REGISTERS

CONTROL = "".join(chr(c) for c in range(32) if chr(c) not in "\t\n\r")
CELL = st.one_of(
    st.none(), st.text(max_size=20), st.text(min_size=3000, max_size=40000),
    st.text(alphabet=st.sampled_from(CONTROL + "=+-@%_'\\中文"), max_size=30),
    st.integers(min_value=-10**20, max_value=10**20),
    st.floats(allow_nan=True, allow_infinity=True), st.booleans(),
    st.dates(min_value=date(1, 1, 1), max_value=date(9999, 12, 31)),
    st.datetimes(min_value=datetime(1900, 1, 1), max_value=datetime(9999, 1, 1)))


@st.composite
def sheets(draw: st.DrawFn) -> dict[str, object]:
    register = draw(st.sampled_from(sorted(REGISTERS)))
    header = [c.name for c in REGISTERS[register].columns]
    # Mostly the real header (in any order) so that rows are read; sometimes junk headers.
    header = draw(st.one_of(st.permutations(header), st.permutations(header),
                            st.lists(st.sampled_from([*header, "无关列", ""]),
                                     max_size=len(header) + 2)))
    width = draw(st.sampled_from([3, len(header), 5000]))
    rows = draw(st.lists(st.lists(CELL, max_size=min(width, 12)), max_size=6))
    return {"register": register, "header": header, "rows": rows, "width": width,
            "merge": draw(st.booleans()), "empty": draw(st.integers(0, 9)) == 0}


def _put(ws: object, r: int, c: int, value: object) -> None:
    cell = ws.cell(row=r, column=c)  # type: ignore[attr-defined]
    if isinstance(value, str) and any(ch in CONTROL for ch in value):
        cell._value, cell.data_type = value, "s"  # what openpyxl refuses, a broken file holds
    else:
        try:
            cell.value = value
        except (ValueError, TypeError):
            cell.value = str(value)


def write(case: dict[str, object], path: Path) -> None:
    wb = openpyxl.Workbook()
    ws = wb.active
    assert ws is not None
    if not case["empty"]:
        for c, name in enumerate(case["header"], 1):  # type: ignore[arg-type]
            ws.cell(row=1, column=c, value=name or None)
        for r, row in enumerate(case["rows"], 2):  # type: ignore[arg-type]
            for c, value in enumerate(row, 1):
                _put(ws, r, c, value)
        if case["width"] == 5000:
            _put(ws, 2, 5000, "最后一列")
        if case["merge"]:
            ws.merge_cells("A1:C3")
    wb.save(path)


def row_count(db: Database) -> int:
    con = sqlite3.connect(db.path)
    try:
        tables = [r[0] for r in con.execute(
            "SELECT name FROM sqlite_master WHERE type='table' AND name != 'audit_log'")]
        return sum(con.execute(f'SELECT count(*) FROM "{t}"').fetchone()[0] for t in tables)
    finally:
        con.close()


def outcome(db: Database, register: str, path: Path) -> str:
    before = row_count(db)
    try:
        result = import_file(db, register, path)
    except KnownError as exc:
        assert exc.message and "Traceback" not in exc.message
        assert row_count(db) == before
        return "file error"
    if result.errors:
        for e in result.errors:
            assert e.row >= 1 and e.column and e.reason
        assert row_count(db) == before
        return "row errors"
    return "imported"


def test_fuzzed_sheets_never_crash_the_importer(db: Database, tmp_path: Path,
                                                capsys: pytest.CaptureFixture[str]) -> None:
    seen: Counter[str] = Counter()

    @settings(max_examples=60, deadline=None, database=None,
              suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
    @given(case=sheets())
    def one(case: dict[str, object]) -> None:
        path = tmp_path / "fuzz.xlsx"
        write(case, path)
        seen[outcome(db, str(case["register"]), path)] += 1

    one()
    with capsys.disabled():  # the figures belong in the CI log
        print(f"\n[fuzz] {sum(seen.values())} generated sheets over {len(REGISTERS)} "
              "registers: " + ", ".join(f"{k} {v}" for k, v in sorted(seen.items()))
              + "; 0 crashes.")
    assert sum(seen.values()) >= 30


def _zip(path: Path, members: dict[str, bytes]) -> None:
    with zipfile.ZipFile(path, "w") as z:
        for name, data in members.items():
            z.writestr(name, data)


BAD_FILES: dict[str, bytes | None] = {
    "csv-renamed.xlsx": "姓名,身份证号\n张三,341023199001011234\n".encode("gbk"),
    "csv-really.xls": "区划代码,名称\n341023000000,黟县\n".encode(),
    "pdf-renamed.xlsx": b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj<<>>endobj\n",
    "empty.xlsx": b"",
    "random.xlsx": bytes(range(256)) * 20,
    "html-as.xls": "<html><table><tr><td>名称</td></tr></table></html>".encode(),
    "ole-header-only.xls": b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 600,
    "zip-not-excel.xlsx": None,  # a zip archive without a workbook
    "truncated.xlsx": None,  # a real workbook cut in half
    "docx-renamed.xlsx": None,
}


@pytest.mark.parametrize("name", list(BAD_FILES))
def test_files_that_are_not_what_they_say_are_a_plain_file_error(
        db: Database, tmp_path: Path, name: str) -> None:
    path = tmp_path / name
    data = BAD_FILES[name]
    if name == "zip-not-excel.xlsx":
        _zip(path, {"readme.txt": b"hello"})
    elif name == "docx-renamed.xlsx":
        _zip(path, {"[Content_Types].xml": b"<Types/>", "word/document.xml": b"<w:document/>"})
    elif name == "truncated.xlsx":
        full = tmp_path / "full.xlsx"
        wb = openpyxl.Workbook()
        wb.active.append(["区划代码", "名称", "层级"])  # type: ignore[union-attr]
        wb.save(full)
        path.write_bytes(full.read_bytes()[: len(full.read_bytes()) // 2])
    else:
        assert data is not None
        path.write_bytes(data)
    for register in REGISTERS:
        assert outcome(db, register, path) == "file error", (name, register)


def test_an_empty_workbook_is_a_plain_error(db: Database, tmp_path: Path) -> None:
    path = tmp_path / "empty-sheet.xlsx"
    openpyxl.Workbook().save(path)
    for register in REGISTERS:
        assert outcome(db, register, path) in ("file error", "imported")
