"""灾害信息员 page: the coverage view (every region with its A and B, red where missing) above
the roster (lazy, ordered township → village → A, B, 单岗). Choosing a region in the coverage
view limits the roster to it; double-clicking it appoints an officer there.

The page opens with its roster at once; the coverage view and the rules' tints (O3–O6) come from
workers. After an edit only the regions it touched are read again for the coverage view, and
the tints are checked again off the GUI thread.
"""

from __future__ import annotations

from collections.abc import Collection
from datetime import date, datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QKeySequence
from PySide6.QtWidgets import QCheckBox, QComboBox, QDialog, QWidget

from emergency_desk.data.db import Database
from emergency_desk.data.enums import RegionLevel
from emergency_desk.data.officers import SKILL_LEVELS, OfficerPost, OfficerStatus
from emergency_desk.errors import KnownError
from emergency_desk.i18n import counted, t
from emergency_desk.services.checks import Severity, rules
from emergency_desk.services.checks.by_record import RecordAlerts, alerts_by_record
from emergency_desk.services.officers.officers import OfficerService
from emergency_desk.services.officers.views import (
    NO_SKILL_LEVEL,
    OfficerQuery,
    OfficerRow,
    OfficerViews,
)
from emergency_desk.services.regions.regions import RegionService
from emergency_desk.ui import crash, workers
from emergency_desk.ui.officers.coverage_view import CoverageView
from emergency_desk.ui.officers.dialog import edit_officer, leave_fields
from emergency_desk.ui.widgets import register_actions, register_page
from emergency_desk.ui.widgets.background_alerts import RuleTints
from emergency_desk.ui.widgets.form_dialog import FormDialog
from emergency_desk.ui.widgets.register_page import RegisterPage
from emergency_desk.ui.widgets.table_model import (
    TINT_ORANGE,
    TINT_RED,
    ColumnSpec,
    LazyTableModel,
    RowStyle,
)
from emergency_desk.ui.widgets.township_list import townships_this_turn

PAGE_TITLE = "灾害信息员"
FORMER = QColor("#888888")
_STATUS_FILTERS: list[tuple[str, OfficerStatus | None]] = [
    ("在岗", OfficerStatus.ACTIVE), ("离岗", OfficerStatus.LEFT), ("全部状态", None)]


def officer_columns() -> list[ColumnSpec[OfficerRow]]:
    return [
        ColumnSpec(t("乡镇"), lambda r: r.township or t("县级"), "region", width=80),
        ColumnSpec(t("村(社区)"), lambda r: r.village, None, width=90),
        ColumnSpec(t("姓名"), lambda r: r.name, "name", width=70),
        ColumnSpec(t("岗位"), lambda r: r.post.label, "post", width=56,
                   align=Qt.AlignmentFlag.AlignCenter),
        ColumnSpec(t("层级"), lambda r: r.level.label, "level", width=50),
        ColumnSpec(t("本职职务"), lambda r: r.duty_title, "duty_title", width=120),
        ColumnSpec(t("手机号码"), lambda r: r.mobile, "mobile", width=100),
        ColumnSpec(t("身份证号"), lambda r: r.id_card_masked, None, width=150),
        ColumnSpec(t("性别"), lambda r: r.gender.label if r.gender else "", None, width=44),
        ColumnSpec(t("出生日期"), lambda r: r.birth_date, "birth_date", width=90),
        ColumnSpec(t("专兼职"), lambda r: r.fulltime.label if r.fulltime else "", None,
                   width=56),
        ColumnSpec(t("任职日期"), lambda r: r.appoint_date, "appoint_date", width=90),
        ColumnSpec(t("最近培训日期"), lambda r: r.latest_training, "latest_training",
                   width=100),
        ColumnSpec(t("状态"), lambda r: r.status.label, "status", width=50),
        ColumnSpec(t("已录入国家系统"), lambda r: t("是") if r.in_national_system else t("否"),
                   "in_national_system", width=96, align=Qt.AlignmentFlag.AlignCenter),
        ColumnSpec(t("职业技能等级"), lambda r: r.skill_level, "skill_level", width=96),
        ColumnSpec(t("兼任"), lambda r: "、".join(r.other_roles), None, width=120),
        ColumnSpec(t("备注"), lambda r: r.remark, None, width=120),
    ]


def officer_alerts(db: Database) -> RecordAlerts:
    """The officer rules' alerts by officer (O3–O6 name officers; O1/O2 name regions and are
    the coverage view's, so they are not run here): the worst severity and every message."""
    ids = [r.id for r in rules() if r.register == "officers" and r.id not in ("O1", "O2")]
    return alerts_by_record(db, ids, ("info_officer",))["info_officer"]


class OfficersPage(RuleTints, RegisterPage):
    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.service = OfficerService(db)
        self.views = OfficerViews(db)
        self.read_tints(lambda: officer_alerts(db))
        self._build_actions()
        self._build_filters()
        self._build_coverage()
        self.set_model(LazyTableModel(officer_columns(), self.views.count, self._fetch,
                                      OfficerQuery(status=OfficerStatus.ACTIVE),
                                      row_style=self._row_style))
        self._fill_townships()
        self._load_alerts_after_paint()  # the coverage too: both once the roster has painted

    def _build_actions(self) -> None:
        tr = self.tr
        self.search.setPlaceholderText(tr("搜索：姓名、拼音首字母或手机号（Ctrl+F）"))
        self.add_action(tr("新增"), self.add_officer, QKeySequence.StandardKey.New)
        self.add_action(tr("编辑"), self.edit_current, needs_selection=True,
                        tip=tr("编辑选中的灾害信息员（回车或双击）"))
        self.add_action(tr("删除"), self.delete_selected, QKeySequence.StandardKey.Delete,
                        needs_selection=True, tip=tr("删除选中的记录（可在回收站恢复）"))
        self.add_action(tr("离岗…"), self.leave_selected, needs_selection=True,
                        tip=tr("办理离岗；A岗离岗时指定接任人"))
        self.toolbar.addSeparator()
        self.add_action(tr("导入"), self.import_file, tip=tr("从 Excel 导入灾害信息员花名册"))
        self.add_action(tr("导出"), self.export_file, tip=tr("导出为 Excel（可再导入）"))
        self.add_action(tr("模板"), self.save_template, tip=tr("保存空白导入模板"))
        self.add_action(tr("打印"), self.print_report, QKeySequence.StandardKey.Print,
                        tip=tr("生成灾害信息员花名册 PDF（含缺口清单；按所选乡镇）"))
        self.toolbar.addSeparator()
        self.add_action(tr("刷新"), self.refresh, tip=tr("重新读取（F5）"))

    def _build_filters(self) -> None:
        tr = self.tr
        self.township_filter = QComboBox()
        self.township_filter.setObjectName("township_filter")
        self.township_filter.currentIndexChanged.connect(lambda _i: self._township_chosen())
        self.post_filter = QComboBox()
        self.post_filter.setObjectName("post_filter")
        self.post_filter.addItem(tr("全部岗位"), None)
        for p in OfficerPost:
            self.post_filter.addItem(p.label, p.value)
        self.post_filter.currentIndexChanged.connect(lambda _i: self.apply_filters())
        self.status_filter = QComboBox()
        self.status_filter.setObjectName("status_filter")
        for label, status in _STATUS_FILTERS:
            self.status_filter.addItem(tr(label), status.value if status else None)
        self.status_filter.currentIndexChanged.connect(lambda _i: self.apply_filters())
        self.skill_filter = QComboBox()
        self.skill_filter.setObjectName("skill_filter")
        self.skill_filter.addItem(tr("技能等级"), None)
        for level in SKILL_LEVELS:
            self.skill_filter.addItem(level, level)
        self.skill_filter.addItem(tr("未取得等级"), NO_SKILL_LEVEL)
        self.skill_filter.currentIndexChanged.connect(lambda _i: self.apply_filters())
        self.prone_filter = QCheckBox(tr("仅灾害多发频发"))
        self.prone_filter.setObjectName("prone_filter")
        self.prone_filter.toggled.connect(self._prone_toggled)
        self.add_filter(self.township_filter, tr("乡镇"))
        self.add_filter(self.post_filter, tr("岗位"))
        self.add_filter(self.status_filter, tr("状态"))
        # No label: the items say what they filter (技能等级 / 初级 …), and a label would push
        # the filter row past a 1366×768 screen at 150 % (tests/gui/test_fit_1366.py).
        self.add_filter(self.skill_filter)
        self.search.setMinimumWidth(88)  # five filters here: the box still grows when there is room
        self.add_filter(self.prone_filter)

    def _build_coverage(self) -> None:
        self.coverage = CoverageView(self.db, read_after_paint=self.table.viewport())
        self.coverage.setObjectName("coverage")
        self.coverage.region_chosen.connect(lambda _rid: self.apply_filters())
        self.coverage.add_requested.connect(lambda rid: self.add_officer(rid))
        # Coverage above, roster below: both wide tables, and the gaps are what one reads first.
        self.splitter.setOrientation(Qt.Orientation.Vertical)
        self.splitter.insertWidget(0, self.coverage)
        self.splitter.setSizes([340, 460])

    # -- data ----------------------------------------------------------------------------
    def _fetch(self, q: OfficerQuery, offset: int, limit: int) -> list[OfficerRow]:
        return self.views.list(q, offset, limit)

    def is_loading(self) -> bool:
        return self._tints.is_loading() or self.coverage.is_loading()

    def wait_loaded(self, timeout_ms: int = 60_000) -> bool:
        """Spin the event loop until the coverage view and the tints are read (tests)."""
        return self._tints.wait(timeout_ms) and self.coverage.wait_loaded(timeout_ms) \
            and not self.is_loading()

    def _row_style(self, r: OfficerRow) -> RowStyle | None:
        if not r.active:
            return RowStyle(foreground=FORMER, tooltip=t("已离岗"))
        alert = self._alerts.get(r.id)
        if alert is None:
            return None
        tip = "\n".join(alert[1])
        if alert[0] == Severity.RED:
            return RowStyle(TINT_RED, tooltip=tip)
        if alert[0] == Severity.ORANGE:
            return RowStyle(TINT_ORANGE, tooltip=tip)
        return RowStyle(tooltip=tip)

    def build_query(self) -> OfficerQuery:
        old = self.model.query if self.model is not None else OfficerQuery()
        status = self.status_filter.currentData()
        post = self.post_filter.currentData()
        # A township chosen in the coverage view means the township and its villages, like
        # the 乡镇 filter; a village means that village.
        chosen = self.coverage.selected_row()
        town = self.township_filter.currentData()
        region = None
        if chosen is not None and chosen.level == RegionLevel.TOWNSHIP:
            town = chosen.region_id
        elif chosen is not None:
            region = chosen.region_id
        return OfficerQuery(search=self.search.text().strip(), township_id=town,
                            region_id=region,
                            posts=(OfficerPost(post),) if post else (),
                            status=OfficerStatus(status) if status else None,
                            disaster_prone_only=self.prone_filter.isChecked(),
                            skill_level=self.skill_filter.currentData(),
                            order_by=old.order_by, descending=old.descending)

    def _fill_townships(self) -> None:
        current = self.township_filter.currentData()
        self.township_filter.blockSignals(True)
        self.township_filter.clear()
        self.township_filter.addItem(self.tr("全部乡镇"), None)
        for r in sorted(townships_this_turn(self.db),
                        key=lambda r: (r.code or "~", r.name)):
            self.township_filter.addItem(r.name, r.id)
        self.township_filter.setCurrentIndex(max(self.township_filter.findData(current), 0))
        self.township_filter.blockSignals(False)

    def _township_chosen(self) -> None:
        rid = self.township_filter.currentData()
        self.coverage.select_region(None, emit=False)
        if rid is not None:
            self.coverage.scroll_to(rid)
        self.apply_filters()

    def _prone_toggled(self, checked: bool) -> None:
        self.coverage.prone_only.setChecked(checked)  # the two views say the same thing
        self.apply_filters()

    # -- page API ------------------------------------------------------------------------
    def refresh(self) -> None:
        # The roster first: its read has the worker threads to itself for the ≤ 50 ms the GUI
        # thread waits for it; the tints and the coverage are read after.
        self._fill_townships()
        self.apply_filters()
        self._load_alerts()
        self.coverage.reload()

    def notify_changed(self, regions: Collection[int | None] | None = None) -> None:
        """After an edit: the roster again, the coverage of the regions it touched (all of
        them when unknown, as after an import), the tints off the GUI thread."""
        if regions is None:
            self.refresh()
        else:
            if self.model is not None:
                self.model.refresh()
            self.coverage.update_regions({r for r in regions if r is not None})
            self._load_alerts()
        self.changed.emit()

    def show_record(self, table: str, record_id: int) -> bool:
        """Show an officer (alerts O3–O6) or a region's coverage (alerts O1/O2)."""
        if table == "region":
            for box in (self.coverage.prone_only, self.coverage.gaps_only):
                box.setChecked(False)
            return self.coverage.select_region(record_id)
        if table != "info_officer":
            return False
        try:
            self.views.get(record_id)
        except KnownError:
            return False
        for w in (self.search, self.township_filter, self.post_filter, self.status_filter,
                  self.prone_filter):
            w.blockSignals(True)
        self.search.clear()
        self.township_filter.setCurrentIndex(0)
        self.post_filter.setCurrentIndex(0)
        self.status_filter.setCurrentIndex(self.status_filter.findData(None))
        self.prone_filter.setChecked(False)
        for w in (self.search, self.township_filter, self.post_filter, self.status_filter,
                  self.prone_filter):
            w.blockSignals(False)
        self.coverage.select_region(None, emit=False)
        self.apply_filters()
        return self.select_key(record_id)

    # -- actions -------------------------------------------------------------------------
    def add_officer(self, region_id: int | None = None) -> None:
        new_id = edit_officer(self.db, region_id=region_id or self.coverage.selected_region_id(),
                              parent=self)
        if new_id is not None:
            self.notify_changed({self.views.get(new_id).region_id})
            self.select_key(new_id)

    def edit_row(self, row: OfficerRow) -> None:
        was_active_a = row.active and row.post == OfficerPost.A
        if edit_officer(self.db, row.id, parent=self) is None:
            return
        after = self.views.get(row.id)
        if was_active_a and (not after.active or after.post != OfficerPost.A):
            self._ask_successor(after)  # the village must not be left without its A
        self.notify_changed({row.region_id, after.region_id})
        self.select_key(row.id)

    def _successors(self, row: OfficerRow) -> list[OfficerRow]:
        others = self.views.list(OfficerQuery(region_id=row.region_id,
                                              status=OfficerStatus.ACTIVE))
        return [o for o in others if o.id != row.id and o.person_id != row.person_id]

    def _ask_successor(self, row: OfficerRow) -> None:
        candidates = self._successors(row)
        if not candidates or self.views.a_holder(row.region_id) is not None:
            return
        labels = [f"{o.name}（{o.post.label}）" for o in candidates]
        label = register_page.choose(self, self.tr("指定接任A岗"), self.tr(
            "“{0}”已不再担任A岗。请指定接任A岗的人员：").replace("{0}", row.name), labels)
        if label is None:
            return
        chosen = candidates[labels.index(label)]
        try:
            data = self.service.input_of(chosen.id)
            data.post, data.level = OfficerPost.A, None
            self.service.update(chosen.id, data)
        except KnownError as exc:
            crash.show_error(self, exc)

    def leave_selected(self) -> None:
        row = self.current_row()
        if row is None or not row.active:
            return
        is_a = row.post == OfficerPost.A
        succ = [(f"{o.name}（{o.post.label}）", o.id) for o in self._successors(row)] if is_a \
            else []
        if is_a:
            succ.insert(0, (self.tr("暂不指定（该区划将缺A岗）"), None))

        def save(v: dict[str, Any]) -> int:
            self.service.leave_post(row.id, v["离任日期"], v.get("接任A岗"))
            return row.id

        dialog = FormDialog(self.tr("办理离岗：{0}").replace("{0}", row.name),
                            leave_fields(succ), {"离任日期": date.today(),
                                                 "接任A岗": succ[1][1] if len(succ) > 1
                                                 else None}, save, self)
        if self.exec_dialog(dialog):
            self.notify_changed({row.region_id})

    def exec_dialog(self, dialog: QDialog) -> bool:
        return dialog.exec() == QDialog.DialogCode.Accepted

    def delete_selected(self) -> None:
        rows = self.selected_rows()
        if not rows:
            return
        what = rows[0].name if len(rows) == 1 else \
            counted(self.tr("选中的 {0} 条记录"), len(rows))
        if not register_page.confirm(self, self.tr("删除灾害信息员"), self.tr(
                "确定删除{0}吗？\n删除后可在“回收站”中恢复。人员信息保留。")
                .replace("{0}", f"“{what}”")):
            return
        for r in rows:
            try:
                self.service.delete(r.id)
            except KnownError as exc:
                crash.show_error(self, exc)
        self.notify_changed({r.region_id for r in rows})

    def print_report(self) -> workers.Task:
        from emergency_desk.reports.registry import generate_report

        # Exactly the rows' scope the page shows (build_query): a village or township chosen
        # in the coverage view, else the 乡镇 filter, else the whole county; the PDF's header
        # names it (统计范围), and no other township's gaps are printed.
        q = self.build_query()
        rid = q.region_id if q.region_id is not None else q.township_id
        region = None
        if rid is not None:
            r = RegionService(self.db).get(rid)
            region = r.code or r.name
        stamp = datetime.now().strftime("%Y%m%d_%H%M%S")
        out: Path = register_page.documents_dir() / t("灾害信息员花名册_{s}.pdf", s=stamp)
        # And the 岗位, 状态 and search filters: the header's 统计范围 names them.
        parts = register_page.combo_filter(t("岗位"), self.post_filter)
        if q.status != OfficerStatus.ACTIVE:
            parts.append(t("状态：{value}", value=self.status_filter.currentText()))
        if q.disaster_prone_only:
            parts.append(t("仅灾害多发频发"))
        if q.search:
            parts.append(t("搜索：{value}", value=q.search))
        build = register_page.filtered(
            q, parts, lambda _p: generate_report(self.db, "officers", out, region))
        return workers.run_task(self, self.tr("正在生成报表…"), build,
                                lambda path: register_page.open_file(path))

    def import_file(self) -> None:
        if register_actions.import_with_wizard(self, self.db, "officers"):
            self.notify_changed()

    def export_file(self) -> workers.Task | None:
        return register_actions.export_to_excel(self, self.db, "officers",
                                                self.tr("导出灾害信息员"), t("灾害信息员"))

    def save_template(self) -> None:
        register_actions.save_template(self, "officers", t("灾害信息员导入模板.xlsx"))


__all__ = ["PAGE_TITLE", "OfficersPage"]
