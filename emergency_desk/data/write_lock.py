"""One writer at a time per database file, across the window, the command line and threads.

Every writing transaction (`Database.begin()`) and every restore holds this lock: a small file
beside the database (`office.sqlite3.write-lock`) locked with the operating system's file lock,
which the OS releases when a process dies, so a crash never leaves it stuck. SQLite's own
BEGIN IMMEDIATE already keeps two transactions apart; this lock is wider: a restore holds it
from its safety copy to the end of the copy back, so no import can commit in between and be
lost (issue 18, point 8), and a second writer queues behind the first instead of failing after
SQLite's five seconds.

Re-entrant within a thread (a restore writes its audit row through `Database.begin()`).

A writer that has to wait says so: whoever runs the work (the command line, a window's task)
installs a reporter for its thread with `reporting(fn)`; `fn(seconds)` is called when the wait
starts and every few seconds after, and `fn(None)` once the lock is had, so a clerk sees
"另一个程序正在写入数据库，正在等待…" instead of a frozen window or a silent prompt.
"""

from __future__ import annotations

import contextlib
import os
import sys
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import IO

from emergency_desk.errors import EnvironmentProblem
from emergency_desk.i18n import t

WAIT_SECONDS = 60.0
REPORT_EVERY = 2.0  # seconds between two "still waiting" messages
Reporter = Callable[[float | None], None]
_guard = threading.Lock()
_locks: dict[str, threading.RLock] = {}
_held = threading.local()


def lock_path(db_path: Path) -> Path:
    return db_path.with_name(db_path.name + ".write-lock")


def wait_seconds() -> float:
    """How long a writer queues: EMERGENCY_DESK_LOCK_WAIT (seconds) where set, so a script
    can choose to fail fast; else WAIT_SECONDS."""
    try:
        value = float(os.environ.get("EMERGENCY_DESK_LOCK_WAIT", ""))
    except ValueError:
        return WAIT_SECONDS
    return value if value >= 0 else WAIT_SECONDS


@contextlib.contextmanager
def reporting(fn: Reporter) -> Iterator[None]:
    """Within the block, this thread's waits for the lock are reported to `fn`."""
    before = getattr(_held, "reporter", None)
    _held.reporter = fn
    try:
        yield
    finally:
        _held.reporter = before


def waiting_message(seconds: float) -> str:
    return t("另一个程序正在写入数据库，正在等待…（已等待 {n} 秒）", n=int(seconds))


class _Wait:
    """The reports of one wait: at its start, every REPORT_EVERY seconds, and at its end."""

    def __init__(self) -> None:
        self.start = time.monotonic()
        self.reporter: Reporter | None = getattr(_held, "reporter", None)
        self.next_report: float | None = None

    def tick(self) -> None:
        now_ = time.monotonic()
        if self.next_report is None:
            self.next_report = now_
        if self.reporter is not None and now_ >= self.next_report:
            self.reporter(now_ - self.start)
            self.next_report = now_ + REPORT_EVERY

    def done(self) -> None:
        if self.next_report is not None and self.reporter is not None:
            self.reporter(None)


def _thread_lock(key: str) -> threading.RLock:
    with _guard:
        return _locks.setdefault(key, threading.RLock())


def _try_os_lock(fh: IO[bytes]) -> bool:
    try:
        if sys.platform == "win32":
            import msvcrt

            fh.seek(0)
            msvcrt.locking(fh.fileno(), msvcrt.LK_NBLCK, 1)
        else:
            import fcntl

            fcntl.flock(fh.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
        return True
    except OSError:
        return False


def _os_unlock(fh: IO[bytes]) -> None:
    with contextlib.suppress(OSError):
        if sys.platform == "win32":
            import msvcrt

            fh.seek(0)
            msvcrt.locking(fh.fileno(), msvcrt.LK_UNLCK, 1)
        else:
            import fcntl

            fcntl.flock(fh.fileno(), fcntl.LOCK_UN)


@contextlib.contextmanager
def held(db_path: Path, *, wait: float | None = None) -> Iterator[None]:
    """Hold the write lock of `db_path` for the block, queueing up to `wait` seconds
    (default `wait_seconds()`); this thread's reporter (`reporting`) hears of the wait.
    Where the lock file cannot be created (a read-only folder), nothing can be written
    anyway: the block runs and SQLite reports the real problem."""
    key = str(Path(db_path).resolve())
    depth: dict[str, int] = _held.__dict__.setdefault("depth", {})
    if depth.get(key):
        depth[key] += 1
        try:
            yield
        finally:
            depth[key] -= 1
        return
    local = _thread_lock(key)
    wait = wait_seconds() if wait is None else wait
    deadline = time.monotonic() + wait
    pending = _Wait()
    # Another thread of this program (a window's import while a form saves) queues here,
    # another process on the OS lock below; both report the same way.
    while not local.acquire(timeout=min(0.25, max(deadline - time.monotonic(), 0.0))):
        if time.monotonic() >= deadline:
            raise _busy(db_path)
        pending.tick()
    try:
        try:
            fh: IO[bytes] | None = open(lock_path(Path(db_path)), "a+b")  # noqa: SIM115
        except OSError:
            fh = None
        try:
            while fh is not None and not _try_os_lock(fh):
                if time.monotonic() > deadline:
                    raise _busy(db_path)
                pending.tick()
                time.sleep(0.05)
            pending.done()
            depth[key] = 1
            try:
                yield
            finally:
                depth[key] = 0
                if fh is not None:
                    _os_unlock(fh)
        finally:
            if fh is not None:
                fh.close()
    finally:
        local.release()


def _busy(db_path: Path) -> EnvironmentProblem:
    return EnvironmentProblem(t(
        "另一个导入正在进行，请稍后再试：另一个程序（导入、恢复或保存）一直在写入数据库 {path}，"
        "本次没有写入任何内容。请等它完成后重试。", path=db_path))
