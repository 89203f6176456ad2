"""Where files live: the user data folder (platformdirs) unless told otherwise."""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

APP_NAME = "EmergencyDesk"
APP_AUTHOR = "EmergencyDesk"
RESOURCES = Path(__file__).resolve().parent / "resources"
FONT_FILE = RESOURCES / "fonts" / "DroidSansFallbackFull.ttf"
FONT_FAMILY = "Droid Sans Fallback"


def data_dir() -> Path:
    d = Path(platformdirs.user_data_dir(APP_NAME, APP_AUTHOR))
    d.mkdir(parents=True, exist_ok=True)
    return d


def log_dir() -> Path:
    d = Path(platformdirs.user_log_dir(APP_NAME, APP_AUTHOR))
    d.mkdir(parents=True, exist_ok=True)
    return d


def default_db_path() -> Path:
    env = os.environ.get("EMERGENCY_DESK_DB")
    if env:
        return Path(env)
    return data_dir() / "emergency_desk.sqlite3"


def backup_dir_for(db_path: Path) -> Path:
    """Backups sit beside the database so that copying one folder copies everything."""
    return db_path.parent / "backups"
