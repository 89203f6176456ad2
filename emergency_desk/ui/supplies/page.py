"""应急物资 page: the stock ledger (batches tinted by expiry band), warehouses and items as tabs.

Movements (入库/出库/调拨/报损/盘点) open dialogs that go through the services, so a refused
document changes nothing; after an issue or a transfer the signed slip can be printed at once.
"""

from __future__ import annotations

from datetime import date
from functools import partial
from typing import Any, cast

from PySide6.QtCore import Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QComboBox, QVBoxLayout, QWidget

from emergency_desk.data.db import Database
from emergency_desk.data.supplies import TOP_CATEGORIES, DocType
from emergency_desk.errors import KnownError
from emergency_desk.i18n import t
from emergency_desk.services.checks import Severity
from emergency_desk.services.checks.by_record import RecordAlerts, alerts_by_record
from emergency_desk.services.regions.regions import RegionService
from emergency_desk.services.settings import SettingsService
from emergency_desk.services.supplies.batches import BatchService
from emergency_desk.services.supplies.stock import BookedDoc
from emergency_desk.services.supplies.views import (
    BAND_LABELS,
    CatalogueViews,
    StockQuery,
    StockRow,
    StockViews,
    band_of,
)
from emergency_desk.ui import crash, workers
from emergency_desk.ui.supplies.dialogs import (
    make_batch_dialog,
    make_outgoing_dialog,
    make_receive_dialog,
    run_dialog,
)
from emergency_desk.ui.supplies.stocktake import StockCardDialog, StocktakeDialog
from emergency_desk.ui.supplies.tabs import (
    AgreementsTab,
    ExcelActions,
    ItemsTab,
    QuotasTab,
    WarehousesTab,
)
from emergency_desk.ui.widgets import register_page
from emergency_desk.ui.widgets.background_alerts import RuleTints
from emergency_desk.ui.widgets.lazy_tabs import LazyTabs
from emergency_desk.ui.widgets.register_page import RegisterPage
from emergency_desk.ui.widgets.table_model import (
    TINT_ORANGE,
    TINT_RED,
    TINT_YELLOW,
    ColumnSpec,
    LazyTableModel,
    RowStyle,
)
from emergency_desk.ui.widgets.township_list import townships_this_turn

PAGE_TITLE = "应急物资"
_STOCK_RULES = ("S1", "S2", "S6", "S7")
_BAND_TINT = {"expired": TINT_RED, "30": TINT_ORANGE, "90": TINT_YELLOW}


def stock_columns(today: date) -> list[ColumnSpec[StockRow]]:
    return [
        ColumnSpec(t("仓库"), lambda r: r.warehouse_name, "warehouse", width=170),
        ColumnSpec(t("物资名称"), lambda r: r.item_name, "item", width=110),
        ColumnSpec(t("规格型号"), lambda r: r.spec, None, width=110),
        ColumnSpec(t("单位"), lambda r: r.unit, None, width=44),
        ColumnSpec(t("数量"), lambda r: r.qty, "qty", width=70),
        ColumnSpec(t("批号"), lambda r: r.batch_no, "batch_no", width=100),
        ColumnSpec(t("生产日期"), lambda r: r.production_date, "production", width=92),
        ColumnSpec(t("有效期至"), lambda r: r.expiry_date, "expiry", width=92),
        ColumnSpec(t("剩余天数"), lambda r: r.days_left(today), "expiry", width=70),
        ColumnSpec(t("状态"), lambda r: r.status.label, "status", width=60),
        ColumnSpec(t("资金来源"), lambda r: r.funding, None, width=70),
        ColumnSpec(t("分类编码"), lambda r: r.category_code, "category", width=80),
        ColumnSpec(t("区划"), lambda r: r.region, "region", width=120),
        ColumnSpec(t("备注"), lambda r: r.remark, None, width=120),
    ]


def stock_alerts(db: Database) -> RecordAlerts:
    """The stock rules' alerts by batch: the worst severity and every message."""
    return alerts_by_record(db, _STOCK_RULES, ("stock_batch",), with_rule=False)["stock_batch"]


class StockTab(RuleTints, ExcelActions, RegisterPage):
    """库存台账: one row per batch with stock."""

    register, title = "stock", "物资台账"

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.views = StockViews(db)
        self.today = date.today()
        self.near_days = int(SettingsService(db).get("expiry_warning_days"))
        self.last_doc: BookedDoc | None = None
        self._build_actions()
        self._build_filters()
        self._fill_filters()
        self.read_tints(lambda: stock_alerts(db))
        self._load_alerts_after_paint()
        self.set_model(LazyTableModel(stock_columns(self.today), self.views.count, self._fetch,
                                      self.build_query(), row_style=self._row_style))

    def _build_actions(self) -> None:
        tr = self.tr
        self.add_action(tr("入库"), self.receive, QKeySequence.StandardKey.New,
                        tip=tr("登记入库（新批次或补充已有批次）"))
        self.add_action(tr("出库发放"), lambda: self.outgoing(DocType.ISSUE),
                        tip=tr("发放物资，默认先到期先出"))
        self.add_action(tr("调拨"), lambda: self.outgoing(DocType.TRANSFER),
                        tip=tr("从一个仓库调到另一个仓库（两边同时入账）"))
        self.add_action(tr("轮换"), lambda: self.outgoing(DocType.ROTATION), needs_selection=True,
                        tip=tr("临期批次换出，新批次换入（同一张轮换单）"))
        self.add_action(tr("退库"), lambda: self.outgoing(DocType.RETURN),
                        tip=tr("发放后未用完的物资退回原批次"))
        self.add_action(tr("报损"), lambda: self.outgoing(DocType.WRITEOFF), needs_selection=True,
                        tip=tr("报损报废选中的批次"))
        self.add_action(tr("盘点"), self.stocktake, tip=tr("按所选仓库盘点，录入实存数并入账差异"))
        self.add_action(tr("批次信息"), self.edit_current, needs_selection=True,
                        tip=tr("修改选中批次的批号、日期、状态等（回车或双击）"))
        self.add_action(tr("保管账"), self.show_card, needs_selection=True,
                        tip=tr("该物资在该仓库的收、发、结存明细"))
        self.add_action(tr("删除"), self.delete_selected, QKeySequence.StandardKey.Delete,
                        needs_selection=True, tip=tr("删除已无库存的批次（可在回收站恢复）"))
        self.toolbar.addSeparator()
        self.add_excel_actions()
        self.add_action(tr("打印台账"), self.print_ledger, QKeySequence.StandardKey.Print,
                        tip=tr("应急物资储备台账（明细表）PDF"))
        self.add_action(tr("临期清单"), self.print_expiry,
                        tip=tr("临期/过期物资清单和储备补充计划 PDF"))
        self.print_slip_action = self.add_action(tr("打印单据"), self.print_slip,
                                                 tip=tr("打印刚办理的入库单/出库单/调拨单"))
        self.print_slip_action.setEnabled(False)
        self.toolbar.addSeparator()
        self.add_action(tr("刷新"), self.refresh, tip=tr("重新读取（F5）"))

    def _build_filters(self) -> None:
        tr = self.tr
        self.township_filter = QComboBox()
        self.township_filter.setObjectName("township_filter")
        self.warehouse_filter = QComboBox()
        self.warehouse_filter.setObjectName("warehouse_filter")
        self.band_filter = QComboBox()
        self.band_filter.setObjectName("band_filter")
        self.band_filter.addItem(tr("全部"), None)
        for key in ("expired", "30", "90", "ok"):
            self.band_filter.addItem(t(BAND_LABELS[key]), key)
        self.category_filter = QComboBox()
        self.category_filter.setObjectName("category_filter")
        self.category_filter.addItem(tr("全部分类"), None)
        for code, name in TOP_CATEGORIES:
            self.category_filter.addItem(f"{code} {t(name)}", code)
        for w, label in ((self.township_filter, tr("乡镇")), (self.warehouse_filter, tr("仓库")),
                         (self.band_filter, tr("有效期")), (self.category_filter, tr("分类"))):
            w.currentIndexChanged.connect(lambda _i: self.apply_filters())
            self.add_filter(w, label)

    # -- data ----------------------------------------------------------------------------
    def _fetch(self, q: StockQuery, offset: int, limit: int) -> list[StockRow]:
        return self.views.list(q, offset, limit)

    def _fill_filters(self) -> None:
        keep_t, keep_w = self.township_filter.currentData(), self.warehouse_filter.currentData()
        for combo in (self.township_filter, self.warehouse_filter):
            combo.blockSignals(True)
            combo.clear()
        self.township_filter.addItem(self.tr("全部乡镇"), None)
        for r in townships_this_turn(self.db):
            self.township_filter.addItem(r.name, r.id)
        self.warehouse_filter.addItem(self.tr("全部仓库"), None)
        for wid, name in CatalogueViews(self.db).warehouse_choices():
            self.warehouse_filter.addItem(name, wid)
        for combo, keep in ((self.township_filter, keep_t), (self.warehouse_filter, keep_w)):
            combo.setCurrentIndex(max(combo.findData(keep), 0))
            combo.blockSignals(False)

    def _row_style(self, r: StockRow) -> RowStyle | None:
        alert = self._alerts.get(r.id)
        tip = "\n".join(alert[1]) if alert else None
        tint = _BAND_TINT.get(band_of(r.expiry_date, self.today, self.near_days))
        if tint is None and alert and alert[0] == Severity.RED:
            tint = TINT_RED  # a ledger that disagrees with its documents
        return RowStyle(tint, tooltip=tip) if tint or tip else None

    def build_query(self) -> StockQuery:
        # County warehouse first, then townships and villages, as the ledger is printed.
        old = self.model.query if self.model is not None else StockQuery(order_by="region")
        return StockQuery(search=self.search.text().strip(),
                          warehouse_id=self.warehouse_filter.currentData(),
                          within_region_id=self.township_filter.currentData(),
                          category_code=self.category_filter.currentData(),
                          band=self.band_filter.currentData(), today=self.today,
                          near_days=self.near_days, order_by=old.order_by,
                          descending=old.descending)

    def refresh(self) -> None:
        self._fill_filters()
        self.apply_filters()
        self._load_alerts()  # after the table's read: it has the worker threads to itself

    def show_batch(self, batch_id: int) -> bool:
        """Clear the filters and select one batch (a dashboard alert's record)."""
        for w in (self.search, self.township_filter, self.warehouse_filter, self.band_filter,
                  self.category_filter):
            w.blockSignals(True)
        self.search.clear()
        for combo in (self.township_filter, self.warehouse_filter, self.band_filter,
                      self.category_filter):
            combo.setCurrentIndex(0)
        for w in (self.search, self.township_filter, self.warehouse_filter, self.band_filter,
                  self.category_filter):
            w.blockSignals(False)
        self.apply_filters()
        return self.select_key(batch_id)

    def show_warehouse(self, warehouse_id: int) -> bool:
        i = self.warehouse_filter.findData(warehouse_id)
        if i < 0:
            return False
        self.warehouse_filter.setCurrentIndex(i)
        return True

    # -- movements -----------------------------------------------------------------------
    def _booked(self, booked: Any) -> None:
        if not isinstance(booked, BookedDoc):
            return
        self.last_doc = booked
        self.print_slip_action.setEnabled(True)
        self.notify_changed()
        if booked.batch_ids:
            self.select_key(booked.batch_ids[-1])

    def edit_row(self, row: StockRow) -> None:
        if run_dialog(make_batch_dialog(self.db, row.id, self)) is not None:
            self.notify_changed()
            self.select_key(row.id)

    def show_card(self) -> StockCardDialog | None:
        row: StockRow | None = self.current_row()
        if row is None:
            return None
        dialog = StockCardDialog(self.db, row.warehouse_id, row.item_id,
                                 f"{row.warehouse_name} {row.item_name} {row.spec}".strip(), self)
        dialog.open()
        return dialog

    def receive(self) -> None:
        self._booked(run_dialog(make_receive_dialog(self.db, self.warehouse_filter.currentData(),
                                                    self)))

    def outgoing(self, kind: DocType) -> None:
        row: StockRow | None = self.current_row()
        wid = row.warehouse_id if row else self.warehouse_filter.currentData()
        booked = run_dialog(make_outgoing_dialog(
            self.db, kind, warehouse_id=wid, item_id=row.item_id if row else None,
            batch_id=row.id if row else None, parent=self))
        self._booked(booked)
        if isinstance(booked, BookedDoc) and kind in (DocType.ISSUE, DocType.TRANSFER) and \
                register_page.confirm(
                self, self.tr("打印单据"),
                t("已登记 {no}。现在打印单据供签字吗？", no=booked.doc_no)):
            self.print_slip()

    def stocktake(self) -> None:
        wid = self.warehouse_filter.currentData()
        row = self.current_row()
        if wid is None and row is not None:
            wid = row.warehouse_id
        if wid is None:
            crash.show_error(self, KnownError(self.tr("请先在“仓库”筛选中选择要盘点的仓库。")))
            return
        dialog = StocktakeDialog(self.db, wid, self)
        dialog.exec()
        if dialog.done_ok:
            self.notify_changed()

    def delete_selected(self) -> None:
        rows: list[StockRow] = self.selected_rows()
        if not rows or not register_page.confirm(self, self.tr("删除批次"), self.tr(
                "确定删除选中的批次吗？\n删除后可在“回收站”中恢复。")):
            return
        refused = []
        for r in rows:
            try:
                BatchService(self.db).delete_batch(r.id)
            except KnownError as exc:
                refused.append(f"{r.item_name} {r.batch_no}：{exc.message}")
        self.notify_changed()
        if refused:
            crash.show_error(self, KnownError("\n".join(refused)))

    # -- printing ------------------------------------------------------------------------
    def _region_text(self) -> str | None:
        rid = self.township_filter.currentData()
        return RegionService(self.db).get(rid).name if rid is not None else None

    def print_ledger(self) -> workers.Task:
        from emergency_desk.reports.registry import generate_report

        region = self._region_text()
        # The page's warehouse, category, expiry and search filters too (named in 统计范围).
        q = self.build_query()
        parts = (register_page.combo_filter(t("仓库"), self.warehouse_filter)
                 + register_page.combo_filter(t("分类"), self.category_filter)
                 + register_page.combo_filter(t("有效期"), self.band_filter))
        if q.search:
            parts.append(t("搜索：{value}", value=q.search))
        return register_page.print_pdf(self, t("应急物资储备台账"), register_page.filtered(
            q, parts, lambda out: generate_report(self.db, "stock", out, region)))

    def print_expiry(self) -> workers.Task:
        from emergency_desk.reports.registry import generate_report

        region = self._region_text()
        return register_page.print_pdf(self, t("临期过期物资清单"),
                                       lambda out: generate_report(self.db, "expiry", out, region))

    def print_slip(self) -> workers.Task | None:
        from emergency_desk.reports.supplies import build_slip

        if self.last_doc is None:
            return None
        doc = self.last_doc
        return register_page.print_pdf(
            self, doc.doc_no, lambda out: build_slip(self.db, doc.doc_id, out))


class SuppliesPage(QWidget):
    """The 应急物资 page the main window shows: 库存台账 / 仓库 / 物资品目 / 储备定额 / 协议储备.

    The ledger is built when the page opens, the other tabs when first shown
    (ui/widgets/lazy_tabs.py): each reads its table when built, and five tables built at
    once kept the first opening at county scale frozen for 0.6 s and more."""

    changed = Signal()

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.stock = StockTab(db)
        self.stock.changed.connect(self._changed)
        self.tabs = LazyTabs()
        self.tabs.setObjectName("supplies_tabs")
        self.tabs.add_built("stock", self.stock, self.tr("库存台账"))
        self.tabs.tab_built.connect(self._tab_built)
        for key, make, title in (("warehouses", WarehousesTab, self.tr("仓库")),
                                 ("items", ItemsTab, self.tr("物资品目")),
                                 ("quotas", QuotasTab, self.tr("储备定额")),
                                 ("agreements", AgreementsTab, self.tr("协议储备"))):
            self.tabs.add_later(key, partial(make, db), title)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tabs)

    def _tab_built(self, _key: str, tab: QWidget) -> None:
        cast(RegisterPage, tab).changed.connect(self._changed)

    @property
    def warehouses(self) -> WarehousesTab:
        return cast(WarehousesTab, self.tabs.get("warehouses"))

    @property
    def items(self) -> ItemsTab:
        return cast(ItemsTab, self.tabs.get("items"))

    @property
    def quotas(self) -> QuotasTab:
        return cast(QuotasTab, self.tabs.get("quotas"))

    @property
    def agreements(self) -> AgreementsTab:
        return cast(AgreementsTab, self.tabs.get("agreements"))

    def wait_loaded(self, timeout_ms: int = 60_000) -> bool:
        """Spin the event loop until the ledger's tints are read (tests, scripts)."""
        return self.stock.wait_loaded(timeout_ms)

    def _changed(self) -> None:
        """An edit on one tab shows on the others built so far; a tab built later reads
        everything then."""
        for tab in self.tabs.built():
            if tab is not self.sender():
                tab.refresh()
        self.changed.emit()

    def show_record(self, table: str, record_id: int) -> bool:
        """Select the record an alert points at; False when the table is not ours."""
        if table == "stock_batch":
            self.tabs.show_tab("stock")
            return self.stock.show_batch(record_id)
        key = {"warehouse": "warehouses", "supply_item": "items", "stock_quota": "quotas",
               "agreement_reserve": "agreements"}.get(table)
        if key is None:
            return False
        tab = self.tabs.show_tab(key)
        tab.search.clear()
        tab.apply_filters()
        return bool(tab.select_key(record_id))
