"""Fix in place (issue 13 point 5): rejected rows come back with their cells and messages,
corrections laid over the file are what the importer reads, and `--errors-out` saves the
rejected rows under the original header with a 错误说明 column (exit 1, database unchanged)."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest
from excel_helpers import COUNTY, HEADER, TOWN, VILLAGE, MakeXlsx, snapshot

from emergency_desk.cli import main
from emergency_desk.data.db import Database
from emergency_desk.data.migrate import open_database
from emergency_desk.io.importer import import_file
from emergency_desk.io.rejected import ERRORS_COLUMN

BAD_LEVEL = ["341023100202", "南屏村", "村庄", "碧阳镇", "否", 900, None, None]
BAD_PEOPLE = ["341023100203", "关麓村", "村", "碧阳镇", "也许", "很多", None, None]


def sheet(make_xlsx: MakeXlsx) -> Path:
    """A title row above the header, good rows and two bad ones (rows 5 and 7)."""
    return make_xlsx([["碧阳镇行政区划表"], HEADER, COUNTY, TOWN, BAD_LEVEL, VILLAGE,
                      BAD_PEOPLE], name="regions.xlsx")


def test_rejected_rows_carry_their_cells_and_messages(db: Database,
                                                      make_xlsx: MakeXlsx) -> None:
    result = import_file(db, "regions", sheet(make_xlsx), dry_run=True)
    assert [r.row for r in result.rejected] == [5, 7]
    first, second = result.rejected
    assert first.cells[:3] == BAD_LEVEL[:3]
    assert [e.column for e in first.errors] == ["层级"]
    assert first.bad_cells(result.headers[first.sheet]) == {2}
    assert [e.column for e in second.errors] == ["灾害多发频发", "人口"]
    assert result.headers[first.sheet] == HEADER


def test_corrections_over_the_file_let_it_import(db: Database, make_xlsx: MakeXlsx) -> None:
    path = sheet(make_xlsx)
    before = snapshot(db)
    # Only one of the two rows fixed: still all or nothing.
    half = import_file(db, "regions", path, overrides={("Sheet1", 5): {2: "村"}})
    assert [r.row for r in half.rejected] == [7] and snapshot(db) == before
    fixed = import_file(db, "regions", path, overrides={("Sheet1", 5): {2: "村"},
                                                        ("Sheet1", 7): {4: "否", 5: ""}})
    assert fixed.error_lines() == [] and fixed.inserted == 5  # good and corrected rows
    assert openpyxl.load_workbook(path).active["C5"].value == "村庄"  # the file is untouched


def test_errors_out_workbook_and_reimport(db_path: Path, make_xlsx: MakeXlsx, tmp_path: Path,
                                          capsys: pytest.CaptureFixture[str]) -> None:
    path = sheet(make_xlsx)
    out = tmp_path / "被拒绝的行.xlsx"
    code = main(["--db", str(db_path), "import", "regions", str(path), "--errors-out", str(out)])
    err = capsys.readouterr().err
    assert code == 1
    assert "第 5 行 [层级]" in err and str(out) in err
    db = open_database(db_path)
    try:
        assert snapshot(db)[0] == 0  # nothing written
    finally:
        db.dispose()
    ws = openpyxl.load_workbook(out).active
    rows = [list(r) for r in ws.iter_rows(values_only=True)]
    assert rows[0] == [*HEADER, ERRORS_COLUMN]
    assert [r[:8] for r in rows[1:]] == [BAD_LEVEL, BAD_PEOPLE]
    assert rows[1][8].startswith("原第 5 行") and "[层级]" in rows[1][8]
    assert "[灾害多发频发]" in rows[2][8] and "[人口]" in rows[2][8]

    # The clerk fixes the two rows in the saved workbook: it imports, 错误说明 ignored.
    wb = openpyxl.load_workbook(out)
    fixed = wb.active
    fixed["C2"], fixed["E3"], fixed["F3"] = "村", "否", None
    wb.save(out)
    assert main(["--db", str(db_path), "import", "regions", str(path), "--dry-run"]) == 1
    good = make_xlsx([HEADER, COUNTY, TOWN, VILLAGE], name="good.xlsx")
    assert main(["--db", str(db_path), "import", "regions", str(good)]) == 0
    assert main(["--db", str(db_path), "import", "regions", str(out)]) == 0
    assert "新增 2 条" in capsys.readouterr().out


def test_errors_out_cannot_overwrite_the_source(db_path: Path, make_xlsx: MakeXlsx) -> None:
    path = sheet(make_xlsx)
    assert main(["--db", str(db_path), "import", "regions", str(path),
                 "--errors-out", str(path)]) == 2
    assert openpyxl.load_workbook(path).active["C5"].value == "村庄"
