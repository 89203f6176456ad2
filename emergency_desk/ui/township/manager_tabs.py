"""The village tabs of the 乡镇应急 page: 村(社区)应急管理员 / 网格员 and their coverage village
by village (rule G1), red where a village has nobody; and the 防汛责任书 (rule F1)."""

from __future__ import annotations

from datetime import date

from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QCheckBox, QWidget

from emergency_desk.data.db import Database
from emergency_desk.i18n import counted, t
from emergency_desk.services.township.managers import CoverageRow, ManagerRow, ManagersService
from emergency_desk.services.township.pledges import PledgeRow
from emergency_desk.ui import workers
from emergency_desk.ui.plans.dialogs import run_dialog
from emergency_desk.ui.resources.file_tab import FileTab, file_label
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
            lambda rows: counted(self.tr("选中的 {0} 名应急管理员"), len(rows)),
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


class PledgesTab(FileTab):
    """防汛责任书 by year with the signed letter's scan; the villages still without this year's
    letter are listed above."""

    register, title_zh = "pledges", "防汛责任书"

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        from PySide6.QtWidgets import QComboBox, QLabel

        from emergency_desk.services.township.pledges import PledgeService

        super().__init__(db, parent)
        self.service = PledgeService(db)
        tr = self.tr
        self.add_action(tr("新增"), self.add_pledge, QKeySequence.StandardKey.New,
                        tip=tr("登记一份防汛责任书"))
        self.add_action(tr("编辑"), self.edit_current, needs_selection=True)
        self.add_action(tr("删除"), self.delete_selected, QKeySequence.StandardKey.Delete,
                        needs_selection=True)
        self.add_file_tools(self.service.attach_scan, self.service.open_scan,
                            self.service.remove_scan, tr("扫描件"))
        self.add_file_actions()
        self.year = QComboBox()
        self.year.setObjectName("year_filter")
        this_year = date.today().year
        for y in range(this_year, this_year - 5, -1):
            self.year.addItem(str(y), y)
        self.year.addItem(tr("全部年度"), None)
        self.year.currentIndexChanged.connect(lambda _i: self.apply_filters())
        self.add_filter(self.township_filter, tr("乡镇"))
        self.add_filter(self.year, tr("年度"))
        self._missing: dict[int, list[str]] = {}  # by year: the villages' paths
        self.missing_task: workers.Task | None = None
        self.missing_label = QLabel()
        self.missing_label.setObjectName("missing_label")
        self.missing_label.setWordWrap(True)
        self.layout().insertWidget(1, self.missing_label)
        cols: list[ColumnSpec[PledgeRow]] = [
            ColumnSpec(t("年度"), lambda r: r.year, None, width=60),
            ColumnSpec(t("层级"), lambda r: r.level.label, None, width=110),
            ColumnSpec(t("签订单位"), lambda r: below_county(r.region_path), None, width=150),
            ColumnSpec(t("责任人"), lambda r: r.responsible, None, width=80),
            ColumnSpec(t("职务"), lambda r: r.post, None, width=140),
            ColumnSpec(t("签订日期"), lambda r: r.signed_date, None, width=96),
            ColumnSpec(t("发放单位"), lambda r: r.issuer, None, width=160),
            ColumnSpec(t("扫描件"), lambda r: file_label(r.file), None, width=160),
        ]
        self.set_model(LazyTableModel(cols, self._count, self._fetch, self.build_query()))
        self._show_missing()

    def rows_for(self, q: ListQuery) -> list[PledgeRow]:
        return self.service.list(self.year.currentData(), q.township_id, q.search)

    def build_query(self) -> ListQuery:
        return ListQuery(self.search.text().strip(), self.township_filter.currentData())

    def _show_missing(self) -> None:
        """The villages without this year's letter, read in a worker once per year shown and
        per refresh (a county's 25,000 villages take a while); the 乡镇 filter and the search
        only narrow what was read."""
        year = self.year.currentData() or date.today().year
        if year in self._missing:
            self._say_missing(year)
            return
        service = self.service
        self.missing_task = workers.run_in_background(
            self, lambda: [p for _i, p in service.villages_without(year)],
            lambda missing: self._missing_read(year, missing))

    def _missing_read(self, year: int, missing: list[str]) -> None:
        self._missing[year] = missing
        if (self.year.currentData() or date.today().year) == year:
            self._say_missing(year)

    def _say_missing(self, year: int) -> None:
        missing = self._missing[year]
        if self.township_filter.currentData() is not None:
            name = self.township_filter.currentText()
            missing = [p for p in missing if p.split("/")[1:2] == [name]]
        if not missing:
            self.missing_label.setStyleSheet("color: #2e7d32;")
            self.missing_label.setText(t("{y} 年各村（社区）均已签订防汛责任书。", y=year))
            return
        shown = "、".join(p.rsplit("/", 1)[-1] for p in missing[:12])
        self.missing_label.setStyleSheet("color: #b00020;")
        self.missing_label.setText(t("{y} 年未签订的村（社区）{n} 个：{list}{more}", y=year,
                                     n=len(missing), list=shown,
                                     more=t("等") if len(missing) > 12 else ""))

    def apply_filters(self) -> None:
        super().apply_filters()
        if hasattr(self, "missing_label"):
            self._show_missing()

    def refresh(self) -> None:
        super().refresh()
        self._missing.clear()  # an edit may have signed (or deleted) a letter
        self._show_missing()

    def add_pledge(self) -> None:
        from emergency_desk.ui.township.dialogs import make_pledge_dialog

        self.after_edit(run_dialog(lambda: make_pledge_dialog(self.db, parent=self)))

    def edit_row(self, row: PledgeRow) -> None:
        from emergency_desk.ui.township.dialogs import make_pledge_dialog

        self.after_edit(run_dialog(lambda: make_pledge_dialog(self.db, row.id, self)))

    def delete_selected(self) -> None:
        self.delete_selected_rows(
            self.tr("删除防汛责任书"),
            lambda rows: counted(self.tr("选中的 {0} 份防汛责任书"), len(rows)),
            lambda r: self.service.delete(r.id))
