"""Supplies charts: the bars count what the ledger holds."""

from __future__ import annotations

from datetime import timedelta

from emergency_desk.reports.supplies_charts import expiry_timeline_figure, stock_by_category_figure
from tests.services.supplies.conftest import TODAY, Depot


def test_category_bars_are_stacked_by_expiry_band(depot: Depot) -> None:
    depot.receive(depot.county_wh, depot.water, 5, "OLD", TODAY - timedelta(days=1))
    depot.receive(depot.county_wh, depot.tent, 5, "T")
    depot.receive(depot.county_wh, depot.jacket, 5, "J")
    fig = stock_by_category_figure(depot.db, TODAY)
    ax = fig.axes[0]
    widths = sorted(p.get_width() for p in ax.patches if p.get_width())
    assert widths == [1, 1, 1]  # class 1: one expired + one without expiry; class 2: one
    # The legend sits below the plot (fig.legend), not over the bars.
    assert [t.get_text() for t in fig.legends[0].get_texts()] == ["已过期", "无有效期"]


def test_expiry_timeline_puts_each_batch_in_its_month(depot: Depot) -> None:
    depot.receive(depot.county_wh, depot.water, 5, "OLD", TODAY - timedelta(days=1))
    depot.receive(depot.county_wh, depot.water, 5, "SOON", TODAY + timedelta(days=3))
    depot.receive(depot.county_wh, depot.water, 5, "LATER", TODAY + timedelta(days=70))
    fig = expiry_timeline_figure(depot.db, TODAY, months=6)
    heights = [p.get_height() for p in fig.axes[0].patches]
    assert heights[0] == 1 and sum(heights) == 3 and heights[1] == 1
