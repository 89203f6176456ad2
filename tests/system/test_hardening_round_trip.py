"""Issue 18, point 2: every register's own export imports back into the demo county with no
change at all (names are matched on one normal form: full/half-width brackets, spaces)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from emergency_desk.data.migrate import open_database
from emergency_desk.io.exporter import export_register
from emergency_desk.io.importer import import_file
from emergency_desk.io.privacy import Privacy
from emergency_desk.io.registers import REGISTERS
from emergency_desk.services.demo.county import build_demo


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("demo") / "demo.sqlite3"
    db = open_database(path)
    try:
        build_demo(db)
    finally:
        db.dispose()
    return path


@pytest.mark.parametrize("register", sorted(REGISTERS))
def test_the_demo_round_trips_with_no_change(register: str, demo_file: Path,
                                             tmp_path: Path) -> None:
    path = tmp_path / "office.sqlite3"
    shutil.copyfile(demo_file, path)
    db = open_database(path)
    try:
        sheet = tmp_path / f"{register}.xlsx"
        n = export_register(db, register, sheet, privacy=Privacy.FULL_ID)
        result = import_file(db, register, sheet)
        assert result.ok, result.error_lines()[:5]
        assert (result.inserted, result.updated) == (0, 0), result.summary()
        # (a record may span several rows, e.g. an agreement's lines)
        assert result.unchanged > 0 or n == 0
    finally:
        db.dispose()


# Columns that name a record or the record it belongs to, as an office rewrites them by hand.
NAME_HEADERS = {"名称", "仓库名称", "仓库", "物资名称", "队伍名称", "所属队伍", "预案名称",
                "关联预案", "演练名称", "培训名称", "所属区划", "上级", "乡镇", "村(社区)",
                "场所名称", "隐患点名称", "单位名称", "协议单位", "姓名", "单位", "签订单位",
                "标题", "发生地", "装备名称"}


def _retyped(text: str) -> str:
    """A name as a clerk retypes it: half-width brackets with a space before them, a
    full-width space between a two-character person name's characters, padding around."""
    out = text.replace("（", "(").replace("）", ")").replace("(", " (")
    if len(out) == 2 and all("\u4e00" <= c <= "\u9fff" for c in out):
        out = out[0] + "\u3000" + out[1]  # 王　伟: how rosters line up two-character names
    elif len(out) >= 4 and "/" not in out:
        out = out[:2] + " " + out[2:]  # 黟县 应急管理局
    return " " + out + " "


def _retype_names(sheet: Path) -> int:
    from openpyxl import load_workbook

    wb = load_workbook(sheet)
    changed = 0
    for ws in wb.worksheets:
        header = [c.value for c in ws[1]]
        cols = [i for i, h in enumerate(header) if isinstance(h, str) and h in NAME_HEADERS]
        for row in ws.iter_rows(min_row=2):
            for i in cols:
                cell = row[i]
                if isinstance(cell.value, str) and cell.value.strip():
                    cell.value = _retyped(cell.value)
                    changed += 1
    wb.save(sheet)
    return changed


@pytest.mark.parametrize("register", sorted(REGISTERS))
def test_the_demo_round_trips_after_names_are_retyped(register: str, demo_file: Path,
                                                      tmp_path: Path) -> None:
    """Issue 18, point 2 / issue 13: names matched on one normal form in every importer."""
    path = tmp_path / "office.sqlite3"
    shutil.copyfile(demo_file, path)
    db = open_database(path)
    try:
        sheet = tmp_path / f"{register}.xlsx"
        export_register(db, register, sheet, privacy=Privacy.FULL_ID)
        retyped = _retype_names(sheet)
        result = import_file(db, register, sheet)
        assert result.ok, result.error_lines()[:5]
        assert (result.inserted, result.updated) == (0, 0), result.summary()
        assert retyped > 0 or result.total == 0  # the sheet has a name column to retype
    finally:
        db.dispose()
