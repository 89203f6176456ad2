"""The main window as a user drives it: navigation, the work list, settings, recycle bin, audit
log, reports, backup and restore — on the demo county."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QLineEdit, QMessageBox, QSpinBox

from emergency_desk import i18n
from emergency_desk.data.db import Database
from emergency_desk.data.enums import RegionLevel
from emergency_desk.services.audit_log import AuditService
from emergency_desk.services.checks import Severity, run_checks
from emergency_desk.services.demo.county import build_demo
from emergency_desk.services.regions.regions import RegionInput, RegionQuery, RegionService
from emergency_desk.services.settings import SettingsService
from emergency_desk.ui import crash, translator
from emergency_desk.ui.main_window import MainWindow
from emergency_desk.ui.navigation import PAGES
from emergency_desk.ui.pages.dashboard_page import DashboardPage
from emergency_desk.ui.widgets import register_page

pytestmark = pytest.mark.gui


@pytest.fixture(autouse=True)
def no_modal_dialogs(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """A bug shown to the user fails the test; plain messages are collected."""
    def fail(dialog: crash.CrashDialog) -> int:
        raise AssertionError(dialog.details.toPlainText())

    told: list[str] = []
    monkeypatch.setattr(crash.CrashDialog, "exec", fail)
    monkeypatch.setattr(register_page, "inform", lambda _p, _t, text: told.append(text))
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text: told.append(text))
    return told


def new_village(db: Database, name: str = "新建村") -> int:
    """A village nothing refers to yet, so that it can be deleted."""
    svc = RegionService(db)
    town = svc.townships()[0]
    return svc.create(RegionInput(name, RegionLevel.VILLAGE, town.id))


@pytest.fixture
def window(qtbot: Any, db: Database) -> MainWindow:
    build_demo(db)
    w = MainWindow(db)
    qtbot.addWidget(w)
    w.show()
    w.show_page("dashboard")
    assert w.pages["dashboard"].wait_loaded()  # the checks run in a worker
    return w


def test_every_navigation_entry_opens_its_page(window: MainWindow) -> None:
    titles = [window.nav.item(i).text() for i in range(window.nav.count())]
    assert titles[:2] == ["工作台", "行政区划"] and "设置" in titles and "报表" in titles
    for row, entry in enumerate(PAGES):
        window.nav.setCurrentRow(row)
        assert window.stack.currentWidget() is window.pages[entry.key]
        assert window.stack.currentWidget().isVisible()
    assert "黟县应急管理局" in window.windowTitle()


def test_dashboard_counts_match_the_checks_and_cards_filter_the_list(window: MainWindow) -> None:
    dash = window.pages["dashboard"]
    assert isinstance(dash, DashboardPage)
    alerts = run_checks(window.db)
    assert alerts, "the demo county must show something to do"
    assert dash.model.total_count() == len(alerts)
    reds = sum(1 for a in alerts if a.severity == Severity.RED)
    assert dash.cards[""].numbers[0] == reds
    dash.choose_register("regions")
    shown = [dash.model.row_at(i) for i in range(dash.model.rowCount())]
    assert shown and all(r.register == "regions" for r in shown)
    dash.severity.setCurrentIndex(dash.severity.findData(Severity.INFO))
    assert all(dash.model.row_at(i).alert.severity == Severity.INFO
               for i in range(dash.model.rowCount()))
    dash.choose_register("")
    dash.severity.setCurrentIndex(0)
    assert dash.model.total_count() == len(alerts)


def test_double_clicking_an_alert_opens_its_record(qtbot: Any, window: MainWindow) -> None:
    dash = window.pages["dashboard"]
    dash.choose_register("regions")
    row = next(i for i in range(dash.model.rowCount())
               if dash.model.row_at(i).alert.record_id is not None)
    alert = dash.model.row_at(row).alert
    dash.table.doubleClicked.emit(dash.model.index(row, 0))
    page = window.pages["regions"]
    assert window.stack.currentWidget() is page
    assert [r.id for r in page.selected_rows()] == [alert.record_id]


def test_a_change_on_a_register_page_is_counted_on_the_dashboard(window: MainWindow) -> None:
    dash = window.pages["dashboard"]
    before = dash.model.total_count()
    page = window.show_page("regions")
    svc = RegionService(window.db)
    target = next(r for r in svc.list(RegionQuery()) if r.level.rank == 2 and r.code)
    svc.set_disaster_prone([target.id], True)  # disaster-prone, no hazards → a new alert
    page.notify_changed()
    window.show_page("dashboard")
    assert dash.wait_loaded()
    assert dash.model.total_count() > before


def test_settings_are_saved_with_an_audit_row_and_shown_in_the_title(
        qtbot: Any, window: MainWindow, no_modal_dialogs: list[str]) -> None:
    page = window.show_page("settings")
    qtbot.waitUntil(lambda: page.findChild(QSpinBox, "officer_training_months") is not None)
    office = page.findChild(QLineEdit, "office_name")
    months = page.findChild(QSpinBox, "officer_training_months")
    office.setText("渔亭镇应急管理办公室")
    months.setValue(6)
    months.setValue(months.maximum() + 5)  # the spin box refuses values beyond the limit
    assert months.value() == months.maximum()
    months.setValue(6)
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    settings = SettingsService(window.db)
    assert settings.get("office_name") == "渔亭镇应急管理办公室"
    assert settings.get("officer_training_months") == 6
    assert "已保存 2 项设置" in no_modal_dialogs[-1]
    assert "渔亭镇应急管理办公室" in window.windowTitle()
    assert any(r.action == "setting" for r in AuditService(window.db).list())
    qtbot.mouseClick(page.findChild(type(page.save_button), "reset_officer_training_months"),
                     Qt.MouseButton.LeftButton)
    assert months.value() == 12 and settings.get("officer_training_months") == 6  # not saved yet
    page.save()
    assert settings.get("officer_training_months") == 12


def test_settings_build_a_screenful_first_and_the_rest_in_the_next_turns(
        qtbot: Any, window: MainWindow, no_modal_dialogs: list[str]) -> None:
    """设置 holds 45 rows of editors and notes: the first screenful is built when the page
    opens, the rest in the next turns of the event loop (all at once held the GUI thread
    0.16–0.21 s at county scale). Saving before they are built still saves everything."""
    from emergency_desk.services.settings import MANAGED, PARAMS
    from emergency_desk.ui.pages.settings_page import SettingsPage

    every = {p.key for p in PARAMS if p.key not in MANAGED}
    SettingsService(window.db).set("backup_keep", 45)
    page = SettingsPage(window.db)
    qtbot.addWidget(page)
    assert 0 < len(page.editors) < len(every)  # a screenful now …
    qtbot.waitUntil(lambda: set(page.editors) == every)  # … the rest a turn at a time
    assert page.editors["backup_keep"].value() == 45  # type: ignore[attr-defined]
    assert page.pending() == {}

    page = SettingsPage(window.db)  # saved at once, before the later rows are built
    qtbot.addWidget(page)
    page.findChild(QLineEdit, "office_name").setText("渔亭镇应急管理办公室")
    page.save()
    assert set(page.editors) == every
    assert SettingsService(window.db).get("office_name") == "渔亭镇应急管理办公室"
    assert SettingsService(window.db).get("backup_keep") == 45  # what was not shown, kept
    assert "已保存 1 项设置" in no_modal_dialogs[-1]


def test_recycle_bin_restores_a_deleted_region(window: MainWindow,
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    svc = RegionService(window.db)
    leaf_id = new_village(window.db)
    svc.delete(leaf_id)
    page = window.show_page("recycle")
    page.refresh()
    assert page.select_key(("region", leaf_id))
    page.restore_selected()
    assert svc.get(leaf_id).name == "新建村"
    assert page.model.find_row(("region", leaf_id)) is None


def test_audit_log_lists_changes_and_searches_them(window: MainWindow) -> None:
    svc = RegionService(window.db)
    leaf = next(r for r in svc.list(RegionQuery(search="南屏村")) if r.name == "南屏村")
    svc.set_disaster_prone([leaf.id], not leaf.is_disaster_prone)
    page = window.show_page("audit")
    page.refresh()
    assert page.model.total_count() > 80  # the demo's inserts plus the change
    page.search.setText("南屏村")
    page.apply_filters()
    rows = [page.model.row_at(i) for i in range(page.model.rowCount())]
    assert rows and rows[0].action == "update"
    assert all("南屏村" in r.summary + r.changes_text() for r in rows)


def test_reports_page_prints_a_pdf_for_one_township(
        qtbot: Any, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    opened: list[Path] = []
    monkeypatch.setattr(register_page, "documents_dir", lambda: tmp_path)
    monkeypatch.setattr(register_page, "open_file", lambda p: opened.append(Path(p)))
    page = window.show_page("reports")
    page.scope.setCurrentIndex(page.scope.findText("碧阳镇"))
    page.print_selected().wait()
    assert len(opened) == 1 and opened[0].read_bytes().startswith(b"%PDF")
    assert "碧阳镇" in opened[0].name


def test_backup_then_restore_from_the_window(
        window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    new_village(window.db, "备份前的村")
    copy = tmp_path / "copy.sqlite3"
    monkeypatch.setattr(register_page, "ask_save_path", lambda *a: copy)
    monkeypatch.setattr(register_page, "confirm", lambda *a: True)
    window.backup_now().wait()
    assert copy.exists()
    svc = RegionService(window.db)
    before = svc.count(RegionQuery())
    svc.delete(new_village(window.db))
    assert svc.count(RegionQuery()) == before
    window.show_page("regions")
    assert window.restore_from_file(copy)
    assert RegionService(window.db).count(RegionQuery()) == before
    page = window.pages["regions"]  # rebuilt on the restored data
    assert page.model.total_count() == before
    backups = list((window.db.path.parent / "backups").glob("*before-restore*"))
    assert backups, "the data replaced by a restore is kept"


def test_a_refused_restore_leaves_the_data_and_says_why(
        window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        no_modal_dialogs: list[str]) -> None:
    foreign = tmp_path / "other.sqlite3"
    con = sqlite3.connect(foreign)
    con.execute("create table t (x)")
    con.close()
    monkeypatch.setattr(register_page, "confirm", lambda *a: True)
    before = RegionService(window.db).count(RegionQuery())
    assert not window.restore_from_file(foreign)
    assert no_modal_dialogs and "不是" in no_modal_dialogs[-1]
    assert RegionService(window.db).count(RegionQuery()) == before


def test_english_interface(qtbot: Any, db: Database) -> None:
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance()
    translator.install(app, "en")
    try:
        w = MainWindow(db)
        qtbot.addWidget(w)
        titles = [w.nav.item(i).text() for i in range(w.nav.count())]
        assert titles[:2] == ["Dashboard", "Regions"] and "Settings" in titles
        assert all(not any("\u4e00" <= c <= "\u9fff" for c in text) for text in titles)
    finally:
        translator.install(app, "zh_CN")
        i18n.set_language("zh_CN")


def test_window_remembers_the_last_page(qtbot: Any, window: MainWindow, db: Database) -> None:
    window.show_page("settings")
    window.close()
    again = MainWindow(db)
    qtbot.addWidget(again)
    assert again.current_key() == "settings"
    again.show_page("dashboard")
    again.close()


def test_unused_index_is_ignored(window: MainWindow) -> None:
    dash = window.pages["dashboard"]
    dash._activated(QModelIndex())  # no row: nothing happens, no error


def test_a_database_from_a_newer_program_is_refused_with_a_message(
        tmp_path: Path, db_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from emergency_desk.data.migrate import open_database
    from emergency_desk.ui import app as app_module

    open_database(db_path).dispose()
    con = sqlite3.connect(db_path)
    con.execute("update alembic_version set version_num = '9999_future'")
    con.commit()
    con.close()
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical", lambda _p, _t, text: shown.append(text))
    assert app_module.run_gui(db_path) == 3
    assert shown and "更新版本" in shown[0]


def test_every_dashboard_chart_draws_and_cards_spell_out_key_rules(window: MainWindow) -> None:
    dash = window.pages["dashboard"]
    alerts = run_checks(window.db)
    expired = sum(1 for a in alerts if a.rule == "S1")
    assert f"过期 {expired}" in dash.cards["supplies"].details.text()
    assert "缺AB岗" in dash.cards["officers"].details.text()
    from emergency_desk.ui.pages.chart_canvas import ChartImage

    for i in range(dash.chart_choice.count()):
        dash.chart_choice.setCurrentIndex(i)
        assert dash.wait_loaded()  # each chart is built in a worker
        assert dash.chosen_slot.count() == 1, dash.chart_choice.itemText(i)
        assert isinstance(dash.chosen_slot.itemAt(0).widget(), ChartImage)
