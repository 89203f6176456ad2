"""Shared fixtures: a fresh migrated database per test; Qt runs offscreen."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("MPLBACKEND", "Agg")
# QSettings (window geometry, last page) must not read or write the developer's own profile.
os.environ["XDG_CONFIG_HOME"] = tempfile.mkdtemp(prefix="emergency-desk-test-config-")

from emergency_desk import i18n
from emergency_desk.data.db import Database
from emergency_desk.data.migrate import open_database


@pytest.fixture(autouse=True)
def _isolate(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Each test gets its own data folder and the default (Chinese) language."""
    monkeypatch.setenv("EMERGENCY_DESK_DB", str(tmp_path / "office.sqlite3"))
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg-data"))
    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path / "xdg-state"))
    i18n.set_language("zh_CN")
    yield
    i18n.set_language("zh_CN")


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "office.sqlite3"


@pytest.fixture
def db(db_path: Path) -> Iterator[Database]:
    database = open_database(db_path)
    yield database
    database.dispose()
