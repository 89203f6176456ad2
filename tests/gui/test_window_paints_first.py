"""The window paints first (issue 20): the dashboard's checks, tiles and charts and the officers
page's coverage come from workers, after the window is on screen, with the same figures."""

from __future__ import annotations

import importlib
import os
import subprocess
import sys
import threading
from collections import Counter
from typing import Any

import pytest
from PySide6.QtWidgets import QApplication, QLabel, QWidget

from emergency_desk.data.db import Database
from emergency_desk.data.officers import OfficerPost, OfficerStatus
from emergency_desk.services.checks import Severity, rules, run_checks
from emergency_desk.services.demo.county import build_demo
from emergency_desk.services.officers.officers import OfficerService
from emergency_desk.services.officers.views import OfficerQuery, OfficerViews
from emergency_desk.services.summary.overview import register_tiles
from emergency_desk.ui.main_window import MainWindow
from emergency_desk.ui.navigation import PAGES
from emergency_desk.ui.officers.coverage_view import COL_A, COL_NAME
from emergency_desk.ui.officers.page import OfficersPage
from emergency_desk.ui.pages import dashboard_data
from emergency_desk.ui.pages.dashboard_page import DashboardPage
from emergency_desk.ui.pages.register_tiles import RegisterTiles

pytestmark = pytest.mark.gui


@pytest.fixture
def demo(db: Database) -> Database:
    build_demo(db)
    return db


def test_the_window_paints_before_the_dashboard_is_filled(
        qtbot: Any, demo: Database, monkeypatch: pytest.MonkeyPatch) -> None:
    gate = threading.Event()  # holds the dashboard's worker until the window has painted
    monkeypatch.setattr(dashboard_data, "LOAD_GATE", gate)
    window = MainWindow(demo)
    qtbot.addWidget(window)
    window.show()
    window.show_page("dashboard")
    try:
        for _ in range(5):
            QApplication.processEvents()
        dash = window.pages["dashboard"]
        assert isinstance(dash, DashboardPage)
        assert window.isVisible() and not window.grab().isNull()
        assert dash.is_loading() and not dash.loaded_once
        assert dash.count_label.text() == "正在检查…"
        assert all(c.counts.text() == "正在检查…" for c in dash.cards.values())
        placeholder = dash.severity_slot.itemAt(0).widget()
        assert isinstance(placeholder, QLabel) and placeholder.text() == "正在生成图表…"
        assert dash.model.total_count() == 0
    finally:
        gate.set()
    assert dash.wait_loaded()
    assert dash.loaded_once and dash.model.total_count() == len(run_checks(demo))


def test_the_filled_dashboard_shows_the_same_figures_as_the_checks(
        qtbot: Any, demo: Database) -> None:
    page = DashboardPage(demo)
    qtbot.addWidget(page)
    page.show()
    assert page.wait_loaded()
    alerts = run_checks(demo)
    register = {r.id: r.register for r in rules()}
    for reg, card in page.cards.items():
        mine = [a for a in alerts if not reg or register[a.rule] == reg]
        assert card.numbers == tuple(sum(1 for a in mine if a.severity == s) for s in Severity)
    assert page.model.total_count() == len(alerts)
    assert Counter(r.alert.rule for r in page.alert_rows()) == Counter(a.rule for a in alerts)
    shown = [page.model.row_at(i).alert for i in range(page.model.rowCount())]
    assert [a.severity.rank for a in shown] == sorted(a.severity.rank for a in shown)
    expected = {t.register: t for t in register_tiles(demo, alerts)}
    for key, tile in page.tiles.tiles.items():
        assert str(expected[key].count) in tile.numbers.text()
    # A filter, then back: the same rows in the same order (sorted once, filtered in order).
    page.severity.setCurrentIndex(page.severity.findData(Severity.RED))
    assert page.model.total_count() == sum(1 for a in alerts if a.severity == Severity.RED)
    page.severity.setCurrentIndex(0)
    assert [page.model.row_at(i).alert for i in range(page.model.rowCount())] == shown


def test_an_officer_edit_updates_only_its_region_in_the_coverage(
        qtbot: Any, demo: Database, monkeypatch: pytest.MonkeyPatch) -> None:
    page = OfficersPage(demo)
    qtbot.addWidget(page)
    page.show()
    assert page.wait_loaded()
    asked: list[Any] = []
    real = OfficerViews.coverage

    def spy(self: OfficerViews, **kw: Any) -> Any:
        asked.append(kw.get("region_ids"))
        return real(self, **kw)

    monkeypatch.setattr(OfficerViews, "coverage", spy)
    gap = next(r for r in page.coverage.rows if r.coverage_gap and r.level.value != "township")
    others = {rid: page.coverage.item_for(rid) for rid in
              (r.region_id for r in page.coverage.rows if r.region_id != gap.region_id)}
    svc = OfficerService(demo)
    # Someone from elsewhere moves to the village nobody covered.
    source = OfficerViews(demo).list(OfficerQuery(status=OfficerStatus.ACTIVE), 0, 1)[0]
    data = svc.input_of(source.id)
    data.region_id, data.post, data.level = gap.region_id, OfficerPost.A, None
    svc.update(source.id, data)
    page.notify_changed({source.region_id, gap.region_id})
    assert page.wait_loaded()
    assert asked == [{source.region_id, gap.region_id}]  # not the whole county again
    item = page.coverage.item_for(gap.region_id)
    assert item is not None and item.text(COL_A) == source.name
    assert item.text(COL_NAME) == gap.name
    # Every other item is the one that was there: updated in place, not rebuilt.
    assert all(page.coverage.item_for(rid) is it for rid, it in others.items() if it)


def test_page_modules_load_on_first_visit_and_titles_match() -> None:
    for entry in PAGES:
        module = importlib.import_module(entry.module)
        assert entry.title == module.PAGE_TITLE, entry.key
        assert isinstance(entry.cls, type) and issubclass(entry.cls, QWidget)
    # The window's module pulls in no chart, PDF or spreadsheet library before it paints.
    code = ("import sys, emergency_desk.ui.main_window, emergency_desk.ui.pages.dashboard_page;"
            "print(sorted(m for m in ('matplotlib', 'reportlab', 'openpyxl', 'pypinyin')"
            " if m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True, env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    assert out.stdout.strip() == "[]"


def test_a_last_short_line_of_tiles_keeps_the_tile_size(qtbot: Any, demo: Database) -> None:
    tiles = RegisterTiles()
    qtbot.addWidget(tiles)
    tiles.set_tiles(register_tiles(demo, run_checks(demo)))
    tiles.resize(600, tiles.heightForWidth(600))
    tiles.show()
    QApplication.processEvents()
    lines: dict[int, list[int]] = {}
    for tile in tiles.tiles.values():
        lines.setdefault(tile.y(), []).append(tile.width())
    assert len(lines) >= 2
    *full, last = (lines[y] for y in sorted(lines))
    assert len(last) < len(full[0])
    assert max(last) <= max(w for line in full for w in line)
    assert sum(last) < 600 * 0.8  # it used to stretch across the whole width
