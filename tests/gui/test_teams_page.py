"""The 救援队伍 page as a user drives it: add a member through the form and see T1 clear,
filter, open an alert's record, delete with a reason, move a member, print and export."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import pytest
from gui_helpers import crash_dialog_fails_the_test, type_chinese, when_dialog_opens  # noqa: F401  (fixture)
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QMessageBox

from emergency_desk.data.db import Database
from emergency_desk.data.enums import RegionLevel
from emergency_desk.data.teams import EquipmentCategory, MemberRole, TeamCategory
from emergency_desk.services.people import PersonInput
from emergency_desk.services.regions.regions import RegionInput, RegionService
from emergency_desk.services.teams.equipment import EquipmentInput, EquipmentService
from emergency_desk.services.teams.members import MemberInput, MemberService
from emergency_desk.services.teams.teams import TeamInput, TeamService
from emergency_desk.services.teams.views import MemberQuery, TeamViews
from emergency_desk.ui.teams import page as teams_page
from emergency_desk.ui.teams.page import TeamsPage
from emergency_desk.ui.widgets import register_actions, register_page
from emergency_desk.ui.widgets.form_dialog import FormDialog
from emergency_desk.ui.widgets.table_model import TINT_RED
from emergency_desk.values import id_check_char

pytestmark = pytest.mark.gui



def _numeral(i: int) -> str:
    """Two digits as Chinese numerals: a 姓名 holds no digits (队员零三)."""
    return "".join("零一二三四五六七八九"[int(d)] for d in f"{i:02d}")

def _person(name: str, n: int) -> PersonInput:
    first17 = f"34102319900101{n:03d}"
    return PersonInput(name=name, id_card=first17 + id_check_char(first17),
                       mobile=f"1370000{n:04d}")


@pytest.fixture
def ids(db: Database) -> dict[str, int]:
    regions = RegionService(db)
    out = {"黟县": regions.create(RegionInput("黟县", RegionLevel.COUNTY, code="341023000000"))}
    out["碧阳镇"] = regions.create(RegionInput("碧阳镇", RegionLevel.TOWNSHIP, out["黟县"],
                                              "341023100000"))
    out["宏村镇"] = regions.create(RegionInput("宏村镇", RegionLevel.TOWNSHIP, out["黟县"],
                                              "341023101000"))
    teams, members = TeamService(db), MemberService(db)
    out["short"] = teams.create(TeamInput(
        "碧阳镇综合应急救援队", out["碧阳镇"], TeamCategory.COMPREHENSIVE, planned_size=20,
        duty_phone="0559-5521119"))
    for i in range(19):
        members.create(MemberInput(_person("碧队员" + _numeral(i), i), out["short"],
                                   MemberRole.CAPTAIN if i == 0 else MemberRole.MEMBER))
    out["fire"] = teams.create(TeamInput("宏村镇半专业扑火队", out["宏村镇"],
                                         TeamCategory.FOREST_FIRE, duty_phone="0559-5500000"))
    out["fire_member"] = members.create(MemberInput(_person("胡扑火", 50), out["fire"],
                                                    MemberRole.CAPTAIN))
    out["saw"] = EquipmentService(db).create(EquipmentInput(
        "油锯", EquipmentCategory.BREACHING, team_id=out["fire"], quantity=3))
    return out


@pytest.fixture
def page(qtbot: Any, db: Database, ids: dict[str, int]) -> TeamsPage:
    p = TeamsPage(db)
    qtbot.addWidget(p)
    p.resize(1300, 800)
    p.show()
    assert p.wait_loaded()  # the rules' tints are read in a worker
    return p


def team_names(page: TeamsPage) -> list[str]:
    assert page.model is not None
    page.model.fetch_all()
    return [page.model.row_at(i).name for i in range(page.model.rowCount())]


def member_names(page: TeamsPage) -> list[str]:
    model = page.member_tab.model
    assert model is not None
    model.fetch_all()
    return [model.row_at(i).name for i in range(model.rowCount())]


def background(page: TeamsPage, team_id: int) -> Any:
    assert page.wait_loaded()  # after an edit the tints are read again in a worker
    assert page.model is not None
    i = page.model.find_row(team_id)
    assert i is not None
    brush = page.model.data(page.model.index(i, 0), Qt.ItemDataRole.BackgroundRole)
    return brush.color() if brush is not None else None


def test_teams_listed_with_headcount_and_the_first_teams_members_below(
        page: TeamsPage, ids: dict[str, int]) -> None:
    assert team_names(page) == ["碧阳镇综合应急救援队", "宏村镇半专业扑火队"]
    assert page.current_row().id == ids["short"]
    assert page.current_row().headcount_text == "19/20"
    names = member_names(page)
    assert len(names) == 19 and names[0] == "碧队员零零"  # 队长 first
    assert page.tabs.tabText(0) == "队员名单（19）"


def test_add_member_through_the_dialog_clears_the_t1_alert(
        qtbot: Any, page: TeamsPage, ids: dict[str, int]) -> None:
    assert background(page, ids["short"]) == TINT_RED
    assert "T1" in page.alert_label.text() and not page.alert_label.isHidden()
    seen: dict[str, Any] = {}

    def fill(d: FormDialog) -> None:
        type_chinese(d.widget("姓名"), "程新兵")
        wrong = "0" if id_check_char("34102319900101001") != "0" else "1"
        qtbot.keyClicks(d.widget("身份证号"), "34102319900101001" + wrong)  # bad check char
        seen["bad_id"] = d.error_text("身份证号")
        seen["ok_while_bad"] = d.ok_button.isEnabled()
        d.widget("身份证号").clear()
        first17 = "34102319900101101"
        qtbot.keyClicks(d.widget("身份证号"), first17 + id_check_char(first17))
        qtbot.keyClicks(d.widget("手机号码"), "13900001111")
        qtbot.mouseClick(d.ok_button, Qt.MouseButton.LeftButton)

    problems = when_dialog_opens(fill)
    changed: list[bool] = []
    page.changed.connect(lambda: changed.append(True))
    page.add_member()
    assert not problems, problems
    assert "校验位" in seen["bad_id"] and seen["ok_while_bad"] is False
    assert changed
    assert page.current_row().headcount_text == "20/20"
    assert background(page, ids["short"]) != TINT_RED  # T1 cleared (T4 remains: orange)
    assert "T1" not in page.alert_label.text() and "T4" in page.alert_label.text()
    assert "程新兵" in member_names(page)
    added = TeamViews(page.db).members(MemberQuery(search="程新兵"))[0]
    assert added.birth_date == date(1990, 1, 1)  # from the 身份证号


def test_filters_by_township_category_and_pinyin(qtbot: Any, page: TeamsPage,
                                                 ids: dict[str, int]) -> None:
    page.township_filter.setCurrentIndex(page.township_filter.findText("宏村镇"))
    assert team_names(page) == ["宏村镇半专业扑火队"]
    assert member_names(page) == ["胡扑火"]
    page.township_filter.setCurrentIndex(0)
    page.category_filter.setCurrentIndex(page.category_filter.findText("综合性"))
    assert team_names(page) == ["碧阳镇综合应急救援队"]
    page.category_filter.setCurrentIndex(0)
    qtbot.keyClicks(page.search, "hczbzy")
    qtbot.waitUntil(lambda: team_names(page) == ["宏村镇半专业扑火队"])


def test_show_record_opens_the_member_of_an_alert(page: TeamsPage, ids: dict[str, int]) -> None:
    page.search.setText("碧阳")
    page.apply_filters()
    assert page.show_record("team_member", ids["fire_member"])
    assert page.search.text() == ""
    assert page.current_row().id == ids["fire"]
    assert page.tabs.currentWidget() is page.member_tab
    assert page.member_tab.current().name == "胡扑火"
    assert page.show_record("equipment", ids["saw"])
    assert page.tabs.currentWidget() is page.equipment_tab
    assert page.equipment_tab.current().name == "油锯"
    assert page.show_record("rescue_team", ids["short"])
    assert not page.show_record("region", ids["碧阳镇"])


def test_delete_team_with_members_is_refused_and_says_why(
        page: TeamsPage, ids: dict[str, int], monkeypatch: pytest.MonkeyPatch) -> None:
    shown: list[str] = []
    monkeypatch.setattr(register_page, "confirm", lambda *a: True)
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *a: shown.append(text))
    assert page.select_key(ids["fire"])
    page.delete_selected()
    assert shown and "1 名队员" in shown[0] and "1 项装备" in shown[0]
    assert "宏村镇半专业扑火队" in team_names(page)


def test_move_member_to_another_team_keeps_history(
        page: TeamsPage, ids: dict[str, int], monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(register_page, "choose",
                        lambda _p, _t, _l, items: next(i for i in items if "扑火队" in i))
    assert page.select_key(ids["short"])
    assert page.member_tab.select_key(page.member_tab.model.row_at(5).id)
    moving = page.member_tab.current()
    page.move_member()
    assert page.current_row().id == ids["fire"]
    assert moving.name in member_names(page)
    history = TeamViews(page.db).person_memberships(moving.person_id)
    assert [h.team_name for h in history] == ["宏村镇半专业扑火队", "碧阳镇综合应急救援队"]


def test_print_chooses_a_report_and_opens_the_pdf(
        page: TeamsPage, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    opened: list[Path] = []
    monkeypatch.setattr(register_page, "documents_dir", lambda: tmp_path)
    monkeypatch.setattr(register_page, "open_file", lambda p: opened.append(Path(p)))
    monkeypatch.setattr(register_page, "choose", lambda _p, _t, _l, items: items[1])
    task = page.print_report()
    assert task is not None and task.wait() and task.error is None, task and task.error
    assert len(opened) == 1 and "花名册" in opened[0].name
    assert opened[0].read_bytes()[:5] == b"%PDF-"


def test_export_members_register(page: TeamsPage, tmp_path: Path,
                                 monkeypatch: pytest.MonkeyPatch) -> None:
    import openpyxl

    out = tmp_path / "members.xlsx"
    monkeypatch.setattr(register_page, "choose", lambda _p, _t, _l, items: items[1])
    monkeypatch.setattr(register_page, "ask_save_path", lambda *a: out)
    monkeypatch.setattr(register_actions.PrivacyDialog, "exec",
                        lambda _self: QDialog.DialogCode.Accepted)  # the default: masked
    monkeypatch.setattr(register_page, "inform", lambda *a: None)
    task = page.export_file()
    assert task is not None and task.wait() and task.error is None
    ws = openpyxl.load_workbook(out).active
    cells = [c for row in ws.iter_rows(values_only=True) for c in row]
    assert "身份证号" in cells and "胡扑火" in cells


def test_page_title_is_chinese() -> None:
    assert teams_page.PAGE_TITLE == "救援队伍"


def test_editing_a_member_keeps_what_the_form_does_not_show(
        qtbot: Any, page: TeamsPage, ids: dict[str, int]) -> None:
    from emergency_desk.services.people import PeopleService

    people = PeopleService(page.db)
    member = TeamViews(page.db).members(MemberQuery(team_id=ids["fire"]))[0]
    data = people.get(member.person_id)
    people.update(member.person_id, PersonInput(
        name=data.name, id_card=data.id_card, mobile=data.mobile, phone2="0559-5500001",
        job_title="宏村镇应急管理中心主任"))
    assert page.show_record("team_member", ids["fire_member"])

    def fill(d: FormDialog) -> None:
        type_chinese(d.widget("专业特长"), "油锯操作")
        qtbot.mouseClick(d.ok_button, Qt.MouseButton.LeftButton)

    problems = when_dialog_opens(fill)
    page.edit_member()
    assert not problems, problems
    after = people.get(member.person_id)
    assert after.job_title == "宏村镇应急管理中心主任" and after.phone2 == "0559-5500001"
    assert TeamViews(page.db).members(MemberQuery(team_id=ids["fire"]))[0].skills == "油锯操作"


def test_print_honours_the_page_filters_and_names_them(
        page: TeamsPage, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Printing from the page prints the teams it shows, and the header says which (issue 17)."""
    import pypdf

    opened: list[Path] = []
    monkeypatch.setattr(register_page, "documents_dir", lambda: tmp_path)
    monkeypatch.setattr(register_page, "open_file", lambda p: opened.append(Path(p)))
    monkeypatch.setattr(register_page, "choose", lambda _p, _t, _l, items: items[0])  # 汇总表

    def printed() -> str:
        task = page.print_report()
        assert task is not None and task.wait() and task.error is None, task and task.error
        # Without the line ends of cells that wrap a long name.
        return "".join("".join(p.extract_text() for p in pypdf.PdfReader(opened[-1]).pages)
                       .split())

    text = printed()  # no filter: both teams, the whole county
    assert "统计范围：全部（本县）" in text
    assert "碧阳镇综合应急救援队" in text and "宏村镇半专业扑火队" in text
    page.category_filter.setCurrentIndex(
        page.category_filter.findData(TeamCategory.FOREST_FIRE.value))
    page.apply_filters()
    assert team_names(page) == ["宏村镇半专业扑火队"]
    text = printed()
    assert "宏村镇半专业扑火队" in text and "碧阳镇综合应急救援队" not in text
    assert f"统计范围：全部（本县）；类别：{TeamCategory.FOREST_FIRE.label}" in text
    # The search as well; a filter that leaves nothing says so rather than "none on file".
    page.category_filter.setCurrentIndex(0)
    page.search.setText("碧阳")
    page.apply_filters()
    text = printed()
    assert "碧阳镇综合应急救援队" in text and "宏村镇半专业扑火队" not in text
    assert "搜索：碧阳" in text
    page.category_filter.setCurrentIndex(
        page.category_filter.findData(TeamCategory.FOREST_FIRE.value))
    page.apply_filters()
    assert team_names(page) == []
    text = printed()
    assert "没有符合筛选条件的救援队伍" in text and "尚未登记" not in text
    # The equipment list from the filtered page: only the kit of the teams shown.
    page.search.setText("扑火")
    page.apply_filters()
    monkeypatch.setattr(register_page, "choose",
                        lambda _p, _t, _l, items: items[2])  # 应急装备清单
    text = printed()
    assert "油锯" in text and "类别：" in text


def test_refresh_keeps_the_chosen_team_without_waiting_for_the_rows(
        qtbot: Any, page: TeamsPage, ids: dict[str, int],
        monkeypatch: pytest.MonkeyPatch) -> None:
    """Issue 20: after a refresh (F5, an edit) the page selected the team it showed again by
    waiting on the GUI thread for the new rows (`select_key`), a freeze at county scale. Now
    the refresh returns while a worker reads them, and the team is selected when they arrive."""
    import threading
    import time

    from emergency_desk.ui.widgets.table_model import LazyTableModel

    assert page.select_key(ids["fire"])
    monkeypatch.setattr(LazyTableModel, "wait_s", 0.0)
    LazyTableModel._end_burst()
    gate = threading.Event()
    real = page.views.list

    def held(*args: Any, **kwargs: Any) -> Any:
        assert gate.wait(30)
        return real(*args, **kwargs)

    monkeypatch.setattr(page.views, "list", held)
    started = time.monotonic()
    timer = threading.Timer(1.0, gate.set)
    timer.start()
    page.refresh()
    took = time.monotonic() - started
    gate.set()
    timer.cancel()
    assert took < 0.5, f"refresh waited {took:.2f} s for the rows"
    assert page.model is not None
    qtbot.waitUntil(lambda: not page.model.is_loading(), timeout=10_000)
    team = page.selected_team()
    assert team is not None and team.id == ids["fire"]
    assert page.member_tab.model is not None
    qtbot.waitUntil(lambda: not page.member_tab.model.is_loading(), timeout=10_000)
    members = [page.member_tab.model.row_at(i) for i in range(page.member_tab.model.rowCount())]
    assert [m.name for m in members if m is not None] == ["胡扑火"]


def test_a_page_whose_rows_come_late_still_shows_the_first_teams_members(
        qtbot: Any, db: Database, ids: dict[str, int], monkeypatch: pytest.MonkeyPatch) -> None:
    """Under load the table's short wait for its first rows runs out before the worker has
    read them: the page opened with no team selected and the 队员名单 below empty. The first
    team is selected when the rows arrive, as when they come at once."""
    import threading

    from emergency_desk.services.teams.views import TeamViews
    from emergency_desk.ui.widgets.table_model import LazyTableModel

    monkeypatch.setattr(LazyTableModel, "wait_s", 0.0)
    LazyTableModel._end_burst()
    gate = threading.Event()
    real = TeamViews.list

    def held(self: Any, *args: Any, **kwargs: Any) -> Any:
        assert gate.wait(30)
        return real(self, *args, **kwargs)

    monkeypatch.setattr(TeamViews, "list", held)
    p = TeamsPage(db)
    qtbot.addWidget(p)
    p.show()
    assert p.model is not None
    assert p.model.rowCount() == 0 and p.selected_team() is None  # the rows are not in yet
    gate.set()
    qtbot.waitUntil(lambda: p.selected_team() is not None, timeout=10_000)
    first = p.model.row_at(0)
    assert first is not None and p.selected_team() == first
    assert p.member_tab.model is not None
    qtbot.waitUntil(lambda: not p.member_tab.model.is_loading(), timeout=10_000)
    assert p.member_tab.model.query.team_id == first.id
