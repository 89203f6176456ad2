"""工作台 (dashboard): alert counts per register, the work list, and charts.

Every alert is one double-click from its record: the page emits `open_alert` and the main
window shows the register page that owns the record. The checks run again when a register page
reports a change (the main window calls `mark_stale`) and the dashboard is shown next.

The page paints first and fills itself from a worker (`ui.workers.run_in_background`): every
check, the register tiles and both charts take seconds on a county with 50,000 officers, and
the window used to wait for them (and for matplotlib's import) before it showed at all. Until
the worker answers, the cards, the work list and the charts say 正在检查…; matplotlib is
imported in the worker, the first time a chart is built. What the worker loads is in
`dashboard_data`; the cards in `dashboard_cards`; this module lays the page out.
"""

from __future__ import annotations

import time
from dataclasses import replace
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
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
from emergency_desk.services.checks import Severity, rules
from emergency_desk.ui import workers
from emergency_desk.ui.pages.dashboard_cards import (
    CARD_DETAILS,
    CARD_WIDTH,
    REGISTER_LABELS,
    AlertCard,
)
from emergency_desk.ui.pages.dashboard_data import (
    CHARTS,
    AlertList,
    AlertQuery,
    AlertRow,
    DashboardData,
    build_chart,
    load_dashboard,
)
from emergency_desk.ui.pages.register_tiles import RegisterTiles
from emergency_desk.ui.widgets.table_model import (
    TINT_ORANGE,
    TINT_RED,
    ColumnSpec,
    LazyTableModel,
    RowStyle,
)

if TYPE_CHECKING:
    from matplotlib.figure import Figure

PAGE_TITLE = "工作台"
# The charts' narrowest width: their pane at 150 % on a 1366×768 screen, beside the work list.
CHART_MIN_WIDTH = 200
# The work list keeps at least this many alerts in sight however narrow the window.
VISIBLE_ALERTS = 6
_SEVERITY_FILTERS = [(N_("全部级别"), None), (N_("严重"), Severity.RED),
                     (N_("警告"), Severity.ORANGE), (N_("提示"), Severity.INFO)]


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


class DashboardPage(QWidget):
    open_alert = Signal(object)  # Alert
    filled = Signal()  # the worker's checks, tiles and charts are on the page

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self._alerts = AlertList([])
        self._stale = False
        self._card_columns = 0
        self._loading: workers.Task | None = None
        self._reload = False  # a change came in while the worker ran: run again after it
        self._chart_task: workers.Task | None = None
        self.loaded_once = False
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
        self._show_placeholders()
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
            alert_columns(), lambda q: len(self._alerts.filtered(q)),
            lambda q, off, n: self._alerts.page(q, off, n), AlertQuery(),
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
        self.model.counted.connect(self._update_count)  # a count read after its rows
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
        # As narrow as the panel: sized to its longest chart name, at 150 % it made the panel
        # wider than its splitter pane and cut the severity chart's title on the right.
        self.chart_choice.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.chart_choice.setMinimumContentsLength(6)
        for label in CHARTS:
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
        scroll.setMinimumWidth(CHART_MIN_WIDTH + 20)
        return scroll

    # -- data ----------------------------------------------------------------------------
    def _show_placeholders(self) -> None:
        """正在检查… where the worker's figures will go: the page paints before any check."""
        self.heading.setText(t("工作台 · {d}", d=date.today().isoformat()))
        for card in self.cards.values():
            card.counts.setText(t("正在检查…"))
        self.count_label.setText(t("正在检查…"))
        for slot in (self.severity_slot, self.chosen_slot):
            self._set_slot(slot, self._placeholder(t("正在生成图表…")))

    @staticmethod
    def _placeholder(text: str) -> QLabel:
        label = QLabel(text)
        label.setObjectName("chart_placeholder")
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        label.setStyleSheet("color: #777777;")
        label.setMinimumHeight(120)
        return label

    def refresh(self) -> None:
        """Run every rule again (in a worker) and then redraw the counts, list and charts."""
        self._stale = False
        if self.is_loading():
            self._reload = True
            return
        self._reload = False
        chart = self.chart_choice.currentData()
        self._loading = workers.run_in_background(
            self, lambda: load_dashboard(self.db, chart), self._apply, self._load_failed)

    def is_loading(self) -> bool:
        return self._loading is not None and not self._loading.is_finished

    def wait_loaded(self, timeout_ms: int = 60_000) -> bool:
        """Spin the event loop until the worker's figures are on the page (tests, scripts)."""
        for _ in range(10):  # a refresh may start another (a change came in meanwhile)
            task = self._loading if self.is_loading() else self._chart_task
            if task is None or task.is_finished:
                return self._wait_rendered(timeout_ms)
            if not task.wait(timeout_ms):
                return False
        return False

    def _wait_rendered(self, timeout_ms: int) -> bool:
        """Spin until the shown charts' images are drawn (their workers, after the layout)."""
        deadline = time.monotonic() + timeout_ms / 1000
        while time.monotonic() < deadline:
            QApplication.processEvents()
            if not self.charts_rendering():
                return True
            time.sleep(0.005)
        return False

    def _load_failed(self, _exc: BaseException) -> None:
        self.count_label.setText(t("检查未完成，请按 F5 重新检查"))
        self._loading = None

    def _apply(self, data: DashboardData) -> None:
        if self._reload:  # a register changed while the worker ran: its figures are old
            self._loading = None
            self.refresh()
            return
        self._alerts = data.rows
        d = date.today().isoformat()
        self.heading.setText(t("{office} · 工作台 · {d}", office=data.office, d=d)
                             if data.office else t("工作台 · {d}", d=d))
        for reg, card in self.cards.items():
            card.set_counts(*data.counts.get(reg, (0, 0, 0)))
            card.details.setText("  ".join(f"{t(label)} {data.per_rule.get(rule, 0)}"
                                           for rule, label in CARD_DETAILS.get(reg, ())))
        self.tiles.set_tiles(data.tiles)
        self.model.set_query(self.model.query)
        self._update_count()
        self._show_figure(self.severity_slot, data.severity_figure)
        if data.chart_figure is not None and data.chart == self.chart_choice.currentData():
            self._show_figure(self.chosen_slot, data.chart_figure)
        else:  # the user picked another chart while the checks ran
            self._draw_chosen()
        self.loaded_once = True
        self._loading = None
        self.filled.emit()

    def _draw_chosen(self) -> None:
        """The chart picked in 图表, built in a worker (its queries read the whole county)."""
        label = self.chart_choice.currentData()
        if label not in CHARTS or self.is_loading():
            return  # the running refresh builds the chosen chart too
        self._set_slot(self.chosen_slot, self._placeholder(t("正在生成图表…")))

        def show(fig: Figure) -> None:
            if label == self.chart_choice.currentData():
                self._show_figure(self.chosen_slot, fig)

        self._chart_task = workers.run_in_background(
            self, lambda: build_chart(self.db, label), show)

    @staticmethod
    def _set_slot(slot: QVBoxLayout, widget: QWidget) -> None:
        while slot.count():
            item = slot.takeAt(0)
            if item.widget() is not None:
                item.widget().deleteLater()
        slot.addWidget(widget)

    def _show_figure(self, slot: QVBoxLayout, fig: Figure) -> None:
        from emergency_desk.ui.pages.chart_canvas import ChartImage

        # The figure follows the panel's width and height; below about 60 % of its natural
        # height the bars would crowd, so the panel scrolls from there on. (Read before the
        # image's worker gets the figure: from then on only that worker touches it.)
        natural = int(fig.get_size_inches()[1] * fig.dpi)
        # No wider than the chart pane at its narrowest (220, 150 % scaling): a wider chart
        # scrolled sideways and cut the severity chart's title.
        if slot is self.severity_slot:
            chart = ChartImage(fig, min(natural, 190), fixed=True)
        else:
            chart = ChartImage(fig, max(200, int(natural * 0.6)))
        chart.setMinimumWidth(CHART_MIN_WIDTH)
        self._set_slot(slot, chart)

    def charts_rendering(self) -> bool:
        """A chart's image is still being drawn by its worker (tests, scripts)."""
        from emergency_desk.ui.pages.chart_canvas import ChartImage

        return any(isinstance(w, ChartImage) and w.is_rendering()
                   for w in self.chart_box.findChildren(QWidget))

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
        return self._alerts.rows()
