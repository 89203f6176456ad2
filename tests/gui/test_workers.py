"""run_task: results come back on the GUI thread; every failure takes the one error path."""

from __future__ import annotations

import threading
from typing import Any

import pytest
from PySide6.QtWidgets import QMessageBox

from emergency_desk.errors import EnvironmentProblem
from emergency_desk.ui import crash
from emergency_desk.ui.workers import run_task

pytestmark = pytest.mark.gui


def test_result_and_progress_arrive_on_the_gui_thread(qtbot: Any) -> None:
    seen: dict[str, Any] = {}

    def work(progress: Any) -> int:
        seen["worker"] = threading.current_thread()
        for i in range(1, 101):
            progress(i, 100)
        return 42

    def done(value: int) -> None:
        seen["value"], seen["done_thread"] = value, threading.current_thread()

    task = run_task(None, "测试", work, done)
    assert task.wait()
    assert seen["value"] == 42
    assert seen["done_thread"] is threading.main_thread()
    assert seen["worker"] is not threading.main_thread()


def test_known_error_shows_its_message(qtbot: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    shown: list[str] = []
    cleaned: list[BaseException] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *a: shown.append(text))

    def work(_progress: Any) -> None:
        raise EnvironmentProblem("文件被占用，请关闭 Excel 后重试")

    task = run_task(None, "测试", work, lambda _r: None, cleaned.append)
    assert task.wait()
    assert shown == ["文件被占用，请关闭 Excel 后重试"]
    assert len(cleaned) == 1 and isinstance(cleaned[0], EnvironmentProblem)


def test_a_bug_opens_the_crash_dialog_with_the_traceback(
        qtbot: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    details: list[str] = []

    def fake_exec(dialog: crash.CrashDialog) -> int:
        details.append(dialog.details.toPlainText())
        dialog.copy_details()
        return 0

    monkeypatch.setattr(crash.CrashDialog, "exec", fake_exec)

    def work(_progress: Any) -> None:
        raise ZeroDivisionError("boom")

    task = run_task(None, "测试", work, lambda _r: None)
    assert task.wait()
    assert details and "ZeroDivisionError: boom" in details[0] and "work" in details[0]
    from PySide6.QtGui import QGuiApplication

    assert "ZeroDivisionError" in QGuiApplication.clipboard().text()


def test_excepthook_routes_uncaught_errors_to_the_dialog(
        qtbot: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    import sys

    got: list[BaseException] = []
    monkeypatch.setattr(crash, "show_error", lambda _p, exc: got.append(exc))
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    crash.install_excepthook()
    try:
        raise KeyError("x")
    except KeyError as exc:
        sys.excepthook(type(exc), exc, exc.__traceback__)
    assert len(got) == 1 and isinstance(got[0], KeyError)
