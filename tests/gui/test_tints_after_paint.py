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
from emergency_desk.ui.plans.drills_tab import DrillsTab
from emergency_desk.ui.plans.page import PlanListTab
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


def workers_started(monkeypatch: pytest.MonkeyPatch) -> tuple[Paints, list[tuple[str, int]]]:
    """Note who starts a worker (the owner's class name; "NoneType" for a table's rows) and
    after how many paints of the viewport the caller hands `Paints` to; only a paint starts
    a page's first reading (not `first_paint.AT_MOST_MS`)."""
    paints = Paints()
    started: list[tuple[str, int]] = []
    real = workers.run_in_background

    def noted(owner: Any, *args: Any, **kwargs: Any) -> Any:
        started.append((type(owner).__name__, paints.count))
        return real(owner, *args, **kwargs)

    monkeypatch.setattr(workers, "run_in_background", noted)
    monkeypatch.setattr(first_paint, "AT_MOST_MS", 60_000)
    return paints, started


@pytest.fixture
def demo(db: Database) -> Database:
    build_demo(db)
    return db


@pytest.mark.parametrize(("page_class", "alerts"), [
    (RegionsPage, "_alerts"), (StockTab, "_alerts"), (SheltersTab, "_alerts"),
    (TeamsPage, "_team_alerts"), (PlanListTab, "_alerts"), (DrillsTab, "_alerts")])
def test_the_rules_start_after_the_tables_first_paint(
        qtbot: Any, demo: Database, monkeypatch: pytest.MonkeyPatch, page_class: Any,
        alerts: str) -> None:
    paints, started = workers_started(monkeypatch)
    mine = page_class.__name__
    page = page_class(demo)
    qtbot.addWidget(page)
    page.table.viewport().installEventFilter(paints)
    qtbot.wait(300)
    assert [who for who, _ in started if who == mine] == []  # built, not shown: rules wait
    page.resize(1200, 800)
    page.show()
    qtbot.waitUntil(lambda: any(who == mine for who, _ in started), timeout=5_000)
    assert [n for who, n in started if who == mine] == [1]  # once, right after the paint
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
