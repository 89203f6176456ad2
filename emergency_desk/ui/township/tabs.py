"""The tabs of the 乡镇应急 page: 领导小组 members, the 值班表 and the 值班记录 log.

These registers hold hundreds of rows a year (a roster row per township per day), so each
tab asks its service for the filtered list and the lazy model pages through it.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QComboBox, QLabel, QWidget

from emergency_desk.data.db import Database
from emergency_desk.i18n import N_, counted, t
from emergency_desk.services.settings import SettingsService
from emergency_desk.services.township.duty import DutyService, LogRow, RosterRow, weekday
from emergency_desk.services.township.leaders import LeadersService, MemberRow
from emergency_desk.ui.plans import tabs as plan_tabs
from emergency_desk.ui.plans.dialogs import make_leadership_dialog, run_dialog
from emergency_desk.ui.township.dialogs import (
    make_log_dialog,
    make_member_dialog,
    make_roster_dialog,
)
from emergency_desk.ui.widgets.register_page import RegisterPage
from emergency_desk.ui.widgets.table_model import TINT_RED, ColumnSpec, LazyTableModel, RowStyle


@dataclass(frozen=True)
class ListQuery:
    search: str = ""
    township_id: int | None = None
    start: date | None = None
    end: date | None = None
    order_by: str = ""
    descending: bool = False


def below_county(path: str) -> str:
    return path.split("/", 1)[-1]


class ListTab(RegisterPage):
    """A tab over a service list: the shared toolbar tail (导入 导出 模板 打印 刷新)."""

    register = ""
    report = ""
    title_zh = ""

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        # The whole list of the last query read (the services list in Python), with its query:
        # read on the table's worker threads, where a newer query may overtake an older one.
        self._read: tuple[ListQuery, list[Any]] | None = None
        self.township_filter = plan_tabs.township_combo(db, self.tr("全部乡镇"))
        self.township_filter.currentIndexChanged.connect(lambda _i: self.apply_filters())

    def add_file_actions(self) -> None:
        tr = self.tr
        self.toolbar.addSeparator()
        if self.register:
            self.add_action(tr("导入"), self.import_file, tip=tr("从 Excel 导入"))
            self.add_action(tr("导出"), lambda: plan_tabs.export_register(
                self, self.db, self.register, t(self.title_zh)))
            self.add_action(tr("模板"), lambda: plan_tabs.save_template(
                self, self.register, t(self.title_zh)))
        if self.report:
            self.add_action(tr("打印"), self.print_report, QKeySequence.StandardKey.Print)
        self.toolbar.addSeparator()
        self.add_action(tr("刷新"), self.refresh)

    def rows_for(self, q: ListQuery) -> list[Any]:
        raise NotImplementedError

    def _rows_of(self, q: ListQuery, *, fresh: bool) -> list[Any]:
        read = self._read
        if fresh or read is None or read[0] != q:
            read = self._read = (q, self.rows_for(q))
        return read[1]

    def _count(self, q: ListQuery) -> int:
        # Asked for right after the first page of the same query: the list just read (at 50k
        # the 应急管理员 list took 2.5 s to read, and was read twice).
        return len(self._rows_of(q, fresh=False))

    def _fetch(self, q: ListQuery, offset: int, limit: int) -> list[Any]:
        # The lazy table asks for the first page before the count (and only counts a full
        # page): the first page is where a new query or a refresh starts.
        return self._rows_of(q, fresh=offset == 0)[offset:offset + limit]

    def import_file(self) -> None:
        if plan_tabs.import_register(self, self.db, self.register):
            self.notify_changed()

    def print_report(self) -> Any:
        return plan_tabs.print_report(self, self.db, self.report, t(self.title_zh),
                                      self.township_filter.currentData())

    def after_edit(self, record_id: Any) -> None:
        if record_id is not None:
            self.notify_changed()
            self.select_key(record_id)


class LeadersTab(ListTab):
    register, report, title_zh = "leaders", "leaders", "领导小组"

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(db, parent)
        self.service = LeadersService(db)
        tr = self.tr
        self.add_action(tr("新增成员"), self.add_member, QKeySequence.StandardKey.New,
                        tip=tr("录入领导小组或应急办的一名成员"))
        self.add_action(tr("编辑"), self.edit_current, needs_selection=True)
        self.add_action(tr("删除"), self.delete_selected, QKeySequence.StandardKey.Delete,
                        needs_selection=True)
        self.toolbar.addSeparator()
        self.add_action(tr("登记领导小组"), self.add_group,
                        tip=tr("登记乡镇应急管理领导小组（名称、成立文号、日期）"))
        self.add_file_actions()
        self.add_filter(self.township_filter, tr("乡镇"))
        cols: list[ColumnSpec[MemberRow]] = [
            ColumnSpec(t("乡镇"), lambda r: below_county(r.region_path), None, width=110),
            ColumnSpec(t("领导小组"), lambda r: r.group_name, None, width=220),
            ColumnSpec(t("姓名"), lambda r: r.name, None, width=80),
            ColumnSpec(t("小组职务"), lambda r: r.role.label, None, width=110),
            ColumnSpec(t("本职职务"), lambda r: r.post, None, width=160),
            ColumnSpec(t("手机号码"), lambda r: r.mobile, None, width=110),
            ColumnSpec(t("办公电话"), lambda r: r.office_phone, None, width=110),
            ColumnSpec(t("成立文号"), lambda r: r.doc_no, None, width=140),
        ]
        self.set_model(LazyTableModel(cols, self._count, self._fetch, ListQuery()))

    def rows_for(self, q: ListQuery) -> list[MemberRow]:
        return self.service.members(township_id=q.township_id, search=q.search)

    def build_query(self) -> ListQuery:
        return ListQuery(self.search.text().strip(), self.township_filter.currentData())

    def add_member(self) -> None:
        current = self.current_row()
        group = current.group_id if current is not None else None
        self.after_edit(run_dialog(lambda: make_member_dialog(self.db, group_id=group,
                                                              parent=self)))

    def edit_row(self, row: MemberRow) -> None:
        self.after_edit(run_dialog(lambda: make_member_dialog(self.db, row.id, parent=self)))

    def add_group(self) -> None:
        if run_dialog(lambda: make_leadership_dialog(
                self.db, self.township_filter.currentData(), self)) is not None:
            self.notify_changed()

    def delete_selected(self) -> None:
        self.delete_selected_rows(
            self.tr("删除领导小组成员"),
            lambda rows: counted(self.tr("选中的 {0} 名成员"), len(rows)),
            lambda r: self.service.delete(r.id))


_RANGES = ((N_("未来 30 天"), 0, 29), (N_("本月"), None, None), (N_("过去 30 天"), -30, 0),
           (N_("全部"), None, None))


class DutyTab(ListTab):
    register, report, title_zh = "duty", "duty", "值班表"

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(db, parent)
        self.service = DutyService(db)
        tr = self.tr
        self.add_action(tr("新增"), self.add_slot, QKeySequence.StandardKey.New,
                        tip=tr("安排一天的带班领导和值班员"))
        self.add_action(tr("编辑"), self.edit_current, needs_selection=True)
        self.add_action(tr("删除"), self.delete_selected, QKeySequence.StandardKey.Delete,
                        needs_selection=True)
        self.add_file_actions()
        self.range_filter = QComboBox()
        self.range_filter.setObjectName("range_filter")
        for label, _a, _b in _RANGES:
            self.range_filter.addItem(t(label))
        self.range_filter.currentIndexChanged.connect(lambda _i: self.apply_filters())
        self.add_filter(self.township_filter, tr("单位"))
        self.add_filter(self.range_filter, tr("时段"))
        self.gap_label = QLabel()
        self.gap_label.setObjectName("gap_label")
        self.gap_label.setWordWrap(True)
        self.gap_label.setStyleSheet("color: #b00020;")
        self.layout().insertWidget(1, self.gap_label)
        cols: list[ColumnSpec[RosterRow]] = [
            ColumnSpec(t("值班日期"), lambda r: r.duty_date, None, width=96),
            ColumnSpec(t("星期"), lambda r: weekday(r.duty_date),
                       None, width=50),
            ColumnSpec(t("单位"), lambda r: below_county(r.region_path), None, width=110),
            ColumnSpec(t("班次"), lambda r: r.shift.label, None, width=56),
            ColumnSpec(t("带班领导"), lambda r: r.leader or t("（缺）"), None, width=84),
            ColumnSpec(t("带班领导电话"), lambda r: r.leader_phone, None, width=110),
            ColumnSpec(t("值班员"), lambda r: r.officer or t("（缺）"), None, width=130),
            ColumnSpec(t("值班员电话"), lambda r: r.officer_phone, None, width=110),
            ColumnSpec(t("值班电话"), lambda r: r.duty_phone, None, width=110),
            ColumnSpec(t("汛期"), lambda r: t("是") if r.flood_season else "", None, width=50),
        ]
        self.set_model(LazyTableModel(cols, self._count, self._fetch, self.build_query(),
                                      row_style=self._style))
        self._show_gaps()

    def _style(self, r: RosterRow) -> RowStyle | None:
        if r.complete:
            return None
        return RowStyle(TINT_RED, tooltip=t("D1 缺带班领导或值班员"))

    def rows_for(self, q: ListQuery) -> list[RosterRow]:
        return self.service.roster(q.township_id, q.start, q.end, q.search)

    def build_query(self) -> ListQuery:
        today = date.today()
        i = self.range_filter.currentIndex()
        start: date | None = None
        end: date | None = None
        if i == 1:
            start = today.replace(day=1)
            end = (start + timedelta(days=32)).replace(day=1) - timedelta(days=1)
        elif i in (0, 2):
            _label, a, b = _RANGES[i]
            start, end = today + timedelta(days=a or 0), today + timedelta(days=b or 0)
        return ListQuery(self.search.text().strip(), self.township_filter.currentData(),
                         start, end)

    def _show_gaps(self) -> None:
        days = int(SettingsService(self.db).get("duty_lookahead_days"))
        town = self.township_filter.currentData()
        gaps = self.service.gaps(date.today(), days, {town} if town is not None else None)
        if not gaps:
            self.gap_label.setText(counted(self.tr("未来 {0} 天值班无缺口。"), days))
            self.gap_label.setStyleSheet("color: #2e7d32;")
            return
        by_unit: dict[str, list[str]] = {}
        for g in gaps:
            by_unit.setdefault(below_county(g.region_path), []).append(
                g.text)
        shown = "；".join(unit + " " + "、".join(days_[:3])
                         + (t("等 {n} 天", n=len(days_)) if len(days_) > 3 else "")
                         for unit, days_ in by_unit.items())
        self.gap_label.setStyleSheet("color: #b00020;")
        self.gap_label.setText(t("D1 未来 {days} 天值班缺口：{list}", days=days, list=shown))

    def apply_filters(self) -> None:
        super().apply_filters()
        if hasattr(self, "gap_label"):
            self._show_gaps()

    def refresh(self) -> None:
        super().refresh()
        self._show_gaps()

    def add_slot(self) -> None:
        self.after_edit(run_dialog(lambda: make_roster_dialog(
            self.db, region_id=self.township_filter.currentData(), parent=self)))

    def edit_row(self, row: RosterRow) -> None:
        self.after_edit(run_dialog(lambda: make_roster_dialog(self.db, row.id, parent=self)))

    def delete_selected(self) -> None:
        self.delete_selected_rows(
            self.tr("删除值班安排"),
            lambda rows: counted(self.tr("选中的 {0} 条值班安排"), len(rows)),
            lambda r: self.service.delete(r.id))


class DutyLogTab(ListTab):
    report, title_zh = "duty", "值班记录"

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(db, parent)
        self.service = DutyService(db)
        tr = self.tr
        self.add_action(tr("新增"), self.add_log, QKeySequence.StandardKey.New,
                        tip=tr("登记一次来电或来文"))
        self.add_action(tr("编辑"), self.edit_current, needs_selection=True)
        self.add_action(tr("删除"), self.delete_selected, QKeySequence.StandardKey.Delete,
                        needs_selection=True)
        self.add_file_actions()
        self.add_filter(self.township_filter, tr("单位"))
        cols: list[ColumnSpec[LogRow]] = [
            ColumnSpec(t("来电时间"), lambda r: r.received_at, None, width=130),
            ColumnSpec(t("单位"), lambda r: below_county(r.region_path), None, width=100),
            ColumnSpec(t("来电单位或人员"), lambda r: r.caller, None, width=120),
            ColumnSpec(t("内容"), lambda r: r.content, None, width=320),
            ColumnSpec(t("值班员"), lambda r: r.handler, None, width=70),
            ColumnSpec(t("报告对象"), lambda r: r.reported_to, None, width=110),
            ColumnSpec(t("报告时间"), lambda r: r.reported_at, None, width=130),
            ColumnSpec(t("处理结果"), lambda r: r.outcome, None, width=140),
        ]
        self.set_model(LazyTableModel(cols, self._count, self._fetch, ListQuery()))

    def rows_for(self, q: ListQuery) -> list[LogRow]:
        return self.service.logs(q.township_id, search=q.search)

    def build_query(self) -> ListQuery:
        return ListQuery(self.search.text().strip(), self.township_filter.currentData())

    def add_log(self) -> None:
        self.after_edit(run_dialog(lambda: make_log_dialog(
            self.db, region_id=self.township_filter.currentData(), parent=self)))

    def edit_row(self, row: LogRow) -> None:
        self.after_edit(run_dialog(lambda: make_log_dialog(self.db, row, parent=self)))

    def delete_selected(self) -> None:
        self.delete_selected_rows(
            self.tr("删除值班记录"),
            lambda rows: counted(self.tr("选中的 {0} 条值班记录"), len(rows)),
            lambda r: self.service.delete_log(r.id))
