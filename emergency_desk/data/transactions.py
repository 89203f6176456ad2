"""How a transaction starts, per database engine: writers are isolated from each other.

Every write (import, form, restore's safety copy, sign-in counter) must read what it decides on
inside the transaction that writes, with no other writer in between; otherwise two imports of
the same register each decide "new" from the same old state and both commit a part (issue 18).

SQLite: pysqlite's own transaction handling starts a transaction lazily, only before INSERT /
UPDATE / DELETE, and never for DDL (so a schema was created statement by statement and a kill
left half a schema). SQLAlchemy's documented recipe turns that off and emits BEGIN itself; a
writer's BEGIN is `BEGIN IMMEDIATE`, which takes the write lock at once, so the reads that follow
see the last committed state and nobody can commit in between. A second writer waits
(busy_timeout) and then gets a plain "another program is writing" message.

The county server (PostgreSQL): a writer's first statement takes a transaction-scoped advisory
lock (`pg_advisory_xact_lock`), the server's BEGIN IMMEDIATE: writers queue behind each other on
every PC of the office, and the server releases the lock at commit, at rollback and when a PC's
connection drops, so a crash never leaves it stuck. Writers stay READ COMMITTED, not
SERIALIZABLE: a serializable snapshot would be taken by that very first statement, before the
wait, and the writer would then decide from the state before the previous writer committed.
Under READ COMMITTED every statement after the lock sees everything committed before it.
"""

from __future__ import annotations

import sqlite3
from typing import Any

from sqlalchemy import Connection, Engine, event

# Execution option carried by the writer engine; the begin hook reads it.
_WRITE = "emergency_desk_write"


def _sqlite_connect(dbapi_conn: sqlite3.Connection, _record: Any) -> None:
    # Stop pysqlite from beginning (and committing around DDL) on its own.
    dbapi_conn.isolation_level = None


def _sqlite_begin(conn: Connection) -> None:
    conn.exec_driver_sql("BEGIN IMMEDIATE" if conn.get_execution_options().get(_WRITE)
                         else "BEGIN")


# How long a writer waits for the one before it (a big import) before giving up with a plain
# message; the same as the SQLite write lock's wait (data/write_lock.py).
PG_WAIT_MS = 60_000


def _pg_begin(conn: Connection) -> None:
    if conn.get_execution_options().get(_WRITE):
        from emergency_desk.data.server import WRITE_LOCK_KEY

        conn.exec_driver_sql(f"SET LOCAL lock_timeout = {PG_WAIT_MS}")
        conn.exec_driver_sql(f"SELECT pg_advisory_xact_lock({WRITE_LOCK_KEY})")


def install(engine: Engine) -> None:
    """Make `engine` start its transactions explicitly (call once, right after creating it)."""
    if engine.dialect.name == "sqlite":
        event.listen(engine, "connect", _sqlite_connect)
        event.listen(engine, "begin", _sqlite_begin)
    elif engine.dialect.name == "postgresql":
        event.listen(engine, "begin", _pg_begin)


def writer(engine: Engine) -> Engine:
    """The same engine (same pool) whose transactions are writing ones."""
    return engine.execution_options(**{_WRITE: True})
