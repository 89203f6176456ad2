"""操作日志: who changed what and when, newest first, searchable; read-only."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtWidgets import QComboBox, QWidget

from emergency_desk.data.db import Database
from emergency_desk.i18n import t
from emergency_desk.io.registers import column_labels
from emergency_desk.services.audit_log import (
    ACTION_LABELS,
    AuditRow,
    AuditService,
    table_labels,
)
from emergency_desk.ui.widgets.register_page import RegisterPage
from emergency_desk.ui.widgets.table_model import ColumnSpec, LazyTableModel

PAGE_TITLE = "操作日志"


@dataclass(frozen=True)
class AuditQuery:
    search: str = ""
    table: str | None = None
    order_by: str = "at"
    descending: bool = True


class AuditPage(RegisterPage):
    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.service = AuditService(db, column_labels())
        self.labels = table_labels()
        self.search.setPlaceholderText(self.tr("在操作记录中查找：名称、修改内容（Ctrl+F）"))
        self.empty_hint = self.tr("还没有操作记录：每一次新增、修改、删除和导入都会记在这里。")
        self.add_action(self.tr("刷新"), self.refresh, tip=self.tr("重新读取（F5）"))
        self.table_filter = QComboBox()
        self.table_filter.setObjectName("table_filter")
        self.table_filter.addItem(self.tr("全部台账"), None)
        for name, label in sorted(self.labels.items(), key=lambda kv: kv[1]):
            self.table_filter.addItem(label, name)
        self.table_filter.currentIndexChanged.connect(lambda _i: self.apply_filters())
        self.add_filter(self.table_filter, self.tr("台账"))
        columns = [
            ColumnSpec(t("时间"), lambda r: r.at, None, width=140),
            ColumnSpec(t("操作人"), lambda r: r.user, None, width=90),
            ColumnSpec(t("操作"), lambda r: t(ACTION_LABELS.get(r.action, r.action)), None,
                       width=70),
            ColumnSpec(t("台账"), lambda r: self.labels.get(r.table_name, r.table_name), None,
                       width=100),
            ColumnSpec(t("记录"), AuditRow.summary_text, None, width=220),
            ColumnSpec(t("修改内容（原值 → 新值）"), AuditRow.changes_text, None, width=400),
        ]
        self.set_model(LazyTableModel(
            columns, lambda q: self.service.count(q.search, q.table),
            lambda q, o, n: self.service.list(q.search, q.table, o, n), AuditQuery()))
        self.table.setSortingEnabled(False)  # newest first is the only order that makes sense

    def build_query(self) -> AuditQuery:
        return AuditQuery(self.search.text(), self.table_filter.currentData())

    def show_record(self, table: str, record_id: int) -> bool:
        return False
