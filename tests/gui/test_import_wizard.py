"""The import wizard end to end: file → preview → mapping → check → commit."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import openpyxl
import pytest
from gui_helpers import crash_dialog_fails_the_test  # noqa: F401  (fixture)
from PySide6.QtWidgets import QMessageBox, QWizard

from emergency_desk.data.db import Database
from emergency_desk.services.audit_log import AuditService
from emergency_desk.services.regions.regions import RegionQuery, RegionService
from emergency_desk.ui.widgets.import_wizard import ImportWizard

pytestmark = pytest.mark.gui

GOOD = [
    ["341023000000", "黟县", "县", None, "否", None, None, None],
    ["341023100000", "碧阳镇", "乡镇", "黟县", "是", 32000, "山洪", None],
    ["341023100201", "古筑村", "村", "碧阳镇", "是", 1800, "地质灾害", "示范村"],
    ["341023100202", "南屏村", "村", "碧阳镇", "否", 1500, None, None],
]


def workbook(path: Path, rows: list[list[Any]], name_header: str = "名 称") -> Path:
    """A sheet as offices make them: a merged title row above the header, a header variant."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "区划"
    ws.append(["黟县行政区划一览表"])
    ws.merge_cells("A1:H1")
    ws.append(["区划代码", name_header, "层级", "上级", "灾害多发频发", "人口", "主要灾种", "备注"])
    for r in rows:
        ws.append(r)
    wb.save(path)
    return path


def open_wizard(qtbot: Any, db: Database, path: Path) -> ImportWizard:
    wiz = ImportWizard(db, "regions")
    qtbot.addWidget(wiz)
    wiz.show()
    wiz.file_page.set_path(path)
    assert wiz.file_page.sheet_combo.currentText() == "区划"
    assert wiz.file_page.isComplete()
    wiz.next()
    assert wiz.currentPage() is wiz.preview_page
    return wiz


def wait_result(qtbot: Any, page: Any) -> None:
    qtbot.waitUntil(lambda: page.result is not None or page.failed is not None, timeout=20_000)


def test_import_end_to_end(qtbot: Any, db: Database, tmp_path: Path) -> None:
    wiz = open_wizard(qtbot, db, workbook(tmp_path / "good.xlsx", GOOD))
    assert "第 2 行" in wiz.preview_page.info.text()  # the header under the title row
    assert wiz.preview_page.table.rowCount() == 4
    assert wiz.preview_page.table.item(2, 1).text() == "古筑村"
    wiz.next()
    assert wiz.currentPage() is wiz.mapping_page
    assert wiz.mapping_page.combos["名称"].currentText() == "名 称"  # matched despite the space
    assert wiz.mapping_page.isComplete()
    wiz.next()
    wait_result(qtbot, wiz.check_page)
    assert wiz.check_page.result.ok and wiz.check_page.isComplete()
    assert "将新增 4 条" in wiz.check_page.summary.text()
    assert RegionService(db).count(RegionQuery()) == 0  # the check wrote nothing
    assert wiz.button(QWizard.WizardButton.CommitButton).text() == "导入"
    wiz.next()
    assert wiz.currentPage() is wiz.commit_page
    wait_result(qtbot, wiz.commit_page)
    assert wiz.committed
    assert "新增 4 条、更新 0 条、未变 0 条" in wiz.commit_page.summary.text()
    assert RegionService(db).count(RegionQuery()) == 4
    assert RegionService(db).count(RegionQuery(search="gzc")) == 1
    assert any(a.action == "import" for a in AuditService(db).list())


def test_errors_listed_and_nothing_written(qtbot: Any, db: Database, tmp_path: Path) -> None:
    bad = [list(r) for r in GOOD]
    bad[2][2] = "大队"  # not a level
    bad[3][0] = "3410231002"  # 10 digits
    wiz = open_wizard(qtbot, db, workbook(tmp_path / "bad.xlsx", bad))
    wiz.next()
    wiz.next()
    wait_result(qtbot, wiz.check_page)
    lines = wiz.check_page.details.toPlainText().splitlines()
    assert any(line.startswith("第 5 行 [层级]") for line in lines), lines
    assert any(line.startswith("第 6 行 [区划代码]") for line in lines), lines
    assert "数据库未改动" in wiz.check_page.summary.text()
    assert not wiz.check_page.isComplete()
    assert not wiz.button(QWizard.WizardButton.CommitButton).isEnabled()
    assert RegionService(db).count(RegionQuery(include_deleted=True)) == 0


def test_mapping_by_hand_for_an_unknown_header(qtbot: Any, db: Database,
                                               tmp_path: Path) -> None:
    wiz = open_wizard(qtbot, db, workbook(tmp_path / "odd.xlsx", GOOD, name_header="村居"))
    wiz.next()
    combo = wiz.mapping_page.combos["名称"]
    assert combo.currentData() is None  # 村居 is not a name header: the user must choose
    assert not wiz.mapping_page.isComplete()
    assert "名称" in wiz.mapping_page.message.text()
    combo.setCurrentIndex(combo.findText("村居"))
    assert wiz.mapping_page.isComplete()
    wiz.next()
    wait_result(qtbot, wiz.check_page)
    assert wiz.check_page.result.ok, wiz.check_page.details.toPlainText()
    wiz.next()
    wait_result(qtbot, wiz.commit_page)
    assert RegionService(db).count(RegionQuery()) == 4


def test_unreadable_file_is_explained_on_the_first_page(qtbot: Any, db: Database,
                                                        tmp_path: Path,
                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(QMessageBox, "warning", lambda *a: None)
    junk = tmp_path / "junk.xlsx"
    junk.write_bytes(b"this is not a workbook")
    wiz = ImportWizard(db, "regions")
    qtbot.addWidget(wiz)
    wiz.file_page.set_path(junk)
    assert wiz.file_page.message.text()  # a plain reason, no traceback
    assert not wiz.file_page.isComplete()


def test_the_check_shows_each_region_matched_by_a_short_form(qtbot: Any, db: Database,
                                                             tmp_path: Path) -> None:
    rows = [list(r) for r in GOOD]
    rows[2][3] = "碧阳"  # the parent written short
    first = workbook(tmp_path / "a.xlsx", GOOD[:2])
    wiz = open_wizard(qtbot, db, first)
    wiz.next()
    wiz.next()
    wait_result(qtbot, wiz.check_page)
    wiz.next()
    wait_result(qtbot, wiz.commit_page)
    wiz = open_wizard(qtbot, db, workbook(tmp_path / "b.xlsx", rows))
    wiz.next()
    wiz.next()
    wait_result(qtbot, wiz.check_page)
    assert wiz.check_page.result.ok
    assert "碧阳 → 碧阳镇" in wiz.check_page.details.toPlainText()


def test_a_missing_required_column_set_once_in_the_wizard(qtbot: Any, db: Database,
                                                          tmp_path: Path) -> None:
    from emergency_desk.data.enums import RegionLevel
    from emergency_desk.services.plans.views import PlanQuery, PlanViews
    from emergency_desk.services.regions.regions import RegionInput

    svc = RegionService(db)
    county = svc.create(RegionInput("黟县", RegionLevel.COUNTY, code="341023000000"))
    svc.create(RegionInput("碧阳镇", RegionLevel.TOWNSHIP, county, "341023100000"))
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["碧阳镇应急预案目录"])
    ws.append(["序号", "预案名称", "预案类型", "发布日期"])
    ws.append([1, "碧阳镇防汛抗旱应急预案", "乡镇(街道)", "2023-05-10"])
    ws.append(["填表人：", "胡晓燕"])
    path = tmp_path / "plans.xlsx"
    wb.save(path)
    wiz = ImportWizard(db, "plans")
    qtbot.addWidget(wiz)
    wiz.show()
    wiz.file_page.set_path(path)
    wiz.next()
    wiz.next()
    page = wiz.mapping_page
    assert page.combos["所属区划"].currentData() is None
    assert not page.isComplete() and "所属区划" in page.message.text()
    fixed = page.constants["所属区划"]
    assert fixed.isVisibleTo(page)
    fixed.setText("碧阳镇")
    assert page.isComplete()
    wiz.next()
    wait_result(qtbot, wiz.check_page)
    text = wiz.check_page.summary.text()
    assert wiz.check_page.result.ok, wiz.check_page.details.toPlainText()
    assert "将新增 1 条" in text and "跳过 1 行表尾" in text
    wiz.next()
    wait_result(qtbot, wiz.commit_page)
    assert [p.region_name for p in PlanViews(db).list(PlanQuery())] == ["碧阳镇"]
