"""Where the office's database is: a SQLite file (the default, and all a township needs) or the
county server (a postgresql:// URL, issue 19). The command line and the window resolve
`--db`, EMERGENCY_DESK_DB and the saved server connection (data/server_config.py) here, once."""

from __future__ import annotations

import os
from pathlib import Path

from emergency_desk.data import server_config
from emergency_desk.data.server import ServerAddress, is_server, parse

Target = Path | ServerAddress


def resolve(db_arg: str | None) -> Target:
    """`--db` (a file or a server URL), else EMERGENCY_DESK_DB, else the server this PC was
    connected to (设置 → 连接单位服务器), else the default file in the user data folder."""
    from emergency_desk.paths import default_db_path

    if db_arg:
        return parse(db_arg) if is_server(db_arg) else Path(db_arg).expanduser()
    env = os.environ.get("EMERGENCY_DESK_DB")
    if is_server(env):
        assert env is not None
        return parse(env)
    if not env:
        saved = server_config.load()
        if saved is not None:
            return saved
    return default_db_path()


def roles_enabled_at(target: Target) -> bool:
    """Whether users and roles are on, without creating or migrating a file. A server is
    opened (and migrated) like any start of the program; a file is only peeked at."""
    from emergency_desk.data import access
    from emergency_desk.data.migrate import open_database

    if isinstance(target, Path):
        return access.roles_enabled_in_file(target)
    db = open_database(target)
    try:
        return access.roles_enabled(db)
    finally:
        db.dispose()
