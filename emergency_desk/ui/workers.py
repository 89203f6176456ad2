"""Long work (import, export, report, backup) off the GUI thread, with one path for failure.

`run_task` runs `fn(progress)` on the global QThreadPool while a modal progress dialog shows
`progress(done, total)`; the result goes to `on_done` on the GUI thread, and any exception to
`crash.show_error` (KnownError → a plain message, anything else → the crash dialog), then to
`on_error` for clean-up. Like Anki's `CollectionOp`, callers never write try/except for this.
`run_in_background` is the same without the dialog: a page filling itself after it is shown
(the dashboard's checks and charts, the officers page's coverage) while the user works on.

Progress calls from the worker are thinned out (only when the percentage moves) because an
importer reports every row, and each report becomes a queued signal.
"""

from __future__ import annotations

import contextvars
import logging
import threading
from collections.abc import Callable
from typing import Any, TypeVar

import shiboken6
from PySide6.QtCore import QEventLoop, QObject, QRunnable, Qt, QThreadPool, QTimer, Signal, Slot
from PySide6.QtWidgets import QProgressDialog, QWidget

from emergency_desk.data import write_lock
from emergency_desk.errors import KnownError
from emergency_desk.i18n import t
from emergency_desk.ui import crash

T = TypeVar("T")
ProgressFn = Callable[[int, int], None]
log = logging.getLogger("emergency_desk.ui")

# Tasks still running; a QRunnable's Python wrapper would otherwise be collected mid-run.
_RUNNING: set[Task] = set()
# The tables' reads (ui/widgets/table_model.py) have a thread of their own: queued behind the
# dashboard's checks on the global pool (two threads on an office PC), a page would say
# 正在加载… for as long as the checks take. One, not two: each busy worker competes with the
# GUI thread for the GIL, and with two the window froze for half a second while a page's
# three tables were read at once (benchmarks/bench_gui_blocks.py, teams search 0.49 → 0.11 s).
_TABLE_POOL: QThreadPool | None = None


def table_pool() -> QThreadPool:
    global _TABLE_POOL
    if _TABLE_POOL is None:
        _TABLE_POOL = QThreadPool()
        _TABLE_POOL.setMaxThreadCount(1)
    return _TABLE_POOL


class TaskCancelled(KnownError):
    """The user pressed 取消; raised inside the worker at its next progress call."""

    def __init__(self) -> None:
        super().__init__(t("操作已取消，未做任何改动。"))


class _Signals(QObject):
    progress = Signal(int, int)
    waiting = Signal(str)  # another writer holds the database; '' once it is ours
    done = Signal(object)
    failed = Signal(object)


class _Runnable(QRunnable):
    def __init__(self, task: Task) -> None:
        super().__init__()
        self.setAutoDelete(False)
        self.task: Task | None = task

    def run(self) -> None:
        if self.task is not None:
            self.task._run_in_worker()


class Task(QObject):
    """A running `run_task`; `wait()` blocks (spinning the event loop) until it has finished."""

    finished = Signal()

    def __init__(self, parent: QWidget | None, title: str, fn: Callable[[ProgressFn], Any],
                 on_done: Callable[[Any], None],
                 on_error: Callable[[BaseException], None] | None,
                 dialog: bool = True) -> None:
        super().__init__()
        self._fn, self._on_done, self._on_error = fn, on_done, on_error
        # The worker thread runs in a copy of this context: it writes as the signed-in user
        # (data/access.py) and its audit rows carry that user's name.
        self._context = contextvars.copy_context()
        self._parent = parent
        self._cancel = threading.Event()
        self._last_pct = -1
        self._title = title
        self.is_finished = False
        self.result: Any = None
        self.error: BaseException | None = None
        self.signals = _Signals()
        # Queued: the slots run on the GUI thread whichever thread emits.
        queued = Qt.ConnectionType.QueuedConnection
        self.signals.progress.connect(self._on_progress, queued)
        self.signals.waiting.connect(self._on_waiting, queued)
        self.signals.done.connect(self._finish_ok, queued)
        self.signals.failed.connect(self._finish_error, queued)
        self.dialog: QProgressDialog | None = None
        if dialog:
            self.dialog = QProgressDialog(title, t("取消"), 0, 0, parent)
            self.dialog.setWindowTitle(title)
            self.dialog.setWindowModality(Qt.WindowModality.WindowModal)
            self.dialog.setMinimumDuration(300)  # quick tasks finish without a flash of it
            self.dialog.setAutoClose(False)
            self.dialog.setAutoReset(False)
            self.dialog.setMinimumWidth(360)
            # Arms the dialog's show timer, so work that never reports progress still shows it.
            self.dialog.setValue(0)
            self.dialog.canceled.connect(self._cancel.set)
        self._runnable = _Runnable(self)

    # -- worker thread -------------------------------------------------------------------
    def _progress(self, done: int, total: int) -> None:
        if self._cancel.is_set():
            raise TaskCancelled()
        pct = int(done * 100 / total) if total > 0 else -1
        if pct != self._last_pct or done >= total:
            self._last_pct = pct
            self.signals.progress.emit(int(done), int(total))

    def _waiting(self, seconds: float | None) -> None:
        self.signals.waiting.emit("" if seconds is None else write_lock.waiting_message(seconds))

    def _run_in_worker(self) -> None:
        try:
            with write_lock.reporting(self._waiting):
                result = self._context.run(self._fn, self._progress)
        except BaseException as exc:  # everything goes to the one failure path
            self.signals.failed.emit(exc)
        else:
            self.signals.done.emit(result)

    # -- GUI thread ----------------------------------------------------------------------
    @Slot(int, int)
    def _on_progress(self, done: int, total: int) -> None:
        if self.is_finished or self.dialog is None:
            return
        # Qt's progress bar is int32; very large counts are shown as per-mille.
        if total > 0:
            self.dialog.setMaximum(1000)
            self.dialog.setValue(min(1000, int(done * 1000 / total)))
        else:
            self.dialog.setMaximum(0)

    @Slot(str)
    def _on_waiting(self, message: str) -> None:
        if self.is_finished or self.dialog is None:
            return
        self.dialog.setLabelText(self._title + ("\n" + message if message else ""))
        if message:
            self.dialog.show()  # a wait is worth seeing at once, not after the usual delay

    def _close(self) -> None:
        self.is_finished = True
        if self.dialog is not None:
            self.dialog.canceled.disconnect(self._cancel.set)
            self.dialog.reset()
            self.dialog.hide()
            self.dialog.deleteLater()
        _RUNNING.discard(self)

    def _parent_gone(self) -> bool:
        """The page that asked was closed (or rebuilt after a restore) while this ran: its
        result has nowhere to go."""
        return self._parent is not None and not shiboken6.isValid(self._parent)

    @Slot(object)
    def _finish_ok(self, result: Any) -> None:
        self._close()
        self.result = result
        try:
            if not self._parent_gone():
                self._on_done(result)
        finally:
            self.finished.emit()
            self._release()

    @Slot(object)
    def _finish_error(self, exc: BaseException) -> None:
        self._close()
        self.error = exc
        try:
            if isinstance(exc, TaskCancelled):
                log.info("task cancelled by user")
            elif self._parent_gone():
                log.info("background task of a closed page failed: %r", exc)
            else:
                crash.show_error(self._parent, exc)
            if self._on_error is not None and not self._parent_gone():
                self._on_error(exc)
        finally:
            self.finished.emit()
            self._release()

    def _release(self) -> None:
        """Let the finished task go. Its signals' connections to its own methods are held by
        Qt, where the cycle collector cannot see them: every task (and its `result`, the
        dashboard's 30,000 alerts, the officers' coverage) stayed alive for the session, each
        round of refreshes added ≈ 75 MiB at 50k and lengthened the collector's full pass."""
        self.signals.deleteLater()  # its connections go with it
        self._runnable.task = None

    def start(self, pool: QThreadPool | None = None) -> None:
        _RUNNING.add(self)
        (pool or QThreadPool.globalInstance()).start(self._runnable)

    def cancel(self) -> None:
        self._cancel.set()

    def wait(self, timeout_ms: int = 60_000) -> bool:
        """Spin an event loop until the task has finished (for tests and scripted use)."""
        if self.is_finished:
            return True
        loop = QEventLoop()
        self.finished.connect(loop.quit)
        QTimer.singleShot(timeout_ms, loop.quit)
        loop.exec()
        return self.is_finished


def run_task(parent: QWidget | None, title: str, fn: Callable[[ProgressFn], T],
             on_done: Callable[[T], None],
             on_error: Callable[[BaseException], None] | None = None) -> Task:
    """Run `fn(progress)` on a worker thread with a modal progress dialog.

    `on_done(result)` runs on the GUI thread. On failure the error is shown (crash.show_error)
    and then `on_error(exc)` is called, if given, for clean-up. Cancelling raises TaskCancelled
    inside `fn` at its next progress call; nothing is shown, `on_error` still runs.
    """
    task = Task(parent, title, fn, on_done, on_error)
    task.start()
    return task


def run_in_background(parent: QWidget | None, fn: Callable[[], T],
                      on_done: Callable[[T], None],
                      on_error: Callable[[BaseException], None] | None = None,
                      pool: QThreadPool | None = None) -> Task:
    """Run `fn()` on a worker thread with no dialog: the page stays usable and shows its
    placeholders meanwhile. `fn` opens its own sessions (`db.read()`); SQLite connections and
    ORM objects never cross threads, only the plain rows it returns. `on_done(result)` runs on
    the GUI thread unless `parent` has been deleted meanwhile; failures go to
    `crash.show_error` as with `run_task`."""
    task = Task(parent, "", lambda _p: fn(), on_done, on_error, dialog=False)
    task.start(pool)
    return task


def finish_all(timeout_ms: int = 30_000) -> bool:
    """Before the window's database is closed: drop the queued background reads and wait for
    the running ones, so none of them opens the closed database or signals a deleted page
    while Python shuts down (a worker thread still running then can crash the process)."""
    pools = [QThreadPool.globalInstance()] + ([_TABLE_POOL] if _TABLE_POOL is not None else [])
    for pool in pools:
        pool.clear()
    return all([pool.waitForDone(timeout_ms) for pool in pools])
