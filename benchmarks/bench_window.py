"""The window at county scale (issue 20): time to first paint.

    python benchmarks/bench_window.py [SIZE ...]      # default: demo 50000

For each county (the demo, and the demo grown to SIZE officers, stock batches and team members
the way benchmarks/bench_reports.py fills it) it measures, each in its own process, a bare
PySide6 window with a QTableView (the floor) against `python -m emergency_desk --db …` started
as a user starts it (EMERGENCY_DESK_STARTUP_TIMES=1, ui/startup_times.py): the splash's first
paint (when one shows), the main window's first paint and the moment the dashboard's worker
has filled it, all from the moment the process was started; the median of three runs. Target:
the window's first paint within 2× the bare window. The longest GUI-thread block per page is
benchmarks/bench_gui_blocks.py's.

To time another tree (main before a change): `PYTHONPATH=<tree>:<site-packages> python -S
benchmarks/bench_window.py`. Timings depend on the machine and its load; only ratios within
one run compare. Measured 2026-12-06 06:14 UTC on this 2-core machine, load 5.1–5.4, the 50k
county of benchmarks/scale_county.py (docs/performance.md):

    50k county   bare    splash   window           filled
    before      0.23 s   1.26 s   3.92 s (16.9×)   9.73 s
    after       0.23 s     —      0.39 s  (1.7×)   8.72 s
"""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

BARE_SCRIPT = r"""
import sys, time
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtGui import QStandardItemModel
from PySide6.QtWidgets import QApplication, QMainWindow, QTableView

class First(QObject):
    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Paint and obj is window:
            print(time.time(), flush=True)
            QTimer.singleShot(0, app.quit)
        return False

app = QApplication(sys.argv[:1])
window = QMainWindow()
model = QStandardItemModel(50, 8)
view = QTableView()
view.setModel(model)
window.setCentralWidget(view)
watcher = First()
app.installEventFilter(watcher)
window.resize(1280, 800)
window.show()
app.exec()
"""

def _env(tmp: Path) -> dict[str, str]:
    env = dict(os.environ)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    env["XDG_CONFIG_HOME"] = str(tmp / "config")  # no remembered geometry or page
    env["XDG_DATA_HOME"] = str(tmp / "data")
    return env


def bare(env: dict[str, str]) -> float:
    start = time.time()
    out = subprocess.run([sys.executable, "-c", BARE_SCRIPT], env=env, check=True,
                         capture_output=True, text=True).stdout
    return float(out.split()[0]) - start


# The program as `python -m emergency_desk`: the tree on PYTHONPATH (with -S) is the one timed.
PROGRAM = [sys.executable, *(["-S"] if sys.flags.no_site else []), "-m", "emergency_desk"]


def program(db: Path, env: dict[str, str]) -> dict[str, float]:
    start = time.time()
    run = subprocess.run([*PROGRAM, "--db", str(db)], env={**env, "EMERGENCY_DESK_STARTUP_TIMES":
                                                           "1"}, capture_output=True, text=True)
    lines = [ln for ln in run.stdout.splitlines() if ln.startswith("{")]
    if not lines:
        raise SystemExit(f"the program printed no start-up times:\n{run.stderr}")
    times: dict[str, float] = json.loads(lines[-1])
    return {k: v - start for k, v in times.items()}


def county(tmp: Path, size: str) -> Path:
    from bench_reports import fill  # the same county as the report benchmark

    db = tmp / f"county-{size}.sqlite3"
    subprocess.run([*PROGRAM, "--db", str(db), "demo"], check=True, stdout=subprocess.DEVNULL)
    if size != "demo":
        fill(db, int(size))
    return db


def main() -> None:
    sizes = sys.argv[1:] or ["demo", "50000"]
    tmp = Path(tempfile.mkdtemp(prefix="bench_window_"))
    env = _env(tmp)
    started = time.strftime("%Y-%m-%d %H:%M")
    print(f"{'county':8} {'bare':>7} {'splash':>7} {'window':>7} {'filled':>7} "
          f"{'window/bare':>12}   (load {os.getloadavg()[0]:.1f}, {started})")
    for size in sizes:
        db = county(tmp, size)
        floor = statistics.median(bare(env) for _ in range(3))
        runs = [program(db, env) for _ in range(3)]
        med: dict[str, Any] = {k: statistics.median(r[k] for r in runs) for k in runs[0]}
        # No splash when the window's shell paints first (ui/app.py early_window).
        splash = f"{med['splash_painted']:>6.2f}s" if "splash_painted" in med else f"{'—':>7}"
        print(f"{size:8} {floor:>6.2f}s {splash} {med['window_painted']:>6.2f}s "
              f"{med['dashboard_filled']:>6.2f}s {med['window_painted'] / floor:>11.1f}×",
              flush=True)
    print(f"(files in {tmp}; load average afterwards {os.getloadavg()[0]:.1f}; the longest "
          "GUI-thread block per page: benchmarks/bench_gui_blocks.py)")


if __name__ == "__main__":
    main()
