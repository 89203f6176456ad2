"""Work a page starts once it has painted.

A page's workers (its rules' tints, a side panel's counts) take turns with the GUI thread for
Python's interpreter lock. Started while the page was being built, they made the building and
the first paint wait for the lock: opening 灾害信息员 on a county of 50,000 officers took
0.13–0.25 s on a slow machine, with the rules and the coverage read meanwhile. Started after
the first paint, they run while the user already sees the roster.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget

# A page built but not shown (a test, a page opened behind another) starts its work this
# long after all the same.
AT_MOST_MS = 200


class FirstPaintWork(QObject):
    """Work waiting for a widget's first paint (`after_first_paint`). The page that holds it
    asks `pending` (its `is_loading`), starts it early with `start_now` (its `wait_loaded`), or
    calls `stop_waiting` when an edit started the same work before the paint."""

    def __init__(self, watched: QWidget, start: Callable[[], None]) -> None:
        super().__init__(watched)
        self._watched = watched
        self._start = start
        self._done = False
        watched.installEventFilter(self)
        QTimer.singleShot(AT_MOST_MS, self, self.start_now)

    @property
    def pending(self) -> bool:
        return not self._done

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and not self._done:
            self._watched.removeEventFilter(self)  # one paint is all it waits for
            QTimer.singleShot(0, self, self.start_now)  # after this paint, not in the middle of it
        return False

    def start_now(self) -> None:
        """Start the work now if it has not started yet."""
        if self.stop_waiting():
            self._start()

    def stop_waiting(self) -> bool:
        """The work no longer waits for the paint; True if it still did."""
        if self._done:
            return False
        self._done = True
        self._watched.removeEventFilter(self)
        return True


def after_first_paint(widget: QWidget, start: Callable[[], None]) -> FirstPaintWork:
    """Call `start` once, on the GUI thread, in the event-loop turn after `widget` first
    paints, or `AT_MOST_MS` after this call if it has not painted by then, unless the holder
    of the returned handle starts it sooner."""
    return FirstPaintWork(widget, start)
