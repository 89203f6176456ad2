"""The SQLite engine: one file per office, WAL, foreign keys, full durability."""

from __future__ import annotations

import os
import sqlite3
import urllib.parse
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import URL, Engine, create_engine, event
from sqlalchemy.orm import Session, sessionmaker

from emergency_desk.data import access, audit

# Marks the file as ours ("EDK1"), so a foreign SQLite file is recognised before we touch it.
APPLICATION_ID = 0x45444B31


def _on_connect(dbapi_conn: sqlite3.Connection, _record: Any) -> None:
    cur = dbapi_conn.cursor()
    cur.execute("PRAGMA foreign_keys=ON")
    cur.execute("PRAGMA busy_timeout=5000")
    # WAL + synchronous=FULL: a power cut loses at most the transaction being written and
    # never corrupts the file.
    cur.execute("PRAGMA journal_mode=WAL")
    cur.execute("PRAGMA synchronous=FULL")
    cur.close()


def make_engine(path: Path) -> Engine:
    # URL.create, not a "sqlite:///…" string: a folder named like "资料 %20" or "a?b" must not
    # be decoded or cut by URL parsing.
    engine = create_engine(URL.create("sqlite", database=str(path)), future=True)
    event.listen(engine, "connect", _on_connect)
    return engine


def readonly_uri(path: Path) -> str:
    """A read-only SQLite URI for `path`, with `#`, `?` and `%` in folder names escaped."""
    return "file:" + urllib.parse.quote(str(path), safe="/\\:") + "?mode=ro"


def too_long_for_sqlite(path: Path) -> bool:
    """SQLite's own path limits: about 260 characters on Windows (MAX_PATH in its win32 file
    layer, even where Windows itself allows long paths) and 512 bytes on Linux."""
    return len(str(path)) > 250 or len(os.fsencode(path)) > 500


class Database:
    """An open office database: the engine and short-lived sessions for the services."""

    def __init__(self, path: Path, engine: Engine | None = None) -> None:
        self.path = Path(path)
        self.engine = engine or make_engine(self.path)
        self._factory = sessionmaker(self.engine, expire_on_commit=False)
        audit.install(self._factory)
        # Whether users and roles are on; None until data/access.py first reads it.
        self.roles_cache: bool | None = None

    @contextmanager
    def begin(self) -> Iterator[Session]:
        """One transaction: committed when the block ends, rolled back on any exception.

        Refused before anything is opened when roles are on and the signed-in user may not
        write (data/access.py): every service, importer and command writes through here."""
        access.check_write(self)
        with self._factory.begin() as session:
            yield session

    @contextmanager
    def read(self) -> Iterator[Session]:
        """A read-only session (nothing is committed)."""
        session = self._factory()
        try:
            yield session
        finally:
            session.close()

    def dispose(self) -> None:
        self.engine.dispose()
