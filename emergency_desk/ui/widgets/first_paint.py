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


class _AfterFirstPaint(QObject):
    def __init__(self, watched: QWidget, start: Callable[[], None]) -> None:
        super().__init__(watched)
        self._watched = watched
        self._start = start
        self._done = False
        watched.installEventFilter(self)
        QTimer.singleShot(AT_MOST_MS, self, self.fire)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and not self._done:
            self._watched.removeEventFilter(self)  # one paint is all it waits for
            QTimer.singleShot(0, self, self.fire)  # after this paint, not in the middle of it
        return False

    def fire(self) -> None:
        if self._done:
            return
        self._done = True
        self._watched.removeEventFilter(self)
        self._start()


def after_first_paint(widget: QWidget, start: Callable[[], None]) -> None:
    """Call `start` once, on the GUI thread, in the event-loop turn after `widget` first
    paints, or `AT_MOST_MS` after this call if it has not painted by then. `start` must be
    harmless to call earlier and more than once (a page's `wait_loaded` may start the work
    itself): the caller keeps the flag."""
    _AfterFirstPaint(widget, start)
