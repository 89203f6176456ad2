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
"""

from __future__ import annotations

import gc
import threading
from collections.abc import Iterator
from contextlib import contextmanager

RARE_THRESHOLD = 50_000

_lock = threading.Lock()
_saved: list[tuple[int, int, int]] = []  # the threshold to restore while anyone is inside
_users = 0


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
