"""The 行政区划 page as a user drives it: add through the form, search, delete, print."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from gui_helpers import crash_dialog_fails_the_test, type_chinese, when_dialog_opens  # noqa: F401  (fixture)
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from emergency_desk.data.db import Database
from emergency_desk.data.enums import RegionLevel
from emergency_desk.services.audit_log import AuditService
from emergency_desk.services.regions.regions import RegionInput, RegionQuery, RegionService
from emergency_desk.ui.regions.page import RegionsPage
from emergency_desk.ui.widgets import register_page
from emergency_desk.ui.widgets.form_dialog import FormDialog
from emergency_desk.ui.widgets.table_model import TINT_ORANGE

pytestmark = pytest.mark.gui


@pytest.fixture
def county(db: Database) -> dict[str, int]:
    svc = RegionService(db)
    ids = {"黟县": svc.create(RegionInput("黟县", RegionLevel.COUNTY, code="341023000000"))}
    ids["碧阳镇"] = svc.create(RegionInput("碧阳镇", RegionLevel.TOWNSHIP, ids["黟县"],
                                          code="341023100000"))
    ids["宏村镇"] = svc.create(RegionInput("宏村镇", RegionLevel.TOWNSHIP, ids["黟县"],
                                          code="341023101000"))
    for i, name in enumerate(["南屏村", "关麓村", "碧山村"]):
        ids[name] = svc.create(RegionInput(name, RegionLevel.VILLAGE, ids["碧阳镇"],
                                           code=f"341023100{200 + i}"))
    ids["宏村"] = svc.create(RegionInput("宏村", RegionLevel.VILLAGE, ids["宏村镇"],
                                        code="341023101200", is_disaster_prone=True))
    return ids


@pytest.fixture
def page(qtbot: Any, db: Database, county: dict[str, int]) -> RegionsPage:
    p = RegionsPage(db)
    qtbot.addWidget(p)
    p.resize(1280, 800)
    p.show()
    return p


def names(page: RegionsPage) -> list[str]:
    assert page.model is not None
    page.model.fetch_all()
    return sorted(page.model.row_at(i).name for i in range(page.model.rowCount()))


def test_add_region_validates_as_you_type_and_keeps_input_on_refusal(
        qtbot: Any, page: RegionsPage, db: Database, county: dict[str, int]) -> None:
    seen: dict[str, Any] = {}

    def fill(d: FormDialog) -> None:
        # The new region defaults to a village under the township chosen in the tree.
        assert d.value("层级") == RegionLevel.VILLAGE and d.value("上级") == county["碧阳镇"]
        type_chinese(d.widget("名称"), "古筑村")
        qtbot.keyClicks(d.widget("区划代码"), "34102310020")  # 11 digits
        seen["short"] = d.error_text("区划代码")
        seen["ok_while_bad"] = d.ok_button.isEnabled()
        # A code already used by 南屏村 passes the format check but the service refuses it.
        d.widget("区划代码").clear()
        qtbot.keyClicks(d.widget("区划代码"), "341023100200")
        assert d.ok_button.isEnabled()
        qtbot.mouseClick(d.ok_button, Qt.MouseButton.LeftButton)
        seen["still_open"] = d.isVisible()
        seen["clash"] = d.error_text("区划代码")
        seen["name_kept"] = d.value("名称")
        d.widget("区划代码").clear()
        qtbot.keyClicks(d.widget("区划代码"), "341023100205")
        seen["fixed"] = d.error_text("区划代码")
        qtbot.mouseClick(d.ok_button, Qt.MouseButton.LeftButton)

    page.tree.setCurrentItem(page._find_item(county["碧阳镇"]))
    problems = when_dialog_opens(fill)
    changed: list[bool] = []
    page.changed.connect(lambda: changed.append(True))
    page.add_region()
    assert not problems, problems
    assert "12 位" in seen["short"] and "11 位" in seen["short"]
    assert seen["ok_while_bad"] is False
    assert seen["still_open"] and "南屏村" in seen["clash"] and seen["name_kept"] == "古筑村"
    assert seen["fixed"] == ""
    assert "古筑村" in names(page) and changed
    row = page.current_row()
    assert row is not None and row.name == "古筑村" and row.code == "341023100205"
    audit = AuditService(db).list(table="region")
    assert any(a.action == "insert" and "古筑村" in a.summary for a in audit)


def test_search_by_pinyin_initials_narrows_the_table(qtbot: Any, page: RegionsPage) -> None:
    assert len(names(page)) == 7
    qtbot.keyClicks(page.search, "nanp")
    qtbot.waitUntil(lambda: names(page) == ["南屏村"])
    page.search.clear()
    qtbot.keyClicks(page.search, "gl")  # 关麓村 by its initials
    qtbot.waitUntil(lambda: names(page) == ["关麓村"])
    assert page.status.text().startswith("共 1 条")


def test_tree_and_filters_limit_the_table(page: RegionsPage, county: dict[str, int]) -> None:
    page.tree.setCurrentItem(page._find_item(county["宏村镇"]))
    assert names(page) == ["宏村", "宏村镇"]
    page.tree.setCurrentItem(page.tree.topLevelItem(0))
    page.prone_filter.setChecked(True)
    assert names(page) == ["宏村"]
    page.prone_filter.setChecked(False)
    page.level_filter.setCurrentIndex(page.level_filter.findText("乡镇"))
    assert names(page) == ["宏村镇", "碧阳镇"]
    page.township_filter.setCurrentIndex(page.township_filter.findText("碧阳镇"))
    assert page.selected_region_id() == county["碧阳镇"]
    assert names(page) == ["碧阳镇"]


def test_select_record_clears_filters_and_selects_the_row(
        page: RegionsPage, county: dict[str, int]) -> None:
    page.search.setText("宏村")
    page.apply_filters()
    assert page.select_record(county["碧山村"])
    assert page.search.text() == ""
    assert page.current_row().name == "碧山村"
    assert page.selected_region_id() == county["碧阳镇"]


def test_delete_refused_for_township_with_villages_says_why(
        page: RegionsPage, county: dict[str, int], monkeypatch: pytest.MonkeyPatch) -> None:
    shown: list[str] = []
    monkeypatch.setattr(register_page, "confirm", lambda *a: True)
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *a: shown.append(text))
    assert page.select_key(county["碧阳镇"])
    page.delete_selected()
    assert shown and "3 个下级区划" in shown[0] and "不能删除" in shown[0]
    assert "碧阳镇" in names(page)
    # A village without references goes (to the recycle bin).
    assert page.select_key(county["碧山村"])
    page.delete_selected()
    assert "碧山村" not in names(page)
    assert RegionService(page.db).count(RegionQuery(include_deleted=True)) == 7


def test_mark_disaster_prone_on_selection(page: RegionsPage, county: dict[str, int]) -> None:
    page.select_key(county["南屏村"])
    page.mark_prone(True)
    assert page.wait_loaded()  # after an edit the R rules' tints are read again in a worker
    assert RegionService(page.db).get(county["南屏村"]).is_disaster_prone
    page.prone_filter.setChecked(True)
    assert names(page) == ["南屏村", "宏村"]
    # Marked prone without 主要灾种: rule R1 colours the row and its tooltip says why.
    i = page.model.find_row(county["南屏村"])
    brush = page.model.data(page.model.index(i, 1), Qt.ItemDataRole.BackgroundRole)
    assert brush is not None and brush.color() == TINT_ORANGE
    tip = page.model.data(page.model.index(i, 1), Qt.ItemDataRole.ToolTipRole)
    assert "主要灾种" in tip


def test_move_village_to_another_township(page: RegionsPage, county: dict[str, int],
                                          monkeypatch: pytest.MonkeyPatch) -> None:
    offered: list[list[str]] = []

    def pick(_parent: Any, _title: str, _label: str, items: list[str]) -> str:
        offered.append(items)
        return "黟县/宏村镇"

    monkeypatch.setattr(register_page, "choose", pick)
    page.select_key(county["南屏村"])
    page.move_selected()
    assert offered == [["黟县/宏村镇", "黟县/碧阳镇"]]  # only townships can hold a village
    assert RegionService(page.db).get(county["南屏村"]).path == "黟县/宏村镇/南屏村"
    page.tree.setCurrentItem(page._find_item(county["宏村镇"]))
    assert names(page) == ["南屏村", "宏村", "宏村镇"]


def test_print_writes_pdf_and_opens_it(page: RegionsPage, tmp_path: Path,
                                       monkeypatch: pytest.MonkeyPatch) -> None:
    opened: list[Path] = []
    monkeypatch.setattr(register_page, "documents_dir", lambda: tmp_path)
    monkeypatch.setattr(register_page, "open_file", lambda p: opened.append(Path(p)))
    task = page.print_report()
    assert task.wait()
    assert task.error is None, task.error
    assert len(opened) == 1 and opened[0].suffix == ".pdf"
    assert opened[0].read_bytes()[:5] == b"%PDF-"


def test_export_writes_the_register(page: RegionsPage, tmp_path: Path,
                                    monkeypatch: pytest.MonkeyPatch) -> None:
    import openpyxl

    out = tmp_path / "regions.xlsx"
    told: list[str] = []
    monkeypatch.setattr(register_page, "ask_save_path", lambda *a: out)
    monkeypatch.setattr(register_page, "inform", lambda _p, _t, text: told.append(text))
    task = page.export_file()
    assert task is not None and task.wait() and task.error is None
    ws = openpyxl.load_workbook(out).active
    cells = [c for row in ws.iter_rows(values_only=True) for c in row]
    assert "区划代码" in cells and "南屏村" in cells
    assert told and "7" in told[0]
