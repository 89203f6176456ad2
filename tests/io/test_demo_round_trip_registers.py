"""On the demo county (names with full-width brackets, people on two rosters, agreements with
several goods lines): exporting quotas, agreements and certificates and importing them back
changes nothing, and a roster imported back as the complete list (--replace) sends nobody away."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import func, select

from emergency_desk.data.db import Database
from emergency_desk.data.models import AuditLog
from emergency_desk.io.exporter import export_register
from emergency_desk.io.importer import import_file
from emergency_desk.services.demo.county import build_demo


@pytest.mark.parametrize("register", ["quotas", "agreements", "certificates", "officers",
                                      "members", "regulations", "cases", "pledges"])
def test_demo_export_imports_back_unchanged(db: Database, tmp_path: Path,
                                            register: str) -> None:
    build_demo(db)
    out = tmp_path / f"{register}.xlsx"
    assert export_register(db, register, out) > 0
    with db.read() as s:
        audits = s.scalar(select(func.count()).select_from(AuditLog))
    result = import_file(db, register, out, replace=register in ("officers", "members"))
    assert result.error_lines() == []
    assert (result.inserted, result.updated, result.leavers) == (0, 0, [])
    with db.read() as s:
        assert s.scalar(select(func.count()).select_from(AuditLog)) == audits
