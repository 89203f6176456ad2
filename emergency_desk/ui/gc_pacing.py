"""The cycle collector in the window: young passes as usual, full passes only when the user pauses.

A full pass of Python's cycle collector walks every live object and stops every thread while
it runs, the GUI thread included. On a county of 50,000 records the window holds ≈ 600,000 of
them (the dashboard's alerts, the officers page's coverage …), and the pass that a worker's
allocations triggered (reading the checks, a coverage, a table) took 0.26 s on an idle machine
and 0.5–1.0 s under load, at any moment: the longest freezes left once the pages read off the
GUI thread (benchmarks/bench_gui_blocks.py, BENCH_GUI_STACKS=1 names them).

So in the window the collector's own trigger for full passes is switched off (its third
threshold) and a timer runs one at most every few minutes, when no worker is running and the
user has not pressed a key, clicked, scrolled or moved the mouse for a few seconds: the
0.3–0.4 s it still takes at county scale falls while nobody is waiting for the window, not
in the middle of typing a search or scrolling a register. Someone who never pauses that long
gets the pass between two tasks once it is overdue (half an hour), so that cycles are still
freed in a long session. Young passes (objects made since the last one, a few milliseconds)
run as before and collect most cycles; data/collector.py's raised threshold during imports
and reports keeps this third threshold and restores it. Nothing here runs outside the
window: commands keep Python's defaults.

Once the window's start-up is done (the shell shown, the register layers imported), what is
alive is frozen (`startup_done`, data/collector.freeze_long_lived): the libraries and models,
≈ 140,000 objects that every full pass walked again for nothing. At 50k the timed pass then
walks the registers' data only (measured in docs/performance.md, "The cycle collector's
timed pass without the libraries").
"""

from __future__ import annotations

import gc
import logging
import time

import shiboken6
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtGui import QGuiApplication, QWindow

log = logging.getLogger("emergency_desk.ui")

FULL_PASS_EVERY_S = 300.0  # at most one full pass in this long
QUIET_S = 10.0  # … and only after this long without the user's input
OVERDUE_S = 1800.0  # or, for a user who never pauses, between two tasks after this long
TICK_MS = 5_000
_NEVER = 1_000_000_000  # gen-1 passes before a full one: never, in a session

# What says someone is at the keyboard or the mouse (not paints, timers, focus changes).
_INPUT = frozenset({
    QEvent.Type.KeyPress, QEvent.Type.KeyRelease, QEvent.Type.ShortcutOverride,
    QEvent.Type.MouseButtonPress, QEvent.Type.MouseButtonRelease,
    QEvent.Type.MouseButtonDblClick, QEvent.Type.MouseMove, QEvent.Type.HoverMove,
    QEvent.Type.Wheel, QEvent.Type.TouchBegin, QEvent.Type.TouchUpdate,
})


class _InputWatch(QObject):
    """Notes the time of the user's last input; lets every event through untouched.

    It watches the top-level windows (QWindow), not the application: input from the
    keyboard and the mouse reaches a window before its widgets, and a window sees few other
    events. An application's filter is called, in Python, for every event of every widget
    (each child added, polished, moved, shown, painted): building 设置's 45 rows took 25 %
    longer with it, and far longer while a worker held the interpreter."""

    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        self.windows: list[QWindow] = []

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        global _last_input
        if event.type() in _INPUT:
            _last_input = time.monotonic()
        return False

    def watch_windows(self, *_focus: object) -> None:
        """Watch every top-level window there is now: at install, whenever the focus moves
        to another window (a dialog opening) and at each tick (a window shown meanwhile)."""
        self.windows = [w for w in self.windows if shiboken6.isValid(w)]
        for window in QGuiApplication.topLevelWindows():
            if window not in self.windows:
                window.installEventFilter(self)
                self.windows.append(window)

    def unwatch(self) -> None:
        for window in self.windows:
            if shiboken6.isValid(window):
                window.removeEventFilter(self)
        self.windows = []


_timer: QTimer | None = None
_watch: _InputWatch | None = None
_saved: tuple[int, int, int] | None = None  # Python's thresholds before install
_last_input = 0.0
_last_pass = 0.0


def install(owner: QObject) -> None:
    """In the window's process, once (create_application); `owner` is the application."""
    global _timer, _watch, _saved, _last_pass, _last_input
    if _timer is not None:
        return
    _saved = gc.get_threshold()
    gc.set_threshold(_saved[0], _saved[1], _NEVER)
    _last_pass = _last_input = time.monotonic()
    _watch = _InputWatch(owner)
    _watch.watch_windows()
    QGuiApplication.instance().focusWindowChanged.connect(_watch.watch_windows)
    _timer = QTimer(owner)
    _timer.setInterval(TICK_MS)
    _timer.timeout.connect(_watch.watch_windows)
    _timer.timeout.connect(tick)
    _timer.start()


def startup_done() -> None:
    """The window's start-up is done: freeze what it left alive (in the window's process only)."""
    if _timer is None:
        return
    from emergency_desk.data import collector

    collector.freeze_long_lived()


def uninstall() -> None:
    """Python's own pacing again (the tests: a test process is not a window's)."""
    global _timer, _watch, _saved
    if _timer is None or _saved is None:
        return
    from emergency_desk.data import collector

    collector.unfreeze_long_lived()
    if shiboken6.isValid(_timer):  # not gone with its application
        _timer.stop()
        _timer.deleteLater()
    if _watch is not None and shiboken6.isValid(_watch):
        _watch.unwatch()
        app = QGuiApplication.instance()
        if app is not None:
            app.focusWindowChanged.disconnect(_watch.watch_windows)
        _watch.deleteLater()
    young, middle, _full = gc.get_threshold()
    gc.set_threshold(young, middle, _saved[2])  # an import's raised first one stays its own
    _timer, _watch, _saved = None, None, None


def due(now: float) -> bool:
    """Whether the timer's tick at `now` (time.monotonic()) should run a full pass."""
    since_pass = now - _last_pass
    if since_pass < FULL_PASS_EVERY_S:
        return False
    return now - _last_input >= QUIET_S or since_pass >= OVERDUE_S


def tick() -> bool:
    """The timer's: a full pass when one is due and no worker runs. True when it ran."""
    return due(time.monotonic()) and full_pass_if_idle()


def full_pass_if_idle() -> bool:
    """A full pass now unless a worker runs (then at a later tick). True when it ran."""
    global _last_pass
    # Here, not at the top: ui.app installs this before the data layer (which the workers
    # import) is loaded, and the window's shell paints first (tests/gui/test_window_shell_first).
    from emergency_desk.ui import workers

    if workers._RUNNING:
        return False
    started = time.perf_counter()
    found = gc.collect()
    _last_pass = time.monotonic()
    log.debug("full cycle-collector pass: %d unreachable, %.3f s", found,
              time.perf_counter() - started)
    return True
