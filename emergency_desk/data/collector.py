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
_froze = False  # whether the first user froze (and the last one must unfreeze)
_exit_frozen = False
_long_lived = False  # the window froze what its start-up left alive (freeze_long_lived)


@contextmanager
def few_collections() -> Iterator[None]:
    global _users, _froze
    with _lock:
        if _users == 0:
            before = gc.get_threshold()
            _saved[:] = [before]
            # In the window what start-up left alive is frozen already and full passes are
            # paced (ui/gc_pacing.py): freezing again, then unfreezing, would thaw that too.
            _froze = not _long_lived
            if _froze:
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
                if _froze:
                    gc.unfreeze()
                    _froze = False


def freeze_long_lived() -> bool:
    """Take what is alive now out of every later pass of the cycle collector, for good: the
    window calls this once its start-up is done (ui/gc_pacing.py). By then the libraries, the
    models and the window's shell are loaded — ≈ 140,000 objects that live as long as the
    process and that each full pass walked again (a third of its 0.3–0.4 s at 50k). Objects
    frozen are still freed by reference counting; only those left in a reference cycle later
    stay until `unfreeze_long_lived`, so this is done once, before the registers' data and
    charts arrive (those are replaced on every refresh), after young passes have freed
    start-up's own cycles. Not while an import or report runs (it froze already; False)."""
    global _long_lived
    with _lock:
        if _long_lived or _users:
            return False
        gc.collect(1)
        gc.freeze()
        _long_lived = True
        return True


def unfreeze_long_lived() -> None:
    """Back to Python's own: every object walked by full passes again (the tests)."""
    global _long_lived
    with _lock:
        if _long_lived and not _users:
            gc.unfreeze()
            _long_lived = False


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
