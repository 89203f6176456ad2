"""Issue 20: a table's first page and count are read on a worker thread, never on the GUI
thread, whatever the page (ui/widgets/table_model.py). At 50,000 officers they took from a tenth
of a second to seconds each time a page opened, a search or sort changed or an edit was saved,
and the window froze meanwhile. These tests run the worker's way (`wait_s` 0): the GUI thread
does not wait at all."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass, replace
from typing import Any

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication

from emergency_desk.data.db import Database
from emergency_desk.services.demo.county import build_demo
from emergency_desk.ui import crash
from emergency_desk.ui.main_window import MainWindow
from emergency_desk.ui.navigation import PAGES
from emergency_desk.ui.widgets.register_page import RegisterPage
from emergency_desk.ui.widgets.table_model import ColumnSpec, LazyTableModel

pytestmark = pytest.mark.gui


@pytest.fixture(autouse=True)
def no_waiting(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    monkeypatch.setattr(LazyTableModel, "wait_s", 0.0)
    LazyTableModel._end_burst()  # a budget left by the test before
    yield
    LazyTableModel._end_burst()  # none left for the test after
    QSettings().remove("main")  # nor the size and page of a window closed here


def test_a_page_of_tables_waits_once_in_all(qtbot: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(LazyTableModel, "wait_s", 0.3)
    registers = [Register() for _ in range(4)]
    started = time.monotonic()
    models = [model_of(reg) for reg in registers]  # each held at its gate: none answers
    assert time.monotonic() - started < 0.3 * 2  # not 0.3 s for each of the four
    assert all(m.is_loading() for m in models)
    for reg in registers:
        reg.gate.set()
    qtbot.waitUntil(lambda: not any(m.is_loading() for m in models), timeout=10_000)


@dataclass(frozen=True)
class Q:
    word: str = ""
    order_by: str = "n"
    descending: bool = False


@dataclass(frozen=True)
class Row:
    id: int
    name: str


class Register:
    """count/fetch over 450 rows, held at a gate so the test sees the load in progress."""

    def __init__(self) -> None:
        self.rows = [Row(i, f"{'甲乙'[i % 2]}村{i}") for i in range(450)]
        self.gate = threading.Event()
        self.threads: list[threading.Thread] = []

    def _match(self, q: Q) -> list[Row]:
        return [r for r in self.rows if q.word in r.name]

    def count(self, q: Q) -> int:
        self.threads.append(threading.current_thread())
        return len(self._match(q))

    def fetch(self, q: Q, offset: int, n: int) -> list[Row]:
        self.threads.append(threading.current_thread())
        assert self.gate.wait(30)
        return self._match(q)[offset:offset + n]


def model_of(reg: Register) -> LazyTableModel[Row, Q]:
    return LazyTableModel([ColumnSpec("名称", lambda r: r.name, "n")], reg.count, reg.fetch, Q())


def test_the_rows_come_from_a_worker_and_the_view_is_told(qtbot: Any) -> None:
    reg = Register()
    model = model_of(reg)
    told: list[bool] = []
    model.loading.connect(told.append)
    assert model.is_loading() and model.rowCount() == 0  # the GUI thread went on at once
    reg.gate.set()
    qtbot.waitUntil(lambda: not model.is_loading() and not model.is_counting(), timeout=10_000)
    assert model.rowCount() == 200 and model.total_count() == 450
    assert told == [False]  # True was said while the model was built, before connecting
    assert reg.threads and threading.main_thread() not in reg.threads
    model.fetchMore()  # scrolling reads the next page where it is asked for
    assert model.rowCount() == 400


def test_the_rows_are_shown_before_their_count(qtbot: Any) -> None:
    """At county scale the count is a scan of the register after the page: a search shows its
    rows without waiting for it, and the status bar says the count is coming."""
    reg = Register()
    reg.gate.set()
    counting = threading.Event()
    real_count = reg.count

    def slow_count(q: Q) -> int:
        assert counting.wait(30)
        return real_count(q)

    model = LazyTableModel([ColumnSpec("名称", lambda r: r.name, "n")], slow_count, reg.fetch,
                           Q())
    told: list[bool] = []
    model.counted.connect(lambda: told.append(True))
    qtbot.waitUntil(lambda: not model.is_loading(), timeout=10_000)
    assert model.rowCount() == 200 and model.is_counting() and told == []
    assert model.canFetchMore()  # a full page: more may follow while it is counted
    counting.set()
    qtbot.waitUntil(lambda: not model.is_counting(), timeout=10_000)
    assert told == [True] and model.total_count() == 450 and model.rowCount() == 200
    counting.clear()
    model.set_query(Q("乙村4"))  # fewer than a page: they are all there is, nothing counted
    qtbot.waitUntil(lambda: not model.is_loading(), timeout=10_000)
    assert not model.is_counting() and model.total_count() == len(reg._match(Q("乙村4")))


def test_scrolling_to_the_end_while_counting_gives_the_count(qtbot: Any) -> None:
    """Every row loaded before the count came: their number is the count, and scrolling
    stops asking for more."""
    reg = Register()
    reg.gate.set()
    held = threading.Event()
    model = LazyTableModel([ColumnSpec("名称", lambda r: r.name, "n")],
                           lambda q: (held.wait(30), reg.count(q))[1], reg.fetch, Q())
    told: list[bool] = []
    model.counted.connect(lambda: told.append(True))
    qtbot.waitUntil(lambda: not model.is_loading(), timeout=10_000)
    assert model.is_counting()
    model.fetchMore()
    model.fetchMore()  # 200 + 200 + 50: the end
    assert model.rowCount() == 450 and model.total_count() == 450
    assert not model.is_counting() and not model.canFetchMore() and told == [True]
    held.set()
    qtbot.wait(100)  # the count, when it comes, changes nothing
    assert model.total_count() == 450 and told == [True]


def test_typing_on_skips_the_counts_of_the_words_before(qtbot: Any) -> None:
    """Each keystroke is a new query: an older one's count, not begun yet, is not read."""
    reg = Register()
    reg.gate.set()
    model = model_of(reg)
    qtbot.waitUntil(lambda: not model.is_loading() and not model.is_counting(), timeout=10_000)
    counted: list[str] = []
    model._count = lambda q: (counted.append(q.word), reg.count(q))[1]
    reg.gate.clear()  # the first keystroke's rows are held while the user types on
    model.set_query(Q("村"))
    model.set_query(Q("村1"))
    model.set_query(Q("村"))
    reg.gate.set()
    qtbot.waitUntil(lambda: not model.is_loading() and not model.is_counting(), timeout=10_000)
    qtbot.wait(100)
    assert counted == ["村"] and model.total_count() == 450


def test_the_status_bar_says_the_count_is_coming(qtbot: Any, db: Database) -> None:
    from emergency_desk.ui.regions.page import RegionsPage

    build_demo(db)
    page = RegionsPage(db)
    qtbot.addWidget(page)
    assert page.model is not None
    qtbot.waitUntil(lambda: not page.model.is_loading() and not page.model.is_counting(),
                    timeout=10_000)
    gate = threading.Event()
    real = page.model._count
    page.model._count = lambda q: (gate.wait(30), real(q))[1]
    page.model.page_size = 50  # the demo's 81 regions are more than a page: they are counted
    page.model.set_query(page.model.query)
    qtbot.waitUntil(lambda: not page.model.is_loading(), timeout=10_000)
    assert page.model.is_counting() and "正在统计" in page.status.text()
    page.table.selectRow(0)  # what is chosen is said meanwhile too
    assert page.status.text() == "正在统计条数…，已选 1 条"
    gate.set()
    qtbot.waitUntil(lambda: "共 81 条" in page.status.text(), timeout=10_000)
    assert page.status.text() == "共 81 条，已选 1 条"


def test_a_newer_search_overtakes_an_older_one(qtbot: Any) -> None:
    reg = Register()
    reg.gate.set()
    model = model_of(reg)
    qtbot.waitUntil(lambda: not model.is_loading(), timeout=10_000)
    reg.gate.clear()
    model.set_query(Q("甲"))
    model.set_query(Q("乙村4"))
    assert model.is_loading() and model.rowCount() == 200  # the old rows stay meanwhile
    reg.gate.set()
    qtbot.waitUntil(lambda: not model.is_loading() and not model.is_counting(), timeout=10_000)
    qtbot.wait(100)  # the older load's answer arrives too, and is dropped
    names = [model.row_at(i).name for i in range(model.rowCount())]
    assert names and all("乙村4" in n for n in names)
    assert model.total_count() == len(reg._match(Q("乙村4")))


def test_finding_a_record_waits_for_the_rows_being_read(qtbot: Any) -> None:
    reg = Register()
    model = model_of(reg)
    threading.Timer(0.2, reg.gate.set).start()
    assert model.find_row(333) == 333  # after the load, then two more pages
    assert not model.is_loading()


def test_a_failed_read_is_shown_not_raised_into_the_event_loop(
        qtbot: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    shown: list[BaseException] = []
    monkeypatch.setattr(crash, "show_error", lambda _parent, exc: shown.append(exc))
    reg = Register()
    reg.gate.set()
    model = model_of(reg)
    qtbot.waitUntil(lambda: not model.is_loading(), timeout=10_000)

    later = threading.Event()

    def broken(_q: Q, _o: int, _n: int) -> list[Row]:
        assert later.wait(30)
        raise RuntimeError("磁盘读取失败")

    model._fetch = broken
    model.sort(0)  # same order: nothing to do
    model.set_query(replace(model.query, word="甲"))  # returns before the read fails
    later.set()
    qtbot.waitUntil(lambda: bool(shown), timeout=10_000)
    assert "磁盘读取失败" in str(shown[0]) and not model.is_loading()
    assert model.rowCount() == 200  # the rows it had stay


def test_no_page_reads_its_table_on_the_gui_thread(
        qtbot: Any, db: Database, monkeypatch: pytest.MonkeyPatch) -> None:
    build_demo(db)
    reads: list[tuple[str, bool]] = []
    real_rows, real_count = LazyTableModel._read_rows, LazyTableModel._read_count

    def read(query: Any) -> None:
        reads.append((type(query).__name__, threading.current_thread() is
                      threading.main_thread()))

    def rows(self: LazyTableModel[Any, Any], query: Any, want: int) -> Any:
        read(query)
        return real_rows(self, query, want)

    def count(self: LazyTableModel[Any, Any], query: Any) -> int:
        read(query)
        return real_count(self, query)

    monkeypatch.setattr(LazyTableModel, "_read_rows", rows)
    monkeypatch.setattr(LazyTableModel, "_read_count", count)
    window = MainWindow(db)
    qtbot.addWidget(window)
    for entry in PAGES:
        page = window.show_page(entry.key)
        for register in [page, *page.findChildren(RegisterPage)]:
            refresh = getattr(register, "refresh", None)
            if refresh is not None:
                refresh()
        QApplication.processEvents()
    qtbot.waitUntil(lambda: not any(m.is_loading() or m.is_counting() for m in
                                    window.findChildren(LazyTableModel)), timeout=30_000)
    kinds = {kind for kind, _on_gui in reads}
    assert {"OfficerQuery", "RegionQuery", "AlertQuery"} <= kinds, kinds
    assert [kind for kind, on_gui in reads if on_gui] == []
    # And the pages show what they read: the officers page counts the demo's officers.
    officers = window.pages["officers"]
    assert isinstance(officers, RegisterPage) and officers.model is not None
    assert officers.model.total_count() > 0 and "正在加载" not in officers.status.text()


def test_the_coverage_tree_fills_a_chunk_a_turn(
        qtbot: Any, db: Database, monkeypatch: pytest.MonkeyPatch) -> None:
    """The officers page's tree of a county (25,000 villages) took seconds to add at once."""
    from emergency_desk.ui.officers import coverage_view

    build_demo(db)
    whole = coverage_view.CoverageView(db)
    qtbot.addWidget(whole)
    assert whole.wait_loaded()
    names = [it.text(coverage_view.COL_NAME) for it in whole.items()]
    monkeypatch.setattr(coverage_view, "CHUNK", 5)
    view = coverage_view.CoverageView(db)
    qtbot.addWidget(view)
    turns: list[int] = []
    real_add = view.tree.addTopLevelItems
    monkeypatch.setattr(view.tree, "addTopLevelItems",
                        lambda items: turns.append(len(items)) or real_add(items))
    qtbot.waitUntil(lambda: not view.is_loading() and not view.is_building(), timeout=30_000)
    assert len(turns) > 3 and [it.text(coverage_view.COL_NAME) for it in view.items()] == names
    assert all(it.isExpanded() for it in (view.tree.topLevelItem(i)
                                          for i in range(view.tree.topLevelItemCount())))
    # Looking for an item while the tree fills adds the rest at once.
    again = coverage_view.CoverageView(db)
    qtbot.addWidget(again)
    assert again._task is not None and again._task.wait()
    last = whole.rows[-1]
    assert again.is_building() and again.item_for(last.region_id) is not None
    assert not again.is_building()


def test_a_county_coverage_summary_is_counted_in_the_worker_and_its_tree_added_later(
        qtbot: Any, db: Database, monkeypatch: pytest.MonkeyPatch) -> None:
    """At 50k the officers page's refresh froze 0.3 s: the county summary (25,000 rows) was
    counted and the first items added in the same turn as the rows' arrival."""
    from emergency_desk.services.officers.coverage import CoverageSummary
    from emergency_desk.ui.officers import coverage_view

    build_demo(db)
    counted_on_gui: list[bool] = []
    real_of = CoverageSummary.of

    def watched(rows: Any) -> CoverageSummary:
        counted_on_gui.append(threading.current_thread() is threading.main_thread())
        return real_of(rows)

    monkeypatch.setattr(CoverageSummary, "of", staticmethod(watched))
    monkeypatch.setattr(coverage_view, "CHUNK", 5)  # the demo's tree counts as a county's
    view = coverage_view.CoverageView(db)
    qtbot.addWidget(view)
    assert view._task is not None and view._task.wait()
    assert counted_on_gui == [False]
    assert view.is_building() and view.tree.topLevelItemCount() == 0  # the next turn's work
    assert "乡镇和村（社区）共" in view.summary.text()
    qtbot.waitUntil(lambda: not view.is_building(), timeout=30_000)
    assert view.tree.topLevelItemCount() > 0
