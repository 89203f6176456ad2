"""`--lang en` gives an English interface: every page's buttons, menus, actions, placeholders,
group titles and column headers are English. Data (region names, the office name, stored audit
summaries) stays as entered, so labels showing data are not checked here."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QGroupBox,
    QLineEdit,
    QMenu,
    QTableView,
    QTreeView,
    QWidget,
)

from emergency_desk import i18n
from emergency_desk.data.db import Database
from emergency_desk.services.demo.county import build_demo
from emergency_desk.ui import translator
from emergency_desk.ui.main_window import MainWindow
from emergency_desk.ui.navigation import PAGES

pytestmark = pytest.mark.gui
_CJK = re.compile(r"[\u3400-\u9fff]")


@pytest.fixture
def english() -> Iterator[None]:
    app = QApplication.instance()
    translator.install(app, "en")
    yield
    translator.install(app, "zh_CN")
    i18n.set_language("zh_CN")


def interface_texts(root: QWidget) -> Iterator[tuple[str, str]]:
    """(where, text) for the fixed texts of a widget tree."""
    for b in root.findChildren(QAbstractButton):
        yield f"button {b.objectName() or type(b).__name__}", b.text() + b.toolTip()
    for a in root.actions():
        yield "action", a.text() + a.toolTip()
    for w in root.findChildren(QWidget):
        for a in w.actions():
            yield f"action of {type(w).__name__}", a.text() + a.toolTip()
    for m in root.findChildren(QMenu):
        yield "menu", m.title()
    for e in root.findChildren(QLineEdit):
        yield f"placeholder {e.objectName()}", e.placeholderText()
    for g in root.findChildren(QGroupBox):
        yield "group", g.title()
    for view in root.findChildren(QTableView) + root.findChildren(QTreeView):
        model = view.model()
        header = view.horizontalHeader() if isinstance(view, QTableView) else view.header()
        if model is None or header.isHidden():
            continue
        for col in range(header.count()):
            title = model.headerData(col, Qt.Orientation.Horizontal)
            yield f"column header of {type(view).__name__}", str(title or "")


def test_every_page_is_english(qtbot: Any, db: Database, english: None) -> None:
    build_demo(db)
    window = MainWindow(db)
    qtbot.addWidget(window)
    window.show()
    for entry in PAGES:
        page = window.show_page(entry.key)
        loaded = getattr(page, "wait_loaded", None)  # the texts it shows once filled too
        assert loaded is None or loaded()
    chinese = sorted({f"{where}: {text}" for where, text in interface_texts(window)
                      if _CJK.search(text)})
    assert chinese == [], "untranslated interface text:\n" + "\n".join(chinese)


def test_qt_own_buttons_keep_their_text_in_english(qtbot: Any, english: None) -> None:
    """Texts the catalogue does not hold (Qt's Close, Yes, Next) show as Qt wrote them, not
    blank: the backup dialog's Close button and a message box's Yes/No were empty."""
    from PySide6.QtWidgets import QDialogButtonBox

    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Close
                           | QDialogButtonBox.StandardButton.Yes
                           | QDialogButtonBox.StandardButton.No)
    qtbot.addWidget(box)
    assert sorted(b.text().replace("&", "") for b in box.buttons()) == ["Close", "No", "Yes"]
    assert QApplication.translate("nowhere", "不在目录里的话") == "不在目录里的话"


def test_column_headers_are_whole_in_english(qtbot: Any, db: Database, english: None) -> None:
    """Column widths were chosen for Chinese; in English no header is cut ("age (commun",
    "roduction dat"). The dashboard sizes its own list (ui/pages/dashboard_page.py)."""
    build_demo(db)
    window = MainWindow(db)
    qtbot.addWidget(window)
    window.show()
    cut = []
    for entry in PAGES:
        if entry.key == "dashboard":
            continue
        page = window.show_page(entry.key)
        for view in page.findChildren(QTableView) + page.findChildren(QTreeView):
            header = view.horizontalHeader() if isinstance(view, QTableView) else view.header()
            if view.model() is None or header.isHidden():
                continue
            for col in range(header.count() - 1):  # the last one stretches
                if not header.isSectionHidden(col) and \
                        header.sectionSize(col) + 1 < header.sectionSizeHint(col):
                    cut.append(f"{entry.key} {view.objectName()}: "
                               f"{view.model().headerData(col, Qt.Orientation.Horizontal)}")
    assert not cut, "\n".join(cut)


def test_audit_page_lists_exports_and_backups_in_english(
        qtbot: Any, db: Database, english: None, tmp_path: Any,
        caplog: pytest.LogCaptureFixture) -> None:
    """Event rows keep facts, not [old, new] pairs; sizing the English columns read them as
    pairs and the frozen window crashed on opening 操作日志 after an export or a backup."""
    from emergency_desk.data.backup import backup_by_user
    from emergency_desk.io.exporter import export_register
    from emergency_desk.ui.pages.audit_page import AuditPage

    build_demo(db)
    sheet = tmp_path / "行政区划 导出.xlsx"
    export_register(db, "regions", sheet)
    backup_by_user(db, tmp_path / "台账 备份.sqlite3")
    with caplog.at_level("ERROR"):
        page = AuditPage(db)
        qtbot.addWidget(page)
        page.resize(1366, 700)
        page.show()
        qtbot.waitExposed(page)
        model = page.model
        assert model is not None
        shown = {model.data(model.index(i, 2)): model.data(model.index(i, 5))
                 for i in range(min(model.rowCount(), 5))}
    assert shown["Export"].startswith(f"File: {sheet}; Count: "), shown
    assert shown["Backup"].startswith("File: "), shown
    assert not [r for r in caplog.records if r.levelname == "ERROR"]
