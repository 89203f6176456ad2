"""Export, template and round trip: what we write imports back to the same rows, and never
carries a live formula."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest
from excel_helpers import COUNTY, HEADER, TOWN, VILLAGE, MakeXlsx

from emergency_desk.data.db import Database
from emergency_desk.data.enums import RegionLevel
from emergency_desk.data.migrate import open_database
from emergency_desk.errors import EnvironmentProblem
from emergency_desk.io.exporter import export_register, needs_text_guard
from emergency_desk.io.importer import import_file
from emergency_desk.io.template import GUIDE_SHEET, write_template
from emergency_desk.services.regions.regions import RegionInput, RegionService


def _rows(path: Path) -> list[tuple[object, ...]]:
    ws = openpyxl.load_workbook(path).worksheets[0]
    return [tuple(r) for r in ws.iter_rows(values_only=True)]


def test_export_import_round_trip_into_a_fresh_database(
        db: Database, tmp_path: Path, make_xlsx: MakeXlsx) -> None:
    rows = [HEADER, COUNTY, TOWN, VILLAGE,
            ["341024000000", "祁门县", "县", None, "否", None, None, None],
            [None, "城关镇", "乡镇", "黟县", "否", None, None, "两个县都有城关镇"],
            [None, "城关镇", "乡镇", "祁门县", "否", None, None, None],
            [None, "东街社区", "社区", "祁门县/城关镇", "是", 3000, None, "多行\n备注"]]
    assert import_file(db, "regions", make_xlsx(rows)).ok
    first = tmp_path / "first.xlsx"
    assert export_register(db, "regions", first) == 7
    out = _rows(first)
    assert out[0] == tuple(HEADER)
    assert ("341023100201", "古筑村", "村", "碧阳镇", "是", 1200, "洪涝、地质灾害", "沿河") in out
    assert (None, "东街社区", "社区", "祁门县/城关镇", "是", 3000, None, "多行\n备注") in out

    fresh = open_database(tmp_path / "fresh.sqlite3")
    try:
        result = import_file(fresh, "regions", first)
        assert result.ok and result.inserted == 7, result.error_lines()
        second = tmp_path / "second.xlsx"
        export_register(fresh, "regions", second)
        assert _rows(second) == out
    finally:
        fresh.dispose()


def test_export_sheet_has_bold_frozen_header_and_widths(db: Database, tmp_path: Path) -> None:
    path = tmp_path / "out.xlsx"
    export_register(db, "regions", path)
    ws = openpyxl.load_workbook(path).worksheets[0]
    assert ws.freeze_panes == "A2"
    assert ws["A1"].font.b and ws["A1"].value == "区划代码"
    assert ws.column_dimensions["A"].width >= 14


def test_formula_like_text_is_exported_as_text(db: Database, tmp_path: Path) -> None:
    payloads = ['=HYPERLINK("http://evil","点我")', "+1+1", "-2+3", "@SUM(A1:A2)",
                "=1+1", "=cmd|' /C calc'!A0"]
    svc = RegionService(db)
    county = svc.create(RegionInput(name=payloads[0], level=RegionLevel.COUNTY,
                                    remark=payloads[1], main_hazards=payloads[3]))
    svc.create(RegionInput(name=payloads[2], level=RegionLevel.TOWNSHIP, parent_id=county,
                           remark=payloads[5], main_hazards=payloads[4]))
    path = tmp_path / "out.xlsx"
    export_register(db, "regions", path)
    ws = openpyxl.load_workbook(path).worksheets[0]
    seen = {}
    for row in ws.iter_rows(min_row=2):
        for cell in row:
            if isinstance(cell.value, str) and cell.value in payloads:
                assert cell.data_type == "s", (cell.coordinate, cell.value)
                seen[cell.value] = cell
    assert set(seen) == set(payloads)
    # and in the file itself: no <f> formula element anywhere
    import zipfile

    xml = zipfile.ZipFile(path).read("xl/worksheets/sheet1.xml").decode()
    assert "<f>" not in xml and "<f " not in xml
    assert import_file(db, "regions", path).unchanged == 2  # and they import back unchanged
    assert needs_text_guard("\t=1+1") and needs_text_guard("\r=1") and not needs_text_guard("a=1")


def test_template_has_header_dropdowns_notes_and_guide(tmp_path: Path) -> None:
    path = tmp_path / "模板.xlsx"
    write_template("regions", path)
    wb = openpyxl.load_workbook(path)
    ws = wb.worksheets[0]
    assert [c.value for c in ws[1]] == HEADER
    assert ws.max_row == 1  # empty: only the header
    lists = {str(dv.sqref).split(":")[0]: dv.formula1 for dv in ws.data_validations.dataValidation}
    assert lists["C2"] == '"县,乡镇,村,社区"' and lists["E2"] == '"是,否"'
    assert all(ws.cell(row=1, column=i).comment is not None for i in range(1, 9))
    assert "必填" in ws["B1"].comment.text and "12 位" in ws["A1"].comment.text
    guide = wb[GUIDE_SHEET]
    text = "\n".join(str(c.value) for row in guide.iter_rows() for c in row if c.value)
    for name in HEADER:
        assert name in text
    assert "区划代码；没有区划代码时按 上级+名称" in text


def test_template_imports_as_an_empty_file(db: Database, tmp_path: Path) -> None:
    path = tmp_path / "t.xlsx"
    write_template("regions", path)
    result = import_file(db, "regions", path)
    assert result.ok and result.total == 0 and result.sheets == ["行政区划"]


def test_unwritable_export_path_is_an_environment_problem(db: Database, tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("x")
    with pytest.raises(EnvironmentProblem, match="无法写入"):
        export_register(db, "regions", blocker / "sub" / "out.xlsx")
