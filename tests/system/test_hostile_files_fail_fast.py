"""Issue 20, deliverable 6: a huge or hostile file is refused from what its first rows and its
archive say, never after reading the whole sheet.

No timings here: each sheet is broken (unclosed XML) after its first rows, so a reader that
went past them would report a damaged file instead of the answer expected."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest
from openpyxl import Workbook

from emergency_desk.data.migrate import open_database
from emergency_desk.errors import EnvironmentProblem, InputRejected
from emergency_desk.io import limits
from emergency_desk.io.importer import import_file

_SHEET = "xl/worksheets/sheet1.xml"


def _with_sheet_xml(path: Path, body: bytes) -> None:
    """A real workbook (saved by openpyxl) whose first sheet's XML is replaced by `body`."""
    wb = Workbook()
    wb.save(path)
    with zipfile.ZipFile(path) as zf:
        parts = {n: zf.read(n) for n in zf.namelist()}
    parts[_SHEET] = body
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, data in parts.items():
            zf.writestr(name, data)


def _rows(n: int, cells: int) -> bytes:
    row = "".join(f"<c t=\"n\"><v>{c}</v></c>" for c in range(cells))
    return "".join(f"<row r=\"{r}\">{row}</row>" for r in range(1, n + 1)).encode()


_HEAD = (b'<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.'
         b'openxmlformats.org/spreadsheetml/2006/main">')


def test_no_header_in_a_sheet_without_dimension_is_answered_from_its_first_rows(
        tmp_path: Path, db_path: Path) -> None:
    # Numbers only, no <dimension>, and the XML broken after row 40: opening the workbook
    # must not parse the whole sheet looking for a dimension (openpyxl's own reader did).
    sheet = tmp_path / "numbers.xlsx"
    _with_sheet_xml(sheet, _HEAD + b"<sheetData>" + _rows(40, 30) + b"<row r=\"41\"><c")
    db = open_database(db_path)
    try:
        with pytest.raises(InputRejected, match="没有找到表头行"):
            import_file(db, "officers", sheet)
    finally:
        db.dispose()


def test_a_sheet_declaring_more_rows_than_the_cap_is_refused_before_reading(
        tmp_path: Path, db_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(limits, "MAX_ROWS", 50)
    sheet = tmp_path / "declared.xlsx"
    header = "".join(f"<c t=\"inlineStr\"><is><t>{h}</t></is></c>" for h in
                     ("区划代码", "名称", "层级", "上级"))
    _with_sheet_xml(sheet, _HEAD + b'<dimension ref="A1:D60"/><sheetData>'
                    + f"<row r=\"1\">{header}</row>".encode() + b"<row r=\"2\"><c")
    db = open_database(db_path)
    try:
        with pytest.raises(EnvironmentProblem, match="超过 50 行"):
            import_file(db, "regions", sheet)
    finally:
        db.dispose()


def test_a_file_packed_like_a_bomb_but_under_the_size_cap_says_which_limit(
        tmp_path: Path, db_path: Path) -> None:
    bomb = tmp_path / "repeated.xlsx"
    row = b"<row><c t=\"inlineStr\"><is><t>1</t></is></c></row>"
    _with_sheet_xml(bomb, _HEAD + b"<sheetData>" + row * (25 * 1024 * 1024 // len(row))
                    + b"</sheetData></worksheet>")
    db = open_database(db_path)
    try:
        with pytest.raises(EnvironmentProblem) as caught:
            import_file(db, "regions", bomb)
    finally:
        db.dispose()
    message = caught.value.message
    assert "压缩了" in message and f"{limits.MAX_RATIO} 倍" in message
    assert "300 MB" not in message  # it is not over the size cap: the ratio is the reason
