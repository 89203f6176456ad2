"""Issue 18, points 9 and 12: an import has limits. A file unpacking to 1 GB is refused within
seconds, at most a few hundred error lines are printed, rows and columns are capped, the header
search stops after 10 rows, a password-protected workbook gets a hint instead of 损坏."""

from __future__ import annotations

import time
import zipfile
import zlib
from pathlib import Path

import pytest
from openpyxl import Workbook

from emergency_desk import cli
from emergency_desk.errors import EnvironmentProblem, InputRejected
from emergency_desk.io import limits
from emergency_desk.io.reader import open_workbook

_SHELL = {
    "[Content_Types].xml": (
        '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/'
        'package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.'
        'openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType='
        '"application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.'
        'openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName='
        '"/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-'
        'officedocument.spreadsheetml.worksheet+xml"/></Types>'),
    "_rels/.rels": (
        '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.'
        'openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://'
        'schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" '
        'Target="xl/workbook.xml"/></Relationships>'),
    "xl/workbook.xml": (
        '<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.'
        'org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/'
        '2006/relationships"><sheets><sheet name="行政区划" sheetId="1" r:id="rId1"/></sheets>'
        '</workbook>'),
    "xl/_rels/workbook.xml.rels": (
        '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.'
        'openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://'
        'schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" '
        'Target="worksheets/sheet1.xml"/></Relationships>'),
}


def _bomb(path: Path, unpacked: int) -> None:
    """A real .xlsx whose one sheet repeats the same row until it unpacks to `unpacked`."""
    row = '<row><c t="inlineStr"><is><t>第1村</t></is></c></row>'.encode()
    chunk = row * (1024 * 1024 // len(row))
    head = (b'<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.'
            b'openxmlformats.org/spreadsheetml/2006/main"><sheetData>')
    tail = b"</sheetData></worksheet>"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, text in _SHELL.items():
            zf.writestr(name, text)
        with zf.open("xl/worksheets/sheet1.xml", "w", force_zip64=True) as fh:
            fh.write(head)
            for _ in range(unpacked // len(chunk)):
                fh.write(chunk)
            fh.write(tail)


@pytest.mark.slow
def test_a_file_unpacking_to_1_gb_is_refused_within_seconds(
        tmp_path: Path, db_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    bomb = tmp_path / "bomb.xlsx"
    _bomb(bomb, 1024 ** 3)
    packed = bomb.stat().st_size
    started = time.monotonic()
    code = cli.main(["--db", str(db_path), "import", "regions", str(bomb)])
    took = time.monotonic() - started
    out, err = capsys.readouterr()
    assert code == 3 and "超出导入的上限" in err
    assert len((out + err).splitlines()) <= 5
    assert took < 10, f"{took:.1f} s"
    with capsys.disabled():
        print(f"\n[import-limits] {packed / 1e6:.1f} MB file unpacking to 1 GB refused in "
              f"{took:.2f} s")


def _sheet(path: Path, rows: list[list[object]]) -> None:
    wb = Workbook()
    ws = wb.active
    assert ws is not None
    for r in rows:
        ws.append(r)
    wb.save(path)


HEADER = ["区划代码", "名称", "层级", "上级", "灾害多发频发", "人口"]


def test_at_most_200_errors_are_printed_with_how_many_more(
        tmp_path: Path, db_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    sheet = tmp_path / "bad.xlsx"
    _sheet(sheet, [HEADER] + [[None, f"村{i}", "星球", None, "也许", "很多"] for i in range(300)])
    code = cli.main(["--db", str(db_path), "import", "regions", str(sheet)])
    err = capsys.readouterr().err.splitlines()
    assert code == 1
    assert len(err) == limits.SHOWN_ERRORS + 2  # 200 errors, "…还有", the summary
    assert err[-2].startswith("…还有 ") and err[-2].endswith(" 处错误")
    assert "导入被拒绝" in err[-1]


def test_rows_beyond_the_cap_are_refused(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(limits, "MAX_ROWS", 50)
    sheet = tmp_path / "long.xlsx"
    _sheet(sheet, [HEADER] + [[None, f"村{i}", "村", None, "否", 1] for i in range(60)])
    with open_workbook(sheet) as wb, pytest.raises(EnvironmentProblem, match="超过 50 行"):
        list(wb.rows(wb.sheet_names[0]))


def test_columns_beyond_the_cap_are_not_read(tmp_path: Path) -> None:
    sheet = tmp_path / "wide.xlsx"
    wb = Workbook()
    ws = wb.active
    assert ws is not None
    ws.append(HEADER)
    ws.cell(row=2, column=2, value="古筑村")
    ws.cell(row=2, column=16000, value="远处")
    wb.save(sheet)
    with open_workbook(sheet) as book:
        widths = [len(cells) for _, cells in book.rows(book.sheet_names[0])]
    assert max(widths) <= limits.MAX_COLUMNS


def test_the_header_search_stops_after_10_rows(tmp_path: Path, db_path: Path) -> None:
    from emergency_desk.data.migrate import open_database
    from emergency_desk.io.importer import import_file

    sheet = tmp_path / "deep.xlsx"
    _sheet(sheet, [["说明"]] * 11 + [HEADER, [None, "古筑村", "村", None, "否", 1]])
    db = open_database(db_path)
    try:
        with pytest.raises(InputRejected):
            import_file(db, "regions", sheet)
    finally:
        db.dispose()


def test_a_password_protected_workbook_gets_a_hint(tmp_path: Path) -> None:
    # The start of an encrypted .xlsx: an OLE compound file whose directory names the
    # EncryptedPackage stream (MS-OFFCRYPTO).
    locked = tmp_path / "加密.xlsx"
    locked.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 1016
                       + "EncryptedInfo".encode("utf-16-le") + b"\0" * 100
                       + "EncryptedPackage".encode("utf-16-le") + b"\0" * 2000
                       + zlib.compress(b"x" * 5000))
    with pytest.raises(EnvironmentProblem, match="设置了打开密码"):
        open_workbook(locked)
