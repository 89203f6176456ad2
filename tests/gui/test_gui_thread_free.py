"""Work that froze the window at county scale runs off the GUI thread (issue 20, "no page
blocks the GUI thread for more than 0.2 s at 50k"; benchmarks/bench_gui_blocks.py measures it).

- The dashboard's charts are fitted and drawn by a worker and shown as an image: matplotlib's Qt
  canvas drew them on the GUI thread (0.7–0.9 s at 50k).
"""

from __future__ import annotations

import threading
from typing import Any

import pytest
from matplotlib.figure import Figure
from PySide6.QtWidgets import QApplication

from emergency_desk.data.db import Database
from emergency_desk.services.demo.county import build_demo
from emergency_desk.ui.main_window import MainWindow
from emergency_desk.ui.pages.chart_canvas import ChartImage
from emergency_desk.ui.pages.dashboard_page import DashboardPage

pytestmark = pytest.mark.gui


@pytest.fixture
def demo(db: Database) -> Database:
    build_demo(db)
    return db


def test_the_dashboard_charts_are_drawn_by_a_worker_and_appear(
        qtbot: Any, demo: Database, monkeypatch: pytest.MonkeyPatch) -> None:
    drawn_on: list[threading.Thread] = []
    draw = Figure.draw

    def recording(self: Figure, renderer: Any) -> None:
        drawn_on.append(threading.current_thread())
        draw(self, renderer)

    monkeypatch.setattr(Figure, "draw", recording)
    window = MainWindow(demo)
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    page = window.show_page("dashboard")
    assert isinstance(page, DashboardPage)
    assert page.wait_loaded()
    for _ in range(5):
        QApplication.processEvents()
    assert page.wait_loaded()
    charts = [page.severity_slot.itemAt(0).widget(), page.chosen_slot.itemAt(0).widget()]
    for chart in charts:
        assert isinstance(chart, ChartImage)
        assert chart.image is not None and not chart.image.isNull()
        # Drawn for the size it has on the page, in device pixels.
        ratio = chart.devicePixelRatioF()
        assert chart.rendered_size == (chart.width(), chart.height())
        assert chart.image.width() == round(chart.width() * ratio)
        # Not a blank image: the bars and the CJK titles are on it.
        colours = {chart.image.pixel(x, y) for x in range(0, chart.image.width(), 7)
                   for y in range(0, chart.image.height(), 7)}
        assert len(colours) > 5
    assert drawn_on, "no chart was drawn"
    assert threading.main_thread() not in drawn_on


def test_a_resized_pane_gets_a_chart_drawn_at_its_new_width(qtbot: Any, demo: Database) -> None:
    page = DashboardPage(demo)
    qtbot.addWidget(page)
    page.resize(1280, 800)
    page.show()
    assert page.wait_loaded()
    chart = page.severity_slot.itemAt(0).widget()
    assert isinstance(chart, ChartImage)
    before = chart.width()
    page.resize(1700, 800)
    for _ in range(5):
        QApplication.processEvents()
    assert page.wait_loaded()
    assert chart.width() != before
    assert chart.rendered_size == (chart.width(), chart.height())
    assert chart.image is not None
    assert chart.image.width() == round(chart.width() * chart.devicePixelRatioF())
