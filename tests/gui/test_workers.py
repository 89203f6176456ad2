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


def test_a_task_that_waits_for_another_writer_says_so(qtbot: Any, tmp_path: Any) -> None:
    """Issue 18, point 6: while another program holds the write lock, the progress dialog of a
    window's import says it is waiting and for how long; the import then goes through."""
    import subprocess
    import sys

    from emergency_desk.data.migrate import open_database
    from emergency_desk.io.importer import import_file
    from tests.system.test_write_lock_wait import HOLDER, _sheet

    path, sheet = tmp_path / "office.sqlite3", tmp_path / "regions.xlsx"
    db = open_database(path)
    _sheet(sheet)
    holder = subprocess.Popen([sys.executable, "-c", HOLDER, str(path), "8"],
                              stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "held"
        results: list[Any] = []
        task = run_task(None, "正在导入…", lambda p: import_file(db, "regions", sheet,
                                                                progress=p), results.append)
        qtbot.waitUntil(lambda: "另一个程序正在写入数据库，正在等待" in task.dialog.labelText(),
                        timeout=10_000)
        assert task.dialog.isVisible()
        assert task.wait()
        assert results and results[0].ok and results[0].inserted == 2
    finally:
        holder.kill()
        holder.wait()
        db.dispose()


class _Result:
    """A task's result that a weak reference can watch."""


@pytest.mark.parametrize("fails", [False, True])
def test_a_finished_task_and_its_result_are_let_go(qtbot: Any, fails: bool,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    """Issue 20: the task's signals, connected to its own methods, were held by Qt where the
    cycle collector cannot see them, so every finished task kept its result for the whole
    session (≈ 75 MiB more a round of refreshes of the dashboard and officers page at 50k)."""
    import gc
    import weakref

    from emergency_desk.ui.workers import run_in_background

    monkeypatch.setattr(crash, "show_error", lambda *_a: None)
    made: list[weakref.ref[_Result]] = []

    def work() -> _Result:
        result = _Result()
        made.append(weakref.ref(result))
        if fails:
            raise EnvironmentProblem("磁盘已满")
        return result

    got: list[bool] = []
    task = run_in_background(None, work, lambda r: got.append(isinstance(r, _Result)),
                             lambda _exc: got.append(fails))
    assert task.wait()
    assert got == [True]
    watched = weakref.ref(task)
    del task
    qtbot.waitUntil(lambda: (gc.collect(), watched() is None and made[0]() is None)[1],
                    timeout=5_000)
