"""How SQLite is given a file: a read-only URI that survives odd folder names, and SQLite's own
path-length limits. Below db.py so that the access rules and backups can use it too."""

from __future__ import annotations

import os
from pathlib import Path

# Below the data layer too: the window's first paint peeks at the file before it is loaded.
from emergency_desk.file_peek import folder_read_only, readonly_uri  # noqa: F401


def too_long_for_sqlite(path: Path) -> bool:
    """SQLite's own path limits: about 260 characters on Windows (MAX_PATH in its win32 file
    layer, even where Windows itself allows long paths) and 512 bytes on Linux."""
    return len(str(path)) > 250 or len(os.fsencode(path)) > 500
