"""Open an office database: refuse foreign, damaged or newer files, back up, then migrate.

Order matters for "nothing lost": we check before we write, and we copy the file before any
migration touches it.
"""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy import Connection
from sqlalchemy.exc import DBAPIError

from emergency_desk.data import backup, schema_file, server_open, transactions, write_lock
from emergency_desk.data.db import APPLICATION_ID, Database, read_only_message, storage_problem
from emergency_desk.data.schema_file import (  # noqa: F401  MIGRATIONS: the spec and tests read it here
    MIGRATIONS,
    HalfMade,
    alembic_config,
    head_revision,
    known_revisions,
)
from emergency_desk.data.server import ServerAddress
from emergency_desk.data.sqlite_paths import folder_read_only, too_long_for_sqlite
from emergency_desk.errors import DatabaseDamaged, DatabaseTooNew, EnvironmentProblem
from emergency_desk.i18n import t

log = logging.getLogger(__name__)


def restore_advice(path: Path) -> str:
    """What to do about a damaged database: name the newest good backup when there is one."""
    good = backup.latest_good_backup(path) if path.parent.is_dir() else None
    if good is None:
        return t("请用“恢复”选择一份备份文件（emergency-desk restore 备份文件）。")
    return t("最近的完好备份是 {path}（{at}）。恢复命令：emergency-desk restore \"{path}\"",
             path=good.path, at=good.taken_at.strftime("%Y-%m-%d %H:%M"))


def inspect_file(path: Path, *, thorough: bool = True) -> str | None:
    """Return the file's schema revision (None for a new/empty file) or raise a KnownError
    whose message names the newest good backup when the file is damaged."""
    return schema_file.inspect_file(path, advice=restore_advice, thorough=thorough)


@contextmanager
def damage_reported(target: Path | ServerAddress) -> Iterator[None]:
    """Around a command opened with `open_database(reading=True)`: a damaged page that SQLite
    meets while reading ("database disk image is malformed") becomes the same plain message,
    with the same advice, as the full check on opening gives. Nothing was written: such a
    command never writes."""
    try:
        yield
    except (DBAPIError, sqlite3.DatabaseError) as exc:
        orig = exc.orig if isinstance(exc, DBAPIError) else exc
        name = str(getattr(orig, "sqlite_errorname", ""))
        if not isinstance(target, Path) or not name.startswith(("SQLITE_CORRUPT",
                                                                "SQLITE_NOTADB")):
            raise
        raise DatabaseDamaged(t("数据库文件已损坏（{detail}）。{advice}", detail=orig,
                                advice=restore_advice(target))) from exc


def _inspect_or_rebuild(path: Path, thorough: bool) -> str | None:
    try:
        return inspect_file(path, thorough=thorough)
    except HalfMade:
        kept = backup.set_aside(path, "incomplete")
        log.warning("set aside a half-created database %s as %s", path, kept)
        return None


def _open_read_only(path: Path, thorough: bool) -> Database:
    """A database on a read-only disk: checked and opened as it is, never migrated, never
    called damaged for being unwritable (issue 18: the window offered to replace it)."""
    current = inspect_file(path, thorough=thorough)
    if current != head_revision():
        raise EnvironmentProblem(read_only_message(path) + t(
            "此外，它需要升级到本程序的版本才能打开，而只读的文件不能升级。"))
    log.info("opening %s read-only: its folder cannot be written", path)
    return Database(path, read_only=True)


def open_database(path: Path | ServerAddress, *, reading: bool = False) -> Database:
    """Create or migrate the file at `path` (or the county server's database) and return it
    open. Raises KnownError subclasses.

    `reading`: for a command that never writes to the database (`check`). The file is not
    read page by page first (`PRAGMA quick_check`, a fifth of a second on a county's file):
    a damaged page is reported when the command meets it, inside `damage_reported`. A file
    that has to be migrated is still checked in full before anything is written to it."""
    if isinstance(path, ServerAddress):
        return server_open.open_server(path)
    path = Path(path)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise EnvironmentProblem(t("无法创建文件夹 {path}：{err}", path=path.parent,
                                   err=exc.strerror)) from exc
    if folder_read_only(path):
        return _open_read_only(path, thorough=not reading)
    removed = backup.clean_leftovers(path)
    if removed:
        log.info("removed %d leftover partial copies: %s", len(removed), removed)
    current = _inspect_or_rebuild(path, thorough=not reading)
    head = head_revision()
    # (The known revisions are read only when the file is not at head: every open paid it.)
    if current is not None and current != head and current not in known_revisions():
        raise DatabaseTooNew(t(
            "数据库 {path} 由更新版本的程序创建（版本 {rev}），本程序不能打开它。请安装最新版本。",
            path=path, rev=current))
    if reading and current is not None and current != head:
        inspect_file(path)  # a migration writes: the whole file is checked first
    if current is not None and current != head:
        copy = backup.make_backup(path, reason="before-migration")
        log.info("backed up %s to %s before migrating %s -> %s", path, copy, current, head)
    db = Database(path)
    if current != head:
        try:
            # One transaction for the whole schema: a kill leaves all of it or nothing.
            with write_lock.held(path), transactions.writer(db.engine).connect() as conn:
                _upgrade(conn, path)
        except DBAPIError as exc:  # read-only folder, disk full, path too long for SQLite
            db.dispose()
            plain = storage_problem(exc, path)
            message = plain.message if plain is not None else \
                t("无法写入数据库 {path}：{err}", path=path, err=exc.orig or exc)
            if too_long_for_sqlite(path):
                message += t("路径太长，请把数据库放在路径较短的文件夹中（如 D:\\应急台账）。")
            raise EnvironmentProblem(message) from exc
    return db


def _upgrade(conn: Connection, path: Path) -> None:
    """Migrate to head in one transaction. Alembic's batch mode rebuilds a table (copy, DROP,
    rename): with foreign keys on, dropping `person` while officers point at it fails (and
    SQLite's deferred mode still counts the drop at COMMIT), so the checks are off for the
    rebuild — a pragma that only takes effect outside a transaction — and the whole file is
    checked with foreign_key_check before the upgrade commits."""
    from alembic import command  # imported only to migrate: every other opening skips it

    raw = conn.connection.driver_connection
    assert raw is not None
    raw.execute("PRAGMA foreign_keys=OFF")
    try:
        with conn.begin():
            conn.exec_driver_sql(f"PRAGMA application_id={APPLICATION_ID}")
            cfg = alembic_config()
            cfg.attributes["connection"] = conn
            command.upgrade(cfg, "head")
            if conn.exec_driver_sql("PRAGMA foreign_key_check").first() is not None:
                raise EnvironmentProblem(t(
                    "升级数据库 {path} 时发现有记录指向不存在的记录，升级已撤销，文件保持原样。"
                    "请把这个文件交给维护人员检查。", path=path))
    finally:
        raw.execute("PRAGMA foreign_keys=ON")


def schema_revision(db: Database) -> str | None:
    from alembic.runtime.migration import MigrationContext

    with db.engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()
