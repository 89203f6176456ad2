"""保质期过半轮换 (issue 16): an item can ask S2 to flag its batches once half the shelf life has
passed, beside the 90-day band; one day before the half-way point is silent, one day after
fires. The option is in the item form's service, the `items` Excel register and a setting."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import openpyxl
import pytest

from emergency_desk.errors import ValidationFailed
from emergency_desk.io.exporter import export_register
from emergency_desk.io.importer import import_file
from emergency_desk.services.checks import Alert, run_checks
from emergency_desk.services.checks.supplies import half_life_point
from emergency_desk.services.settings import SettingsService
from emergency_desk.services.supplies.stock import BatchInput, DocHeader, StockService
from emergency_desk.services.supplies.supplies import ItemInput, SuppliesService
from emergency_desk.services.supplies.views import CatalogueViews
from tests.services.supplies.conftest import Depot

MADE, EXPIRY = date(2025, 12, 1), date(2026, 12, 1)  # 365 days: half-way on 2026-06-01
HALF = date(2026, 6, 1)


def s2(depot: Depot, today: date) -> list[Alert]:
    return run_checks(depot.db, today=today, only=["S2"])


def _water_halves(depot: Depot, on: bool = True) -> None:
    SuppliesService(depot.db).update_item(depot.water, ItemInput(
        "瓶装饮用水", "550ml×24瓶", "箱", "1010201", shelf_life_months=12,
        frequently_used=True, rotate_at_half_life=on))


def _receive(depot: Depot, made: date | None, expiry: date, no: str) -> int:
    return StockService(depot.db).receive(
        depot.county_wh, DocHeader(date(2025, 12, 5), handler="汪建国", approver="胡建国"),
        [BatchInput(depot.water, 10, no, production_date=made, expiry_date=expiry)]
    ).batch_ids[0]


def test_half_way_point_from_production_date_or_shelf_life() -> None:
    assert half_life_point(MADE, EXPIRY, 12) == HALF
    # Without a 生产日期: half the item's 12 months (183 days) before expiry.
    assert half_life_point(None, EXPIRY, 12) == EXPIRY - timedelta(days=183)
    assert half_life_point(None, EXPIRY, None) is None


def test_one_day_before_half_way_is_silent_one_day_after_fires(depot: Depot) -> None:
    _water_halves(depot)
    batch = _receive(depot, MADE, EXPIRY, "H1")
    assert s2(depot, HALF - timedelta(days=1)) == []
    after = s2(depot, HALF + timedelta(days=1))
    assert [a.record_id for a in after] == [batch]
    assert "保质期已过半" in after[0].message and "2026-06-01" in after[0].message


def test_without_the_option_only_the_90_day_band_counts(depot: Depot) -> None:
    _water_halves(depot, on=False)
    batch = _receive(depot, MADE, EXPIRY, "H1")
    assert s2(depot, HALF + timedelta(days=1)) == []
    # The setting turns it on for every item with a shelf life.
    SettingsService(depot.db).set("rotate_at_half_life_all", True)
    assert [a.record_id for a in s2(depot, HALF + timedelta(days=1))] == [batch]
    # Inside the band the usual near-expiry message, once.
    band = s2(depot, EXPIRY - timedelta(days=10))
    assert len(band) == 1 and "还有 10 天" in band[0].message


def test_the_option_needs_a_shelf_life(depot: Depot) -> None:
    with pytest.raises(ValidationFailed) as exc:
        SuppliesService(depot.db).update_item(depot.tent, ItemInput(
            "救灾帐篷", "12平方米单帐篷", "顶", "1010101", rotate_at_half_life=True))
    assert "保质期过半轮换" in exc.value.problems


def test_items_register_column_round_trips(depot: Depot, tmp_path: Path) -> None:
    wb = openpyxl.Workbook()
    ws = wb.active
    assert ws is not None
    ws.append(["物资名称", "规格型号", "计量单位", "保质期(月)", "过半轮换"])
    ws.append(["方便面", "5包装", "箱", "6", "是"])
    path = tmp_path / "items.xlsx"
    wb.save(path)
    assert import_file(depot.db, "items", path).ok
    noodles = next(r for r in CatalogueViews(depot.db).items() if r.name == "方便面")
    assert noodles.rotate_at_half_life
    out = tmp_path / "out.xlsx"
    export_register(depot.db, "items", out)
    sheet = openpyxl.load_workbook(out).active
    assert sheet is not None
    rows = [list(r) for r in sheet.iter_rows(values_only=True)]
    col = rows[0].index("保质期过半轮换")
    assert next(r for r in rows if r[0] == "方便面")[col] == "是"
    again = import_file(depot.db, "items", out)
    assert again.ok and again.updated == 0 and again.inserted == 0
