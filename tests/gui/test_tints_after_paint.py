"""Issue 20: a register page's rules run in a worker that takes turns with the GUI thread for
Python's lock. Started while the page was being built, it made building and painting the page
wait (at 50k on a slow machine 灾害信息员 opened in 0.13–0.25 s, 行政区划 0.17 s); the pages
tinted by their rules start that worker in the turn after the table's first paint, and still
read the tints when never shown."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import QEvent, QObject

from emergency_desk.data.db import Database
from emergency_desk.services.demo.county import build_demo
from emergency_desk.ui import workers
from emergency_desk.ui.regions.page import RegionsPage
from emergency_desk.ui.resources.field_page import SheltersTab
from emergency_desk.ui.supplies.page import StockTab
from emergency_desk.ui.teams.page import TeamsPage
from emergency_desk.ui.widgets import first_paint

pytestmark = pytest.mark.gui


class Paints(QObject):
    count = 0

    def eventFilter(self, _watched: QObject, event: QEvent) -> bool:
        self.count += event.type() == QEvent.Type.Paint
        return False


@pytest.fixture
def demo(db: Database) -> Database:
    build_demo(db)
    return db


@pytest.mark.parametrize(("page_class", "alerts"), [
    (RegionsPage, "_alerts"), (StockTab, "_alerts"), (SheltersTab, "_alerts"),
    (TeamsPage, "_team_alerts")])
def test_the_rules_start_after_the_tables_first_paint(
        qtbot: Any, demo: Database, monkeypatch: pytest.MonkeyPatch, page_class: Any,
        alerts: str) -> None:
    paints = Paints()
    started: list[int] = []  # the paints seen when the page's own worker started
    real = workers.run_in_background

    def noted(owner: Any, *args: Any, **kwargs: Any) -> Any:
        if type(owner) is page_class:
            started.append(paints.count)
        return real(owner, *args, **kwargs)

    monkeypatch.setattr(workers, "run_in_background", noted)
    monkeypatch.setattr(first_paint, "AT_MOST_MS", 60_000)  # only the paint starts it here
    page = page_class(demo)
    qtbot.addWidget(page)
    page.table.viewport().installEventFilter(paints)
    qtbot.wait(300)
    assert started == []  # built, not shown: the rules wait
    page.resize(1200, 800)
    page.show()
    qtbot.waitUntil(lambda: bool(started), timeout=5_000)
    assert started == [1]  # once, right after the first paint
    assert page.wait_loaded()
    assert getattr(page, alerts)  # the demo has findings on each of these registers

    # Never shown: read when waited for, and a short while after it was built otherwise.
    hidden = page_class(demo)
    qtbot.addWidget(hidden)
    assert hidden.wait_loaded() and getattr(hidden, alerts) == getattr(page, alerts)
    monkeypatch.setattr(first_paint, "AT_MOST_MS", 200)
    unseen = page_class(demo)
    qtbot.addWidget(unseen)
    qtbot.waitUntil(lambda: getattr(unseen, alerts) == getattr(page, alerts), timeout=5_000)
