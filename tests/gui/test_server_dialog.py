"""连接单位服务器 (issue 19): the dialog says plainly what is wrong, and a server it connected to
is what the program opens next (the window's status bar and 设置 name it)."""

from __future__ import annotations

import socket
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QGroupBox, QLabel

from emergency_desk.data import server_config
from emergency_desk.data.location import resolve
from emergency_desk.data.migrate import open_database
from emergency_desk.data.server import ServerAddress
from emergency_desk.ui.first_start import Choice, FirstStartDialog
from emergency_desk.ui.pages.settings_page import SettingsPage
from emergency_desk.ui.server_dialog import ServerDialog


@pytest.fixture(autouse=True)
def _own_config(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(server_config, "config_path", lambda: tmp_path / "server.json")


def test_missing_fields_are_named(qtbot: Any) -> None:
    d = ServerDialog()
    qtbot.addWidget(d)
    d.host.setText("")
    d.user.setText("")
    d.test_button.click()
    assert "服务器" in d.status.text() and "用户名" in d.status.text()


def test_an_unreachable_server_is_explained_and_nothing_is_saved(qtbot: Any) -> None:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = int(s.getsockname()[1])
    d = ServerDialog()
    qtbot.addWidget(d)
    d.host.setText("127.0.0.1")
    d.port.setValue(port)
    d.user.setText("staff")
    d.connect_button.click()
    assert f"127.0.0.1:{port}" in d.status.text() and "防火墙" in d.status.text()
    assert d.address is None and server_config.load() is None


def test_connecting_saves_the_server_and_the_program_opens_it(
        qtbot: Any, pg_address: ServerAddress, monkeypatch: pytest.MonkeyPatch) -> None:
    first = open_database(pg_address.placeholder_path().parent / "local.sqlite3")
    try:
        start = FirstStartDialog(first)
        qtbot.addWidget(start)
        assert not start.server_button.isHidden()

        def fill_and_connect(dialog: ServerDialog) -> int:
            dialog.host.setText(pg_address.host)
            dialog.port.setValue(pg_address.port)
            dialog.database.setText(pg_address.database)
            dialog.user.setText(pg_address.user)
            dialog.password.setText(str(pg_address.url.password or ""))
            dialog.connect_button.click()
            return 0

        monkeypatch.setattr(ServerDialog, "exec", fill_and_connect)
        start.server_button.click()
        assert start.choice == Choice.SERVER
    finally:
        first.dispose()
    saved = server_config.load()
    assert saved is not None and str(saved) == str(pg_address)
    monkeypatch.delenv("EMERGENCY_DESK_DB")
    assert str(resolve(None)) == str(pg_address)
    db = open_database(saved)
    try:
        page = SettingsPage(db)
        qtbot.addWidget(page)
        box = page.findChild(QGroupBox, "database_box")
        assert box is not None
        texts = " ".join(label.text() for label in box.findChildren(QLabel))
        assert f"单位服务器：{pg_address}" in texts
    finally:
        db.dispose()
