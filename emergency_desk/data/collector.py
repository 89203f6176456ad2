"""The cycle collector, run rarely while a large import or report is built.

An import allocates a few objects per cell and per record, a report several per cell
(measured, wrapped, drawn); nearly all are freed by reference counting. At the default
threshold the collector ran every 700 of them and each full pass walked every live record,
cell, page and imported module again: a quarter of an officers import and a fifth of
`report officers` at 10,000 rows (issue 20).

The window may run an import and build reports on workers at the same time, so this is
counted: the first user raises the threshold and freezes what is alive (out of the passes),
the last one puts both back, whatever happens and in whatever order they finish. Two
separate helpers each restoring "their" saved threshold left the raised one in place for
good when an import and a report overlapped.

`check` on the command line is one read and one answer, and nothing else runs in its process:
there the collector does not run at all (`no_collections`), not even over what is left when
the process ends (`none_at_exit`).
"""

from __future__ import annotations

import atexit
import gc
import threading
from collections.abc import Iterator
from contextlib import contextmanager

RARE_THRESHOLD = 50_000

_lock = threading.Lock()
_saved: list[tuple[int, int, int]] = []  # the threshold to restore while anyone is inside
_users = 0
_exit_frozen = False


@contextmanager
def few_collections() -> Iterator[None]:
    global _users
    with _lock:
        if _users == 0:
            before = gc.get_threshold()
            _saved[:] = [before]
            gc.freeze()
            gc.set_threshold(max(before[0], RARE_THRESHOLD), *before[1:])
        _users += 1
    try:
        yield
    finally:
        with _lock:
            _users -= 1
            if _users == 0:
                gc.set_threshold(*_saved.pop())
                gc.unfreeze()


@contextmanager
def no_collections() -> Iterator[None]:
    """No pass of the cycle collector while a command that only reads runs to its answer
    (`check`). After start-up a county's `check` allocates enough (its modules' dataclasses,
    69 statements compiled cold, 30,000 alerts) for ≈ 180 young, 16 middle and a full pass
    over the 170,000 objects of the libraries: 0.05–0.07 s of CPU, a third of compiling the
    statements (issue 20). What `check` builds is freed by reference counting; its peak
    memory is the same either way (docs/performance.md). Not for the window, whose
    collector ui/gc_pacing.py paces, nor around an import or report (`few_collections`)."""
    was = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was:
            gc.enable()


def none_at_exit() -> None:
    """Skip the collector's passes as the interpreter exits. They walk every object still
    alive — the libraries, the models, what the command read — only for the process to end:
    what is alive then is frozen (`gc.freeze`, at exit, before the interpreter's own passes)
    and freed with the process. Objects in reference cycles are then not finalized, so this
    is for a command that closes what it opened itself and writes nothing but its answer
    (`check`: the database disposed, the answer printed and flushed; the log is flushed by
    logging's own exit handler, which runs after this one). Registered once a process."""
    global _exit_frozen
    with _lock:
        if not _exit_frozen:
            atexit.register(gc.freeze)
            _exit_frozen = True
