"""The window's export asks how much personal data goes into the file; masked is preselected."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from PySide6.QtWidgets import QDialog, QWidget

from emergency_desk.data.db import Database
from emergency_desk.io.privacy import Privacy
from emergency_desk.services.demo.county import build_demo
from emergency_desk.ui.widgets import register_actions, register_page


@pytest.fixture
def demo(db: Database) -> Database:
    build_demo(db)
    return db


def choosing(privacy: Privacy | None) -> Callable[[register_actions.PrivacyDialog], Any]:
    def exec_(dialog: register_actions.PrivacyDialog) -> QDialog.DialogCode:
        if privacy is None:
            return QDialog.DialogCode.Rejected
        for button in dialog.group.buttons():
            button.setChecked(button.property("privacy") == privacy.value)
        return QDialog.DialogCode.Accepted
    return exec_


def test_the_dialog_preselects_masked_ids(qtbot: Any) -> None:
    dialog = register_actions.PrivacyDialog()
    qtbot.addWidget(dialog)
    assert dialog.choice() is Privacy.MASKED
    assert len(dialog.group.buttons()) == 3


@pytest.mark.parametrize(("privacy", "header_has_id", "full"), [
    (Privacy.MASKED, True, False), (Privacy.FULL_ID, True, True),
    (Privacy.NO_PERSONAL, False, False)])
def test_export_follows_the_choice(qtbot: Any, demo: Database, tmp_path: Path,
                                   monkeypatch: pytest.MonkeyPatch, privacy: Privacy,
                                   header_has_id: bool, full: bool) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    out = tmp_path / "members.xlsx"
    monkeypatch.setattr(register_actions.PrivacyDialog, "exec", choosing(privacy))
    monkeypatch.setattr(register_page, "ask_save_path", lambda *a: out)
    monkeypatch.setattr(register_page, "inform", lambda *a: None)
    task = register_actions.export_to_excel(parent, demo, "members", "导出", "队员")
    assert task is not None and task.wait() and task.error is None, task and task.error
    rows = list(openpyxl.load_workbook(out).active.iter_rows(values_only=True))
    assert ("身份证号" in rows[0]) is header_has_id
    assert ("手机号码" in rows[0]) is header_has_id
    text = " ".join(str(v) for r in rows[1:] for v in r if v is not None)
    assert bool(re.search(r"(?<!\d)\d{17}[\dX](?!\d)", text)) is full


def test_cancelling_the_choice_writes_nothing(qtbot: Any, demo: Database, tmp_path: Path,
                                              monkeypatch: pytest.MonkeyPatch) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    monkeypatch.setattr(register_actions.PrivacyDialog, "exec", choosing(None))
    monkeypatch.setattr(register_page, "ask_save_path",
                        lambda *a: pytest.fail("asked for a file after cancel"))
    assert register_actions.export_to_excel(parent, demo, "officers", "导出", "x") is None
    assert list(tmp_path.glob("*.xlsx")) == []


def test_registers_without_personal_columns_ask_nothing(qtbot: Any) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    assert register_actions.ask_privacy(parent, "regions") is Privacy.MASKED
