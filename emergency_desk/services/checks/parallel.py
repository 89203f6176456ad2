"""Running the rules: on two read connections at once where that is safe, else one by one.

The rules are independent reads, and SQLite lets go of the GIL while it steps through rows:
at county scale 0.6 s of `check`'s 0.7 s is SQLite (docs/performance.md), so two threads, each
on its own connection, take the rules from one queue and the run takes about half the time
on a PC with two cores or more. Both connections must read the same state of the file —
a `check` that mixes the officers before an import with the trainings after it would report
things that were never true together. Each connection's read transaction (its WAL snapshot)
starts on its first read; both first reads are made while this program's write lock is held
(data/write_lock.py: every writing transaction and every restore holds it until it has
committed), so no writer can commit between them. When the lock is busy (an import is
writing), when the machine has one core (the threads would only take turns), and on the
county server (PostgreSQL reads each statement at READ COMMITTED, as before; two connections
would need an exported snapshot), the rules run one after another on one connection, as they
always did. The threads start the longest rules first; the alerts come back in the rules'
order either way, each rule's in its own order, so the sorted list is the same.
"""

from __future__ import annotations

import os
import threading
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import ThreadPoolExecutor
from typing import TYPE_CHECKING, Any

from emergency_desk.data import write_lock
from emergency_desk.data.db import Database
from emergency_desk.errors import EnvironmentProblem

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

# The rules (registry.RuleInfo: `.func(context)` → alerts) and their context
# (registry.CheckContext: `.sibling(session)`) are typed loosely here: registry imports this
# module, and this one does not import it back (tests/system/test_import_rules.py).
Rule = Any
Context = Any

WORKERS = 2


def run_rules(db: Database, chosen: Sequence[Rule],
              context: Callable[[Session], Context]) -> list[Any]:
    """Every chosen rule's alerts, rule after rule in the order given. `context(session)`
    makes the first connection's context; the second is its `sibling`."""
    with db.read() as first:
        ctx = context(first)
        if len(chosen) > 1 and parallel_possible(db):
            with db.read() as second:
                if same_snapshot(db, (first, second)):
                    return _in_parallel(chosen, [ctx, ctx.sibling(second)])
        return [a for info in chosen for a in info.func(ctx)]


def parallel_possible(db: Database) -> bool:
    return db.server is None and (os.cpu_count() or 1) >= WORKERS


def same_snapshot(db: Database, sessions: Sequence[Session]) -> bool:
    """Begin each session's read transaction with no commit possible in between; False
    (nothing begun) when a writer holds the lock now."""
    try:
        with write_lock.reporting(_silent), write_lock.held(db.path, wait=0):
            for s in sessions:
                # Any read starts SQLite's read transaction, and with it the snapshot.
                s.connection().exec_driver_sql("PRAGMA schema_version").scalar()
    except EnvironmentProblem:  # busy: someone is writing; read on one connection instead
        return False
    return True


def _silent(_seconds: float | None) -> None:
    """No "waiting for the other writer" line: this lock is only tried, never waited for."""


# The rules that take longest at county scale (docs/performance.md, 50,000 officers and
# batches: 25-70 ms each, the rest under 20), started first: the two threads then end
# within a short rule of each other, not one waiting out a long rule taken last
# (longest-first scheduling; 15-20 ms of `check`'s wall time).
_LONGEST_FIRST = ("O1", "O4", "S2", "O5", "S6", "T1", "P1", "P8", "O6", "T3", "O3", "P5")


def _start_order(chosen: Sequence[Rule]) -> list[tuple[int, Rule]]:
    """The rules with their places in `chosen`, the long ones first, the others as given."""
    first = {rid: i for i, rid in enumerate(_LONGEST_FIRST)}
    return sorted(enumerate(chosen), key=lambda item: first.get(item[1].id, len(first)))


def _in_parallel(chosen: Sequence[Rule], contexts: Sequence[Context]) -> list[Any]:
    queue: Iterator[tuple[int, Rule]] = iter(_start_order(chosen))
    guard = threading.Lock()
    found: dict[int, list[Any]] = {}
    failed = threading.Event()

    def work(ctx: Any) -> None:
        while not failed.is_set():
            with guard:
                nxt = next(queue, None)
            if nxt is None:
                return
            i, info = nxt
            try:
                found[i] = list(info.func(ctx))
            except BaseException:
                failed.set()  # the other thread stops after its current rule
                raise

    with ThreadPoolExecutor(len(contexts), thread_name_prefix="checks") as pool:
        futures = [pool.submit(work, c) for c in contexts]
        for f in futures:
            f.result()  # a rule's exception is raised here, in the caller's thread
    return [a for i in range(len(chosen)) for a in found[i]]
