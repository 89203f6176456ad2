"""Charts for the dashboard and for PDFs (matplotlib, Agg; no pyplot, no Qt).

Figures are plain `matplotlib.figure.Figure` objects: the window wraps them in
FigureCanvasQTAgg, a report draws them with `ReportDocument.figure`. No pyplot means no global
figure list, so building a figure on a worker thread is safe.

Font: the bundled Droid Sans Fallback has CJK glyphs but no Latin ones, so the family list puts
DejaVu Sans (shipped inside matplotlib) first for digits and letters and lets matplotlib fall
back to the bundled font glyph by glyph for Chinese.
"""

from __future__ import annotations

import textwrap
from collections.abc import Sequence
from functools import lru_cache
from typing import Any

import matplotlib
from matplotlib import font_manager
from matplotlib.figure import Figure
from matplotlib.ticker import MaxNLocator
from sqlalchemy import case, func, select
from sqlalchemy.orm import aliased

from emergency_desk.data.db import Database
from emergency_desk.data.enums import RegionLevel
from emergency_desk.data.models import Region
from emergency_desk.i18n import t
from emergency_desk.paths import FONT_FILE
from emergency_desk.reports.chart_fit import legend_below
from emergency_desk.reports.colours import SEVERITY_COLOURS
from emergency_desk.services.checks import Alert, Severity

PRONE_COLOUR = "#C0392B"
OTHER_COLOUR = "#5B8DB8"


@lru_cache(maxsize=1)
def setup_font() -> str:
    """Register the bundled font with matplotlib and make it the fallback for CJK text.

    Returns the bundled font's family name. Safe to call many times.
    """
    font_manager.fontManager.addfont(str(FONT_FILE))
    cjk = font_manager.FontProperties(fname=str(FONT_FILE)).get_name()
    matplotlib.rcParams["font.family"] = ["DejaVu Sans", cjk]
    matplotlib.rcParams["axes.unicode_minus"] = True  # DejaVu Sans has U+2212
    return cjk


def chart_figure(width: float, height: float) -> Figure:
    setup_font()
    fig = Figure(figsize=(width, height), dpi=100, layout="constrained")
    return fig


def wrap_tick(text: str, chars: int = 6) -> str:
    """A long category or township label on two or more lines, so tick labels never overlap
    and never take half the chart: Chinese every `chars` characters, other text at spaces."""
    if len(text) <= chars:
        return text
    if text.isascii():
        return textwrap.fill(text, max(chars * 3, 12))
    return "\n".join(text[i:i + chars] for i in range(0, len(text), chars))


def style_axes(ax: Any) -> None:
    for side in ("top", "right"):
        ax.spines[side].set_visible(False)
    ax.grid(axis="x", color="#DDDDDD", linewidth=0.8)
    ax.set_axisbelow(True)


def alerts_by_severity_figure(alerts: Sequence[Alert]) -> Figure:
    """Horizontal bars: how many alerts are 严重, 警告, 提示."""
    fig = chart_figure(5.0, 2.6)
    ax = fig.add_subplot()
    levels = [Severity.RED, Severity.ORANGE, Severity.INFO]
    counts = [sum(1 for a in alerts if a.severity == lv) for lv in levels]
    labels = [lv.label for lv in levels]
    y = list(range(len(levels)))
    bars = ax.barh(y, counts, color=[SEVERITY_COLOURS[lv] for lv in levels], height=0.6)
    ax.set_yticks(y, labels)
    ax.invert_yaxis()  # 严重 on top
    if alerts:
        ax.bar_label(bars, padding=3)
    ax.set_xlim(0, max([*counts, 1]) * 1.18)
    ax.xaxis.set_major_locator(MaxNLocator(nbins=5, integer=True))  # a narrow pane: few ticks
    ax.set_title(t("预警事项（按级别）"), wrap=True)
    style_axes(ax)
    if not alerts:
        ax.text(0.5, 0.5, t("暂无预警事项"), transform=ax.transAxes, ha="center",
                va="center", color="#555555")
    return fig


def township_counts(db: Database) -> list[tuple[str, int, int]]:
    """(township, villages and communities, of which disaster-prone), in code order."""
    child = aliased(Region)
    lowest = (RegionLevel.VILLAGE.value, RegionLevel.COMMUNITY.value)
    stmt = (
        select(Region.name, func.count(child.id),
               func.coalesce(func.sum(case((child.is_disaster_prone.is_(True), 1), else_=0)), 0))
        .select_from(Region)
        .outerjoin(child, (child.parent_id == Region.id) & child.is_deleted.is_(False)
                   & child.level.in_(lowest))
        .where(Region.level == RegionLevel.TOWNSHIP.value, Region.is_deleted.is_(False))
        .group_by(Region.id)
        .order_by(Region.code, Region.name))
    with db.read() as s:
        return [(name, int(n), int(p)) for name, n, p in s.execute(stmt)]


def regions_by_township_figure(db: Database) -> Figure:
    """Villages and communities per township, the disaster-prone ones stacked in red."""
    data = township_counts(db)
    fig = chart_figure(6.0, max(2.4, 0.42 * len(data) + 1.2))
    ax = fig.add_subplot()
    names = [d[0] for d in data]
    prone = [d[2] for d in data]
    other = [d[1] - d[2] for d in data]
    y = list(range(len(data)))
    ax.barh(y, prone, color=PRONE_COLOUR, height=0.6, label=t("灾害多发频发"))
    bars = ax.barh(y, other, left=prone, color=OTHER_COLOUR, height=0.6, label=t("其他"))
    ax.bar_label(bars, labels=[str(d[1]) for d in data], padding=3)
    _township_axes(ax, names, max([d[1] for d in data] + [1]) * 1.15, t("村（社区）数"),
                   t("各乡镇村（社区）数"))
    return fig


def _township_axes(ax: Any, towns: list[str], xmax: float, xlabel: str, title: str) -> None:
    """The shared look of the per-township bar charts: townships top-down, whole numbers,
    a legend, and a note instead of an empty frame when no township exists yet."""
    ax.set_yticks(list(range(len(towns))), towns)
    ax.invert_yaxis()
    ax.set_xlim(0, xmax)
    ax.xaxis.set_major_locator(MaxNLocator(nbins=5, integer=True))  # a narrow pane: few ticks
    ax.set_xlabel(xlabel)
    ax.set_title(title, wrap=True)  # wraps in a narrow pane instead of being cut
    if towns:
        legend_below(ax.figure)
    else:
        ax.text(0.5, 0.5, t("尚未录入乡镇"), transform=ax.transAxes, ha="center",
                va="center", color="#555555")
    style_axes(ax)


COVERAGE_COLOURS = {"ok": "#2E86C1", "no_b": "#E67E22", "none": "#C0392B"}


def coverage_by_township(db: Database) -> list[tuple[str, int, int, int]]:
    """(township, villages fully staffed, disaster-prone lacking their A/B posts, without any
    officer) in 区划代码 order; the township's own posts count as one more place."""
    from emergency_desk.services.officers.views import OfficerViews, code_order

    order = code_order(db)
    counts: dict[str, list[int]] = {}
    keys: dict[str, Any] = {}
    for row in OfficerViews(db).coverage():
        town = row.township
        c = counts.setdefault(town, [0, 0, 0])
        if row.level == RegionLevel.TOWNSHIP:
            keys[town] = order(row.path)
        c[2 if row.coverage_gap else 1 if row.ab_gap else 0] += 1
    return [(town, c[0], c[1], c[2]) for town, c in
            sorted(counts.items(), key=lambda kv: keys.get(kv[0], ((kv[0], ""),)))]


def coverage_by_township_figure(db: Database) -> Figure:
    """灾害信息员配备情况 per township: places (the township and its villages/communities)
    staffed, disaster-prone ones without their A and B posts (O2), and ones with nobody (O1)."""
    data = coverage_by_township(db)
    fig = chart_figure(6.0, max(2.4, 0.42 * len(data) + 1.3))
    ax = fig.add_subplot()
    y = list(range(len(data)))
    left = [0] * len(data)
    parts = [(t("已配备"), [d[1] for d in data], "ok"),
             (t("缺AB岗"), [d[2] for d in data], "no_b"),
             (t("未配备"), [d[3] for d in data], "none")]
    bars = None
    for label, values, colour in parts:
        bars = ax.barh(y, values, left=left, color=COVERAGE_COLOURS[colour], height=0.6,
                       label=label)
        left = [a + b for a, b in zip(left, values, strict=True)]
    if bars is not None and data:
        ax.bar_label(bars, padding=3,
                     labels=[t("缺口 {n}", n=d[2] + d[3]) if d[2] + d[3] else "" for d in data])
    _township_axes(ax, [d[0] for d in data], max([*left, 1]) * 1.22, t("乡镇及村（社区）数"),
                   t("各乡镇灾害信息员配备情况"))
    return fig
