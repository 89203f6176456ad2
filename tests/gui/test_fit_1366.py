"""Every page fits the window maximised on a 1366×768 office screen (issue 17).

The window is 1366×697 there (taskbar and title bar take the rest). On every page, in Chinese
and in English, no label, button or check box is squeezed narrower than its text, and nothing
sticks out of the window. Qt lays out by minimum sizes, so a page whose minimum does not fit
is exactly a page that clips.
"""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import QRect
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QLabel,
    QWidget,
)

from emergency_desk import i18n
from emergency_desk.data.db import Database
from emergency_desk.services.demo.county import build_demo
from emergency_desk.ui import translator
from emergency_desk.ui.main_window import MainWindow

OFFICE_WINDOW = (1366, 768 - 40 - 31)


def clipped(window: QWidget, root: QWidget) -> list[str]:
    """Visible text widgets under `root` that are narrower than their text, or outside."""
    bounds = window.rect()
    out = []
    for w in root.findChildren(QWidget):
        if not w.isVisibleTo(window) or not isinstance(w, QLabel | QAbstractButton | QComboBox):
            continue
        text = w.currentText() if isinstance(w, QComboBox) else w.text()
        if not text or (isinstance(w, QLabel) and w.pixmap() is not None
                        and not w.pixmap().isNull()):
            continue
        if _in_scroll_area(w):
            continue  # a scroll area shows all of it by scrolling
        rect = QRect(w.mapTo(window, w.rect().topLeft()), w.size())
        if not bounds.contains(rect):
            out.append(f"{type(w).__name__} '{text[:30]}' outside the window: {rect}")
            continue
        if isinstance(w, QLabel) and w.wordWrap():
            if w.height() + 1 < w.heightForWidth(w.width()):
                out.append(f"label '{text[:30]}' cut: {w.height()} < {w.heightForWidth(w.width())}")
        elif w.width() + 1 < w.minimumSizeHint().width():
            out.append(f"{type(w).__name__} '{text[:30]}' squeezed: {w.width()} < "
                       f"{w.minimumSizeHint().width()}")
    return out


def _in_scroll_area(w: QWidget) -> bool:
    from PySide6.QtWidgets import QAbstractScrollArea

    p = w.parentWidget()
    while p is not None:
        if isinstance(p, QAbstractScrollArea):
            return True
        p = p.parentWidget()
    return False


@pytest.fixture(params=["zh_CN", "en"])
def window(request: Any, qtbot: Any, db: Database) -> Any:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    translator.install(app, request.param)
    build_demo(db)
    w = MainWindow(db)
    qtbot.addWidget(w)
    w.resize(*OFFICE_WINDOW)
    w.show()
    yield w
    w.close()
    translator.install(app, "zh_CN")
    i18n.set_language("zh_CN")


def test_every_page_fits_the_office_screen_without_clipping(window: MainWindow) -> None:
    problems: dict[str, list[str]] = {}
    for entry in window.entries:
        page = window.show_page(entry.key)
        loaded = getattr(page, "wait_loaded", None)  # pages that fill from a worker
        assert loaded is None or loaded()
        for _ in range(5):
            QApplication.processEvents()
        assert window.width() <= OFFICE_WINDOW[0] and window.height() <= OFFICE_WINDOW[1], \
            f"{entry.key}: the window grew to {window.size()}"
        found = clipped(window, page)
        if found:
            problems[entry.key] = found
    assert not problems, problems


@pytest.mark.parametrize("scale", [1.25, 1.5])
def test_every_page_fits_at_125_and_150_percent_scaling(window: MainWindow, scale: float) -> None:
    """At 125 % and 150 % Windows scaling the same screen has 1093×558 and 911×465 logical
    pixels. Qt clips a page whose minimum size is larger, so every page's minimum must fit
    beside the navigation, in Chinese and in English (the search and filters wrap)."""
    width = int(OFFICE_WINDOW[0] / scale) - window.nav.maximumWidth() - 16
    height = int(OFFICE_WINDOW[1] / scale) - 60  # menu bar and status bar
    too_big = {}
    for entry in window.entries:
        page = window.show_page(entry.key)
        QApplication.processEvents()
        hint = page.minimumSizeHint()
        if hint.width() > width or hint.height() > height:
            too_big[entry.key] = (hint.width(), hint.height())
    assert not too_big, (width, height, too_big)
