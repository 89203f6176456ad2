"""Movements: balances only from documents, never negative, transfers book both sides, FEFO."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import func, select

from emergency_desk.data.models import AuditLog
from emergency_desk.data.supplies import DocType, StockBatch, StockDoc, StockDocLine
from emergency_desk.errors import InputRejected, ValidationFailed
from emergency_desk.services.supplies.batches import BatchService
from emergency_desk.services.supplies.stock import (
    BatchInput,
    DocHeader,
    LineOut,
    StockService,
)
from emergency_desk.services.supplies.views import StockQuery, StockViews
from tests.services.supplies.conftest import TODAY, Depot


def _balances_match_lines(depot: Depot) -> None:
    with depot.db.read() as s:
        for b in s.scalars(select(StockBatch)):
            lines = s.scalar(select(func.coalesce(func.sum(
                StockDocLine.direction * StockDocLine.qty), 0.0)).where(
                StockDocLine.batch_id == b.id))
            assert b.qty >= 0
            assert abs(b.qty - lines) < 1e-6


def test_receive_numbers_the_document_and_creates_the_batch(depot: Depot) -> None:
    svc = StockService(depot.db)
    booked = svc.receive(depot.county_wh, DocHeader(TODAY, handler="汪建国"),
                         [BatchInput(depot.water, 100, "W2026", production_date=date(2026, 3, 1))])
    assert booked.doc_no == "RK-2026-0001"
    again = svc.receive(depot.county_wh, DocHeader(TODAY),
                        [BatchInput(depot.water, 20, "W2026")])
    assert again.doc_no == "RK-2026-0002"
    assert again.batch_ids == booked.batch_ids  # same warehouse + item + 批号 → same batch
    row = StockViews(depot.db).get(booked.batch_ids[0])
    assert row is not None and row.qty == 120
    assert row.expiry_date == date(2027, 3, 1)  # 生产日期 + 保质期 12 个月
    with depot.db.read() as s:
        assert s.scalar(select(func.count()).select_from(AuditLog).where(
            AuditLog.table_name == "stock_doc")) == 2


def test_issue_cannot_take_more_than_the_batch_holds(depot: Depot) -> None:
    batch = depot.receive(depot.county_wh, depot.tent, 10, "T1")
    svc = StockService(depot.db)
    with pytest.raises(ValidationFailed) as exc:
        svc.issue(depot.county_wh, DocHeader(TODAY), [LineOut(batch, 11)])
    assert "只有 10" in str(exc.value)
    assert StockViews(depot.db).get(batch).qty == 10  # type: ignore[union-attr]
    with depot.db.read() as s:  # the refused document left nothing behind
        assert s.scalar(select(func.count()).select_from(StockDoc).where(
            StockDoc.doc_type == DocType.ISSUE.value)) == 0
    svc.issue(depot.county_wh, DocHeader(TODAY, purpose="抢险"), [LineOut(batch, 10)])
    assert StockViews(depot.db).get(batch).qty == 0  # type: ignore[union-attr]


def test_transfer_books_both_warehouses_in_one_document(depot: Depot) -> None:
    batch = depot.receive(depot.county_wh, depot.tent, 50, "T1", TODAY + timedelta(days=900))
    booked = StockService(depot.db).transfer(depot.county_wh, depot.town_wh,
                                             DocHeader(TODAY, receiver="胡志强"),
                                             [LineOut(batch, 20)])
    assert booked.doc_no.startswith("DB-2026-")
    views = StockViews(depot.db)
    dest = views.get(booked.batch_ids[0])
    assert dest is not None and dest.warehouse_id == depot.town_wh and dest.qty == 20
    assert dest.batch_no == "T1" and dest.expiry_date == TODAY + timedelta(days=900)
    assert views.get(batch).qty == 30  # type: ignore[union-attr]
    with depot.db.read() as s:
        lines = s.execute(select(StockDocLine.warehouse_id, StockDocLine.direction).where(
            StockDocLine.doc_id == booked.doc_id)).all()
    assert sorted(lines) == sorted([(depot.county_wh, -1), (depot.town_wh, 1)])


def test_a_refused_transfer_line_books_neither_side(depot: Depot) -> None:
    a = depot.receive(depot.county_wh, depot.tent, 5, "T1")
    b = depot.receive(depot.county_wh, depot.jacket, 5, "J1")
    with pytest.raises(ValidationFailed):
        StockService(depot.db).transfer(depot.county_wh, depot.town_wh, DocHeader(TODAY),
                                        [LineOut(a, 5), LineOut(b, 6)])
    views = StockViews(depot.db)
    assert views.get(a).qty == 5  # type: ignore[union-attr]
    assert views.count(StockQuery(warehouse_id=depot.town_wh)) == 0


def test_fefo_suggests_the_earliest_usable_expiry_first(depot: Depot) -> None:
    late = depot.receive(depot.county_wh, depot.water, 30, "L", TODAY + timedelta(days=300))
    soon = depot.receive(depot.county_wh, depot.water, 10, "S", TODAY + timedelta(days=20))
    depot.receive(depot.county_wh, depot.water, 99, "X", TODAY - timedelta(days=1))  # expired
    svc = StockService(depot.db)
    assert svc.fefo(depot.county_wh, depot.water, 25, TODAY) == [LineOut(soon, 10),
                                                                 LineOut(late, 15)]
    with pytest.raises(ValidationFailed) as exc:
        svc.fefo(depot.county_wh, depot.water, 41, TODAY)
    assert "可用库存只有 40" in str(exc.value)


def test_stocktake_books_differences_with_reasons(depot: Depot) -> None:
    batch = depot.receive(depot.town_wh, depot.jacket, 40, "J1")
    svc = BatchService(depot.db)
    st_id = svc.start_stocktake(depot.town_wh, TODAY, "胡志强", "汪晓燕")
    with pytest.raises(ValidationFailed):
        svc.book_stocktake(st_id, {batch: (38, None)}, DocHeader(TODAY))
    booked = svc.book_stocktake(st_id, {batch: (38, "受潮损坏 2 件")}, DocHeader(TODAY))
    assert booked is not None and booked.doc_no.startswith("PD-2026-")
    assert StockViews(depot.db).get(batch).qty == 38  # type: ignore[union-attr]
    card = StockViews(depot.db).stock_card(depot.town_wh, depot.jacket)
    assert [(c.qty_in, c.qty_out, c.balance) for c in card] == [(40, 0, 40), (0, 2, 38)]


def test_a_batch_with_stock_cannot_be_deleted(depot: Depot) -> None:
    batch = depot.receive(depot.town_wh, depot.jacket, 4, "J1")
    svc = StockService(depot.db)
    with pytest.raises(InputRejected, match="还有库存"):
        BatchService(depot.db).delete_batch(batch)
    svc.issue(depot.town_wh, DocHeader(TODAY), [LineOut(batch, 4)])
    BatchService(depot.db).delete_batch(batch)
    assert StockViews(depot.db).count(StockQuery(include_empty=True)) == 0


def test_writeoff_needs_a_reason(depot: Depot) -> None:
    batch = depot.receive(depot.town_wh, depot.water, 4, "W")
    with pytest.raises(ValidationFailed, match="原因"):
        StockService(depot.db).issue(depot.town_wh, DocHeader(TODAY), [LineOut(batch, 1)],
                                     DocType.WRITEOFF)


_moves = st.lists(st.tuples(st.sampled_from(["in", "out", "transfer", "back"]),
                            st.integers(0, 2), st.integers(1, 40)), max_size=25)


@settings(max_examples=25, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(moves=_moves)
def test_any_sequence_of_movements_keeps_balances_consistent(depot: Depot,
                                                             moves: list[tuple[str, int, int]]
                                                             ) -> None:
    """Property: whatever is tried, no balance is negative and every cached balance equals
    the sum of its document lines (refused documents leave no trace)."""
    svc = StockService(depot.db)
    items = [depot.tent, depot.water, depot.jacket]
    for kind, k, qty in moves:
        item = items[k]
        try:
            if kind == "in":
                svc.receive(depot.county_wh, DocHeader(TODAY), [BatchInput(item, qty, f"B{k}")])
            else:
                rows = StockViews(depot.db).batches_of(depot.county_wh, item)
                if not rows:
                    continue
                line = [LineOut(rows[0].id, qty)]
                if kind == "out":
                    svc.issue(depot.county_wh, DocHeader(TODAY), line)
                elif kind == "transfer":
                    svc.transfer(depot.county_wh, depot.town_wh, DocHeader(TODAY), line)
                else:
                    svc.give_back(depot.county_wh, DocHeader(TODAY), line)
        except ValidationFailed:
            pass
        _balances_match_lines(depot)
    with depot.db.read() as s:  # every transfer moved as much out as in
        for doc_id, net in s.execute(select(StockDocLine.doc_id, func.sum(
                StockDocLine.direction * StockDocLine.qty)).join(StockDoc).where(
                StockDoc.doc_type == DocType.TRANSFER.value).group_by(StockDocLine.doc_id)):
            assert abs(net) < 1e-9, doc_id


def test_supply_labels_do_not_relabel_other_enumerations() -> None:
    from emergency_desk.data.enums import RegionLevel
    from emergency_desk.data.officers import OfficerStatus
    from emergency_desk.data.supplies import WarehouseStatus, WarehouseType

    assert RegionLevel.COUNTY.zh == "县" and OfficerStatus.ACTIVE.zh == "在岗"
    assert WarehouseType.COUNTY.zh == "县级库" and WarehouseStatus.ACTIVE.zh == "在用"
