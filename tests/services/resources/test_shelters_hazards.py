"""避难场所 and 隐患点: service checks, H1 and Z1 with their settings, Excel round trips and
errors, the PDFs, and the 避险转移 page."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path
from typing import Any

import openpyxl
import pypdf
import pytest

from emergency_desk.data.db import Database
from emergency_desk.data.resources import HazardStatus, HazardType, ShelterDuration
from emergency_desk.errors import InputRejected, ValidationFailed
from emergency_desk.io.exporter import export_register
from emergency_desk.io.importer import import_file
from emergency_desk.reports.registry import generate_report
from emergency_desk.services.checks import run_checks
from emergency_desk.services.regions.regions import RegionInput, RegionService
from emergency_desk.services.resources.hazards import HazardInput, HazardService
from emergency_desk.services.resources.shelters import ShelterInput, ShelterService
from emergency_desk.services.settings import SettingsService
from tests.session_day import SESSION_DAY

TODAY = SESSION_DAY
pytestmark = pytest.mark.usefixtures("on_session_day")


@pytest.fixture
def people(db: Database, county: dict[str, int]) -> dict[str, int]:
    """Populations: 古筑村 1,000, 宏村村 400."""
    svc = RegionService(db)
    for name, pop in (("古筑村", 1000), ("宏村村", 400)):
        r = svc.get(county[name])
        svc.update(r.id, RegionInput(r.name, r.level, r.parent_id, r.code, population=pop))
    return county


def test_h1_manager_inspection_and_capacity(db: Database, people: dict[str, int]) -> None:
    svc = ShelterService(db)
    good = svc.save(ShelterInput("碧阳镇中心学校操场", people["碧阳镇"], capacity=400,
                                 manager="郑光辉", manager_phone="15832996811",
                                 last_inspection=TODAY - timedelta(days=30),
                                 served=(people["古筑村"],)))
    assert run_checks(db, only={"H1"}) == []  # 400 ≥ 30% of 1,000
    svc.save(ShelterInput("宏村镇文化站", people["宏村镇"], capacity=100,
                          served=(people["宏村村"], people["古筑村"])))
    found = {(a.subject, a.message.split("，")[0]) for a in run_checks(db, only={"H1"})}
    assert found == {("宏村镇文化站", "未明确管理责任人"), ("宏村镇文化站", "没有检查记录"),
                     ("宏村镇文化站", "可容纳 100 人")}
    msg = next(a.message for a in run_checks(db, only={"H1"}) if "可容纳" in a.message)
    assert "1400 人的 30%（420 人）" in msg  # 1,000 + 400 people, counted by hand
    SettingsService(db).set("shelter_need_percent", 0)  # 0 turns the capacity check off
    assert not any("可容纳" in a.message for a in run_checks(db, only={"H1"}))
    SettingsService(db).set("shelter_inspection_months", 1)
    row = svc.get(good)
    assert row is not None and row.served_population == 1000
    svc.save(ShelterInput(row.name, row.region_id, capacity=400, manager="郑光辉",
                          last_inspection=TODAY - timedelta(days=62)), good)
    assert any(a.subject == "碧阳镇中心学校操场" and "已超过 1 个月" in a.message
               for a in run_checks(db, only={"H1"}))


def test_shelter_checks(db: Database, county: dict[str, int]) -> None:
    svc = ShelterService(db)
    with pytest.raises(ValidationFailed) as exc:
        svc.save(ShelterInput("", county["碧阳镇"], area_m2=100, effective_area_m2=200,
                              manager_phone="123", longitude=200.0))
    assert set(exc.value.problems) == {"场所名称", "有效避难面积", "联系电话", "经度"}
    sid = svc.save(ShelterInput("碧阳镇文化站", county["碧阳镇"]))
    with pytest.raises(ValidationFailed):
        svc.save(ShelterInput("碧阳镇文化站", county["碧阳镇"]))
    hid = HazardService(db).save(HazardInput("古筑村后山滑坡", county["古筑村"],
                                             shelter_id=sid))
    with pytest.raises(InputRejected) as refused:
        svc.delete(sid)  # the hazard point's people would have nowhere to go
    assert "隐患点" in refused.value.message
    HazardService(db).delete(hid)
    svc.delete(sid)
    assert svc.list() == []


def test_z1_monitor_responsible_and_shelter(db: Database, county: dict[str, int]) -> None:
    sid = ShelterService(db).save(ShelterInput("古筑村活动中心", county["古筑村"]))
    svc = HazardService(db)
    svc.save(HazardInput("古筑村后山滑坡", county["古筑村"], HazardType.LANDSLIDE,
                         households=3, people=9, monitor="胡春梅", responsible="汪成林",
                         shelter_id=sid))
    svc.save(HazardInput("宏村村山洪沟", county["宏村村"], HazardType.FLASH_FLOOD,
                         responsible="余光"))
    closed = svc.save(HazardInput("宏村村危房", county["宏村村"], HazardType.DANGEROUS_HOUSE,
                                  status=HazardStatus.CLOSED))
    alerts = run_checks(db, only={"Z1"})
    assert sorted((a.subject, a.message, a.severity.value) for a in alerts) == [
        ("宏村村山洪沟", "未指定转移安置的避难场所", "red"),
        ("宏村村山洪沟", "未落实监测人", "red")]
    assert closed not in {a.record_id for a in alerts}  # 已销号 points are not checked
    with pytest.raises(ValidationFailed) as exc:
        svc.save(HazardInput("x", county["古筑村"], households=5, people=2,
                             monitor_phone="12"))
    assert set(exc.value.problems) == {"威胁人数", "监测人电话"}


def sheet(tmp_path: Path, name: str, header: list[str], rows: list[list[Any]]) -> Path:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["黟县应急避难场所统计表"])
    ws.append(header)
    for r in rows:
        ws.append(r)
    ws.append(["填表人：汪晓燕"])
    path = tmp_path / name
    wb.save(path)
    return path


def test_excel_round_trips_and_errors(db: Database, people: dict[str, int],
                                      tmp_path: Path) -> None:
    shelters = sheet(tmp_path, "shelters.xlsx",
                     ["序号", "避难场所名称", "所在地", "类别", "容纳人数", "有效面积",
                      "负责人", "电话", "检查日期", "服务范围"],
                     [[1, "碧阳镇中心学校操场", "碧阳镇", "紧急避难场所", "1,200", 2400, "郑光辉",
                       15832996811, "2026.5.26", "古筑村、宏村村"]])
    result = import_file(db, "shelters", shelters)
    assert result.ok, [e.format() for e in result.errors]
    row = ShelterService(db).list()[0]
    assert (row.duration, row.capacity, row.served_population) == (
        ShelterDuration.EMERGENCY, 1200, 1400)
    hazards = sheet(tmp_path, "hazards.xlsx",
                    ["序号", "隐患点名称", "灾害类型", "所在村", "受威胁户数", "受威胁人数",
                     "监测员", "责任人", "安置场所"],
                    [[1, "古筑村后山滑坡", "滑坡隐患点", "古筑村", 3, 9, "胡春梅", "汪成林",
                      "碧阳镇中心学校操场"],
                     [2, "宏村村山洪沟", "山洪", "宏村村", "2", "6", None, "余光", None]])
    result = import_file(db, "hazards", hazards)
    assert result.ok, [e.format() for e in result.errors]
    assert sorted((h.name, h.shelter_name or "") for h in HazardService(db).list()) == [
        ("古筑村后山滑坡", "碧阳镇中心学校操场"), ("宏村村山洪沟", "")]
    for register in ("shelters", "hazards"):
        out = tmp_path / f"{register}-export.xlsx"
        export_register(db, register, out)
        back = import_file(db, register, out)
        assert back.ok and back.inserted == back.updated == 0, register
    bad = sheet(tmp_path, "bad.xlsx", ["隐患点名称", "所属区划", "避难场所", "威胁人数"],
                [["古筑村新滑坡", "古筑村", "不存在的场所", 5],
                 ["宏村村新滑坡", "宏村村", None, "很多"],
                 ["宏村村新山洪沟", "宏邨村", None, 3]])
    result = import_file(db, "hazards", bad)
    errors = {(e.row, e.column) for e in result.errors}
    assert {(3, "避难场所"), (4, "威胁人数"), (5, "所属区划")} <= errors
    assert len(HazardService(db).list()) == 2  # nothing written


def test_reports_read_back(db: Database, people: dict[str, int], tmp_path: Path) -> None:
    sid = ShelterService(db).save(ShelterInput("宏村镇文化站", people["宏村镇"], capacity=50,
                                               served=(people["宏村村"],)))
    HazardService(db).save(HazardInput("宏村村山洪沟", people["宏村村"],
                                       HazardType.FLASH_FLOOD, households=2, people=6,
                                       responsible="余光", shelter_id=sid))
    text = "\n".join(p.extract_text() or "" for p in pypdf.PdfReader(
        generate_report(db, "shelters", tmp_path / "s.pdf")).pages)
    assert "避难场所一览表" in text and "宏村镇文化站" in text and "未明确管理责任人" in text
    text = "\n".join(p.extract_text() or "" for p in pypdf.PdfReader(
        generate_report(db, "hazards", tmp_path / "h.pdf", "宏村镇")).pages)
    assert "宏村村山洪沟" in text and "未落实监测人" in text and "小计 1 处，威胁 2 户 6 人" in text


def test_field_page(qtbot: Any, db: Database, county: dict[str, int]) -> None:
    from emergency_desk.ui.resources.field_page import FieldPage

    sid = ShelterService(db).save(ShelterInput("宏村镇文化站", county["宏村镇"]))
    hid = HazardService(db).save(HazardInput("宏村村山洪沟", county["宏村村"]))
    page = FieldPage(db)
    qtbot.addWidget(page)
    assert page.wait_loaded()  # the H1/H2 tints are read in a worker
    m = page.shelters.model
    assert m is not None and m.total_count() == 1
    from PySide6.QtCore import Qt

    tip = m.data(m.index(0, 0), Qt.ItemDataRole.ToolTipRole)
    assert tip is not None and "未明确管理责任人" in tip  # tinted by H1
    assert page.show_record("hazard_point", hid) and page.tabs.currentWidget() is page.hazards
    assert page.show_record("shelter", sid)
