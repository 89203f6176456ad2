"""Backups of the county server with PostgreSQL's own tools, pg_dump and pg_restore.

Where SQLite copies its file, the server is dumped: `pg_dump --format=custom` into a file on
this PC, written to a temporary name and renamed, so a pulled stick leaves a whole dump or none.
A PC without the client tools cannot do it, and says so plainly: the server's own backups (the
administrator's daily pg_dump, see the user guide) then protect the data. A restore checks the
file (a pg_dump archive of this program, not from a newer version), keeps the current data as a
dump first, and replaces everything in one transaction (`--single-transaction`): a failure
leaves the server as it was.
"""

from __future__ import annotations

import contextlib
import os
import re
import shutil
import subprocess
from datetime import datetime
from pathlib import Path

from sqlalchemy import column, insert, select, table

from emergency_desk.data import access, audit
from emergency_desk.data.db import Database
from emergency_desk.data.schema_file import known_revisions
from emergency_desk.data.server import CONNECT_SECONDS, ServerAddress
from emergency_desk.errors import EnvironmentProblem
from emergency_desk.i18n import t
from emergency_desk.paths import backup_dir_for

SUFFIX = ".pgdump"
_COLUMNS = ("at", "user", "action", "table_name", "record_id", "record_uuid", "summary",
            "changes")
_AUDIT = table("audit_log", *(column(c) for c in _COLUMNS))
_TIMEOUT = 3600  # a county's registers dump in seconds; an hour means the network is gone


def tool(name: str) -> str | None:
    """pg_dump / pg_restore on PATH (the PostgreSQL client tools), or None."""
    return shutil.which(name)


def missing_tool_message(addr: ServerAddress, name: str) -> str:
    return t("这台电脑上没有 PostgreSQL 的 {tool} 工具，"
             "不能从这里备份或恢复单位服务器 {where} 上的数据。"
             "服务器上的数据由服务器自己的备份保护：请服务器管理员确认每天的备份（见使用指南"
             "“县级单位服务器”）。需要在这台电脑上备份时，请安装 PostgreSQL 客户端工具，"
             "并把 {tool} 所在的文件夹加入 PATH。", tool=name, where=addr.where)


def _env(addr: ServerAddress) -> dict[str, str]:
    env = dict(os.environ)
    if addr.url.password:
        env["PGPASSWORD"] = str(addr.url.password)
    env["PGCONNECT_TIMEOUT"] = str(CONNECT_SECONDS)
    return env


def _target(addr: ServerAddress) -> list[str]:
    args = ["--host", addr.host, "--port", str(addr.port), "--dbname", addr.database]
    return args + (["--username", addr.user] if addr.user else [])


def _run(args: list[str], addr: ServerAddress) -> subprocess.CompletedProcess[str]:
    try:
        return subprocess.run(args, env=_env(addr), capture_output=True, text=True,
                              timeout=_TIMEOUT, check=False)
    except (OSError, subprocess.TimeoutExpired) as exc:
        raise EnvironmentProblem(t("无法运行 {tool}：{err}", tool=Path(args[0]).name,
                                   err=exc)) from exc


def dump(db: Database, dest: Path) -> Path:
    """Write the server's database to `dest` (pg_dump, custom format). Returns `dest`."""
    addr = _server(db)
    exe = tool("pg_dump")
    if exe is None:
        raise EnvironmentProblem(missing_tool_message(addr, "pg_dump"))
    tmp = dest.with_name(dest.name + ".part")
    try:
        dest.parent.mkdir(parents=True, exist_ok=True)
        done = _run([exe, "--format=custom", "--no-owner", "--no-privileges",
                     "--file", str(tmp), *_target(addr)], addr)
        if done.returncode != 0:
            raise EnvironmentProblem(t(
                "备份没有完成，服务器上的数据未受影响：{err}。请检查服务器 {where} 是否可以连接、"
                "目标磁盘是否有足够空间。", err=_first_line(done.stderr), where=addr.where))
        with open(tmp, "rb+") as fh:
            os.fsync(fh.fileno())
        os.replace(tmp, dest)
    except OSError as exc:
        raise EnvironmentProblem(t("备份没有完成，服务器上的数据未受影响：{err}。"
                                   "请检查目标磁盘是否已插好、是否有足够空间。", err=exc)) from exc
    finally:
        with contextlib.suppress(OSError):
            tmp.unlink(missing_ok=True)
    return dest


def rotation_name(db: Database, reason: str) -> Path:
    """A new file in this PC's backups folder for the server."""
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    folder = backup_dir_for(db.path)
    dest = folder / f"{_server(db).database}-{stamp}-{reason}{SUFFIX}"
    n = 1
    while dest.exists():
        n += 1
        dest = folder / f"{_server(db).database}-{stamp}-{reason}-{n}{SUFFIX}"
    return dest


def backup_before_migration(db: Database) -> Path | None:
    """A dump before this program upgrades the server's schema, where pg_dump is at hand;
    without it the server's own backups are what protects the data (None)."""
    if tool("pg_dump") is None:
        return None
    return dump(db, rotation_name(db, "before-migration"))


def archive_revision(source: Path, addr: ServerAddress) -> str:
    """The schema revision inside a pg_dump archive; refuses anything else plainly."""
    exe = tool("pg_restore")
    if exe is None:
        raise EnvironmentProblem(missing_tool_message(addr, "pg_restore"))
    if not source.is_file():
        raise EnvironmentProblem(t("找不到备份文件 {path}。", path=source))
    done = _run([exe, "--data-only", "--table=alembic_version", "--file=-", str(source)], addr)
    found = re.findall(r"^(\w+)$", done.stdout, flags=re.MULTILINE) if done.returncode == 0 \
        else []
    if not found:
        raise EnvironmentProblem(t(
            "{path} 不是本程序从单位服务器备份出的文件（pg_dump 备份），"
            "没有恢复，服务器上的数据未改动。",
            path=source))
    return found[-1]


def restore(db: Database, source: Path) -> Path:
    """Replace everything on the server with the dump `source`; returns the safety dump of the
    data it replaced. As with a file (data/audit_carry.py), the audit log survives: rows the
    backup lacks are carried over, with one row recording the restore. `db` is disposed; the
    caller opens the server again."""
    from emergency_desk.data.server_open import open_server

    addr = _server(db)
    revision = archive_revision(source, addr)
    if revision not in known_revisions():
        raise EnvironmentProblem(t("备份 {path} 来自更新版本的程序，不能恢复。请安装最新版本。",
                                   path=source))
    safety = dump(db, rotation_name(db, "before-restore"))
    with db.read() as s:
        carried = [tuple(r) for r in s.execute(select(*_AUDIT.c).order_by(_AUDIT.c.at))]
    db.dispose()  # pg_restore drops the tables: no idle connection of ours may hold them
    done = _run([str(tool("pg_restore")), "--clean", "--if-exists", "--single-transaction",
                 "--no-owner", "--no-privileges", *_target(addr), str(source)], addr)
    if done.returncode != 0:
        raise EnvironmentProblem(t("恢复没有完成，服务器上的数据保持原样：{err}",
                                   err=_first_line(done.stderr)))
    restored = open_server(addr)  # migrates a backup taken by an older version
    try:
        with access.system(), restored.begin() as s:
            have = {tuple(r) for r in s.execute(select(*_AUDIT.c))}
            missing = [dict(zip(_COLUMNS, r, strict=True)) for r in carried if r not in have]
            if missing:
                s.execute(insert(_AUDIT), missing)
            audit.record_event(s, "restore-db", "*", f"从备份恢复数据：{source.name}"[:200],
                               {"备份文件": str(source), "恢复前的数据": str(safety),
                                "带回的日志条数": len(missing)})
    finally:
        restored.dispose()
    return safety


def _first_line(text: str) -> str:
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    return lines[0] if lines else "?"


def _server(db: Database) -> ServerAddress:
    if db.server is None:
        raise ValueError("not a server database")
    return db.server
