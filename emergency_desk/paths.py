"""Where files live: the user data folder (platformdirs) unless told otherwise, and the files the
program ships (fonts, icons, translations) through `resource(name)`.

Portable mode: an installed program (PyInstaller build) with a file named `portable.txt`
beside its executable keeps its data and logs in a `data` folder beside the program instead,
so it can run from a USB stick. It never applies to the source tree or a pip install.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

import platformdirs

APP_NAME = "EmergencyDesk"
APP_AUTHOR = "EmergencyDesk"
PORTABLE_FLAG = "portable.txt"

_PACKAGE = Path(__file__).resolve().parent
# Where the top-level resources/ folder is, in the order looked at: an installed program (a wheel
# puts it inside the package, see setup.py; the PyInstaller spec copies it to the same place),
# then the source tree (a checkout, or an editable install, whose package is the source folder).
_RESOURCE_ROOTS = (_PACKAGE / "resources", _PACKAGE.parent / "resources")


def resource(name: str) -> Path:
    """A file the program ships, by its path under resources/, e.g. "fonts/x.ttf".

    Real files, not a Qt resource module: reportlab and matplotlib open fonts by file name.
    The first root holding the file wins; when none does, the source-tree path is returned so
    that the caller's error message names where the file belongs.
    """
    for root in _RESOURCE_ROOTS:
        path = root / name
        if path.exists():
            return path
    return _RESOURCE_ROOTS[-1] / name


FONT_FILE = resource("fonts/DroidSansFallbackFull.ttf")
FONT_FAMILY = "Droid Sans Fallback"
ICON_FILE = resource("icons/emergency_desk.png")  # made by tools/make_icon.py


def portable_dir() -> Path | None:
    """`<program folder>/data` when the frozen program has the portable flag file, else None."""
    if not getattr(sys, "frozen", False):
        return None
    program = Path(sys.executable).resolve().parent
    return program / "data" if (program / PORTABLE_FLAG).is_file() else None


def data_dir() -> Path:
    portable = portable_dir()
    d = portable or Path(platformdirs.user_data_dir(APP_NAME, APP_AUTHOR))
    d.mkdir(parents=True, exist_ok=True)
    return d


def log_dir() -> Path:
    portable = portable_dir()
    d = portable / "logs" if portable else Path(platformdirs.user_log_dir(APP_NAME, APP_AUTHOR))
    d.mkdir(parents=True, exist_ok=True)
    return d


def cache_dir() -> Path:
    """Files the program can make again from what it ships (services/pinyin_table.py)."""
    portable = portable_dir()
    d = portable / "cache" if portable else Path(
        platformdirs.user_cache_dir(APP_NAME, APP_AUTHOR))
    d.mkdir(parents=True, exist_ok=True)
    return d


def default_db_path() -> Path:
    env = os.environ.get("EMERGENCY_DESK_DB")
    if env:
        return Path(env)
    return data_dir() / "emergency_desk.sqlite3"


def demo_db_path(db_path: Path | None = None) -> Path:
    """The demo county's own file beside the office's database (emergency_desk-demo.sqlite3),
    so that looking at the demo never mixes it into the office's real registers."""
    base = db_path or default_db_path()
    if base.stem.endswith("-demo"):
        return base
    return base.with_name(f"{base.stem}-demo{base.suffix or '.sqlite3'}")


def backup_dir_for(db_path: Path) -> Path:
    """Backups sit beside the database so that copying one folder copies everything."""
    return db_path.parent / "backups"
