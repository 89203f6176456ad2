"""Issue 20, deliverable 4: the main window's shell paints before the data layer is imported and
the database opened (ui/app.py `early_window`), whenever no dialog has to come first; when one
does (sign-in, first start, a damaged or newer file), it comes alone, as before."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
import shiboken6
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication, QMessageBox

from emergency_desk import file_peek
from emergency_desk.data import access
from emergency_desk.data.db import Database
from emergency_desk.data.migrate import open_database
from emergency_desk.services.settings import SettingsService
from emergency_desk.ui import app as app_module

pytestmark = pytest.mark.gui


@pytest.fixture
def office_file(db: Database) -> Path:
    """An office's everyday database: named, so no first start is due; no roles."""
    SettingsService(db).set("office_name", "黟县应急管理局")
    path = db.path
    db.dispose()
    return path


@pytest.fixture(autouse=True)
def _no_shell_left() -> Any:
    yield
    if app_module._SHELL is not None:  # a test that failed half-way
        window, _times, lock, _path = app_module._SHELL
        app_module._SHELL = None
        lock.unlock()
        window.close()
    # A closed window remembers its size and page: the next test's window must not.
    QSettings().remove("main")


def test_the_window_module_loads_without_the_data_layer() -> None:
    code = ("import sys, emergency_desk.file_peek, emergency_desk.ui.app, "
            "emergency_desk.ui.main_window;"
            "print(sorted(m for m in sys.modules if m.startswith(('sqlalchemy', "
            "'emergency_desk.data', 'emergency_desk.services', 'emergency_desk.cli'))))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True, env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    assert out.stdout.strip() == "[]"


def test_the_peek_tells_when_a_dialog_comes_first(db: Database, tmp_path: Path) -> None:
    assert not file_peek.opens_straight_to_window(tmp_path / "none.sqlite3")  # first start
    assert not file_peek.opens_straight_to_window(db.path)  # no office name, never asked
    SettingsService(db).set("office_name", "黟县应急管理局")
    assert file_peek.opens_straight_to_window(db.path)
    junk = tmp_path / "junk.sqlite3"
    junk.write_bytes(b"not a database" * 100)
    assert not file_peek.opens_straight_to_window(junk)
    assert file_peek.window_file("postgresql://u@server/county") is None
    assert file_peek.window_file(str(db.path)) == db.path


def test_the_shell_paints_before_the_database_is_opened(
        qtbot: Any, office_file: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from emergency_desk.data import migrate

    assert app_module.early_window("zh_CN", str(office_file))
    assert app_module._SHELL is not None
    shell, times, _lock, _path = app_module._SHELL
    qtbot.waitUntil(lambda: "window_painted" in times.times, timeout=10_000)
    seen: list[tuple[bool, bool]] = []
    real_open = migrate.open_database

    def watching(target: Any, *a: Any, **k: Any) -> Database:
        seen.append((shell.isVisible(), "dashboard" in shell.pages))
        return real_open(target, *a, **k)

    monkeypatch.setattr(migrate, "open_database", watching)
    windows: list[Any] = []

    def run(_app: Any) -> int:
        windows.append(next(w for w in QApplication.topLevelWidgets()
                            if w.objectName() == "main_window" and w.isVisible()))
        return 0

    monkeypatch.setattr(QApplication, "exec", run)
    assert app_module.run_gui(office_file) == 0
    # Opened while the shell was on screen with no page built; then the same window got it.
    assert seen == [(True, False)]
    assert windows == [shell]
    assert "dashboard" in shell.pages and shell.menuBar().isEnabled()
    assert "黟县应急管理局" in shell.windowTitle()
    shell.close()


def test_a_page_chosen_while_the_database_opens_is_the_one_shown(
        qtbot: Any, office_file: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    assert app_module.early_window("zh_CN", str(office_file))
    assert app_module._SHELL is not None
    shell = app_module._SHELL[0]
    shell.nav.setCurrentRow([e.key for e in shell.entries].index("settings"))
    assert shell.pages == {} and not shell.menuBar().isEnabled()
    monkeypatch.setattr(QApplication, "exec", lambda _app: 0)
    assert app_module.run_gui(office_file) == 0
    assert shell.current_key() == "settings" and list(shell.pages) == ["settings"]
    shell.close()


def test_a_file_refused_after_the_shell_painted_gets_its_message_alone(
        qtbot: Any, office_file: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    assert app_module.early_window("zh_CN", str(office_file))
    assert app_module._SHELL is not None
    shell = app_module._SHELL[0]
    con = sqlite3.connect(office_file)  # written by a newer program, found only on opening
    con.execute("update alembic_version set version_num = '9999_future'")
    con.commit()
    con.close()
    shown: list[tuple[str, bool]] = []
    monkeypatch.setattr(QMessageBox, "critical",
                        lambda _p, _t, text: shown.append((text, shell.isVisible())))
    assert app_module.run_gui(office_file) == 3
    assert len(shown) == 1 and "更新版本" in shown[0][0] and shown[0][1] is False
    # The lock the shell took is given back: the next start may open the file.
    lock = app_module.lock_database(office_file)
    assert lock is not None
    lock.unlock()
    shell.close()


def test_a_second_start_on_a_file_in_use_paints_no_shell(
        qtbot: Any, office_file: Path) -> None:
    first = app_module.lock_database(office_file)
    assert first is not None
    try:
        assert not app_module.early_window("zh_CN", str(office_file))  # the splash, as before
        assert app_module._SHELL is None and app_module._EARLY is not None
        splash, _times = app_module._EARLY
        app_module._EARLY = None
        splash.close()
    finally:
        first.unlock()


def test_the_roles_file_signs_in_before_any_window(qtbot: Any, roles_db: Database) -> None:
    with access.system():
        SettingsService(roles_db).set("office_name", "黟县应急管理局")
    path = roles_db.path
    roles_db.dispose()
    assert file_peek.roles_enabled_in_file(path)
    assert not file_peek.opens_straight_to_window(path)
    assert not app_module.early_window("zh_CN", str(path))  # the splash, then the sign-in
    assert app_module._SHELL is None and app_module._EARLY is not None
    splash, _times = app_module._EARLY
    app_module._EARLY = None
    splash.close()


def test_a_shell_painted_for_another_file_is_put_away(
        qtbot: Any, office_file: Path, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    assert app_module.early_window("zh_CN", str(office_file))
    assert app_module._SHELL is not None
    shell = app_module._SHELL[0]
    other = tmp_path / "other.sqlite3"
    with access.system():
        db = open_database(other)
        SettingsService(db).set("office_name", "祁门县应急管理局")
        db.dispose()
    monkeypatch.setattr(QApplication, "exec", lambda _app: 0)
    assert app_module.run_gui(other) == 0
    qtbot.waitUntil(lambda: not shiboken6.isValid(shell), timeout=5_000)
    lock = app_module.lock_database(office_file)  # the shell's lock was given back
    assert lock is not None
    lock.unlock()
