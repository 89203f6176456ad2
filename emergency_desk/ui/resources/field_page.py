"""避险转移 page (issue 16): 避难场所 (rule H1) and 隐患点 (rule Z1), one tab each; rows a rule
flags are tinted, their tooltip says why."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QCheckBox, QTabWidget, QVBoxLayout, QWidget

from emergency_desk.data.db import Database
from emergency_desk.i18n import counted, t
from emergency_desk.services.checks import Severity
from emergency_desk.services.checks.by_record import RecordAlerts, alerts_by_record
from emergency_desk.services.resources.hazards import HazardRow, HazardService
from emergency_desk.services.resources.shelters import ShelterRow, ShelterService
from emergency_desk.ui.plans.dialogs import run_dialog
from emergency_desk.ui.resources.dialogs import make_hazard_dialog, make_shelter_dialog
from emergency_desk.ui.township.tabs import ListQuery, ListTab, below_county
from emergency_desk.ui.widgets.background_alerts import RuleTints
from emergency_desk.ui.widgets.table_model import (
    TINT_ORANGE,
    TINT_RED,
    ColumnSpec,
    LazyTableModel,
    RowStyle,
)

PAGE_TITLE = "避险转移"


def _alerts(db: Database, rule: str, table: str) -> RecordAlerts:
    return alerts_by_record(db, (rule,), (table,))[table]


class _AlertTab(RuleTints, ListTab):
    rule = ""
    alert_table = ""  # not `table`: RegisterPage's QTableView has that name

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        self._alerts: RecordAlerts = {}
        super().__init__(db, parent)
        self.read_tints(lambda: _alerts(db, self.rule, self.alert_table))
        self._load_alerts_after_paint()

    def row_tint(self, r: ShelterRow | HazardRow) -> RowStyle | None:
        hit = self._alerts.get(r.id)
        if hit is None:
            return None
        return RowStyle(TINT_RED if hit[0] == Severity.RED else TINT_ORANGE,
                        tooltip="\n".join(hit[1]))

    def refresh(self) -> None:
        super().refresh()
        self._load_alerts()  # after the table's read: it has the worker threads to itself


class SheltersTab(_AlertTab):
    register, report, title_zh = "shelters", "shelters", "避难场所"
    rule, alert_table = "H1", "shelter"

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(db, parent)
        self.service = ShelterService(db)
        tr = self.tr
        self.add_action(tr("新增"), self.add_shelter, QKeySequence.StandardKey.New)
        self.add_action(tr("编辑"), self.edit_current, needs_selection=True)
        self.add_action(tr("删除"), self.delete_selected, QKeySequence.StandardKey.Delete,
                        needs_selection=True)
        self.add_file_actions()
        self.add_filter(self.township_filter, tr("乡镇"))
        cols: list[ColumnSpec[ShelterRow]] = [
            ColumnSpec(t("场所名称"), lambda r: r.name, None, width=170),
            ColumnSpec(t("所属区划"), lambda r: below_county(r.region_path), None, width=110),
            ColumnSpec(t("避难时长"), lambda r: r.duration.label if r.duration else "", None,
                       width=70),
            ColumnSpec(t("空间类型"), lambda r: r.space.label if r.space else "", None,
                       width=70),
            ColumnSpec(t("可容纳人数"), lambda r: r.capacity, None, width=80),
            ColumnSpec(t("有效避难面积(平方米)"), lambda r: r.effective_area_m2, None, width=120),
            ColumnSpec(t("管理责任人"), lambda r: r.manager or t("（缺）"), None, width=80),
            ColumnSpec(t("联系电话"), lambda r: r.manager_phone, None, width=110),
            ColumnSpec(t("最近检查日期"), lambda r: r.last_inspection, None, width=96),
            ColumnSpec(t("服务村(社区)"), lambda r: "、".join(
                p.rsplit("/", 1)[-1] for p in r.served), None, width=200),
        ]
        self.set_model(LazyTableModel(cols, self._count, self._fetch, ListQuery(),
                                      row_style=self.row_tint))

    def rows_for(self, q: ListQuery) -> list[ShelterRow]:
        return self.service.list(q.township_id, q.search)

    def build_query(self) -> ListQuery:
        return ListQuery(self.search.text().strip(), self.township_filter.currentData())

    def add_shelter(self) -> None:
        self.after_edit(run_dialog(lambda: make_shelter_dialog(self.db, parent=self)))

    def edit_row(self, row: ShelterRow) -> None:
        self.after_edit(run_dialog(lambda: make_shelter_dialog(self.db, row.id, self)))

    def delete_selected(self) -> None:
        self.delete_selected_rows(
            self.tr("删除避难场所"),
            lambda rows: counted(self.tr("选中的 {0} 个避难场所"), len(rows)),
            lambda r: self.service.delete(r.id))


class HazardsTab(_AlertTab):
    register, report, title_zh = "hazards", "hazards", "隐患点"
    rule, alert_table = "Z1", "hazard_point"

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(db, parent)
        self.service = HazardService(db)
        tr = self.tr
        self.add_action(tr("新增"), self.add_hazard, QKeySequence.StandardKey.New)
        self.add_action(tr("编辑"), self.edit_current, needs_selection=True)
        self.add_action(tr("删除"), self.delete_selected, QKeySequence.StandardKey.Delete,
                        needs_selection=True)
        self.add_file_actions()
        self.active_only = QCheckBox(tr("仅在册"))
        self.active_only.setChecked(True)
        self.active_only.toggled.connect(lambda _c: self.apply_filters())
        self.add_filter(self.township_filter, tr("乡镇"))
        self.add_filter(self.active_only)
        cols: list[ColumnSpec[HazardRow]] = [
            ColumnSpec(t("隐患点名称"), lambda r: r.name, None, width=150),
            ColumnSpec(t("类型"), lambda r: r.hazard_type.label, None, width=60),
            ColumnSpec(t("所属区划"), lambda r: below_county(r.region_path), None, width=110),
            ColumnSpec(t("威胁户数"), lambda r: r.households, None, width=64),
            ColumnSpec(t("威胁人数"), lambda r: r.people, None, width=64),
            ColumnSpec(t("监测人"), lambda r: r.monitor or t("（缺）"), None, width=70),
            ColumnSpec(t("监测人电话"), lambda r: r.monitor_phone, None, width=110),
            ColumnSpec(t("责任人"), lambda r: r.responsible or t("（缺）"), None, width=70),
            ColumnSpec(t("责任人电话"), lambda r: r.responsible_phone, None, width=110),
            ColumnSpec(t("避难场所"), lambda r: r.shelter_name or t("（缺）"), None, width=150),
            ColumnSpec(t("状态"), lambda r: r.status.label, None, width=60),
        ]
        self.set_model(LazyTableModel(cols, self._count, self._fetch, self.build_query(),
                                      row_style=self.row_tint))

    def rows_for(self, q: ListQuery) -> list[HazardRow]:
        return self.service.list(q.township_id, q.search, active_only=q.descending)

    def build_query(self) -> ListQuery:
        # `descending` carries 仅在册: the list has one fixed order.
        return ListQuery(self.search.text().strip(), self.township_filter.currentData(),
                         descending=self.active_only.isChecked())

    def add_hazard(self) -> None:
        self.after_edit(run_dialog(lambda: make_hazard_dialog(self.db, parent=self)))

    def edit_row(self, row: HazardRow) -> None:
        self.after_edit(run_dialog(lambda: make_hazard_dialog(self.db, row.id, self)))

    def delete_selected(self) -> None:
        self.delete_selected_rows(
            self.tr("删除隐患点"),
            lambda rows: counted(self.tr("选中的 {0} 个隐患点"), len(rows)),
            lambda r: self.service.delete(r.id))


class FieldPage(QWidget):
    changed = Signal()

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.tabs = QTabWidget()
        self.tabs.setObjectName("field_tabs")
        self.shelters = SheltersTab(db)
        self.hazards = HazardsTab(db)
        self.tabs.addTab(self.shelters, self.tr("避难场所"))
        self.tabs.addTab(self.hazards, self.tr("隐患点"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tabs)
        for tab in (self.shelters, self.hazards):
            tab.changed.connect(self._changed)

    def _changed(self) -> None:
        """A shelter renamed or deleted changes the hazard points that use it, and back."""
        for tab in (self.shelters, self.hazards):
            if tab is not self.sender():
                tab.refresh()
        self.changed.emit()

    def wait_loaded(self, timeout_ms: int = 60_000) -> bool:
        """Spin the event loop until both tabs' tints are read (tests, screenshots)."""
        return all(tab.wait_loaded(timeout_ms) for tab in (self.shelters, self.hazards))

    def show_record(self, table: str, record_id: int) -> bool:
        tab = {"shelter": self.shelters, "hazard_point": self.hazards}.get(table)
        if tab is None:
            return False
        self.tabs.setCurrentWidget(tab)
        if tab is self.hazards:
            self.hazards.active_only.setChecked(False)
        return tab.select_key(record_id)
