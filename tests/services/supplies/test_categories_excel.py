"""The `categories` register: a fuller GB/T 38565 table loads into the editable category tree."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from openpyxl import Workbook, load_workbook

from emergency_desk.data.db import Database
from emergency_desk.io.exporter import export_register
from emergency_desk.io.importer import import_file
from emergency_desk.services.supplies.supplies import SuppliesService


def sheet(path: Path, rows: list[list[object]]) -> Path:
    wb = Workbook()
    ws = wb.active
    ws.append(["应急物资分类表（GB/T 38565-2020 摘录）"])  # a title row above the header
    ws.append(["分类编码", "名称", "备注"])
    for r in rows:
        ws.append(r)
    wb.save(path)
    return path


def codes(db: Database) -> dict[str, str]:
    return {code: name for _id, code, name, _level in SuppliesService(db).categories()}


def test_a_fuller_table_loads_parents_first_and_twice_changes_nothing(
        db: Database, tmp_path: Path) -> None:
    f = sheet(tmp_path / "cat.xlsx", [
        ["1010101", "帐篷", None], [101, "生活类", "以数字存储的编码"],  # child before parent
        ["10101", "住宿类", None], ["2", "应急装备及配套物资", None]])
    result = import_file(db, "categories", f)
    assert result.ok and result.inserted == 3, result.error_lines()
    got = codes(db)
    assert got["1"] == "基本生活保障物资" and got["101"] == "生活类"
    assert got["1010101"] == "帐篷" and got["2"] == "应急装备及配套物资"
    again = import_file(db, "categories", f)
    assert again.ok and again.inserted == 0 and again.updated == 0


def test_bad_codes_and_orphans_are_refused_by_row_and_nothing_is_written(
        db: Database, tmp_path: Path) -> None:
    f = sheet(tmp_path / "bad.xlsx", [["101", "生活类", None], ["1019", "四位编码", None],
                                      ["30501", "上级不存在", None], ["102", None, None]])
    result = import_file(db, "categories", f)
    assert not result.ok
    lines = "\n".join(result.error_lines())
    assert "第 4 行 [分类编码]" in lines and "第 5 行 [分类编码]" in lines
    assert "305" in lines and "第 6 行 [名称]" in lines
    assert "101" not in codes(db)


def test_export_round_trips(db: Database, tmp_path: Path) -> None:
    import_file(db, "categories", sheet(tmp_path / "in.xlsx", [["101", "生活类", "备注一"]]))
    out = tmp_path / "out.xlsx"
    assert export_register(db, "categories", out) >= 4
    ws = load_workbook(out).worksheets[0]
    header = [c.value for c in ws[1]]
    assert header[:3] == ["分类编码", "名称", "备注"]
    rows = {r[0]: r[1:] for r in ws.iter_rows(min_row=2, values_only=True)}
    assert rows["101"][:2] == ("生活类", "备注一")
    again = import_file(db, "categories", out)
    assert again.ok and again.inserted == 0 and again.updated == 0


def test_the_category_tree_dialog_imports_through_the_wizard(
        qtbot: Any, db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from emergency_desk.ui.supplies.category_dialog import CategoryDialog
    from emergency_desk.ui.widgets import import_wizard

    seen: list[str] = []

    def fake_exec(wizard: import_wizard.ImportWizard) -> int:
        seen.append(wizard.register)
        import_file(db, "categories", sheet(tmp_path / "c.xlsx", [["101", "生活类", None]]))
        wizard.committed = True
        return 1

    monkeypatch.setattr(import_wizard.ImportWizard, "exec", fake_exec)
    dialog = CategoryDialog(db)
    qtbot.addWidget(dialog)
    assert dialog.import_table()
    assert seen == ["categories"]
    items = [dialog.tree.topLevelItem(i) for i in range(dialog.tree.topLevelItemCount())]
    texts = [it.child(j).text(0) for it in items for j in range(it.childCount())]
    assert "101" in texts
