"""Coverage view: every township and village/community with its A and B officers, red where
something is missing (rules O1/O2, from the same `coverage_in` as `check` and the printed gap
list), so a township office sees its gaps on one screen.

The rows come from a worker, once per refresh (`reload`): on a county with 50,000 officers
`coverage_in` reads them all, and the page used to do that on the GUI thread on open and after
every edit. The two check boxes filter the rows already read; after an edit only the regions it
touched are read again and their items updated in place (`update_regions`).
"""

from __future__ import annotations

import time
from collections.abc import Callable, Collection

from PySide6.QtCore import QEvent, QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QBrush, QHelpEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QToolTip,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from emergency_desk.data.db import Database
from emergency_desk.data.enums import RegionLevel
from emergency_desk.services.officers.coverage import (
    CoverageRow,
    CoverageSummary,
    PostHolder,
    holder_name,
    holder_person,
)
from emergency_desk.services.officers.views import OfficerViews, code_order
from emergency_desk.ui import workers
from emergency_desk.ui.widgets.first_paint import FirstPaintWork, after_first_paint
from emergency_desk.ui.widgets.table_model import TINT_ORANGE, TINT_RED

_ID = Qt.ItemDataRole.UserRole
COL_NAME, COL_PRONE, COL_A, COL_B, COL_SINGLE, COL_GAP = range(6)
CHUNK = 1000  # tree items added per turn of the event loop (about 0.05 s on an office PC)
# …and no longer than this a turn: under load 1,000 items took twice as long.
SLICE_S = 0.03


def _names(holders: tuple[PostHolder, ...]) -> str:
    return "、".join(holder_name(h) for h in holders)


class _Shown:
    """What the tree shows of each row, made off the GUI thread: the column texts and the
    township the row is filed under."""

    def __init__(self, rows: list[CoverageRow], yes: str) -> None:
        self.texts = {r.region_id: [r.name, yes if r.is_disaster_prone else "", _names(r.a),
                                    _names(r.b), _names(r.single), "；".join(r.gaps)]
                      for r in rows}
        self.township = {r.region_id: r.township for r in rows}


class _Tree(QTreeWidget):
    """The tree, with each cell's tooltip asked for when the mouse rests on it (`tip`): set
    on every item, 25,000 tips cost the GUI thread a tenth of a second at county scale."""

    def __init__(self, tip: Callable[[int, int], str]) -> None:
        super().__init__()
        self._tip = tip

    def viewportEvent(self, event: QEvent) -> bool:
        if event.type() != QEvent.Type.ToolTip or not isinstance(event, QHelpEvent):
            return super().viewportEvent(event)
        item = self.itemAt(event.pos())
        rid = item.data(0, _ID) if item is not None else None
        text = self._tip(int(rid), self.columnAt(event.pos().x())) if rid is not None else ""
        if text:
            QToolTip.showText(event.globalPos(), text, self.viewport())
        else:
            QToolTip.hideText()
            event.ignore()
        return True


class CoverageView(QWidget):
    """A tree township → villages; `region_chosen(id or None)` when the selection changes,
    `add_requested(region_id)` on double-click (to appoint an officer where one is missing)."""

    region_chosen = Signal(object)
    add_requested = Signal(int)

    def __init__(self, db: Database, parent: QWidget | None = None, *,
                 read_after_paint: QWidget | None = None) -> None:
        """`read_after_paint`: the rows are first read in the turn after that widget (the
        page's roster) first paints, not at once (ui/widgets/first_paint.py)."""
        super().__init__(parent)
        self.db = db
        self.views = OfficerViews(db)
        self.rows: list[CoverageRow] = []  # shown, in 区划代码 order
        self._all: list[CoverageRow] = []  # every township and village, as last read
        self._items: dict[int, QTreeWidgetItem] = {}
        # Each region's column texts and township, made by the worker that read its row: on a
        # county, joining 75,000 name lists on the GUI thread was a third of the tree's build.
        self._texts: dict[int, list[str]] = {}
        self._township: dict[int, str] = {}
        self._rows_by_id: tuple[list[CoverageRow], dict[int, CoverageRow]] | None = None
        self._task: workers.Task | None = None
        # Asked for while a read ran: everything again, or the regions edited meanwhile.
        self._full_due = False
        self._pending: set[int] = set()
        self._want: int | None = None  # chosen (from an alert) before the rows were read
        # The tree being filled a chunk a turn (`_rebuild`): township groups still to add.
        self._queue: list[tuple[QTreeWidgetItem, list[CoverageRow]]] | None = None
        self._building = 0
        self._keep: int | None = None
        self._red, self._orange = QBrush(TINT_RED), QBrush(TINT_ORANGE)
        self._dark_red = QBrush(Qt.GlobalColor.darkRed)
        self.summary = QLabel()
        self.summary.setObjectName("coverage_summary")
        self.summary.setWordWrap(True)
        self.prone_only = QCheckBox(self.tr("仅灾害多发频发"))
        self.prone_only.setObjectName("coverage_prone_only")
        self.gaps_only = QCheckBox(self.tr("仅显示缺口"))
        self.gaps_only.setObjectName("coverage_gaps_only")
        for box in (self.prone_only, self.gaps_only):
            box.toggled.connect(lambda _c: self._rebuild())
        self.tree = _Tree(self.tip)
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
        self.summary.setText(self.tr("正在统计配备情况…"))
        # The first reading waits for that widget's paint.
        self._first: FirstPaintWork | None = None
        if read_after_paint is None:
            self.reload()
        else:
            self._first = after_first_paint(read_after_paint, self.reload)

    # -- data ----------------------------------------------------------------------------
    def reload(self) -> None:
        """Read every region's coverage again, in a worker; the tree keeps what it shows until
        the rows are there."""
        self._start(None)

    def update_regions(self, region_ids: Collection[int]) -> None:
        """An edit touched these regions: read only them again and update their items."""
        ids = {i for i in region_ids if i is not None}
        if ids:
            self._start(ids)

    def _reading(self) -> bool:
        return self._task is not None and not self._task.is_finished

    def is_loading(self) -> bool:
        return (self._first is not None and self._first.pending) or self._reading()

    def wait_loaded(self, timeout_ms: int = 60_000) -> bool:
        if self._first is not None:
            self._first.start_now()
        for _ in range(10):  # an edit during a read starts one more
            if not self.is_loading():
                self.finish_building()
                return True
            assert self._task is not None
            if not self._task.wait(timeout_ms):
                return False
        self.finish_building()
        return not self.is_loading()

    def _start(self, ids: set[int] | None) -> None:
        if self._first is not None and self._first.stop_waiting():
            ids = None  # nothing read yet: the first reading is of everything
        if self._reading():  # after the running read: everything, or these regions too
            if ids is None:
                self._full_due = True
            else:
                self._pending |= ids
            return
        views, db, yes = self.views, self.db, self.tr("是")

        def read() -> tuple[list[CoverageRow], CoverageSummary | None, _Shown]:
            rows = views.coverage(region_ids=ids)
            shown = _Shown(rows, yes)
            if ids is None:
                order = code_order(db)
                rows.sort(key=lambda r: order(r.path))
                # The county's summary here too: 35 ms of the GUI thread at 50k otherwise.
                return rows, CoverageSummary.of(rows), shown
            return rows, None, shown

        self._task = workers.run_in_background(
            self, read, lambda found: self._arrived(ids, *found))

    def _arrived(self, ids: set[int] | None, rows: list[CoverageRow],
                 summary: CoverageSummary | None, shown: _Shown) -> None:
        if ids is None:
            self._texts, self._township = shown.texts, shown.township
            self._all = rows
            self._rebuild(summary)
        else:
            self._texts.update(shown.texts)
            self._township.update(shown.township)
            self._replace(ids, rows)
        self._task = None
        full, pending = self._full_due, self._pending
        self._full_due, self._pending = False, set()
        if full:
            self._start(None)
        elif pending:
            self._start(pending)

    def _shown(self, r: CoverageRow) -> bool:
        return (not self.prone_only.isChecked() or r.is_disaster_prone) \
            and (not self.gaps_only.isChecked() or bool(r.gaps))

    def _replace(self, ids: set[int], rows: list[CoverageRow]) -> None:
        """The touched regions' new rows in place of the old; their items are updated where
        they are, and the tree is only rebuilt when a row comes or goes under the filters
        (or a region was added or deleted)."""
        self.finish_building()  # the items to update in place must be there
        fresh = {r.region_id: r for r in rows}
        before = {r.region_id for r in self._all if r.region_id in ids}
        if set(fresh) != before:  # a region appeared or went: read everything again
            self.reload()
            return
        shown_before = [self._shown(r) for r in self._all if r.region_id in ids]
        self._all = [fresh.get(r.region_id, r) for r in self._all]
        shown_after = [self._shown(r) for r in self._all if r.region_id in ids]
        self._summarise(self._all)
        if shown_before != shown_after:
            self._rebuild()
            return
        self.rows = [fresh.get(r.region_id, r) for r in self.rows]
        for rid, row in fresh.items():
            item = self._items.get(rid)
            if item is not None:
                self._fill(item, row)

    def _rebuild(self, summary: CoverageSummary | None = None) -> None:
        """The tree from the rows already read, under the two check boxes. A county's tree
        (25,000 villages) is added a few thousand items per turn of the event loop, so the
        window keeps answering while it fills."""
        keep = self.selected_region_id()
        self._summarise(self._all, summary)
        self.rows = [r for r in self._all if self._shown(r)]
        self.tree.blockSignals(True)
        self.tree.clear()
        self.tree.blockSignals(False)
        self._items = {}
        groups: dict[str, tuple[QTreeWidgetItem, list[CoverageRow]]] = {}  # by township
        township, township_level = self._township, RegionLevel.TOWNSHIP
        for r in self.rows:
            if r.level == township_level:
                groups[r.name] = (self._item(r), [])
                continue
            name = township[r.region_id]
            if name not in groups:  # its township is filtered out: a plain heading
                heading = QTreeWidgetItem([name])
                heading.setForeground(COL_NAME, QBrush(Qt.GlobalColor.darkGray))
                heading.setData(0, _ID, None)
                groups[name] = (heading, [])
            groups[name][1].append(r)
        self._building += 1
        self._queue = list(groups.values())
        self._keep = keep
        if len(self.rows) <= CHUNK:  # a township's or a small county's tree: at once
            self._add_some(self._building)
            return
        # At county scale the first items on the next turn too: grouping 25,000 rows and
        # clearing the old tree are this turn's share (with them, 0.1–0.2 s at 50k).
        QTimer.singleShot(0, lambda build=self._building: self._add_some(build))

    def _add_some(self, build: int) -> None:
        """Add township groups up to about CHUNK items or SLICE_S; the rest on the next
        turn."""
        if build != self._building or self._queue is None:
            return  # a newer rebuild took over
        added, tops = 0, []
        until = time.perf_counter() + SLICE_S
        while self._queue and (not tops or (added < CHUNK and time.perf_counter() < until)):
            top, villages = self._queue.pop(0)
            top.addChildren([self._item(r) for r in villages])
            tops.append(top)
            added += 1 + len(villages)
        self.tree.setUpdatesEnabled(False)
        self.tree.blockSignals(True)
        self.tree.addTopLevelItems(tops)  # one insertion a turn: the view lays out once
        for top in tops:
            top.setExpanded(True)
        self.tree.blockSignals(False)
        self.tree.setUpdatesEnabled(True)
        if self._queue:
            QTimer.singleShot(0, lambda: self._add_some(build))
            return
        self._queue = None
        if self._want is not None:
            want, self._want = self._want, None
            self.select_region(want)
        elif self._keep is not None:
            self.select_region(self._keep, emit=False)

    def is_building(self) -> bool:
        return self._queue is not None

    def finish_building(self) -> None:
        """Add what is left of the tree now (a caller about to look for an item in it)."""
        while self._queue:
            self._add_some(self._building)

    def _summarise(self, rows: list[CoverageRow], c: CoverageSummary | None = None) -> None:
        if c is None:
            c = CoverageSummary.of(rows)
        text = self.tr("乡镇和村（社区）共 {n} 个，未配备灾害信息员 {e} 个；"
                       "灾害多发频发 {p} 个，其中未落实AB岗 {g} 个。")
        text = text.replace("{n}", str(c.places)).replace("{e}", str(c.without_officer)) \
            .replace("{p}", str(c.disaster_prone)).replace("{g}", str(c.prone_without_ab))
        self.summary.setText(text)
        self.summary.setStyleSheet(
            "color: #b00020;" if c.without_officer or c.prone_without_ab else "")

    def _item(self, r: CoverageRow) -> QTreeWidgetItem:
        """A new item: its texts in one call and only the tints and tips it has. A county
        adds 25,000 of them (a third of the time `_fill`'s every-column resets take)."""
        item = QTreeWidgetItem(self._texts[r.region_id])
        item.setData(0, _ID, r.region_id)
        if r.coverage_gap or r.ab_gap:
            self._tint(item, r)
        item.setForeground(COL_PRONE, self._dark_red if r.is_disaster_prone else QBrush())
        self._items[r.region_id] = item
        return item

    def _fill(self, item: QTreeWidgetItem, r: CoverageRow) -> None:
        """An item shown before, with the region's new row (after an edit)."""
        for col, text in enumerate(self._texts[r.region_id]):
            item.setText(col, text)
            item.setBackground(col, QBrush())
        item.setData(0, _ID, r.region_id)
        self._tint(item, r)
        item.setForeground(COL_PRONE, self._dark_red if r.is_disaster_prone else QBrush())

    def _tint(self, item: QTreeWidgetItem, r: CoverageRow) -> None:
        red, orange = self._red, self._orange
        if r.coverage_gap:  # nobody at all: the whole row
            for col in range(6):
                item.setBackground(col, red)
        elif r.ab_gap:
            if not r.a:
                item.setBackground(COL_A, red)
            if not r.b or not ({holder_person(h) for h in r.b} - {holder_person(h) for h in r.a}):
                item.setBackground(COL_B, red if not r.b else orange)
            item.setBackground(COL_GAP, orange)

    def tip(self, region_id: int, col: int) -> str:
        """The tooltip of a region's cell: its full path on the name, every gap on 缺口."""
        row = self._by_id().get(region_id)
        if row is None:
            return ""
        if col == COL_NAME:
            return row.path
        return "\n".join(row.gaps) if col == COL_GAP else ""

    def _by_id(self) -> dict[int, CoverageRow]:
        if self._rows_by_id is None or self._rows_by_id[0] is not self._all:
            self._rows_by_id = (self._all, {r.region_id: r for r in self._all})
        return self._rows_by_id[1]

    # -- selection -----------------------------------------------------------------------
    def selected_region_id(self) -> int | None:
        item = self.tree.currentItem()
        return item.data(0, _ID) if item is not None else None

    def selected_row(self) -> CoverageRow | None:
        rid = self.selected_region_id()
        return self._by_id().get(rid) if rid else None  # a shown row: one of `_all`

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
        self.finish_building()
        item = self._items.get(region_id)
        return item if item is not None and item.treeWidget() is self.tree else None

    def select_region(self, region_id: int | None, *, emit: bool = True) -> bool:
        """Select a region's row (None: none). Before the first rows are read, the choice is
        kept and made when they arrive (an alert opened on a page just built)."""
        if region_id is not None and ((self.is_loading() and not self._all)
                                      or self.is_building()):
            self._want = region_id  # selected once the tree has it
            return True
        self._want = None
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
