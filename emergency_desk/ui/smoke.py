"""Smoke mode of the window, for the frozen-build test (installer/smoke_test.py).

With EMERGENCY_DESK_SMOKE_QUIT_MS=N in the environment, `emergency-desk` opens the window as
usual, builds every page once (each page loads its own modules, fonts, charts), prints the
window title and the navigation labels, and quits after N milliseconds. The exit code is 1 if
anything was logged as an error meanwhile (every bug shown in the crash dialog is logged), so a
missing module or resource in the build fails the test instead of waiting for a click.
"""

from __future__ import annotations

import contextlib
import faulthandler
import logging
import sys

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from emergency_desk.ui.main_window import MainWindow


class ErrorLog(logging.Handler):
    """Collects (and echoes to stderr) what the program logs at ERROR or above."""

    def __init__(self) -> None:
        super().__init__(logging.ERROR)
        self.records: list[logging.LogRecord] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.records.append(record)
        if sys.stderr is not None:  # None in the windowed Windows executable
            print(logging.Formatter().format(record), file=sys.stderr, flush=True)


def start(app: QApplication, window: MainWindow, quit_ms: int) -> ErrorLog:
    # A hard crash shows its Python stacks in the smoke test's output; not where stderr is
    # missing (the windowed exe) or is no real file (pytest's capture).
    with contextlib.suppress(AttributeError, ValueError, OSError):
        faulthandler.enable(sys.stderr, all_threads=True)
    errors = ErrorLog()
    logging.getLogger("emergency_desk").addHandler(errors)

    def visit_every_page() -> None:
        for entry in window.entries:
            window.show_page(entry.key)
        window.show_page(window.entries[0].key)
        titles = [window.nav.item(i).text() for i in range(window.nav.count())]
        print("smoke: " + window.windowTitle() + " | " + " | ".join(titles), flush=True)

    # app.exit ends every running event loop, a crash dialog's too, so this always returns.
    QTimer.singleShot(0, visit_every_page)
    QTimer.singleShot(quit_ms, lambda: app.exit(1 if errors.records else 0))
    return errors
