"""The longest GUI-thread block on every page of the window at county scale (issue 20, 4 and 5).

    python benchmarks/bench_gui_blocks.py [--size 50000] [--pages officers,...] [--db FILE]

Opens the main window on the county of SIZE officers, stock batches, team members and plans
(benchmarks/scale_county.py, built once and kept in the temp folder) and, on each page: opens
it, switches to each of its tabs, sorts each visible table by a column, types a search into it
letter by letter, and refreshes it (F5, as after an edit). A 5 ms timer on the GUI thread
notes the longest gap between two of its ticks while each of these runs and until every
background task is done: what a user feels as a frozen window. Target: at most 0.2 s.

The window runs in a child process of its own (offscreen). To time another tree of the
program (say main before a change) on the same county:

    PYTHONPATH=<tree>:<venv site-packages> python -S benchmarks/bench_gui_blocks.py

Where the time goes: `BENCH_GUI_STACKS=1` prints, for the slowest actions, the GUI thread's
most frequent stacks while the heartbeat was late and every cycle-collector pass over 20 ms
(which stops all threads) with the thread it ran on.

No timing is asserted anywhere; tests/gui/test_table_loads_off_gui.py keeps the tables' reads
off the GUI thread.
"""

from __future__ import annotations

import argparse
import itertools
import json
import os
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
TARGET = 0.2
ACTIONS = ("open", "tabs", "sort", "search", "refresh")
SEARCH = "王明"  # typed a letter at a time: the scaled county's names are made of these


def _child(db_path: Path, keys: list[str]) -> dict[str, dict[str, float]]:
    """In the child process: the window, the heartbeat, every page's actions."""
    from PySide6.QtCore import QEventLoop, Qt, QTimer
    from PySide6.QtWidgets import QTabWidget

    from emergency_desk.ui.app import create_application

    create_application()
    from emergency_desk.data.migrate import open_database
    from emergency_desk.ui import workers
    from emergency_desk.ui.main_window import MainWindow
    from emergency_desk.ui.widgets.register_page import RegisterPage

    beats = [time.perf_counter()]
    stalls = _StallSampler(beats) if os.environ.get("BENCH_GUI_STACKS") else None
    heart = QTimer()
    heart.setInterval(5)
    heart.timeout.connect(lambda: beats.append(time.perf_counter()))
    heart.start()

    def settle(action: Callable[[], Any], at_least: float = 0.0) -> float:
        """Run `action` from the event loop; wait until no background task runs (0.3 s
        quiet, and `at_least` seconds); the longest gap between two heartbeats meanwhile."""
        beats[:] = [time.perf_counter()]
        if stalls is not None:
            stalls.samples.clear()  # not the waits between actions (opening the file)
        started = time.perf_counter()
        QTimer.singleShot(0, action)
        loop = QEventLoop()
        quiet = [0.0]

        def poll() -> None:
            now = time.perf_counter()
            if workers._RUNNING:
                quiet[0] = 0.0
            elif not quiet[0]:
                quiet[0] = now
            elif now - quiet[0] > 0.3 and now - started > at_least:
                loop.quit()

        poller = QTimer()
        poller.timeout.connect(poll)
        poller.start(20)
        loop.exec()
        poller.stop()
        beats.append(time.perf_counter())
        gap = max(b - a for a, b in itertools.pairwise(beats))
        if stalls is not None:
            stalls.settled(gap)
        return gap

    def visible_registers(page: Any) -> list[Any]:
        found = [page] if isinstance(page, RegisterPage) else []
        found += [r for r in page.findChildren(RegisterPage) if r.isVisible()]
        return [r for r in found if r.model is not None]

    def typing(register: Any) -> float:
        worst = 0.0
        for n in range(1, len(SEARCH) + 1):
            worst = max(worst, settle(lambda n=n: register.search.setText(SEARCH[:n]),
                                      at_least=0.4))  # past the search's debounce
        return max(worst, settle(lambda: register.search.clear(), at_least=0.4))

    def sorting(register: Any) -> float:
        columns = [i for i, c in enumerate(register.model.columns) if c.sort_key]
        if not columns:
            return 0.0
        column = columns[-1]
        worst = settle(lambda: register.table.sortByColumn(column,
                                                           Qt.SortOrder.DescendingOrder))
        return max(worst, settle(lambda: register.table.sortByColumn(
            columns[0], Qt.SortOrder.AscendingOrder)))

    def refresh(page: Any) -> None:
        own = getattr(page, "refresh", None)
        for target in [own] if own else [r.refresh for r in page.findChildren(RegisterPage)]:
            target()

    db = open_database(db_path)
    out: dict[str, dict[str, float]] = {}
    window = MainWindow(db)
    window.show_page("dashboard")
    window.resize(1280, 800)
    window.show()
    out["dashboard"] = {"open": settle(lambda: None)}
    for key in keys:
        res = out.setdefault(key, {})
        if stalls is not None:
            stalls.page = key
        res["open"] = settle(lambda key=key: window.show_page(key))
        page = window.pages[key]
        for tabs in page.findChildren(QTabWidget):
            for i in range(tabs.count()):
                res["tabs"] = max(res.get("tabs", 0.0),
                                  settle(lambda tabs=tabs, i=i: tabs.setCurrentIndex(i)))
            for register in visible_registers(page):
                res["sort"] = max(res.get("sort", 0.0), sorting(register))
            tabs.setCurrentIndex(0)
        for register in visible_registers(page):
            res["sort"] = max(res.get("sort", 0.0), sorting(register))
            res["search"] = max(res.get("search", 0.0), typing(register))
        res["refresh"] = settle(lambda page=page: refresh(page))
    out["dashboard"]["refresh"] = settle(lambda: (window.show_page("dashboard"),
                                                  window.pages["dashboard"].refresh()))
    if stalls is not None:
        stalls.report()
    return out


class _StallSampler:
    """BENCH_GUI_STACKS=1: where the GUI thread was while it kept the heartbeat waiting.

    A thread looks at the GUI thread's stack every 10 ms once the heartbeat is 50 ms late;
    after the run, the slowest actions' most frequent stacks go to stderr (what cProfile of the
    whole run would bury under the workers' time)."""

    def __init__(self, beats: list[float]) -> None:
        import collections
        import threading

        self.beats = beats
        self.page = "dashboard"
        self.samples: collections.Counter[str] = collections.Counter()
        self.runs: list[tuple[float, str, collections.Counter[str]]] = []
        self._gui = threading.get_ident()
        threading.Thread(target=self._sample, daemon=True).start()
        # The cycle collector stops every thread while it runs: its long passes, by thread.
        import gc

        self._gc_start = 0.0
        gc.callbacks.append(self._collected)

    def _collected(self, phase: str, info: dict[str, int]) -> None:
        import threading

        if phase == "start":
            self._gc_start = time.perf_counter()
        elif (took := time.perf_counter() - self._gc_start) > 0.02:
            where = "GUI thread" if threading.get_ident() == self._gui else "a worker"
            self.samples[f"    cycle collector, generation {info['generation']}, on {where}: "
                         f"{took:.2f} s"] += 1

    def _sample(self) -> None:
        import traceback

        while True:
            time.sleep(0.01)
            if time.perf_counter() - self.beats[-1] > 0.05:
                frame = sys._current_frames().get(self._gui)
                if frame is not None:
                    stack = traceback.extract_stack(frame)[-14:]
                    self.samples["\n".join(f"    {Path(f.filename).name}:{f.lineno} {f.name}"
                                            for f in stack)] += 1

    def settled(self, gap: float) -> None:
        import collections

        self.runs.append((gap, self.page, self.samples))
        self.samples = collections.Counter()

    def report(self) -> None:
        import gc

        # Done sampling: at interpreter exit, with the modules torn down, the callback's
        # import failed once per collection ("import of threading halted").
        gc.callbacks.remove(self._collected)
        for gap, page, samples in sorted(self.runs, key=lambda r: -r[0])[:8]:
            print(f"== {page}: longest block {gap:.2f} s; samples (10 ms each):", file=sys.stderr)
            for stack, n in samples.most_common(4):
                print(f"  {n}×\n{stack}", file=sys.stderr)


def measure(db: Path, keys: list[str], env: dict[str, str] | None = None
            ) -> dict[str, dict[str, float]]:
    """Run the window in a child process on `db`; each page's longest block per action."""
    env = dict(env or os.environ)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    tmp = Path(tempfile.mkdtemp(prefix="bench_gui_blocks_"))
    env["XDG_CONFIG_HOME"] = str(tmp / "config")  # no remembered geometry or page
    env["XDG_DATA_HOME"] = str(tmp / "data")
    run = subprocess.run([sys.executable, *(["-S"] if sys.flags.no_site else []), __file__,
                          "--child", str(db), ",".join(keys)], env=env, capture_output=True,
                         text=True)
    if env.get("BENCH_GUI_STACKS"):
        print(run.stderr, file=sys.stderr)
    lines = [ln for ln in run.stdout.splitlines() if ln.startswith("{")]
    if not lines:
        raise SystemExit(f"the window printed nothing:\n{run.stderr[-3000:]}")
    result: dict[str, dict[str, float]] = json.loads(lines[-1])
    return result


def table(result: dict[str, dict[str, float]]) -> str:
    rows = [f"{'page':10}" + "".join(f"{a:>9}" for a in ACTIONS) + f"{'worst':>9}"]
    for key, res in result.items():
        worst = max(res.values())
        cells = "".join(f"{res[a]:>8.2f}s" if a in res else f"{'—':>9}" for a in ACTIONS)
        rows.append(f"{key:10}{cells}{worst:>8.2f}s" + ("" if worst <= TARGET else "  !"))
    return "\n".join(rows)


def main() -> None:
    if len(sys.argv) > 1 and sys.argv[1] == "--child":
        print(json.dumps(_child(Path(sys.argv[2]), sys.argv[3].split(","))), flush=True)
        return
    sys.path.insert(0, str(HERE))
    from scale_county import county

    from emergency_desk.ui.main_window import PAGES

    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--size", type=int, default=50_000)
    ap.add_argument("--pages", default=",".join(e.key for e in PAGES if e.key != "dashboard"))
    ap.add_argument("--db", type=Path, help="a county file of your own instead (a copy: the "
                    "window may migrate it and writes its settings)")
    args = ap.parse_args()
    db = args.db or county(args.size, args.size, args.size, args.size)
    # An installed program has its bytecode (tools/setup_and_run.py, the frozen build); where
    # PYTHONDONTWRITEBYTECODE is set a source tree has none, and each page's first visit would
    # time compiling its modules (0.5-0.8 s for 灾害信息员 on this machine) instead.
    import compileall

    import emergency_desk

    compileall.compile_dir(Path(emergency_desk.__file__).parent, quiet=1)
    started = time.strftime("%Y-%m-%d %H:%M")
    print(f"longest GUI-thread block, county of {args.size:,} (target ≤ {TARGET} s; "
          f"load {os.getloadavg()[0]:.1f}, {started}):", flush=True)
    print(table(measure(db, args.pages.split(","))))
    print(f"(load average afterwards {os.getloadavg()[0]:.1f})")


if __name__ == "__main__":
    main()
