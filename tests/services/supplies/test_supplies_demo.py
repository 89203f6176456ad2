"""The demo county's supplies: every movement kind booked, every supplies rule has a case."""

from __future__ import annotations

from datetime import date

from sqlalchemy import func, select

from emergency_desk.data.db import Database
from emergency_desk.data.supplies import DocType, StockBatch, StockDoc
from emergency_desk.services.checks import run_checks
from emergency_desk.services.demo.county import build_demo

TODAY = date(2025, 6, 1)


def test_demo_supplies_show_every_rule_and_document_kind(db: Database) -> None:
    summary = build_demo(db, today=TODAY)
    assert summary.counts["应急物资"] > 50
    rules = {a.rule for a in run_checks(db, today=TODAY)}
    assert {f"S{i}" for i in range(1, 11)} <= rules
    with db.read() as s:
        kinds = set(s.scalars(select(StockDoc.doc_type).distinct()))
        negative = s.scalar(select(func.count()).select_from(StockBatch).where(
            StockBatch.qty < 0))
    assert {DocType.INBOUND, DocType.ISSUE, DocType.TRANSFER, DocType.ROTATION,
            DocType.WRITEOFF, DocType.STOCKTAKE, DocType.RETURN} <= {DocType(k) for k in kinds}
    assert negative == 0
    s9 = [a for a in run_checks(db, today=TODAY, only=["S9"])]
    assert [a.subject for a in s9] == ["洪星乡"]
