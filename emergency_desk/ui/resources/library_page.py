"""法规与案例 page (issue 16): the 法规库 — searched over title, issuer, 文号 and the attached
document's own text — and the 典型案例库. Each record carries one file, attached, opened and
removed from the toolbar."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtGui import QColor, QKeySequence
from PySide6.QtWidgets import QComboBox, QTabWidget, QVBoxLayout, QWidget

from emergency_desk.data.db import Database
from emergency_desk.data.library import CaseCategory, RegulationLevel, RegulationStatus
from emergency_desk.i18n import counted, t
from emergency_desk.services.library.cases import CaseRow, CaseService
from emergency_desk.services.library.regulations import RegulationRow, RegulationService
from emergency_desk.ui.plans.dialogs import run_dialog
from emergency_desk.ui.resources.file_tab import FileTab, file_label
from emergency_desk.ui.resources.library_dialogs import make_case_dialog, make_regulation_dialog
from emergency_desk.ui.township.tabs import ListQuery, ListTab, below_county
from emergency_desk.ui.widgets.table_model import ColumnSpec, LazyTableModel, RowStyle

PAGE_TITLE = "法规与案例"
_HISTORY = QColor("#7f8c8d")  # 已修订/已废止: kept to read the old text, not to apply


def _combo(name: str, everything: str, items: list[tuple[str, Any]],
           on_change: Callable[[], None]) -> QComboBox:
    box = QComboBox()
    box.setObjectName(name)
    # Categories arrive after the first show (refresh): the box follows its longest item.
    box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
    box.addItem(everything, None)
    for label, value in items:
        box.addItem(label, value)
    box.currentIndexChanged.connect(lambda _i: on_change())
    return box


class RegulationsTab(FileTab):
    register, report, title_zh = "regulations", "regulations", "法规库"

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(db, parent)
        self.service = RegulationService(db)
        tr = self.tr
        self.search.setPlaceholderText(tr("全文检索：名称、发布机关、文号、原文内容（Ctrl+F）"))
        self.add_action(tr("新增"), self.add_regulation, QKeySequence.StandardKey.New)
        self.add_action(tr("编辑"), self.edit_current, needs_selection=True)
        self.add_action(tr("删除"), self.delete_selected, QKeySequence.StandardKey.Delete,
                        needs_selection=True)
        self.add_file_tools(self.service.attach, self.service.open_file,
                            self.service.remove_file, tr("原文"))
        self.add_file_actions()
        self.status_filter = _combo("status_filter", tr("全部时效"),
                                    [(s.label, s) for s in RegulationStatus], self.apply_filters)
        self.level_filter = _combo("level_filter", tr("全部层级"),
                                   [(x.label, x) for x in RegulationLevel], self.apply_filters)
        self.category_filter = _combo("category_filter", tr("全部类别"), [], self.apply_filters)
        self._fill_categories()
        self.add_filter(self.status_filter, tr("时效性"))
        self.add_filter(self.level_filter, tr("层级"))
        self.add_filter(self.category_filter, tr("类别"))
        cols: list[ColumnSpec[RegulationRow]] = [
            ColumnSpec(t("名称"), lambda r: r.title, None, width=300, tooltip=lambda r: r.title),
            ColumnSpec(t("发布机关"), lambda r: r.issuer, None, width=150,
                       tooltip=lambda r: r.issuer),
            ColumnSpec(t("文号"), lambda r: r.doc_number, None, width=130),
            ColumnSpec(t("施行日期"), lambda r: r.effective_on, None, width=90),
            ColumnSpec(t("时效性"), lambda r: r.status.label, None, width=70),
            ColumnSpec(t("效力层级"), lambda r: r.level.label, None, width=90),
            ColumnSpec(t("类别"), lambda r: r.category, None, width=80),
            # While searching: where the words occur in the document; else the file's name.
            ColumnSpec(t("原文"), lambda r: r.hit or file_label(r.file), None, width=240,
                       tooltip=lambda r: r.hit or file_label(r.file) or None),
        ]
        self.set_model(LazyTableModel(cols, self._count, self._fetch, ListQuery(),
                                      row_style=self._style))

    def _style(self, r: RegulationRow) -> RowStyle | None:
        if r.status in (RegulationStatus.AMENDED, RegulationStatus.REPEALED):
            return RowStyle(foreground=_HISTORY,
                            tooltip=t("{s}：仅供查阅历史文本", s=r.status.label))
        return None

    def _fill_categories(self) -> None:
        current = self.category_filter.currentData()
        self.category_filter.blockSignals(True)
        while self.category_filter.count() > 1:
            self.category_filter.removeItem(1)
        for c in self.service.categories():
            self.category_filter.addItem(c, c)
        self.category_filter.setCurrentIndex(max(self.category_filter.findData(current), 0))
        self.category_filter.blockSignals(False)

    def rows_for(self, q: ListQuery) -> list[RegulationRow]:
        return self.service.list(q.search, self.status_filter.currentData(),
                                 self.level_filter.currentData(),
                                 self.category_filter.currentData())

    def build_query(self) -> ListQuery:
        return ListQuery(self.search.text().strip())

    def refresh(self) -> None:
        self._fill_categories()
        super().refresh()

    def add_regulation(self) -> None:
        self.after_edit(run_dialog(lambda: make_regulation_dialog(self.db, parent=self)))

    def edit_row(self, row: RegulationRow) -> None:
        self.after_edit(run_dialog(lambda: make_regulation_dialog(self.db, row.id, self)))

    def delete_selected(self) -> None:
        self.delete_selected_rows(
            self.tr("删除法规"),
            lambda rows: f"“{rows[0].title}”" if len(rows) == 1 else counted(self.tr(
                "选中的 {0} 件法规"), len(rows)),
            lambda r: self.service.delete(r.id))


class CasesTab(FileTab):
    register, report, title_zh = "cases", "cases", "典型案例库"

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(db, parent)
        self.service = CaseService(db)
        tr = self.tr
        self.search.setPlaceholderText(tr("搜索：标题、地点、原因、措施、经验、问题（Ctrl+F）"))
        self.add_action(tr("新增"), self.add_case, QKeySequence.StandardKey.New)
        self.add_action(tr("编辑"), self.edit_current, needs_selection=True)
        self.add_action(tr("删除"), self.delete_selected, QKeySequence.StandardKey.Delete,
                        needs_selection=True)
        self.add_file_tools(self.service.attach, self.service.open_file,
                            self.service.remove_file, tr("附件"))
        self.add_file_actions()
        self.category = _combo("category_filter", tr("全部类别"),
                               [(c.label, c) for c in CaseCategory], self.apply_filters)
        self.add_filter(self.category, tr("事件类别"))
        self.add_filter(self.township_filter, tr("乡镇"))
        cols: list[ColumnSpec[CaseRow]] = [
            ColumnSpec(t("发生日期"), lambda r: r.occurred_on, None, width=90),
            ColumnSpec(t("标题"), lambda r: r.title, None, width=240, tooltip=lambda r: r.title),
            ColumnSpec(t("发生地"), lambda r: " ".join(
                p for p in (below_county(r.region_path or ""), r.place or "") if p), None,
                width=150),
            ColumnSpec(t("事件类别"), lambda r: r.category.label, None, width=90),
            ColumnSpec(t("事件类型"), lambda r: r.event_type, None, width=80),
            ColumnSpec(t("级别"), lambda r: r.grade.label if r.grade else None, None, width=60),
            ColumnSpec(t("主要经验"), lambda r: (r.lessons or "").split("\n")[0], None,
                       width=260, tooltip=lambda r: r.lessons),
            ColumnSpec(t("附件"), lambda r: file_label(r.file), None, width=120),
        ]
        self.set_model(LazyTableModel(cols, self._count, self._fetch, ListQuery()))

    def rows_for(self, q: ListQuery) -> list[CaseRow]:
        return self.service.list(q.search, self.category.currentData(), q.township_id)

    def build_query(self) -> ListQuery:
        return ListQuery(self.search.text().strip(), self.township_filter.currentData())

    def add_case(self) -> None:
        self.after_edit(run_dialog(lambda: make_case_dialog(self.db, parent=self)))

    def edit_row(self, row: CaseRow) -> None:
        self.after_edit(run_dialog(lambda: make_case_dialog(self.db, row.id, self)))

    def delete_selected(self) -> None:
        self.delete_selected_rows(
            self.tr("删除典型案例"),
            lambda rows: f"“{rows[0].title}”" if len(rows) == 1 else counted(self.tr(
                "选中的 {0} 个案例"), len(rows)),
            lambda r: self.service.delete(r.id))


class LibraryPage(QWidget):
    changed = Signal()

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.tabs = QTabWidget()
        self.tabs.setObjectName("library_tabs")
        self.regulations = RegulationsTab(db)
        self.cases = CasesTab(db)
        self.tabs.addTab(self.regulations, self.tr("法规库"))
        self.tabs.addTab(self.cases, self.tr("典型案例库"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tabs)
        for tab in (self.regulations, self.cases):
            tab.changed.connect(self.changed.emit)

    def show_record(self, table: str, record_id: int) -> bool:
        tab: ListTab | None = {"regulation": self.regulations,
                               "case_record": self.cases}.get(table)
        if tab is None:
            return False
        self.tabs.setCurrentWidget(tab)
        return tab.select_key(record_id)
