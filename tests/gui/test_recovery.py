"""The window on a damaged database: two clicks to the newest good backup; one window per file."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QLockFile
from PySide6.QtWidgets import QMessageBox

from emergency_desk.data import backup
from emergency_desk.data.migrate import open_database
from emergency_desk.services.demo.county import build_demo
from emergency_desk.services.regions.regions import RegionQuery, RegionService
from emergency_desk.ui import app as app_module
from emergency_desk.ui import recovery
from emergency_desk.ui.widgets import register_page

pytestmark = pytest.mark.gui


@pytest.fixture
def damaged(db_path: Path) -> tuple[Path, Path, int]:
    db = open_database(db_path)
    build_demo(db)
    n = RegionService(db).count(RegionQuery())
    db.dispose()
    good = backup.make_backup(db_path, reason="daily")
    with open(db_path, "r+b") as fh:
        fh.write(b"\x00broken" * 8)
    return db_path, good, n


def test_restoring_the_offered_backup_opens_the_data(
        qtbot: Any, damaged: tuple[Path, Path, int], monkeypatch: pytest.MonkeyPatch) -> None:
    db_path, good, n = damaged
    asked: list[str] = []
    told: list[str] = []

    def press_restore(box: QMessageBox) -> object:
        asked.append(box.text() + box.informativeText())
        return next(b for b in box.buttons() if b.text() == "恢复此备份")

    monkeypatch.setattr(recovery, "ask", press_restore)
    monkeypatch.setattr(register_page, "inform", lambda _p, _t, text: told.append(text))
    app_module.create_application()
    db = app_module.open_or_recover(db_path)
    assert db is not None
    try:
        assert RegionService(db).count(RegionQuery()) == n
    finally:
        db.dispose()
    assert "损坏" in asked[0] and good.name in asked[0]
    assert told and "damaged" in told[0]


def test_quitting_the_offer_changes_nothing(
        qtbot: Any, damaged: tuple[Path, Path, int], monkeypatch: pytest.MonkeyPatch) -> None:
    db_path, _good, _n = damaged
    before = db_path.read_bytes()
    monkeypatch.setattr(recovery, "ask",
                        lambda box: next(b for b in box.buttons() if b.text() == "退出"))
    app_module.create_application()
    assert app_module.open_or_recover(db_path) is None
    assert db_path.read_bytes() == before


def test_a_second_window_on_the_same_database_is_refused(
        qtbot: Any, db_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    open_database(db_path).dispose()
    first = QLockFile(str(db_path) + ".lock")
    assert first.tryLock(100)
    shown: list[str] = []
    # The message is a box kept in front of the running window (ui/app.py), shown with exec.
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append(box.text()) or 0)
    try:
        assert app_module.run_gui(db_path) == 3
    finally:
        first.unlock()
    assert shown and "另一个" in shown[0]
    assert app_module.lock_database(db_path) is not None  # free again once the first closed
