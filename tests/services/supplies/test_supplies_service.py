"""Warehouses and catalogue: validation, audit, soft delete with reference checks, queries."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import select

from emergency_desk.data.models import AuditLog
from emergency_desk.data.supplies import Warehouse, WarehouseType
from emergency_desk.errors import InputRejected, ValidationFailed
from emergency_desk.services.recycle import RecycleBin
from emergency_desk.services.regions.regions import RegionService
from emergency_desk.services.supplies.batches import BatchService
from emergency_desk.services.supplies.stock import DocHeader, LineOut, StockService
from emergency_desk.services.supplies.supplies import ItemInput, SuppliesService, WarehouseInput
from emergency_desk.services.supplies.views import (
    CatalogueViews,
    ItemQuery,
    StockQuery,
    StockViews,
    WarehouseQuery,
)
from tests.services.supplies.conftest import TODAY, Depot


def test_warehouse_names_are_unique_within_a_region(depot: Depot) -> None:
    svc = SuppliesService(depot.db)
    with pytest.raises(ValidationFailed) as exc:
        svc.create_warehouse(WarehouseInput("碧阳镇应急物资储备点", WarehouseType.TOWNSHIP,
                                            depot.regions["碧阳镇"]))
    assert "仓库名称" in exc.value.problems
    svc.create_warehouse(WarehouseInput("碧阳镇应急物资储备点", WarehouseType.TOWNSHIP,
                                        depot.regions["宏村镇"]))


def test_item_category_code_must_follow_gbt_38565(depot: Depot) -> None:
    svc = SuppliesService(depot.db)
    with pytest.raises(ValidationFailed) as exc:
        svc.create_item(ItemInput("发电机", "5kW", "台", "4010101"))
    assert "分类编码" in exc.value.problems
    svc.ensure_categories()
    assert [c[1] for c in svc.categories()] == ["1", "2", "3"]
    with pytest.raises(ValidationFailed, match="上级分类 201"):
        svc.save_category("20101", "照明动力装备")
    svc.save_category("201", "应急装备")
    svc.save_category("20101", "照明动力装备")
    assert [(c[1], c[3]) for c in svc.categories()] == [("1", 1), ("2", 1), ("201", 2),
                                                        ("20101", 3), ("3", 1)]


def test_a_warehouse_holding_stock_cannot_be_deleted_and_says_why(depot: Depot) -> None:
    batch = depot.receive(depot.town_wh, depot.jacket, 3, "J")
    svc = SuppliesService(depot.db)
    with pytest.raises(InputRejected, match="1 个库存批次"):
        svc.delete_warehouse(depot.town_wh)
    with pytest.raises(InputRejected, match="仓库"):
        RegionService(depot.db).delete(depot.regions["碧阳镇"])
    StockService(depot.db).issue(depot.town_wh, DocHeader(TODAY), [LineOut(batch, 3)])
    BatchService(depot.db).delete_batch(batch)
    with pytest.raises(InputRejected, match="出入库单"):  # its documents are its history
        svc.delete_warehouse(depot.town_wh)


def test_unused_item_goes_to_the_recycle_bin_and_comes_back(depot: Depot) -> None:
    svc = SuppliesService(depot.db)
    item = svc.create_item(ItemInput("雨衣", "分体式", "套", "1020101", frequently_used=True))
    svc.delete_item(item)
    assert CatalogueViews(depot.db).count_items(ItemQuery(search="雨衣")) == 0
    RecycleBin(depot.db).restore("supply_item", item)
    assert CatalogueViews(depot.db).count_items(ItemQuery(search="yuyi")) == 1
    with depot.db.read() as s:
        actions = s.scalars(select(AuditLog.action).where(
            AuditLog.table_name == "supply_item", AuditLog.record_id == item)).all()
    assert actions == ["insert", "delete", "restore"]


def test_stock_search_by_pinyin_and_filters_in_sql(depot: Depot) -> None:
    depot.receive(depot.county_wh, depot.tent, 10, "T1", TODAY + timedelta(days=20))
    depot.receive(depot.town_wh, depot.water, 10, "W1", TODAY - timedelta(days=1))
    depot.receive(depot.town_wh, depot.jacket, 10, "J1", TODAY + timedelta(days=400))
    views = StockViews(depot.db)
    assert [r.item_name for r in views.list(StockQuery(search="zp"))] == ["救灾帐篷"]
    assert [r.item_name for r in views.list(StockQuery(search="jiuzai"))] == ["救灾帐篷"]
    assert views.count(StockQuery(within_region_id=depot.regions["碧阳镇"])) == 2
    assert views.count(StockQuery(within_region_id=depot.regions["黟县"])) == 3
    assert [r.batch_no for r in views.list(StockQuery(band="expired", today=TODAY))] == ["W1"]
    assert [r.batch_no for r in views.list(StockQuery(band="30", today=TODAY))] == ["T1"]
    assert [r.batch_no for r in views.list(StockQuery(category_code="2"))] == ["J1"]
    page = views.list(StockQuery(order_by="expiry"), offset=1, limit=1)
    assert [r.batch_no for r in page] == ["T1"]
    wh = CatalogueViews(depot.db).warehouses(WarehouseQuery(search="byz"))
    assert [w.name for w in wh] == ["碧阳镇应急物资储备点"] and wh[0].batches == 2


def test_a_batch_comes_back_only_with_its_warehouse(depot: Depot) -> None:
    batch = depot.receive(depot.town_wh, depot.jacket, 2, "J")
    stock = StockService(depot.db)
    stock.issue(depot.town_wh, DocHeader(TODAY), [LineOut(batch, 2)])
    BatchService(depot.db).delete_batch(batch)
    bin_ = RecycleBin(depot.db)
    assert ("stock_batch", batch) in [(r.table, r.id) for r in bin_.list()]
    with depot.db.begin() as s:  # its warehouse went too (forced: its slips refer to it)
        s.get(Warehouse, depot.town_wh).is_deleted = True  # type: ignore[union-attr]
    with pytest.raises(InputRejected, match="请先恢复仓库"):
        bin_.restore("stock_batch", batch)
