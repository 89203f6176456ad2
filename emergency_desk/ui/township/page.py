"""乡镇应急 page (issue 16): the township's 领导小组 (有班子), 值班 (有机制) and its villages'
应急管理员 (G1), one tab each."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from emergency_desk.data.db import Database
from emergency_desk.ui.township.manager_tabs import CoverageTab, ManagersTab, PledgesTab
from emergency_desk.ui.township.tabs import DutyLogTab, DutyTab, LeadersTab

PAGE_TITLE = "乡镇应急"


class TownshipPage(QWidget):
    changed = Signal()

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.tabs = QTabWidget()
        self.tabs.setObjectName("township_tabs")
        self.leaders = LeadersTab(db)
        self.duty = DutyTab(db)
        self.log = DutyLogTab(db)
        self.managers = ManagersTab(db)
        self.coverage = CoverageTab(db)
        self.pledges = PledgesTab(db)
        self.tabs.addTab(self.leaders, self.tr("领导小组"))
        self.tabs.addTab(self.duty, self.tr("值班表"))
        self.tabs.addTab(self.log, self.tr("值班记录"))
        self.tabs.addTab(self.managers, self.tr("村(社区)应急管理员"))
        self.tabs.addTab(self.coverage, self.tr("管理员配备"))
        self.tabs.addTab(self.pledges, self.tr("防汛责任书"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tabs)
        for tab in (self.leaders, self.duty, self.log, self.managers, self.coverage,
                    self.pledges):
            tab.changed.connect(self._changed)

    def _changed(self) -> None:
        """Managers change the coverage tab and back."""
        for tab in (self.managers, self.coverage):
            if tab is not self.sender():
                tab.refresh()
        self.changed.emit()

    def show_record(self, table: str, record_id: int) -> bool:
        """Select a member, a roster slot or a log entry (from an alert or a search)."""
        tab = {"leadership_member": self.leaders, "duty_roster": self.duty,
               "duty_log": self.log, "village_manager": self.managers,
               "region": self.coverage, "flood_pledge": self.pledges}.get(table)
        if tab is None:
            return False
        self.tabs.setCurrentWidget(tab)
        return tab.select_key(record_id)
