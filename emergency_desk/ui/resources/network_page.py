"""联络网与专家库 page (issue 16): the 应急联络网 (rule K1: entries not verified for months
are tinted; 标记已核实 records today's check) and the 专家库."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QCheckBox, QComboBox, QTabWidget, QVBoxLayout, QWidget

from emergency_desk.data.db import Database
from emergency_desk.data.resources import ContactCategory
from emergency_desk.i18n import counted, t
from emergency_desk.services.officers.trainings import months_before
from emergency_desk.services.resources.contacts import ContactRow, ContactService, stale
from emergency_desk.services.resources.experts import ExpertRow, ExpertService
from emergency_desk.services.settings import SettingsService
from emergency_desk.ui.plans.dialogs import run_dialog
from emergency_desk.ui.resources.network_dialogs import make_contact_dialog, make_expert_dialog
from emergency_desk.ui.township.tabs import ListQuery, ListTab, below_county
from emergency_desk.ui.widgets.table_model import TINT_YELLOW, ColumnSpec, LazyTableModel, RowStyle

PAGE_TITLE = "联络网与专家库"


class ContactsTab(ListTab):
    register, report, title_zh = "contacts", "contacts", "应急联络网"

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(db, parent)
        self.service = ContactService(db)
        self._due = date.today()
        tr = self.tr
        self.add_action(tr("新增"), self.add_contact, QKeySequence.StandardKey.New)
        self.add_action(tr("编辑"), self.edit_current, needs_selection=True)
        self.add_action(tr("删除"), self.delete_selected, QKeySequence.StandardKey.Delete,
                        needs_selection=True)
        self.toolbar.addSeparator()
        self.add_action(tr("标记已核实"), self.mark_verified, needs_selection=True,
                        tip=tr("已打电话核实选中的条目，核实日期记为今天"))
        self.add_file_actions()
        self.category = QComboBox()
        self.category.setObjectName("category_filter")
        self.category.addItem(tr("全部类别"), None)
        for c in ContactCategory:
            self.category.addItem(c.label, c)
        self.category.currentIndexChanged.connect(lambda _i: self.apply_filters())
        self.add_filter(self.category, tr("类别"))
        self.add_filter(self.township_filter, tr("乡镇"))
        cols: list[ColumnSpec[ContactRow]] = [
            ColumnSpec(t("类别"), lambda r: r.category.label, None, width=80),
            ColumnSpec(t("单位"), lambda r: r.unit, None, width=200),
            ColumnSpec(t("所属区划"), lambda r: below_county(r.region_path or ""), None,
                       width=110),
            ColumnSpec(t("职务"), lambda r: r.role, None, width=120),
            ColumnSpec(t("联系人"), lambda r: r.person, None, width=80),
            ColumnSpec(t("办公电话"), lambda r: r.office_phone, None, width=110),
            ColumnSpec(t("手机号码"), lambda r: r.mobile, None, width=110),
            ColumnSpec(t("核实日期"), lambda r: r.last_verified or t("未核实"), None, width=96),
        ]
        self._update_due()
        self.set_model(LazyTableModel(cols, self._count, self._fetch, ListQuery(),
                                      row_style=self._tint))

    def _update_due(self) -> None:
        self._months = int(SettingsService(self.db).get("contact_verify_months"))
        self._due = months_before(date.today(), self._months)

    def _tint(self, r: ContactRow) -> RowStyle | None:
        if not stale(r, self._due):
            return None
        return RowStyle(TINT_YELLOW, tooltip=t("K1 超过 {n} 个月未核实", n=self._months))

    def rows_for(self, q: ListQuery) -> list[ContactRow]:
        return self.service.list(q.search, self.category.currentData(), q.township_id)

    def build_query(self) -> ListQuery:
        return ListQuery(self.search.text().strip(), self.township_filter.currentData())

    def refresh(self) -> None:
        self._update_due()
        super().refresh()

    def add_contact(self) -> None:
        self.after_edit(run_dialog(lambda: make_contact_dialog(self.db, parent=self)))

    def edit_row(self, row: ContactRow) -> None:
        self.after_edit(run_dialog(lambda: make_contact_dialog(self.db, row.id, self)))

    def mark_verified(self) -> None:
        rows = self.selected_rows()
        if rows and self.service.verify([r.id for r in rows]):
            self.notify_changed()

    def delete_selected(self) -> None:
        self.delete_selected_rows(
            self.tr("删除联络网条目"),
            lambda rows: counted(self.tr("选中的 {0} 条联络网条目"), len(rows)),
            lambda r: self.service.delete(r.id))


class ExpertsTab(ListTab):
    register, report, title_zh = "experts", "experts", "专家库"

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(db, parent)
        self.service = ExpertService(db)
        tr = self.tr
        self.add_action(tr("新增"), self.add_expert, QKeySequence.StandardKey.New)
        self.add_action(tr("编辑"), self.edit_current, needs_selection=True)
        self.add_action(tr("删除"), self.delete_selected, QKeySequence.StandardKey.Delete,
                        needs_selection=True)
        self.add_file_actions()
        self.group = QComboBox()
        self.group.setObjectName("group_filter")
        self._fill_groups()
        self.group.currentIndexChanged.connect(lambda _i: self.apply_filters())
        self.available = QCheckBox(tr("仅可参与处置"))
        self.available.toggled.connect(lambda _c: self.apply_filters())
        self.add_filter(self.group, tr("专家组"))
        self.add_filter(self.available)
        cols: list[ColumnSpec[ExpertRow]] = [
            ColumnSpec(t("姓名"), lambda r: r.name, None, width=80),
            ColumnSpec(t("专家组"), lambda r: r.group, None, width=100),
            ColumnSpec(t("专业"), lambda r: r.specialty, None, width=150),
            ColumnSpec(t("职称"), lambda r: r.title, None, width=110),
            ColumnSpec(t("工作单位"), lambda r: r.unit, None, width=180),
            ColumnSpec(t("手机号码"), lambda r: r.mobile, None, width=110),
            ColumnSpec(t("专家库"), lambda r: r.source.label, None, width=60),
            ColumnSpec(t("可参与处置"), lambda r: r.available, None, width=80),
        ]
        self.set_model(LazyTableModel(cols, self._count, self._fetch, ListQuery()))

    def _fill_groups(self) -> None:
        current = self.group.currentData()
        self.group.blockSignals(True)
        self.group.clear()
        self.group.addItem(self.tr("全部专家组"), None)
        for g in self.service.groups():
            self.group.addItem(g, g)
        i = self.group.findData(current)
        self.group.setCurrentIndex(max(i, 0))
        self.group.blockSignals(False)

    def rows_for(self, q: ListQuery) -> list[ExpertRow]:
        return self.service.list(q.search, self.group.currentData(), self.available.isChecked())

    def build_query(self) -> ListQuery:
        return ListQuery(self.search.text().strip())

    def refresh(self) -> None:
        self._fill_groups()
        super().refresh()

    def add_expert(self) -> None:
        self.after_edit(run_dialog(lambda: make_expert_dialog(self.db, parent=self)))

    def edit_row(self, row: ExpertRow) -> None:
        self.after_edit(run_dialog(lambda: make_expert_dialog(self.db, row.id, self)))

    def delete_selected(self) -> None:
        self.delete_selected_rows(
            self.tr("删除专家"),
            lambda rows: counted(self.tr("选中的 {0} 名专家"), len(rows)),
            lambda r: self.service.delete(r.id))


class NetworkPage(QWidget):
    changed = Signal()

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.tabs = QTabWidget()
        self.tabs.setObjectName("network_tabs")
        self.contacts = ContactsTab(db)
        self.experts = ExpertsTab(db)
        self.tabs.addTab(self.contacts, self.tr("应急联络网"))
        self.tabs.addTab(self.experts, self.tr("专家库"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tabs)
        for tab in (self.contacts, self.experts):
            tab.changed.connect(self.changed.emit)

    def show_record(self, table: str, record_id: int) -> bool:
        tab = {"contact_entry": self.contacts, "expert": self.experts}.get(table)
        if tab is None:
            return False
        self.tabs.setCurrentWidget(tab)
        return tab.select_key(record_id)
