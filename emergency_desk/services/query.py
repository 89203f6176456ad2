"""The query pieces every register's read side repeats, in one place: how many rows a filtered
select gives, one page of it, and the read-only views object whose `count` and `list` the
window's lazy tables call, each in its own short read session.

The registers keep their own session functions (`officers_in(session, q, offset, limit)`, …)
because the reports and the rules call them inside a session they already hold.
"""

from __future__ import annotations

import builtins
from collections.abc import Callable, Iterable, Iterator, Sequence
from typing import Any, Generic, TypeVar

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from emergency_desk.data.db import Database

Q = TypeVar("Q")  # a register's query (filters, search, sort)
R = TypeVar("R")  # a register's plain row


def count_of(session: Session, stmt: Any) -> int:
    """How many rows a filtered select gives (the status bar's 共 n 条)."""
    return int(session.scalar(select(func.count()).select_from(stmt.subquery())) or 0)


def page_of(stmt: Any, offset: int, limit: int | None) -> Any:
    """`stmt` from row `offset` on, at most `limit` rows; None reads to the end (reports,
    exports). `stmt` must already be ordered, or the pages would overlap."""
    stmt = stmt.offset(offset)
    return stmt if limit is None else stmt.limit(limit)


def page_rows(session: Session, stmt: Any, key: Any, offset: int, limit: int | None,
              key_of: Callable[[Any], Any], keys_stmt: Any = None) -> builtins.list[Any]:
    """The rows of `page_of(stmt, offset, limit)`, read in two steps when `limit` is set: the
    page's keys (`key`, the table's id) in `stmt`'s order, then the full rows of those keys.

    A window's page of 200 rows out of 100,000 must sort them all; sorting bare ids is cheap,
    but SQLite computes every selected column before sorting, so the correlated lookups of a
    row (最近培训日期, 最近演练) would run 100,000 times for 200 rows. `key_of(row)` reads the
    key back from a full row. `stmt` must not be ordered by a select-list label.

    `keys_stmt`: the same rows in the same order, written to find the page's keys faster
    (plans: regions walked in path order, `data/sql.join_in_order`); the full rows are still
    read by `stmt`, whose join order suits reading 200 rows by id."""
    if limit is None:
        return list(session.execute(page_of(stmt, offset, limit)).all())
    ids = list(session.scalars(page_of((stmt if keys_stmt is None else keys_stmt)
                                       .with_only_columns(key), offset, limit)))
    if not ids:
        return []
    found = {key_of(r): r for r in session.execute(stmt.order_by(None).where(key.in_(ids)))}
    return [found[i] for i in ids if i in found]


# A filter matching fewer rows than this has its page sorted from the matches alone; a
# commoner one may walk an index in page order (`page_rows(keys_stmt=…)`), finding a page's
# worth soon.
FEW_MATCHES = 1000


def few_matches(session: Session, stmt: Any, key: Any, scale: int = 1
                ) -> builtins.list[Any] | None:
    """The keys of `stmt`'s rows when there are fewer than FEW_MATCHES × `scale`, else None. It
    stops reading there, so a common match costs little; a rare one costs one scan, and its page
    is then sorted from these keys alone — walking an index in page order would visit every row
    to find them. `scale` > 1 where `stmt` reads its matches from an index (a date range)
    rather than scanning the table: reading more of them costs little, and sorting a few
    thousand is cheaper than walking the index of the page's order to the scattered ones."""
    few = FEW_MATCHES * scale  # read when called: tests set it to take either way on small data
    found = list(session.scalars(stmt.order_by(None).with_only_columns(key).limit(few)))
    return found if len(found) < few else None


def streamed(session: Session, stmt: Any,
             convert: Callable[[Sequence[Any]], Iterable[R]], chunk: int = 1000
             ) -> Iterator[R]:
    """`stmt`'s rows from one cursor, `chunk` at a time, each chunk turned into plain rows by
    `convert` (which may look up what the chunk refers to in one query): an export of 50,000
    rows holds one chunk, not all of them. `yield_per` is a server-side cursor on PostgreSQL
    and SQLite's own stepping cursor; the ORM keeps no reference to a chunk once it is done."""
    result = session.execute(stmt.execution_options(yield_per=chunk))
    for part in result.partitions():
        yield from convert(part)


class ReadViews(Generic[Q, R]):
    """`count` and `list` of one register over its session functions, each call a short read
    session, so the window never holds a session open between pages."""

    def __init__(self, db: Database, count_in: Callable[[Session, Q | None], int],
                 rows_in: Callable[[Session, Q | None, int, int | None], builtins.list[R]]
                 ) -> None:
        self.db = db
        self._count_in = count_in
        self._rows_in = rows_in

    def count(self, q: Q | None = None) -> int:
        with self.db.read() as s:
            return self._count_in(s, q)

    def list(self, q: Q | None = None, offset: int = 0,
             limit: int | None = None) -> builtins.list[R]:
        with self.db.read() as s:
            return self._rows_in(s, q, offset, limit)
