"""Starting the window: maximised the first time, as left afterwards; a splash at once; a second
launch on the same database brings the running window forward and says so in front."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication, QMessageBox

from emergency_desk.data.db import Database
from emergency_desk.ui import app as app_module
from emergency_desk.ui import single_instance
from emergency_desk.ui.main_window import MainWindow


def test_first_start_opens_maximised_then_as_left(qtbot: Any, db: Database) -> None:
    QSettings().remove("main/geometry")
    first = MainWindow(db)
    qtbot.addWidget(first)
    assert first.first_start
    first.show_as_remembered()
    assert first.isMaximized()
    first.showNormal()
    first.resize(900, 600)
    first.close()  # remembers the size the user left
    again = MainWindow(db)
    qtbot.addWidget(again)
    assert not again.first_start
    again.show_as_remembered()
    assert not again.isMaximized()


def test_splash_shows_the_program_name_at_once(qtbot: Any) -> None:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    splash = app_module.show_splash(app)
    assert splash.isVisible() and not splash.pixmap().isNull()
    splash.close()


def test_second_launch_brings_the_running_window_forward(
        qtbot: Any, db_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    lock = app_module.lock_database(db_path)
    assert lock is not None  # "the first window" holds the database
    asked: list[bool] = []
    listener = single_instance.ShowRequests(db_path, lambda: asked.append(True))
    assert listener.listening
    boxes: list[tuple[str, bool]] = []

    def fake_exec(box: QMessageBox) -> int:
        from PySide6.QtCore import Qt

        boxes.append((box.text(), bool(box.windowFlags() & Qt.WindowType.WindowStaysOnTopHint)))
        return 0

    monkeypatch.setattr(QMessageBox, "exec", fake_exec)
    try:
        assert app_module.run_gui(db_path) == 3
        qtbot.waitUntil(lambda: bool(asked), timeout=3000)
    finally:
        lock.unlock()
        # The listener's sockets finish (disconnected → deleteLater) before it goes: deleted
        # by the garbage collector with a socket's deletion still queued, it crashed the
        # event loop in teardown now and then.
        listener.server.close()
        qtbot.wait(200)
        listener.deleteLater()
        qtbot.wait(50)
    assert boxes and "已把那个窗口切换到前面" in boxes[0][0] and boxes[0][1]
