"""A small county with two warehouses and a few items for the supplies tests."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

import pytest

from emergency_desk.data.db import Database
from emergency_desk.data.enums import RegionLevel
from emergency_desk.data.supplies import WarehouseType
from emergency_desk.services.regions.regions import RegionInput, RegionService
from emergency_desk.services.supplies.stock import BatchInput, DocHeader, StockService
from emergency_desk.services.supplies.supplies import ItemInput, SuppliesService, WarehouseInput

TODAY = date(2026, 6, 1)


@dataclass
class Depot:
    db: Database
    regions: dict[str, int]
    county_wh: int
    town_wh: int
    tent: int
    water: int
    jacket: int

    def receive(self, warehouse_id: int, item_id: int, qty: float, batch_no: str = "",
                expiry: date | None = None, day: date = TODAY) -> int:
        """Book one 入库 and return the batch id."""
        booked = StockService(self.db).receive(
            warehouse_id, DocHeader(day, handler="汪建国", approver="胡建国"),
            [BatchInput(item_id, qty, batch_no, expiry_date=expiry)])
        return booked.batch_ids[0]


@pytest.fixture
def depot(db: Database) -> Depot:
    rs = RegionService(db)
    ids = {"黟县": rs.create(RegionInput("黟县", RegionLevel.COUNTY, code="341023000000",
                                         population=90000))}
    for name, code in (("碧阳镇", "341023100000"), ("宏村镇", "341023101000")):
        ids[name] = rs.create(RegionInput(name, RegionLevel.TOWNSHIP, ids["黟县"], code=code,
                                          population=12000))
    ids["古筑村"] = rs.create(RegionInput("古筑村", RegionLevel.VILLAGE, ids["碧阳镇"],
                                         code="341023100201", is_disaster_prone=True))
    svc = SuppliesService(db)
    county_wh = svc.create_warehouse(WarehouseInput("县级救灾物资储备库", WarehouseType.COUNTY,
                                                    ids["黟县"], keeper="汪建国",
                                                    phone="0559-5521110"))
    town_wh = svc.create_warehouse(WarehouseInput("碧阳镇应急物资储备点",
                                                  WarehouseType.TOWNSHIP, ids["碧阳镇"],
                                                  keeper="胡志强"))
    tent = svc.create_item(ItemInput("救灾帐篷", "12平方米单帐篷", "顶", "1010101"))
    water = svc.create_item(ItemInput("瓶装饮用水", "550ml×24瓶", "箱", "1010201",
                                      shelf_life_months=12, frequently_used=True))
    jacket = svc.create_item(ItemInput("救生衣", "成人款", "件", "2010101"))
    return Depot(db, ids, county_wh, town_wh, tent, water, jacket)

