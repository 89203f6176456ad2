"""How SQLite is given a file: a read-only URI that survives odd folder names, and SQLite's own
path-length limits. Below db.py so that the access rules and backups can use it too."""

from __future__ import annotations

import os
import urllib.parse
from pathlib import Path


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


def too_long_for_sqlite(path: Path) -> bool:
    """SQLite's own path limits: about 260 characters on Windows (MAX_PATH in its win32 file
    layer, even where Windows itself allows long paths) and 512 bytes on Linux."""
    return len(str(path)) > 250 or len(os.fsencode(path)) > 500
