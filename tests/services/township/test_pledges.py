"""防汛责任书: one per region and year, F1 only in the flood-season months, Excel round trip."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import openpyxl
import pytest

from emergency_desk.data.db import Database
from emergency_desk.data.township import PledgeLevel
from emergency_desk.errors import ValidationFailed
from emergency_desk.io.exporter import export_register
from emergency_desk.io.importer import import_file
from emergency_desk.services.checks import run_checks
from emergency_desk.services.settings import SettingsService
from emergency_desk.services.township.pledges import PledgeInput, PledgeService, flood_months

JULY = date(2026, 7, 10)


def test_flood_months_setting() -> None:
    assert flood_months("5-9") == {5, 6, 7, 8, 9}
    assert flood_months("6、7，8月") == {6, 7, 8}
    assert flood_months("") == set() and flood_months("汛期") == set()


def test_f1_in_the_flood_season_only(db: Database, county: dict[str, int]) -> None:
    svc = PledgeService(db)
    pid = svc.save(PledgeInput(2026, county["古筑村"], "胡建国", "村党组织书记",
                               date(2026, 4, 20), "碧阳镇人民政府"))
    row = svc.get(pid)
    assert row is not None and row.level == PledgeLevel.TOWNSHIP_VILLAGE
    town = svc.save(PledgeInput(2026, county["碧阳镇"], "程明", "镇长"))
    assert (r := svc.get(town)) is not None and r.level == PledgeLevel.COUNTY_TOWNSHIP
    svc.save(PledgeInput(2025, county["宏村村"], "余光"))  # last year's does not count
    alerts = run_checks(db, today=JULY, only={"F1"})
    assert [(a.region, a.message) for a in alerts] == [
        ("宏村镇/宏村村", "未签订 2026 年防汛责任书")]
    assert run_checks(db, today=date(2026, 11, 1), only={"F1"}) == []  # not flood season
    SettingsService(db).set("flood_season_months", "10-11")
    assert len(run_checks(db, today=date(2026, 11, 1), only={"F1"})) == 1
    SettingsService(db).set("flood_season_months", "")
    assert run_checks(db, today=JULY, only={"F1"}) == []
    with pytest.raises(ValidationFailed) as exc:
        svc.save(PledgeInput(2026, county["古筑村"], "胡建国"))
    assert "已登记" in exc.value.problems["签订单位"]
    with pytest.raises(ValidationFailed) as exc:
        svc.save(PledgeInput(1999, county["黟县"], " "))
    assert set(exc.value.problems) == {"签订单位", "年度", "责任人"}


def test_pledges_sheet(db: Database, county: dict[str, int], tmp_path: Path) -> None:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["2026年防汛责任书签订情况"])
    ws.append(["序号", "年份", "责任单位", "防汛责任人", "职务", "签订时间"])
    ws.append([1, "2026年", "古筑村委会", "胡建国", "村书记", "2026.4.20"])
    ws.append([2, 2026, "宏村村", "余光", None, None])
    ws.append([3, "二〇二六", "宏村村", "余光", None, None])
    ws.append(["填表人：汪晓燕"])
    path = tmp_path / "p.xlsx"
    wb.save(path)
    bad = import_file(db, "pledges", path)
    assert [(e.row, e.column) for e in bad.errors] == [(5, "年份")]
    assert PledgeService(db).list() == []  # nothing written
    ws.delete_rows(5)
    wb.save(path)
    result = import_file(db, "pledges", path)
    assert result.ok, [e.format() for e in result.errors]
    assert {p.responsible for p in PledgeService(db).list()} == {"胡建国", "余光"}
    out = tmp_path / "export.xlsx"
    export_register(db, "pledges", out)
    back = import_file(db, "pledges", out)
    assert back.ok and back.unchanged == 2


def test_scanned_letter_attached_exported_and_backed_up(db: Database, county: dict[str, int],
                                                        tmp_path: Path) -> None:
    from emergency_desk.data.backup import make_backup, restore
    from emergency_desk.data.migrate import open_database

    svc = PledgeService(db)
    pid = svc.save(PledgeInput(2026, county["古筑村"], "胡建军", "村主任", date(2026, 4, 20)))
    scan = tmp_path / "古筑村防汛责任书.jpg"
    scan.write_bytes(b"\xff\xd8\xff\xe0 scanned letter")
    assert svc.attach_scan(pid, scan).name == "古筑村防汛责任书.jpg"
    row = svc.get(pid)
    assert row is not None and row.file is not None and row.file.size == scan.stat().st_size
    out = tmp_path / "pledges.xlsx"
    export_register(db, "pledges", out)
    ws = openpyxl.load_workbook(out).active
    header = [c.value for c in ws[1]]
    assert ws.cell(2, header.index("扫描件") + 1).value == "古筑村防汛责任书.jpg"
    back = import_file(db, "pledges", out)
    assert back.ok and back.updated == back.inserted == 0
    backup = make_backup(db.path, tmp_path / "copy.sqlite3")
    svc.remove_scan(pid)
    path = db.path
    db.dispose()
    restore(path, backup)
    again = open_database(path)
    try:
        opened = PledgeService(again).open_scan(pid, tmp_path / "open")
        assert opened.read_bytes() == scan.read_bytes()
    finally:
        again.dispose()
