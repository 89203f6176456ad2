"""The query plans SQLite chose while a block ran: the bulk imports' chunk lookups must reach
their rows through an index on the person, not by walking the whole register once a chunk;
the pages' 乡镇 lists must read the townships from the level index (issue 20)."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

from sqlalchemy import event

from emergency_desk.data.db import Database


@contextmanager
def person_lookup_plans(db: Database, table: str) -> Iterator[list[str]]:
    """EXPLAIN QUERY PLAN of every SELECT from `table` with "person_id IN" run inside."""
    with query_plans(db, lambda sql: f"FROM {table}" in sql and "person_id IN" in sql) as plans:
        yield plans


@contextmanager
def query_plans(db: Database, wanted: Callable[[str], bool]) -> Iterator[list[str]]:
    """EXPLAIN QUERY PLAN of every SELECT run inside whose SQL is `wanted`."""
    plans: list[str] = []

    def explain(conn: Any, cursor: Any, statement: str, params: Any, context: Any,
                executemany: bool) -> None:
        if statement.lstrip().startswith("SELECT") and wanted(statement):
            plan = cursor.connection.execute("EXPLAIN QUERY PLAN " + statement, params)
            plans.append(" ".join(str(r[-1]) for r in plan))

    event.listen(db.engine, "before_cursor_execute", explain)
    try:
        yield plans
    finally:
        event.remove(db.engine, "before_cursor_execute", explain)
