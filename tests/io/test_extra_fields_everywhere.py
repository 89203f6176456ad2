"""Issue 13: a column that maps to nothing is kept with the record in every register — plans,
drills, regions, warehouses, items and trainings too, not only officers, teams, members,
equipment and stock. The dry run says which columns are kept (and writes nothing), the import
stores them with an audit row, the export writes them back, and that export imports back
with no change."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from openpyxl import load_workbook
from sqlalchemy import func, select

from emergency_desk.data.db import Database
from emergency_desk.data.extra import parse_extra
from emergency_desk.data.migrate import open_database
from emergency_desk.data.models import AuditLog, Region
from emergency_desk.data.people import TrainingAttendance, TrainingEvent
from emergency_desk.data.plans import Drill, EmergencyPlan
from emergency_desk.data.supplies import SupplyItem, Warehouse
from emergency_desk.io.exporter import export_register
from emergency_desk.io.importer import import_file
from emergency_desk.io.privacy import Privacy
from emergency_desk.services.demo.county import build_demo

REGISTERS = {"plans": EmergencyPlan, "drills": Drill, "regions": Region,
             "warehouses": Warehouse, "items": SupplyItem, "trainings": TrainingEvent}


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("demo") / "demo.sqlite3"
    db = open_database(path)
    try:
        build_demo(db)
    finally:
        db.dispose()
    return path


def _add_columns(sheet: Path) -> int:
    """Two columns an office adds: 经办人 (one per row) and 备用电话 (some rows only)."""
    wb = load_workbook(sheet)
    ws = wb.worksheets[0]
    width = ws.max_column
    ws.cell(1, width + 1, "经办人")
    ws.cell(1, width + 2, "备用电话")
    rows = 0
    for r in range(2, ws.max_row + 1):
        ws.cell(r, width + 1, f"经办{r}号")
        if r % 2:
            ws.cell(r, width + 2, 13900000000 + r)  # a number, as Excel keeps a phone
        rows += 1
    wb.save(sheet)
    return rows


def _kept(db: Database, model: type) -> list[dict[str, str]]:
    with db.read() as s:
        raws = list(s.scalars(select(model.extra).where(model.extra.is_not(None))))  # type: ignore[attr-defined]
        if model is TrainingEvent:
            raws += list(s.scalars(select(TrainingAttendance.extra).where(
                TrainingAttendance.extra.is_not(None))))
    return [parse_extra(r) for r in raws]


def _audits(db: Database) -> int:
    with db.read() as s:
        return int(s.scalar(select(func.count()).select_from(AuditLog)) or 0)


@pytest.mark.parametrize("register", sorted(REGISTERS))
def test_unmapped_columns_are_kept_shown_exported_and_round_trip(
        register: str, demo_file: Path, tmp_path: Path) -> None:
    path = tmp_path / "office.sqlite3"
    shutil.copyfile(demo_file, path)
    db = open_database(path)
    try:
        model = REGISTERS[register]
        sheet = tmp_path / f"{register}.xlsx"
        export_register(db, register, sheet, privacy=Privacy.FULL_ID)
        rows = _add_columns(sheet)
        before = _audits(db)

        dry = import_file(db, register, sheet, dry_run=True)
        assert dry.ok, dry.error_lines()[:3]
        assert "未对应的列已随记录保存：经办人、备用电话" in dry.summary()
        assert _kept(db, model) == [] and _audits(db) == before  # nothing written

        done = import_file(db, register, sheet)
        assert done.ok and done.inserted == 0 and done.updated > 0, done.summary()
        kept = _kept(db, model)
        assert any(k.get("经办人") == "经办2号" for k in kept)
        assert any(k.get("备用电话") == "13900000003" for k in kept)  # no "1.39e10", no ".0"
        with db.read() as s:
            changes = list(s.scalars(select(AuditLog.changes).where(
                AuditLog.id > before, AuditLog.action == "update")))
        assert any("extra" in json.loads(c or "{}") for c in changes)

        again = tmp_path / f"{register}-again.xlsx"
        assert export_register(db, register, again, privacy=Privacy.FULL_ID) >= 1
        ws = load_workbook(again).worksheets[0]
        header = [c.value for c in ws[1]]
        assert header[-2:] == ["经办人", "备用电话"]
        written = {ws.cell(r, len(header) - 1).value for r in range(2, ws.max_row + 1)}
        assert "经办2号" in written and len(written) >= min(rows, 2)

        back = import_file(db, register, again)
        assert back.ok and (back.inserted, back.updated) == (0, 0), back.summary()
    finally:
        db.dispose()
