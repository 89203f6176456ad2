"""培训 page: training events (lazy table) above the selected event's attendance list, which is
taken from the officer roster. Prints the sign-in sheet of the selected event and the
training-rate table."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from emergency_desk.data.db import Database
from emergency_desk.data.enums import RegionLevel
from emergency_desk.data.people import TrainingAudience, TrainingEvent
from emergency_desk.errors import KnownError
from emergency_desk.i18n import counted, t
from emergency_desk.services.extra_fields import extra_fields_of
from emergency_desk.services.officers.trainings import (
    KINDS,
    TrainingEventInput,
    TrainingEventRow,
    TrainingQuery,
    TrainingService,
)
from emergency_desk.ui import crash, workers
from emergency_desk.ui.officers import attendance_picker
from emergency_desk.ui.widgets import register_actions, register_page
from emergency_desk.ui.widgets.form_dialog import FieldSpec, FormDialog
from emergency_desk.ui.widgets.register_page import RegisterPage
from emergency_desk.ui.widgets.table_model import TINT_YELLOW, ColumnSpec, LazyTableModel, RowStyle

PAGE_TITLE = "培训"
YEARS_SHOWN = 8


def event_columns() -> list[ColumnSpec[TrainingEventRow]]:
    return [
        ColumnSpec(t("培训日期"), lambda e: e.date, "date", width=96),
        ColumnSpec(t("培训名称"), lambda e: e.title, None, width=260),
        ColumnSpec(t("层级"), lambda e: e.level_label, None, width=56),
        ColumnSpec(t("培训类型"), lambda e: e.kind, None, width=80),
        ColumnSpec(t("培训对象"), lambda e: e.audience_label, None, width=80),
        ColumnSpec(t("组织单位"), lambda e: e.organizer, None, width=140),
        ColumnSpec(t("学时"), lambda e: e.hours, None, width=50),
        ColumnSpec(t("地点"), lambda e: e.location, None, width=150),
        ColumnSpec(t("参训人数"), lambda e: e.attendees, None, width=70),
        ColumnSpec(t("来源"), lambda e: t("导入的最近培训日期") if e.is_imported else "",
                   None, width=130),
    ]


def _check_hours(value: Any) -> str | None:
    try:
        hours = float(str(value))
    except ValueError:
        return t("学时应为数字，如 3 或 1.5")
    return None if 0 <= hours <= 1000 else t("学时应在 0 到 1000 之间")


def event_fields() -> list[FieldSpec]:
    return [
        FieldSpec("培训名称", t("培训名称"), required=True,
                  placeholder=t("如 汛前灾害信息员业务培训")),
        FieldSpec("培训日期", t("培训日期"), kind="date", required=True, month="first"),
        FieldSpec("层级", t("层级"), kind="choice",
                  choices=[(lv.label, lv) for lv in RegionLevel if lv != RegionLevel.COMMUNITY]),
        FieldSpec("培训类型", t("培训类型"), kind="choice", choices=[(k, k) for k in KINDS]),
        FieldSpec("培训对象", t("培训对象"), kind="choice", required=True,
                  choices=[(a.label, a) for a in TrainingAudience],
                  help=t("只有“灾害信息员”培训计入灾害信息员培训率和培训超期提醒（O4、O5）")),
        FieldSpec("组织单位", t("组织单位"), placeholder=t("如 黟县应急管理局")),
        FieldSpec("学时", t("学时"), validator=_check_hours, placeholder=t("如 3")),
        FieldSpec("地点", t("地点")),
        FieldSpec("培训内容", t("培训内容"), kind="multiline"),
        FieldSpec("备注", t("备注"), kind="multiline"),
    ]


def _event_input(v: dict[str, Any]) -> TrainingEventInput:
    return TrainingEventInput(
        title=v["培训名称"], date=v["培训日期"], level=v["层级"], kind=v["培训类型"],
        organizer=v["组织单位"] or None, hours=float(v["学时"]) if v["学时"] else None,
        location=v["地点"] or None, content=v["培训内容"] or None, remark=v["备注"] or None,
        audience=v["培训对象"])


class TrainingsPage(RegisterPage):
    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.service = TrainingService(db)
        self._build_actions()
        self._build_filters()
        self._build_attendance_panel()

        self.set_model(LazyTableModel(event_columns(), self.service.count_events,
                                      self._fetch, TrainingQuery(), row_style=self._row_style))
        self.table.selectionModel().selectionChanged.connect(lambda *_: self.show_attendance())
        self.show_attendance()

    # -- building the page ---------------------------------------------------------------
    def _build_actions(self) -> None:
        """Search box and toolbar: events, attendance, prints, Excel."""
        tr = self.tr
        self.search.setPlaceholderText(tr("搜索：培训名称、地点、组织单位或拼音首字母（Ctrl+F）"))
        self.add_action(tr("新增"), self.add_event, QKeySequence.StandardKey.New)
        self.add_action(tr("编辑"), self.edit_current, needs_selection=True)
        self.add_action(tr("删除"), self.delete_selected, QKeySequence.StandardKey.Delete,
                        needs_selection=True, tip=tr("删除培训及其参训记录（可在回收站恢复）"))
        self.toolbar.addSeparator()
        self.add_action(tr("登记参训人员…"), self.take_attendance, needs_selection=True,
                        tip=tr("从灾害信息员花名册勾选参加本次培训的人员"))
        self.add_action(tr("打印签到表"), self.print_signin, QKeySequence.StandardKey.Print,
                        needs_selection=True, tip=tr("生成所选培训的签到表 PDF"))
        self.add_action(tr("培训率统计"), self.print_rates,
                        tip=tr("生成本年度各层级灾害信息员培训率统计表 PDF"))
        self.toolbar.addSeparator()
        self.add_action(tr("导入"), self.import_file, tip=tr("从 Excel 导入培训台账"))
        self.add_action(tr("导出"), self.export_file, tip=tr("导出为 Excel（可再导入）"))
        self.add_action(tr("模板"), self.save_template, tip=tr("保存空白导入模板"))
        self.toolbar.addSeparator()
        self.add_action(tr("刷新"), self.refresh, tip=tr("重新读取（F5）"))

    def _build_filters(self) -> None:
        """Year, level, and whether imported 最近培训日期 count as trainings."""
        tr = self.tr
        self.year_filter = QComboBox()
        self.year_filter.setObjectName("year_filter")
        self.year_filter.addItem(tr("全部年份"), None)
        for y in range(date.today().year, date.today().year - YEARS_SHOWN, -1):
            self.year_filter.addItem(str(y), y)
        self.year_filter.currentIndexChanged.connect(lambda _i: self.apply_filters())
        self.level_filter = QComboBox()
        self.level_filter.setObjectName("level_filter")
        self.level_filter.addItem(tr("全部层级"), None)
        for lv in (RegionLevel.COUNTY, RegionLevel.TOWNSHIP, RegionLevel.VILLAGE):
            self.level_filter.addItem(lv.label, lv.value)
        self.level_filter.currentIndexChanged.connect(lambda _i: self.apply_filters())
        self.imported_filter = QCheckBox(tr("含导入的最近培训日期"))
        self.imported_filter.setObjectName("imported_filter")
        self.imported_filter.setChecked(True)
        self.imported_filter.toggled.connect(lambda _c: self.apply_filters())
        self.add_filter(self.year_filter, tr("年份"))
        self.add_filter(self.level_filter, tr("层级"))
        self.add_filter(self.imported_filter)

    def _build_attendance_panel(self) -> None:
        """Who attended the selected training, under the event table."""
        tr = self.tr
        self.attendance = QTableWidget(0, 5)
        self.attendance.setObjectName("attendance")
        self.attendance.setHorizontalHeaderLabels(
            [tr("姓名"), tr("工作单位"), tr("职务"), tr("手机号码"), tr("培训结果")])
        self.attendance.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.attendance.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.attendance.verticalHeader().hide()
        self.attendance.horizontalHeader().setStretchLastSection(True)
        for col, width in enumerate((90, 200, 160, 110)):
            self.attendance.setColumnWidth(col, width)
        self.attendance_title = QLabel()
        self.attendance_title.setObjectName("attendance_title")
        self.attendance_title.setStyleSheet("font-weight: bold;")
        add = QPushButton(tr("从花名册添加…"))
        add.setObjectName("add_attendees")
        add.clicked.connect(self.take_attendance)
        remove = QPushButton(tr("移除所选"))
        remove.setObjectName("remove_attendee")
        remove.clicked.connect(self.remove_attendees)
        self._attendance_buttons = (add, remove)
        bar = QHBoxLayout()
        bar.addWidget(self.attendance_title, 1)
        bar.addWidget(add)
        bar.addWidget(remove)
        panel = QWidget()
        lay = QVBoxLayout(panel)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addLayout(bar)
        lay.addWidget(self.attendance, 1)
        self.splitter.setOrientation(Qt.Orientation.Vertical)
        self.splitter.addWidget(panel)
        self.splitter.setSizes([420, 320])

    # -- data ----------------------------------------------------------------------------
    def _fetch(self, q: TrainingQuery, offset: int, limit: int) -> list[TrainingEventRow]:
        return self.service.list_events(q, offset, limit)

    @staticmethod
    def _row_style(e: TrainingEventRow) -> RowStyle | None:
        if e.is_imported:
            return RowStyle(TINT_YELLOW,
                            tooltip=t("由导入的“最近培训日期”生成，不是实际登记的培训"))
        return None

    def build_query(self) -> TrainingQuery:
        old = self.model.query if self.model is not None else TrainingQuery()
        level = self.level_filter.currentData()
        return TrainingQuery(search=self.search.text().strip(),
                             year=self.year_filter.currentData(),
                             level=RegionLevel(level) if level else None,
                             include_imported=self.imported_filter.isChecked(),
                             descending=old.descending)

    def current_event(self) -> TrainingEventRow | None:
        row = self.current_row()
        return row if isinstance(row, TrainingEventRow) else None

    def show_attendance(self) -> None:
        event = self.current_event()
        rows = self.service.attendees(event.id) if event else []
        self.attendance.setRowCount(len(rows))
        for i, a in enumerate(rows):
            for col, value in enumerate((a.name, a.employer, a.job_title, a.mobile, a.result)):
                item = QTableWidgetItem(value or "")
                item.setData(Qt.ItemDataRole.UserRole, a.person_id)
                self.attendance.setItem(i, col, item)
        if event is None:
            self.attendance_title.setText(self.tr("参训人员：请在上方选择一次培训"))
        else:
            self.attendance_title.setText(
                self.tr("参训人员：{0}（{1}），共 {2} 人").replace("{0}", event.title)
                .replace("{1}", event.date.isoformat()).replace("{2}", str(len(rows))))
        for b in self._attendance_buttons:
            b.setEnabled(event is not None)

    def refresh(self) -> None:
        keep = self.current_event()
        super().refresh()
        if keep is not None:
            self.select_key(keep.id)
        self.show_attendance()

    def show_record(self, table: str, record_id: int) -> bool:
        if table != "training_event":
            return False
        for w in (self.search, self.year_filter, self.level_filter, self.imported_filter):
            w.blockSignals(True)
        self.search.clear()
        self.year_filter.setCurrentIndex(0)
        self.level_filter.setCurrentIndex(0)
        self.imported_filter.setChecked(True)
        for w in (self.search, self.year_filter, self.level_filter, self.imported_filter):
            w.blockSignals(False)
        self.apply_filters()
        return self.select_key(record_id)

    # -- actions -------------------------------------------------------------------------
    def _event_dialog(self, event_id: int | None) -> FormDialog:
        # This page takes attendance from the officer roster: new events are for them.
        values: dict[str, Any] = {"培训日期": date.today(),
                                  "培训对象": TrainingAudience.OFFICERS}

        def stored() -> dict[str, Any]:
            assert event_id is not None
            e = self.service.get_event(event_id)
            return {"培训名称": e.title, "培训日期": e.date, "层级": e.level,
                    "培训类型": e.kind, "组织单位": e.organizer,
                    "学时": f"{e.hours:g}" if e.hours is not None else "",
                    "地点": e.location, "培训内容": e.content, "备注": e.remark,
                    "培训对象": e.audience}

        if event_id is not None:
            values = stored()

        def save(v: dict[str, Any]) -> int:
            if event_id is None:
                return self.service.create_event(_event_input(v))
            self.service.update_event(event_id, _event_input(v))
            return event_id

        title = self.tr("新增培训") if event_id is None else self.tr("编辑培训")
        return FormDialog(title, event_fields(), values, save, self,
                          extra=extra_fields_of(self.db, TrainingEvent, event_id),
                          reload=stored if event_id is not None else None)

    def add_event(self) -> None:
        dialog = self._event_dialog(None)
        if dialog.exec():
            self.notify_changed()
            self.select_key(dialog.saved_result)

    def edit_row(self, row: TrainingEventRow) -> None:
        if self._event_dialog(row.id).exec():
            self.notify_changed()
            self.select_key(row.id)

    def delete_selected(self) -> None:
        rows = self.selected_rows()
        if not rows or not register_page.confirm(self, self.tr("删除培训"), counted(self.tr(
                "确定删除选中的 {0} 次培训及其参训记录吗？\n删除后可在“回收站”中恢复。"),
                len(rows))):
            return
        for r in rows:
            try:
                self.service.delete_event(r.id)
            except KnownError as exc:
                crash.show_error(self, exc)
        self.notify_changed()

    def take_attendance(self) -> None:
        event = self.current_event()
        if event is None:
            return
        picked = attendance_picker.pick_attendees(self.db, event.id, self)
        if picked:
            self.service.add_attendees(event.id, picked)
            self.notify_changed()

    def remove_attendees(self) -> None:
        event = self.current_event()
        people = {self.attendance.item(i.row(), 0).data(Qt.ItemDataRole.UserRole)
                  for i in self.attendance.selectionModel().selectedRows()}
        if event is None or not people:
            return
        if not register_page.confirm(self, self.tr("移除参训人员"), counted(self.tr(
                "确定从本次培训的参训名单中移除 {0} 人吗？"), len(people))):
            return
        for pid in people:
            self.service.remove_attendee(event.id, int(pid))
        self.notify_changed()

    def print_signin(self) -> workers.Task | None:
        from emergency_desk.reports.trainings import build_signin

        event = self.current_event()
        if event is None:
            return None
        stamp = datetime.now().strftime("%Y%m%d_%H%M%S")
        out: Path = register_page.documents_dir() / t("培训签到表_{s}.pdf", s=stamp)
        return workers.run_task(self, self.tr("正在生成签到表…"),
                                lambda _p: build_signin(self.db, out, event.id),
                                lambda path: register_page.open_file(path))

    def print_rates(self) -> workers.Task:
        from emergency_desk.reports.registry import generate_report

        stamp = datetime.now().strftime("%Y%m%d_%H%M%S")
        out: Path = register_page.documents_dir() / t("培训率统计表_{s}.pdf", s=stamp)
        return workers.run_task(self, self.tr("正在生成报表…"),
                                lambda _p: generate_report(self.db, "training-rate", out),
                                lambda path: register_page.open_file(path))

    def import_file(self) -> None:
        if register_actions.import_with_wizard(self, self.db, "trainings"):
            self.notify_changed()

    def export_file(self) -> workers.Task | None:
        return register_actions.export_to_excel(self, self.db, "trainings", self.tr("导出培训台账"),
                                                t("培训台账"))

    def save_template(self) -> None:
        register_actions.save_template(self, "trainings", t("培训导入模板.xlsx"))
