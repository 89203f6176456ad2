"""What the dashboard's worker loads: every check's alerts as work-list rows, the counts per
card, the register tiles and the charts (matplotlib figures, drawn once off the GUI thread).

No widget here: the page (`dashboard_page`) shows what `load_dashboard` returns. Kept apart so
the page's widgets and the worker's data each stay readable on their own.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

from emergency_desk.data.db import Database
from emergency_desk.i18n import N_, t
from emergency_desk.services.checks import Alert, Severity, rules, run_checks
from emergency_desk.services.settings import SettingsService
from emergency_desk.services.summary.overview import RegisterTile, register_tiles

if TYPE_CHECKING:
    from matplotlib.figure import Figure

# matplotlib's font set-up and rcParams are process-wide: one figure is built at a time, even
# when a chosen chart's worker overlaps a refresh's.
_FIGURE_LOCK = threading.Lock()
# Tests hold the worker here to see the page before it is filled (an Event they set later).
LOAD_GATE: threading.Event | None = None

# The charts a user can pick beside the work list; only the chosen one is built.
CHARTS = (N_("各乡镇灾害信息员配备情况"), N_("物资有效期分布"), N_("物资按类别统计"),
          N_("救援队伍人数"), N_("应急预案（按状态）"), N_("各月演练次数"), N_("“六有”自查"),
          N_("各乡镇村（社区）数"))


def build_chart(db: Database, label: str) -> Figure:
    """The chart a user picked beside the work list, by its (Chinese) label. Runs in a worker;
    the chart modules import matplotlib, so the import happens here, off the GUI thread."""
    from emergency_desk.reports import charts, plan_charts, supplies_charts
    from emergency_desk.reports.teams import team_members_figure
    from emergency_desk.services.plans.six_have import scorecard
    from emergency_desk.services.plans.views import PlanViews

    builders: dict[str, Callable[[], Figure]] = {
        CHARTS[0]: lambda: charts.coverage_by_township_figure(db),
        CHARTS[1]: lambda: supplies_charts.expiry_timeline_figure(db),
        CHARTS[2]: lambda: supplies_charts.stock_by_category_figure(db),
        CHARTS[3]: lambda: team_members_figure(db),
        CHARTS[4]: lambda: plan_charts.plans_by_status_figure(PlanViews(db).list()),
        CHARTS[5]: lambda: plan_charts.drills_per_month_figure(PlanViews(db).drills(),
                                                               date.today().year),
        CHARTS[6]: lambda: plan_charts.six_have_figure(scorecard(db)),
        CHARTS[7]: lambda: charts.regions_by_township_figure(db),
    }
    with _FIGURE_LOCK:
        return _drawn(builders[label]())


def _drawn(fig: Figure) -> Figure:
    """Draw the figure once here, in the worker: the window's canvas then draws it again at its
    own size, but with matplotlib's text measurements cached, in a fraction of the time."""
    from matplotlib.backends.backend_agg import FigureCanvasAgg

    FigureCanvasAgg(fig).draw()
    return fig


@dataclass(frozen=True)
class RenderedChart:
    """A figure drawn at a widget's size: RGBA pixels for a QImage, nothing of matplotlib."""

    rgba: bytes
    width: int  # device pixels
    height: int
    grown: float  # device pixels the fitted titles, labels and legend added (fit_texts)


def render_chart(fig: Figure, width: int, height: int, ratio: float) -> RenderedChart:
    """Fit and draw `fig` at `width` × `height` logical pixels on a screen of device pixel
    ratio `ratio` — in a worker: fitting and drawing a chart took 0.2–0.9 s of the GUI
    thread at county scale when matplotlib's Qt canvas did it. matplotlib's object API is
    safe off the GUI thread for a figure only one thread touches at a time: the figures are
    handed to the page once built and drawn only here, under the lock."""
    from matplotlib.backends.backend_agg import FigureCanvasAgg

    from emergency_desk.reports.chart_fit import fit_texts

    with _FIGURE_LOCK:
        canvas = FigureCanvasAgg(fig)
        # As matplotlib's Qt canvas does on a hi-dpi screen: the figure's dpi scales with the
        # ratio, so fonts and lines keep their size in logical pixels and stay sharp.
        canvas._set_device_pixel_ratio(ratio)
        logical_dpi = fig.dpi / ratio
        fig.set_size_inches(width / logical_dpi, height / logical_dpi)
        grown = fit_texts(fig)
        canvas.draw()
        buffer = canvas.buffer_rgba()
        return RenderedChart(bytes(buffer), buffer.shape[1], buffer.shape[0], grown)


@dataclass
class DashboardData:
    """What the worker hands the page: plain rows and figures, no session or ORM object."""

    alerts: list[Alert]
    rows: AlertList  # sorted for the work list's first order already
    counts: dict[str, tuple[int, int, int]]  # per card ('' = all): 严重, 警告, 提示
    per_rule: dict[str, int]
    office: str
    tiles: list[RegisterTile]
    severity_figure: Figure
    chart: str | None
    chart_figure: Figure | None


def load_dashboard(db: Database, chart: str | None) -> DashboardData:
    """Every check, the tiles and both charts (a worker's job; its own sessions)."""
    if LOAD_GATE is not None:
        LOAD_GATE.wait(30)
    from emergency_desk.reports import charts

    alerts = run_checks(db)
    titles = {r.id: (r.register, t(r.title)) for r in rules()}
    rows = AlertList([packed(i, a, *titles.get(a.rule, ("", "")))
                      for i, a in enumerate(alerts)])
    rows.ordered(AlertQuery().order_by)
    counts: dict[str, list[int]] = {"": [0, 0, 0]}
    per_rule: dict[str, int] = {}
    rank = {sev.value: i for i, sev in enumerate(Severity)}
    for p in rows.packed:
        per_rule[p[_RULE]] = per_rule.get(p[_RULE], 0) + 1
        for reg in ("", p[_REGISTER]):
            counts.setdefault(reg, [0, 0, 0])[rank[p[_SEVERITY]]] += 1
    office = str(SettingsService(db).get("office_name") or "")
    tiles = register_tiles(db, alerts)
    with _FIGURE_LOCK:
        severity = _drawn(charts.alerts_by_severity_figure(alerts))
    chosen = build_chart(db, chart) if chart in CHARTS else None
    return DashboardData(alerts, rows, {k: (v[0], v[1], v[2]) for k, v in counts.items()},
                         per_rule, office, tiles, severity, chart, chosen)


@dataclass(frozen=True)
class AlertRow:
    id: int  # position in the run; the lazy model's key
    alert: Alert
    register: str
    rule_title: str


# A work-list alert as the page keeps it: a plain tuple (position, rule, severity value,
# region, subject, message, table, record id, register, rule title). A county's dashboard
# keeps over 30,000 for as long as the window is open; the cycle collector stops walking a
# plain tuple of text and numbers after one pass over it, where it walked every Alert and
# AlertRow (two objects an alert) on each full pass: 0.03 s of the window's timed pass at
# 50k (issue 20). Only the page of rows the table asks for becomes AlertRows (`page`).
Packed = tuple[int, str, str, str, str, str, str, int | None, str, str]
_RULE, _SEVERITY, _REGION, _SUBJECT, _MESSAGE, _REGISTER, _TITLE = 1, 2, 3, 4, 5, 8, 9


def packed(i: int, a: Alert, register: str, rule_title: str) -> Packed:
    return (i, a.rule, a.severity.value, a.region, a.subject, a.message, a.table,
            a.record_id, register, rule_title)


def unpacked(p: Packed) -> AlertRow:
    return AlertRow(p[0], Alert(p[1], Severity(p[2]), p[3], p[4], p[5], p[6], p[7]), p[8],
                    p[9])


@dataclass(frozen=True)
class AlertQuery:
    register: str | None = None
    severity: Severity | None = None
    search: str = ""
    order_by: str = "severity"
    descending: bool = False


_RANK = {s.value: s.rank for s in Severity}
_SORT_KEYS: dict[str, Callable[[Packed], tuple[object, ...]]] = {
    "severity": lambda p: (_RANK[p[_SEVERITY]], p[_RULE], p[_REGION]),
    "rule": lambda p: (p[_RULE][0], int(p[_RULE][1:] or 0), p[_REGION]),
    "region": lambda p: (p[_REGION], _RANK[p[_SEVERITY]]),
    "subject": lambda p: (p[_SUBJECT], _RANK[p[_SEVERITY]]),
}


class AlertList:
    """A run's alerts, sorted once per order (not on every count and page the lazy model
    asks for: a county of 50,000 records has over 100,000 alerts), filtered in that order."""

    def __init__(self, rows: list[Packed]) -> None:
        self.packed = rows
        self._sorted: dict[str, list[Packed]] = {}
        self._last: tuple[AlertQuery, list[Packed]] | None = None

    def rows(self) -> list[AlertRow]:
        """Every alert as a work-list row, in the run's order."""
        return [unpacked(p) for p in self.packed]

    def page(self, q: AlertQuery, offset: int, n: int) -> list[AlertRow]:
        return [unpacked(p) for p in self.filtered(q)[offset:offset + n]]

    def ordered(self, order_by: str) -> list[Packed]:
        key = order_by if order_by in _SORT_KEYS else "severity"
        if key not in self._sorted:
            self._sorted[key] = sorted(self.packed, key=_SORT_KEYS[key])
        return self._sorted[key]

    def filtered(self, q: AlertQuery) -> list[Packed]:
        if self._last is not None and self._last[0] == q:
            return self._last[1]
        needle = q.search.strip().lower()
        # The page's 级别 box hands the severity back as its text value (Qt keeps the str).
        severity = str(q.severity) if q.severity is not None else None
        out = [p for p in self.ordered(q.order_by)
               if (q.register is None or p[_REGISTER] == q.register)
               and (severity is None or p[_SEVERITY] == severity)
               and (not needle or needle in (p[_REGION] + p[_SUBJECT] + p[_MESSAGE]
                                             + p[_RULE] + p[_TITLE]).lower())]
        if q.descending:
            out.reverse()
        self._last = (q, out)
        return out
