"""The database of an office: a SQLite file (WAL, foreign keys, full durability), or for a county
office the shared PostgreSQL server (data/server.py)."""

from __future__ import annotations

import contextlib
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import URL, Engine, create_engine, event
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session, sessionmaker

from emergency_desk.data import (
    access,
    audit,
    extra,
    region_order,
    transactions,
    versions,
    write_lock,
)
from emergency_desk.data.server import ServerAddress, make_server_engine, server_problem
from emergency_desk.data.sqlite_paths import readonly_uri
from emergency_desk.errors import EnvironmentProblem
from emergency_desk.i18n import t

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
    transactions.install(engine)
    return engine


def read_only_message(path: Path) -> str:
    return t("数据库 {path} 所在的文件夹或磁盘是只读的（如光盘、写保护的 U 盘、只读的共享文件夹），"
             "只能查看和导出，不能修改。需要修改时，请把数据库复制到可写的文件夹。", path=path)


def make_readonly_engine(path: Path) -> Engine:
    uri = readonly_uri(path, immutable=True)
    engine = create_engine(URL.create("sqlite", database=str(path)), future=True,
                           creator=lambda: sqlite3.connect(uri, uri=True,
                                                           check_same_thread=False))
    transactions.install(engine)
    return engine


def storage_problem(exc: BaseException, path: Path) -> EnvironmentProblem | None:
    """A plain message for SQLite failures the user can act on (full disk, read-only folder,
    another writer, a pulled drive); None for anything else, which is a bug."""
    orig = exc.orig if isinstance(exc, DBAPIError) else exc
    name = str(getattr(orig, "sqlite_errorname", ""))
    if name == "SQLITE_FULL":
        text = t("磁盘空间不足，本次没有写入任何内容。请清理磁盘（{path} 所在的盘）后重试。",
                 path=path)
    elif name.startswith(("SQLITE_READONLY", "SQLITE_CANTOPEN", "SQLITE_PERM", "SQLITE_AUTH")):
        text = t("数据库 {path} 或其所在文件夹是只读的（或没有写入权限），本次没有写入任何内容。"
                 "请把数据库放到可写的文件夹。", path=path)
    elif name.startswith(("SQLITE_BUSY", "SQLITE_LOCKED")):
        text = t("数据库 {path} 正被另一个程序写入，本次没有写入任何内容。请稍后重试。", path=path)
    elif name.startswith("SQLITE_IOERR"):
        text = t("读写数据库 {path} 时出错（磁盘或 U 盘可能已拔出），本次没有写入任何内容。"
                 "请检查磁盘后重试。", path=path)
    else:
        return None
    return EnvironmentProblem(text)


class Database:
    """An open office database: the engine and short-lived sessions for the services.

    `server` is set for the county server; `path` is then a place on this PC beside which
    its backups and opened attachments go (ServerAddress.placeholder_path), never a file."""

    def __init__(self, path: Path, engine: Engine | None = None, *,
                 read_only: bool = False, server: ServerAddress | None = None) -> None:
        self.server = server
        self.path = server.placeholder_path() if server is not None else Path(path)
        # On a read-only disk: opened immutable, every write refused with a plain message.
        self.read_only = read_only
        if engine is None:
            if server is not None:
                engine = make_server_engine(server)
            else:
                engine = make_readonly_engine(self.path) if read_only else make_engine(self.path)
        self.engine = engine
        where = self.location
        self._factory = sessionmaker(self.engine, expire_on_commit=False,
                                     info={versions.READING: True, versions.DATABASE: where})
        # Writes go through the writer engine: BEGIN IMMEDIATE (data/transactions.py).
        self._writer = sessionmaker(transactions.writer(self.engine), expire_on_commit=False,
                                    info={versions.DATABASE: where})
        versions.install()
        region_order.install()
        audit.install(self._writer)
        audit.install(self._factory)
        # Whether users and roles are on; None until data/access.py first reads it.
        self.roles_cache: bool | None = None

    @property
    def location(self) -> str:
        """The file, or the server (without its password), as messages and the window name it."""
        return str(self.server) if self.server is not None else str(self.path)

    def problem(self, exc: BaseException) -> EnvironmentProblem | None:
        """A plain message for a storage or server failure; None when it is a bug."""
        if self.server is not None:
            return server_problem(exc, self.server)
        return storage_problem(exc, self.path)

    @contextmanager
    def begin(self) -> Iterator[Session]:
        """One transaction: committed when the block ends, rolled back on any exception.

        Refused before anything is opened when roles are on and the signed-in user may not
        write (data/access.py): every service, importer and command writes through here.
        A full disk or a read-only folder becomes an EnvironmentProblem after the rollback,
        so callers (import, forms, CLI) show a plain message and nothing is half-written.
        """
        if self.read_only:
            raise EnvironmentProblem(read_only_message(self.path))
        access.check_write(self)
        # The server's writers queue on its advisory lock instead (data/transactions.py).
        lock = contextlib.nullcontext() if self.server is not None else \
            write_lock.held(self.path)
        try:
            with lock, self._writer.begin() as session:
                yield session
                extra.apply_staged(session)  # a form's extra fields, in the same commit
        except DBAPIError as exc:
            problem = self.problem(exc)
            if problem is None:
                raise
            raise problem from exc

    def record_event(self, action: str, table_name: str, summary: str,
                     changes: dict[str, Any] | None = None) -> None:
        """An audit row for an action that changes no record (a backup, an export), written
        for whoever is signed in, 只读 users included: being logged is not writing data.
        Nothing on a read-only disk, where nothing can change either."""
        if self.read_only:
            return
        with access.system(), self.begin() as s:
            audit.record_event(s, action, table_name, summary, changes)

    @contextmanager
    def read(self) -> Iterator[Session]:
        """A read-only session (nothing is committed). A server that went away while reading
        becomes the same plain message as on opening."""
        session = self._factory()
        try:
            yield session
        except DBAPIError as exc:
            problem = self.problem(exc) if self.server is not None else None
            if problem is None:
                raise
            raise problem from exc
        finally:
            session.close()

    def dispose(self) -> None:
        self.engine.dispose()
