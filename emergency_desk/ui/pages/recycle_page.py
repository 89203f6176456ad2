"""回收站: every deleted record, restorable; 彻底删除 only when nothing refers to it any more."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from emergency_desk.data.db import Database
from emergency_desk.errors import KnownError
from emergency_desk.i18n import t
from emergency_desk.services.recycle import BinRow, RecycleBin
from emergency_desk.ui import crash
from emergency_desk.ui.widgets import register_page
from emergency_desk.ui.widgets.register_page import RegisterPage
from emergency_desk.ui.widgets.table_model import ColumnSpec, LazyTableModel

PAGE_TITLE = "回收站"


@dataclass(frozen=True)
class BinQuery:
    search: str = ""
    order_by: str = "deleted_at"
    descending: bool = True


def _matches(r: BinRow, needle: str) -> bool:
    return not needle or needle in f"{r.kind}{r.name}".lower()


class RecyclePage(RegisterPage):
    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.bin = RecycleBin(db)
        self._rows: list[BinRow] = []
        tr = self.tr
        self.search.setPlaceholderText(tr("在回收站中查找（Ctrl+F）"))
        self.empty_hint = tr("回收站是空的：删除的记录会先放在这里，可以恢复。")
        self.add_action(tr("恢复"), self.restore_selected, needs_selection=True,
                        tip=tr("把选中的记录放回原来的台账"))
        self.add_action(tr("彻底删除"), self.purge_selected, needs_selection=True,
                        tip=tr("永久删除选中的记录，不能撤销"))
        self.toolbar.addSeparator()
        self.add_action(tr("刷新"), self.refresh, tip=tr("重新读取（F5）"))
        columns = [
            ColumnSpec(t("类型"), lambda r: r.kind, "kind", width=110),
            ColumnSpec(t("名称"), lambda r: r.name, "name", width=320),
            ColumnSpec(t("删除时间"), lambda r: r.deleted_at, "deleted_at", width=150,
                       align=Qt.AlignmentFlag.AlignCenter),
        ]
        self._load()
        self.set_model(LazyTableModel(columns, lambda q: len(self._filtered(q)),
                                      lambda q, o, n: self._filtered(q)[o:o + n], BinQuery(),
                                      key=lambda r: (r.table, r.id)))

    def _load(self) -> None:
        self._rows = self.bin.list()

    def _filtered(self, q: BinQuery) -> list[BinRow]:
        needle = q.search.strip().lower()
        rows = [r for r in self._rows if _matches(r, needle)]
        key = {"kind": lambda r: (r.kind, r.name), "name": lambda r: r.name}.get(
            q.order_by, lambda r: r.deleted_at.isoformat() if r.deleted_at else "")
        return sorted(rows, key=key, reverse=q.descending)

    def build_query(self) -> BinQuery:
        old = self.model.query if self.model is not None else BinQuery()
        return BinQuery(self.search.text(), old.order_by, old.descending)

    def refresh(self) -> None:
        self._load()
        self.apply_filters()

    def restore_selected(self) -> None:
        self._each(self.bin.restore, None)

    def purge_selected(self) -> None:
        rows = self.selected_rows()
        if rows and register_page.confirm(self, self.tr("彻底删除"), t(
                "确定永久删除选中的 {n} 条记录吗？此操作不能撤销（自动备份中仍有副本）。",
                n=len(rows))):
            self._each(self.bin.purge, rows)

    def _each(self, action, rows: list[BinRow] | None) -> None:  # type: ignore[no-untyped-def]
        rows = rows if rows is not None else self.selected_rows()
        refused: list[str] = []
        for r in rows:
            try:
                action(r.table, r.id)
            except KnownError as exc:
                refused.append(f"{r.name}：{exc.message}")
        if len(refused) < len(rows):
            self.refresh()
            self.changed.emit()
        if refused:
            crash.show_error(self, KnownError("\n".join(refused)))

    def show_record(self, table: str, record_id: int) -> bool:
        self.refresh()
        return self.select_key((table, record_id))
