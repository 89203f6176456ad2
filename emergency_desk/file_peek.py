"""A look inside an office's database file with plain sqlite3, before the data layer is loaded.

Importing the data layer (SQLAlchemy and every model) takes a second or more on an office PC,
while a bare Qt window paints in a tenth of that. The window's shell paints first when this
look says nothing has to be asked before it (ui/app.py `early_window`): the file exists and
can be written, roles are off (no sign-in) and the office was asked for its county (no first
start). The look never decides anything for good: the window opens the database as always,
and a dialog that turns out to be due after all is shown with the shell hidden.

Nothing here may import emergency_desk.data (its package imports every model).
"""

from __future__ import annotations

import json
import os
import sqlite3
import urllib.parse
from pathlib import Path
from typing import Any

ROLES_KEY = "roles_enabled"  # the setting that switches users and roles on (data/access.py)


def readonly_uri(path: Path, *, immutable: bool = False) -> str:
    """A read-only SQLite URI for `path`, with `#`, `?` and `%` in folder names escaped.
    `immutable` for a file on a read-only disk: SQLite then needs no -wal/-shm files beside it
    (it could not create them) and takes no locks."""
    uri = "file:" + urllib.parse.quote(str(path), safe="/\\:") + "?mode=ro"
    return uri + "&immutable=1" if immutable else uri


def folder_read_only(path: Path) -> bool:
    """Whether an existing database file, or its folder, cannot be written (a CD, a
    write-protected stick, a read-only share). os.access honours read-only mounts, also for
    administrators."""
    return path.exists() and not (os.access(path.parent, os.W_OK) and os.access(path, os.W_OK))


def settings_in_file(path: Path, keys: tuple[str, ...]) -> dict[str, Any] | None:
    """The stored values of these settings (a key left at its default has no row), or None
    when the file is missing or cannot be read as this program's database."""
    if not path.is_file():
        return None
    try:
        con = sqlite3.connect(readonly_uri(path), uri=True)
        try:
            rows = con.execute(f"SELECT key, value FROM setting WHERE key IN "
                               f"({','.join('?' * len(keys))})", keys).fetchall()
        finally:
            con.close()
        return {key: json.loads(value) for key, value in rows}
    except (sqlite3.Error, ValueError):
        return None


def roles_enabled_in_file(path: Path) -> bool:
    """Are roles on? A file that cannot be read here counts as "off"; the writes are still
    checked by `Database.begin()` once it is opened."""
    values = settings_in_file(path, (ROLES_KEY,)) or {}
    return bool(values.get(ROLES_KEY))


def opens_straight_to_window(path: Path) -> bool:
    """Whether no dialog comes before the window on this file: it exists and can be written,
    roles are off and the first start is done (services/regions/county_setup.py
    `first_start_due`: asked once, or the office's name is set)."""
    if folder_read_only(path):
        return False
    values = settings_in_file(path, (ROLES_KEY, "first_start_asked", "office_name"))
    if values is None or values.get(ROLES_KEY):
        return False
    return bool(values.get("first_start_asked")) or bool(str(values.get("office_name")
                                                              or "").strip())


def window_file(db_arg: str | None) -> Path | None:
    """The database file the window opens (data/location.py `resolve`), or None when it is
    the county server or may be: then the window starts as before."""
    from emergency_desk.paths import data_dir, default_db_path

    env = os.environ.get("EMERGENCY_DESK_DB")
    chosen = db_arg or env
    if chosen:
        return None if "://" in chosen else Path(chosen).expanduser()  # a server URL
    # data/server_config.py's file: this PC was connected to the county server.
    if (data_dir() / "server.json").exists():
        return None
    return default_db_path()
