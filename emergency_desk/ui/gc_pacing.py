"""The cycle collector in the window: young passes as usual, full passes only between tasks.

A full pass of Python's cycle collector walks every live object and stops every thread while
it runs, the GUI thread included. On a county of 50,000 records the window holds ≈ 600,000 of
them (the dashboard's 117,000 alerts, the officers page's coverage …), and the pass that a
worker's allocations triggered (reading the checks, a coverage, a table) took 0.26 s on an
idle machine and 0.5–1.0 s under load, at any moment: the longest freezes left once the pages
read off the GUI thread (benchmarks/bench_gui_blocks.py, BENCH_GUI_STACKS=1 names them).

So in the window the collector's own trigger for full passes is switched off (its third
threshold) and a timer runs one every few minutes when no worker is running, in the pause
between a user's tasks rather than in the middle of one. Young passes (objects made since the
last one, a few milliseconds) run as before and collect most cycles; data/collector.py's
raised threshold during imports and reports keeps this third threshold and restores it.
Nothing here runs outside the window: commands keep Python's defaults.
"""

from __future__ import annotations

import gc
import logging
import time

import shiboken6
from PySide6.QtCore import QObject, QTimer

log = logging.getLogger("emergency_desk.ui")

FULL_PASS_EVERY_MS = 300_000
_NEVER = 1_000_000_000  # gen-1 passes before a full one: never, in a session
_timer: QTimer | None = None
_saved: tuple[int, int, int] | None = None  # Python's thresholds before install


def install(owner: QObject) -> None:
    """In the window's process, once (create_application)."""
    global _timer, _saved
    if _timer is not None:
        return
    _saved = gc.get_threshold()
    gc.set_threshold(_saved[0], _saved[1], _NEVER)
    _timer = QTimer(owner)
    _timer.setInterval(FULL_PASS_EVERY_MS)
    _timer.timeout.connect(full_pass_if_idle)
    _timer.start()


def uninstall() -> None:
    """Python's own pacing again (the tests: a test process is not a window's)."""
    global _timer, _saved
    if _timer is None or _saved is None:
        return
    if shiboken6.isValid(_timer):  # not gone with its application
        _timer.stop()
        _timer.deleteLater()
    young, middle, _full = gc.get_threshold()
    gc.set_threshold(young, middle, _saved[2])  # an import's raised first one stays its own
    _timer, _saved = None, None


def full_pass_if_idle() -> bool:
    """A full pass now unless a worker runs (then at the next tick). True when it ran."""
    # Here, not at the top: ui.app installs this before the data layer (which the workers
    # import) is loaded, and the window's shell paints first (tests/gui/test_window_shell_first).
    from emergency_desk.ui import workers

    if workers._RUNNING:
        return False
    started = time.perf_counter()
    found = gc.collect()
    log.debug("full cycle-collector pass: %d unreachable, %.3f s", found,
              time.perf_counter() - started)
    return True
