"""乡镇应急 page (issue 16): the township's 领导小组 (有班子) and 值班 (有机制), one tab each."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from emergency_desk.data.db import Database
from emergency_desk.ui.pages.township_tabs import DutyLogTab, DutyTab, LeadersTab

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
        self.tabs.addTab(self.leaders, self.tr("领导小组"))
        self.tabs.addTab(self.duty, self.tr("值班表"))
        self.tabs.addTab(self.log, self.tr("值班记录"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tabs)
        for tab in (self.leaders, self.duty, self.log):
            tab.changed.connect(self.changed.emit)

    def show_record(self, table: str, record_id: int) -> bool:
        """Select a member, a roster slot or a log entry (from an alert or a search)."""
        tab = {"leadership_member": self.leaders, "duty_roster": self.duty,
               "duty_log": self.log}.get(table)
        if tab is None:
            return False
        self.tabs.setCurrentWidget(tab)
        return tab.select_key(record_id)
