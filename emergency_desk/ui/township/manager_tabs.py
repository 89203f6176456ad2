"""The 应急管理员 tabs of the 乡镇应急 page: the list of 村(社区)应急管理员 / 网格员 and their
coverage village by village (rule G1), red where a village has nobody."""

from __future__ import annotations

from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QCheckBox, QWidget

from emergency_desk.data.db import Database
from emergency_desk.i18n import t
from emergency_desk.services.township.managers import CoverageRow, ManagerRow, ManagersService
from emergency_desk.ui.plans.dialogs import run_dialog
from emergency_desk.ui.township.dialogs import make_manager_dialog
from emergency_desk.ui.township.tabs import ListQuery, ListTab, below_county
from emergency_desk.ui.widgets.table_model import TINT_RED, ColumnSpec, LazyTableModel, RowStyle


class ManagersTab(ListTab):
    register, report, title_zh = "managers", "managers", "村(社区)应急管理员"

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(db, parent)
        self.service = ManagersService(db)
        tr = self.tr
        self.add_action(tr("新增"), self.add_manager, QKeySequence.StandardKey.New,
                        tip=tr("登记村（社区）应急管理员或网格员"))
        self.add_action(tr("编辑"), self.edit_current, needs_selection=True)
        self.add_action(tr("删除"), self.delete_selected, QKeySequence.StandardKey.Delete,
                        needs_selection=True)
        self.add_file_actions()
        self.current_only = QCheckBox(tr("仅在任"))
        self.current_only.setChecked(True)
        self.current_only.toggled.connect(lambda _c: self.apply_filters())
        self.add_filter(self.township_filter, tr("乡镇"))
        self.add_filter(self.current_only)
        cols: list[ColumnSpec[ManagerRow]] = [
            ColumnSpec(t("村(社区)"), lambda r: below_county(r.region_path), None, width=150),
            ColumnSpec(t("姓名"), lambda r: r.name, None, width=80),
            ColumnSpec(t("手机号码"), lambda r: r.mobile, None, width=110),
            ColumnSpec(t("职责"), lambda r: r.role.label, None, width=130),
            ColumnSpec(t("本职职务"), lambda r: r.duty_title, None, width=130),
            ColumnSpec(t("兼灾害信息员"), lambda r: r.also_officer, None, width=90),
            ColumnSpec(t("任职日期"), lambda r: r.appoint_date, None, width=96),
            ColumnSpec(t("离任日期"), lambda r: r.leave_date, None, width=96),
        ]
        self.set_model(LazyTableModel(cols, self._count, self._fetch, self.build_query()))

    def rows_for(self, q: ListQuery) -> list[ManagerRow]:
        return self.service.list(q.township_id, q.search, include_left=not q.descending)

    def build_query(self) -> ListQuery:
        # `descending` carries 仅在任 here: the list has one fixed order.
        return ListQuery(self.search.text().strip(), self.township_filter.currentData(),
                         descending=self.current_only.isChecked())

    def add_manager(self, region_id: int | None = None) -> None:
        self.after_edit(run_dialog(lambda: make_manager_dialog(self.db, region_id=region_id,
                                                               parent=self)))

    def edit_row(self, row: ManagerRow) -> None:
        self.after_edit(run_dialog(lambda: make_manager_dialog(self.db, row.id, parent=self)))

    def delete_selected(self) -> None:
        self.delete_selected_rows(
            self.tr("删除应急管理员"),
            lambda rows: self.tr("选中的 {0} 名应急管理员").replace("{0}", str(len(rows))),
            lambda r: self.service.delete(r.id))


class CoverageTab(ListTab):
    """Every village with its managers; 新增 on an uncovered village fills it in."""

    title_zh = "应急管理员配备"

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(db, parent)
        self.service = ManagersService(db)
        tr = self.tr
        self.add_action(tr("为所选村配备"), self.add_for_selected, needs_selection=True,
                        tip=tr("为选中的村（社区）登记应急管理员"))
        self.toolbar.addSeparator()
        self.add_action(tr("刷新"), self.refresh)
        self.gaps_only = QCheckBox(tr("仅未配备"))
        self.gaps_only.toggled.connect(lambda _c: self.apply_filters())
        self.add_filter(self.township_filter, tr("乡镇"))
        self.add_filter(self.gaps_only)
        cols: list[ColumnSpec[CoverageRow]] = [
            ColumnSpec(t("乡镇"), lambda r: r.path.split("/")[1], None, width=110),
            ColumnSpec(t("村(社区)"), lambda r: r.path.rsplit("/", 1)[-1], None, width=130),
            ColumnSpec(t("应急管理员"), lambda r: "、".join(r.managers) or t("未配备"), None,
                       width=260),
            ColumnSpec(t("兼灾害信息员"), lambda r: r.also_officer if r.covered else None,
                       None, width=90),
        ]
        self.set_model(LazyTableModel(cols, self._count, self._fetch, self.build_query(),
                                      row_style=self._style, key=lambda r: r.region_id))

    def _style(self, r: CoverageRow) -> RowStyle | None:
        return None if r.covered else RowStyle(TINT_RED, tooltip=t("G1 未配备应急管理员"))

    def rows_for(self, q: ListQuery) -> list[CoverageRow]:
        rows = self.service.coverage(q.township_id)
        if q.descending:
            rows = [r for r in rows if not r.covered]
        if q.search:
            rows = [r for r in rows if q.search in r.path or any(q.search in m
                                                                  for m in r.managers)]
        return rows

    def build_query(self) -> ListQuery:
        return ListQuery(self.search.text().strip(), self.township_filter.currentData(),
                         descending=self.gaps_only.isChecked())

    def add_for_selected(self) -> None:
        row = self.current_row()
        if row is not None and run_dialog(lambda: make_manager_dialog(
                self.db, region_id=row.region_id, parent=self)) is not None:
            self.notify_changed()
