"""工作台 (dashboard): alert counts per register, the work list, and charts.

Every alert is one double-click from its record: the page emits `open_alert` and the main
window shows the register page that owns the record. The checks run again when a register page
reports a change (the main window calls `mark_stale`) and the dashboard is shown next.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date

from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg
from matplotlib.figure import Figure
from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont, QFontMetrics, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from emergency_desk.data.db import Database
from emergency_desk.i18n import N_, t
from emergency_desk.reports import charts, plan_charts, supplies_charts
from emergency_desk.reports.teams import team_members_figure
from emergency_desk.services.checks import Alert, Severity, rules, run_checks
from emergency_desk.services.plans.six_have import scorecard
from emergency_desk.services.plans.views import PlanViews
from emergency_desk.services.settings import SettingsService
from emergency_desk.services.summary.overview import register_tiles
from emergency_desk.ui.pages.register_tiles import RegisterTiles
from emergency_desk.ui.widgets.table_model import (
    TINT_ORANGE,
    TINT_RED,
    ColumnSpec,
    LazyTableModel,
    RowStyle,
)

PAGE_TITLE = "工作台"
# Registers in the order the cards show them; a register without rules shows no card.
REGISTER_LABELS = {"regions": N_("行政区划"), "officers": N_("灾害信息员"),
                   "supplies": N_("应急物资"), "teams": N_("救援队伍"), "plans": N_("应急预案")}
# What each card spells out under its counts: the rules an inspector asks about first.
CARD_DETAILS = {"supplies": (("S1", N_("过期")), ("S2", N_("临期")), ("S3", N_("低于定额"))),
                "officers": (("O1", N_("无信息员")), ("O2", N_("缺AB岗"))),
                "teams": (("T1", N_("人数不足")), ("T3", N_("保险或证书到期"))),
                "plans": (("P1", N_("评估超期")), ("P3", N_("从未演练")))}
# The width a card needs for its counts on one line and its details on two (English).
CARD_WIDTH = 175
# The work list keeps at least this many alerts in sight however narrow the window.
VISIBLE_ALERTS = 6
_SEVERITY_FILTERS = [(N_("全部级别"), None), (N_("严重"), Severity.RED),
                     (N_("警告"), Severity.ORANGE), (N_("提示"), Severity.INFO)]


@dataclass(frozen=True)
class AlertRow:
    id: int  # position in the run; the lazy model's key
    alert: Alert
    register: str
    rule_title: str


@dataclass(frozen=True)
class AlertQuery:
    register: str | None = None
    severity: Severity | None = None
    search: str = ""
    order_by: str = "severity"
    descending: bool = False


_SORT_KEYS = {
    "severity": lambda r: (r.alert.severity.rank, r.alert.rule, r.alert.region),
    "rule": lambda r: (r.alert.rule[0], int(r.alert.rule[1:] or 0), r.alert.region),
    "region": lambda r: (r.alert.region, r.alert.severity.rank),
    "subject": lambda r: (r.alert.subject, r.alert.severity.rank),
}


def filter_alerts(rows: list[AlertRow], q: AlertQuery) -> list[AlertRow]:
    needle = q.search.strip().lower()
    out = [r for r in rows
           if (q.register is None or r.register == q.register)
           and (q.severity is None or r.alert.severity == q.severity)
           and (not needle or needle in (r.alert.region + r.alert.subject + r.alert.message
                                         + r.alert.rule + r.rule_title).lower())]
    out.sort(key=_SORT_KEYS.get(q.order_by, _SORT_KEYS["severity"]), reverse=q.descending)
    return out


def alert_columns() -> list[ColumnSpec[AlertRow]]:
    return [
        ColumnSpec(t("级别"), lambda r: r.alert.severity.label, "severity", width=66,
                   align=Qt.AlignmentFlag.AlignCenter),
        # Narrow enough that 问题说明 (the column that matters) keeps most of a 1366 screen;
        # every cell's whole text is in its tooltip.
        ColumnSpec(t("规则"), lambda r: f"{r.alert.rule} {r.rule_title}", "rule", width=170,
                   tooltip=lambda r: f"{r.alert.rule} {r.rule_title}"),
        ColumnSpec(t("区划"), lambda r: r.alert.region, "region", width=120,
                   tooltip=lambda r: r.alert.region),
        ColumnSpec(t("对象"), lambda r: r.alert.subject, "subject", width=110,
                   tooltip=lambda r: r.alert.subject),
        ColumnSpec(t("问题说明"), lambda r: r.alert.message, None, width=320,
                   tooltip=lambda r: r.alert.message),
    ]


class AlertCard(QFrame):
    """A register's alert counts; clicking it limits the work list to that register."""

    clicked = Signal(str)

    def __init__(self, register: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.register = register
        self.setObjectName(f"card_{register}")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setMinimumWidth(100)
        self.title = QLabel(t(REGISTER_LABELS.get(register, register)))
        self.title.setStyleSheet("font-weight: bold;")
        self.title.setWordWrap(True)
        # Both wrap rather than clip when the cards share a 1366-pixel screen (English labels
        # are longer than Chinese ones).
        self.counts = QLabel()
        self.counts.setTextFormat(Qt.TextFormat.RichText)
        self.counts.setWordWrap(True)
        self.details = QLabel()
        self.details.setWordWrap(True)
        self.details.setObjectName("details")
        self.details.setStyleSheet("color: #444444;")
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.counts)
        layout.addWidget(self.details)
        layout.addStretch(1)  # cards in a row share its height; their text sits at the top
        self.details.setVisible(register in CARD_DETAILS)
        self.set_selected(False)

    def set_counts(self, red: int, orange: int, info: int) -> None:
        self.numbers = (red, orange, info)
        # Word joiners keep "49 提示" together: the line may break between the three groups,
        # never inside one; the label is at least as wide as the widest group.
        join = "\u2060"
        parts = [f'<span style="color:{charts.SEVERITY_COLOURS[sev]}; font-size:18pt;">{n}</span>'
                 f"{join}&nbsp;{join}{join.join(sev.label)}"
                 for sev, n in zip(Severity, (red, orange, info), strict=True)]
        self.counts.setText("&nbsp;&nbsp; ".join(parts))
        big = QFont(self.counts.font())
        big.setPointSizeF(18)
        small = QFontMetrics(self.counts.font())
        widest = max(QFontMetrics(big).horizontalAdvance(str(n)) + small.horizontalAdvance(
            f" {sev.label}") for sev, n in zip(Severity, (red, orange, info), strict=True))
        self.counts.setMinimumWidth(widest + 4)

    def set_selected(self, selected: bool) -> None:
        border = "#2c6fbb" if selected else "#c8c8c8"
        self.setStyleSheet(f"AlertCard {{ border: 2px solid {border}; border-radius: 6px;"
                           " background: white; }")

    def mousePressEvent(self, event) -> None:
        self.clicked.emit(self.register)
        super().mousePressEvent(event)


class DashboardPage(QWidget):
    open_alert = Signal(object)  # Alert

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self._rows: list[AlertRow] = []
        self._stale = False
        self._card_columns = 0
        top = self._build_heading()
        self._build_cards()
        left = self._build_alert_list()
        scroll = self._build_charts()
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(scroll)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setChildrenCollapsible(False)

        # The page scrolls vertically rather than squeezing: at 150 % scaling the cards take
        # two rows and the tiles wrap, and the work list still shows about six alerts.
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.setContentsMargins(10, 8, 10, 8)
        layout.addLayout(top)
        layout.addLayout(self.card_row)
        # The issue-16 registers (值班、应急管理员、避难场所 … 法规库、案例库) at a glance.
        self.tiles = RegisterTiles(body)
        self.tiles.rule_clicked.connect(self.search.setText)
        layout.addWidget(self.tiles)
        layout.addWidget(splitter, 1)
        self.body_scroll = QScrollArea()
        self.body_scroll.setObjectName("dashboard_scroll")
        self.body_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.body_scroll.setWidgetResizable(True)
        self.body_scroll.setWidget(body)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.body_scroll)
        self._register: str | None = None
        self.refresh()

    # -- building the page ---------------------------------------------------------------
    def _build_heading(self) -> QHBoxLayout:
        """The office and date, and the 重新检查 button (F5)."""
        tr = self.tr
        self.heading = QLabel()
        self.heading.setObjectName("heading")
        self.heading.setStyleSheet("font-size: 15pt; font-weight: bold;")
        refresh = QPushButton(tr("重新检查（F5）"))
        refresh.clicked.connect(self.refresh)
        QShortcut(QKeySequence(Qt.Key.Key_F5), self, self.refresh,
                  context=Qt.ShortcutContext.WidgetWithChildrenShortcut)
        top = QHBoxLayout()
        top.addWidget(self.heading, 1)
        top.addWidget(refresh)
        return top

    def _build_cards(self) -> None:
        """One card of counts per register that has rules, after the 全部预警 card."""
        tr = self.tr
        self.cards: dict[str, AlertCard] = {}
        self.card_row = QGridLayout()
        all_card = AlertCard("", self)
        all_card.title.setText(tr("全部预警"))
        all_card.clicked.connect(self.choose_register)
        self.cards[""] = all_card
        registers = {r.register for r in rules()}
        for reg in REGISTER_LABELS:
            if reg in registers:
                card = AlertCard(reg, self)
                card.clicked.connect(self.choose_register)
                self.cards[reg] = card
        self._arrange_cards(len(self.cards))

    def _arrange_cards(self, columns: int) -> None:
        """The cards in rows of `columns`, sharing the width equally."""
        if columns == self._card_columns:
            return
        self._card_columns = columns
        for card in self.cards.values():
            self.card_row.removeWidget(card)
        for i, card in enumerate(self.cards.values()):
            self.card_row.addWidget(card, i // columns, i % columns)
        for c in range(len(self.cards)):
            self.card_row.setColumnStretch(c, 1 if c < columns else 0)

    def resizeEvent(self, event) -> None:
        # One row where every card keeps "112 警告" on a line (1366 at 100 %), else two rows:
        # six cards in one row at 150 % cut their counts and details.
        # The page's own width: its scroll area may not have been resized yet. Less the
        # margins and a vertical scroll bar.
        one_row = len(self.cards) * CARD_WIDTH <= event.size().width() - 40
        self._arrange_cards(len(self.cards) if one_row else -(-len(self.cards) // 2))
        super().resizeEvent(event)

    def _build_alert_list(self) -> QWidget:
        """The work list: severity filter, search, the lazy alert table and its count."""
        tr = self.tr
        self.search = QLineEdit()
        self.search.setObjectName("alert_search")
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(tr("在预警中查找：区划、对象、说明"))
        self.search.textChanged.connect(lambda _t: self.apply_filters())
        self.severity = QComboBox()
        self.severity.setObjectName("severity_filter")
        for label, sev in _SEVERITY_FILTERS:
            self.severity.addItem(t(label), sev)
        self.severity.currentIndexChanged.connect(lambda _i: self.apply_filters())
        filters = QHBoxLayout()
        # The heading wraps (English at 150 % scaling) rather than widening the page past
        # the window; the cards above leave no height for a second row of filters.
        heading = QLabel(tr("待办事项（双击打开对应记录）"))
        heading.setWordWrap(True)
        heading.setMinimumWidth(100)
        filters.addWidget(heading, 1)
        filters.addWidget(QLabel(tr("级别")))
        filters.addWidget(self.severity)
        self.search.setMinimumWidth(100)
        filters.addWidget(self.search, 1)

        self.model: LazyTableModel[AlertRow, AlertQuery] = LazyTableModel(
            alert_columns(), lambda q: len(filter_alerts(self._rows, q)),
            lambda q, off, n: filter_alerts(self._rows, q)[off:off + n], AlertQuery(),
            row_style=self._row_style, page_size=500)
        self.table = QTableView()
        self.table.setObjectName("alerts")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        self.table.setSortingEnabled(True)
        self.table.horizontalHeader().setSortIndicator(0, Qt.SortOrder.AscendingOrder)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        for i, col in enumerate(self.model.columns):
            if col.width:
                self.table.setColumnWidth(i, col.width)
        self.table.doubleClicked.connect(self._activated)
        header = self.table.horizontalHeader().sizeHint().height()
        self.table.setMinimumHeight(header + VISIBLE_ALERTS * self.table.verticalHeader()
                                    .defaultSectionSize() + 2 * self.table.frameWidth()
                                    + self.table.horizontalScrollBar().sizeHint().height())
        self.count_label = QLabel()
        left = QWidget()
        ll = QVBoxLayout(left)
        ll.setContentsMargins(0, 0, 0, 0)
        ll.addLayout(filters)
        ll.addWidget(self.table, 1)
        ll.addWidget(self.count_label)
        return left

    def _build_charts(self) -> QScrollArea:
        """The severity chart and one chosen chart, in a scroll area."""
        tr = self.tr
        self.chart_box = QWidget()
        self.chart_layout = QVBoxLayout(self.chart_box)
        self.chart_layout.setContentsMargins(0, 0, 0, 0)
        self.severity_slot = QVBoxLayout()
        self.chosen_slot = QVBoxLayout()
        self.chart_choice = QComboBox()
        self.chart_choice.setObjectName("chart_choice")
        for label, _build in self.chart_builders():
            self.chart_choice.addItem(t(label), label)
        self.chart_choice.currentIndexChanged.connect(lambda _i: self._draw_chosen())
        choice_row = QHBoxLayout()
        choice_row.addWidget(QLabel(tr("图表")))
        choice_row.addWidget(self.chart_choice, 1)
        self.chart_layout.addLayout(self.severity_slot)
        self.chart_layout.addLayout(choice_row)
        # The chosen chart takes the rest of the panel's height, so all nine townships show
        # on a 1366×768 screen instead of the first five and a scroll bar.
        self.chart_layout.addLayout(self.chosen_slot, 1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.chart_box)
        scroll.setMinimumWidth(220)
        return scroll

    # -- data ----------------------------------------------------------------------------
    def refresh(self) -> None:
        """Run every rule again and redraw the counts, the list and the charts."""
        titles = {r.id: (r.register, t(r.title)) for r in rules()}
        alerts = run_checks(self.db)
        self._rows = [AlertRow(i, a, *titles.get(a.rule, ("", "")))
                      for i, a in enumerate(alerts)]
        self._stale = False
        office = SettingsService(self.db).get("office_name")
        self.heading.setText(t("{office} · 工作台 · {d}", office=office,
                               d=date.today().isoformat()) if office
                             else t("工作台 · {d}", d=date.today().isoformat()))
        per_rule: dict[str, int] = {}
        for r in self._rows:
            per_rule[r.alert.rule] = per_rule.get(r.alert.rule, 0) + 1
        for reg, card in self.cards.items():
            mine = [r for r in self._rows if not reg or r.register == reg]
            card.set_counts(*(sum(1 for r in mine if r.alert.severity == s) for s in Severity))
            card.details.setText("  ".join(f"{t(label)} {per_rule.get(rule, 0)}"
                                           for rule, label in CARD_DETAILS.get(reg, ())))
        self.tiles.set_tiles(register_tiles(self.db, alerts))
        self.model.set_query(self.model.query)
        self._update_count()
        self._draw_charts(alerts)

    def chart_builders(self) -> list[tuple[str, Callable[[], Figure]]]:
        """The charts a user can pick beside the work list; only the chosen one is drawn."""
        db = self.db
        return [
            (N_("各乡镇灾害信息员配备情况"), lambda: charts.coverage_by_township_figure(db)),
            (N_("物资有效期分布"), lambda: supplies_charts.expiry_timeline_figure(db)),
            (N_("物资按类别统计"), lambda: supplies_charts.stock_by_category_figure(db)),
            (N_("救援队伍人数"), lambda: team_members_figure(db)),
            (N_("应急预案（按状态）"),
             lambda: plan_charts.plans_by_status_figure(PlanViews(db).list())),
            (N_("各月演练次数"), lambda: plan_charts.drills_per_month_figure(
                PlanViews(db).drills(), date.today().year)),
            (N_("“六有”自查"), lambda: plan_charts.six_have_figure(scorecard(db))),
            (N_("各乡镇村（社区）数"), lambda: charts.regions_by_township_figure(db)),
        ]

    def _draw_charts(self, alerts: list[Alert]) -> None:
        self._show_figure(self.severity_slot, charts.alerts_by_severity_figure(alerts))
        self._draw_chosen()

    def _draw_chosen(self) -> None:
        builders = dict(self.chart_builders())
        key = self.chart_choice.currentData()
        if key in builders:
            self._show_figure(self.chosen_slot, builders[key]())

    def _show_figure(self, slot: QVBoxLayout, fig: Figure) -> None:
        while slot.count():
            item = slot.takeAt(0)
            if item.widget() is not None:
                item.widget().deleteLater()
        canvas = FigureCanvasQTAgg(fig)
        # The figure follows the panel's width and height; below about 60 % of its natural
        # height the bars would crowd, so the panel scrolls from there on.
        natural = int(fig.get_size_inches()[1] * fig.dpi)
        if slot is self.severity_slot:
            canvas.setFixedHeight(min(natural, 190))
            canvas.setMinimumWidth(300)
        else:
            canvas.setMinimumSize(300, max(200, int(natural * 0.6)))
        slot.addWidget(canvas)

    def mark_stale(self) -> None:
        """A register changed: check again now if visible, else when next shown."""
        if self.isVisible():
            self.refresh()
        else:
            self._stale = True

    def showEvent(self, event) -> None:
        if self._stale:
            self.refresh()
        super().showEvent(event)

    # -- filtering -----------------------------------------------------------------------
    def choose_register(self, register: str) -> None:
        self._register = register or None
        for reg, card in self.cards.items():
            card.set_selected(reg == register)
        self.apply_filters()

    def apply_filters(self) -> None:
        self.model.set_query(replace(self.model.query, register=self._register,
                                     severity=self.severity.currentData(),
                                     search=self.search.text()))
        self._update_count()

    def _update_count(self) -> None:
        self.count_label.setText(t("共 {n} 条", n=self.model.total_count()))

    def _row_style(self, r: AlertRow) -> RowStyle | None:
        if r.alert.severity == Severity.RED:
            return RowStyle(TINT_RED)
        if r.alert.severity == Severity.ORANGE:
            return RowStyle(TINT_ORANGE)
        return None

    def _activated(self, index) -> None:
        row = self.model.row_at(index)
        if row is not None:
            self.open_alert.emit(row.alert)

    def alert_rows(self) -> list[AlertRow]:
        return list(self._rows)
