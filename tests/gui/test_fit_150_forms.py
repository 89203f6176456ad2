"""At 150 % scaling in English (issue 17): the dashboard stays readable and the main forms fit.

A 1366×768 screen at 150 % has 911×465 logical pixels for the maximised window (1366×697 / 1.5).
The dashboard scrolls vertically there rather than squeezing its cards and its work list; the
officer, team, warehouse, plan and case forms are no larger than the screen at their minimum size
(a long form scrolls) and no label is narrower than its text.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from PySide6.QtWidgets import QApplication, QComboBox, QStyle, QStyleOptionComboBox

from emergency_desk import i18n
from emergency_desk.data.db import Database
from emergency_desk.services.demo.county import build_demo
from emergency_desk.ui import translator
from emergency_desk.ui.main_window import MainWindow
from emergency_desk.ui.officers.dialog import make_officer_dialog
from emergency_desk.ui.pages.dashboard_page import VISIBLE_ALERTS, DashboardPage
from emergency_desk.ui.plans.dialogs import make_plan_dialog
from emergency_desk.ui.resources.library_dialogs import make_case_dialog
from emergency_desk.ui.supplies.dialogs import make_warehouse_dialog
from emergency_desk.ui.teams.dialogs import make_team_dialog
from tests.gui.test_fit_1366 import OFFICE_WINDOW, clipped

SCALE = 1.5
LOGICAL = (int(OFFICE_WINDOW[0] / SCALE), int(OFFICE_WINDOW[1] / SCALE))
# A dialog may use the whole screen less the taskbar and its title bar: 1366×(768-40-31).
SCREEN = (int(1366 / SCALE), int((768 - 40 - 31) / SCALE))

FORMS: dict[str, Callable[[Database], Any]] = {
    "officer": make_officer_dialog, "team": make_team_dialog,
    "warehouse": make_warehouse_dialog, "plan": make_plan_dialog, "case": make_case_dialog,
}


@pytest.fixture
def english(qtbot: Any, db: Database) -> Any:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    translator.install(app, "en")
    build_demo(db)
    yield db
    translator.install(app, "zh_CN")
    i18n.set_language("zh_CN")


@pytest.mark.parametrize("form", sorted(FORMS))
def test_main_forms_fit_the_screen_at_150_percent_in_english(
        english: Database, qtbot: Any, form: str) -> None:
    dialog = FORMS[form](english)
    qtbot.addWidget(dialog)
    hint = dialog.minimumSizeHint().expandedTo(dialog.minimumSize())
    assert hint.width() <= SCREEN[0] and hint.height() <= SCREEN[1], (form, hint, SCREEN)
    # Opened as Qt opens it: at its size hint, bounded by the screen.
    dialog.resize(min(dialog.sizeHint().width(), SCREEN[0]),
                  min(dialog.sizeHint().height(), SCREEN[1]))
    dialog.show()
    QApplication.processEvents()
    assert dialog.width() <= SCREEN[0] and dialog.height() <= SCREEN[1]
    assert not clipped(dialog, dialog), form


def test_dashboard_is_readable_at_150_percent_in_english(english: Database, qtbot: Any) -> None:
    window = MainWindow(english)
    qtbot.addWidget(window)
    window.resize(*LOGICAL)
    window.show()
    page = window.show_page("dashboard")
    assert isinstance(page, DashboardPage)
    assert page.wait_loaded()  # the counts, tiles and charts come from a worker
    for _ in range(5):
        QApplication.processEvents()
    # The cards take two rows, and every card shows its counts and details whole.
    rows = {page.card_row.getItemPosition(page.card_row.indexOf(c))[0]
            for c in page.cards.values()}
    assert rows == {0, 1}
    for card in page.cards.values():
        for label in (card.title, card.counts, card.details):
            if label.isVisible():
                assert label.height() + 1 >= label.heightForWidth(label.width()), \
                    (card.register, label.text()[:40])
    # Nothing scrolls sideways; the tiles wrap and every one is inside the page.
    body = page.body_scroll.widget()
    assert body.width() <= page.body_scroll.viewport().width()
    for tile in page.tiles.tiles.values():
        assert tile.geometry().right() <= page.tiles.width(), tile.register
        assert tile.width() + 1 >= tile.minimumSizeHint().width(), tile.register
    # The work list keeps about six alerts in sight; the page scrolls for them.
    rows_seen = page.table.viewport().height() // page.table.verticalHeader().defaultSectionSize()
    assert rows_seen >= VISIBLE_ALERTS - 1, rows_seen
    assert body.height() > page.body_scroll.viewport().height()


def test_dashboard_cards_keep_one_row_on_a_1366_screen(english: Database, qtbot: Any) -> None:
    window = MainWindow(english)
    qtbot.addWidget(window)
    window.resize(*OFFICE_WINDOW)
    window.show()
    page = window.show_page("dashboard")
    assert isinstance(page, DashboardPage)
    assert page.wait_loaded()  # the counts, tiles and charts come from a worker
    for _ in range(5):
        QApplication.processEvents()
    rows = {page.card_row.getItemPosition(page.card_row.indexOf(c))[0]
            for c in page.cards.values()}
    assert rows == {0}
    assert not clipped(window, page)




def _text_room(combo: QComboBox) -> int:
    """The width a combo box has for its text (its frame and arrow taken off)."""
    opt = QStyleOptionComboBox()
    combo.initStyleOption(opt)
    return combo.style().subControlRect(QStyle.ComplexControl.CC_ComboBox, opt,
                                        QStyle.SubControl.SC_ComboBoxEditField, combo).width()


def test_filter_combo_boxes_show_their_choice_whole_at_150_percent(
        english: Database, qtbot: Any) -> None:
    window = MainWindow(english)
    qtbot.addWidget(window)
    window.resize(*LOGICAL)
    window.show()
    cut = []
    for key in ("officers", "supplies", "teams", "regions"):
        page = window.show_page(key)
        for _ in range(3):
            QApplication.processEvents()
        for combo in page.findChildren(QComboBox):
            if not combo.isVisibleTo(window) or combo.isEditable() or not combo.count():
                continue
            widest = max(combo.fontMetrics().horizontalAdvance(combo.itemText(i))
                         for i in range(combo.count()))
            long_name = widest > 24 * combo.fontMetrics().horizontalAdvance("X")
            if not long_name and _text_room(combo) < widest:
                cut.append((key, combo.objectName(), combo.currentText(), _text_room(combo),
                            widest))
    assert not cut, cut


@pytest.mark.parametrize("lang", ["zh_CN", "en"])
def test_settings_page_does_not_scroll_sideways_at_150_percent(
        qtbot: Any, db: Database, lang: str) -> None:
    """Its long labels (专项预案类别同义词…) beside their fields were wider than the page, which
    scrolled sideways: each field goes below its label when the row does not fit."""
    from PySide6.QtWidgets import QScrollArea

    app = QApplication.instance()
    assert isinstance(app, QApplication)
    translator.install(app, lang)
    try:
        window = MainWindow(db)
        qtbot.addWidget(window)
        window.resize(*LOGICAL)
        window.show()
        page = window.show_page("settings")
        page.finish_building()  # every row, as the next turns of the event loop build them
        QApplication.processEvents()
        scroll = page.findChild(QScrollArea)
        assert scroll is not None
        assert scroll.widget().minimumSizeHint().width() <= scroll.viewport().width()
        assert not scroll.horizontalScrollBar().isVisible()
    finally:
        translator.install(app, "zh_CN")
        i18n.set_language("zh_CN")
