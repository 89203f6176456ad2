"""The 灾害信息员 page as a township clerk uses it: see the gaps, appoint, hand over an A post."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import pypdf
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog
from test_regions_page import (  # noqa: F401  the autouse fixture applies here too
    crash_dialog_fails_the_test,
    type_chinese,
    when_dialog_opens,
)

from emergency_desk.data.db import Database
from emergency_desk.data.enums import RegionLevel
from emergency_desk.data.officers import OfficerPost, OfficerStatus
from emergency_desk.data.people import Gender
from emergency_desk.services.officers.officers import OfficerInput, OfficerService
from emergency_desk.services.officers.views import OfficerQuery, OfficerViews
from emergency_desk.services.people import PersonInput
from emergency_desk.services.regions.regions import RegionInput, RegionService
from emergency_desk.ui.officers import page as officers_page
from emergency_desk.ui.officers.coverage_view import COL_A, COL_B, COL_GAP, COL_NAME
from emergency_desk.ui.officers.page import OfficersPage
from emergency_desk.ui.widgets import register_actions, register_page
from emergency_desk.ui.widgets.form_dialog import FormDialog
from emergency_desk.ui.widgets.table_model import TINT_RED
from emergency_desk.values import id_check_char

pytestmark = pytest.mark.gui
A, B = OfficerPost.A, OfficerPost.B


def id_card(seq: int, birth: str = "19800315") -> str:
    first17 = f"341023{birth}{seq * 2 + 1:03d}"  # odd 17th digit: a man
    return first17 + id_check_char(first17)


@pytest.fixture
def county(db: Database) -> dict[str, int]:
    """碧阳镇 (A+B; 古筑村 nobody; 南屏村 A) and 宏村镇 (prone; 宏村 prone, A only)."""
    regions = RegionService(db)
    ids = {"黟县": regions.create(RegionInput("黟县", RegionLevel.COUNTY, code="341023000000"))}
    for name, code, prone in (("碧阳镇", "341023100000", False), ("宏村镇", "341023101000", True)):
        ids[name] = regions.create(RegionInput(name, RegionLevel.TOWNSHIP, ids["黟县"], code,
                                               is_disaster_prone=prone, main_hazards="山洪"))
    for name, town, prone in (("古筑村", "碧阳镇", False), ("南屏村", "碧阳镇", False),
                              ("宏村", "宏村镇", True)):
        ids[name] = regions.create(RegionInput(name, RegionLevel.VILLAGE, ids[town],
                                               is_disaster_prone=prone, main_hazards="山洪"))
    svc = OfficerService(db)
    for seq, (name, region, post) in enumerate((
            ("汪镇长", "碧阳镇", A), ("胡干事", "碧阳镇", B), ("程书记", "南屏村", A),
            ("王镇长", "宏村镇", A), ("李委员", "宏村镇", B), ("叶书记", "宏村", A),
            ("余会计", "宏村", OfficerPost.SINGLE)), 1):
        ids[name] = svc.create(OfficerInput(
            PersonInput(name, id_card=id_card(seq), mobile=f"1390559{seq:04d}"),
            ids[region], post=post, appoint_date=date(2021, 3, 1)))
    return ids


@pytest.fixture
def page(qtbot: Any, db: Database, county: dict[str, int]) -> OfficersPage:
    p = OfficersPage(db)
    qtbot.addWidget(p)
    p.resize(1300, 850)
    p.show()
    assert p.wait_loaded()
    return p


def roster(page: OfficersPage) -> list[str]:
    assert page.model is not None
    page.model.fetch_all()
    return [page.model.row_at(i).name for i in range(page.model.rowCount())]


def coverage_names(page: OfficersPage) -> list[str]:
    return [it.text(COL_NAME) for it in page.coverage.items()]


def test_coverage_lists_every_region_with_a_and_b_red_where_missing(
        page: OfficersPage, county: dict[str, int]) -> None:
    cov = page.coverage
    assert coverage_names(page) == ["碧阳镇", "南屏村", "古筑村", "宏村镇", "宏村"]
    guzhu = cov.item_for(county["古筑村"])
    assert guzhu is not None and guzhu.background(COL_NAME).color() == TINT_RED
    hongcun = cov.item_for(county["宏村"])
    assert hongcun is not None and hongcun.text(COL_A) == "叶书记" and hongcun.text(COL_B) == ""
    assert hongcun.background(COL_B).color() == TINT_RED  # prone, no B
    assert "缺B岗" in hongcun.text(5)
    nanping = cov.item_for(county["南屏村"])
    assert nanping is not None and nanping.background(COL_B).style() == Qt.BrushStyle.NoBrush
    assert "未配备灾害信息员 1 个" in cov.summary.text()
    assert "未落实AB岗 1 个" in cov.summary.text()
    cov.prone_only.setChecked(True)  # the township heading stays for orientation
    assert coverage_names(page) == ["宏村镇", "宏村"]
    cov.prone_only.setChecked(False)
    cov.gaps_only.setChecked(True)
    assert coverage_names(page) == ["碧阳镇", "古筑村", "宏村镇", "宏村"]
    assert cov.item_for(county["碧阳镇"]) is None  # a heading only: nothing missing there


def test_coverage_selection_and_filters_limit_the_roster(
        page: OfficersPage, county: dict[str, int]) -> None:
    assert len(roster(page)) == 7
    page.coverage.select_region(county["宏村"])
    assert sorted(roster(page)) == ["余会计", "叶书记"]
    page.coverage.select_region(county["宏村镇"])  # a township: with its villages
    assert sorted(roster(page)) == ["余会计", "叶书记", "李委员", "王镇长"]
    page.township_filter.setCurrentIndex(page.township_filter.findText("碧阳镇"))
    assert page.coverage.selected_region_id() is None
    assert sorted(roster(page)) == ["汪镇长", "程书记", "胡干事"]
    page.township_filter.setCurrentIndex(0)
    page.prone_filter.setChecked(True)
    assert sorted(roster(page)) == ["余会计", "叶书记", "李委员", "王镇长"]
    assert page.coverage.prone_only.isChecked()


def test_appointing_where_a_village_has_nobody_validates_as_you_type(
        qtbot: Any, page: OfficersPage, db: Database, county: dict[str, int]) -> None:
    seen: dict[str, Any] = {}
    good = id_card(40, "19900708")

    def fill(d: FormDialog) -> None:
        assert d.value("所属区划") == county["古筑村"]  # from the coverage row clicked
        type_chinese(d.widget("姓名"), "吴新民")
        qtbot.keyClicks(d.widget("身份证号"), good[:-1] + ("1" if good[-1] != "1" else "2"))
        seen["bad_id"] = d.error_text("身份证号")
        seen["ok_while_bad"] = d.ok_button.isEnabled()
        d.widget("身份证号").clear()
        qtbot.keyClicks(d.widget("身份证号"), good.lower())
        seen["id_fixed"] = d.error_text("身份证号")
        seen["birth"], seen["gender"] = d.value("出生日期"), d.value("性别")
        qtbot.keyClicks(d.widget("手机号码"), "1390559")
        seen["short"] = d.error_text("手机号码")
        qtbot.keyClicks(d.widget("手机号码"), "8888")
        seen["mobile_fixed"] = d.error_text("手机号码")
        d.set_value("岗位", A)
        qtbot.mouseClick(d.ok_button, Qt.MouseButton.LeftButton)

    problems = when_dialog_opens(fill)
    changed: list[bool] = []
    page.changed.connect(lambda: changed.append(True))
    page.coverage.add_requested.emit(county["古筑村"])  # a double-click on the red row
    assert not problems, problems
    assert "校验位" in seen["bad_id"] and seen["ok_while_bad"] is False
    assert seen["id_fixed"] == "" and seen["birth"] == date(1990, 7, 8)
    assert seen["gender"] == Gender.MALE
    assert "11 位" in seen["short"] and seen["mobile_fixed"] == ""
    assert changed
    row = page.current_row()
    assert row is not None and row.name == "吴新民" and row.id_card == good
    assert page.wait_loaded()  # the coverage of 古筑村 is read again in a worker
    item = page.coverage.item_for(county["古筑村"])
    assert item is not None and item.text(COL_A) == "吴新民"
    assert item.background(COL_NAME).style() == Qt.BrushStyle.NoBrush
    assert hover_tip(page, county["古筑村"], COL_GAP) == ""  # the gap's tip went with it


def hover_tip(page: OfficersPage, region_id: int, col: int) -> str:
    """What the mouse resting on a coverage cell shows."""
    from PySide6.QtCore import QEvent, QPoint
    from PySide6.QtGui import QHelpEvent
    from PySide6.QtWidgets import QApplication, QToolTip

    tree = page.coverage.tree
    item = page.coverage.item_for(region_id)
    assert item is not None
    tree.scrollToItem(item)
    at = QPoint(tree.columnViewportPosition(col) + 5, tree.visualItemRect(item).center().y())
    event = QHelpEvent(QEvent.Type.ToolTip, at, tree.viewport().mapToGlobal(at))
    QApplication.sendEvent(tree.viewport(), event)
    # A cell with nothing to say leaves the event unaccepted (the last tip fades on its own).
    return QToolTip.text() if event.isAccepted() and QToolTip.isVisible() else ""


def test_coverage_tips_name_the_path_and_every_gap(
        page: OfficersPage, county: dict[str, int]) -> None:
    assert hover_tip(page, county["古筑村"], COL_NAME) == "黟县/碧阳镇/古筑村"
    assert hover_tip(page, county["古筑村"], COL_GAP) == "没有在岗灾害信息员"
    assert "缺B岗" in hover_tip(page, county["宏村"], COL_GAP)
    assert hover_tip(page, county["南屏村"], COL_GAP) == ""  # covered: nothing to say
    assert hover_tip(page, county["宏村"], COL_A) == ""


def test_second_a_is_refused_beside_the_post_field(
        qtbot: Any, page: OfficersPage, county: dict[str, int]) -> None:
    seen: dict[str, Any] = {}

    def fill(d: FormDialog) -> None:
        type_chinese(d.widget("姓名"), "赵六")
        qtbot.keyClicks(d.widget("手机号码"), "13905597777")
        d.set_value("岗位", A)
        qtbot.mouseClick(d.ok_button, Qt.MouseButton.LeftButton)
        seen["open"], seen["post"] = d.isVisible(), d.error_text("岗位")

    problems = when_dialog_opens(fill)
    page.add_officer(county["南屏村"])
    assert not problems, problems
    assert seen["open"] and "程书记" in seen["post"]


def test_leaving_an_a_post_hands_it_to_the_chosen_successor(
        qtbot: Any, page: OfficersPage, db: Database, county: dict[str, int],
        monkeypatch: pytest.MonkeyPatch) -> None:
    offered: list[Any] = []

    def run(dialog: Any) -> bool:
        offered.append(dialog.fields["接任A岗"].spec.choices)
        dialog.set_value("离任日期", date(2025, 6, 30))
        dialog.try_accept()
        return True

    monkeypatch.setattr(page, "exec_dialog", run)
    page.select_key(county["汪镇长"])
    page.leave_selected()
    labels = [label for label, _ in offered[0]]
    assert labels[0].startswith("暂不指定") and labels[1] == "胡干事（B岗）"
    views = OfficerViews(db)
    assert views.get(county["汪镇长"]).status == OfficerStatus.LEFT
    assert views.get(county["胡干事"]).post == A  # the default successor: the B
    assert "汪镇长" not in roster(page)  # the roster shows active officers


def test_changing_an_a_to_left_in_the_form_asks_for_the_successor(
        qtbot: Any, page: OfficersPage, db: Database, county: dict[str, int],
        monkeypatch: pytest.MonkeyPatch) -> None:
    asked: list[list[str]] = []

    def pick(_p: Any, _title: str, label: str, items: list[str]) -> str:
        asked.append(items)
        assert "王镇长" in label
        return "李委员（B岗）"

    monkeypatch.setattr(register_page, "choose", pick)

    def fill(d: FormDialog) -> None:
        d.set_value("状态", OfficerStatus.LEFT)
        d.set_value("离任日期", date(2025, 6, 30))
        qtbot.mouseClick(d.ok_button, Qt.MouseButton.LeftButton)

    problems = when_dialog_opens(fill)
    page.select_key(county["王镇长"])
    page.edit_current()
    assert not problems, problems
    assert asked == [["李委员（B岗）"]]
    assert OfficerViews(db).get(county["李委员"]).post == A
    assert page.wait_loaded()  # only 宏村镇's coverage is read again, in a worker
    item = page.coverage.item_for(county["宏村镇"])
    assert item is not None and item.text(COL_A) == "李委员"


def test_show_record_for_alerts(page: OfficersPage, county: dict[str, int]) -> None:
    page.search.setText("汪")
    page.apply_filters()
    assert page.show_record("info_officer", county["叶书记"])
    assert page.current_row().name == "叶书记" and page.search.text() == ""
    assert page.show_record("region", county["古筑村"])
    assert page.coverage.selected_region_id() == county["古筑村"]
    assert not page.show_record("warehouse", 1)
    assert officers_page.PAGE_TITLE == "灾害信息员"


def test_delete_print_and_export(page: OfficersPage, db: Database, county: dict[str, int],
                                 tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import openpyxl

    monkeypatch.setattr(register_page, "confirm", lambda *a: True)
    page.select_key(county["余会计"])
    page.delete_selected()
    assert "余会计" not in roster(page)
    assert OfficerViews(db).count(OfficerQuery(include_deleted=True)) == 7
    opened: list[Path] = []
    monkeypatch.setattr(register_page, "documents_dir", lambda: tmp_path)
    monkeypatch.setattr(register_page, "open_file", lambda p: opened.append(Path(p)))
    page.coverage.select_region(county["宏村镇"])  # a township: what the page shows
    task = page.print_report()
    assert task.wait() and task.error is None, task.error
    text = "".join(p.extract_text() for p in pypdf.PdfReader(opened[0]).pages)
    assert "统计范围：黟县/宏村镇" in text and "叶书记" in text and "程书记" not in text
    page.coverage.select_region(county["宏村"])  # a village: that village only, as shown
    task = page.print_report()
    assert task.wait() and task.error is None, task.error
    text = "".join(p.extract_text() for p in pypdf.PdfReader(opened[-1]).pages)
    assert "统计范围：黟县/宏村镇/宏村" in text and "程书记" not in text
    assert "古筑村" not in text and "叶书记" in text  # no other township's gaps
    # The 岗位 and search filters too, named in the header's 统计范围 (issue 17).
    page.coverage.select_region(None)
    page.post_filter.setCurrentIndex(page.post_filter.findData(OfficerPost.B.value))
    page.apply_filters()
    shown = roster(page)
    task = page.print_report()
    assert task.wait() and task.error is None, task.error
    text = "".join(p.extract_text() for p in pypdf.PdfReader(opened[-1]).pages)
    assert "统计范围：全部（本县）；岗位：B岗" in text
    assert f"A岗 0 名、B岗 {len(shown)} 名" in text
    page.search.setText(shown[0])
    page.apply_filters()
    task = page.print_report()
    assert task.wait() and task.error is None, task.error
    text = "".join(p.extract_text() for p in pypdf.PdfReader(opened[-1]).pages)
    assert f"岗位：B岗；搜索：{shown[0]}" in text and "在岗灾害信息员 1 名" in text
    page.search.clear()
    page.post_filter.setCurrentIndex(0)
    page.coverage.select_region(None)
    out = tmp_path / "officers.xlsx"
    monkeypatch.setattr(register_page, "ask_save_path", lambda *a: out)
    monkeypatch.setattr(register_actions.PrivacyDialog, "exec",
                        lambda _self: QDialog.DialogCode.Accepted)  # the default: masked
    monkeypatch.setattr(register_page, "inform", lambda *a: None)
    export = page.export_file()
    assert export is not None and export.wait() and export.error is None
    cells = [c for r in openpyxl.load_workbook(out).active.iter_rows(values_only=True)
             for c in r]
    assert "村(社区)" in cells and "叶书记" in cells and "余会计" not in cells
    ids = [c for c in cells if isinstance(c, str) and len(c) == 18 and c[:4].isdigit()]
    assert ids and all("*" in c for c in ids)  # masked unless the user chose otherwise



def test_the_rules_and_coverage_are_read_once_the_roster_has_painted(
        qtbot: Any, db: Database, county: dict[str, int], monkeypatch: pytest.MonkeyPatch) -> None:
    """Issue 20: the page's two workers (the rules' tints, the coverage) took turns with the GUI
    thread for Python's lock while it built and first painted the page (0.13–0.25 s to open at
    50k on a slow machine). They start in the turn after the roster's first paint."""
    from test_tints_after_paint import workers_started

    from emergency_desk.ui.widgets import first_paint

    paints, started = workers_started(monkeypatch)
    p = OfficersPage(db)
    qtbot.addWidget(p)
    p.table.viewport().installEventFilter(paints)
    qtbot.wait(300)  # built, not shown: nothing read yet
    assert [who for who, _ in started if who != "NoneType"] == []  # the roster's rows only
    assert p.is_loading()  # waiting for its paint counts as loading
    p.resize(1300, 850)
    p.show()
    qtbot.waitUntil(lambda: any(who == "CoverageView" for who, _ in started), timeout=5_000)
    assert {who: n for who, n in started if who in ("OfficersPage", "CoverageView")} == {
        "OfficersPage": 1, "CoverageView": 1}  # both, right after the first paint
    assert p.wait_loaded()
    assert "叶书记" in roster(p) and "宏村" in coverage_names(p)

    # A page built and never shown reads them all the same: at once when waited for …
    hidden = OfficersPage(db)
    qtbot.addWidget(hidden)
    assert hidden.wait_loaded()
    assert not hidden.is_loading() and "宏村" in coverage_names(hidden)
    # … and a short while after it was built otherwise.
    monkeypatch.setattr(first_paint, "AT_MOST_MS", 200)
    unseen = OfficersPage(db)
    qtbot.addWidget(unseen)
    qtbot.waitUntil(lambda: not unseen.is_loading(), timeout=5_000)
    assert "宏村" in coverage_names(unseen)
