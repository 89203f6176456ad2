"""法规与案例 page: full-text search from the search box, a file attached and opened from the
toolbar, a case added through its (scrolling) form; the 防汛责任书 scan from the 乡镇应急 page."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import pytest
from gui_helpers import crash_dialog_fails_the_test, type_chinese, when_dialog_opens  # noqa: F401
from PySide6.QtCore import Qt

from emergency_desk.data.db import Database
from emergency_desk.data.library import RegulationLevel, RegulationStatus
from emergency_desk.services.library.cases import CaseService
from emergency_desk.services.library.regulations import RegulationInput, RegulationService
from emergency_desk.ui.resources.library_page import LibraryPage
from emergency_desk.ui.widgets import register_page
from emergency_desk.ui.widgets.form_dialog import FormDialog
from tests.services.library.conftest import make_docx


@pytest.fixture
def county(db: Database) -> dict[str, int]:
    from tests.services.township.conftest import small_county

    return small_county(db)


def test_search_attach_and_open(qtbot: Any, db: Database, tmp_path: Path,
                                monkeypatch: pytest.MonkeyPatch) -> None:
    svc = RegulationService(db)
    rid = svc.save(RegulationInput("中华人民共和国突发事件应对法（2024修订）", "全国人大常委会",
                                   "主席令第二十五号", level=RegulationLevel.LAW))
    svc.save(RegulationInput("安徽省突发事件应对条例", status=RegulationStatus.REPEALED))
    page = LibraryPage(db)
    qtbot.addWidget(page)
    tab = page.regulations
    assert tab.model is not None and tab.model.total_count() == 2
    # The repealed one reads grey, with the reason in its tooltip.
    assert "已废止" in (tab.model.data(tab.model.index(1, 4), Qt.ItemDataRole.ToolTipRole) or "")
    doc = make_docx(tmp_path / "应对法.docx", ["第二十条 建立健全网格化管理工作机制"])
    monkeypatch.setattr(register_page, "ask_open_path", lambda *_a: doc)
    opened: list[Path] = []
    monkeypatch.setattr(register_page, "open_file", lambda p: opened.append(p) or True)
    assert page.show_record("regulation", rid)
    tab.attach_file()
    tab.search.setText("网格化")
    tab.apply_filters()
    assert tab.model.total_count() == 1
    hit = tab.model.data(tab.model.index(0, 7))
    assert "网格化管理" in hit
    tab.table.selectRow(0)
    tab.open_current()
    assert opened and opened[0].read_bytes() == doc.read_bytes()


def test_add_a_case_through_the_form(qtbot: Any, db: Database, county: dict[str, int]) -> None:
    page = LibraryPage(db)
    qtbot.addWidget(page)
    page.tabs.setCurrentWidget(page.cases)

    def fill(d: FormDialog) -> None:
        type_chinese(d.widget("标题"), "古筑村“7·7”山洪")
        d.set_value("发生日期", date(2020, 7, 7))
        d.set_value("发生地", county["古筑村"])
        type_chinese(d.widget("lessons"), "预警到户，零伤亡")
        qtbot.mouseClick(d.ok_button, Qt.MouseButton.LeftButton)

    problems = when_dialog_opens(fill)
    page.cases.add_case()
    assert not problems, problems
    (case,) = CaseService(db).list()
    assert case.lessons == "预警到户，零伤亡" and case.region_path == "黟县/碧阳镇/古筑村"
    m = page.cases.model
    assert m is not None and m.total_count() == 1 and m.data(m.index(0, 6)) == "预警到户，零伤亡"
    assert [page.tabs.tabText(i) for i in range(page.tabs.count())] == ["法规库", "典型案例库"]


def test_pledge_scan_from_the_township_page(qtbot: Any, db: Database, county: dict[str, int],
                                            tmp_path: Path,
                                            monkeypatch: pytest.MonkeyPatch) -> None:
    from emergency_desk.services.township.pledges import PledgeInput, PledgeService
    from emergency_desk.ui.township.page import TownshipPage

    pid = PledgeService(db).save(PledgeInput(date.today().year, county["古筑村"], "胡建军"))
    scan = tmp_path / "古筑村责任书.pdf"
    scan.write_bytes(b"%PDF-1.4 scan")
    monkeypatch.setattr(register_page, "ask_open_path", lambda *_a: scan)
    opened: list[Path] = []
    monkeypatch.setattr(register_page, "open_file", lambda p: opened.append(p) or True)
    page = TownshipPage(db)
    qtbot.addWidget(page)
    tab = page.pledges
    assert tab.select_key(pid)
    tab.attach_file()
    m = tab.model
    assert m is not None and m.data(m.index(0, 7)) == "古筑村责任书.pdf"
    tab.table.selectRow(0)
    tab.open_current()
    assert opened and opened[0].name == "古筑村责任书.pdf"
