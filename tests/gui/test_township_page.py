"""`report duty` and `report leaders` read back; the 乡镇应急 page with its three tabs; the demo
county's examples of D1 and 有班子."""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

import pypdf
import pytest
from gui_helpers import crash_dialog_fails_the_test, type_chinese, when_dialog_opens  # noqa: F401
from PySide6.QtCore import Qt

from emergency_desk.data.db import Database
from emergency_desk.data.township import GroupRole
from emergency_desk.reports.registry import REPORTS, generate_report
from emergency_desk.services.checks import run_checks
from emergency_desk.services.demo.county import build_demo
from emergency_desk.services.plans.leadership import LeadershipInput, LeadershipService
from emergency_desk.services.plans.six_have import Verdict, scorecard
from emergency_desk.services.township.duty import DutyService, LogInput, RosterInput
from emergency_desk.services.township.leaders import LeadersService, MemberInput
from emergency_desk.ui.township import page as township_page
from emergency_desk.ui.township.page import TownshipPage
from emergency_desk.ui.widgets.form_dialog import FormDialog
from tests.session_day import SESSION_DAY

TODAY = SESSION_DAY
pytestmark = pytest.mark.usefixtures("on_session_day")


@pytest.fixture
def county(db: Database) -> dict[str, int]:
    """黟县 → 碧阳镇 (古筑村) and 宏村镇 (宏村村), as in tests/services/township."""
    from tests.services.township.conftest import small_county

    return small_county(db)


def text_of(path: Path) -> str:
    return "\n".join(p.extract_text() or "" for p in pypdf.PdfReader(path).pages)


def _data(db: Database, county: dict[str, int]) -> None:
    duty = DutyService(db)
    for i in range(3):
        duty.save(RosterInput(county["碧阳镇"], TODAY + timedelta(days=i),
                              leader="胡建国" if i != 1 else None, officer="汪晓燕",
                              duty_phone="0559-5521110"))
    duty.save(RosterInput(county["宏村镇"], TODAY, leader="程志强", officer="余光"))
    duty.save_log(LogInput(county["碧阳镇"], datetime.combine(TODAY, datetime.min.time()),
                           "县防指转发暴雨预警", "县防指", handler="汪晓燕"))
    gid = LeadershipService(db).save(LeadershipInput(county["碧阳镇"], "碧阳镇应急领导小组",
                                                     doc_no="碧发〔2024〕12号"))
    LeadersService(db).save(MemberInput(gid, "胡建国", GroupRole.LEADER, "党委书记"))


def test_duty_and_leaders_reports(db: Database, county: dict[str, int],
                                  tmp_path: Path) -> None:
    _data(db, county)
    assert {"duty", "leaders"} <= set(REPORTS)
    text = text_of(generate_report(db, "duty", tmp_path / "duty.pdf", "碧阳镇"))
    assert "值班表" in text and "胡建国" in text and "县防指转发暴雨预警" in text
    assert "缺带班领导" in text and "程志强" not in text  # scoped to 碧阳镇
    assert "程志强" in text_of(generate_report(db, "duty", tmp_path / "all.pdf"))
    text = text_of(generate_report(db, "leaders", tmp_path / "leaders.pdf"))
    assert "碧阳镇应急领导小组" in text and "碧发〔2024〕12号" in text and "党委书记" in text


@pytest.fixture
def page(qtbot: Any, db: Database, county: dict[str, int]) -> TownshipPage:
    _data(db, county)
    p = TownshipPage(db)
    qtbot.addWidget(p)
    return p


def test_page_tabs_rows_and_gap_line(page: TownshipPage) -> None:
    assert township_page.PAGE_TITLE == "乡镇应急"
    assert [page.tabs.tabText(i) for i in range(page.tabs.count())] == \
        ["领导小组", "值班表", "值班记录", "村(社区)应急管理员", "管理员配备", "防汛责任书"]
    assert page.leaders.model is not None and page.leaders.model.total_count() == 1
    assert page.duty.model is not None and page.duty.model.total_count() == 4
    assert page.log.model is not None and page.log.model.total_count() == 1
    assert "碧阳镇" in page.duty.gap_label.text() and "缺带班领导" in page.duty.gap_label.text()
    page.duty.search.setText("程志强")
    page.duty.apply_filters()
    assert page.duty.model.total_count() == 1
    cover = page.coverage.model
    assert cover is not None and cover.total_count() == 2  # 古筑村, 宏村村: nobody yet
    row = cover.row_at(0)
    assert row is not None and not row.covered
    assert page.coverage.model.data(cover.index(0, 2)) == "未配备"
    # No 防汛责任书 yet: the tab names the villages still to sign this year (read in a worker).
    assert page.pledges.missing_task is not None and page.pledges.missing_task.wait()
    assert "古筑村" in page.pledges.missing_label.text()


def test_add_a_roster_day_through_the_form(qtbot: Any, page: TownshipPage,
                                           county: dict[str, int]) -> None:
    seen: dict[str, str] = {}

    def fill(d: FormDialog) -> None:
        d.set_value("单位", county["宏村镇"])
        d.set_value("值班日期", TODAY)
        type_chinese(d.widget("值班员"), "叶丽华")
        qtbot.mouseClick(d.ok_button, Qt.MouseButton.LeftButton)
        seen["clash"] = d.error_text("值班日期")  # 宏村镇 already has today's slot
        d.set_value("值班日期", TODAY + timedelta(days=1))
        type_chinese(d.widget("带班领导"), "程志强")
        qtbot.mouseClick(d.ok_button, Qt.MouseButton.LeftButton)

    problems = when_dialog_opens(fill)
    page.duty.add_slot()
    assert not problems, problems
    assert "已有值班安排" in seen["clash"]
    assert page.duty.model is not None and page.duty.model.total_count() == 5


def test_add_a_manager_from_the_coverage_tab_links_the_officer(
        qtbot: Any, page: TownshipPage, county: dict[str, int], db: Database) -> None:
    from emergency_desk.services.township.managers import ManagerInput, ManagersService

    ManagersService(db).save(ManagerInput(county["宏村村"], "余光", "13955910003"))
    page.coverage.refresh()
    assert page.coverage.select_key(county["古筑村"])

    def fill(d: FormDialog) -> None:
        assert d.value("村(社区)") == county["古筑村"]
        type_chinese(d.widget("姓名"), "程明")
        d.set_value("手机号码", "13955910009")
        qtbot.mouseClick(d.ok_button, Qt.MouseButton.LeftButton)

    problems = when_dialog_opens(fill)
    page.coverage.add_for_selected()
    assert not problems, problems
    assert all(r.covered for r in ManagersService(db).coverage())


def test_demo_county_shows_duty_gaps_and_missing_groups(db: Database) -> None:
    build_demo(db)
    g1 = {a.subject for a in run_checks(db, only={"G1"})}
    assert g1 == {"朱村", "杨家墩村", "石印村"}
    d1 = {a.region: a.message for a in run_checks(db, only={"D1"})}
    assert set(d1) == {"宏村镇", "柯村镇", "黟县经济开发区"}
    assert "缺带班领导" in d1["宏村镇"] and "未排班" in d1["柯村镇"]
    cards = {c.township: {i.name: i.verdict for i in c.items} for c in scorecard(db)}
    assert cards["碧阳镇"]["有班子"] == Verdict.PASS and cards["碧阳镇"]["有机制"] == Verdict.PASS
    assert cards["洪星乡"]["有班子"] == Verdict.NOT_ENTERED  # no group at all
    assert cards["黟县经济开发区"]["有机制"] == Verdict.NOT_ENTERED  # no roster at all
    assert cards["宏村镇"]["有机制"] == Verdict.FAIL


def test_the_villages_without_a_letter_are_read_once_per_refresh(
        qtbot: Any, page: TownshipPage) -> None:
    tab = page.pledges
    assert tab.missing_task is not None and tab.missing_task.wait()
    first = tab.missing_task
    tab.search.setText("古")
    tab.apply_filters()  # a search or a 乡镇 only narrows the villages read
    assert tab.missing_task is first and "古筑村" in tab.missing_label.text()
    tab.refresh()  # after an edit: read again
    assert tab.missing_task is not first and tab.missing_task.wait()
    assert "古筑村" in tab.missing_label.text()
