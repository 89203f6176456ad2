"""A register page's rule tints, read off the GUI thread.

The pages tint rows by the rules' alerts on their records (S1–S3 on batches, T1–T4 on teams and
members, O3–O6 on officers). On a county with 50,000 records running those rules takes seconds,
and the pages used to run them on the GUI thread when opened and after every edit. Here they
run in a worker (`workers.run_in_background`): the table shows at once, untinted, and is
repainted when the alerts arrive. An edit while a run is under way runs them once more after it
(the running one's result would be old).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Generic, TypeVar, cast

from PySide6.QtWidgets import QAbstractItemView, QWidget

from emergency_desk.services.checks.by_record import RecordAlerts
from emergency_desk.ui import workers
from emergency_desk.ui.widgets.first_paint import FirstPaintWork, after_first_paint

A = TypeVar("A")


class BackgroundAlerts(Generic[A]):
    """One value a page reads in a worker (its tints by record, or a side panel such as the
    六有 scorecard), re-read on `reload`; `arrived` gets it on the GUI thread."""

    def __init__(self, page: QWidget, read: Callable[[], A], arrived: Callable[[A], None]) -> None:
        self._page = page
        self._read = read
        self._arrived = arrived
        self._task: workers.Task | None = None
        self._again = False
        self._first: FirstPaintWork | None = None  # the first reading, once `view` has painted

    def reload_after_paint(self, view: QWidget) -> None:
        """The first reading, in the turn after `view` first paints: the worker, started
        while the page was being built, made building and painting it wait for Python's lock
        (ui/widgets/first_paint.py)."""
        self._first = after_first_paint(view, self.reload)

    def reload(self) -> None:
        if self._first is not None:
            self._first.stop_waiting()  # an edit before the paint: this is the first reading
        if self._reading():
            self._again = True
            return
        self._task = workers.run_in_background(self._page, self._read, self._done,
                                               lambda _exc: self._finished())

    def _done(self, found: A) -> None:
        if not self._again:
            self._arrived(found)
        self._finished()

    def _finished(self) -> None:
        self._task = None
        if self._again:
            self._again = False
            self.reload()

    def _reading(self) -> bool:
        return self._task is not None and not self._task.is_finished

    def is_loading(self) -> bool:
        return (self._first is not None and self._first.pending) or self._reading()

    def wait(self, timeout_ms: int = 60_000) -> bool:
        """Spin the event loop until the alerts are read (tests, scripts); a first reading
        still waiting for the page's paint starts now."""
        if self._first is not None:
            self._first.start_now()
        for _ in range(10):
            if self._task is None or self._task.is_finished:
                return True
            if not self._task.wait(timeout_ms):
                return False
        return not self.is_loading()


class RuleTints:
    """A register page whose table is tinted by its rules' alerts by record (`_alerts`, read by
    its row style as rows are painted), read in a worker. Call `read_tints(read)` in
    `__init__`, then `_load_alerts_after_paint()` for the first reading; `_load_alerts()`
    reads them again after an edit."""

    table: QAbstractItemView
    _alerts: RecordAlerts
    _tints: BackgroundAlerts[RecordAlerts]

    def read_tints(self, read: Callable[[], RecordAlerts]) -> None:
        self._alerts = {}
        self._tints = BackgroundAlerts(cast(QWidget, self), read, self._alerts_arrived)

    def _load_alerts_after_paint(self) -> None:
        """The first reading, in the turn after the table first paints."""
        self._tints.reload_after_paint(self.table.viewport())

    def _load_alerts(self) -> None:
        self._tints.reload()

    def _alerts_arrived(self, found: RecordAlerts) -> None:
        self._alerts = found
        self.table.viewport().update()  # the tints and tooltips are read as rows are painted

    def wait_loaded(self, timeout_ms: int = 60_000) -> bool:
        """Spin the event loop until the tints are read (tests, scripts)."""
        return self._tints.wait(timeout_ms)
