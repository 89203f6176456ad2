"""Open the county server's database: refuse a foreign or newer one, back up, then migrate.

The same order as a file (data/migrate.py): check before writing, copy before migrating. The
whole upgrade is one transaction (PostgreSQL's DDL is transactional), taken under an advisory
lock so that two PCs starting the new version at the same moment migrate once, not twice.
"""

from __future__ import annotations

import logging

from sqlalchemy import inspect
from sqlalchemy.exc import DBAPIError

from emergency_desk.data import server_backup, transactions
from emergency_desk.data.db import Database
from emergency_desk.data.schema_file import alembic_config, head_revision, known_revisions
from emergency_desk.data.server import MIGRATE_LOCK_KEY, ServerAddress, server_problem
from emergency_desk.errors import DatabaseDamaged, DatabaseTooNew
from emergency_desk.i18n import t

log = logging.getLogger(__name__)


def _revision(db: Database, addr: ServerAddress) -> str | None:
    """The schema revision on the server (None for an empty database); refuses a database
    that holds someone else's tables."""
    from alembic.runtime.migration import MigrationContext  # (a file's opening never needs it)

    with db.engine.connect() as conn:
        current = MigrationContext.configure(conn).get_current_revision()
        if current is None:
            tables = set(inspect(conn).get_table_names()) - {"alembic_version"}
            if tables:
                raise DatabaseDamaged(t(
                    "服务器 {where} 上的数据库“{name}”里已有别的表（如 {tables}），"
                    "不是应急资源台账的数据库，程序没有改动它。请服务器管理员为本程序单独建立一个空数据库。",
                    where=addr.where, name=addr.database, tables="、".join(sorted(tables)[:3])))
        return current


def open_server(addr: ServerAddress) -> Database:
    """Connect, check and migrate; return the open database. Raises KnownError subclasses,
    with a plain message for an unreachable server or a wrong password."""
    db = Database(addr.placeholder_path(), server=addr)
    try:
        current = _revision(db, addr)
        if current is not None and current not in known_revisions():
            raise DatabaseTooNew(t(
                "服务器 {where} 上的数据库由更新版本的程序升级过（版本 {rev}），本程序不能打开它。"
                "请安装最新版本。", where=addr.where, rev=current))
        head = head_revision()
        if current != head:
            if current is not None:
                kept = server_backup.backup_before_migration(db)
                log.info("before migrating %s -> %s: %s", current, head, kept or "no pg_dump")
            with transactions.writer(db.engine).begin() as conn:
                conn.exec_driver_sql(f"SELECT pg_advisory_xact_lock({MIGRATE_LOCK_KEY})")
                # Another PC may have migrated while this one waited for the lock.
                from alembic import command
                from alembic.runtime.migration import MigrationContext

                if MigrationContext.configure(conn).get_current_revision() != head:
                    cfg = alembic_config()
                    cfg.attributes["connection"] = conn
                    command.upgrade(cfg, "head")
    except DBAPIError as exc:
        db.dispose()
        problem = server_problem(exc, addr)
        if problem is None:
            raise
        raise problem from exc
    except Exception:  # a refusal above, or a bug: never leave the pool open
        db.dispose()
        raise
    return db
