"""One writer at a time per database file, across the window, the command line and threads.

Every writing transaction (`Database.begin()`) and every restore holds this lock: a small file
beside the database (`office.sqlite3.write-lock`) locked with the operating system's file lock,
which the OS releases when a process dies, so a crash never leaves it stuck. SQLite's own
BEGIN IMMEDIATE already keeps two transactions apart; this lock is wider: a restore holds it
from its safety copy to the end of the copy back, so no import can commit in between and be
lost (issue 18, point 8), and a second writer queues behind the first instead of failing after
SQLite's five seconds.

Re-entrant within a thread (a restore writes its audit row through `Database.begin()`).
"""

from __future__ import annotations

import contextlib
import sys
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import IO

from emergency_desk.errors import EnvironmentProblem
from emergency_desk.i18n import t

WAIT_SECONDS = 60.0
_guard = threading.Lock()
_locks: dict[str, threading.RLock] = {}
_held = threading.local()


def lock_path(db_path: Path) -> Path:
    return db_path.with_name(db_path.name + ".write-lock")


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
def held(db_path: Path, *, wait: float = WAIT_SECONDS,
         waiting: Callable[[], None] | None = None) -> Iterator[None]:
    """Hold the write lock of `db_path` for the block; `waiting` is called once if another
    writer has it. Where the lock file cannot be created (a read-only folder), nothing can be
    written anyway: the block runs and SQLite reports the real problem."""
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
    deadline = time.monotonic() + wait
    if not local.acquire(timeout=wait):
        raise _busy(db_path)
    try:
        try:
            fh: IO[bytes] | None = open(lock_path(Path(db_path)), "a+b")  # noqa: SIM115
        except OSError:
            fh = None
        try:
            told = False
            while fh is not None and not _try_os_lock(fh):
                if time.monotonic() > deadline:
                    raise _busy(db_path)
                if not told and waiting is not None:
                    waiting()
                told = True
                time.sleep(0.05)
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
        "另一个导入、恢复或保存正在写入数据库 {path}，本次没有写入任何内容。请等它完成后重试。",
        path=db_path))
