"""Recycle bin and audit log: deletion is reversible and every change leaves a trace."""

from __future__ import annotations

import pytest

from emergency_desk.data.db import Database
from emergency_desk.data.enums import RegionLevel
from emergency_desk.errors import InputRejected
from emergency_desk.services.audit_log import AuditService
from emergency_desk.services.recycle import RecycleBin
from emergency_desk.services.regions.regions import RegionInput, RegionQuery, RegionService

C, T, V = RegionLevel.COUNTY, RegionLevel.TOWNSHIP, RegionLevel.VILLAGE


@pytest.fixture
def ids(db: Database) -> dict[str, int]:
    svc = RegionService(db)
    out = {"黟县": svc.create(RegionInput("黟县", C, code="341023000000"))}
    out["碧阳镇"] = svc.create(RegionInput("碧阳镇", T, out["黟县"], "341023100000"))
    out["古筑村"] = svc.create(RegionInput("古筑村", V, out["碧阳镇"], "341023100201"))
    return out


def test_deleted_region_appears_in_the_bin_and_can_be_restored(
        db: Database, ids: dict[str, int]) -> None:
    svc, bin_ = RegionService(db), RecycleBin(db)
    svc.delete(ids["古筑村"])
    rows = bin_.list()
    assert [(r.table, r.kind, r.name) for r in rows] == [("region", "行政区划",
                                                           "黟县/碧阳镇/古筑村")]
    assert rows[0].deleted_at is not None
    bin_.restore("region", ids["古筑村"])
    assert bin_.list() == []
    assert "古筑村" in [r.name for r in svc.list(RegionQuery())]


def test_restore_needs_the_parent_alive_and_the_name_free(
        db: Database, ids: dict[str, int]) -> None:
    svc, bin_ = RegionService(db), RecycleBin(db)
    svc.delete(ids["古筑村"])
    svc.delete(ids["碧阳镇"])
    with pytest.raises(InputRejected) as info:
        bin_.restore("region", ids["古筑村"])
    assert "碧阳镇" in info.value.message
    bin_.restore("region", ids["碧阳镇"])
    svc.create(RegionInput("古筑村", V, ids["碧阳镇"]))
    with pytest.raises(InputRejected) as info:
        bin_.restore("region", ids["古筑村"])
    assert "已有" in info.value.message


def test_purge_removes_for_good_but_not_while_referenced(
        db: Database, ids: dict[str, int]) -> None:
    svc, bin_ = RegionService(db), RecycleBin(db)
    svc.delete(ids["古筑村"])
    svc.delete(ids["碧阳镇"])
    with pytest.raises(InputRejected):
        bin_.purge("region", ids["碧阳镇"])  # its deleted village still points at it
    bin_.purge("region", ids["古筑村"])
    bin_.purge("region", ids["碧阳镇"])
    assert bin_.list() == []
    assert svc.count(RegionQuery(include_deleted=True)) == 1


def test_restore_or_purge_of_a_live_record_is_refused(db: Database,
                                                      ids: dict[str, int]) -> None:
    with pytest.raises(InputRejected):
        RecycleBin(db).restore("region", ids["古筑村"])
    with pytest.raises(InputRejected):
        RecycleBin(db).purge("region", ids["古筑村"])
    with pytest.raises(InputRejected):
        RecycleBin(db).restore("nonsense", 1)


def test_audit_log_records_each_step_newest_first(db: Database, ids: dict[str, int]) -> None:
    svc, bin_ = RegionService(db), RecycleBin(db)
    svc.delete(ids["古筑村"])
    bin_.restore("region", ids["古筑村"])
    audit = AuditService(db)
    actions = [a.action for a in audit.list(table="region")]
    assert actions[:2] == ["restore", "delete"]
    assert actions.count("insert") == 3
    assert audit.count(table="region") == len(actions)


def test_audit_log_search_and_custom_records(db: Database, ids: dict[str, int]) -> None:
    audit = AuditService(db)
    audit.record("import", "region", "导入行政区划：乡镇.xlsx", {"新增": 3})
    hits = audit.list(search="乡镇.xlsx")
    assert [h.action for h in hits] == ["import"]
    assert hits[0].changes == {"新增": 3}
    assert audit.count(search="古筑村") >= 1
    assert audit.list(search="没有这样的记录") == []
    assert len(audit.list(limit=2)) == 2
