"""Issue 15: S5's clock starts at the oldest 入库日期 of the stock on hand, not at the day the
ledger was typed in."""

from __future__ import annotations

from datetime import date, timedelta

from emergency_desk.services.checks import Alert, run_checks
from emergency_desk.services.officers.trainings import months_before
from emergency_desk.services.supplies.stock import BatchInput, DocHeader, LineOut, StockService
from tests.services.supplies.conftest import TODAY, Depot


def alerts(depot: Depot, rule: str) -> list[Alert]:
    return run_checks(depot.db, today=TODAY, only=[rule])


def typed_in(depot: Depot, inbound: date, qty: float = 20, no: str = "2023-01") -> int:
    """The ledger typed in last month from the paper book: the batch came in on `inbound`."""
    booked = StockService(depot.db).receive(
        depot.town_wh, DocHeader(TODAY - timedelta(days=30), handler="胡志强", approver="汪建国"),
        [BatchInput(depot.jacket, qty, no, inbound_date=inbound)])
    return booked.batch_ids[0]


def test_s5_clock_starts_at_the_oldest_inbound_date(depot: Depot) -> None:
    typed_in(depot, date(2024, 4, 10))
    found = alerts(depot, "S5")
    assert [(a.record_id, a.region, a.subject, a.message) for a in found] == [
        (depot.town_wh, "碧阳镇", "碧阳镇应急物资储备点",
         "从未盘点（现存物资最早 2024-04-10 入库），请组织盘点")]


def test_s5_stock_in_for_eleven_months_is_not_due(depot: Depot) -> None:
    typed_in(depot, months_before(TODAY, 11))
    assert alerts(depot, "S5") == []


def test_s5_only_stock_on_hand_counts(depot: Depot) -> None:
    old = typed_in(depot, date(2023, 5, 1), qty=2, no="旧")
    typed_in(depot, months_before(TODAY, 3), no="新")
    assert len(alerts(depot, "S5")) == 1
    StockService(depot.db).issue(depot.town_wh, DocHeader(
        TODAY - timedelta(days=1), handler="胡志强", approver="汪建国", receiver="古筑村委会"),
        [LineOut(old, 2)])
    assert alerts(depot, "S5") == []  # the old batch is gone; the rest came in 3 months ago


def test_s2_a_batch_91_days_from_expiry_with_a_90_day_band_raises_nothing(
        depot: Depot) -> None:
    depot.receive(depot.county_wh, depot.water, 10, "W91", TODAY + timedelta(days=91))
    assert alerts(depot, "S2") == []
    depot.receive(depot.county_wh, depot.water, 10, "W90", TODAY + timedelta(days=90))
    found = alerts(depot, "S2")
    assert [a.region for a in found] == ["黟县"] and "W90" in found[0].message
    assert "请安排轮换或调剂使用" in found[0].message
