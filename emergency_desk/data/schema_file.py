"""Is a file one of our databases, and at which schema revision? Read-only checks that both
opening (migrate.py) and restoring (backup.py) make before they touch anything, and the Alembic
scripts they compare with."""

from __future__ import annotations

import functools
import logging
import re
import sqlite3
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from emergency_desk.data.db import APPLICATION_ID
from emergency_desk.data.sqlite_paths import folder_read_only, readonly_uri
from emergency_desk.errors import DatabaseDamaged, EnvironmentProblem
from emergency_desk.i18n import t

if TYPE_CHECKING:
    from alembic.config import Config

log = logging.getLogger(__name__)
MIGRATIONS = Path(__file__).resolve().parent / "migrations"


def alembic_config() -> Config:
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    return cfg


# Alembic writes each script's identity as two plain assignments; reading them from the text
# answers "which revision is newest, which are ours" without importing Alembic, which every
# command and the window paid (≈ 70 ms) only to ask that (issue 20). Anything else in a
# script (a merge's tuple of parents) and Alembic itself is asked.
_IDENTITY = re.compile(
    r"^(revision|down_revision)\s*=\s*(?:'([^']+)'|\"([^\"]+)\"|(None))\s*(?:#.*)?$",
    re.MULTILINE)


@functools.cache
def _script_parents() -> dict[str, str | None] | None:
    """Each revision's parent, from the scripts' text; None when a script is not plain."""
    parents: dict[str, str | None] = {}
    for script in sorted((MIGRATIONS / "versions").glob("*.py")):
        found = {m[1]: m[2] or m[3] for m in _IDENTITY.finditer(script.read_text("utf-8"))}
        if "revision" not in found or "down_revision" not in found or not found["revision"]:
            return None
        parents[str(found["revision"])] = found["down_revision"]
    return parents


def head_revision() -> str:
    parents = _script_parents()
    if parents is not None:
        heads = set(parents) - set(parents.values())
        if len(heads) == 1:
            return heads.pop()
    from alembic.script import ScriptDirectory

    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert head is not None
    return head


def known_revisions() -> set[str]:
    parents = _script_parents()
    if parents is not None:
        return set(parents)
    from alembic.script import ScriptDirectory

    return {s.revision for s in ScriptDirectory.from_config(alembic_config()).walk_revisions()}


def _advice(path: Path, advice: Callable[[Path], str] | None) -> str:
    if advice is not None:
        return advice(path)
    return t("请用“恢复”选择一份备份文件（emergency-desk restore 备份文件）。")


def inspect_file(path: Path, advice: Callable[[Path], str] | None = None, *,
                 thorough: bool = True) -> str | None:
    """Return the file's schema revision (None for a new/empty file) or raise a KnownError.

    `advice(path)` says what to do about a damaged file (data/migrate.py names the newest good
    backup); without it the message points to 恢复 in general. `thorough=False` leaves out
    `PRAGMA quick_check`, which reads every page of the file (0.18 s of a county's 170 MB):
    only for a command that never writes (data/migrate.py `open_database(reading=True)`),
    which meets a damaged page through SQLite's own error instead (`damage_reported`). The
    header, the application id and the schema version are read either way."""
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
        ok = con.execute("PRAGMA quick_check").fetchone()[0] if thorough else "ok"
        if ok != "ok":
            raise DatabaseDamaged(t("数据库文件已损坏（{detail}）。{advice}", detail=ok,
                                    advice=_advice(path, advice)))
        app_id = con.execute("PRAGMA application_id").fetchone()[0]
        tables = {r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        if app_id != APPLICATION_ID and tables:
            raise DatabaseDamaged(t("{path} 不是应急资源台账的数据库，程序没有打开它。", path=path))
        if "alembic_version" not in tables:
            if tables:
                _half_made(con, path, tables, advice)
            return None
        row = con.execute("SELECT version_num FROM alembic_version").fetchone()
        return row[0] if row else None
    except sqlite3.DatabaseError as exc:
        raise DatabaseDamaged(
            t("{path} 不是有效的数据库文件或已损坏（{err}）。{advice}",
              path=path, err=exc, advice=_advice(path, advice))) from exc
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


class HalfMade(DatabaseDamaged):
    """An empty, half-created schema: safe to set aside and rebuild; refused as a backup."""


def _half_made(con: sqlite3.Connection, path: Path, tables: set[str],
               advice: Callable[[Path], str] | None) -> None:
    """Our tables but no schema version: a first start killed by an older version, which
    created the schema statement by statement. With no rows it is set aside (never deleted)
    and rebuilt; with rows it is not ours to guess about."""
    rows = sum(con.execute(f'SELECT count(*) FROM "{name}"').fetchone()[0]
               for name in tables if not name.startswith("sqlite_"))
    if rows:
        raise DatabaseDamaged(t("数据库文件 {path} 不完整（缺少版本信息）。{advice}",
                                path=path, advice=_advice(path, advice)))
    raise HalfMade(t("数据库文件 {path} 是一次未完成的新建（程序在建库时被中断），没有数据。",
                     path=path))
