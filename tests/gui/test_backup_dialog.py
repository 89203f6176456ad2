"""备份与恢复 (File menu): the kept backups with time, reason and size; restoring one brings its
data back through the window's own restore, and the replaced data appears in the list."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from emergency_desk.data import backup
from emergency_desk.data.db import Database
from emergency_desk.data.enums import RegionLevel
from emergency_desk.services.regions.regions import RegionInput, RegionQuery, RegionService
from emergency_desk.ui.backup_dialog import BackupDialog
from emergency_desk.ui.main_window import MainWindow
from emergency_desk.ui.widgets import register_page


def test_the_list_shows_each_backup_and_restores_the_chosen_one(
        qtbot: Any, db: Database, monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    svc = RegionService(db)
    svc.create(RegionInput("黟县", RegionLevel.COUNTY))
    backup.make_backup(db.path, reason="daily")
    svc.create(RegionInput("祁门县", RegionLevel.COUNTY))
    window = MainWindow(db)
    qtbot.addWidget(window)
    monkeypatch.setattr(register_page, "confirm", lambda *a: True)
    monkeypatch.setattr(register_page, "inform", lambda *a: None)
    dialog = BackupDialog(db.path, window.restore_from_file, window)
    qtbot.addWidget(dialog)
    assert dialog.table.rowCount() == 1
    texts = [dialog.table.item(0, c).text() for c in range(3)]
    assert texts[1] == "每日自动" and texts[2].endswith("KB")
    assert not dialog.restore_button.isEnabled()  # nothing chosen yet
    dialog.table.selectRow(0)
    assert dialog.restore_button.isEnabled()
    assert dialog.restore_selected()
    assert [r.name for r in RegionService(window.db).list(RegionQuery())] == ["黟县"]
    reasons = {dialog.table.item(r, 1).text() for r in range(dialog.table.rowCount())}
    assert reasons == {"每日自动", "恢复前"}  # the replaced data is kept and listed
    dialog.grab().save(str(tmp_path / "backups.png"))
