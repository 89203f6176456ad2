"""Coverage view: every township and village/community with its A and B officers, red where
something is missing (rules O1/O2, from the same `coverage_in` as `check` and the printed gap
list), so a township office sees its gaps on one screen."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QBrush
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from emergency_desk.data.db import Database
from emergency_desk.data.enums import RegionLevel
from emergency_desk.services.officers.views import (
    CoverageRow,
    CoverageSummary,
    OfficerViews,
    PostHolder,
    code_order,
)
from emergency_desk.ui.widgets.table_model import TINT_ORANGE, TINT_RED

_ID = Qt.ItemDataRole.UserRole
COL_NAME, COL_PRONE, COL_A, COL_B, COL_SINGLE, COL_GAP = range(6)


def _names(holders: tuple[PostHolder, ...]) -> str:
    return "、".join(h.name for h in holders)


class CoverageView(QWidget):
    """A tree township → villages; `region_chosen(id or None)` when the selection changes,
    `add_requested(region_id)` on double-click (to appoint an officer where one is missing)."""

    region_chosen = Signal(object)
    add_requested = Signal(int)

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.views = OfficerViews(db)
        self.rows: list[CoverageRow] = []
        self.summary = QLabel()
        self.summary.setObjectName("coverage_summary")
        self.summary.setWordWrap(True)
        self.prone_only = QCheckBox(self.tr("仅灾害多发频发"))
        self.prone_only.setObjectName("coverage_prone_only")
        self.gaps_only = QCheckBox(self.tr("仅显示缺口"))
        self.gaps_only.setObjectName("coverage_gaps_only")
        for box in (self.prone_only, self.gaps_only):
            box.toggled.connect(lambda _c: self.reload())
        self.tree = QTreeWidget()
        self.tree.setObjectName("coverage_tree")
        self.tree.setColumnCount(6)
        self.tree.setHeaderLabels([self.tr("乡镇 / 村（社区）"), self.tr("灾害多发频发"),
                                   self.tr("A岗"), self.tr("B岗"), self.tr("单岗"),
                                   self.tr("缺口")])
        self.tree.setUniformRowHeights(True)
        self.tree.setAlternatingRowColors(False)  # the tints carry the meaning
        header = self.tree.header()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        for col, width in ((COL_NAME, 170), (COL_PRONE, 90), (COL_A, 110), (COL_B, 130),
                           (COL_SINGLE, 90)):
            # Never narrower than the header (in English "Township / village (community)").
            self.tree.setColumnWidth(col, max(width, header.sectionSizeHint(col)))
        self.tree.currentItemChanged.connect(
            lambda cur, _prev: self.region_chosen.emit(cur.data(0, _ID) if cur else None))
        self.tree.itemDoubleClicked.connect(self._double_clicked)
        bar = QHBoxLayout()
        bar.setContentsMargins(0, 0, 0, 0)
        title = QLabel(self.tr("配备情况"))
        title.setStyleSheet("font-weight: bold;")
        bar.addWidget(title)
        bar.addWidget(self.prone_only)
        bar.addWidget(self.gaps_only)
        bar.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(self.summary)
        layout.addWidget(self.tree, 1)
        self.reload()

    # -- data ----------------------------------------------------------------------------
    def reload(self) -> None:
        keep = self.selected_region_id()
        order = code_order(self.db)
        everything = sorted(self.views.coverage(), key=lambda r: order(r.path))
        self._summarise(everything)
        self.rows = [r for r in everything
                     if (not self.prone_only.isChecked() or r.is_disaster_prone)
                     and (not self.gaps_only.isChecked() or r.gaps)]
        self.tree.blockSignals(True)
        self.tree.clear()
        towns: dict[str, QTreeWidgetItem] = {}
        for r in self.rows:
            if r.level == RegionLevel.TOWNSHIP:
                item = self._item(r)
                towns[r.name] = item
                self.tree.addTopLevelItem(item)
                continue
            parent = towns.get(r.township)
            if parent is None:  # its township is filtered out: a plain heading for it
                parent = QTreeWidgetItem([r.township])
                parent.setForeground(COL_NAME, QBrush(Qt.GlobalColor.darkGray))
                parent.setData(0, _ID, None)
                towns[r.township] = parent
                self.tree.addTopLevelItem(parent)
            parent.addChild(self._item(r))
        self.tree.expandAll()
        self.tree.blockSignals(False)
        if keep is not None:
            self.select_region(keep, emit=False)

    def _summarise(self, rows: list[CoverageRow]) -> None:
        c = CoverageSummary.of(rows)
        text = self.tr("乡镇和村（社区）共 {n} 个，未配备灾害信息员 {e} 个；"
                       "灾害多发频发 {p} 个，其中未落实AB岗 {g} 个。")
        text = text.replace("{n}", str(c.places)).replace("{e}", str(c.without_officer)) \
            .replace("{p}", str(c.disaster_prone)).replace("{g}", str(c.prone_without_ab))
        self.summary.setText(text)
        self.summary.setStyleSheet(
            "color: #b00020;" if c.without_officer or c.prone_without_ab else "")

    def _item(self, r: CoverageRow) -> QTreeWidgetItem:
        item = QTreeWidgetItem([r.name, self.tr("是") if r.is_disaster_prone else "",
                                _names(r.a), _names(r.b), _names(r.single),
                                "；".join(r.gaps)])
        item.setData(0, _ID, r.region_id)
        item.setToolTip(COL_NAME, r.path)
        if r.gaps:
            item.setToolTip(COL_GAP, "\n".join(r.gaps))
        red, orange = QBrush(TINT_RED), QBrush(TINT_ORANGE)
        if r.coverage_gap:  # nobody at all: the whole row
            for col in range(6):
                item.setBackground(col, red)
        elif r.ab_gap:
            if not r.a:
                item.setBackground(COL_A, red)
            if not r.b or not (set(h.person_id for h in r.b) - {h.person_id for h in r.a}):
                item.setBackground(COL_B, red if not r.b else orange)
            item.setBackground(COL_GAP, orange)
        if r.is_disaster_prone:
            item.setForeground(COL_PRONE, QBrush(Qt.GlobalColor.darkRed))
        return item

    # -- selection -----------------------------------------------------------------------
    def selected_region_id(self) -> int | None:
        item = self.tree.currentItem()
        return item.data(0, _ID) if item is not None else None

    def selected_row(self) -> CoverageRow | None:
        rid = self.selected_region_id()
        return next((r for r in self.rows if r.region_id == rid), None) if rid else None

    def scroll_to(self, region_id: int) -> None:
        item = self.item_for(region_id)
        if item is not None:
            self.tree.scrollToItem(item, QAbstractItemView.ScrollHint.PositionAtTop)

    def items(self) -> list[QTreeWidgetItem]:
        out: list[QTreeWidgetItem] = []
        for i in range(self.tree.topLevelItemCount()):
            top = self.tree.topLevelItem(i)
            out.append(top)
            out.extend(top.child(j) for j in range(top.childCount()))
        return out

    def item_for(self, region_id: int) -> QTreeWidgetItem | None:
        return next((it for it in self.items() if it.data(0, _ID) == region_id), None)

    def select_region(self, region_id: int | None, *, emit: bool = True) -> bool:
        item = self.item_for(region_id) if region_id is not None else None
        self.tree.blockSignals(not emit)
        if item is None:
            self.tree.setCurrentIndex(QModelIndex())
            self.tree.clearSelection()
        else:
            self.tree.setCurrentItem(item)
            self.tree.scrollToItem(item)
        self.tree.blockSignals(False)
        return item is not None

    def _double_clicked(self, item: QTreeWidgetItem, _col: int) -> None:
        rid = item.data(0, _ID)
        if rid is not None:
            self.add_requested.emit(int(rid))
