"""Excel registers warehouses / items / stock: column contract, all-or-nothing, re-import,
round trip, and bad rows reported with row and column."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import openpyxl
from sqlalchemy import func, select

from emergency_desk.data.models import AuditLog
from emergency_desk.data.supplies import StockBatch, StockDoc, StockDocLine, Warehouse
from emergency_desk.io.exporter import export_register
from emergency_desk.io.importer import import_file
from emergency_desk.io.registers import get_register
from emergency_desk.services.supplies.views import StockQuery, StockViews
from tests.services.supplies.conftest import Depot

STOCK_HEADER = ["仓库", "物资名称", "分类编码", "规格型号", "计量单位", "数量", "批号", "生产日期",
                "有效期至", "入库日期", "资金来源", "存储方式", "单价", "备注"]


def xlsx(path: Path, rows: list[list[Any]], title: str | None = None) -> Path:
    wb = openpyxl.Workbook()
    ws = wb.active
    assert ws is not None
    if title:
        ws.append([title])  # a merged title row above the header, as offices write it
    for r in rows:
        ws.append(r)
    wb.save(path)
    return path


def snapshot(depot: Depot) -> tuple[int, ...]:
    with depot.db.read() as s:
        return tuple(int(s.scalar(select(func.count()).select_from(m)) or 0)
                     for m in (Warehouse, StockBatch, StockDoc, StockDocLine, AuditLog))


def test_columns_follow_the_design_contract() -> None:
    assert [c.name for c in get_register("warehouses").columns] == [
        "仓库名称", "类型", "所属区划", "地址", "保管员", "联系电话", "面积(平方米)", "备注"]
    # docs/design.md §3's columns first; more may follow (保质期过半轮换, issue 16).
    assert [c.name for c in get_register("items").columns][:7] == [
        "物资名称", "分类编码", "规格型号", "计量单位", "保质期(月)", "常用物资", "备注"]
    assert [c.name for c in get_register("stock").columns] == STOCK_HEADER


def test_warehouses_import_then_reimport_changes_nothing(depot: Depot, tmp_path: Path) -> None:
    path = xlsx(tmp_path / "wh.xlsx", [
        ["仓库名称", "类型", "所属区划", "地址", "保管员", "联系电话", "面积（平方米）", "备注"],
        ["宏村镇应急物资储备库", "乡镇储备库", "宏村镇", "宏村镇政府院内", "卢立新", 5595541234,
         120, None],
        ["县级救灾物资储备库", "县级库", "341023", "县城东路 8 号", "汪建国", "0559-5521110",
         800, "已有仓库：更新面积"],
    ], title="黟县应急物资仓库一览表")
    first = import_file(depot.db, "warehouses", path)
    assert first.ok, first.error_lines()
    assert (first.inserted, first.updated) == (1, 1)
    before = snapshot(depot)
    again = import_file(depot.db, "warehouses", path)
    assert (again.inserted, again.updated, again.unchanged) == (0, 0, 2)
    assert snapshot(depot)[:4] == before[:4]


def test_stock_import_books_an_opening_document_and_is_idempotent(depot: Depot,
                                                                 tmp_path: Path) -> None:
    path = xlsx(tmp_path / "stock.xlsx", [STOCK_HEADER, [
        "县级救灾物资储备库", "救灾帐篷", "1010101", "12平方米单帐篷", "顶", 40, "ZP2023-07",
        "2023/7/1", None, "2023年8月2日", "中央", "防潮防鼠", 1850, None], [
        "碧阳镇应急物资储备点", "瓶装饮用水", None, "550ml×24瓶", "箱", 60, "W2025",
        date(2025, 9, 1), None, None, "县级", None, 36.5, "每季度检查"]])
    result = import_file(depot.db, "stock", path)
    assert result.ok, result.error_lines()
    assert result.inserted == 2
    rows = StockViews(depot.db).list(StockQuery())
    water = next(r for r in rows if r.item_name == "瓶装饮用水")
    assert water.qty == 60 and water.expiry_date == date(2026, 9, 1)  # from 保质期 12 个月
    with depot.db.read() as s:
        docs = s.scalars(select(StockDoc.doc_no)).all()
    assert len(docs) == 2 and all(d.startswith("QC-") for d in docs)  # one per warehouse
    before = snapshot(depot)
    again = import_file(depot.db, "stock", path)
    assert (again.inserted, again.updated, again.unchanged) == (0, 0, 2)
    assert snapshot(depot)[:4] == before[:4]


def test_stock_reimport_with_new_quantity_books_the_difference(depot: Depot,
                                                              tmp_path: Path) -> None:
    row = ["县级救灾物资储备库", "救生衣", None, "成人款", "件", 30, "J1", None, None, None,
           None, None, None, None]
    assert import_file(depot.db, "stock", xlsx(tmp_path / "a.xlsx", [STOCK_HEADER, row])).ok
    row[5] = 25
    result = import_file(depot.db, "stock", xlsx(tmp_path / "b.xlsx", [STOCK_HEADER, row]))
    assert result.updated == 1
    card = StockViews(depot.db).stock_card(depot.county_wh, depot.jacket)
    assert [(c.qty_in, c.qty_out, c.balance) for c in card] == [(30, 0, 30), (0, 5, 25)]


def test_bad_stock_rows_are_refused_with_rows_and_columns(depot: Depot, tmp_path: Path) -> None:
    before = snapshot(depot)
    path = xlsx(tmp_path / "bad.xlsx", [
        STOCK_HEADER,
        ["县级救灾物资储备库", "救灾帐篷", None, None, None, 5, "OK", None, None, None, None, None,
         None, None],
        ["县级救灾物资储库", "救灾帐篷", None, None, None, 5, "A", None, None, None, None, None,
         None, None],
        ["县级救灾物资储备库", "救生衣", None, "成人款", None, -3, "B", None, None, None, None,
         None, None, None],
        ["县级救灾物资储备库", "救生衣", None, "成人款", None, 3, "C", "2026-05-01", "2025-05-01",
         None, None, None, None, None],
        ["县级救灾物资储备库", None, None, None, None, 3, "D", None, None, None, None, None,
         None, None],
        ["县级救灾物资储备库", "救灾帐篷", None, None, None, "3 件", "E", None, None, None, None,
         None, None, None],
    ])
    result = import_file(depot.db, "stock", path)
    lines = result.error_lines()
    assert not result.ok
    assert any(line.startswith("第 3 行 [仓库]") and "县级救灾物资储备库" in line
               for line in lines), lines
    assert any(line.startswith("第 4 行 [数量]") and "负数" in line for line in lines), lines
    assert any(line.startswith("第 5 行 [有效期至]") for line in lines), lines
    assert any(line.startswith("第 6 行 [物资名称]") and "不能为空" in line for line in lines)
    assert any(line.startswith("第 7 行 [数量]") and "“件”" in line and "“顶”" in line
               for line in lines), lines  # the quantity's unit disagrees with the item's
    assert not any(line.startswith("第 2 行") for line in lines)
    assert snapshot(depot) == before  # row 2 was fine, but nothing at all was written


def test_items_bad_code_and_duplicate_rows(depot: Depot, tmp_path: Path) -> None:
    path = xlsx(tmp_path / "items.xlsx", [
        ["物资名称", "分类编码", "规格型号", "计量单位", "保质期(月)", "常用物资", "备注"],
        ["折叠床", "1010301", "单人", "张", None, "否", None],
        ["方便面", "40101", "桶装", "箱", 6, "是", None],
        ["折叠床", "1010301", "单人", "张", None, "否", None],
    ])
    result = import_file(depot.db, "items", path)
    lines = result.error_lines()
    assert any(line.startswith("第 3 行 [分类编码]") for line in lines), lines
    assert any(line.startswith("第 4 行 [物资名称]") and "第 2 行" in line for line in lines)


def test_export_then_import_round_trips(depot: Depot, tmp_path: Path) -> None:
    depot.receive(depot.county_wh, depot.tent, 12, "T-1", date(2030, 1, 1))
    depot.receive(depot.town_wh, depot.water, 7, "", date(2027, 1, 1))
    for name in ("warehouses", "items", "stock"):
        out = tmp_path / f"{name}.xlsx"
        export_register(depot.db, name, out)
        before = snapshot(depot)
        result = import_file(depot.db, name, out)
        assert result.ok, result.error_lines()
        assert result.inserted == result.updated == 0 and result.unchanged > 0, name
        assert snapshot(depot)[:4] == before[:4]


def test_each_warehouse_gets_its_own_opening_document(depot: Depot, tmp_path: Path) -> None:
    rows = [STOCK_HEADER] + [
        [wh, "救生衣", None, "成人款", "件", 10 + i, f"J{i}"] + [None] * 7
        for i, wh in enumerate(["县级救灾物资储备库", "碧阳镇应急物资储备点",
                                "县级救灾物资储备库"])]
    assert import_file(depot.db, "stock", xlsx(tmp_path / "s.xlsx", rows)).ok
    with depot.db.read() as s:
        docs = s.execute(select(StockDoc.warehouse_id, func.count(StockDocLine.id))
                         .join(StockDocLine, StockDocLine.doc_id == StockDoc.id)
                         .group_by(StockDoc.id)).all()
    assert sorted(docs) == sorted([(depot.county_wh, 2), (depot.town_wh, 1)])
