"""年度演练计划 tab: the drills each township plans for a year, ticked off as they happen."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
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
from emergency_desk.data.plans import AnnualDrillStatus, DrillForm
from emergency_desk.errors import KnownError
from emergency_desk.i18n import t
from emergency_desk.services.plans.annual_drills import (
    AnnualDrillInput,
    AnnualDrillRow,
    AnnualDrillService,
)
from emergency_desk.services.plans.views import DrillQuery, PlanViews
from emergency_desk.services.regions.regions import RegionService
from emergency_desk.ui import crash
from emergency_desk.ui.plans import tabs as plan_tabs
from emergency_desk.ui.plans.dialogs import run_dialog
from emergency_desk.ui.widgets import register_page
from emergency_desk.ui.widgets.background_alerts import BackgroundAlerts
from emergency_desk.ui.widgets.form_dialog import FieldSpec, FormDialog

_STATUS_COLOURS = {AnnualDrillStatus.DONE: "#d4edda", AnnualDrillStatus.CANCELLED: "#eeeeee",
                   AnnualDrillStatus.PLANNED: None}


def make_annual_dialog(db: Database, year: int, township_id: int | None,
                       parent: QWidget | None = None) -> FormDialog:
    towns = [(r.name, r.id) for r in RegionService(db).township_choices()]
    plans: list[tuple[str, Any]] = [(label, pid) for pid, label in
                                    PlanViews(db).plan_choices()]
    fields = [
        FieldSpec("年度", t("年度"), kind="int", required=True, minimum=2000, maximum=2100),
        FieldSpec("所属区划", t("乡镇"), kind="choice", required=True, choices=towns),
        FieldSpec("演练名称", t("演练名称"), required=True,
                  placeholder=t("如 汛前山洪灾害转移避险演练")),
        FieldSpec("月份", t("计划月份"), kind="int", minimum=1, maximum=12),
        FieldSpec("形式", t("演练形式"), kind="choice",
                  choices=[(f.label, f) for f in DrillForm]),
        FieldSpec("依据预案", t("依据预案"), kind="lookup", choices=plans,
                  placeholder=t("输入名称查找")),
    ]

    def save(v: dict[str, Any]) -> int:
        return AnnualDrillService(db).add(AnnualDrillInput(
            v["年度"], v["所属区划"], v["演练名称"], v["月份"], v["形式"], v["依据预案"]))

    return FormDialog(t("新增年度演练计划"), fields,
                      {"年度": year, "所属区划": township_id}, save, parent)


class AnnualPlanTab(QWidget):
    changed = Signal()

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.service = AnnualDrillService(db)
        self.rows: list[AnnualDrillRow] = []
        self.year = QComboBox()
        self.year.setObjectName("annual_year")
        this_year = date.today().year
        for y in range(this_year + 1, this_year - 5, -1):
            self.year.addItem(str(y), y)
        self.year.setCurrentIndex(1)
        self.township = plan_tabs.township_combo(db, self.tr("全部乡镇"))
        for box in (self.year, self.township):
            box.currentIndexChanged.connect(lambda _i: self.refresh())
        bar = QHBoxLayout()
        for label, box in ((self.tr("年度"), self.year), (self.tr("乡镇"), self.township)):
            bar.addWidget(QLabel(label))
            bar.addWidget(box)
        bar.addStretch(1)
        for text, slot in ((self.tr("新增计划"), self.add_item),
                           (self.tr("标记完成"), self.mark_done),
                           (self.tr("取消计划"), self.cancel_item),
                           (self.tr("删除"), self.delete_item)):
            button = QPushButton(text)
            button.clicked.connect(slot)
            bar.addWidget(button)
        headers = [self.tr("乡镇/区划"), self.tr("演练名称"), self.tr("计划月份"),
                   self.tr("形式"), self.tr("依据预案"), self.tr("完成情况")]
        self.table = QTableWidget(0, len(headers))
        self.table.setObjectName("annual_table")
        self.table.setHorizontalHeaderLabels(headers)
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.horizontalHeader().setStretchLastSection(True)
        header = self.table.horizontalHeader()
        for i, w in enumerate((150, 260, 80, 80, 260)):
            self.table.setColumnWidth(i, max(w, header.sectionSizeHint(i)))  # English headers
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.table, 1)
        # The rows are read in a worker (the page's first opening at county scale must not
        # wait for them); the filters are taken here, on the GUI thread, at each refresh, and
        # a refresh while a read runs reads again with the newer ones (BackgroundAlerts drops
        # the older answer).
        self._wanted: tuple[int, int | None] = (this_year, None)
        self._reader = BackgroundAlerts(self, lambda: self.service.list(*self._wanted),
                                        self._fill)
        self.refresh()

    def refresh(self) -> None:
        self._wanted = (self.year.currentData(), self.township.currentData())
        self._reader.reload()

    def wait_loaded(self, timeout_ms: int = 60_000) -> bool:
        """Spin the event loop until the rows are read (tests, after an edit)."""
        return self._reader.wait(timeout_ms)

    def _fill(self, rows: list[AnnualDrillRow]) -> None:
        self.rows = rows
        self.table.setRowCount(len(self.rows))
        for r, a in enumerate(self.rows):
            cells = [a.region_path.split("/", 1)[-1], a.title,
                     t("{m} 月", m=a.month) if a.month else "", a.form.label if a.form else "",
                     a.plan_name or "", a.status.label]
            colour = _STATUS_COLOURS[a.status]
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if colour:
                    item.setBackground(QBrush(QColor(colour)))
                if c in (2, 3, 5):
                    item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                self.table.setItem(r, c, item)

    def current(self) -> AnnualDrillRow | None:
        r = self.table.currentRow()
        return self.rows[r] if 0 <= r < len(self.rows) else None

    def _done(self) -> None:
        self.refresh()
        self.changed.emit()

    def add_item(self) -> None:
        if run_dialog(lambda: make_annual_dialog(self.db, self.year.currentData(),
                                                 self.township.currentData(), self)):
            self._done()

    def mark_done(self) -> None:
        """Link the planned item to the drill record that carried it out."""
        item = self.current()
        if item is None:
            return
        drills = PlanViews(self.db).drills(DrillQuery(year=item.year))
        town = item.region_path.split("/")[1] if "/" in item.region_path else ""
        drills = [d for d in drills if not town or d.township == town] or drills
        labels = [f"{d.date.isoformat()} {d.title}" for d in drills]
        if not labels:
            crash.show_error(self, KnownError(t("{year} 年尚无演练记录，请先在“演练记录”中登记",
                                                year=item.year)))
            return
        label = register_page.choose(self, self.tr("标记完成"),
                                     self.tr("由哪次演练完成："), labels)
        if label is None:
            return
        self.service.mark_done(item.id, drills[labels.index(label)].id)
        self._done()

    def cancel_item(self) -> None:
        item = self.current()
        if item is not None:
            self.service.cancel(item.id)
            self._done()

    def delete_item(self) -> None:
        item = self.current()
        if item is not None and register_page.confirm(
                self, self.tr("删除年度演练计划"),
                self.tr("确定删除“{0}”吗？").replace("{0}", item.title)):
            self.service.delete(item.id)
            self._done()
