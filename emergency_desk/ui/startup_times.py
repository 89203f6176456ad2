"""When the window first paints, for `benchmarks/bench_window.py` and the log.

With EMERGENCY_DESK_STARTUP_TIMES=1 in the environment, `emergency-desk` records the wall-clock
time (time.time(), comparable with the process that started it) of the splash's first paint,
the main window's first paint and the moment the dashboard's worker has filled it, prints them
as one JSON line and quits. Without it, the same times go to the program's log at INFO: a slow
start on an office PC can be told apart from a slow database.
"""

from __future__ import annotations

import json
import logging
import os
import time

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QWidget

log = logging.getLogger("emergency_desk.ui")
ENV = "EMERGENCY_DESK_STARTUP_TIMES"


def requested() -> bool:
    return bool(os.environ.get(ENV))


class StartupTimes(QObject):
    """An application-wide event filter that notes the first Paint of each watched window."""

    def __init__(self, app: QApplication) -> None:
        super().__init__(app)
        self.app = app
        self.times: dict[str, float] = {}
        self._watched: dict[int, str] = {}
        app.installEventFilter(self)

    def watch(self, widget: QWidget, name: str) -> None:
        self._watched[id(widget)] = name

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            name = self._watched.pop(id(obj), None)
            if name is not None:
                self.times[name] = time.time()
        return False

    def dashboard_filled(self) -> None:
        self.times["dashboard_filled"] = time.time()
        log.info("start-up: %s", self.summary())
        if requested():
            print(json.dumps(self.times), flush=True)
            QTimer.singleShot(0, self.app.quit)
        self.app.removeEventFilter(self)

    def summary(self) -> str:
        start = self.times.get("created", 0.0)
        return ", ".join(f"{k} +{v - start:.2f}s" for k, v in self.times.items() if k != "created")
