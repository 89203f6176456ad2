"""The window's smoke mode (EMERGENCY_DESK_SMOKE_QUIT_MS), used by installer/smoke_test.py to
prove that a frozen build opens every page."""

from __future__ import annotations

import logging
from typing import Any

import pytest

from emergency_desk.data.db import Database
from emergency_desk.services.demo.county import build_demo
from emergency_desk.ui import smoke
from emergency_desk.ui.main_window import MainWindow
from emergency_desk.ui.navigation import PAGES

pytestmark = pytest.mark.gui


def test_smoke_mode_builds_every_page_and_counts_logged_errors(
        qtbot: Any, db: Database, capsys: pytest.CaptureFixture[str]) -> None:
    from PySide6.QtWidgets import QApplication

    build_demo(db)
    window = MainWindow(db)
    qtbot.addWidget(window)
    window.show()
    errors = smoke.start(QApplication.instance(), window, 10 ** 7)  # quits far after the test
    try:
        qtbot.waitUntil(lambda: len(window.pages) == len(PAGES))
        assert set(window.pages) == {e.key for e in PAGES}
        assert window.current_key() == "dashboard"
        line = capsys.readouterr().out.strip().splitlines()[-1]
        assert line.startswith("smoke: ") and "工作台" in line and "设置" in line
        assert errors.records == []
        logging.getLogger("emergency_desk.ui").error("a page failed")
        assert [r.getMessage() for r in errors.records] == ["a page failed"]
    finally:
        logging.getLogger("emergency_desk").removeHandler(errors)
