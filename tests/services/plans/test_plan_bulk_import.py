"""The plans and drills imports' bulk path (issue 20): records loaded once, rows checked by
the form's rules against dicts and written a chunk at a time with Core statements. New here:
a plan the file itself creates is found again by a later row, a refused row after written
chunks leaves nothing, the audit trail has one row per record changed, and a drill's plan
links are dropped and brought back as the form's save does."""

from __future__ import annotations

import json
from pathlib import Path

from sqlalchemy import func, select

from emergency_desk.data.db import Database
from emergency_desk.data.models import AuditLog
from emergency_desk.data.plans import Drill, DrillPlan, EmergencyPlan, Rectification
from emergency_desk.io import bulk
from emergency_desk.io.importer import import_file
from tests.services.plans.test_plan_excel import DRILL_HEADER, PLAN_HEADER, audit_rows, book


def _plan(name: str, region: str = "古筑村", **cells: object) -> list[object]:
    row: list[object] = [None] * len(PLAN_HEADER)
    row[0], row[1], row[3] = name, cells.get("kind", "村"), region
    row[4] = cells.get("unit")
    return row


def _plans(db: Database) -> list[tuple[str, str | None, int]]:
    with db.read() as s:
        return [(n, u, v) for n, u, v in s.execute(
            select(EmergencyPlan.name, EmergencyPlan.issuing_unit, EmergencyPlan.row_version)
            .where(EmergencyPlan.is_deleted.is_(False)).order_by(EmergencyPlan.id))]


def test_a_later_row_finds_the_plan_an_earlier_row_created(
        db: Database, county: dict[str, int], tmp_path: Path) -> None:
    path = book(tmp_path, "p.xlsx", PLAN_HEADER, [
        _plan("古筑村防汛预案（试行）"), _plan("古筑村防汛预案 (试行)", unit="古筑村委会")])
    result = import_file(db, "plans", path)
    assert result.ok, result.error_lines()
    assert (result.inserted, result.updated) == (1, 1)
    assert _plans(db) == [("古筑村防汛预案(试行)", "古筑村委会", 2)]  # the first spelling stays
    with db.read() as s:
        actions = list(s.scalars(select(AuditLog.action).where(
            AuditLog.table_name == "emergency_plan", AuditLog.action != "import")
            .order_by(AuditLog.id)))
    assert actions == ["insert", "update"]


def test_a_refused_row_after_written_chunks_leaves_nothing(
        db: Database, county: dict[str, int], tmp_path: Path, monkeypatch: object) -> None:
    monkeypatch.setattr(bulk, "CHUNK", 50)  # type: ignore[attr-defined]
    written: list[int] = []
    real_write = bulk.BulkTable.write

    def counting_write(self: bulk.BulkTable) -> None:
        written.append(len(self.inserts))
        real_write(self)

    monkeypatch.setattr(bulk.BulkTable, "write", counting_write)  # type: ignore[attr-defined]
    rows = [_plan(f"防汛预案{i:04d}", region=("古筑村", "南屏村", "宏村村")[i % 3])
            for i in range(400)]
    rows.append(_plan("防汛预案0000", region="古筑村"))  # the file names it twice
    before = audit_rows(db)
    result = import_file(db, "plans", book(tmp_path, "big.xlsx", PLAN_HEADER, rows))
    assert [(e.row, e.column) for e in result.errors] == [(403, "预案名称")]
    assert sum(written) >= 350  # chunks before the refused row were written, then undone
    assert _plans(db) == [] and audit_rows(db) == before


def test_one_audit_row_per_plan_changed(db: Database, county: dict[str, int],
                                        tmp_path: Path) -> None:
    header = [*PLAN_HEADER, "联系人"]  # kept as an extra field
    first = [[*_plan("南屏村地质灾害预案", "南屏村"), "汪建国"]]
    assert import_file(db, "plans", book(tmp_path, "a.xlsx", header, first)).ok
    second = [[*_plan("南屏村地质灾害预案", "南屏村", unit="南屏村委会"), "胡志强"]]
    result = import_file(db, "plans", book(tmp_path, "b.xlsx", header, second))
    assert result.updated == 1
    with db.read() as s:
        rows = [(a, json.loads(c)) for a, c in s.execute(
            select(AuditLog.action, AuditLog.changes).where(
                AuditLog.table_name == "emergency_plan", AuditLog.action != "import")
            .order_by(AuditLog.id))]
        version = s.scalar(select(func.max(EmergencyPlan.row_version)))
    assert [a for a, _ in rows] == ["insert", "update"]
    assert rows[0][1]["extra"] == [None, '{"联系人": "汪建国"}']
    assert rows[0][1]["status"] == [None, "plan_published"]
    assert rows[1][1] == {"issuing_unit": [None, "南屏村委会"],
                          "extra": ['{"联系人": "汪建国"}', '{"联系人": "胡志强"}']}
    assert version == 2
    again = import_file(db, "plans", book(tmp_path, "b.xlsx", header, second))
    assert (again.inserted, again.updated, again.unchanged) == (0, 0, 1)


def _links(db: Database) -> list[tuple[str, bool, str]]:
    with db.read() as s:
        return [(a, bool(d), n) for a, d, n in s.execute(
            select(AuditLog.action, DrillPlan.is_deleted, EmergencyPlan.name)
            .join(DrillPlan, DrillPlan.id == AuditLog.record_id)
            .join(EmergencyPlan, EmergencyPlan.id == DrillPlan.plan_id)
            .where(AuditLog.table_name == "drill_plan").order_by(AuditLog.id))]


def test_drill_links_follow_the_sheet_and_each_change_is_audited(
        db: Database, county: dict[str, int], tmp_path: Path) -> None:
    plans = [_plan("古筑村防汛预案"), _plan("古筑村地灾预案")]
    assert import_file(db, "plans", book(tmp_path, "p.xlsx", PLAN_HEADER, plans)).ok
    drill: list[object] = ["古筑村转移演练", "古筑村防汛预案、古筑村地灾预案", "2024-05-20",
                           "实战", None, None, 40, None, "喇叭不足", None, None]
    first = import_file(db, "drills", book(tmp_path, "d1.xlsx", DRILL_HEADER, [drill]))
    assert first.ok and first.inserted == 1
    drill[1] = "古筑村防汛预案"  # the second plan is dropped …
    again = import_file(db, "drills", book(tmp_path, "d2.xlsx", DRILL_HEADER, [drill]))
    assert (again.updated, again.unchanged) == (1, 0)
    drill[1] = "古筑村防汛预案、古筑村地灾预案"  # … and comes back: the same link, restored
    back = import_file(db, "drills", book(tmp_path, "d3.xlsx", DRILL_HEADER, [drill]))
    assert back.updated == 1
    same = import_file(db, "drills", book(tmp_path, "d3.xlsx", DRILL_HEADER, [drill]))
    assert (same.updated, same.unchanged) == (0, 1)
    assert _links(db) == [("insert", False, "古筑村防汛预案"), ("insert", False, "古筑村地灾预案"),
                          ("delete", False, "古筑村地灾预案"),
                          ("restore", False, "古筑村地灾预案")]
    with db.read() as s:
        d = s.scalars(select(Drill)).one()
        assert d.region_id == county["古筑村"]  # from its first plan
        assert d.rectification == Rectification.PENDING.value  # a problem is open
        actions = list(s.scalars(select(AuditLog.action).where(
            AuditLog.table_name == "drill", AuditLog.action != "import")))
    assert actions == ["insert"]  # the drill itself never changed
