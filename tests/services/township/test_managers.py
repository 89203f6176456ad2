"""村(社区)应急管理员: linking the village's 灾害信息员, coverage, G1 as a setting, Excel, PDF."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import openpyxl
import pypdf
import pytest
from sqlalchemy import select

from emergency_desk.data.db import Database
from emergency_desk.data.enums import RegionLevel
from emergency_desk.data.officers import OfficerPost
from emergency_desk.data.people import Person
from emergency_desk.data.township import ManagerRole
from emergency_desk.errors import ValidationFailed
from emergency_desk.io.exporter import export_register
from emergency_desk.io.importer import import_file
from emergency_desk.reports.registry import generate_report
from emergency_desk.services.checks import run_checks
from emergency_desk.services.officers.officers import OfficerInput, OfficerService
from emergency_desk.services.people import PersonInput
from emergency_desk.services.settings import SettingsService
from emergency_desk.services.township.managers import ManagerInput, ManagersService


def officer(db: Database, region_id: int, name: str, mobile: str) -> int:
    """An active A-post village officer; returns the person id."""
    OfficerService(db).create(OfficerInput(
        person=PersonInput(name=name, mobile=mobile), level=RegionLevel.VILLAGE,
        region_id=region_id, post=OfficerPost.A))
    with db.read() as s:
        return int(s.scalar(select(Person.id).where(Person.name == name)) or 0)


def test_the_village_officer_is_linked_not_retyped(db: Database,
                                                  county: dict[str, int]) -> None:
    pid = officer(db, county["古筑村"], "胡建国", "13955910001")
    svc = ManagersService(db)
    mid = svc.save(ManagerInput(county["古筑村"], person_id=pid, role=ManagerRole.BOTH,
                                duty_title="村党组织书记"))
    row = svc.get(mid)
    assert row is not None and row.person_id == pid and row.also_officer
    # Typing the same name and mobile finds the same person too (宏村村 is another village).
    other = svc.save(ManagerInput(county["宏村村"], "胡建国", "139 5591 0001"))
    got = svc.get(other)
    assert got is not None and got.person_id == pid and not got.also_officer
    with pytest.raises(ValidationFailed) as exc:
        svc.save(ManagerInput(county["古筑村"], "胡建国", "13955910001"))
    assert "已是该村" in exc.value.problems["姓名"]
    with pytest.raises(ValidationFailed) as exc:
        svc.save(ManagerInput(county["碧阳镇"], "程明", "13955910009"))
    assert "村或社区" in exc.value.problems["村(社区)"]
    with pytest.raises(ValidationFailed) as exc:
        svc.save(ManagerInput(county["古筑村"], "程明", "1395591"))
    assert "手机号码" in exc.value.problems


def test_coverage_and_g1_only_when_turned_on(db: Database, county: dict[str, int]) -> None:
    svc = ManagersService(db)
    svc.save(ManagerInput(county["古筑村"], "程明", "13955910009"))
    cover = {c.path: c.covered for c in svc.coverage()}
    assert cover == {"黟县/碧阳镇/古筑村": True, "黟县/宏村镇/宏村村": False}
    assert run_checks(db, only={"G1"}) == []  # off by default: not every province asks
    SettingsService(db).set("managers_required", True)
    alerts = run_checks(db, only={"G1"})
    assert [(a.region, a.record_id) for a in alerts] == [("宏村镇/宏村村", county["宏村村"])]
    # A manager who left no longer covers the village.
    mid = svc.list()[0].id
    svc.save(ManagerInput(county["古筑村"], "程明", "13955910009",
                          appoint_date=date(2020, 1, 1), leave_date=date(2024, 1, 1)), mid)
    assert len(run_checks(db, only={"G1"})) == 2


def test_managers_sheet_round_trip_and_report(db: Database, county: dict[str, int],
                                              tmp_path: Path) -> None:
    pid = officer(db, county["古筑村"], "胡建国", "13955910001")
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["2025年村（社区）应急管理员名单"])
    ws.append(["序号", "乡镇", "村（社区）", "姓 名", "手机号", "职责", "职务", "任职时间"])
    ws.append([1, "碧阳镇", "古筑村委会", "胡建国", 13955910001, "兼网格员", "村书记", "2023.3.1"])
    ws.append([2, "宏村镇", "宏村村", "余光", "13955910003", None, None, None])
    ws.append(["合计：2 人"])
    path = tmp_path / "managers.xlsx"
    wb.save(path)
    result = import_file(db, "managers", path)
    assert result.ok, [e.format() for e in result.errors]
    rows = ManagersService(db).list()
    assert sorted((r.name, r.role, r.person_id == pid, r.also_officer) for r in rows) == [
        ("余光", ManagerRole.MANAGER, False, False), ("胡建国", ManagerRole.BOTH, True, True)]
    out = tmp_path / "export.xlsx"
    export_register(db, "managers", out)
    back = import_file(db, "managers", out)
    assert back.ok and back.unchanged == 2
    text = "\n".join(p.extract_text() or "" for p in pypdf.PdfReader(
        generate_report(db, "managers", tmp_path / "m.pdf")).pages)
    assert "胡建国" in text and "余光" in text and "各村（社区）均已配备" in text
