"""A lazy, read-only table model over a service's `count(query)` and `list(query, offset, limit)`.

The model holds plain row objects (never ORM objects) and loads them a page at a time through
`canFetchMore`/`fetchMore`, as qutebrowser's `completion/models/histcategory.py` does, so a
register of 100,000 rows opens as fast as one of 100. Sorting re-queries the service with the
column's `order_by` name: SQL sorts, Python never holds the whole table.

Queries are dataclasses with `order_by` and `descending` fields (RegionQuery and friends).

The first page and the count (opening a page, a new search or sort, the refresh after an edit)
are read on a worker thread: on a county of 50,000 officers they take from a tenth of a second
to seconds, and the window must not freeze meanwhile. The GUI thread waits for them up to
`wait_s` (a small register answers within it, without a flash of 正在加载…); after that the
old rows stay, `is_loading()` is true, `loading` says so, and the rows come when read. A newer
query overtakes an older one: the older one's rows are dropped.

The rows are shown as soon as they are read, before the count: at county scale the count is
a scan of the register (a search for 王 among 100,000 officers: the page 40 ms, its count 25 ms
more), and a user typing wants the rows. Meanwhile `is_counting()` is true and the status bar
says so; `counted` tells when 共 n 条 is known.
"""

from __future__ import annotations

import dataclasses
import logging
import os
import threading
import time
from collections.abc import Callable, Hashable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any, ClassVar, Generic, TypeVar

import shiboken6
from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QModelRoleDataSpan,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QBrush, QColor

from emergency_desk.i18n import t
from emergency_desk.ui import crash, workers

R = TypeVar("R")
Q = TypeVar("Q")
PAGE_SIZE = 200
_Index = QModelIndex | QPersistentModelIndex
log = logging.getLogger("emergency_desk.ui")

# Gentle tints that stay readable with black text; red/orange follow the alert severities.
TINT_RED = QColor("#f8d7da")
TINT_ORANGE = QColor("#fde5c8")
TINT_YELLOW = QColor("#fff6d5")


@dataclass(frozen=True)
class RowStyle:
    background: QColor | None = None
    foreground: QColor | None = None
    tooltip: str | None = None


@dataclass(frozen=True)
class ColumnSpec(Generic[R]):
    """One column: header (already translated), how to read a row, how SQL sorts it."""

    header: str
    getter: Callable[[R], Any]
    sort_key: str | None = None  # the service's order_by name; None = not sortable
    align: Qt.AlignmentFlag | None = None  # None: numbers right, everything else left
    width: int | None = None  # a sensible starting width in pixels (the view applies it)
    tooltip: Callable[[R], str | None] | None = None


def display_text(value: Any) -> str:
    """How a cell value reads in a Chinese office register."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return t("是") if value else t("否")
    if isinstance(value, datetime):
        return value.strftime("%Y-%m-%d %H:%M")
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, float):
        return f"{value:g}"
    return str(value)


class _Load:
    """One read of the first rows, then of the count, on the tables' worker thread."""

    def __init__(self) -> None:
        self.rows_in = threading.Event()  # the rows are read (or failed)
        self.done = threading.Event()  # and the count too (or none is needed)
        self.rows: list[Any] | None = None
        self.total = 0  # len(rows) until counted
        self.error: BaseException | None = None
        # A newer query was asked for: this one's reads not yet begun are skipped (typing
        # fast, each keystroke's count would otherwise hold up the next one's rows).
        self.dropped = False


class LazyTableModel(QAbstractTableModel, Generic[R, Q]):
    # How long the GUI thread waits for a load before leaving it to the worker: a small
    # register's first page answers in 5–20 ms, within it; at county scale the whole wait is a
    # freeze (0.1 s was half of the 0.2 s a page may block, benchmarks/bench_gui_blocks.py).
    # The tests set EMERGENCY_DESK_TABLE_WAIT_S high (tests/conftest.py), to read the rows
    # straight after asking for them; tests/gui/test_table_loads_off_gui.py runs the worker's way.
    wait_s: ClassVar[float] = float(os.environ.get("EMERGENCY_DESK_TABLE_WAIT_S", "0.05"))
    loading = Signal(bool)  # a load went on past `wait_s` (True), its rows arrived (False)
    counted = Signal()  # the count of rows shown before it (`is_counting`) is in
    _burst_end: ClassVar[float | None] = None

    def __init__(self, columns: Sequence[ColumnSpec[R]], count: Callable[[Q], int],
                 fetch: Callable[[Q, int, int], list[R]], query: Q, *,
                 row_style: Callable[[R], RowStyle | None] | None = None,
                 key: Callable[[R], Hashable] = lambda r: r.id,  # type: ignore[attr-defined]
                 page_size: int = PAGE_SIZE, parent: Any = None) -> None:
        super().__init__(parent)
        self.columns = list(columns)
        self._count, self._fetch = count, fetch
        self._row_style = row_style
        self._key = key
        self.page_size = page_size
        self.query: Q = query
        self._rows: list[R] = []
        self._total = 0
        self._broken: set[int] = set()  # columns whose failure is logged already (once each)
        self._pending: _Load | None = None  # rows being read
        self._counting: _Load | None = None  # rows shown, their count being read
        self._told_loading = False
        self._load(page_size)

    # -- loading -------------------------------------------------------------------------
    def _load(self, n: int) -> None:
        load = _Load()
        query, want = self.query, max(n, self.page_size)

        def read_rows() -> None:
            try:
                # A dropped load is never shown: none of its rows are read.
                rows = [] if load.dropped else self._read_rows(query, want)
                load.rows, load.total = rows, len(rows)
                if len(rows) < want:  # all there is: no count needed (a narrowing search)
                    load.done.set()
            except BaseException as exc:  # shown on the GUI thread (_apply)
                load.error = exc
                load.done.set()
            finally:
                load.rows_in.set()

        def count() -> None:
            load.rows_in.wait()  # after the rows, whatever the pool's threads
            if load.done.is_set():
                return
            try:
                if not load.dropped:
                    load.total = max(self._read_count(query), load.total)
            except BaseException as exc:
                load.error = exc
            finally:
                load.done.set()

        for older in (self._pending, self._counting):
            if older is not None:
                older.dropped = True
        self._pending, self._counting = load, None  # an older query's count is not wanted
        pool = workers.table_pool()
        for step in (read_rows, count):
            workers.run_in_background(None, step, lambda _r: self._arrived(load), pool=pool)
        if load.rows_in.wait(self._budget()):
            # A small register's count follows its rows within a few milliseconds: shown
            # together, without a flash of 正在统计; a county's is left to come after.
            load.done.wait(min(self._budget(), self.wait_s / 10))
            self._apply(load, raise_error=True)
        elif not self._told_loading:
            self._told_loading = True
            self.loading.emit(True)

    def _read_rows(self, query: Q, want: int) -> list[R]:
        """The first `want` rows (on the worker thread)."""
        return self._fetch(query, 0, want)

    def _read_count(self, query: Q) -> int:
        """How many rows `query` selects (on the worker thread, after the rows)."""
        return self._count(query)

    @classmethod
    def _budget(cls) -> float:
        """What is left of `wait_s` until the GUI thread is back in its event loop: a page
        opening six tables at once waits `wait_s` in all, not six times."""
        now = time.monotonic()
        if LazyTableModel._burst_end is None:
            LazyTableModel._burst_end = now + cls.wait_s
            QTimer.singleShot(0, LazyTableModel._end_burst)
        return max(0.0, LazyTableModel._burst_end - now)

    @staticmethod
    def _end_burst() -> None:
        LazyTableModel._burst_end = None

    def _arrived(self, load: _Load) -> None:
        if shiboken6.isValid(self):  # the page was closed meanwhile: nobody to tell
            self._apply(load, raise_error=False)

    def _apply(self, load: _Load, *, raise_error: bool) -> None:
        """What `load` has read that is not shown yet — its rows (with their count if it is
        in), or the count of rows shown — unless a newer load was asked for. A failure is
        raised to the caller that waited, else shown (crash.show_error)."""
        if self._pending is load and load.rows_in.is_set():
            self._pending = None
            counted = load.done.is_set()  # before reading the total: the worker may be on it
            if load.rows is not None:
                self.beginResetModel()
                self._rows, self._total = load.rows, load.total
                self.endResetModel()
                if not counted:
                    self._counting = load
            if self._told_loading:
                self._told_loading = False
                self.loading.emit(False)
        elif self._counting is load and load.done.is_set():
            self._counting = None
            self._total = max(load.total, len(self._rows))  # more may be fetched meanwhile
            self.counted.emit()
        else:
            return
        if load.error is not None and load.done.is_set():
            if raise_error:
                raise load.error
            crash.show_error(None, load.error)

    def is_loading(self) -> bool:
        """Rows are being read on the worker (the view shows the previous ones)."""
        return self._pending is not None

    def is_counting(self) -> bool:
        """The rows are shown and their count is being read (`total_count` is what is shown)."""
        return self._counting is not None

    def wait(self) -> None:
        """Wait for the rows being read and their count (a caller about to look for a record
        among them, or to say how many there are)."""
        load = self._pending or self._counting
        if load is not None:
            load.done.wait()
            self._apply(load, raise_error=True)

    def set_query(self, query: Q) -> None:
        """A new search or filter: start again from the first page."""
        self.query = query
        self._load(self.page_size)

    def refresh(self) -> None:
        """Re-read after an edit, keeping as many rows loaded as before (scroll stays put)."""
        self._load(len(self._rows))

    def canFetchMore(self, parent: _Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and not self.is_loading() \
            and (len(self._rows) < self._total or self.is_counting())

    def fetchMore(self, parent: _Index = QModelIndex()) -> None:  # noqa: B008
        if parent.isValid() or self.is_loading() \
                or (len(self._rows) >= self._total and not self.is_counting()):
            return
        more = self._fetch(self.query, len(self._rows), self.page_size)
        if more:
            start = len(self._rows)
            self.beginInsertRows(QModelIndex(), start, start + len(more) - 1)
            self._rows.extend(more)
            self._total = max(self._total, len(self._rows))  # while counting: at least these
            self.endInsertRows()
        if len(more) < self.page_size:  # the end: every row is loaded, and that is the count
            self._total = len(self._rows)
            if self._counting is not None:
                self._counting.dropped = True
                self._counting = None
                self.counted.emit()

    def fetch_all(self) -> None:
        self.wait()
        while self.canFetchMore():
            self.fetchMore()

    # -- access --------------------------------------------------------------------------
    def total_count(self) -> int:
        """Rows matching the query (loaded or not): the status bar's 共 n 条."""
        return self._total

    def loaded_count(self) -> int:
        return len(self._rows)

    def row_at(self, index: _Index | int) -> R | None:
        i = index if isinstance(index, int) else index.row()
        return self._rows[i] if 0 <= i < len(self._rows) else None

    def find_row(self, key: Hashable, *, load: bool = True) -> int | None:
        """The row number of the record with this key, loading further pages if needed."""
        self.wait()
        start = 0
        while True:
            for i in range(start, len(self._rows)):
                if self._key(self._rows[i]) == key:
                    return i
            if not load or not self.canFetchMore():
                return None
            start = len(self._rows)
            self.fetchMore()

    # -- Qt model interface --------------------------------------------------------------
    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self.columns):
            if role == Qt.ItemDataRole.DisplayRole:
                return self.columns[section].header
            if role == Qt.ItemDataRole.ToolTipRole and self.columns[section].sort_key:
                return t("点击按此列排序")
        return super().headerData(section, orientation, role)

    # (No flags(): QAbstractTableModel's own, in C++, gives every cell the enabled and
    # selectable it returned, without a call into Python for each cell painted.)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        # Qt calls this from C++ (painting, sizing columns): an exception escaping it is not
        # a Python error there but can take the whole window down (PySide printing it crashed
        # in the frozen build). A cell that cannot be shown stays empty and the bug is logged.
        try:
            return self._data(index, role)
        except Exception:
            self._log_broken(index, role)
            return None

    def multiData(self, index: _Index, roleDataSpan: QModelRoleDataSpan) -> None:
        """Every role a cell is painted with (text, alignment, colours …: seven), in one call.

        Qt's delegate asks for them together; answered one data() at a time, each is a call
        from C++ into Python that must first get Python's lock, and while a worker holds it
        (reading the page's rules or its coverage) each waited up to the worker's turn: the
        officers table's first paint at 50k took 0.1–0.6 s instead of 20 ms."""
        for item in roleDataSpan:
            role = item.role()
            try:
                item.setData(self._data(index, role))
            except Exception:
                self._log_broken(index, role)
                item.clearData()

    def _log_broken(self, index: _Index, role: int) -> None:
        if index.column() not in self._broken:  # not once per paint
            self._broken.add(index.column())
            log.exception("cannot show row %d, column %d (role %d)", index.row(),
                          index.column(), role)

    def _data(self, index: _Index, role: int) -> Any:
        if not index.isValid() or not (0 <= index.row() < len(self._rows)) \
                or not (0 <= index.column() < len(self.columns)):
            return None
        row, col = self._rows[index.row()], self.columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return display_text(col.getter(row))
        if role == Qt.ItemDataRole.TextAlignmentRole:
            if col.align is not None:
                return int(col.align)
            value = col.getter(row)
            numeric = isinstance(value, int | float) and not isinstance(value, bool)
            horiz = Qt.AlignmentFlag.AlignRight if numeric else Qt.AlignmentFlag.AlignLeft
            return int(horiz | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.UserRole:
            return row
        if role in (Qt.ItemDataRole.BackgroundRole, Qt.ItemDataRole.ForegroundRole,
                    Qt.ItemDataRole.ToolTipRole):
            style = self._row_style(row) if self._row_style else None
            if role == Qt.ItemDataRole.ToolTipRole:
                own = col.tooltip(row) if col.tooltip else None
                return own or (style.tooltip if style else None)
            if style is None:
                return None
            color = style.background if role == Qt.ItemDataRole.BackgroundRole \
                else style.foreground
            return QBrush(color) if color is not None else None
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not (0 <= column < len(self.columns)) or not self.columns[column].sort_key:
            return
        descending = order == Qt.SortOrder.DescendingOrder
        q: Any = self.query
        if q.order_by == self.columns[column].sort_key and q.descending == descending:
            return
        self.query = dataclasses.replace(q, order_by=self.columns[column].sort_key,
                                         descending=descending)
        self._load(self.page_size)

    def sort_column(self) -> int:
        """The column the current query is ordered by (-1 if none), for the header indicator."""
        key = getattr(self.query, "order_by", None)
        for i, c in enumerate(self.columns):
            if c.sort_key and c.sort_key == key:
                return i
        return -1
