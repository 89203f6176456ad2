"""The county server this PC connects to, saved by the window (设置 / 第一次使用 →
连接单位服务器) in `server.json` in the user's data folder, so that the shortcut, the window
and `emergency-desk` without --db all open the server.

The password is kept there too, readable only by the Windows user (like the database file a
township keeps in the same folder); an office that prefers not to can leave it empty and use
PostgreSQL's own password file (pgpass.conf), which psycopg reads.
"""

from __future__ import annotations

import contextlib
import json
import logging
import os
from pathlib import Path

from emergency_desk.data.server import DEFAULT_PORT, ServerAddress, address

log = logging.getLogger(__name__)


def config_path() -> Path:
    from emergency_desk.paths import data_dir

    return data_dir() / "server.json"


def load() -> ServerAddress | None:
    path = config_path()
    if not path.is_file():
        return None
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
        return address(str(raw["host"]), int(raw.get("port") or DEFAULT_PORT),
                       str(raw["database"]), str(raw.get("user") or ""),
                       str(raw.get("password") or ""))
    except (OSError, ValueError, KeyError, TypeError):
        log.warning("ignoring an unreadable %s", path, exc_info=True)
        return None


def save(addr: ServerAddress) -> Path:
    """Remember `addr` for this Windows user; written whole or not at all."""
    path = config_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(path.name + ".part")
    data = {"host": addr.host, "port": addr.port, "database": addr.database, "user": addr.user,
            "password": addr.url.password or ""}
    tmp.write_text(json.dumps(data, ensure_ascii=False, indent=2), encoding="utf-8")
    with contextlib.suppress(OSError):
        os.chmod(tmp, 0o600)
    os.replace(tmp, path)
    return path


def forget() -> None:
    """Back to the file on this PC (设置 → 改用本机数据库文件)."""
    with contextlib.suppress(FileNotFoundError):
        config_path().unlink()
