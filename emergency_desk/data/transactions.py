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

The county server (PostgreSQL) will get its equivalent here: writers run at SERIALIZABLE
through the same `writer()` engine, so the services need not know the engine.
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


def install(engine: Engine) -> None:
    """Make `engine` start its transactions explicitly (call once, right after creating it)."""
    if engine.dialect.name == "sqlite":
        event.listen(engine, "connect", _sqlite_connect)
        event.listen(engine, "begin", _sqlite_begin)


def writer(engine: Engine) -> Engine:
    """The same engine (same pool) whose transactions are writing ones."""
    if engine.dialect.name == "sqlite":
        return engine.execution_options(**{_WRITE: True})
    return engine.execution_options(isolation_level="SERIALIZABLE")
