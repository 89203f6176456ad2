"""Pages whose tabs are built on first show (ui/widgets/lazy_tabs.py) hold no cycle through
their own children: a page closed and dropped is freed by its reference count, never left to
the cycle collector — which may run on a worker thread, where destroying widgets crashed the
test process with a segmentation fault (CI, 2026-12-06)."""

import gc
import threading
from collections.abc import Callable
from typing import Any

import pytest
import shiboken6
from PySide6.QtWidgets import QApplication, QWidget

from emergency_desk.data.db import Database
from emergency_desk.ui.plans.page import PlansPage
from emergency_desk.ui.supplies.page import SuppliesPage
from emergency_desk.ui.township.page import TownshipPage

PAGES: list[Callable[[Database], QWidget]] = [PlansPage, SuppliesPage, TownshipPage]


def _one_more_tab_built(page: Any) -> None:
    """Opened, its second tab shown (built), the others never (still to be built)."""
    page.show()
    page.tabs.setCurrentIndex(1)
    for tab in page.tabs.built():
        loaded = getattr(tab, "wait_loaded", None)
        if loaded is not None:
            assert loaded()
    for _ in range(20):
        QApplication.processEvents()
    page.close()


@pytest.mark.parametrize("make", PAGES, ids=lambda m: m.__name__)
def test_a_dropped_page_leaves_no_widget_to_the_cycle_collector(
        qtbot: Any, db: Database, make: Callable[[Database], QWidget]) -> None:
    gc.collect()
    gc.disable()
    gc.set_debug(gc.DEBUG_SAVEALL)  # what a collection finds is kept, not freed, to look at
    try:
        page = make(db)
        _one_more_tab_built(page)
        del page
        gc.collect()
        # A wrapper whose widget Qt already deleted (with its parent) frees nothing but
        # itself; a live widget would be destroyed by whichever thread collects.
        left = [type(o).__name__ for o in gc.garbage
                if isinstance(o, QWidget) and shiboken6.isValid(o)]
    finally:
        gc.set_debug(0)
        gc.garbage.clear()
        gc.enable()
    assert not left, f"widgets only the cycle collector would free: {left[:5]}"


def test_the_collector_on_a_worker_after_a_page_is_dropped(qtbot: Any, db: Database) -> None:
    """What crashed: a page's cycle freed by a collection a worker thread triggered."""
    for make in PAGES:
        page = make(db)
        _one_more_tab_built(page)
        del page
        worker = threading.Thread(target=gc.collect)
        worker.start()
        worker.join()
    page = SuppliesPage(db)  # the next page still works
    qtbot.addWidget(page)
    assert page.wait_loaded()
