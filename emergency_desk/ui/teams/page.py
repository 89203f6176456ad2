"""救援队伍 page: the teams (real headcount against planned size) above, the selected team's
members and equipment in tabs below. Rows are tinted by the T1–T6 alerts they carry.
"""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QLabel,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from emergency_desk.data.db import Database
from emergency_desk.data.teams import TeamCategory, TeamForce, TeamStatus
from emergency_desk.errors import KnownError
from emergency_desk.i18n import counted, t
from emergency_desk.services.checks import rules
from emergency_desk.services.checks.by_record import RecordAlert, alerts_by_record
from emergency_desk.services.regions.regions import RegionService
from emergency_desk.services.teams.equipment import EquipmentService
from emergency_desk.services.teams.members import MemberService
from emergency_desk.services.teams.teams import TeamService
from emergency_desk.services.teams.views import (
    EquipmentQuery,
    EquipmentRow,
    MemberQuery,
    MemberRow,
    TeamQuery,
    TeamRow,
    TeamViews,
)
from emergency_desk.ui import workers
from emergency_desk.ui.teams.dialogs import (
    edit_team,
)
from emergency_desk.ui.teams.record_actions import TeamRecordActions
from emergency_desk.ui.teams.tables import (
    Alerts,
    SubTable,
    alert_style,
    equipment_columns,
    fit_header,
    member_columns,
    team_columns,
)
from emergency_desk.ui.widgets import register_actions, register_page
from emergency_desk.ui.widgets.background_alerts import BackgroundAlerts
from emergency_desk.ui.widgets.register_page import RegisterPage
from emergency_desk.ui.widgets.table_model import (
    LazyTableModel,
    RowStyle,
)
from emergency_desk.ui.widgets.township_list import townships_this_turn

PAGE_TITLE = "救援队伍"
# (register or report name, Chinese title) for the import/export/print choices.
REGISTERS = [("teams", "救援队伍"), ("members", "队员"), ("equipment", "应急装备"),
             ("certificates", "证书")]
REPORTS = [("teams", "应急救援队伍汇总表"), ("members", "应急救援队伍花名册"),
           ("equipment", "应急装备清单")]


def team_alerts(db: Database) -> dict[str, Alerts]:
    """The team rules' alerts by table (teams, members, equipment) and record."""
    ids = [r.id for r in rules() if r.register == "teams"]
    return alerts_by_record(db, ids, ("rescue_team", "team_member", "equipment"))


class TeamsPage(TeamRecordActions, RegisterPage):
    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.views = TeamViews(db)
        self.teams = TeamService(db)
        self.members = MemberService(db)
        self.equipment = EquipmentService(db)
        self._team_alerts: Alerts = {}
        self._member_alerts: Alerts = {}
        self._equipment_alerts: Alerts = {}
        self.today = date.today()
        tr = self.tr
        self.search.setPlaceholderText(tr("搜索：队伍名称、拼音或首字母、主管单位（Ctrl+F）"))
        self.add_action(tr("新增队伍"), self.add_team, QKeySequence.StandardKey.New)
        self.add_action(tr("编辑"), self.edit_current, needs_selection=True,
                        tip=tr("编辑选中的队伍（回车或双击）"))
        self.add_action(tr("删除"), self.delete_selected, QKeySequence.StandardKey.Delete,
                        needs_selection=True, tip=tr("删除选中的队伍（可在回收站恢复）"))
        self.toolbar.addSeparator()
        self.add_action(tr("导入"), self.import_file, tip=tr("从 Excel 导入队伍、队员、装备或证书"))
        self.add_action(tr("导出"), self.export_file, tip=tr("导出为 Excel（可再导入）"))
        self.add_action(tr("模板"), self.save_template, tip=tr("保存空白导入模板"))
        self.add_action(tr("打印"), self.print_report, QKeySequence.StandardKey.Print,
                        tip=tr("生成队伍汇总表、花名册或装备清单 PDF"))
        self.add_action(tr("配置标准"), self.edit_standards,
                        tip=tr("县/乡/村三级装备配置标准（T6 按此检查）"))
        self.toolbar.addSeparator()
        self.add_action(tr("刷新"), self.refresh, tip=tr("重新读取（F5）"))

        self.township_filter = QComboBox()
        self.township_filter.setObjectName("township_filter")
        self.township_filter.currentIndexChanged.connect(lambda _i: self.apply_filters())
        self.category_filter = QComboBox()
        self.category_filter.setObjectName("category_filter")
        self.category_filter.addItem(tr("全部类别"), None)
        for c in TeamCategory:
            self.category_filter.addItem(c.label, c.value)
        self.category_filter.currentIndexChanged.connect(lambda _i: self.apply_filters())
        self.force_filter = QComboBox()
        self.force_filter.setObjectName("force_filter")
        self.force_filter.addItem(tr("全部性质"), None)
        for f in TeamForce:
            self.force_filter.addItem(f.label, f.value)
        self.force_filter.currentIndexChanged.connect(lambda _i: self.apply_filters())
        self.status_filter = QComboBox()
        self.status_filter.setObjectName("status_filter")
        self.status_filter.addItem(tr("在编队伍"), "in_service")
        self.status_filter.addItem(tr("全部（含已撤销）"), None)
        self.status_filter.currentIndexChanged.connect(lambda _i: self.apply_filters())
        self.add_filter(self.township_filter, tr("乡镇"))
        self.add_filter(self.category_filter, tr("类别"))
        self.add_filter(self.force_filter, tr("队伍性质"))
        self.add_filter(self.status_filter)

        self._build_tabs()
        self._tints = BackgroundAlerts(self, lambda: team_alerts(db), self._alerts_arrived)
        self._tints.reload_after_paint(self.table.viewport())
        self._fill_townships()
        self.set_model(LazyTableModel(team_columns(), self.views.count, self._fetch,
                                      TeamQuery(), row_style=self._team_style))
        assert self.model is not None
        fit_header(self.table, self.model)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._team_chosen())
        self._reselect: int | None = None  # the team to select again once a refresh's rows are in
        self.model.modelReset.connect(self._rows_arrived)
        self._select_first()

    def edit_standards(self) -> None:
        from emergency_desk.ui.teams.standard_dialog import StandardDialog

        StandardDialog(self.db, self).exec()
        self.refresh()  # T6 tints follow the edited standard

    # -- layout --------------------------------------------------------------------------
    def _build_tabs(self) -> None:
        tr = self.tr
        self.member_tab = SubTable("members_table")
        self.member_tab.button("add_member", tr("新增队员"), self.add_member)
        self.member_tab.button("edit_member", tr("编辑"), self.edit_member)
        self.member_tab.button("leave_member", tr("离队"), self.leave_member)
        self.member_tab.button("move_member", tr("转队…"), self.move_member)
        self.member_tab.button("certificates", tr("证书…"), self.member_certificates)
        self.member_tab.button("delete_member", tr("删除"), self.delete_member)
        self.member_tab.bar.addStretch(1)
        self.member_tab.view.doubleClicked.connect(lambda _i: self.edit_member())
        self.equipment_tab = SubTable("equipment_table")
        self.equipment_tab.button("add_equipment", tr("新增装备"), self.add_equipment)
        self.equipment_tab.button("edit_equipment", tr("编辑"), self.edit_equipment)
        self.equipment_tab.button("maintenance", tr("维护记录…"), self.maintenance_log)
        self.equipment_tab.button("delete_equipment", tr("删除"), self.delete_equipment)
        self.equipment_tab.bar.addStretch(1)
        self.equipment_tab.view.doubleClicked.connect(lambda _i: self.edit_equipment())
        self.tabs = QTabWidget()
        self.tabs.setObjectName("tabs")
        self.tabs.addTab(self.member_tab, tr("队员名单"))
        self.tabs.addTab(self.equipment_tab, tr("装备"))
        # The team table and the tabs share the page's right side, one above the other.
        holder = self.table.parentWidget()
        layout = holder.layout()
        index = layout.indexOf(self.table)
        layout.removeWidget(self.table)
        # What is wrong with the selected team, in words (the row tint only says how bad).
        self.alert_label = QLabel()
        self.alert_label.setObjectName("alert_label")
        self.alert_label.setWordWrap(True)
        self.alert_label.setStyleSheet("color: #b00020;")
        bottom = QWidget()
        bl = QVBoxLayout(bottom)
        bl.setContentsMargins(0, 0, 0, 0)
        bl.addWidget(self.alert_label)
        bl.addWidget(self.tabs, 1)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.table)
        split.addWidget(bottom)
        split.setChildrenCollapsible(False)
        split.setSizes([380, 320])
        assert isinstance(layout, QVBoxLayout)
        layout.insertWidget(index, split, 1)
        self.member_tab.set_model(LazyTableModel(
            member_columns(self.today), self.views.count_members, self._fetch_members,
            MemberQuery(team_id=-1),
            row_style=lambda r: alert_style(self._member_alerts, r.id)))
        self.equipment_tab.set_model(LazyTableModel(
            equipment_columns(), self.views.count_equipment, self._fetch_equipment,
            EquipmentQuery(team_id=-1),
            row_style=lambda r: alert_style(self._equipment_alerts, r.id)))

    def apply_filters(self) -> None:
        super().apply_filters()
        self._select_first()

    def _select_first(self) -> None:
        """After a re-query the selection is gone: show the first team's details."""
        if self.model is not None and self.model.rowCount() and not self.selected_rows():
            self.table.selectRow(0)
        self._team_chosen()

    # -- data ----------------------------------------------------------------------------
    def _fetch(self, q: TeamQuery, offset: int, limit: int) -> list[TeamRow]:
        return self.views.list(q, offset, limit)

    def _fetch_members(self, q: MemberQuery, offset: int, limit: int) -> list[MemberRow]:
        return self.views.members(q, offset, limit)

    def _fetch_equipment(self, q: EquipmentQuery, offset: int,
                         limit: int) -> list[EquipmentRow]:
        return self.views.equipment(q, offset, limit)

    def _load_alerts(self) -> None:
        """The team rules' alerts, in a worker (ui/widgets/background_alerts.py)."""
        self._tints.reload()

    def _alerts_arrived(self, found: dict[str, Alerts]) -> None:
        self._team_alerts = found["rescue_team"]
        self._member_alerts = found["team_member"]
        self._equipment_alerts = found["equipment"]
        for view in (self.table, self.member_tab.view, self.equipment_tab.view):
            view.viewport().update()
        self._show_team_alert()

    def wait_loaded(self, timeout_ms: int = 60_000) -> bool:
        """Spin the event loop until the tints are read (tests, scripts)."""
        return self._tints.wait(timeout_ms)

    def _team_style(self, r: TeamRow) -> RowStyle | None:
        return alert_style(self._team_alerts, r.id)

    def alert_of(self, team_id: int) -> RecordAlert | None:
        return self._team_alerts.get(team_id)

    def _fill_townships(self) -> None:
        current = self.township_filter.currentData()
        self.township_filter.blockSignals(True)
        self.township_filter.clear()
        self.township_filter.addItem(self.tr("全部乡镇"), None)
        for r in townships_this_turn(self.db):
            self.township_filter.addItem(r.name, r.id)
        self.township_filter.setCurrentIndex(max(self.township_filter.findData(current), 0))
        self.township_filter.blockSignals(False)

    def build_query(self) -> TeamQuery:
        old = self.model.query if self.model is not None else TeamQuery()
        category = self.category_filter.currentData()
        force = self.force_filter.currentData()
        status = self.status_filter.currentData()
        return TeamQuery(search=self.search.text().strip(),
                         township_id=self.township_filter.currentData(),
                         categories=(TeamCategory(category),) if category else (),
                         forces=(TeamForce(force),) if force else (),
                         status=TeamStatus(status) if status else None,
                         order_by=old.order_by, descending=old.descending)

    def selected_team(self) -> TeamRow | None:
        row = self.current_row()
        return row if isinstance(row, TeamRow) else None

    def _team_chosen(self) -> None:
        team = self.selected_team()
        tid = team.id if team is not None else -1
        assert self.member_tab.model is not None and self.equipment_tab.model is not None
        mq: MemberQuery = self.member_tab.model.query
        self.member_tab.model.set_query(MemberQuery(team_id=tid, include_left=mq.include_left,
                                                    order_by=mq.order_by,
                                                    descending=mq.descending))
        eq: EquipmentQuery = self.equipment_tab.model.query
        self.equipment_tab.model.set_query(EquipmentQuery(team_id=tid, order_by=eq.order_by,
                                                          descending=eq.descending))
        for tab in (self.member_tab, self.equipment_tab):
            for key, b in tab.buttons.items():
                b.setEnabled(team is not None or key == "add_equipment")
        self.tabs.setTabText(0, self.tr("队员名单") + (f"（{team.members}）" if team else ""))
        self._show_team_alert()

    def _show_team_alert(self) -> None:
        team = self.selected_team()
        alert = self._team_alerts.get(team.id) if team is not None else None
        self.alert_label.setText("；".join(alert[1]) if alert else "")
        self.alert_label.setVisible(alert is not None)

    # -- page API ------------------------------------------------------------------------
    def refresh(self) -> None:
        self._fill_townships()
        keep = self.selected_team()
        self.apply_filters()
        self._load_alerts()  # after the table's read: it has the worker threads to itself
        if keep is None:
            return
        assert self.model is not None
        if self.model.is_loading():
            # The rows are read in a worker: select the team when they arrive, not by waiting
            # for them here (select_key would, and freeze the window at county scale).
            self._reselect = keep.id
        else:
            self.select_key(keep.id)

    def _rows_arrived(self) -> None:
        """A worker's rows are in: the team a refresh kept, else the first team's details —
        also when the page opened before its rows (the table's short wait ran out under load),
        which left the members and equipment below empty with nothing selected."""
        key, self._reselect = self._reselect, None
        if key is not None and self.select_key(key):
            return
        self._select_first()  # no team kept, or it is gone (deleted elsewhere)

    def notify_changed(self) -> None:
        keep = self.selected_team()
        self.refresh()
        if keep is not None:
            self.select_key(keep.id)
        self.changed.emit()

    def _clear_filters(self) -> None:
        for w in (self.search, self.township_filter, self.category_filter, self.force_filter,
                  self.status_filter):
            w.blockSignals(True)
        self.search.clear()
        self.township_filter.setCurrentIndex(0)
        self.category_filter.setCurrentIndex(0)
        self.force_filter.setCurrentIndex(0)
        self.status_filter.setCurrentIndex(1)  # a disbanded team's record must show too
        for w in (self.search, self.township_filter, self.category_filter, self.force_filter,
                  self.status_filter):
            w.blockSignals(False)
        self.apply_filters()

    def show_record(self, table: str, record_id: int) -> bool:
        """Select a team, a member (its team, 队员 tab) or equipment (its team, 装备 tab)."""
        if table == "rescue_team":
            self._clear_filters()
            return self.select_key(record_id)
        if table == "team_member":
            try:
                m = self.members.input_of(record_id)
            except KnownError:
                return False
            self._clear_filters()
            if not self.select_key(m.team_id):
                return False
            self.tabs.setCurrentWidget(self.member_tab)
            assert self.member_tab.model is not None
            q: MemberQuery = self.member_tab.model.query
            self.member_tab.model.set_query(MemberQuery(team_id=m.team_id, include_left=True,
                                                        order_by=q.order_by))
            return self.member_tab.select_key(record_id)
        if table == "equipment":
            try:
                e = self.equipment.input_of(record_id)
            except KnownError:
                return False
            self._clear_filters()
            if e.team_id is None or not self.select_key(e.team_id):
                return False
            self.tabs.setCurrentWidget(self.equipment_tab)
            return self.equipment_tab.select_key(record_id)
        return False

    # -- team actions --------------------------------------------------------------------
    def add_team(self) -> None:
        new_id = edit_team(self.db, region_id=self.township_filter.currentData(), parent=self)
        if new_id is not None:
            self.notify_changed()
            self.select_key(new_id)

    def edit_row(self, row: TeamRow) -> None:
        if edit_team(self.db, row.id, parent=self) is not None:
            self.notify_changed()
            self.select_key(row.id)

    def delete_selected(self) -> None:
        self.delete_selected_rows(
            self.tr("删除救援队伍"),
            lambda rows: "“{0}”".replace("{0}", rows[0].name if len(rows) == 1 else counted(self.tr(
                "选中的 {0} 支队伍"), len(rows))),
            lambda r: self.teams.delete(r.id))

    # -- files ---------------------------------------------------------------------------
    def _choose(self, title: str, items: list[tuple[str, str]]) -> str | None:
        labels = [t(label) for _, label in items]
        label = register_page.choose(self, title, self.tr("请选择："), labels)
        return items[labels.index(label)][0] if label is not None else None

    def import_file(self) -> None:
        from emergency_desk.ui.widgets.import_wizard import ImportWizard

        register = self._choose(self.tr("导入"), REGISTERS)
        if register is None:
            return
        wizard = ImportWizard(self.db, register, self)
        wizard.exec()
        if wizard.committed:
            self.notify_changed()

    def export_file(self) -> workers.Task | None:
        from emergency_desk.io.exporter import export_register

        register = self._choose(self.tr("导出"), REGISTERS)
        if register is None:
            return None
        privacy = register_actions.ask_privacy(self, register)
        if privacy is None:
            return None
        title = dict(REGISTERS)[register]
        stamp = datetime.now().strftime("%Y%m%d")
        path = register_page.ask_save_path(self, self.tr("导出"),
                                           t("{title}_{d}.xlsx", title=t(title), d=stamp))
        if path is None:
            return None
        path = path.with_suffix(".xlsx")
        return workers.run_task(self, self.tr("正在导出…"),
                                lambda progress: export_register(self.db, register, path,
                                                                 progress, privacy=privacy),
                                lambda n: register_page.inform(self, self.tr("导出完成"), t(
                                    "已导出 {n} 条到 {path}", n=n, path=path)))

    def save_template(self) -> None:
        from emergency_desk.io.template import write_template

        register = self._choose(self.tr("模板"), REGISTERS)
        if register is None:
            return
        title = dict(REGISTERS)[register]
        path = register_page.ask_save_path(self, self.tr("保存导入模板"),
                                           t("{title}导入模板.xlsx", title=t(title)))
        if path is None:
            return
        path = path.with_suffix(".xlsx")
        workers.run_task(self, self.tr("正在生成模板…"),
                         lambda _p: write_template(register, path),
                         lambda _r: register_page.inform(self, self.tr("模板已保存"),
                                                         str(path)))

    def print_report(self) -> workers.Task | None:
        from emergency_desk.reports.registry import generate_report

        report = self._choose(self.tr("打印"), REPORTS)
        if report is None:
            return None
        town = self.township_filter.currentData()
        region = None
        if town is not None:
            r = RegionService(self.db).get(town)
            region = r.code or r.name
        title = dict(REPORTS)[report]
        stamp = datetime.now().strftime("%Y%m%d_%H%M%S")
        out: Path = register_page.documents_dir() / t("{title}_{s}.pdf", title=t(title), s=stamp)
        # The teams the page shows: its 类别, 性质, 状态 and search filters as well as the
        # township, named in the header's 统计范围 (issue 17).
        q = self.build_query()
        parts = (register_page.combo_filter(t("类别"), self.category_filter)
                 + register_page.combo_filter(t("队伍性质"), self.force_filter))
        if q.status != TeamStatus.IN_SERVICE:
            parts.append(t("状态：{value}", value=self.status_filter.currentText()))
        if q.search:
            parts.append(t("搜索：{value}", value=q.search))
        build = register_page.filtered(
            q, parts, lambda _p: generate_report(self.db, report, out, region))
        return workers.run_task(self, self.tr("正在生成报表…"), build,
                                lambda path: register_page.open_file(path))
