"""乡镇应急 page (issue 16): the township's 领导小组 (有班子), 值班 (有机制) and its villages'
应急管理员 (G1), one tab each."""

from __future__ import annotations

from functools import partial
from typing import cast

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QVBoxLayout, QWidget

from emergency_desk.data.db import Database
from emergency_desk.ui.township.manager_tabs import CoverageTab, ManagersTab, PledgesTab
from emergency_desk.ui.township.tabs import DutyLogTab, DutyTab, LeadersTab, ListTab
from emergency_desk.ui.widgets.lazy_tabs import LazyTabs

PAGE_TITLE = "乡镇应急"


class TownshipPage(QWidget):
    """The 领导小组 tab is built when the page opens, the other five when first shown
    (ui/widgets/lazy_tabs.py): each reads its table when built."""

    changed = Signal()

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.tabs = LazyTabs()
        self.tabs.setObjectName("township_tabs")
        self.leaders = LeadersTab(db)
        self.leaders.changed.connect(self._changed)
        self.tabs.add_built("leaders", self.leaders, self.tr("领导小组"))
        self.tabs.tab_built.connect(self._tab_built)
        for key, make, title in (("duty", DutyTab, self.tr("值班表")),
                                 ("log", DutyLogTab, self.tr("值班记录")),
                                 ("managers", ManagersTab, self.tr("村(社区)应急管理员")),
                                 ("coverage", CoverageTab, self.tr("管理员配备")),
                                 ("pledges", PledgesTab, self.tr("防汛责任书"))):
            self.tabs.add_later(key, partial(make, db), title)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tabs)

    def _tab_built(self, _key: str, tab: QWidget) -> None:
        cast(ListTab, tab).changed.connect(self._changed)

    @property
    def duty(self) -> DutyTab:
        return cast(DutyTab, self.tabs.get("duty"))

    @property
    def log(self) -> DutyLogTab:
        return cast(DutyLogTab, self.tabs.get("log"))

    @property
    def managers(self) -> ManagersTab:
        return cast(ManagersTab, self.tabs.get("managers"))

    @property
    def coverage(self) -> CoverageTab:
        return cast(CoverageTab, self.tabs.get("coverage"))

    @property
    def pledges(self) -> PledgesTab:
        return cast(PledgesTab, self.tabs.get("pledges"))

    def _changed(self) -> None:
        """Managers change the coverage tab and back (when it is built: else it reads them
        when it is)."""
        for key in ("managers", "coverage"):
            if self.tabs.is_built(key) and self.tabs.get(key) is not self.sender():
                self.tabs.get(key).refresh()
        self.changed.emit()

    def show_record(self, table: str, record_id: int) -> bool:
        """Select a member, a roster slot or a log entry (from an alert or a search)."""
        key = {"leadership_member": "leaders", "duty_roster": "duty", "duty_log": "log",
               "village_manager": "managers", "region": "coverage",
               "flood_pledge": "pledges"}.get(table)
        if key is None:
            return False
        return bool(self.tabs.show_tab(key).select_key(record_id))
