"""The stock import's bulk path (issue 20): rows checked against dicts loaded once and written
a chunk at a time with Core statements. What is new about that path is tested here: chunks
written before a refused row are rolled back with the rest, new items and batches named twice,
and the audit trail (one row per record changed, the batch's final balance in its insert)."""

from __future__ import annotations

import json
from pathlib import Path

from sqlalchemy import func, select

from emergency_desk.data.dates import MonthDate
from emergency_desk.data.models import AuditLog
from emergency_desk.data.supplies import StockBatch, StockDocLine, SupplyItem
from emergency_desk.io import bulk
from emergency_desk.io.importer import import_file
from tests.services.supplies.conftest import Depot
from tests.services.supplies.test_supplies_excel import STOCK_HEADER, snapshot, xlsx


def _row(warehouse: str, item: str, spec: str | None, qty: object, batch: str,
         **more: object) -> list[object]:
    row: list[object] = [warehouse, item, None, spec, more.get("unit", "件"), qty, batch,
                         more.get("made"),
                         more.get("expiry"), None, None, None, None, more.get("remark")]
    return row


def test_a_refused_row_after_written_chunks_leaves_nothing(depot: Depot, tmp_path: Path,
                                                           monkeypatch: object) -> None:
    # Small chunks, so that rows 1–2,500 are on disk (in the transaction) before row 2,501
    # is found wrong.
    monkeypatch.setattr(bulk, "CHUNK", 100)  # type: ignore[attr-defined]
    written: list[int] = []
    real_write = bulk.BulkTable.write

    def counting_write(self: bulk.BulkTable) -> None:
        written.append(len(self.inserts))
        real_write(self)

    monkeypatch.setattr(bulk.BulkTable, "write", counting_write)  # type: ignore[attr-defined]
    rows: list[list[object]] = [STOCK_HEADER]
    for i in range(2500):
        rows.append(_row("县级救灾物资储备库", "救生衣", "成人款", 1 + i % 9, f"J{i:05d}"))
    rows.append(_row("县级救灾物资储库", "救生衣", "成人款", 3, "LAST"))  # no such warehouse
    before = snapshot(depot)
    result = import_file(depot.db, "stock", xlsx(tmp_path / "big.xlsx", rows))
    assert not result.ok
    assert [e.row for e in result.errors] == [2502]
    assert sum(written) >= 2000  # the chunks before the refused row were written …
    assert snapshot(depot) == before  # … and rolled back with the rest


def test_two_rows_naming_one_new_item_make_it_once(depot: Depot, tmp_path: Path) -> None:
    path = xlsx(tmp_path / "new.xlsx", [
        STOCK_HEADER,
        _row("县级救灾物资储备库", "折叠床", "军绿色", 10, "C1"),
        _row("碧阳镇应急物资储备点", "折叠床", "军绿色", "4件", "C1"),
        _row("县级救灾物资储备库", "折叠床", "军绿色", 2, "C2")])
    result = import_file(depot.db, "stock", path)
    assert result.ok, result.error_lines()
    assert result.inserted == 3
    with depot.db.read() as s:
        beds = s.scalars(select(SupplyItem).where(SupplyItem.name == "折叠床")).all()
        assert len(beds) == 1
        assert sorted(s.scalars(select(StockBatch.qty).where(
            StockBatch.item_id == beds[0].id))) == [2, 4, 10]
    assert "新建物资品目 1 个" in result.summary()


def test_the_same_new_batch_twice_is_refused(depot: Depot, tmp_path: Path) -> None:
    before = snapshot(depot)
    path = xlsx(tmp_path / "twice.xlsx", [
        STOCK_HEADER,
        _row("县级救灾物资储备库", "折叠床", "军绿色", 10, "C1"),
        _row("县级救灾物资储备库", "折叠床", "军绿色", 12, "C1")])
    result = import_file(depot.db, "stock", path)
    assert result.error_lines() == ["第 3 行 [批号]: 与第 2 行重复"]
    assert snapshot(depot) == before


def _audit(depot: Depot, table: str) -> list[tuple[str, int, dict[str, list[object]]]]:
    with depot.db.read() as s:
        return [(a, int(r), json.loads(c)) for a, r, c in s.execute(
            select(AuditLog.action, AuditLog.record_id, AuditLog.changes)
            .where(AuditLog.table_name == table, AuditLog.action != "import")
            .order_by(AuditLog.id))]


def test_audit_rows_one_per_record_changed(depot: Depot, tmp_path: Path) -> None:
    first = [STOCK_HEADER,
             _row("县级救灾物资储备库", "救生衣", "成人款", 30, "J1", made="2024.03"),
             _row("县级救灾物资储备库", "救灾帐篷", "12平方米单帐篷", 0, "T1", unit="顶")]
    assert import_file(depot.db, "stock", xlsx(tmp_path / "a.xlsx", first)).ok
    inserts = _audit(depot, "stock_batch")
    assert [a for a, _, _ in inserts] == ["insert", "insert"]
    jacket = inserts[0][2]
    assert jacket["qty"] == [None, 30.0] and jacket["batch_no"] == [None, "J1"]
    assert jacket["production_date"] == [None, "2024-03"]
    assert jacket["production_date_month"] == [None, True]
    assert "id" not in jacket and "uuid" not in jacket and "search_key" not in jacket
    assert [a for a, _, _ in _audit(depot, "stock_doc_line")] == ["insert"]  # no line for 0
    with depot.db.read() as s:
        batch = s.scalars(select(StockBatch).where(StockBatch.batch_no == "J1")).one()
        assert batch.production_date == MonthDate(2024, 3, 1)
        assert batch.row_version == 1 and batch.search_key
        assert inserts[0][1] == batch.id

    changed = [STOCK_HEADER,
               _row("县级救灾物资储备库", "救生衣", "成人款", 25, "J1", made="2024.03",
                    remark="换新包装"),
               _row("县级救灾物资储备库", "救灾帐篷", "12平方米单帐篷", 0, "T1", unit="顶")]
    result = import_file(depot.db, "stock", xlsx(tmp_path / "b.xlsx", changed))
    assert (result.updated, result.unchanged) == (1, 1)
    updates = _audit(depot, "stock_batch")[2:]
    assert [(a, c) for a, _, c in updates] == [
        ("update", {"qty": [30.0, 25.0], "remark": [None, "换新包装"]})]
    with depot.db.read() as s:
        assert s.get(StockBatch, updates[0][1]).row_version == 2  # type: ignore[union-attr]
        lines = s.execute(select(StockDocLine.direction, StockDocLine.qty)
                          .order_by(StockDocLine.id)).all()
    assert [tuple(x) for x in lines] == [(1, 30.0), (-1, 5.0)]

    with depot.db.read() as s:
        audited = s.scalar(select(func.count()).select_from(AuditLog))
    again = import_file(depot.db, "stock", xlsx(tmp_path / "b.xlsx", changed))
    assert (again.inserted, again.updated, again.unchanged) == (0, 0, 2)
    with depot.db.read() as s:
        assert s.scalar(select(func.count()).select_from(AuditLog)) == audited
