"""Where the data lives: the user data folder, or beside the program in portable mode."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from emergency_desk import paths


@pytest.fixture
def frozen_program(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """An installed (PyInstaller) program in a folder with Chinese characters and spaces."""
    folder = tmp_path / "应急 台账"
    folder.mkdir()
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "executable", str(folder / "EmergencyDesk.exe"))
    monkeypatch.delenv("EMERGENCY_DESK_DB", raising=False)
    return folder


def test_the_database_is_in_the_user_data_folder(tmp_path: Path,
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("EMERGENCY_DESK_DB")
    db = paths.default_db_path()
    assert db.name == "emergency_desk.sqlite3"
    assert db.parent == paths.data_dir() and db.parent.is_dir()
    assert tmp_path / "xdg-data" in db.parents  # conftest points XDG_DATA_HOME here
    assert paths.portable_dir() is None


def test_installed_program_without_flag_file_uses_the_user_data_folder(
        frozen_program: Path) -> None:
    assert paths.portable_dir() is None
    assert frozen_program not in paths.default_db_path().parents


def test_portable_flag_file_keeps_data_and_logs_beside_the_program(frozen_program: Path) -> None:
    (frozen_program / paths.PORTABLE_FLAG).write_text("", encoding="utf-8")
    assert paths.default_db_path() == frozen_program / "data" / "emergency_desk.sqlite3"
    assert paths.log_dir() == frozen_program / "data" / "logs"
    assert paths.log_dir().is_dir()
    assert paths.backup_dir_for(paths.default_db_path()) == frozen_program / "data" / "backups"


def test_environment_variable_still_wins_in_portable_mode(
        frozen_program: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (frozen_program / paths.PORTABLE_FLAG).write_text("", encoding="utf-8")
    monkeypatch.setenv("EMERGENCY_DESK_DB", str(tmp_path / "其他 位置" / "台账.sqlite3"))
    assert paths.default_db_path() == tmp_path / "其他 位置" / "台账.sqlite3"


def test_the_flag_file_is_ignored_when_running_from_source(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "executable", str(tmp_path / "python.exe"))
    (tmp_path / paths.PORTABLE_FLAG).write_text("", encoding="utf-8")
    assert paths.portable_dir() is None
