"""Member and equipment actions of the 救援队伍 page (add, edit, leave, transfer,
certificates, maintenance log, delete), kept apart from the team list itself.

A mixin for TeamsPage: it uses the page's services (`members`, `equipment`, `views`),
its tabs and `selected_team()`/`notify_changed()`."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtWidgets import (
    QWidget,
)

from emergency_desk.services.teams.views import (
    TeamQuery,
)
from emergency_desk.ui import crash
from emergency_desk.ui.teams.dialogs import (
    ListDialog,
    edit_equipment,
    edit_member,
    make_certificate_dialog,
    make_maintenance_dialog,
)
from emergency_desk.ui.widgets import register_page


class TeamRecordActions:
    """Slots for the member and equipment tabs (mixed into TeamsPage)."""

    def _member_changed(self, member_id: int | None = None) -> None:
        self.notify_changed()
        self.tabs.setCurrentWidget(self.member_tab)
        if member_id is not None:
            self.member_tab.select_key(member_id)

    def add_member(self) -> None:
        team = self.selected_team()
        if team is None:
            return
        new_id = edit_member(self.db, team.id, parent=self)
        if new_id is not None:
            self._member_changed(new_id)

    def edit_member(self) -> None:
        team, m = self.selected_team(), self.member_tab.current()
        if team is not None and m is not None and edit_member(self.db, team.id, m.id,
                                                              parent=self) is not None:
            self._member_changed(m.id)

    def leave_member(self) -> None:
        m = self.member_tab.current()
        if m is None or not register_page.confirm(self, self.tr("离队"), self.tr(
                "确定登记“{0}”今天离队吗？离队后不再计入在队人数，记录保留。").replace(
                "{0}", m.name)):
            return
        try:
            self.members.leave(m.id, date.today())
        except Exception as exc:
            crash.show_error(self, exc)
            return
        self._member_changed()

    def move_member(self) -> None:
        team, m = self.selected_team(), self.member_tab.current()
        if team is None or m is None:
            return
        others = [r for r in self.views.list(TeamQuery()) if r.id != team.id]
        labels = [f"{r.name}（{r.region_name}）" for r in others]
        label = register_page.choose(self, self.tr("转队"), self.tr("转入的队伍："), labels)
        if label is None:
            return
        try:
            new_id = self.members.move(m.id, others[labels.index(label)].id, date.today())
        except Exception as exc:
            crash.show_error(self, exc)
            return
        self.notify_changed()
        self.select_key(others[labels.index(label)].id)
        self.tabs.setCurrentWidget(self.member_tab)
        self.member_tab.select_key(new_id)

    def member_certificates(self) -> None:
        m = self.member_tab.current()
        if m is None:
            return

        def load() -> list[tuple[int, list[Any]]]:
            return [(c.id, [c.name, c.number, c.issue_date, c.expiry_date])
                    for c in self.views.certificates(m.person_id)]

        def add(parent: QWidget) -> bool:
            return bool(make_certificate_dialog(self.db, m.person_id, parent).exec())

        dialog = ListDialog(self.tr("证书 — {0}").replace("{0}", m.name),
                            [self.tr("证书名称"), self.tr("证书编号"), self.tr("发证日期"),
                             self.tr("有效期至")], load, add, self.members.delete_certificate,
                            self)
        dialog.exec()
        if dialog.changed:
            self._member_changed(m.id)

    def delete_member(self) -> None:
        m = self.member_tab.current()
        if m is None or not register_page.confirm(self, self.tr("删除队员"), self.tr(
                "确定删除“{0}”的这条队员记录吗？\n人员本身保留；确实离队请用“离队”。").replace(
                "{0}", m.name)):
            return
        try:
            self.members.delete(m.id)
        except Exception as exc:
            crash.show_error(self, exc)
            return
        self._member_changed()

    # -- equipment actions ---------------------------------------------------------------
    def _equipment_changed(self, equipment_id: int | None = None) -> None:
        self.notify_changed()
        self.tabs.setCurrentWidget(self.equipment_tab)
        if equipment_id is not None:
            self.equipment_tab.select_key(equipment_id)

    def add_equipment(self) -> None:
        team = self.selected_team()
        new_id = edit_equipment(self.db, team_id=team.id if team else None, parent=self)
        if new_id is not None:
            self._equipment_changed(new_id)

    def edit_equipment(self) -> None:
        e = self.equipment_tab.current()
        if e is not None and edit_equipment(self.db, e.id, parent=self) is not None:
            self._equipment_changed(e.id)

    def maintenance_log(self) -> None:
        e = self.equipment_tab.current()
        if e is None:
            return

        def load() -> list[tuple[int, list[Any]]]:
            return [(m.id, [m.date, m.action, m.by_whom, m.result])
                    for m in self.views.maintenance(e.id)]

        def add(parent: QWidget) -> bool:
            return bool(make_maintenance_dialog(self.db, e.id, parent).exec())

        dialog = ListDialog(self.tr("维护记录 — {0}").replace("{0}", e.name),
                            [self.tr("维护日期"), self.tr("维护内容"), self.tr("维护人"),
                             self.tr("结果")], load, add, None, self)
        dialog.exec()
        if dialog.changed:
            self._equipment_changed(e.id)

    def delete_equipment(self) -> None:
        e = self.equipment_tab.current()
        if e is None or not register_page.confirm(self, self.tr("删除装备"), self.tr(
                "确定删除“{0}”吗？\n删除后可在“回收站”中恢复。").replace("{0}", e.name)):
            return
        try:
            self.equipment.delete(e.id)
        except Exception as exc:
            crash.show_error(self, exc)
            return
        self._equipment_changed()
