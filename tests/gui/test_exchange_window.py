"""县级汇总 in the window: the 文件 menu's 导出上报包 / 合并乡镇上报包 / 合并冲突, the merge
on a worker thread, its summary per township and register, and the conflicts view."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from gui_helpers import crash_dialog_fails_the_test, when_dialog_opens  # noqa: F401
from sqlalchemy import select

from emergency_desk.data.db import Database
from emergency_desk.data.teams import RescueTeam
from emergency_desk.services.exchange.conflicts import ConflictService
from emergency_desk.services.exchange.export import export_package
from emergency_desk.services.exchange.merge import merge_package
from emergency_desk.services.regions.county_setup import init_county
from emergency_desk.services.teams.teams import TeamService, to_input
from emergency_desk.ui.exchange_dialogs import ConflictsDialog, MergeSummaryDialog
from emergency_desk.ui.main_window import MainWindow
from emergency_desk.ui.widgets import register_page
from tests.services.exchange.helpers import BIYANG, COUNTY, HONGCUN, build_township


def _resize_team(db: Database, size: int) -> None:
    with db.read() as s:
        team = s.scalars(select(RescueTeam).where(
            RescueTeam.name == "宏村镇综合应急救援队")).one()
        data, team_id = to_input(team), team.id
    data.planned_size = size
    TeamService(db).update(team_id, data)


def test_menu_merges_packages_with_a_summary_and_the_conflicts_view(
        qtbot: Any, db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    init_county(db, COUNTY, office_name="黟县应急管理局")
    towns = [build_township(tmp_path, code, seed=i) for i, code in
             enumerate((BIYANG, HONGCUN), 1)]
    packages = []
    for i, town in enumerate(towns):
        packages.append(tmp_path / f"{i}.edx")
        export_package(town, packages[-1])
    merge_package(db, packages[1])
    _resize_team(db, 40)
    _resize_team(towns[1], 26)
    export_package(towns[1], packages[1])

    window = MainWindow(db)
    qtbot.addWidget(window)
    menu = window.menuBar().actions()[0].menu()
    texts = [a.text() for a in menu.actions()]
    assert {"导出上报包…", "合并乡镇上报包…", "合并冲突…"} <= set(texts)

    seen: dict[str, Any] = {}

    def check_summary(dialog: MergeSummaryDialog) -> None:
        seen["head"] = dialog.label.text()
        seen["rows"] = [[dialog.table.item(r, c).text() for c in range(dialog.table.columnCount())]
                        for r in range(dialog.table.rowCount())]
        seen["conflicts_visible"] = dialog.conflicts_button.isVisible()

    problems = when_dialog_opens(check_summary, MergeSummaryDialog)
    task = window.merge_exchange(packages)
    assert task is not None and task.wait()
    qtbot.waitUntil(lambda: "head" in seen or bool(problems), timeout=20_000)
    assert not problems
    assert "冲突 1 条" in seen["head"] and seen["conflicts_visible"]
    origins = {r[0] for r in seen["rows"]}
    assert origins == {"碧阳镇（碧阳镇应急办）", "宏村镇（宏村镇应急办）"}
    assert ["碧阳镇（碧阳镇应急办）", "灾害信息员", "4", "0", "0", "0", "0"] in seen["rows"]

    dialog = ConflictsDialog(db, window)
    qtbot.addWidget(dialog)
    assert dialog.list.rowCount() == 1 and dialog.list.item(0, 2).text() == "救援队伍"
    details = {dialog.details.item(r, 0).text(): (dialog.details.item(r, 1).text(),
                                                   dialog.details.item(r, 2).text())
               for r in range(dialog.details.rowCount())}
    assert details["编制人数"] == ("40", "26")
    dialog.take_button.click()
    assert dialog.list.rowCount() == 0 and dialog.empty.isVisibleTo(dialog)
    assert ConflictService(db).list() == []
    for town in towns:
        town.dispose()


def test_export_from_the_menu_writes_the_package(
        qtbot: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    town = build_township(tmp_path, BIYANG, seed=1)
    window = MainWindow(town)
    qtbot.addWidget(window)
    out = tmp_path / "碧阳镇上报"
    monkeypatch.setattr(register_page, "ask_save_path", lambda *a: out)
    told: list[str] = []
    monkeypatch.setattr(register_page, "inform", lambda _p, _title, text: told.append(text))
    task = window.export_exchange()
    assert task is not None and task.wait()
    qtbot.waitUntil(lambda: bool(told))
    assert out.with_suffix(".edx").is_file() and "灾害信息员：4 条" in told[0]
    town.dispose()
