"""行政区划 page: the region tree on the left, the lazy table of regions on the right.

Selecting a tree node limits the table to that region and everything below it. The tree loads
one level at a time (a county office never waits for 300 villages it has not opened).
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor, QKeySequence
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QTreeWidget,
    QTreeWidgetItem,
    QWidget,
)

from emergency_desk.data.db import Database
from emergency_desk.data.enums import RegionLevel
from emergency_desk.errors import KnownError
from emergency_desk.i18n import counted, t
from emergency_desk.services.checks import Severity, rules
from emergency_desk.services.checks.by_record import RecordAlerts, alerts_by_record
from emergency_desk.services.regions.regions import RegionQuery, RegionRow, RegionService
from emergency_desk.ui import crash, workers
from emergency_desk.ui.regions.dialog import edit_region
from emergency_desk.ui.widgets import register_page
from emergency_desk.ui.widgets.background_alerts import RuleTints
from emergency_desk.ui.widgets.register_page import RegisterPage
from emergency_desk.ui.widgets.table_model import (
    TINT_ORANGE,
    TINT_RED,
    TINT_YELLOW,
    ColumnSpec,
    LazyTableModel,
    RowStyle,
)

PAGE_TITLE = "行政区划"
_ID = Qt.ItemDataRole.UserRole
_PENDING = Qt.ItemDataRole.UserRole + 1  # a placeholder child: the level is not loaded yet
_LEVEL_FILTERS: list[tuple[str, tuple[RegionLevel, ...]]] = [
    ("全部层级", ()), ("县", (RegionLevel.COUNTY,)), ("乡镇", (RegionLevel.TOWNSHIP,)),
    ("村和社区", (RegionLevel.VILLAGE, RegionLevel.COMMUNITY)),
    ("村", (RegionLevel.VILLAGE,)), ("社区", (RegionLevel.COMMUNITY,))]


def region_columns() -> list[ColumnSpec[RegionRow]]:
    return [
        ColumnSpec(t("区划代码"), lambda r: r.code, "code", width=120),
        ColumnSpec(t("名称"), lambda r: r.name, "name", width=130),
        ColumnSpec(t("层级"), lambda r: r.level_label, "level", width=56),
        ColumnSpec(t("上级"), lambda r: r.parent_name, "path", width=110),
        ColumnSpec(t("灾害多发频发"), lambda r: t("是") if r.is_disaster_prone else "",
                   "is_disaster_prone", align=Qt.AlignmentFlag.AlignCenter, width=96),
        ColumnSpec(t("人口"), lambda r: r.population, "population", width=72),
        ColumnSpec(t("主要灾种"), lambda r: r.main_hazards, None, width=150),
        ColumnSpec(t("备注"), lambda r: r.remark, None, width=150),
        ColumnSpec(t("更新时间"), lambda r: r.updated_at, "updated_at", width=130),
    ]


def region_alerts(db: Database) -> RecordAlerts:
    """The region rules' alerts by region: the worst severity and every message."""
    ids = [r.id for r in rules() if r.register == "regions"]
    return alerts_by_record(db, ids, ("region",), with_rule=False)["region"]


class RegionsPage(RuleTints, RegisterPage):
    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.service = RegionService(db)
        # The region rules read every region of a county: in a worker, not on the GUI
        # thread as the page opens and after every edit (issue 20).
        self.read_tints(lambda: region_alerts(db))
        self._build_actions()
        self._build_filters()
        self._build_tree()
        self._load_alerts_after_paint()
        self.set_model(LazyTableModel(region_columns(), self.service.count, self._fetch,
                                      RegionQuery(), row_style=self._row_style))
        self._reload_tree()
        self._fill_townships()

    def _build_actions(self) -> None:
        tr = self.tr
        self.empty_hint = tr("还没有行政区划：点击“从区划代码建立”按统计用区划代码建立全县的乡镇和"
                             "村（社区），或点击“导入”导入区划表，或点击“新增”逐个建立。"
                             "其他台账都挂在区划上。")
        self.add_action(tr("新增"), self.add_region, QKeySequence.StandardKey.New)
        self.edit_action = self.add_action(tr("编辑"), self.edit_current, needs_selection=True,
                                           tip=tr("编辑选中的区划（回车或双击）"))
        self.add_action(tr("删除"), self.delete_selected, QKeySequence.StandardKey.Delete,
                        needs_selection=True, tip=tr("删除选中的区划（可在回收站恢复）"))
        self.toolbar.addSeparator()
        self.add_action(tr("标为灾害多发频发"), lambda: self.mark_prone(True),
                        needs_selection=True)
        self.add_action(tr("取消灾害多发频发"), lambda: self.mark_prone(False),
                        needs_selection=True)
        self.add_action(tr("移动到…"), self.move_selected, needs_selection=True,
                        tip=tr("把选中的区划移到另一个上级下"))
        self.toolbar.addSeparator()
        self.add_action(tr("导入"), self.import_file, tip=tr("从 Excel 导入行政区划"))
        self.add_empty_button(tr("从区划代码建立…"), self.setup_from_codes,
                              tr("按国家统计局的统计用区划代码建立本县的乡镇和村（社区）"))
        self.add_action(tr("导出"), self.export_file, tip=tr("导出为 Excel（可再导入）"))
        self.add_action(tr("模板"), self.save_template, tip=tr("保存空白导入模板"))
        self.add_action(tr("打印"), self.print_report, QKeySequence.StandardKey.Print,
                        tip=tr("生成行政区划一览表 PDF（按左侧所选范围）"))
        self.toolbar.addSeparator()
        self.add_action(tr("刷新"), self.refresh, tip=tr("重新读取（F5）"))

    def _build_filters(self) -> None:
        tr = self.tr
        self.level_filter = QComboBox()
        self.level_filter.setObjectName("level_filter")
        for label, levels in _LEVEL_FILTERS:
            self.level_filter.addItem(tr(label), levels)
        self.level_filter.currentIndexChanged.connect(lambda _i: self.apply_filters())
        self.prone_filter = QCheckBox(tr("仅灾害多发频发"))
        self.prone_filter.setObjectName("prone_filter")
        self.prone_filter.toggled.connect(lambda _c: self.apply_filters())
        self.township_filter = QComboBox()
        self.township_filter.setObjectName("township_filter")
        self.township_filter.currentIndexChanged.connect(self._township_chosen)
        self.add_filter(self.level_filter, tr("层级"))
        self.add_filter(self.township_filter, tr("乡镇"))
        self.add_filter(self.prone_filter)

    def _build_tree(self) -> None:
        """The region tree beside the table: choosing a node filters the table to it."""
        self.tree = QTreeWidget()
        self.tree.setObjectName("tree")
        self.tree.setHeaderHidden(True)
        self.tree.setMinimumWidth(200)
        self.tree.itemExpanded.connect(self._load_children)
        self.tree.currentItemChanged.connect(lambda *_: self.apply_filters())
        self.set_side_panel(self.tree, 240)

    # -- data ----------------------------------------------------------------------------
    def _fetch(self, q: RegionQuery, offset: int, limit: int) -> list[RegionRow]:
        return self.service.list(q, offset, limit)

    def _row_style(self, r: RegionRow) -> RowStyle | None:
        alert = self._alerts.get(r.id)
        tip = "\n".join(alert[1]) if alert else None
        if alert and alert[0] == Severity.RED:
            return RowStyle(TINT_RED, tooltip=tip)
        if alert and alert[0] == Severity.ORANGE:
            return RowStyle(TINT_ORANGE, tooltip=tip)
        if r.is_disaster_prone:
            return RowStyle(TINT_YELLOW, tooltip=tip or t("灾害多发频发"))
        return RowStyle(tooltip=tip) if tip else None

    def selected_region_id(self) -> int | None:
        """The tree node the table is limited to (None = all regions)."""
        item = self.tree.currentItem()
        return item.data(0, _ID) if item is not None else None

    def build_query(self) -> RegionQuery:
        old = self.model.query if self.model is not None else RegionQuery()
        prone = True if self.prone_filter.isChecked() else None
        return RegionQuery(search=self.search.text().strip(),
                           levels=tuple(self.level_filter.currentData() or ()),
                           within_id=self.selected_region_id(), disaster_prone=prone,
                           order_by=old.order_by, descending=old.descending)

    # -- tree ----------------------------------------------------------------------------
    def _tree_item(self, r: RegionRow) -> QTreeWidgetItem:
        item = QTreeWidgetItem([r.name])
        item.setData(0, _ID, r.id)
        item.setToolTip(0, f"{r.path}（{r.level_label}）" + (f" {r.code}" if r.code else ""))
        if r.is_disaster_prone:
            item.setForeground(0, QBrush(QColor("#a04000")))
        if r.level in (RegionLevel.COUNTY, RegionLevel.TOWNSHIP):
            pending = QTreeWidgetItem([t("加载中…")])
            pending.setData(0, _PENDING, True)
            item.addChild(pending)
        return item

    def _load_children(self, item: QTreeWidgetItem) -> None:
        if item.childCount() != 1 or not item.child(0).data(0, _PENDING):
            return
        item.takeChild(0)
        for r in self.service.children(item.data(0, _ID)):
            item.addChild(self._tree_item(r))

    def _reload_tree(self) -> None:
        """Rebuild after edits, keeping what was open and what was selected."""
        keep = self.selected_region_id()
        opened: set[int] = set()
        stack = [self.tree.topLevelItem(i) for i in range(self.tree.topLevelItemCount())]
        while stack:
            it = stack.pop()
            if it.isExpanded() and it.data(0, _ID) is not None:
                opened.add(it.data(0, _ID))
            stack.extend(it.child(i) for i in range(it.childCount()))
        self.tree.blockSignals(True)
        self.tree.clear()
        everything = QTreeWidgetItem([self.tr("全部区划")])
        everything.setData(0, _ID, None)
        self.tree.addTopLevelItem(everything)
        roots = self.service.children(None)
        for r in roots:
            everything.addChild(self._tree_item(r))
        everything.setExpanded(True)
        for i in range(everything.childCount()):
            child = everything.child(i)
            # A single county opens by itself: its townships are what people look for.
            if len(roots) == 1 or child.data(0, _ID) in opened:
                self._expand(child, opened)
        self.tree.setCurrentItem(self._find_item(keep) or everything)
        self.tree.blockSignals(False)

    def _expand(self, item: QTreeWidgetItem, opened: set[int]) -> None:
        item.setExpanded(True)
        self._load_children(item)
        for i in range(item.childCount()):
            if item.child(i).data(0, _ID) in opened:
                self._expand(item.child(i), opened)

    def _find_item(self, region_id: int | None) -> QTreeWidgetItem | None:
        """The tree node for a region, opening its ancestors on the way."""
        if region_id is None:
            return None
        chain: list[int] = []
        rid: int | None = region_id
        while rid is not None:
            chain.append(rid)
            try:
                rid = self.service.get(rid).parent_id
            except KnownError:
                return None
        item = self.tree.topLevelItem(0)
        for rid in reversed(chain):
            self._load_children(item)
            item.setExpanded(True)
            nxt = next((item.child(i) for i in range(item.childCount())
                        if item.child(i).data(0, _ID) == rid), None)
            if nxt is None:
                return None
            item = nxt
        return item

    def _fill_townships(self) -> None:
        current = self.township_filter.currentData()
        self.township_filter.blockSignals(True)
        self.township_filter.clear()
        self.township_filter.addItem(self.tr("全部乡镇"), None)
        for r in self.service.township_choices():
            self.township_filter.addItem(r.name, r.id)
        i = self.township_filter.findData(current)
        self.township_filter.setCurrentIndex(max(i, 0))
        self.township_filter.blockSignals(False)

    def _township_chosen(self, _index: int) -> None:
        rid = self.township_filter.currentData()
        item = self._find_item(rid) if rid is not None else self.tree.topLevelItem(0)
        if item is not None:
            self.tree.setCurrentItem(item)  # → apply_filters via currentItemChanged

    # -- page API ------------------------------------------------------------------------
    def refresh(self) -> None:
        self._reload_tree()
        self._fill_townships()
        self.apply_filters()
        self._load_alerts()  # after the table's read: it has the worker threads to itself

    def select_record(self, region_id: int) -> bool:
        """Show one region: clear filters, open the tree at its parent, select its row."""
        try:
            row = self.service.get(region_id)
        except KnownError:
            return False
        for w in (self.search, self.level_filter, self.prone_filter, self.township_filter):
            w.blockSignals(True)
        self.search.clear()
        self.level_filter.setCurrentIndex(0)
        self.prone_filter.setChecked(False)
        self.township_filter.setCurrentIndex(0)
        for w in (self.search, self.level_filter, self.prone_filter, self.township_filter):
            w.blockSignals(False)
        item = self._find_item(row.parent_id) if row.parent_id else None
        self.tree.blockSignals(True)
        self.tree.setCurrentItem(item or self.tree.topLevelItem(0))
        self.tree.blockSignals(False)
        self.apply_filters()
        return self.select_key(region_id)

    def show_record(self, table: str, record_id: int) -> bool:
        """The main window's "open this alert's record" (False: not a region)."""
        return table == "region" and self.select_record(record_id)

    # -- actions -------------------------------------------------------------------------
    def add_region(self) -> None:
        rid = self.selected_region_id()
        parent_id = None
        if rid is not None and self.service.get(rid).level in (RegionLevel.COUNTY,
                                                               RegionLevel.TOWNSHIP):
            parent_id = rid
        new_id = edit_region(self.db, parent_id=parent_id, parent=self)
        if new_id is not None:
            self.notify_changed()
            self.select_key(new_id)

    def edit_row(self, row: RegionRow) -> None:
        if edit_region(self.db, row.id, parent=self) is not None:
            self.notify_changed()
            self.select_key(row.id)

    def delete_selected(self) -> None:
        self.delete_selected_rows(
            self.tr("删除行政区划"),
            lambda rows: "“{0}”".replace("{0}", rows[0].path if len(rows) == 1 else counted(self.tr(
                "选中的 {0} 个区划"), len(rows))),
            lambda r: self.service.delete(r.id))

    def mark_prone(self, value: bool) -> None:
        rows = self.selected_rows()
        if rows:
            self.service.set_disaster_prone([r.id for r in rows], value)
            self.notify_changed()

    def move_selected(self) -> None:
        rows = self.selected_rows()
        if not rows:
            return
        levels = {r.level.rank for r in rows}
        if len(levels) != 1 or 0 in levels:
            crash.show_error(self, KnownError(self.tr(
                "请只选择同一层级的乡镇或村（社区）再移动；县不能移动。")))
            return
        want = RegionLevel.COUNTY if levels == {1} else RegionLevel.TOWNSHIP
        targets = self.service.list(RegionQuery(levels=(want,)))
        labels = [r.path for r in targets]
        label = register_page.choose(self, self.tr("移动到…"), self.tr("新的上级："), labels)
        if label is None:
            return
        new_parent = targets[labels.index(label)].id
        try:
            for r in rows:
                self.service.move(r.id, new_parent)
        except Exception as exc:  # one move refused: the rest stay moved, say which failed
            crash.show_error(self, exc)
        self.notify_changed()

    def setup_from_codes(self) -> None:
        """The main window's 按区划代码建立本县区划… (it reopens every page afterwards)."""
        setup = getattr(self.window(), "setup_regions", None)
        if setup is not None:
            setup()

    def import_file(self) -> None:
        from emergency_desk.ui.widgets.import_wizard import ImportWizard

        wizard = ImportWizard(self.db, "regions", self)
        wizard.exec()
        if wizard.committed:
            self.notify_changed()

    def export_file(self) -> workers.Task | None:
        from emergency_desk.io.exporter import export_register

        stamp = datetime.now().strftime("%Y%m%d")
        path = register_page.ask_save_path(self, self.tr("导出行政区划"),
                                           t("行政区划_{d}.xlsx", d=stamp))
        if path is None:
            return None
        path = path.with_suffix(".xlsx")
        return workers.run_task(self, self.tr("正在导出…"),
                         lambda progress: export_register(self.db, "regions", path, progress),
                         lambda n: register_page.inform(self, self.tr("导出完成"), t(
                             "已导出 {n} 条到 {path}", n=n, path=path)))

    def save_template(self) -> None:
        from emergency_desk.io.template import write_template

        path = register_page.ask_save_path(self, self.tr("保存导入模板"),
                                           t("行政区划导入模板.xlsx"))
        if path is None:
            return
        path = path.with_suffix(".xlsx")
        workers.run_task(self, self.tr("正在生成模板…"),
                         lambda _p: write_template("regions", path),
                         lambda _r: register_page.inform(self, self.tr("模板已保存"),
                                                         str(path)))

    def print_report(self) -> workers.Task:
        from emergency_desk.reports.registry import generate_report

        rid = self.selected_region_id()
        region = None
        if rid is not None:
            r = self.service.get(rid)
            region = r.code or r.name
        stamp = datetime.now().strftime("%Y%m%d_%H%M%S")
        out: Path = register_page.documents_dir() / t("行政区划一览表_{s}.pdf", s=stamp)
        return workers.run_task(self, self.tr("正在生成报表…"),
                                lambda _p: generate_report(self.db, "regions", out, region),
                                lambda path: register_page.open_file(path))
