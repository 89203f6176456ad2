"""The 演练记录 tab (drills with their evaluation and rectification) and the 六有 tab."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor, QKeySequence
from PySide6.QtWidgets import (
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
from emergency_desk.errors import KnownError
from emergency_desk.i18n import counted, t
from emergency_desk.services.plans.drills import DrillService
from emergency_desk.services.plans.six_have import SixHaveRow, Verdict, scorecard
from emergency_desk.services.plans.views import DrillQuery, DrillRow, PlanViews
from emergency_desk.ui import crash
from emergency_desk.ui.plans import tabs as plan_tabs
from emergency_desk.ui.plans.dialogs import (
    make_drill_dialog,
    make_leadership_dialog,
    make_rectification_dialog,
    run_dialog,
)
from emergency_desk.ui.widgets import register_page
from emergency_desk.ui.widgets.background_alerts import BackgroundAlerts
from emergency_desk.ui.widgets.register_page import RegisterPage
from emergency_desk.ui.widgets.table_model import ColumnSpec, LazyTableModel, RowStyle


def _rectification(r: DrillRow) -> str:
    if not r.has_problems:
        return t("无问题")
    return r.rectification.label if r.rectification else ""


def drill_columns() -> list[ColumnSpec[DrillRow]]:
    return [
        ColumnSpec(t("演练日期"), lambda r: r.date, "date", width=90),
        ColumnSpec(t("演练名称"), lambda r: r.title, "title", width=210),
        ColumnSpec(t("依据预案"), lambda r: "、".join(r.plan_names), None, width=220),
        ColumnSpec(t("区划"), lambda r: r.region_path.split("/", 1)[-1], "region", width=120),
        ColumnSpec(t("形式"), lambda r: r.form.label if r.form else "", "form", width=72),
        ColumnSpec(t("组织单位"), lambda r: r.organizer, None, width=120),
        ColumnSpec(t("参演人数"), lambda r: r.participants_count, "participants", width=70),
        ColumnSpec(t("评估结论"), lambda r: r.evaluation or t("未评估"), None, width=160),
        ColumnSpec(t("存在问题"), lambda r: r.problems, None, width=160),
        ColumnSpec(t("整改情况"), _rectification, "rectification", width=72),
    ]


class DrillsTab(RegisterPage):
    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.views = PlanViews(db)
        self.service = DrillService(db)
        self._alerts: plan_tabs.Alerts = {}
        tr = self.tr
        self.add_action(tr("新增"), self.add_drill, QKeySequence.StandardKey.New,
                        tip=tr("登记一次演练"))
        self.add_action(tr("编辑"), self.edit_current, needs_selection=True)
        self.add_action(tr("删除"), self.delete_selected, QKeySequence.StandardKey.Delete,
                        needs_selection=True)
        self.toolbar.addSeparator()
        self.add_action(tr("登记整改"), self.record_rectification, needs_selection=True,
                        tip=tr("登记演练发现问题的整改情况"))
        self.toolbar.addSeparator()
        self.add_action(tr("导入"), self.import_file, tip=tr("从 Excel 导入演练记录"))
        self.add_action(tr("导出"), lambda: plan_tabs.export_register(
            self, db, "drills", t("应急演练")))
        self.add_action(tr("模板"), lambda: plan_tabs.save_template(self, "drills",
                                                                    t("应急演练")))
        self.add_action(tr("打印"), self.print_report, QKeySequence.StandardKey.Print,
                        tip=tr("生成应急演练记录表和年度统计 PDF"))
        self.toolbar.addSeparator()
        self.add_action(tr("刷新"), self.refresh)

        self.township_filter = plan_tabs.township_combo(db, tr("全部乡镇"))
        self.year_filter = QComboBox()
        self.year_filter.setObjectName("year_filter")
        self.year_filter.addItem(tr("全部年度"), None)
        this_year = date.today().year
        for y in range(this_year, this_year - 6, -1):
            self.year_filter.addItem(str(y), y)
        self.open_filter = QCheckBox(tr("仅未评估或未整改"))
        self.open_filter.setObjectName("open_filter")
        for box in (self.township_filter, self.year_filter):
            box.currentIndexChanged.connect(lambda _i: self.apply_filters())
        self.open_filter.toggled.connect(lambda _c: self.apply_filters())
        self.add_filter(self.township_filter, tr("乡镇"))
        self.add_filter(self.year_filter, tr("年度"))
        self.add_filter(self.open_filter)
        # The plan rules in a worker once the table has painted (ui/widgets/first_paint.py).
        self._tints = BackgroundAlerts(self, lambda: plan_tabs.plan_alerts(db, "drill"),
                                       self._alerts_arrived)
        self._tints.reload_after_paint(self.table.viewport())
        self.set_model(LazyTableModel(drill_columns(), self.views.count_drills, self._fetch,
                                      DrillQuery(), row_style=self._row_style))

    def _fetch(self, q: DrillQuery, offset: int, limit: int) -> list[DrillRow]:
        return self.views.drills(q, offset, limit)

    def _row_style(self, r: DrillRow) -> RowStyle | None:
        return plan_tabs.alert_style(self._alerts, r.id)

    def build_query(self) -> DrillQuery:
        old = self.model.query if self.model is not None else DrillQuery()
        return DrillQuery(search=self.search.text().strip(),
                          township_id=self.township_filter.currentData(),
                          year=self.year_filter.currentData(),
                          unresolved_only=self.open_filter.isChecked(),
                          order_by=old.order_by, descending=old.descending)

    def _alerts_arrived(self, found: plan_tabs.Alerts) -> None:
        self._alerts = found
        self.table.viewport().update()

    def wait_loaded(self, timeout_ms: int = 60_000) -> bool:
        return self._tints.wait(timeout_ms)

    def refresh(self) -> None:
        super().refresh()
        self._tints.reload()  # after the table's read: it has the worker threads to itself

    def clear_filters(self) -> None:
        widgets = (self.search, self.township_filter, self.year_filter, self.open_filter)
        for w in widgets:
            w.blockSignals(True)
        self.search.clear()
        self.township_filter.setCurrentIndex(0)
        self.year_filter.setCurrentIndex(0)
        self.open_filter.setChecked(False)
        for w in widgets:
            w.blockSignals(False)
        self.apply_filters()

    def _after_edit(self, drill_id: Any) -> None:
        if drill_id is not None:
            self.notify_changed()
            self.select_key(drill_id)

    def add_drill(self) -> None:
        self._after_edit(run_dialog(lambda: make_drill_dialog(self.db, parent=self)))

    def edit_row(self, row: DrillRow) -> None:
        self._after_edit(run_dialog(lambda: make_drill_dialog(self.db, row.id, parent=self)))

    def record_rectification(self) -> None:
        row = self.current_row()
        if row is not None:
            self._after_edit(run_dialog(lambda: make_rectification_dialog(self.db, row.id,
                                                                          self)))

    def delete_selected(self) -> None:
        rows = self.selected_rows()
        if not rows or not register_page.confirm(self, self.tr("删除演练记录"), counted(self.tr(
                "确定删除选中的 {0} 条演练记录吗？\n删除后可在“回收站”中恢复。"), len(rows))):
            return
        try:
            for r in rows:
                self.service.delete(r.id)
        except KnownError as exc:
            crash.show_error(self, exc)
        self.notify_changed()

    def import_file(self) -> None:
        if plan_tabs.import_register(self, self.db, "drills"):
            self.notify_changed()

    def print_report(self) -> Any:
        # The drills the tab shows: its 年度, 仅未评估或未整改 and search filters as well as the
        # township, named in the header's 统计范围 (issue 17), as the plans tab prints.
        q = self.build_query()
        parts = register_page.combo_filter(t("年度"), self.year_filter)
        if q.unresolved_only:
            parts.append(t("仅未评估或未整改"))
        if q.search:
            parts.append(t("搜索：{value}", value=q.search))
        return plan_tabs.print_report(self, self.db, "drills", t("应急演练记录表"),
                                      self.township_filter.currentData(), (q, parts))


_VERDICT_COLOURS = {Verdict.PASS: "#d4edda", Verdict.FAIL: "#f8d7da",
                    Verdict.UNCHECKED: "#eeeeee", Verdict.NOT_ENTERED: "#eeeeee"}


class SixHaveTab(QWidget):
    """六有 scorecard per township, from the rules; click a cell to read why."""

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.rows: list[SixHaveRow] = []
        self.table = QTableWidget()
        self.table.setObjectName("six_table")
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.detail = QLabel()
        self.detail.setObjectName("six_detail")
        self.detail.setWordWrap(True)
        self.detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.table.currentCellChanged.connect(lambda r, c, *_: self._explain(r, c))
        refresh = QPushButton(self.tr("刷新"))
        refresh.clicked.connect(self.refresh)
        self.group_button = QPushButton(self.tr("登记领导小组"))
        self.group_button.setToolTip(self.tr("“有班子”：录入乡镇应急管理领导小组"))
        self.group_button.clicked.connect(self.add_group)
        self.print_button = QPushButton(self.tr("打印自查表"))
        self.print_button.clicked.connect(self.print_report)
        note = QLabel(self.tr(
            "按各台账预警规则自动判定；“未录入”表示该项依据的台账（领导小组、值班表）"
            "尚无记录，无法判定，不计入达标项。"))
        note.setStyleSheet("color: #666;")
        note.setWordWrap(True)  # a long line: wraps beside the buttons instead of widening
        bar = QHBoxLayout()
        bar.addWidget(note, 1)
        bar.addWidget(self.group_button)
        bar.addWidget(refresh)
        bar.addWidget(self.print_button)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.detail)
        self._scores = BackgroundAlerts(self, lambda: scorecard(db), self._fill)
        self.refresh()

    def refresh(self) -> None:
        """The scorecard reads every township's registers: in a worker (as the tints)."""
        self._scores.reload()

    def wait_loaded(self, timeout_ms: int = 60_000) -> bool:
        return self._scores.wait(timeout_ms)

    def _fill(self, rows: list[SixHaveRow]) -> None:
        self.rows = rows
        items = [i.name for i in self.rows[0].items] if self.rows else []
        headers = [self.tr("乡镇"), *[t(n) for n in items], self.tr("达标项")]
        self.table.clear()
        self.table.setColumnCount(len(headers))
        self.table.setHorizontalHeaderLabels(headers)
        self.table.setRowCount(len(self.rows))
        for r, row in enumerate(self.rows):
            self.table.setItem(r, 0, QTableWidgetItem(row.township))
            for c, it in enumerate(row.items, 1):
                cell = QTableWidgetItem(it.verdict.label)
                cell.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                cell.setBackground(QBrush(QColor(_VERDICT_COLOURS[it.verdict])))
                cell.setToolTip("\n".join(it.problems) or it.basis)
                self.table.setItem(r, c, cell)
            total = QTableWidgetItem(f"{row.passed}/{row.judged}")
            total.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
            self.table.setItem(r, len(headers) - 1, total)
        header = self.table.horizontalHeader()
        for c in range(len(headers)):  # never narrower than the (English) header
            self.table.setColumnWidth(c, max(104 if c else 150, header.sectionSizeHint(c)))

    def add_group(self) -> None:
        """Record a township's 领导小组 (the township of the selected row is offered)."""
        r = self.table.currentRow()
        town = self.rows[r].township_id if 0 <= r < len(self.rows) else None
        if run_dialog(lambda: make_leadership_dialog(self.db, town, self)) is not None:
            self.refresh()

    def _explain(self, r: int, c: int) -> None:
        if not (0 <= r < len(self.rows)) or not (1 <= c <= len(self.rows[r].items)):
            self.detail.clear()
            return
        it = self.rows[r].items[c - 1]
        lines = [f"{self.rows[r].township} · {t(it.name)}：{it.verdict.label}（{it.basis}）",
                 *it.problems[:12]]
        self.detail.setText("\n".join(lines))

    def print_report(self) -> Any:
        from datetime import datetime

        from emergency_desk.reports.registry import generate_report
        from emergency_desk.ui import workers

        stamp = datetime.now().strftime("%Y%m%d_%H%M%S")
        out = register_page.documents_dir() / t("六有自查表_{s}.pdf", s=stamp)
        return workers.run_task(self, self.tr("正在生成报表…"),
                                lambda _p: generate_report(self.db, "six", out),
                                lambda path: register_page.open_file(path))
