"""The window's navigation, top to bottom (docs/design.md §6): each page's key, title and the
class that builds it, imported on the page's first visit (ui/main_window.py builds them).
Nothing here is imported before it is needed: the window's shell paints before the pages'
modules, the data layer and the services are loaded."""

from __future__ import annotations

import importlib
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from emergency_desk.i18n import N_

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from emergency_desk.data.db import Database


@dataclass(frozen=True)
class PageEntry:
    key: str  # a register's `page` in services/registry.py, or a page of the window's own
    title: str  # Chinese, the module's PAGE_TITLE (tests/gui/test_window_paints_first.py)
    module: str  # imported on the page's first visit
    class_name: str

    @property
    def registers(self) -> tuple[str, ...]:
        """The registers whose alerts this page shows: those naming it in the register list."""
        from emergency_desk.services import registry

        return tuple(r.key for r in registry.REGISTERS if r.page == self.key)

    @property
    def cls(self) -> Callable[[Database], QWidget]:
        page_class: Any = getattr(importlib.import_module(self.module), self.class_name)
        return page_class  # type: ignore[no-any-return]


_UI = "emergency_desk.ui."
# The navigation, top to bottom (docs/design.md §6): the page class of every key. The register
# pages' keys are the ones services/registry.py names (tests/services/test_registry.py checks).
PAGES: list[PageEntry] = [
    PageEntry("dashboard", N_("工作台"), _UI + "pages.dashboard_page", "DashboardPage"),
    PageEntry("regions", N_("行政区划"), _UI + "regions.page", "RegionsPage"),
    PageEntry("supplies", N_("应急物资"), _UI + "supplies.page", "SuppliesPage"),
    PageEntry("teams", N_("救援队伍"), _UI + "teams.page", "TeamsPage"),
    PageEntry("officers", N_("灾害信息员"), _UI + "officers.page", "OfficersPage"),
    PageEntry("trainings", N_("培训"), _UI + "officers.trainings_page", "TrainingsPage"),
    PageEntry("plans", N_("应急预案"), _UI + "plans.page", "PlansPage"),
    PageEntry("township", N_("乡镇应急"), _UI + "township.page", "TownshipPage"),
    PageEntry("field", N_("避险转移"), _UI + "resources.field_page", "FieldPage"),
    PageEntry("network", N_("联络网与专家库"), _UI + "resources.network_page", "NetworkPage"),
    PageEntry("library", N_("法规与案例"), _UI + "resources.library_page", "LibraryPage"),
    PageEntry("reports", N_("报表"), _UI + "pages.reports_page", "ReportsPage"),
    PageEntry("recycle", N_("回收站"), _UI + "pages.recycle_page", "RecyclePage"),
    PageEntry("audit", N_("操作日志"), _UI + "pages.audit_page", "AuditPage"),
    PageEntry("settings", N_("设置"), _UI + "pages.settings_page", "SettingsPage"),
    PageEntry("users", N_("用户"), _UI + "pages.users_page", "UsersPage"),
]
