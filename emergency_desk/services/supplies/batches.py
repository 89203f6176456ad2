"""应急物资 stocktakes (盘点, F5 "定期盘库") and batch upkeep: correcting a batch's label data,
deleting an emptied batch, restoring one from the recycle bin.

Builds on stock.py: a counted difference is booked as a 盘点调整 document through the
same `book_line_in`, so the stock card still equals the batch balances.
"""

from __future__ import annotations

from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from emergency_desk.data.base import now
from emergency_desk.data.db import Database
from emergency_desk.data.supplies import (
    BatchStatus,
    DocType,
    StockBatch,
    StockDoc,
    Stocktake,
    StocktakeLine,
    SupplyItem,
    Warehouse,
)
from emergency_desk.errors import InputRejected, ValidationFailed
from emergency_desk.i18n import t
from emergency_desk.services.supplies.stock import (
    EPS,
    BookedDoc,
    DocHeader,
    batch_key_text,
    book_line_in,
    find_batch_in,
    fmt_qty,
    live_warehouse,
    new_doc_in,
    round_qty,
)
from emergency_desk.services.supplies.supplies import clean


# -- stocktake ----------------------------------------------------------------------------
def start_stocktake_in(session: Session, warehouse_id: int, day: date, counter: str | None,
                       supervisor: str | None) -> Stocktake:
    """A count sheet with every live batch of the warehouse; counted = book until entered."""
    warehouse = live_warehouse(session, warehouse_id, "仓库")
    st = Stocktake(warehouse_id=warehouse.id, take_date=day, counter=clean(counter),
                   supervisor=clean(supervisor))
    session.add(st)
    session.flush()
    for b in session.scalars(select(StockBatch).where(
            StockBatch.is_deleted.is_(False), StockBatch.warehouse_id == warehouse.id,
            StockBatch.qty > EPS).order_by(StockBatch.item_id, StockBatch.batch_no)):
        session.add(StocktakeLine(stocktake_id=st.id, batch_id=b.id, book_qty=b.qty,
                                  actual_qty=b.qty))
    session.flush()
    return st


def record_count_in(session: Session, stocktake_id: int, batch_id: int, actual: float,
                    reason: str | None = None) -> None:
    line = session.scalars(select(StocktakeLine).where(
        StocktakeLine.stocktake_id == stocktake_id, StocktakeLine.batch_id == batch_id)).first()
    if line is None:
        raise InputRejected(t("盘点表中没有这个批次"))
    if actual is None or actual < 0:
        raise ValidationFailed({"实存数": t("实存数不能为负数")})
    line.actual_qty = round_qty(actual)
    line.reason = clean(reason)


def book_stocktake_in(session: Session, stocktake_id: int, header: DocHeader) -> BookedDoc | None:
    """Book every difference (盘盈/盘亏) in one document; each needs a reason (S5)."""
    st = session.get(Stocktake, stocktake_id)
    if st is None or st.is_deleted:
        raise InputRejected(t("盘点记录不存在"))
    if st.booked:
        raise InputRejected(t("该盘点已经入账"))
    lines = session.scalars(select(StocktakeLine).where(
        StocktakeLine.stocktake_id == st.id)).all()
    missing = [ln for ln in lines if abs(ln.actual_qty - ln.book_qty) > EPS and not ln.reason]
    if missing:
        raise ValidationFailed({"原因": t("有 {n} 个批次账实不符但未填写原因", n=len(missing))})
    warehouse = live_warehouse(session, st.warehouse_id, "仓库")
    doc: StockDoc | None = None
    out: BookedDoc | None = None
    for ln in lines:
        batch = session.get(StockBatch, ln.batch_id)
        assert batch is not None
        # The book may have moved since the sheet was printed: book the counted difference.
        diff = round_qty(ln.actual_qty - ln.book_qty)
        if abs(diff) < EPS:
            continue
        if doc is None:
            doc = new_doc_in(session, DocType.STOCKTAKE, header, warehouse, stocktake_id=st.id)
            out = BookedDoc(doc.id, doc.doc_no)
        book_line_in(session, doc, batch, 1 if diff > 0 else -1, abs(diff))
        assert out is not None
        out.batch_ids.append(batch.id)
    st.booked = True
    session.flush()
    return out


def batch_delete_in(session: Session, batch_id: int) -> None:
    """A batch leaves the ledger only when empty; its movements stay as history."""
    b = session.get(StockBatch, batch_id)
    if b is None or b.is_deleted:
        raise InputRejected(t("该库存批次不存在或已删除"))
    if b.qty > EPS:
        raise InputRejected(t("该批次还有库存 {q}，请先出库、调拨或报损后再删除", q=fmt_qty(b.qty)))
    b.is_deleted, b.deleted_at = True, now()


def update_batch_details_in(session: Session, batch_id: int, *, batch_no: str | None = None,
                            production_date: date | None = None,
                            expiry_date: date | None = None, funding: str | None = None,
                            unit_price: float | None = None, origin: str | None = None,
                            bin: str | None = None, status: BatchStatus | None = None,
                            remark: str | None = None) -> None:
    """Correct a batch's label data (never its quantity: that takes a document)."""
    b = session.get(StockBatch, batch_id)
    if b is None or b.is_deleted:
        raise InputRejected(t("该库存批次不存在或已删除"))
    if production_date is not None and expiry_date is not None and expiry_date < production_date:
        raise ValidationFailed({"有效期至": t("有效期至 {e} 早于生产日期 {p}",
                                          e=expiry_date.isoformat(),
                                          p=production_date.isoformat())})
    new_no = (batch_no if batch_no is not None else b.batch_no).strip()
    if new_no != b.batch_no:
        clash = find_batch_in(session, b.warehouse_id, b.item_id, new_no)
        if clash is not None and clash.id != b.id:
            raise ValidationFailed({"批号": t("仓库中已有该物资批号 {no}", no=new_no)})
    b.batch_no = new_no
    b.production_date, b.expiry_date = production_date, expiry_date
    b.funding, b.unit_price = clean(funding), unit_price
    b.origin, b.bin, b.remark = clean(origin), clean(bin), clean(remark)
    if status is not None:
        b.status = BatchStatus(status).value
    item, warehouse = session.get(SupplyItem, b.item_id), session.get(Warehouse, b.warehouse_id)
    assert item is not None and warehouse is not None
    b.search_key = batch_key_text(item, b, warehouse)
    session.flush()


class BatchService:
    """Stocktakes and batch upkeep, each method one transaction (the movements themselves are
    `stock.StockService`)."""

    def __init__(self, db: Database) -> None:
        self.db = db

    def start_stocktake(self, warehouse_id: int, day: date, counter: str | None = None,
                        supervisor: str | None = None) -> int:
        with self.db.begin() as s:
            return start_stocktake_in(s, warehouse_id, day, counter, supervisor).id

    def book_stocktake(self, stocktake_id: int, counts: dict[int, tuple[float, str | None]],
                       header: DocHeader) -> BookedDoc | None:
        """Enter the counted quantities (batch id → (实存数, 原因)) and book the differences."""

        with self.db.begin() as s:
            for batch_id, (actual, reason) in counts.items():
                record_count_in(s, stocktake_id, batch_id, actual, reason)
            return book_stocktake_in(s, stocktake_id, header)

    def take_stock(self, warehouse_id: int, day: date, counts: dict[int, tuple[float, str | None]],
                   counter: str | None = None, supervisor: str | None = None
                   ) -> BookedDoc | None:
        """Count sheet, counts and the booked differences in ONE transaction: a refused count
        (a difference without a reason) leaves no stocktake behind to satisfy rule S5."""
        with self.db.begin() as s:
            st = start_stocktake_in(s, warehouse_id, day, counter, supervisor)
            for batch_id, (actual, reason) in counts.items():
                record_count_in(s, st.id, batch_id, actual, reason)
            return book_stocktake_in(s, st.id, DocHeader(day, handler=clean(counter),
                                                         approver=clean(supervisor)))

    def update_batch(self, batch_id: int, **details: object) -> None:

        with self.db.begin() as s:
            update_batch_details_in(s, batch_id, **details)  # type: ignore[arg-type]

    def delete_batch(self, batch_id: int) -> None:
        with self.db.begin() as s:
            batch_delete_in(s, batch_id)
