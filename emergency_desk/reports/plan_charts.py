"""Charts of the plan register (dashboard card and PDFs): drills per month, plans by status."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

from matplotlib.figure import Figure
from matplotlib.ticker import MaxNLocator

from emergency_desk.data.plans import PlanStatus
from emergency_desk.i18n import t
from emergency_desk.reports.charts import OTHER_COLOUR, chart_figure, style_axes
from emergency_desk.services.plans.six_have import SixHaveRow
from emergency_desk.services.plans.views import DrillRow, PlanRow

STATUS_COLOURS = {PlanStatus.DRAFT: "#95A5A6", PlanStatus.REVIEWING: "#F1C40F",
                  PlanStatus.PUBLISHED: "#2E86C1", PlanStatus.REVISING: "#E67E22",
                  PlanStatus.ABOLISHED: "#7F8C8D"}


def drills_per_month_figure(drills: Sequence[DrillRow], year: int) -> Figure:
    """Columns: drills recorded in each month of `year`."""
    fig = chart_figure(6.0, 2.6)
    ax = fig.add_subplot()
    counts = Counter(d.date.month for d in drills if d.date.year == year)
    months = list(range(1, 13))
    bars = ax.bar(months, [counts.get(m, 0) for m in months], color=OTHER_COLOUR, width=0.65)
    ax.bar_label(bars, labels=[str(counts[m]) if counts.get(m) else "" for m in months],
                 padding=2)
    # Bare numbers under the columns and 月份 once: "10月 11月 12月" overlapped when narrow.
    ax.set_xticks(months, [str(m) for m in months])
    ax.set_xlabel(t("月份"))
    ax.yaxis.set_major_locator(MaxNLocator(integer=True))
    ax.set_ylim(0, max([*counts.values(), 1]) * 1.2)
    ax.set_title(t("{year} 年各月演练次数", year=year))
    style_axes(ax)
    ax.grid(axis="x", visible=False)
    ax.grid(axis="y", color="#DDDDDD", linewidth=0.8)
    return fig


def plans_by_status_figure(plans: Sequence[PlanRow]) -> Figure:
    """Horizontal bars: how many plans are in each status."""
    fig = chart_figure(5.0, 2.6)
    ax = fig.add_subplot()
    statuses = list(PlanStatus)
    counts = Counter(p.status for p in plans)
    y = list(range(len(statuses)))
    bars = ax.barh(y, [counts.get(s, 0) for s in statuses],
                   color=[STATUS_COLOURS[s] for s in statuses], height=0.6)
    ax.bar_label(bars, padding=3)
    ax.set_yticks(y, [s.label for s in statuses])
    ax.invert_yaxis()
    ax.set_xlim(0, max([*counts.values(), 1]) * 1.18)
    ax.xaxis.set_major_locator(MaxNLocator(nbins=5, integer=True))  # a narrow pane: few ticks
    ax.set_title(t("应急预案（按状态）"))
    style_axes(ax)
    return fig


def six_have_figure(rows: Sequence[SixHaveRow]) -> Figure:
    """Horizontal bars: how many of the six "六有" items each township meets."""
    fig = chart_figure(5.0, max(2.4, 0.42 * len(rows) + 1.2))
    ax = fig.add_subplot()
    y = list(range(len(rows)))
    # Out of the items that could be judged: 未录入 ones (no register data) count neither way.
    scores = [r.passed for r in rows]
    judged = [r.judged for r in rows]
    colours = ["#27AE60" if s == n else "#E67E22" if n - s <= 2 else "#C0392B"
               for s, n in zip(scores, judged, strict=True)]
    bars = ax.barh(y, scores, color=colours, height=0.6)
    ax.bar_label(bars, labels=[f"{s}/{n}" for s, n in zip(scores, judged, strict=True)],
                 padding=3)
    ax.set_yticks(y, [r.township for r in rows])
    ax.invert_yaxis()
    ax.set_xlim(0, 7)
    ax.xaxis.set_major_locator(MaxNLocator(nbins=5, integer=True))  # a narrow pane: few ticks
    ax.set_title(t("“六有”自查：各乡镇达标项数"))
    style_axes(ax)
    return fig
