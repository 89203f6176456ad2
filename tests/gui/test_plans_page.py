"""The 应急预案 page as a user drives it: add a plan, record a revision and a drill, see the
rule tints, filter, delete with references, open a record from an alert, print."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import pytest
from gui_helpers import crash_dialog_fails_the_test, type_chinese, when_dialog_opens  # noqa: F401  (fixture)
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from emergency_desk.data.db import Database
from emergency_desk.data.enums import RegionLevel
from emergency_desk.data.plans import PlanStatus, PlanType, RevisionTrigger
from emergency_desk.services.plans.drills import DrillInput, DrillService
from emergency_desk.services.plans.plans import PlanInput, PlanService
from emergency_desk.services.plans.views import PlanViews
from emergency_desk.services.regions.regions import RegionInput, RegionService
from emergency_desk.ui.plans import page as plans_page
from emergency_desk.ui.plans.page import PlansPage
from emergency_desk.ui.widgets import register_page
from emergency_desk.ui.widgets.form_dialog import FormDialog
from emergency_desk.ui.widgets.table_model import TINT_ORANGE

pytestmark = pytest.mark.gui


@pytest.fixture
def ids(db: Database) -> dict[str, int]:
    regions = RegionService(db)
    out = {"黟县": regions.create(RegionInput("黟县", RegionLevel.COUNTY, code="341023000000"))}
    out["碧阳镇"] = regions.create(RegionInput("碧阳镇", RegionLevel.TOWNSHIP, out["黟县"]))
    out["宏村镇"] = regions.create(RegionInput("宏村镇", RegionLevel.TOWNSHIP, out["黟县"]))
    out["古筑村"] = regions.create(RegionInput("古筑村", RegionLevel.VILLAGE, out["碧阳镇"]))
    plans = PlanService(db)
    issued = date(2020, 3, 1)  # evaluation overdue since 2023 (P1)
    out["old"] = plans.create(PlanInput(
        "黟县防汛抗旱应急预案", PlanType.SPECIAL, out["黟县"], issue_date=issued,
        expert_review_date=issued, filed_to="黄山市应急管理局", filed_date=issued))
    out["town"] = plans.create(PlanInput(
        "宏村镇突发事件总体应急预案", PlanType.TOWNSHIP, out["宏村镇"],
        issue_date=date(2024, 3, 1), status=PlanStatus.PUBLISHED))
    out["drill"] = DrillService(db).create(DrillInput(
        "黟县防汛桌面推演", date(2024, 5, 1), plan_ids=(out["old"],), evaluation=None))
    return out


@pytest.fixture
def page(qtbot: Any, db: Database, ids: dict[str, int]) -> PlansPage:
    p = PlansPage(db)
    qtbot.addWidget(p)
    p.resize(1280, 800)
    p.show()
    assert p.wait_loaded()  # the tints and the 六有 scorecard are read in workers
    return p


def plan_names(page: PlansPage) -> list[str]:
    m = page.plans.model
    assert m is not None
    m.fetch_all()
    return sorted(m.row_at(i).name for i in range(m.rowCount()))


def test_page_title_and_tabs(page: PlansPage) -> None:
    assert plans_page.PAGE_TITLE == "应急预案"
    assert [page.tabs.tabText(i) for i in range(page.tabs.count())] == \
        ["预案目录", "演练记录", "年度演练计划", "“六有”自查"]


def test_add_plan_through_the_form(qtbot: Any, page: PlansPage, db: Database,
                                   ids: dict[str, int]) -> None:
    seen: dict[str, Any] = {}

    def fill(d: FormDialog) -> None:
        type_chinese(d.widget("预案名称"), "宏村镇突发事件总体应急预案")
        d.set_value("预案类型", PlanType.TOWNSHIP)
        d.set_value("所属区划", ids["宏村镇"])
        qtbot.mouseClick(d.ok_button, Qt.MouseButton.LeftButton)
        seen["clash"] = d.error_text("预案名称")  # the same name in the same township
        d.set_value("所属区划", ids["碧阳镇"])
        d.fields["预案名称"].set_value("碧阳镇突发事件总体应急预案")
        d.set_value("发布日期", date(2024, 6, 1))
        qtbot.mouseClick(d.ok_button, Qt.MouseButton.LeftButton)

    changed: list[bool] = []
    page.changed.connect(lambda: changed.append(True))
    problems = when_dialog_opens(fill)
    page.plans.add_plan()
    assert not problems, problems
    assert "已有同名预案" in seen["clash"]
    assert "碧阳镇突发事件总体应急预案" in plan_names(page) and changed
    row = page.plans.current_row()
    assert row is not None and row.next_review_due == date(2027, 6, 1)


def test_overdue_plan_is_tinted_and_filtered(page: PlansPage, ids: dict[str, int]) -> None:
    m = page.plans.model
    i = m.find_row(ids["old"])
    brush = m.data(m.index(i, 0), Qt.ItemDataRole.BackgroundRole)
    assert brush is not None and brush.color() == TINT_ORANGE
    tip = m.data(m.index(i, 0), Qt.ItemDataRole.ToolTipRole)
    assert "P1" in tip and "评估期限" in tip
    page.plans.overdue_filter.setChecked(True)
    assert plan_names(page) == ["黟县防汛抗旱应急预案"]
    page.plans.overdue_filter.setChecked(False)
    page.plans.township_filter.setCurrentIndex(page.plans.township_filter.findText("宏村镇"))
    assert plan_names(page) == ["宏村镇突发事件总体应急预案"]


def test_record_revision_updates_the_plan_and_its_history(
        qtbot: Any, page: PlansPage, db: Database, ids: dict[str, int]) -> None:
    def fill(d: FormDialog) -> None:
        d.set_value("修订日期", date(2024, 4, 1))
        d.set_value("修订情形", RevisionTrigger.RISK)
        d.fields["版本"].set_value("2024版")
        qtbot.mouseClick(d.ok_button, Qt.MouseButton.LeftButton)

    assert page.plans.select_key(ids["old"])
    problems = when_dialog_opens(fill)
    page.plans.record_revision()
    assert not problems, problems
    row = PlanViews(db).get(ids["old"])
    assert row.last_revised_date == date(2024, 4, 1) and row.version == "2024版"
    assert page.plans.revision_table.rowCount() == 1
    assert page.plans.revision_table.item(0, 1).text() == "2024版"
    assert page.plans.drill_table.rowCount() == 1  # the plan's drill, shown underneath


def test_record_drill_for_the_selected_plan(qtbot: Any, page: PlansPage, db: Database,
                                            ids: dict[str, int]) -> None:
    def fill(d: FormDialog) -> None:
        assert d.value("依据预案") == ids["town"]
        type_chinese(d.widget("演练名称"), "宏村镇山洪转移演练")
        d.set_value("演练日期", date(2024, 7, 1))
        d.fields["其他依据预案"].set_value("黟县防汛抗旱应急预案")
        d.fields["存在问题"].set_value("预警广播覆盖不全")
        qtbot.mouseClick(d.ok_button, Qt.MouseButton.LeftButton)

    drills_tab = page.drills  # shown before the edit: the edit must refresh it
    assert page.wait_loaded()
    assert page.plans.select_key(ids["town"])
    problems = when_dialog_opens(fill)
    page.plans.record_drill()
    assert not problems, problems
    drills = {d.title: d for d in PlanViews(db).drills()}
    d = drills["宏村镇山洪转移演练"]
    assert d.plan_names == ("宏村镇突发事件总体应急预案", "黟县防汛抗旱应急预案")
    assert d.open_problems
    # The drills tab was refreshed: the new drill is there and tinted (P6, not evaluated).
    assert page.wait_loaded()
    m = drills_tab.model
    i = m.find_row(d.id)
    assert i is not None
    assert m.data(m.index(i, 0), Qt.ItemDataRole.BackgroundRole).color() == TINT_ORANGE


def test_plan_with_drills_cannot_be_deleted_says_why(
        page: PlansPage, ids: dict[str, int], monkeypatch: pytest.MonkeyPatch) -> None:
    shown: list[str] = []
    monkeypatch.setattr(register_page, "confirm", lambda *a: True)
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *a: shown.append(text))
    page.plans.select_key(ids["old"])
    page.plans.delete_selected()
    assert shown and "1 条演练记录" in shown[0]
    page.plans.select_key(ids["town"])
    page.plans.delete_selected()
    assert plan_names(page) == ["黟县防汛抗旱应急预案"]


def test_show_record_opens_the_right_tab(page: PlansPage, ids: dict[str, int]) -> None:
    page.plans.search.setText("zzz")
    page.plans.apply_filters()
    assert page.show_record("drill", ids["drill"])
    assert page.tabs.current_key() == "drills"
    assert page.tabs.currentWidget().isAncestorOf(page.drills)
    assert page.drills.current_row().title == "黟县防汛桌面推演"
    assert page.show_record("emergency_plan", ids["town"])
    assert page.tabs.currentWidget() is page.plans and page.plans.search.text() == ""
    assert page.plans.current_row().name == "宏村镇突发事件总体应急预案"
    assert not page.show_record("region", ids["黟县"])


def test_rectification_clears_the_open_problem(qtbot: Any, page: PlansPage, db: Database,
                                               ids: dict[str, int]) -> None:
    did = DrillService(db).create(DrillInput("古筑村转移演练", date(2024, 8, 1),
                                             region_id=ids["古筑村"], evaluation="良好",
                                             problems="路线标识缺失"))
    page.drills.refresh()
    page.drills.open_filter.setChecked(True)
    assert page.drills.select_key(did)

    def fill(d: FormDialog) -> None:
        d.fields["整改措施"].set_value("补设标识牌 6 块")
        qtbot.mouseClick(d.ok_button, Qt.MouseButton.LeftButton)

    problems = when_dialog_opens(fill)
    page.drills.record_rectification()
    assert not problems, problems
    assert not PlanViews(db).get_drill(did).open_problems
    m = page.drills.model
    m.fetch_all()
    assert did not in {m.row_at(i).id for i in range(m.rowCount())}  # no longer open


def test_six_have_tab_shows_the_scorecard(page: PlansPage) -> None:
    six = page.six
    assert six.wait_loaded()
    assert six.table.rowCount() == 2  # 碧阳镇, 宏村镇
    headers = [six.table.horizontalHeaderItem(i).text() for i in range(six.table.columnCount())]
    assert headers[1:7] == ["有班子", "有机制", "有预案", "有队伍", "有物资", "有培训演练"]
    assert six.table.item(0, 1).text() == "未录入"  # no leadership group recorded (issue 15)
    assert six.table.item(0, 2).text() == "未录入"  # no duty roster register yet
    six.table.setCurrentCell(0, 1)
    assert "领导小组" in six.detail.text()


def test_print_catalogue_writes_pdf_and_opens_it(page: PlansPage, tmp_path: Path,
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    opened: list[Path] = []
    monkeypatch.setattr(register_page, "documents_dir", lambda: tmp_path)
    monkeypatch.setattr(register_page, "open_file", lambda p: opened.append(Path(p)))
    task = page.plans.print_report()
    assert task.wait() and task.error is None, task.error
    assert len(opened) == 1 and opened[0].read_bytes()[:5] == b"%PDF-"


def test_export_drills(page: PlansPage, tmp_path: Path,
                       monkeypatch: pytest.MonkeyPatch) -> None:
    import openpyxl

    from emergency_desk.ui.plans import tabs as plan_tabs

    out = tmp_path / "drills.xlsx"
    monkeypatch.setattr(register_page, "ask_save_path", lambda *a: out)
    monkeypatch.setattr(register_page, "inform", lambda *a: None)
    task = plan_tabs.export_register(page.drills, page.db, "drills", "应急演练")
    assert task is not None and task.wait() and task.error is None
    cells = [c for row in openpyxl.load_workbook(out).active.iter_rows(values_only=True)
             for c in row]
    assert "关联预案" in cells and "黟县防汛桌面推演" in cells


def test_attach_a_file_and_open_it(page: PlansPage, db: Database, ids: dict[str, int],
                                   tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    src = tmp_path / "作战图.pdf"
    src.write_bytes(b"%PDF-1.4 map")
    opened: list[Path] = []
    monkeypatch.setattr(register_page, "ask_open_path", lambda *a: src)
    monkeypatch.setattr(register_page, "choose", lambda _p, _t, _l, items: items[2])
    monkeypatch.setattr(register_page, "open_file", lambda p: opened.append(Path(p)))
    page.plans.select_key(ids["old"])
    page.plans.add_attachment()
    table = page.plans.attachment_table
    assert table.rowCount() == 1 and table.item(0, 0).text() == "作战图"
    page.plans.open_attachment(0)
    assert opened and opened[0].read_bytes() == b"%PDF-1.4 map"


def test_record_leadership_group_turns_you_ban_zi_green(qtbot: Any, page: PlansPage,
                                                         ids: dict[str, int]) -> None:
    six = page.six
    assert six.wait_loaded()
    row = next(r for r in range(six.table.rowCount())
               if six.table.item(r, 0).text() == "宏村镇")
    assert six.table.item(row, 1).text() == "未录入"
    six.table.setCurrentCell(row, 1)  # 宏村镇 · 有班子

    def fill(d: FormDialog) -> None:
        assert d.value("所属区划") == ids["宏村镇"]
        type_chinese(d.widget("名称"), "宏村镇应急管理工作领导小组")
        type_chinese(d.widget("组长"), "程志强")  # 有班子: a group headed by its 组长 (S0)
        qtbot.mouseClick(d.ok_button, Qt.MouseButton.LeftButton)

    problems = when_dialog_opens(fill)
    six.add_group()
    assert not problems, problems
    assert six.wait_loaded()
    assert six.table.item(row, 1).text() == "达标"


def test_annual_drill_plan_is_ticked_off_by_a_drill(
        qtbot: Any, page: PlansPage, ids: dict[str, int],
        monkeypatch: pytest.MonkeyPatch) -> None:
    annual = page.annual
    annual.year.setCurrentIndex(annual.year.findData(2024))

    def fill(d: FormDialog) -> None:
        d.set_value("所属区划", ids["黟县"])  # not a township: refused by the choice list
        d.set_value("所属区划", ids["宏村镇"])
        type_chinese(d.widget("演练名称"), "宏村镇汛前转移演练")
        d.fields["月份"].set_value(5)
        qtbot.mouseClick(d.ok_button, Qt.MouseButton.LeftButton)

    problems = when_dialog_opens(fill)
    annual.add_item()
    assert not problems, problems
    assert annual.wait_loaded()  # the rows are read in a worker
    assert annual.table.rowCount() == 1 and annual.table.item(0, 5).text() == "计划"
    offered: list[list[str]] = []

    def pick(_p: Any, _t: str, _l: str, items: list[str]) -> str:
        offered.append(items)
        return items[0]

    monkeypatch.setattr(register_page, "choose", pick)
    annual.table.setCurrentCell(0, 0)
    annual.mark_done()
    assert offered == [["2024-05-01 黟县防汛桌面推演"]]
    assert annual.wait_loaded()
    assert annual.table.item(0, 5).text() == "已完成"


def test_person_the_plan_relies_on_raises_p7_when_removed(
        qtbot: Any, page: PlansPage, db: Database, ids: dict[str, int]) -> None:
    from emergency_desk.services.people import PeopleService, PersonInput, find_or_create_in

    with db.begin() as s:
        pid = find_or_create_in(s, PersonInput("汪建国", mobile="13900000001")).id

    def fill(d: FormDialog) -> None:
        d.set_value("人员", pid)
        qtbot.mouseClick(d.ok_button, Qt.MouseButton.LeftButton)

    page.plans.select_key(ids["town"])
    problems = when_dialog_opens(fill)
    page.plans.add_person()
    assert not problems, problems
    assert page.plans.resource_table.item(0, 1).text() == "汪建国"
    PeopleService(db).delete(pid)
    page.plans.refresh()
    assert page.wait_loaded()  # the rules run again in a worker
    m = page.plans.model
    i = m.find_row(ids["town"])
    assert "P7" in m.data(m.index(i, 0), Qt.ItemDataRole.ToolTipRole)


def test_import_wizard_takes_a_drills_sheet(qtbot: Any, db: Database, ids: dict[str, int],
                                            tmp_path: Path) -> None:
    import openpyxl
    from PySide6.QtWidgets import QWizard

    from emergency_desk.ui.widgets.import_wizard import ImportWizard

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "演练"
    ws.append(["2024年应急演练台账"])
    ws.append(["演练名称", "关联预案", "演练日期", "演练形式", "组织单位", "地点", "参演人数",
               "评估结论", "存在问题", "整改情况", "备注"])
    ws.append(["宏村镇山洪演练", "宏村镇突发事件总体应急预案、黟县防汛抗旱应急预案",
               "2024/6/1", "实战", "宏村镇政府", "宏村", 120, "良好", None, None, None])
    path = tmp_path / "drills.xlsx"
    wb.save(path)
    wiz = ImportWizard(db, "drills")
    qtbot.addWidget(wiz)
    wiz.show()
    wiz.file_page.set_path(path)
    wiz.next()
    wiz.next()
    assert wiz.mapping_page.isComplete()
    wiz.next()
    qtbot.waitUntil(lambda: wiz.check_page.result is not None
                    or wiz.check_page.failed is not None, timeout=20_000)
    assert wiz.check_page.result.ok, wiz.check_page.details.toPlainText()
    assert wiz.button(QWizard.WizardButton.CommitButton).isEnabled()
    wiz.next()
    qtbot.waitUntil(lambda: wiz.commit_page.result is not None
                    or wiz.commit_page.failed is not None, timeout=20_000)
    assert wiz.committed
    d = next(x for x in PlanViews(db).drills() if x.title == "宏村镇山洪演练")
    assert d.plan_names == ("宏村镇突发事件总体应急预案", "黟县防汛抗旱应急预案")
    assert d.region_path == "黟县/宏村镇"


def test_print_honours_the_page_filters_and_names_them(
        page: PlansPage, ids: dict[str, int], tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    """Printing from the page prints the plans it shows, and the header says which (issue 17)."""
    import pypdf

    opened: list[Path] = []
    monkeypatch.setattr(register_page, "documents_dir", lambda: tmp_path)
    monkeypatch.setattr(register_page, "open_file", lambda p: opened.append(Path(p)))
    tab = page.plans

    def printed() -> str:
        task = tab.print_report()
        assert task.wait() and task.error is None, task.error
        # Without the line ends of cells that wrap a long name.
        return "".join("".join(p.extract_text() for p in pypdf.PdfReader(opened[-1]).pages)
                       .split())

    text = printed()
    assert "统计范围：全部（本县）" in text
    assert "黟县防汛抗旱应急预案" in text and "宏村镇突发事件总体应急预案" in text
    tab.type_filter.setCurrentIndex(tab.type_filter.findData(PlanType.TOWNSHIP))
    tab.apply_filters()
    assert plan_names(page) == ["宏村镇突发事件总体应急预案"]
    text = printed()
    assert "宏村镇突发事件总体应急预案" in text and "黟县防汛抗旱应急预案" not in text
    assert f"统计范围：全部（本县）；类型：{PlanType.TOWNSHIP.label}" in text
    tab.type_filter.setCurrentIndex(0)
    tab.overdue_filter.setChecked(True)
    tab.search.setText("防汛")
    tab.apply_filters()
    assert plan_names(page) == ["黟县防汛抗旱应急预案"]
    text = printed()
    assert "黟县防汛抗旱应急预案" in text and "宏村镇突发事件总体应急预案" not in text
    assert "仅评估超期；搜索：防汛" in text
    # The township as well: the scope line names it, other townships' plans stay out.
    tab.overdue_filter.setChecked(False)
    tab.search.clear()
    tab.township_filter.setCurrentIndex(tab.township_filter.findData(ids["宏村镇"]))
    tab.apply_filters()
    text = printed()
    assert "统计范围：黟县/宏村镇" in text and "黟县防汛抗旱应急预案" not in text


def test_drills_print_honours_the_tab_filters_and_names_them(
        page: PlansPage, db: Database, ids: dict[str, int], tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    """The 应急演练 tab prints the drills it shows — its 乡镇, 年度, 仅未评估或未整改 and search
    filters — and the header's 统计范围 says which (issue 17), as the plans tab does."""
    import pypdf

    this_year = date.today().year
    drills = DrillService(db)
    drills.create(DrillInput("碧阳镇防汛演练", date(this_year, 1, 15), region_id=ids["碧阳镇"],
                             evaluation="良好"))
    drills.create(DrillInput("宏村镇山洪演练", date(this_year, 1, 20), region_id=ids["宏村镇"],
                             evaluation=None))
    opened: list[Path] = []
    monkeypatch.setattr(register_page, "documents_dir", lambda: tmp_path)
    monkeypatch.setattr(register_page, "open_file", lambda p: opened.append(Path(p)))
    tab = page.drills
    tab.refresh()

    def shown() -> set[str]:
        m = tab.model
        assert m is not None
        m.fetch_all()
        return {m.row_at(i).title for i in range(m.rowCount())}

    def printed() -> str:
        task = tab.print_report()
        assert task.wait() and task.error is None, task.error
        return "".join("".join(p.extract_text() for p in pypdf.PdfReader(opened[-1]).pages)
                       .split())

    every = {"黟县防汛桌面推演", "碧阳镇防汛演练", "宏村镇山洪演练"}
    assert shown() == every  # 全部年度: the 2024 drill too
    text = printed()
    assert "统计范围：全部（本县）" in text and "年度：" not in text
    assert all(title in text for title in every)
    tab.year_filter.setCurrentIndex(tab.year_filter.findData(this_year))
    tab.apply_filters()
    assert shown() == {"碧阳镇防汛演练", "宏村镇山洪演练"}
    text = printed()
    assert "黟县防汛桌面推演" not in text and "宏村镇山洪演练" in text
    assert f"统计范围：全部（本县）；年度：{this_year}" in text
    tab.open_filter.setChecked(True)
    tab.search.setText("山洪")
    tab.apply_filters()
    assert shown() == {"宏村镇山洪演练"}
    text = printed()
    assert "宏村镇山洪演练" in text and "碧阳镇防汛演练" not in text
    assert f"年度：{this_year}；仅未评估或未整改；搜索：山洪" in text
    # The township as well: the scope line names it, other townships' drills stay out.
    tab.clear_filters()
    tab.township_filter.setCurrentIndex(tab.township_filter.findData(ids["碧阳镇"]))
    tab.apply_filters()
    assert shown() == {"碧阳镇防汛演练"}
    text = printed()
    assert "统计范围：黟县/碧阳镇" in text and "碧阳镇防汛演练" in text
    assert "宏村镇山洪演练" not in text and "黟县防汛桌面推演" not in text
    # Filters that leave nothing: the sheet says so instead of an empty table.
    tab.search.setText("不存在的演练")
    tab.apply_filters()
    assert shown() == set()
    assert "统计范围内没有符合筛选条件的演练记录" in printed()


def test_annual_plan_rows_are_read_off_the_gui_thread_and_the_last_filter_wins(
        qtbot: Any, db: Database, ids: dict[str, int],
        monkeypatch: pytest.MonkeyPatch) -> None:
    """Issue 20: the 年度演练计划 tab read its rows on the GUI thread as the page was built
    (and at each change of year). Now a worker reads them; a change of year while a read
    runs shows the newer year's rows, never the older ones."""
    import threading

    from emergency_desk.services.plans.annual_drills import (
        AnnualDrillInput,
        AnnualDrillService,
    )

    service = AnnualDrillService(db)
    service.add(AnnualDrillInput(2024, ids["宏村镇"], "二〇二四年汛前演练", 5, None, None))
    service.add(AnnualDrillInput(2025, ids["碧阳镇"], "二〇二五年森林防火演练", 3, None, None))
    on_gui: list[bool] = []
    real = AnnualDrillService.list

    def spying(self: AnnualDrillService, year: int, township_id: int | None = None) -> Any:
        on_gui.append(threading.current_thread() is threading.main_thread())
        return real(self, year, township_id)

    monkeypatch.setattr(AnnualDrillService, "list", spying)
    p = PlansPage(db)
    qtbot.addWidget(p)
    annual = p.annual
    assert p.wait_loaded()
    assert on_gui and not any(on_gui), on_gui
    annual.year.setCurrentIndex(annual.year.findData(2024))
    annual.year.setCurrentIndex(annual.year.findData(2025))  # before the 2024 read is in
    assert annual.wait_loaded()
    assert [annual.table.item(r, 1).text() for r in range(annual.table.rowCount())] == [
        "二〇二五年森林防火演练"]
    assert [a.title for a in annual.rows] == ["二〇二五年森林防火演练"]


def test_only_the_catalogue_is_built_when_the_page_opens(
        qtbot: Any, db: Database, ids: dict[str, int], monkeypatch: pytest.MonkeyPatch) -> None:
    """The other tabs each start their own reads (the 六有 scorecard reads every township's
    registers): built on first show, not with the page (issue 20: the first opening)."""
    from emergency_desk.ui.plans import drills_tab

    scored: list[bool] = []
    real = drills_tab.scorecard
    monkeypatch.setattr(drills_tab, "scorecard", lambda d: scored.append(True) or real(d))
    p = PlansPage(db)
    qtbot.addWidget(p)
    assert p.wait_loaded()
    assert p.tabs.built() == [p.plans] and not scored
    p.tabs.setCurrentIndex(3)  # a click on “六有”自查
    assert p.tabs.is_built("six") and p.tabs.currentWidget().isAncestorOf(p.six)
    assert p.wait_loaded() and scored
    assert p.six.table.rowCount() == 2
    assert not p.tabs.is_built("drills") and not p.tabs.is_built("annual")
