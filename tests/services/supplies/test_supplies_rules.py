"""Rules S1–S10: each fires on a crafted case and stays silent on its near miss."""

from __future__ import annotations

from datetime import date, datetime, timedelta

from sqlalchemy import update

from emergency_desk.data.enums import RegionLevel
from emergency_desk.data.supplies import (
    DocType,
    StockBatch,
    StockDoc,
    Stocktake,
    Warehouse,
    WarehouseType,
)
from emergency_desk.services.checks import Alert, run_checks
from emergency_desk.services.regions.regions import RegionInput, RegionService
from emergency_desk.services.settings import SettingsService
from emergency_desk.services.supplies.batches import BatchService
from emergency_desk.services.supplies.quota import AgreementInput, QuotaInput, QuotaService
from emergency_desk.services.supplies.stock import DocHeader, LineOut, StockService
from emergency_desk.services.supplies.supplies import ItemInput, SuppliesService, WarehouseInput
from tests.services.supplies.conftest import TODAY, Depot


def alerts(depot: Depot, rule: str, today: date = TODAY) -> list[Alert]:
    return run_checks(depot.db, today=today, only=[rule])


def test_s1_expired_batch_fires_and_one_expiring_today_does_not(depot: Depot) -> None:
    gone = depot.receive(depot.county_wh, depot.water, 5, "OLD", TODAY - timedelta(days=1))
    depot.receive(depot.county_wh, depot.water, 5, "EDGE", TODAY)
    found = alerts(depot, "S1")
    assert [(a.record_id, a.table) for a in found] == [(gone, "stock_batch")]
    assert "OLD" in found[0].message and found[0].severity.value == "red"


def test_s1_silent_once_the_expired_batch_is_written_off(depot: Depot) -> None:
    gone = depot.receive(depot.county_wh, depot.water, 5, "OLD", TODAY - timedelta(days=1))
    StockService(depot.db).issue(depot.county_wh, DocHeader(TODAY, purpose="过期报废"),
                                 [LineOut(gone, 5)], doc_type=DocType.WRITEOFF)
    assert alerts(depot, "S1") == []


def test_s2_near_expiry_uses_the_setting_and_the_items_own_lead(depot: Depot) -> None:
    near = depot.receive(depot.county_wh, depot.water, 5, "N", TODAY + timedelta(days=90))
    depot.receive(depot.county_wh, depot.water, 5, "F", TODAY + timedelta(days=91))
    assert [a.record_id for a in alerts(depot, "S2")] == [near]
    SettingsService(depot.db).set("expiry_warning_days", 60)
    assert alerts(depot, "S2") == []
    SuppliesService(depot.db).update_item(depot.water, ItemInput(
        "瓶装饮用水", "550ml×24瓶", "箱", "1010201", shelf_life_months=12, rotation_lead_days=120))
    assert len(alerts(depot, "S2")) == 2


def test_s3_below_quota_counts_only_usable_stock(depot: Depot) -> None:
    quotas = QuotaService(depot.db)
    qid = quotas.save_quota(QuotaInput(depot.town_wh, depot.tent, min_qty=10, target_qty=20))
    depot.receive(depot.town_wh, depot.tent, 10, "T1")
    assert alerts(depot, "S3") == []  # exactly at the minimum
    depot.receive(depot.town_wh, depot.tent, 50, "OLD", TODAY - timedelta(days=3))
    assert alerts(depot, "S3") == []
    batch = StockService(depot.db).fefo(depot.town_wh, depot.tent, 1, TODAY)
    StockService(depot.db).issue(depot.town_wh, DocHeader(TODAY), batch)
    found = alerts(depot, "S3")  # 9 usable; the 50 expired ones do not count
    assert [(a.record_id, a.severity.value) for a in found] == [(qid, "orange")]
    assert "缺 1顶" in found[0].message


def test_s4_frequently_used_item_issued_and_not_restocked(depot: Depot) -> None:
    batch = depot.receive(depot.town_wh, depot.water, 20, "W", TODAY + timedelta(days=300),
                          day=TODAY - timedelta(days=10))
    StockService(depot.db).issue(depot.town_wh, DocHeader(TODAY - timedelta(days=5)),
                                 [LineOut(batch, 5)])
    assert [a.subject for a in alerts(depot, "S4")] == [
        "碧阳镇应急物资储备点：瓶装饮用水（550ml×24瓶）"]
    depot.receive(depot.town_wh, depot.water, 5, "W", TODAY + timedelta(days=300),
                  day=TODAY - timedelta(days=2))
    assert alerts(depot, "S4") == []


def test_s4_silent_for_items_not_flagged_frequently_used(depot: Depot) -> None:
    batch = depot.receive(depot.town_wh, depot.tent, 20, "T", day=TODAY - timedelta(days=10))
    StockService(depot.db).issue(depot.town_wh, DocHeader(TODAY - timedelta(days=5)),
                                 [LineOut(batch, 5)])
    assert alerts(depot, "S4") == []


def test_s5_stocktake_overdue(depot: Depot) -> None:
    start = TODAY - timedelta(days=400)
    depot.receive(depot.town_wh, depot.jacket, 5, "J", day=start)
    assert [a.record_id for a in alerts(depot, "S5")] == [depot.town_wh]
    svc = BatchService(depot.db)
    st_id = svc.start_stocktake(depot.town_wh, TODAY - timedelta(days=360))
    svc.book_stocktake(st_id, {}, DocHeader(TODAY - timedelta(days=360)))
    assert alerts(depot, "S5") == []  # counted 360 days ago: within 12 months
    with depot.db.begin() as s:
        s.execute(update(Stocktake).values(take_date=TODAY - timedelta(days=370)))
    assert len(alerts(depot, "S5")) == 1


def test_s5_silent_for_a_warehouse_stocked_recently(depot: Depot) -> None:
    depot.receive(depot.town_wh, depot.jacket, 5, "J", day=TODAY - timedelta(days=100))
    assert alerts(depot, "S5") == []


def test_s6_balance_that_disagrees_with_documents(depot: Depot) -> None:
    batch = depot.receive(depot.county_wh, depot.tent, 5, "T")
    assert [a for a in alerts(depot, "S6") if a.table == "stock_batch"] == []
    with depot.db.begin() as s:  # someone edited the file behind the program's back
        s.execute(update(StockBatch).where(StockBatch.id == batch).values(qty=7))
    found = [a for a in alerts(depot, "S6") if a.table == "stock_batch"]
    assert [a.record_id for a in found] == [batch]
    assert "不符" in found[0].message


def test_s6_issue_slip_without_signatures(depot: Depot) -> None:
    batch = depot.receive(depot.county_wh, depot.tent, 5, "T")
    svc = StockService(depot.db)
    svc.issue(depot.county_wh, DocHeader(TODAY, handler="汪建国", approver="胡建国",
                                         receiver="宏村村委会"), [LineOut(batch, 1)])
    assert alerts(depot, "S6") == []
    svc.issue(depot.county_wh, DocHeader(TODAY, handler="汪建国"), [LineOut(batch, 1)])
    found = alerts(depot, "S6")
    assert len(found) == 1 and "审批人、接收人" in found[0].message


def test_s6_transfer_without_its_receiving_side(depot: Depot) -> None:
    batch = depot.receive(depot.county_wh, depot.tent, 5, "T")
    booked = StockService(depot.db).transfer(depot.county_wh, depot.town_wh, DocHeader(
        TODAY, handler="a", approver="b", receiver="c"), [LineOut(batch, 2)])
    assert alerts(depot, "S6") == []
    with depot.db.begin() as s:
        s.execute(update(StockDoc).where(StockDoc.id == booked.doc_id).values(
            peer_warehouse_id=None))
    assert any("调出与调入不对应" in a.message for a in alerts(depot, "S6"))


def test_s7_incomplete_item_and_batch(depot: Depot) -> None:
    assert alerts(depot, "S7") == []
    SuppliesService(depot.db).create_item(ItemInput("方便面", "", None, None))
    depot.receive(depot.county_wh, depot.water, 5, "W")  # shelf life but no dates
    messages = sorted(a.message for a in alerts(depot, "S7"))
    assert messages == ["批号 W 未填写有效期至（该物资有保质期）", "物资品目缺少分类编码、计量单位"]


def test_s8_agreement_ending_soon_and_quota_without_agreement(depot: Depot) -> None:
    quotas = QuotaService(depot.db)
    aid = quotas.save_agreement(AgreementInput(
        "黟县百货超市", "XY-2025-01", depot.regions["碧阳镇"], date(2025, 7, 1),
        TODAY + timedelta(days=30), "程海涛", "13905591234", 12, [(depot.water, 500)]))
    found = alerts(depot, "S8")
    assert [(a.record_id, a.severity.value) for a in found] == [(aid, "orange")]
    quotas.save_agreement(AgreementInput(
        "黟县百货超市", "XY-2025-01", depot.regions["碧阳镇"], date(2025, 7, 1),
        TODAY + timedelta(days=31), lines=[(depot.water, 500)]), aid)
    assert alerts(depot, "S8") == []
    quotas.save_quota(QuotaInput(depot.town_wh, depot.water, 100, relies_on_agreement=True))
    assert alerts(depot, "S8") == []  # the agreement covers water
    qid = quotas.save_quota(QuotaInput(depot.town_wh, depot.tent, 10, relies_on_agreement=True))
    assert [a.record_id for a in alerts(depot, "S8")] == [qid]


def test_s9_township_without_warehouse(depot: Depot) -> None:
    found = alerts(depot, "S9")
    assert [a.subject for a in found] == ["宏村镇"]
    rs = RegionService(depot.db)
    village = rs.create(RegionInput("宏村", RegionLevel.VILLAGE, depot.regions["宏村镇"]))
    # A village storage point is not the township's warehouse…
    svc = SuppliesService(depot.db)
    svc.create_warehouse(WarehouseInput("宏村储备点", WarehouseType.VILLAGE, village))
    assert [a.subject for a in alerts(depot, "S9")] == ["宏村镇"]
    svc.create_warehouse(WarehouseInput("宏村镇应急物资储备库", WarehouseType.TOWNSHIP,
                                        depot.regions["宏村镇"]))
    assert alerts(depot, "S9") == []


def test_s9_high_risk_village_storage_point_only_when_required(depot: Depot) -> None:
    assert all(a.subject != "古筑村" for a in alerts(depot, "S9"))
    SettingsService(depot.db).set("village_storage_required", True)
    assert any(a.subject == "古筑村" for a in alerts(depot, "S9"))


def test_s10_stale_warehouse(depot: Depot) -> None:
    old = datetime(2025, 1, 1)
    with depot.db.begin() as s:
        s.execute(update(Warehouse).values(updated_at=old))
    found = alerts(depot, "S10")
    assert {a.record_id for a in found} == {depot.county_wh, depot.town_wh}
    depot.receive(depot.town_wh, depot.jacket, 1, "J", day=TODAY - timedelta(days=10))
    assert {a.record_id for a in alerts(depot, "S10")} == {depot.county_wh}
    SettingsService(depot.db).set("stale_days", 3650)
    assert alerts(depot, "S10") == []
