"""Every dashboard chart shows its whole title, axis labels and legend in its pane (issue 17).

The chart pane beside the work list is as narrow as CHART_MIN_WIDTH at 150 % scaling on a
1366×768 screen; matplotlib wrapped 各乡镇灾害信息员配备情况 only at spaces, so it ran past the
pane's edge, and a five-entry legend was wider than the whole chart. Here each of the eight
charts (and the severity chart above them) is drawn in the window's own canvas at that width,
in Chinese and English, and every text matplotlib draws must lie inside the figure.

The window shows each chart as an image a worker drew at the pane's size (ChartImage): the
figure here is the one that worker fitted, drawn again at that size to see where its texts go.
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from typing import Any

import pytest
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.text import Text
from matplotlib.transforms import Bbox
from PySide6.QtWidgets import QApplication

from emergency_desk import i18n
from emergency_desk.data.db import Database
from emergency_desk.reports.chart_fit import wrap_to_width
from emergency_desk.reports.charts import alerts_by_severity_figure
from emergency_desk.services.checks import run_checks
from emergency_desk.services.demo.county import build_demo
from emergency_desk.ui import translator
from emergency_desk.ui.main_window import MainWindow
from emergency_desk.ui.pages.chart_canvas import ChartImage
from emergency_desk.ui.pages.dashboard_data import CHARTS, build_chart
from emergency_desk.ui.pages.dashboard_page import CHART_MIN_WIDTH, DashboardPage
from tests.gui.test_fit_1366 import OFFICE_WINDOW


@pytest.fixture(params=["zh_CN", "en"])
def language(request: Any, db: Database) -> Iterator[Database]:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    translator.install(app, request.param)
    build_demo(db)
    yield db
    translator.install(app, "zh_CN")
    i18n.set_language("zh_CN")


def rendered(chart: ChartImage) -> None:
    """Spin the event loop until the chart's worker has drawn it at its current size."""
    for _ in range(2000):
        QApplication.processEvents()
        if not chart.is_rendering():
            break
        time.sleep(0.005)
    assert not chart.is_rendering() and chart.image is not None
    assert chart.rendered_size == (chart.width(), chart.height())


def drawn_outside(chart: ChartImage, monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Draw the chart's figure at the size its worker fitted it to; the texts it drew (a tick
    outside the axis limits is never drawn) whose window extent leaves the figure."""
    drawn: list[tuple[str, Bbox]] = []
    draw = Text.draw

    def recording(self: Text, renderer: Any) -> None:
        draw(self, renderer)
        if self.get_visible() and self.get_text().strip():
            drawn.append((self.get_text(), self.get_window_extent(renderer)))

    with monkeypatch.context() as m:
        m.setattr(Text, "draw", recording)
        FigureCanvasAgg(chart.figure).draw()
    fig = chart.figure.bbox
    assert drawn, "nothing was drawn"
    return [f"{text!r} at {box.x0:.0f}…{box.x1:.0f} × {box.y0:.0f}…{box.y1:.0f} in "
            f"{fig.width:.0f}×{fig.height:.0f}" for text, box in drawn
            if box.x0 < fig.x0 - 0.5 or box.x1 > fig.x1 + 0.5
            or box.y0 < fig.y0 - 0.5 or box.y1 > fig.y1 + 0.5]


def test_every_chart_fits_the_narrowest_pane(language: Database, qtbot: Any,
                                             monkeypatch: pytest.MonkeyPatch) -> None:
    figures = {t: build_chart(language, t) for t in CHARTS}
    figures["severity"] = alerts_by_severity_figure(run_checks(language))
    problems = {}
    for name, fig in figures.items():
        # The height the page gives it: the severity chart at most 190, the chosen one at
        # least 60 % of its natural height; more as its titles wrap (its minimum grows).
        natural = int(fig.get_size_inches()[1] * fig.dpi)
        severity = name == "severity"
        chart = ChartImage(fig, min(natural, 190) if severity else max(200, int(natural * 0.6)),
                           fixed=severity)
        qtbot.addWidget(chart)
        chart.resize(CHART_MIN_WIDTH, chart.min_height)
        chart.show()
        rendered(chart)
        chart.resize(CHART_MIN_WIDTH, chart.minimumHeight())  # as the page's layout does
        rendered(chart)
        assert abs(fig.bbox.width / chart.devicePixelRatioF() - CHART_MIN_WIDTH) <= 1
        found = drawn_outside(chart, monkeypatch)
        if found:
            problems[name] = found
        # Widened again, each text gets its long lines back: the fitting is not one-way.
        chart.resize(900, chart.height())
        rendered(chart)
        assert "\n" not in fig.axes[0].title.get_text(), name
    assert not problems, problems


def test_the_chosen_chart_fits_its_pane_at_150_percent(language: Database, qtbot: Any,
                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    window = MainWindow(language)
    qtbot.addWidget(window)
    window.resize(int(OFFICE_WINDOW[0] / 1.5), int(OFFICE_WINDOW[1] / 1.5))
    window.show()
    page = window.show_page("dashboard")
    assert isinstance(page, DashboardPage)
    assert page.wait_loaded()
    for _ in range(5):
        QApplication.processEvents()
    charts = [page.chosen_slot.itemAt(0).widget(), page.severity_slot.itemAt(0).widget()]
    for chart in charts:
        assert isinstance(chart, ChartImage)
        rendered(chart)
        # The chart is no wider than its pane: nothing scrolls sideways out of sight.
        pane = chart.parentWidget()
        assert chart.geometry().right() <= pane.width(), (chart.geometry(), pane.width())
        assert not drawn_outside(chart, monkeypatch)


@pytest.mark.parametrize(("text", "width", "lines"), [
    ("各乡镇灾害信息员配备情况", 6, ["各乡镇灾害信", "息员配备情况"]),
    ("乡镇及村（社区）数", 6, ["乡镇及村", "（社区）数"]),
    ("物资到期时间分布（未来 12 个月）", 8, ["物资到期时间分布", "（未来 12 个", "月）"]),
    ("Villages (communities) per township", 14, ["Villages", "(communities)", "per township"]),
    ("“六有”自查：各乡镇达标项数", 7, ["“六有”自查：", "各乡镇达标项数"]),
])
def test_titles_break_between_characters_never_inside_words(text: str, width: int,
                                                            lines: list[str]) -> None:
    # One unit a character: a line of `width` characters fits, one more does not.
    assert wrap_to_width(text, width, len).split("\n") == lines
