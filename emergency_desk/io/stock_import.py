"""The stock ledger import (`import stock`), in bulk (issue 20).

What a row is matched against is loaded once: the live warehouses (names and regions), the
catalogue (io/stock_items.py) and, per warehouse the file names, its live batches as plain
values. Each row is then checked in Python by the same rules as the 入库 form
(`match_warehouse`, `check_batch_input`, `batch_values` in services/supplies) and its batch,
document line and audit rows are written with Core executemany a chunk at a time
(io/bulk.py): no ORM object per row, no flush per row, memory flat. The 期初建账 document of
each warehouse and the items a ledger names for the first time still go through the services,
one per warehouse or item. A file with any refused row writes no chunk at all; everything is
inside the importer's one transaction, so nothing is left behind either way.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from datetime import date
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from emergency_desk.data.dates import MonthDate, with_precision
from emergency_desk.data.supplies import DocType, StockBatch, StockDoc, StockDocLine, Warehouse
from emergency_desk.errors import ValidationFailed
from emergency_desk.i18n import t
from emergency_desk.io.bulk import Bulk
from emergency_desk.io.spec import (
    BAD,
    ImportCounts,
    Record,
    RegisterSpec,
    merged_extra,
    size_of,
)
from emergency_desk.io.stock_items import StockItems
from emergency_desk.services.supplies.stock import (
    EPS,
    BatchInput,
    DocHeader,
    batch_values,
    check_batch_dates,
    check_batch_input,
    new_doc_in,
    round_qty,
)
from emergency_desk.services.supplies.supplies import match_warehouse, warehouse_names_in

_BATCH_FIELDS = ("production_date", "expiry_date", "inbound_date", "funding", "unit_price",
                 "remark")
_MONTHS = ("production_date", "expiry_date")
# What a re-import may change on a stored batch (every update writes all of them).
_STORED = (*_BATCH_FIELDS, "production_date_month", "expiry_date_month", "qty", "extra")
_KEYS = ("warehouse", "item", "spec", "batch_no", "qty")


def _pick(vals: dict[str, Any], key: str) -> Any:
    v = vals.get(key)
    return None if v is BAD else v


class StockImport:
    """One file's import: the dicts it matches rows against and the writes it has pending."""

    def __init__(self, spec: RegisterSpec, session: Session, counts: ImportCounts) -> None:
        self.spec, self.session, self.counts = spec, session, counts
        self.today = date.today()
        self.items = StockItems(session)
        self._names = warehouse_names_in(session)
        self._found: dict[str, tuple[int | None, str | None]] = {}
        self._warehouses: dict[int, Warehouse] = {}
        # (warehouse, item, 批号) → (id, uuid, stored values) of the live batches
        self._batches: dict[tuple[int, int, str], tuple[int, str, dict[str, Any]]] = {}
        self._docs: dict[int, StockDoc] = {}
        # (warehouse, item) → the 批号 of its live batches
        self._numbered: dict[tuple[int, int], list[str]] = {}
        self.seen: dict[tuple[int, int, str], int] = {}
        self.bulk = Bulk(session)
        self.batch_rows = self.bulk.table(StockBatch)
        self.line_rows = self.bulk.table(StockDocLine)

    # -- look-ups, loaded once ---------------------------------------------------------
    def warehouse(self, text: str) -> tuple[int | None, str | None]:
        if text not in self._found:
            found = self._found[text] = match_warehouse(self._names, text)
            wid = found[0]
            if wid is not None and wid not in self._warehouses:
                w = self.session.get(Warehouse, wid)
                assert w is not None
                self._warehouses[wid] = w
                self._load_batches(wid)
        return self._found[text]

    def _load_batches(self, wid: int) -> None:
        cols = [getattr(StockBatch, f) for f in _STORED]
        for bid, uuid, iid, batch_no, *values in self.session.execute(
                select(StockBatch.id, StockBatch.uuid, StockBatch.item_id, StockBatch.batch_no,
                       *cols).where(StockBatch.warehouse_id == wid,
                                    StockBatch.is_deleted.is_(False))):
            stored = dict(zip(_STORED, values, strict=True))
            for f in _MONTHS:  # as the ORM loads them: a month-precision date is a MonthDate
                stored[f] = with_precision(stored[f], stored[f + "_month"])
            self._batches[(wid, iid, batch_no)] = (bid, uuid, stored)
            self._numbered.setdefault((wid, iid), []).append(batch_no)

    def doc(self, wid: int) -> StockDoc:
        """One 期初建账 document per warehouse of the file, made on first need."""
        if wid not in self._docs:
            self._docs[wid] = new_doc_in(self.session, DocType.OPENING, DocHeader(
                self.today, purpose=t("Excel 导入期初库存")), self._warehouses[wid])
        return self._docs[wid]

    # -- the rows ----------------------------------------------------------------------
    def run(self, records: Iterable[Record],
            progress: Callable[[int, int], None] | None) -> None:
        """The rows as the importer reads them (a stream: only a chunk of records is ever in
        memory, issue 20); a refused cell or row stops the writing, as before the whole list
        was looked at first — the importer rolls back what earlier chunks wrote."""
        total = size_of(records)
        refused = False
        with self.session.no_autoflush:
            for done, rec in enumerate(records, 1):
                if progress is not None and done % 200 == 0:
                    progress(done, max(done, total))
                refused = refused or any(v is BAD for v in rec.values.values())
                before = len(self.counts.errors)
                self._row(rec)
                self.bulk.row_done(refused=refused or len(self.counts.errors) != before)
        self.bulk.write()
        if self.items.created:
            self.counts.notes.append(self.items.note())

    def _row(self, rec: Record) -> None:
        vals, counts, spec = rec.values, self.counts, self.spec
        if any(vals.get(k) is BAD for k in _KEYS):
            return
        wid, problem = self.warehouse(vals["warehouse"])
        if wid is None:
            counts.errors.append(spec.error(rec, "warehouse", problem or ""))
        item, blame, problem = self.items.resolve(vals)  # new items are made (io/stock_items)
        if item is None:
            counts.errors.append(spec.error(rec, blame, problem))
        if wid is None or item is None:
            return
        batch_no = vals.get("batch_no") or ""
        key = (wid, item.id, batch_no)
        if key in self.seen:
            counts.errors.append(spec.error(rec, "batch_no", t(
                "与第 {row} 行重复", row=self.seen[key]) if batch_no else t(
                "与第 {row} 行是同一仓库的同一物资，两行都没有批号；同一物资的不同批次请填写批号"
                "区分（如按入库日期写 20240512）", row=self.seen[key])))
            return
        numbers = [n for n in self._numbered.get((wid, item.id), []) if n] \
            if not batch_no and key not in self._batches else []
        if numbers:
            # A ledger without 批号 beside stock already booked by batch: the same goods or a
            # new lot? Added as a new batch, the warehouse's stock had doubled unremarked.
            counts.errors.append(spec.error(rec, "batch_no", t(
                "该仓库已有这种物资的批次（批号 {nos}），本行没有批号，分不清是其中一批还是新的"
                "一批；请填写批号", nos="、".join(numbers[:5]))))
            return
        self.seen[key] = rec.row
        try:
            change = self._write(rec, key, item, f"{item.name} {batch_no}".strip())
        except ValidationFailed as exc:
            for label, reason in exc.problems.items():
                counts.errors.append(spec.error(rec, label, reason))
            return
        setattr(counts, change, getattr(counts, change) + 1)

    def _write(self, rec: Record, key: tuple[int, int, str], item: Any, name: str) -> str:
        vals = rec.values
        wid, iid, batch_no = key
        found = self._batches.get(key)
        if found is None:
            data = BatchInput(
                item_id=iid, qty=1.0, batch_no=batch_no,  # qty 1.0: the line is checked below
                production_date=_pick(vals, "production_date"),
                expiry_date=_pick(vals, "expiry_date"),
                inbound_date=_pick(vals, "inbound_date"), funding=_pick(vals, "funding"),
                unit_price=_pick(vals, "unit_price"), remark=_pick(vals, "remark"))
            expiry = check_batch_input(item, data)
            new = batch_values(item, self._warehouses[wid], data, expiry, None)
            diff = round(float(vals["qty"]), 4)
            if abs(diff) > EPS:
                new["qty"] = round_qty(diff)
            for f in _MONTHS:  # data/dates.py: the flag beside a month-precision date
                new[f + "_month"] = isinstance(new[f], MonthDate)
            new["extra"] = merged_extra(None, rec.extra)
            bid, _uuid = self.batch_rows.insert(new, name)
            change = "inserted"
        else:
            bid, uuid, stored = found
            change = "unchanged"
            # Blank cells keep what is stored (有效期至 may have come from the shelf life).
            new = {f: _pick(vals, f) for f in _BATCH_FIELDS}
            new = {f: stored[f] if v is None else v for f, v in new.items()}
            check_batch_dates(new["production_date"], new["expiry_date"], new["inbound_date"])
            for f in _BATCH_FIELDS:
                if new[f] != stored[f]:
                    change = "updated"
            for f in _MONTHS:  # a flag follows its date only when the date is set anew
                new[f + "_month"] = isinstance(new[f], MonthDate) if new[f] != stored[f] \
                    else stored[f + "_month"]
            new["extra"] = merged_extra(stored["extra"], rec.extra)
            if new["extra"] != stored["extra"]:
                change = "updated"
            diff = round(float(vals["qty"]) - stored["qty"], 4)
            new["qty"] = round_qty(stored["qty"] + diff) if abs(diff) > EPS else stored["qty"]
            if abs(diff) > EPS:
                change = "updated"
            if change == "updated":
                self.batch_rows.update(bid, uuid, name, stored, new)
        if abs(diff) > EPS:  # the balance moves only through a document line (B3)
            self.line_rows.insert(dict(
                doc_id=self.doc(wid).id, batch_id=bid, item_id=iid, warehouse_id=wid,
                direction=1 if diff > 0 else -1, qty=round_qty(abs(diff)),
                unit_price=new["unit_price"]), "")
        return change
