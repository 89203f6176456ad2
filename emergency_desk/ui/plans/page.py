"""应急预案 page: the plan catalogue (with the selected plan's revisions, evaluations and
drills), the drill records and the township 六有 self-check, one tab each.

Rows are tinted by the plan rules (P1–P8): a plan overdue for evaluation or never drilled is
orange, its tooltip says why. The dashboard opens a record with `show_record`.
"""

from __future__ import annotations

from datetime import date
from functools import partial
from typing import Any, cast

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor, QKeySequence
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHeaderView,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from emergency_desk.data.db import Database
from emergency_desk.data.plans import AttachmentKind, PlanStatus, PlanType
from emergency_desk.errors import KnownError
from emergency_desk.i18n import counted, t
from emergency_desk.services.plans.attachments import AttachmentService
from emergency_desk.services.plans.plans import PlanService
from emergency_desk.services.plans.views import DrillQuery, PlanQuery, PlanRow, PlanViews
from emergency_desk.ui import crash
from emergency_desk.ui.plans import tabs as plan_tabs
from emergency_desk.ui.plans.annual_tab import AnnualPlanTab
from emergency_desk.ui.plans.dialogs import (
    edit_plan,
    make_drill_dialog,
    make_evaluation_dialog,
    make_revision_dialog,
    run_dialog,
)
from emergency_desk.ui.plans.drills_tab import DrillsTab, SixHaveTab
from emergency_desk.ui.widgets import register_page
from emergency_desk.ui.widgets.background_alerts import BackgroundAlerts
from emergency_desk.ui.widgets.form_dialog import FieldSpec, FormDialog
from emergency_desk.ui.widgets.lazy_tabs import LazyTabs
from emergency_desk.ui.widgets.register_page import RegisterPage
from emergency_desk.ui.widgets.table_model import ColumnSpec, LazyTableModel, RowStyle

PAGE_TITLE = "应急预案"
_GREY = Qt.GlobalColor.gray


def _d(day: date | None) -> str:
    return day.isoformat() if day else ""


def plan_columns() -> list[ColumnSpec[PlanRow]]:
    today = date.today()
    return [
        ColumnSpec(t("预案名称"), lambda r: r.name, "name", width=230),
        ColumnSpec(t("类型"), lambda r: r.plan_type.label, "plan_type", width=80),
        ColumnSpec(t("所属区划"), lambda r: r.region_path.split("/", 1)[-1], "region",
                   width=130),
        ColumnSpec(t("状态"), lambda r: r.status.label, "status", width=64),
        ColumnSpec(t("文号"), lambda r: r.doc_no, "doc_no", width=140),
        ColumnSpec(t("版本"), lambda r: r.version, None, width=64),
        ColumnSpec(t("发布日期"), lambda r: r.issue_date, "issue_date", width=90),
        ColumnSpec(t("最近修订"), lambda r: r.last_revised_date, None, width=90),
        ColumnSpec(t("最近评估"), lambda r: r.last_eval_date, None, width=90),
        ColumnSpec(t("最近演练"), lambda r: r.last_drill_date or t("未演练"), None, width=90),
        ColumnSpec(t("下次评估期限"), lambda r: _d(r.next_review_due) +
                   (t("（超期）") if r.review_overdue(today) else ""), None, width=130),
        ColumnSpec(t("备案日期"), lambda r: r.filed_date, None, width=90),
    ]


class PlanListTab(RegisterPage):
    """The plan catalogue with the selected plan's history underneath."""

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.views = PlanViews(db)
        self.service = PlanService(db)
        self._alerts: plan_tabs.Alerts = {}
        self._build_actions()
        self._build_filters()
        self._build_details()
        # The plan rules in a worker once the table has painted (ui/widgets/first_paint.py).
        self._tints = BackgroundAlerts(
            self, lambda: plan_tabs.plan_alerts(db, "emergency_plan"), self._alerts_arrived)
        self._tints.reload_after_paint(self.table.viewport())
        self.set_model(LazyTableModel(plan_columns(), self.views.count, self._fetch,
                                      PlanQuery(), row_style=self._row_style))
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self.show_details())

    def _build_actions(self) -> None:
        """The toolbar: records, the plan's history, Excel, print."""
        tr, db = self.tr, self.db
        self.add_action(tr("新增"), self.add_plan, QKeySequence.StandardKey.New)
        self.add_action(tr("编辑"), self.edit_current, needs_selection=True,
                        tip=tr("编辑选中的预案（回车或双击）"))
        self.add_action(tr("删除"), self.delete_selected, QKeySequence.StandardKey.Delete,
                        needs_selection=True, tip=tr("删除选中的预案（可在回收站恢复）"))
        self.toolbar.addSeparator()
        self.add_action(tr("登记修订"), self.record_revision, needs_selection=True)
        self.add_action(tr("登记评估"), self.record_evaluation, needs_selection=True)
        self.add_action(tr("登记演练"), self.record_drill, needs_selection=True,
                        tip=tr("登记依据选中预案开展的演练"))
        self.add_action(tr("依托人员"), self.add_person, needs_selection=True,
                        tip=tr("登记预案依托的责任人、联系人；人员删除后提醒修订预案（P7）"))
        self.add_action(tr("添加附件"), self.add_attachment, needs_selection=True,
                        tip=tr("正文、简本、作战图或评估报告；文件存入数据库，随备份保存"))
        self.toolbar.addSeparator()
        self.add_action(tr("导入"), lambda: self._imported(
            plan_tabs.import_register(self, db, "plans")), tip=tr("从 Excel 导入应急预案"),
            empty_state=True)
        self.add_action(tr("导出"), lambda: plan_tabs.export_register(
            self, db, "plans", t("应急预案")), tip=tr("导出为 Excel（可再导入）"))
        self.add_action(tr("模板"), lambda: plan_tabs.save_template(self, "plans",
                                                                    t("应急预案")))
        self.add_action(tr("打印"), self.print_report, QKeySequence.StandardKey.Print,
                        tip=tr("生成应急预案目录 PDF（按所选乡镇）"))
        self.toolbar.addSeparator()
        self.add_action(tr("刷新"), self.refresh, tip=tr("重新读取（F5）"))

    def _build_filters(self) -> None:
        """Township, type, status and "evaluation overdue" filters."""
        tr, db = self.tr, self.db
        self.township_filter = plan_tabs.township_combo(db, tr("全部乡镇"))
        self.type_filter = QComboBox()
        self.type_filter.setObjectName("type_filter")
        self.type_filter.addItem(tr("全部类型"), None)
        for pt in PlanType:
            self.type_filter.addItem(pt.label, pt)
        self.status_filter = QComboBox()
        self.status_filter.setObjectName("status_filter")
        self.status_filter.addItem(tr("全部状态"), None)
        for st in PlanStatus:
            self.status_filter.addItem(st.label, st)
        self.overdue_filter = QCheckBox(tr("仅评估超期"))
        self.overdue_filter.setObjectName("overdue_filter")
        for box in (self.township_filter, self.type_filter, self.status_filter):
            box.currentIndexChanged.connect(lambda _i: self.apply_filters())
        self.overdue_filter.toggled.connect(lambda _c: self.apply_filters())
        self.add_filter(self.township_filter, tr("乡镇"))
        self.add_filter(self.type_filter, tr("类型"))
        self.add_filter(self.status_filter, tr("状态"))
        self.add_filter(self.overdue_filter)

    def _build_details(self) -> None:
        """The selected plan's history (revisions, evaluations, drills, attachments, resources)
        in tabs under the plan table."""
        tr = self.tr
        self.details = QTabWidget()
        self.details.setObjectName("plan_details")
        self.revision_table = self._detail_table(
            [tr("修订日期"), tr("版本"), tr("修订情形"), tr("修订内容")])
        self.evaluation_table = self._detail_table(
            [tr("评估日期"), tr("评估方式"), tr("评估结论"), tr("参加人员")])
        self.drill_table = self._detail_table(
            [tr("演练日期"), tr("演练名称"), tr("形式"), tr("评估结论"), tr("整改情况")])
        self.attachment_table = self._detail_table(
            [tr("附件类型"), tr("文件名"), tr("大小（KB）")])
        self.attachment_table.setObjectName("attachment_table")
        self.attachment_table.setToolTip(tr("双击打开附件"))
        self.attachment_table.cellDoubleClicked.connect(lambda r, _c: self.open_attachment(r))
        self._attachment_ids: list[int] = []
        self.details.addTab(self.revision_table, tr("修订记录"))
        self.details.addTab(self.evaluation_table, tr("评估记录"))
        self.details.addTab(self.drill_table, tr("演练记录"))
        self.details.addTab(self.attachment_table, tr("附件"))
        self.resource_table = self._detail_table([tr("资源类型"), tr("名称")])
        self.resource_table.setObjectName("resource_table")
        self.details.addTab(self.resource_table, tr("依托资源"))
        # The table and the selected plan's history, one above the other.
        table_box = self.splitter.widget(0)
        vertical = QSplitter(Qt.Orientation.Vertical)
        vertical.addWidget(table_box)
        vertical.addWidget(self.details)
        vertical.setStretchFactor(0, 3)
        vertical.setStretchFactor(1, 1)
        self.splitter.addWidget(vertical)

    @staticmethod
    def _detail_table(headers: list[str]) -> QTableWidget:
        table = QTableWidget(0, len(headers))
        table.setHorizontalHeaderLabels(headers)
        table.verticalHeader().hide()
        table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        table.horizontalHeader().setStretchLastSection(True)
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for i in range(len(headers) - 1):  # never narrower than the (English) header
            table.setColumnWidth(i, max(120 if i else 96,
                                        table.horizontalHeader().sectionSizeHint(i)))
        return table

    # -- data ----------------------------------------------------------------------------
    def _fetch(self, q: PlanQuery, offset: int, limit: int) -> list[PlanRow]:
        return self.views.list(q, offset, limit)

    def _row_style(self, r: PlanRow) -> RowStyle | None:
        style = plan_tabs.alert_style(self._alerts, r.id)
        if style is None and r.status in (PlanStatus.ABOLISHED, PlanStatus.DRAFT):
            return RowStyle(foreground=QColor(_GREY))
        return style

    def build_query(self) -> PlanQuery:
        old = self.model.query if self.model is not None else PlanQuery()
        pt, st = self.type_filter.currentData(), self.status_filter.currentData()
        return PlanQuery(search=self.search.text().strip(),
                         township_id=self.township_filter.currentData(),
                         # Qt hands an enum stored as item data back as its plain value.
                         plan_types=(PlanType(pt),) if pt else (),
                         statuses=(PlanStatus(st),) if st else (),
                         review_overdue_on=date.today() if self.overdue_filter.isChecked()
                         else None, order_by=old.order_by, descending=old.descending)

    def show_details(self) -> None:
        """The selected plan's revisions, evaluations and drills."""
        row = self.current_row()
        if row is None:
            for table in (self.revision_table, self.evaluation_table, self.drill_table,
                          self.attachment_table, self.resource_table):
                table.setRowCount(0)
            return
        kinds = {"person": t("人员"), "team": t("救援队伍"), "warehouse": t("仓库")}
        self._fill(self.resource_table, [[kinds.get(r.kind, r.kind), r.name]
                                         for r in self.views.resources(row.id)])
        files = AttachmentService(self.db).list(row.id)
        self._attachment_ids = [a.id for a in files]
        self._fill(self.attachment_table, [
            [a.kind.label, a.name, f"{a.size / 1024:.0f}"] for a in files])
        self._fill(self.revision_table, [
            [_d(r.date), r.version or "", r.trigger.label, r.summary or ""]
            for r in self.views.revisions(row.id)])
        self._fill(self.evaluation_table, [
            [_d(e.date), e.method.label, e.conclusion.label, e.participants or ""]
            for e in self.views.evaluations(row.id)])
        self._fill(self.drill_table, [
            [_d(d.date), d.title, d.form.label if d.form else "",
             d.evaluation if d.evaluated else t("未评估"),
             (d.rectification.label if d.rectification else "") if d.has_problems
             else t("无问题")]
            for d in self.views.drills(DrillQuery(plan_id=row.id))])

    @staticmethod
    def _fill(table: QTableWidget, rows: list[list[str]]) -> None:
        table.setRowCount(len(rows))
        for i, cells in enumerate(rows):
            for j, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                table.setItem(i, j, item)

    def _alerts_arrived(self, found: plan_tabs.Alerts) -> None:
        self._alerts = found
        self.table.viewport().update()
        self.show_details()

    def wait_loaded(self, timeout_ms: int = 60_000) -> bool:
        return self._tints.wait(timeout_ms)

    def refresh(self) -> None:
        super().refresh()
        self._tints.reload()  # after the table's read: it has the worker threads to itself
        self.show_details()

    def clear_filters(self) -> None:
        for w in (self.search, self.township_filter, self.type_filter, self.status_filter,
                  self.overdue_filter):
            w.blockSignals(True)
        self.search.clear()
        for box in (self.township_filter, self.type_filter, self.status_filter):
            box.setCurrentIndex(0)
        self.overdue_filter.setChecked(False)
        for w in (self.search, self.township_filter, self.type_filter, self.status_filter,
                  self.overdue_filter):
            w.blockSignals(False)
        self.apply_filters()

    # -- actions -------------------------------------------------------------------------
    def _after_edit(self, record_id: Any) -> None:
        if record_id is not None:
            self.notify_changed()
            if isinstance(record_id, int):
                self.select_key(record_id)
            self.show_details()

    def _imported(self, committed: bool) -> None:
        if committed:
            self.notify_changed()

    def add_plan(self) -> None:
        new_id = edit_plan(self.db, region_id=self.township_filter.currentData(), parent=self)
        self._after_edit(new_id)

    def edit_row(self, row: PlanRow) -> None:
        self._after_edit(edit_plan(self.db, row.id, parent=self))

    def record_revision(self) -> None:
        row = self.current_row()
        if row is not None and run_dialog(lambda: make_revision_dialog(self.db, row.id, self)):
            self._after_edit(row.id)

    def record_evaluation(self) -> None:
        row = self.current_row()
        if row is not None and \
                run_dialog(lambda: make_evaluation_dialog(self.db, row.id, self)):
            self._after_edit(row.id)

    def record_drill(self) -> None:
        row = self.current_row()
        if row is not None and \
                run_dialog(lambda: make_drill_dialog(self.db, plan_id=row.id, parent=self)):
            self._after_edit(row.id)

    def add_person(self) -> None:
        row = self.current_row()
        if row is None:
            return
        people = self.views.person_choices()
        fields = [FieldSpec("人员", self.tr("人员"), kind="lookup", required=True,
                            choices=people, placeholder=self.tr("输入姓名或手机号查找"))]
        names = {pid: label for label, pid in people}

        def save(v: dict[str, Any]) -> int:
            return self.service.add_resource(row.id, "person", v["人员"],
                                             names[v["人员"]].split(" ")[0])

        if run_dialog(lambda: FormDialog(self.tr("预案依托人员"), fields, {}, save, self)):
            self.details.setCurrentWidget(self.resource_table)
            self.show_details()

    def add_attachment(self) -> None:
        row = self.current_row()
        if row is None:
            return
        path = register_page.ask_open_path(self, self.tr("选择附件文件"),
                                           self.tr("所有文件 (*)"))
        if path is None:
            return
        kinds = [k.label for k in AttachmentKind]
        label = register_page.choose(self, self.tr("附件类型"), self.tr("这个文件是："), kinds)
        if label is None:
            return
        try:
            AttachmentService(self.db).add(row.id, list(AttachmentKind)[kinds.index(label)],
                                           path)
        except KnownError as exc:
            crash.show_error(self, exc)
            return
        self.details.setCurrentWidget(self.attachment_table)
        self.show_details()

    def open_attachment(self, index: int) -> None:
        if not 0 <= index < len(self._attachment_ids):
            return
        try:
            register_page.open_file(
                AttachmentService(self.db).materialise(self._attachment_ids[index]))
        except KnownError as exc:
            crash.show_error(self, exc)

    def delete_selected(self) -> None:
        self.delete_selected_rows(
            self.tr("删除应急预案"),
            lambda rows: f"“{rows[0].name}”" if len(rows) == 1 else counted(self.tr(
                "选中的 {0} 份预案"), len(rows)),
            lambda r: self.service.delete(r.id))

    def print_report(self) -> Any:
        # The plans the page shows: its 类型, 状态, 评估超期 and search filters as well as the
        # township, named in the header's 统计范围 (issue 17).
        q = self.build_query()
        parts = (register_page.combo_filter(t("类型"), self.type_filter)
                 + register_page.combo_filter(t("状态"), self.status_filter))
        if q.review_overdue_on is not None:
            parts.append(t("仅评估超期"))
        if q.search:
            parts.append(t("搜索：{value}", value=q.search))
        return plan_tabs.print_report(self, self.db, "plans", t("应急预案目录"),
                                      self.township_filter.currentData(), (q, parts))


class PlansPage(QWidget):
    """The page the main window shows under 应急预案.

    Only the plan catalogue is built when the page opens; the drills, the year's planned
    drills and the 六有 scorecard (each with its own reads in workers) when first shown
    (ui/widgets/lazy_tabs.py): building all four made the first opening at county scale
    cross 0.2 s of frozen window."""

    changed = Signal()

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.tabs = LazyTabs()
        self.tabs.setObjectName("plan_tabs")
        self.plans = PlanListTab(db)
        self.plans.changed.connect(self._changed)
        self.tabs.add_built("plans", self.plans, self.tr("预案目录"))
        self.tabs.tab_built.connect(self._tab_built)
        self.tabs.add_later("drills", partial(DrillsTab, db), self.tr("演练记录"))
        self.tabs.add_later("annual", partial(AnnualPlanTab, db), self.tr("年度演练计划"))
        self.tabs.add_later("six", partial(SixHaveTab, db), self.tr("“六有”自查"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tabs)

    def _tab_built(self, key: str, tab: QWidget) -> None:
        if key == "drills":
            cast(DrillsTab, tab).changed.connect(self._changed)
        elif key == "annual":
            cast(AnnualPlanTab, tab).changed.connect(self.changed.emit)

    @property
    def drills(self) -> DrillsTab:
        return cast(DrillsTab, self.tabs.get("drills"))

    @property
    def annual(self) -> AnnualPlanTab:
        return cast(AnnualPlanTab, self.tabs.get("annual"))

    @property
    def six(self) -> SixHaveTab:
        return cast(SixHaveTab, self.tabs.get("six"))

    def wait_loaded(self, timeout_ms: int = 60_000) -> bool:
        """Spin the event loop until the built tabs' tints, 六有 scorecard and year's planned
        drills are read (tests, screenshots)."""
        return all(tab.wait_loaded(timeout_ms) for tab in self.tabs.built())

    def _changed(self) -> None:
        """An edit on one tab changes what the others show (last drill, 六有); a tab not
        built yet reads everything when it is."""
        sender = self.sender()
        for tab in self.tabs.built():
            if tab is not sender:
                tab.refresh()
        self.changed.emit()

    def show_record(self, table: str, record_id: int) -> bool:
        """Select a plan or drill (from a dashboard alert); False when the table is not ours."""
        if table == "emergency_plan":
            self.tabs.show_tab("plans")
            self.plans.clear_filters()
            return self.plans.select_key(record_id)
        if table == "drill":
            drills = self.tabs.show_tab("drills")
            drills.clear_filters()
            return bool(drills.select_key(record_id))
        return False
