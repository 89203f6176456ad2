"""Helpers for the window tests: drive a modal dialog from inside its exec() loop, type Chinese,
and fail a test when the crash dialog would have opened.

Import by name (`from gui_helpers import ...`): pytest puts tests/ on sys.path.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication

from emergency_desk.ui import crash
from emergency_desk.ui.widgets.form_dialog import FormDialog


@pytest.fixture(autouse=True)
def crash_dialog_fails_the_test(monkeypatch: pytest.MonkeyPatch) -> None:
    """A bug shown to the user would block on a modal dialog; fail with its details instead.

    Autouse wherever it is imported into a test module."""
    def fail(dialog: crash.CrashDialog) -> int:
        raise AssertionError(dialog.details.toPlainText())

    monkeypatch.setattr(crash.CrashDialog, "exec", fail)


def type_chinese(widget: Any, text: str) -> None:
    """Chinese arrives as an input-method commit (QTest can only type Latin-1 keys)."""
    event = QInputMethodEvent()
    event.setCommitString(text)
    QApplication.sendEvent(widget, event)


def when_dialog_opens(handle: Callable[[Any], None],
                      kind: type = FormDialog) -> list[BaseException]:
    """Drive the next visible modal dialog of `kind`; it is closed afterwards regardless.

    Returns a list that holds any exception `handle` raised, for the test to check after the
    dialog's exec() has returned."""
    problems: list[BaseException] = []

    def run() -> None:
        dialogs = [w for w in QApplication.topLevelWidgets()
                   if isinstance(w, kind) and w.isVisible()]
        if not dialogs:
            QTimer.singleShot(10, run)
            return
        try:
            handle(dialogs[0])
        except BaseException as exc:  # reported by the test after exec() returns
            problems.append(exc)
        finally:
            if dialogs[0].isVisible():
                dialogs[0].reject()

    QTimer.singleShot(0, run)
    return problems
