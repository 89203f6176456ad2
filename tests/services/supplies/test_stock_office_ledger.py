"""A stock ledger as a township keeps it: a title row, 序号, quantities with units, '/' for a
missing date, month-only expiry, a 合计 row with sums and a 填表人 line — and items the
catalogue does not have yet, which the import creates (with 存储方式) instead of refusing."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import openpyxl
from sqlalchemy import func, select

from emergency_desk.data.dates import MonthDate
from emergency_desk.data.supplies import StockBatch, SupplyItem
from emergency_desk.io.importer import import_file
from tests.services.supplies.conftest import Depot

HEADER = ["序号", "仓库", "物资名称", "规格型号", "计量单位", "数量", "生产日期", "有效期至",
          "存储方式", "保管人"]


def ledger(tmp_path: Path) -> Path:
    wb = openpyxl.Workbook()
    ws = wb.active
    assert ws is not None
    ws.append(["县级救灾物资储备库物资台账"])
    ws.append(HEADER)
    ws.append([1, "县级救灾物资储备库", "棉帐篷", "12平方米", None, "30顶", "2023.07", "2028.06",
               "室内货架", "王保管"])
    ws.append([2, "县级救灾物资储备库", "折叠床", "单人", "张", "20 张", "/", "—", "室内",
               None])
    ws.append([3, "县级救灾物资储备库", "强光手电", None, None, "15", "无", "2027年3月",
               "常温干燥", None])
    ws.append([4, "县级救灾物资储备库", "救灾帐篷", None, None, "5顶", None, None, None, None])
    ws.append(["合计", None, None, None, None, 70, None, None, None, None])
    ws.append(["填表人：", "胡晓燕", None, "填报日期：", "2024.05.06"])
    path = tmp_path / "台账.xlsx"
    wb.save(path)
    return path


def _items(depot: Depot) -> int:
    with depot.db.read() as s:
        return int(s.scalar(select(func.count()).select_from(SupplyItem)) or 0)


def test_a_ledger_naming_new_items_creates_them(depot: Depot, tmp_path: Path) -> None:
    path = ledger(tmp_path)
    before = _items(depot)
    dry = import_file(depot.db, "stock", path, dry_run=True)
    assert dry.error_lines() == []
    summary = dry.summary()
    assert "新建物资品目 3 个：棉帐篷（12平方米）、折叠床（单人）、强光手电" in summary
    assert "跳过 2 行表尾" in summary and "未对应的列已随记录保存：保管人" in summary
    assert _items(depot) == before  # the dry run wrote nothing

    result = import_file(depot.db, "stock", path)
    assert result.error_lines() == [] and result.inserted == 4
    assert "新建物资品目 3 个" in result.summary()
    with depot.db.read() as s:
        items = {i.name: i for i in s.scalars(select(SupplyItem))}
        batches = {b.item.name: b for b in s.scalars(select(StockBatch))}
        assert items["棉帐篷"].unit == "顶" and items["棉帐篷"].storage_method == "室内货架"
        assert items["折叠床"].unit == "张" and items["强光手电"].unit is None
        assert items["强光手电"].storage_method == "常温干燥"
        tent = batches["棉帐篷"]
        assert tent.qty == 30
        assert isinstance(tent.production_date, MonthDate)
        assert str(tent.production_date) == "2023-07"
        assert tent.expiry_date == date(2028, 6, 30)  # a month's expiry: its last day
        assert isinstance(tent.expiry_date, MonthDate)
        assert "王保管" in (tent.extra or "")
        bed = batches["折叠床"]
        assert bed.production_date is None and bed.expiry_date is None
        assert batches["强光手电"].expiry_date == MonthDate(2027, 3, 31)
    again = import_file(depot.db, "stock", path)
    assert again.error_lines() == []
    assert (again.inserted, again.updated) == (0, 0) and "新建物资品目" not in again.summary()
    assert _items(depot) == before + 3


def test_a_quantity_unit_must_agree_with_the_items(depot: Depot, tmp_path: Path) -> None:
    wb = openpyxl.Workbook()
    ws = wb.active
    assert ws is not None
    ws.append(["仓库", "物资名称", "计量单位", "数量"])
    ws.append(["县级救灾物资储备库", "救灾帐篷", "顶", "3把"])
    ws.append(["县级救灾物资储备库", "救灾帐篷", "个", "3"])
    path = tmp_path / "units.xlsx"
    wb.save(path)
    lines = import_file(depot.db, "stock", path).error_lines()
    assert lines[0].startswith("第 2 行 [数量]") and "“把”" in lines[0]
    assert lines[1].startswith("第 3 行 [计量单位]") and "“顶”" in lines[1]


def test_the_stock_view_shows_month_dates_as_months(depot: Depot, tmp_path: Path) -> None:
    from emergency_desk.services.supplies.views import StockQuery, StockViews

    assert import_file(depot.db, "stock", ledger(tmp_path)).ok
    rows = {r.item_name: r for r in StockViews(depot.db).list(StockQuery())}
    tent = rows["棉帐篷"]
    assert str(tent.production_date) == "2023-07" and str(tent.expiry_date) == "2028-06"
    assert tent.days_left(date(2028, 6, 30)) == 0  # good to the end of June


def test_an_export_of_the_ledger_keeps_months_and_the_extra_column(depot: Depot,
                                                                   tmp_path: Path) -> None:
    from emergency_desk.io.exporter import export_register

    assert import_file(depot.db, "stock", ledger(tmp_path)).ok
    out = tmp_path / "export.xlsx"
    export_register(depot.db, "stock", out)
    ws = openpyxl.load_workbook(out).active
    assert ws is not None
    header = [c.value for c in ws[1]]
    assert header[-1] == "保管人" and "存储方式" in header
    tent = next(r for r in ws.iter_rows(min_row=2, values_only=True) if r[1] == "棉帐篷")
    assert tent[header.index("生产日期")] == "2023.07"
    assert tent[header.index("有效期至")] == "2028.06"
    assert tent[header.index("存储方式")] == "室内货架" and tent[-1] == "王保管"
    again = import_file(depot.db, "stock", out)
    assert again.error_lines() == [] and (again.inserted, again.updated) == (0, 0)
