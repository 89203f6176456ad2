"""The query plans SQLite chose for a table's chunk lookups while a block ran (the bulk
imports' tests: a chunk must reach its rows through an index on the person, not by walking
the whole register once a chunk)."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from sqlalchemy import event

from emergency_desk.data.db import Database


@contextmanager
def person_lookup_plans(db: Database, table: str) -> Iterator[list[str]]:
    """EXPLAIN QUERY PLAN of every SELECT from `table` with "person_id IN" run inside."""
    plans: list[str] = []

    def explain(conn: Any, cursor: Any, statement: str, params: Any, context: Any,
                executemany: bool) -> None:
        if statement.lstrip().startswith("SELECT") and f"FROM {table}" in statement \
                and "person_id IN" in statement:
            plan = cursor.connection.execute("EXPLAIN QUERY PLAN " + statement, params)
            plans.append(" ".join(str(r[-1]) for r in plan))

    event.listen(db.engine, "before_cursor_execute", explain)
    try:
        yield plans
    finally:
        event.remove(db.engine, "before_cursor_execute", explain)
