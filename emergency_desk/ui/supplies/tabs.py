"""应急物资 catalogue tabs (仓库, 物资品目) and the Excel actions every supplies tab shares."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QWidget

from emergency_desk.data.db import Database
from emergency_desk.errors import KnownError
from emergency_desk.i18n import t
from emergency_desk.services.settings import SettingsService
from emergency_desk.services.supplies.quota import (
    AgreementQuery,
    AgreementRow,
    AgreementViews,
    QuotaQuery,
    QuotaService,
    QuotaStatus,
    QuotaViews,
)
from emergency_desk.services.supplies.supplies import SuppliesService
from emergency_desk.services.supplies.views import (
    CatalogueViews,
    ItemQuery,
    ItemRow,
    WarehouseQuery,
    WarehouseRow,
)
from emergency_desk.ui import crash, workers
from emergency_desk.ui.supplies.category_dialog import CategoryDialog
from emergency_desk.ui.supplies.dialogs import (
    make_agreement_dialog,
    make_item_dialog,
    make_quota_dialog,
    make_warehouse_dialog,
    run_dialog,
)
from emergency_desk.ui.widgets import register_page
from emergency_desk.ui.widgets.register_page import RegisterPage
from emergency_desk.ui.widgets.table_model import (
    TINT_ORANGE,
    TINT_RED,
    ColumnSpec,
    LazyTableModel,
    RowStyle,
)


class ExcelActions:
    """导入 / 导出 / 模板 for one register, as on the regions page."""

    db: Database
    register: str
    title: str

    def import_file(self) -> None:
        from emergency_desk.ui.widgets.import_wizard import ImportWizard

        wizard = ImportWizard(self.db, self.register, self)
        wizard.exec()
        if wizard.committed:
            self.notify_changed()

    def export_file(self) -> workers.Task | None:
        from emergency_desk.io.exporter import export_register

        stamp = datetime.now().strftime("%Y%m%d")
        path = register_page.ask_save_path(self, t("导出{title}", title=t(self.title)),
                                           f"{self.title}_{stamp}.xlsx")
        if path is None:
            return None
        path = path.with_suffix(".xlsx")
        return workers.run_task(self, t("正在导出…"),
                                lambda p: export_register(self.db, self.register, path, p),
                                lambda n: register_page.inform(self, t("导出完成"), t(
                                    "已导出 {n} 条到 {path}", n=n, path=path)))

    def save_template(self) -> None:
        from emergency_desk.io.template import write_template

        path = register_page.ask_save_path(self, t("保存导入模板"),
                                           f"{self.title}导入模板.xlsx")
        if path is not None:
            out = path.with_suffix(".xlsx")
            workers.run_task(self, t("正在生成模板…"), lambda _p: write_template(
                self.register, out), lambda _r: register_page.inform(self, t("模板已保存"),
                                                                    str(out)))

    def add_excel_actions(self) -> None:
        page: Any = self
        page.add_action(page.tr("导入"), self.import_file, tip=t("从 Excel 导入{title}",
                                                                title=t(self.title)))
        page.add_action(page.tr("导出"), self.export_file, tip=page.tr("导出为 Excel（可再导入）"))
        page.add_action(page.tr("模板"), self.save_template, tip=page.tr("保存空白导入模板"))



class WarehousesTab(ExcelActions, RegisterPage):
    register, title = "warehouses", "仓库"

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db, self.views = db, CatalogueViews(db)
        tr = self.tr
        self.add_action(tr("新增"), self.add_warehouse, QKeySequence.StandardKey.New)
        self.add_action(tr("编辑"), self.edit_current, needs_selection=True)
        self.add_action(tr("删除"), self.delete_selected, QKeySequence.StandardKey.Delete,
                        needs_selection=True, tip=tr("删除选中的仓库（可在回收站恢复）"))
        self.toolbar.addSeparator()
        self.add_excel_actions()
        cols: list[ColumnSpec[WarehouseRow]] = [
            ColumnSpec(t("仓库名称"), lambda r: r.name, "name", width=190),
            ColumnSpec(t("类型"), lambda r: r.type.label, "type", width=100),
            ColumnSpec(t("所属区划"), lambda r: r.region, "region", width=130),
            ColumnSpec(t("地址"), lambda r: r.address, None, width=160),
            ColumnSpec(t("保管员"), lambda r: r.keeper, None, width=70),
            ColumnSpec(t("联系电话"), lambda r: r.phone, None, width=110),
            ColumnSpec(t("面积(平方米)"), lambda r: r.area_m2, None, width=90),
            ColumnSpec(t("在库批次"), lambda r: r.batches, None, width=70),
            ColumnSpec(t("状态"), lambda r: r.status.label, None, width=60),
            ColumnSpec(t("备注"), lambda r: r.remark, None, width=140),
        ]
        self.set_model(LazyTableModel(cols, self.views.count_warehouses, self._fetch,
                                      WarehouseQuery()))

    def _fetch(self, q: WarehouseQuery, offset: int, limit: int) -> list[WarehouseRow]:
        return self.views.warehouses(q, offset, limit)

    def build_query(self) -> WarehouseQuery:
        old = self.model.query if self.model is not None else WarehouseQuery()
        return WarehouseQuery(search=self.search.text().strip(), order_by=old.order_by,
                              descending=old.descending)

    def add_warehouse(self) -> None:
        new_id = run_dialog(make_warehouse_dialog(self.db, parent=self))
        if new_id is not None:
            self.notify_changed()
            self.select_key(new_id)

    def edit_row(self, row: WarehouseRow) -> None:
        if run_dialog(make_warehouse_dialog(self.db, row.id, self)) is not None:
            self.notify_changed()
            self.select_key(row.id)

    def delete_selected(self) -> None:
        _delete(self, [(r.id, r.name) for r in self.selected_rows()],
                SuppliesService(self.db).delete_warehouse)


class ItemsTab(ExcelActions, RegisterPage):
    register, title = "items", "物资品目"

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db, self.views = db, CatalogueViews(db)
        tr = self.tr
        self.add_action(tr("新增"), self.add_item, QKeySequence.StandardKey.New)
        self.add_action(tr("编辑"), self.edit_current, needs_selection=True)
        self.add_action(tr("删除"), self.delete_selected, QKeySequence.StandardKey.Delete,
                        needs_selection=True, tip=tr("删除选中的物资品目（可在回收站恢复）"))
        self.add_action(tr("分类…"), self.edit_categories,
                        tip=tr("编辑物资分类树（GB/T 38565 三大类及本单位下级分类）"))
        self.toolbar.addSeparator()
        self.add_excel_actions()
        cols: list[ColumnSpec[ItemRow]] = [
            ColumnSpec(t("物资名称"), lambda r: r.name, "name", width=130),
            ColumnSpec(t("规格型号"), lambda r: r.spec, None, width=130),
            ColumnSpec(t("计量单位"), lambda r: r.unit, None, width=70),
            ColumnSpec(t("分类编码"), lambda r: r.category_code, "category", width=80),
            ColumnSpec(t("保质期(月)"), lambda r: r.shelf_life_months, None, width=80),
            ColumnSpec(t("常用物资"), lambda r: t("是") if r.frequently_used else "", None,
                       align=Qt.AlignmentFlag.AlignCenter, width=70),
            ColumnSpec(t("库存合计"), lambda r: r.total_qty, None, width=80),
            ColumnSpec(t("备注"), lambda r: r.remark, None, width=160),
        ]
        self.set_model(LazyTableModel(cols, self.views.count_items, self._fetch, ItemQuery()))

    def _fetch(self, q: ItemQuery, offset: int, limit: int) -> list[ItemRow]:
        return self.views.items(q, offset, limit)

    def build_query(self) -> ItemQuery:
        old = self.model.query if self.model is not None else ItemQuery()
        return ItemQuery(search=self.search.text().strip(), order_by=old.order_by,
                         descending=old.descending)

    def edit_categories(self) -> None:
        CategoryDialog(self.db, self).exec()

    def add_item(self) -> None:
        new_id = run_dialog(make_item_dialog(self.db, parent=self))
        if new_id is not None:
            self.notify_changed()
            self.select_key(new_id)

    def edit_row(self, row: ItemRow) -> None:
        if run_dialog(make_item_dialog(self.db, row.id, self)) is not None:
            self.notify_changed()
            self.select_key(row.id)

    def delete_selected(self) -> None:
        _delete(self, [(r.id, r.name) for r in self.selected_rows()],
                SuppliesService(self.db).delete_item)


def _delete(page: RegisterPage, rows: list[tuple[int, str]], delete: Any) -> None:
    if not rows or not register_page.confirm(page, page.tr("删除"), t(
            "确定删除“{name}”等 {n} 条记录吗？\n删除后可在“回收站”中恢复。", name=rows[0][1],
            n=len(rows))):
        return
    refused = []
    for rid, _name in rows:
        try:
            delete(rid)
        except KnownError as exc:
            refused.append(exc.message)
    page.notify_changed()
    if refused:
        crash.show_error(page, KnownError("\n".join(refused)))


class QuotasTab(ExcelActions, RegisterPage):
    """储备定额: minimum and standard per warehouse and item, with what is usable now."""

    register, title = "quotas", "储备定额"

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db, self.views = db, QuotaViews(db)
        tr = self.tr
        self.add_action(tr("新增"), self.add_quota, QKeySequence.StandardKey.New)
        self.add_action(tr("编辑"), self.edit_current, needs_selection=True)
        self.add_action(tr("删除"), self.delete_selected, QKeySequence.StandardKey.Delete,
                        needs_selection=True, tip=tr("删除选中的定额（可在回收站恢复）"))
        self.toolbar.addSeparator()
        self.add_excel_actions()
        cols: list[ColumnSpec[QuotaStatus]] = [
            ColumnSpec(t("仓库"), lambda r: r.warehouse_name, None, width=190),
            ColumnSpec(t("物资名称"), lambda r: r.item_name, None, width=120),
            ColumnSpec(t("规格型号"), lambda r: r.spec, None, width=120),
            ColumnSpec(t("单位"), lambda r: r.unit, None, width=44),
            ColumnSpec(t("最低储备"), lambda r: r.min_qty, None, width=80),
            ColumnSpec(t("标准储备"), lambda r: r.target_qty, None, width=80),
            ColumnSpec(t("可用数量"), lambda r: r.available, None, width=80),
            ColumnSpec(t("缺口"), lambda r: r.shortfall or None, None, width=60),
            ColumnSpec(t("建议补充量"), lambda r: r.suggested or None, None, width=80),
            ColumnSpec(t("依靠协议储备"), lambda r: t("是") if r.relies_on_agreement else "",
                       None, align=Qt.AlignmentFlag.AlignCenter, width=90),
        ]
        self.set_model(LazyTableModel(cols, self.views.count, self._fetch, QuotaQuery(),
                                      row_style=self._row_style,
                                      key=lambda r: r.quota_id))

    def _fetch(self, q: QuotaQuery, offset: int, limit: int) -> list[QuotaStatus]:
        return self.views.list(q, offset, limit)

    @staticmethod
    def _row_style(r: QuotaStatus) -> RowStyle | None:
        if r.shortfall <= 0:
            return None
        tip = t("可用 {a}，低于最低储备 {m}", a=f"{r.available:g}", m=f"{r.min_qty:g}")
        return RowStyle(TINT_RED if r.available <= 0 else TINT_ORANGE, tooltip=tip)

    def build_query(self) -> QuotaQuery:
        return QuotaQuery(search=self.search.text().strip())

    def add_quota(self) -> None:
        new_id = run_dialog(make_quota_dialog(self.db, parent=self))
        if new_id is not None:
            self.notify_changed()
            self.select_key(new_id)

    def edit_row(self, row: QuotaStatus) -> None:
        if run_dialog(make_quota_dialog(self.db, row.quota_id, self)) is not None:
            self.notify_changed()
            self.select_key(row.quota_id)

    def delete_selected(self) -> None:
        _delete(self, [(r.quota_id, f"{r.warehouse_name} {r.item_name}")
                       for r in self.selected_rows()], QuotaService(self.db).delete_quota)


class AgreementsTab(ExcelActions, RegisterPage):
    """协议储备 (B13): suppliers holding goods for the office, ending-soon ones tinted."""

    register, title = "agreements", "协议储备"

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db, self.views = db, AgreementViews(db)
        self.warn_days = int(SettingsService(db).get("agreement_warning_days"))
        tr = self.tr
        self.add_action(tr("新增"), self.add_agreement, QKeySequence.StandardKey.New)
        self.add_action(tr("编辑"), self.edit_current, needs_selection=True)
        self.add_action(tr("删除"), self.delete_selected, QKeySequence.StandardKey.Delete,
                        needs_selection=True, tip=tr("删除选中的协议（可在回收站恢复）"))
        self.toolbar.addSeparator()
        self.add_excel_actions()
        self.add_action(tr("打印名录"), self.print_directory, tip=tr("协议储备单位名录 PDF"))
        cols: list[ColumnSpec[AgreementRow]] = [
            ColumnSpec(t("单位"), lambda r: r.supplier, None, width=190),
            ColumnSpec(t("协议编号"), lambda r: r.contract_no, None, width=120),
            ColumnSpec(t("起始日期"), lambda r: r.start_date, None, width=92),
            ColumnSpec(t("截止日期"), lambda r: r.end_date, None, width=92),
            ColumnSpec(t("协议物资"), lambda r: r.goods, None, width=320,
                       tooltip=lambda r: r.goods),
            ColumnSpec(t("响应时限"), lambda r: r.response_hours, None, width=70),
            ColumnSpec(t("联系人"), lambda r: r.contact, None, width=70),
            ColumnSpec(t("电话"), lambda r: r.phone, None, width=110),
        ]
        self.set_model(LazyTableModel(cols, self.views.count, self._fetch, AgreementQuery(),
                                      row_style=self._row_style))

    def _fetch(self, q: AgreementQuery, offset: int, limit: int) -> list[AgreementRow]:
        return self.views.list(q, offset, limit)

    def _row_style(self, r: AgreementRow) -> RowStyle | None:
        if r.end_date is None:
            return None
        left = (r.end_date - date.today()).days
        if left < 0:
            return RowStyle(TINT_RED, tooltip=t("协议已到期"))
        if left <= self.warn_days:
            return RowStyle(TINT_ORANGE, tooltip=t("协议即将到期"))
        return None

    def build_query(self) -> AgreementQuery:
        return AgreementQuery(search=self.search.text().strip())

    def add_agreement(self) -> None:
        new_id = run_dialog(make_agreement_dialog(self.db, parent=self))
        if new_id is not None:
            self.notify_changed()
            self.select_key(new_id)

    def edit_row(self, row: AgreementRow) -> None:
        if run_dialog(make_agreement_dialog(self.db, row.id, self)) is not None:
            self.notify_changed()
            self.select_key(row.id)

    def delete_selected(self) -> None:
        _delete(self, [(r.id, r.supplier) for r in self.selected_rows()],
                QuotaService(self.db).delete_agreement)

    def print_directory(self) -> workers.Task:
        from emergency_desk.reports.registry import generate_report

        stamp = datetime.now().strftime("%Y%m%d_%H%M%S")
        out = register_page.documents_dir() / f"{t('协议储备单位名录')}_{stamp}.pdf"
        return workers.run_task(self, t("正在生成报表…"),
                                lambda _p: generate_report(self.db, "agreements", out),
                                lambda path: register_page.open_file(path))
