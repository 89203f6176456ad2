"""The first-start dialog: province → city → county (or search by name, pinyin initials,
code), one township or all, the office's name; the demo in its own file; asked once."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QMessageBox

from emergency_desk.data.db import Database
from emergency_desk.data.enums import RegionLevel
from emergency_desk.data.migrate import open_database
from emergency_desk.paths import demo_db_path
from emergency_desk.services.regions.county_setup import first_start_due
from emergency_desk.services.regions.regions import RegionQuery, RegionService
from emergency_desk.services.settings import SettingsService
from emergency_desk.ui import app as app_module
from emergency_desk.ui import first_start, main_window
from emergency_desk.ui.first_start import Choice, FirstStartDialog

pytestmark = pytest.mark.gui


@pytest.fixture(autouse=True)
def quiet(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    told: list[str] = []
    for name in ("information", "warning", "critical"):
        monkeypatch.setattr(QMessageBox, name, lambda _p, _t, text, *a: told.append(text))
    return told


def levels(db: Database) -> dict[RegionLevel, int]:
    out: dict[RegionLevel, int] = {}
    for r in RegionService(db).list(RegionQuery()):
        out[r.level] = out.get(r.level, 0) + 1
    return out


def test_search_by_pinyin_initials_and_build_the_county(qtbot: Any, db: Database,
                                                        quiet: list[str]) -> None:
    d = FirstStartDialog(db)
    qtbot.addWidget(d)
    assert not d.build_button.isEnabled()  # nothing chosen yet
    d.search.setText("flx")
    names = [d.counties.item(i).text().split()[0] for i in range(d.counties.count())]
    assert "浮梁县" in names
    d.select_county("360222")
    assert d.province.currentText() == "江西省" and d.city.currentText() == "景德镇市"
    assert d.office.text() == "浮梁县应急管理局"  # suggested until the clerk types
    assert d.township.count() == 19  # 全县 + 18 townships
    assert "2023-06-30" in d.note.text()
    d.office.setText("浮梁县应急管理局（盖章）")
    d.office.textEdited.emit(d.office.text())  # as typed: the suggestion no longer overwrites it
    d.township.setCurrentIndex(0)
    d.build_button.click()
    qtbot.waitUntil(lambda: d.choice == Choice.BUILT, timeout=60_000)
    got = levels(db)
    assert got[RegionLevel.TOWNSHIP] == 18
    assert got.get(RegionLevel.VILLAGE, 0) + got.get(RegionLevel.COMMUNITY, 0) == 197
    assert SettingsService(db).get("office_name") == "浮梁县应急管理局（盖章）"
    assert "197 个村" in quiet[-1]


def test_one_township_only(qtbot: Any, db: Database) -> None:
    d = FirstStartDialog(db)
    qtbot.addWidget(d)
    d.select_county("341023")
    d.township.setCurrentIndex(d.township.findData("341023103000"))
    assert d.office.text() == "西递镇人民政府"
    d.build_button.click()
    qtbot.waitUntil(lambda: d.choice == Choice.BUILT, timeout=60_000)
    paths = {r.path for r in RegionService(db).list(RegionQuery())}
    assert "黟县/西递镇/霭峰村" in paths
    assert not any(p.startswith("黟县/碧阳镇") for p in paths)


def test_the_window_asks_once_and_later_means_later(
        qtbot: Any, db_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    shown: list[bool] = []
    monkeypatch.setattr(FirstStartDialog, "exec", lambda self: shown.append(True) or 0)
    db = open_database(db_path)
    try:
        assert first_start_due(db)
        assert app_module.first_start(db) == "later"
        assert not first_start_due(db)
        assert app_module.first_start(db) == "done" and len(shown) == 1
        assert SettingsService(db).get("office_name") == ""  # a blank, never the demo office
    finally:
        db.dispose()


def test_the_demo_opens_in_its_own_file(qtbot: Any, db_path: Path,
                                        monkeypatch: pytest.MonkeyPatch) -> None:
    def choose_demo(self: FirstStartDialog) -> int:
        self.demo_button.click()
        return 1

    monkeypatch.setattr(FirstStartDialog, "exec", choose_demo)
    opened: list[Path] = []
    monkeypatch.setattr(main_window.MainWindow, "show_as_remembered",
                        lambda self: opened.append(self.db.path))
    monkeypatch.setattr(app_module.QApplication, "exec", lambda *_a: 0)
    assert app_module.run_gui(db_path) == 0
    demo = demo_db_path(db_path)
    assert opened == [demo] and demo.name == "office-demo.sqlite3"
    real = open_database(db_path)
    try:  # the office's own file stays empty and will ask again
        assert RegionService(real).count(RegionQuery()) == 0 and first_start_due(real)
    finally:
        real.dispose()
    shown = open_database(demo)
    try:
        assert SettingsService(shown).get("office_name") == "黟县应急管理局"
        assert levels(shown)[RegionLevel.TOWNSHIP] == 9  # 8 official + the hand-added zone
    finally:
        shown.dispose()
    assert first_start.FirstStartDialog is FirstStartDialog


def test_an_office_with_data_but_no_name_is_asked_for_the_name_once(
        qtbot: Any, db: Database, monkeypatch: pytest.MonkeyPatch) -> None:
    from PySide6.QtWidgets import QInputDialog

    from emergency_desk.services.regions.regions import RegionInput

    RegionService(db).create(RegionInput("祁门县", RegionLevel.COUNTY, code="341024000000"))
    asked: list[str] = []
    monkeypatch.setattr(QInputDialog, "getText",
                        lambda _p, title, _l: asked.append(title) or ("祁门县应急管理局", True))
    assert app_module.first_start(db) == "later"
    assert SettingsService(db).get("office_name") == "祁门县应急管理局"
    assert app_module.first_start(db) == "done" and asked == ["单位名称"]


def test_the_file_menu_builds_the_county_later(qtbot: Any, db: Database,
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    def build_yixian(self: FirstStartDialog) -> int:
        assert self.demo_button.isHidden()  # the demo is offered only on first start
        self.select_county("341023")
        self.build_button.click()
        qtbot.waitUntil(lambda: self.choice == Choice.BUILT, timeout=60_000)
        return 1

    monkeypatch.setattr(FirstStartDialog, "exec", build_yixian)
    window = main_window.MainWindow(db)
    qtbot.addWidget(window)
    assert window.setup_regions()
    assert window.windowTitle().startswith("黟县应急管理局")
    assert levels(window.db)[RegionLevel.TOWNSHIP] == 8
