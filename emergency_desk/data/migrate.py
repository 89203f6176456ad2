"""Open an office database: refuse foreign, damaged or newer files, back up, then migrate.

Order matters for "nothing lost": we check before we write, and we copy the file before any
migration touches it.
"""

from __future__ import annotations

import logging
import sqlite3
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy.exc import DBAPIError

from emergency_desk.data import backup, transactions, write_lock
from emergency_desk.data.db import (
    APPLICATION_ID,
    Database,
    folder_read_only,
    read_only_message,
    readonly_uri,
    storage_problem,
    too_long_for_sqlite,
)
from emergency_desk.errors import DatabaseDamaged, DatabaseTooNew, EnvironmentProblem
from emergency_desk.i18n import t

log = logging.getLogger(__name__)
MIGRATIONS = Path(__file__).resolve().parent / "migrations"


def alembic_config() -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    return cfg


def head_revision() -> str:
    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert head is not None
    return head


def known_revisions() -> set[str]:
    return {s.revision for s in ScriptDirectory.from_config(alembic_config()).walk_revisions()}


def restore_advice(path: Path) -> str:
    """What to do about a damaged database: name the newest good backup when there is one."""
    good = backup.latest_good_backup(path) if path.parent.is_dir() else None
    if good is None:
        return t("请用“恢复”选择一份备份文件（emergency-desk restore 备份文件）。")
    return t("最近的完好备份是 {path}（{at}）。恢复命令：emergency-desk restore \"{path}\"",
             path=good.path, at=good.taken_at.strftime("%Y-%m-%d %H:%M"))


def inspect_file(path: Path) -> str | None:
    """Return the file's schema revision (None for a new/empty file) or raise a KnownError."""
    if not path.exists() or path.stat().st_size == 0:
        return None
    read_only = folder_read_only(path)
    if not read_only:
        _recover_wal(path)
    try:
        con = sqlite3.connect(readonly_uri(path, immutable=read_only), uri=True)
    except sqlite3.Error as exc:
        raise EnvironmentProblem(t("无法打开数据库文件 {path}：{err}", path=path, err=exc)) from exc
    try:
        ok = con.execute("PRAGMA quick_check").fetchone()[0]
        if ok != "ok":
            raise DatabaseDamaged(t("数据库文件已损坏（{detail}）。{advice}", detail=ok,
                                    advice=restore_advice(path)))
        app_id = con.execute("PRAGMA application_id").fetchone()[0]
        tables = {r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        if app_id != APPLICATION_ID and tables:
            raise DatabaseDamaged(t("{path} 不是应急资源台账的数据库，程序没有打开它。", path=path))
        if "alembic_version" not in tables:
            if tables:
                _half_made(con, path, tables)
            return None
        row = con.execute("SELECT version_num FROM alembic_version").fetchone()
        return row[0] if row else None
    except sqlite3.DatabaseError as exc:
        raise DatabaseDamaged(
            t("{path} 不是有效的数据库文件或已损坏（{err}）。{advice}",
              path=path, err=exc, advice=restore_advice(path))) from exc
    finally:
        con.close()


def _recover_wal(path: Path) -> None:
    """A process killed while writing leaves a WAL that a read-only connection cannot replay
    ("attempt to write a readonly database"): let one read-write connection recover it first,
    as SQLite does on any normal open. Recovery only completes committed transactions."""
    if not path.with_name(path.name + "-wal").exists():
        return
    try:
        con = sqlite3.connect(path)
        try:
            con.execute("SELECT count(*) FROM sqlite_master").fetchone()
        finally:
            con.close()
    except sqlite3.Error:
        log.info("could not recover the WAL of %s; inspecting as it is", path, exc_info=True)


def _half_made(con: sqlite3.Connection, path: Path, tables: set[str]) -> None:
    """Our tables but no schema version: a first start killed by an older version, which
    created the schema statement by statement. With no rows it is set aside (never deleted)
    and rebuilt; with rows it is not ours to guess about."""
    rows = sum(con.execute(f'SELECT count(*) FROM "{name}"').fetchone()[0]
               for name in tables if not name.startswith("sqlite_"))
    if rows:
        raise DatabaseDamaged(t("数据库文件 {path} 不完整（缺少版本信息）。{advice}",
                                path=path, advice=restore_advice(path)))
    raise HalfMade(t("数据库文件 {path} 是一次未完成的新建（程序在建库时被中断），没有数据。",
                     path=path))


class HalfMade(DatabaseDamaged):
    """An empty, half-created schema: safe to set aside and rebuild; refused as a backup."""


def _inspect_or_rebuild(path: Path) -> str | None:
    try:
        return inspect_file(path)
    except HalfMade:
        kept = backup.set_aside(path, "incomplete")
        log.warning("set aside a half-created database %s as %s", path, kept)
        return None


def open_database(path: Path) -> Database:
    """Create or migrate the file at `path` and return it open. Raises KnownError subclasses."""
    path = Path(path)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise EnvironmentProblem(t("无法创建文件夹 {path}：{err}", path=path.parent,
                                   err=exc.strerror)) from exc
    if folder_read_only(path):
        return _open_read_only(path)
    removed = backup.clean_leftovers(path)
    if removed:
        log.info("removed %d leftover partial copies: %s", len(removed), removed)
    current = _inspect_or_rebuild(path)
    head = head_revision()
    if current is not None and current not in known_revisions():
        raise DatabaseTooNew(t(
            "数据库 {path} 由更新版本的程序创建（版本 {rev}），本程序不能打开它。请安装最新版本。",
            path=path, rev=current))
    if current is not None and current != head:
        copy = backup.make_backup(path, reason="before-migration")
        log.info("backed up %s to %s before migrating %s -> %s", path, copy, current, head)
    db = Database(path)
    if current != head:
        try:
            # One transaction for the whole schema: a kill leaves all of it or nothing.
            with write_lock.held(path), transactions.writer(db.engine).begin() as conn:
                conn.exec_driver_sql(f"PRAGMA application_id={APPLICATION_ID}")
                cfg = alembic_config()
                cfg.attributes["connection"] = conn
                command.upgrade(cfg, "head")
        except DBAPIError as exc:  # read-only folder, disk full, path too long for SQLite
            db.dispose()
            plain = storage_problem(exc, path)
            message = plain.message if plain is not None else \
                t("无法写入数据库 {path}：{err}", path=path, err=exc.orig or exc)
            if too_long_for_sqlite(path):
                message += t("路径太长，请把数据库放在路径较短的文件夹中（如 D:\\应急台账）。")
            raise EnvironmentProblem(message) from exc
    return db


def _open_read_only(path: Path) -> Database:
    """A database on a read-only disk: checked and opened as it is, never migrated, never
    called damaged for being unwritable (issue 18: the window offered to replace it)."""
    current = inspect_file(path)
    if current != head_revision():
        raise EnvironmentProblem(read_only_message(path) + t(
            "此外，它需要升级到本程序的版本才能打开，而只读的文件不能升级。"))
    log.info("opening %s read-only: its folder cannot be written", path)
    return Database(path, read_only=True)


def schema_revision(db: Database) -> str | None:
    with db.engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()
