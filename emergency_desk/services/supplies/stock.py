"""应急物资 movements: every change of a balance is a numbered document (B3, B8, F5).

Each public function books one whole document inside the caller's session, and the service
methods run each in ONE transaction: a transfer books both warehouses or neither, a refused line
refuses the document. A balance can never go negative; the batch's cached `qty` moves with its
document line, so the stock card (sum of lines) always equals the batch balances.
"""

from __future__ import annotations

import calendar
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from emergency_desk.data.db import Database
from emergency_desk.data.supplies import (
    BatchStatus,
    DocType,
    StockBatch,
    StockDoc,
    StockDocLine,
    SupplyItem,
    Warehouse,
    WarehouseStatus,
)
from emergency_desk.errors import InputRejected, ValidationFailed
from emergency_desk.i18n import t
from emergency_desk.services.date_rules import not_after_today
from emergency_desk.services.search import search_key
from emergency_desk.services.supplies.supplies import clean

EPS = 1e-9


def round_qty(x: float) -> float:
    """Quantities are stored to 4 decimals (kg, m, 吨…) so sums never drift."""
    return round(float(x), 4)


@dataclass
class DocHeader:
    """What a slip records besides its lines: 日期, 经办人, 审批人, 接收人, 用途…"""

    doc_date: date
    handler: str | None = None
    approver: str | None = None
    receiver: str | None = None
    purpose: str | None = None
    peer_org: str | None = None
    event_ref: str | None = None
    remark: str | None = None


@dataclass
class BatchInput:
    """A batch arriving (入库, 调入 side of a rotation, opening balance)."""

    item_id: int
    qty: float
    batch_no: str = ""
    production_date: date | None = None
    expiry_date: date | None = None
    inbound_date: date | None = None
    source: str | None = None
    funding: str | None = None
    unit_price: float | None = None
    origin: str | None = None
    bin: str | None = None
    remark: str | None = None


@dataclass(frozen=True)
class LineOut:
    """Take `qty` from batch `batch_id`."""

    batch_id: int
    qty: float


@dataclass
class BookedDoc:
    doc_id: int
    doc_no: str
    batch_ids: list[int] = field(default_factory=list)


def add_months(day: date, months: int) -> date:
    y, m = divmod(day.year * 12 + day.month - 1 + months, 12)
    return date(y, m + 1, min(day.day, calendar.monthrange(y, m + 1)[1]))


def expiry_from_shelf_life(production: date | None, months: int | None) -> date | None:
    """有效期至 computed from 生产日期 + 保质期 when the label gave no date."""
    if production is None or not months:
        return None
    return add_months(production, months)


def next_doc_no(session: Session, doc_type: DocType, day: date) -> str:
    """RK-2026-0001: per type and year, one more than the highest used (gaps are kept)."""
    prefix = f"{doc_type.prefix}-{day.year}-"
    last = session.scalar(select(func.max(StockDoc.doc_no)).where(
        StockDoc.doc_no.like(prefix + "%")))
    n = int(last.rsplit("-", 1)[1]) + 1 if last else 1
    return f"{prefix}{n:04d}"


def live_warehouse(session: Session, warehouse_id: int | None, label: str) -> Warehouse:
    w = session.get(Warehouse, warehouse_id) if warehouse_id else None
    if w is None or w.is_deleted:
        raise ValidationFailed({label: t("仓库不存在或已删除")})
    if w.status != WarehouseStatus.ACTIVE.value:
        raise ValidationFailed({label: t("仓库“{name}”已停用，不能办理出入库", name=w.name)})
    return w


def new_doc_in(session: Session, doc_type: DocType, header: DocHeader, warehouse: Warehouse,
             peer: Warehouse | None = None, stocktake_id: int | None = None) -> StockDoc:
    """A slip of any kind. Its 日期 is when the goods moved, so not after today: an 出库, 调拨
    or 报损 dated ahead would change the 结存 before it happened, and a mistyped year is
    easy to miss on a form (ValidationFailed before anything is written)."""
    if (why := not_after_today(header.doc_date)) is not None:
        raise ValidationFailed({"日期": why})
    doc = StockDoc(doc_no=next_doc_no(session, doc_type, header.doc_date),
                   doc_type=doc_type.value, doc_date=header.doc_date, warehouse_id=warehouse.id,
                   peer_warehouse_id=peer.id if peer else None,
                   peer_org=clean(header.peer_org) or (peer.name if peer else None),
                   purpose=clean(header.purpose), event_ref=clean(header.event_ref),
                   handler=clean(header.handler), approver=clean(header.approver),
                   receiver=clean(header.receiver), remark=clean(header.remark),
                   stocktake_id=stocktake_id)
    session.add(doc)
    session.flush()
    return doc


def book_line_in(session: Session, doc: StockDoc, batch: StockBatch, direction: int,
                 qty: float) -> None:
    """One line and the batch balance, together; refuses to go below zero."""
    qty = round_qty(qty)
    if qty <= 0:
        raise ValidationFailed({"数量": t("数量应大于 0")})
    if direction < 0 and qty > batch.qty + EPS:
        item = session.get(SupplyItem, batch.item_id)
        raise ValidationFailed({"数量": t(
            "“{item}”批号 {no} 只有 {have}，不能出 {want}", item=item.name if item else "",
            no=batch.batch_no or t("（无）"), have=fmt_qty(batch.qty), want=fmt_qty(qty))})
    # Through the relationship: a batch created in the same flush gets its id in time, so
    # bulk imports need not flush per row.
    session.add(StockDocLine(doc_id=doc.id, batch=batch, item_id=batch.item_id,
                             warehouse_id=batch.warehouse_id, direction=direction, qty=qty,
                             unit_price=batch.unit_price))
    batch.qty = round_qty(batch.qty + direction * qty)


def fmt_qty(x: float) -> str:
    return f"{x:g}"


def batch_key_text(item: SupplyItem, batch: StockBatch, warehouse: Warehouse) -> str:
    return search_key(item.name, item.spec, batch.batch_no, warehouse.name)


def check_batch_input_in(session: Session, b: BatchInput) -> tuple[SupplyItem, date | None]:
    item = session.get(SupplyItem, b.item_id)
    expiry = check_batch_input(item, b)
    assert item is not None  # refused by the rules
    return item, expiry


def check_batch_dates(production: date | None, expiry: date | None,
                      inbound: date | None) -> None:
    """A batch label's dates, for the 入库 form and the ledger import (new and re-imported
    batches): made and received are past (生产日期, 入库日期 not after today; 有效期至 may be
    ahead, of course), and it cannot expire before it was made. Raises ValidationFailed."""
    problems: dict[str, str] = {}
    for label, value in (("生产日期", production), ("入库日期", inbound)):
        if (why := not_after_today(value)) is not None:
            problems[label] = why
    if expiry is not None and production is not None and expiry < production:
        problems["有效期至"] = t("有效期至 {e} 早于生产日期 {p}", e=expiry.isoformat(),
                             p=production.isoformat())
    if problems:
        raise ValidationFailed(problems)


def check_batch_input(item: SupplyItem | None, b: BatchInput) -> date | None:
    """The rules of a batch arriving, on its item (looked up by the caller: one query for
    a form, a dict for an import); its 有效期至, worked out from the shelf life if need be."""
    if item is None or item.is_deleted:
        raise ValidationFailed({"物资名称": t("物资品目不存在或已删除")})
    if b.qty is None or round_qty(b.qty) <= 0:
        raise ValidationFailed({"数量": t("数量应大于 0")})
    expiry = b.expiry_date or expiry_from_shelf_life(b.production_date, item.shelf_life_months)
    check_batch_dates(b.production_date, expiry, b.inbound_date)
    if b.unit_price is not None and b.unit_price < 0:
        raise ValidationFailed({"单价": t("单价不能为负数")})
    return expiry


def find_batch_in(session: Session, warehouse_id: int, item_id: int,
                  batch_no: str) -> StockBatch | None:
    return session.scalars(select(StockBatch).where(
        StockBatch.is_deleted.is_(False), StockBatch.warehouse_id == warehouse_id,
        StockBatch.item_id == item_id, StockBatch.batch_no == (batch_no or "").strip())).first()


def place_batch_in(session: Session, warehouse: Warehouse, b: BatchInput,
                   day: date) -> StockBatch:
    """The live batch with this key, or a new empty one carrying the label's data."""
    item, expiry = check_batch_input_in(session, b)
    batch = find_batch_in(session, warehouse.id, item.id, b.batch_no)
    if batch is not None:
        if expiry is not None and batch.expiry_date is not None and batch.expiry_date != expiry:
            raise ValidationFailed({"批号": t(
                "仓库中已有“{item}”批号 {no}，有效期至 {e}；同一批号不能有两个有效期，"
                "请核对批号", item=item.name, no=b.batch_no or t("（无）"),
                e=batch.expiry_date.isoformat())})
        if batch.expiry_date is None and expiry is not None:
            batch.expiry_date = expiry
        return batch
    batch = new_batch(item, warehouse, b, expiry, day)
    session.add(batch)
    session.flush()
    return batch


def new_batch(item: SupplyItem, warehouse: Warehouse, b: BatchInput, expiry: date | None,
              day: date) -> StockBatch:
    """An empty batch carrying the label's data (its quantity comes from a document line)."""
    return StockBatch(**batch_values(item, warehouse, b, expiry, day))


def batch_values(item: SupplyItem, warehouse: Warehouse, b: BatchInput, expiry: date | None,
                 day: date | None) -> dict[str, Any]:
    """The columns of a new batch: for `new_batch`, and for an import's Core insert. A batch
    received on a slip came in on the slip's `day` when its 入库日期 is left blank; an
    imported one (day None) keeps the blank: its stock came in on a day the sheet does not
    say, not on the day the ledger was typed in."""
    batch_no = (b.batch_no or "").strip()
    return dict(item_id=item.id, warehouse_id=warehouse.id, batch_no=batch_no, qty=0.0,
                production_date=b.production_date, expiry_date=expiry,
                inbound_date=b.inbound_date or day, source=clean(b.source),
                funding=clean(b.funding), unit_price=b.unit_price, origin=clean(b.origin),
                bin=clean(b.bin), remark=clean(b.remark), status=BatchStatus.IN_STOCK.value,
                search_key=search_key(item.name, item.spec, batch_no, warehouse.name))


def receive_in(session: Session, warehouse_id: int, header: DocHeader,
               batches: Sequence[BatchInput], doc_type: DocType = DocType.INBOUND) -> BookedDoc:
    """入库 (also 期初建账): new or existing batches, one document."""
    if not batches:
        raise ValidationFailed({"物资": t("请至少填写一行物资")})
    # The slip's 日期 is the 入库日期 of the batches it brings (`batch_values`); new_doc_in
    # refuses one after today.
    warehouse = live_warehouse(session, warehouse_id, "仓库")
    doc = new_doc_in(session, doc_type, header, warehouse)
    out = BookedDoc(doc.id, doc.doc_no)
    for b in batches:
        batch = place_batch_in(session, warehouse, b, header.doc_date)
        book_line_in(session, doc, batch, +1, b.qty)
        out.batch_ids.append(batch.id)
    session.flush()
    return out


def _source_batch(session: Session, line: LineOut, warehouse: Warehouse) -> StockBatch:
    batch = session.get(StockBatch, line.batch_id)
    if batch is None or batch.is_deleted:
        raise ValidationFailed({"批号": t("库存批次不存在或已删除")})
    if batch.warehouse_id != warehouse.id:
        raise ValidationFailed({"批号": t("该批次不在仓库“{name}”中", name=warehouse.name)})
    return batch


def issue_in(session: Session, warehouse_id: int, header: DocHeader, lines: Sequence[LineOut],
             doc_type: DocType = DocType.ISSUE) -> BookedDoc:
    """出库发放 / 报损报废: take from named batches (FEFO suggests them, see `fefo_in`)."""
    if not lines:
        raise ValidationFailed({"物资": t("请至少填写一行物资")})
    if doc_type == DocType.WRITEOFF and not (clean(header.purpose) or clean(header.remark)):
        raise ValidationFailed({"用途": t("报损报废须写明原因")})
    warehouse = live_warehouse(session, warehouse_id, "仓库")
    doc = new_doc_in(session, doc_type, header, warehouse)
    out = BookedDoc(doc.id, doc.doc_no)
    for line in lines:
        batch = _source_batch(session, line, warehouse)
        book_line_in(session, doc, batch, -1, line.qty)
        out.batch_ids.append(batch.id)
    session.flush()
    return out


def transfer_in(session: Session, from_id: int, to_id: int, header: DocHeader,
                lines: Sequence[LineOut]) -> BookedDoc:
    """调拨: out of one warehouse and into the other, in one document (both sides or none)."""
    if from_id == to_id:
        raise ValidationFailed({"调入仓库": t("调入仓库不能与调出仓库相同")})
    if not lines:
        raise ValidationFailed({"物资": t("请至少填写一行物资")})
    source = live_warehouse(session, from_id, "调出仓库")
    target = live_warehouse(session, to_id, "调入仓库")
    doc = new_doc_in(session, DocType.TRANSFER, header, source, target)
    out = BookedDoc(doc.id, doc.doc_no)
    for line in lines:
        batch = _source_batch(session, line, source)
        book_line_in(session, doc, batch, -1, line.qty)
        dest = place_batch_in(session, target, BatchInput(
            item_id=batch.item_id, qty=line.qty, batch_no=batch.batch_no,
            production_date=batch.production_date, expiry_date=batch.expiry_date,
            source=t("调入"), funding=batch.funding, unit_price=batch.unit_price,
            origin=batch.origin), header.doc_date)
        book_line_in(session, doc, dest, +1, line.qty)
        out.batch_ids.append(dest.id)
    session.flush()
    return out


def rotate_in(session: Session, warehouse_id: int, header: DocHeader,
              out_lines: Sequence[LineOut], new_batches: Sequence[BatchInput]) -> BookedDoc:
    """轮换: near-expiry batches go out and fresh ones come in, one document."""
    if not out_lines and not new_batches:
        raise ValidationFailed({"物资": t("请至少填写一行物资")})
    warehouse = live_warehouse(session, warehouse_id, "仓库")
    doc = new_doc_in(session, DocType.ROTATION, header, warehouse)
    out = BookedDoc(doc.id, doc.doc_no)
    for line in out_lines:
        book_line_in(session, doc, _source_batch(session, line, warehouse), -1, line.qty)
    for b in new_batches:
        batch = place_batch_in(session, warehouse, b, header.doc_date)
        book_line_in(session, doc, batch, +1, b.qty)
        out.batch_ids.append(batch.id)
    session.flush()
    return out


def return_in(session: Session, warehouse_id: int, header: DocHeader,
              lines: Sequence[LineOut]) -> BookedDoc:
    """退库: issued goods that were not used come back to their batch."""
    if not lines:
        raise ValidationFailed({"物资": t("请至少填写一行物资")})
    warehouse = live_warehouse(session, warehouse_id, "仓库")
    doc = new_doc_in(session, DocType.RETURN, header, warehouse)
    out = BookedDoc(doc.id, doc.doc_no)
    for line in lines:
        batch = _source_batch(session, line, warehouse)
        book_line_in(session, doc, batch, +1, line.qty)
        out.batch_ids.append(batch.id)
    session.flush()
    return out


def set_balance_in(session: Session, batch: StockBatch, qty: float, header: DocHeader,
                   doc_type: DocType = DocType.STOCKTAKE,
                   stocktake_id: int | None = None) -> BookedDoc | None:
    """Bring a batch to `qty` with one ± line (an imported ledger, a counted difference)."""
    if qty < 0:
        raise ValidationFailed({"数量": t("数量不能为负数")})
    diff = round_qty(qty - batch.qty)
    if abs(diff) < EPS:
        return None
    warehouse = session.get(Warehouse, batch.warehouse_id)
    assert warehouse is not None
    doc = new_doc_in(session, doc_type, header, warehouse, stocktake_id=stocktake_id)
    book_line_in(session, doc, batch, 1 if diff > 0 else -1, abs(diff))
    session.flush()
    return BookedDoc(doc.id, doc.doc_no, [batch.id])


def fefo_in(session: Session, warehouse_id: int, item_id: int, qty: float,
            today: date) -> list[LineOut]:
    """First-expiry-first-out: which usable batches to issue `qty` from (S6).

    Expired, frozen and pending-write-off batches are never suggested; batches without an
    expiry date come last, older arrivals first.
    """
    batches = session.scalars(select(StockBatch).where(
        StockBatch.is_deleted.is_(False), StockBatch.warehouse_id == warehouse_id,
        StockBatch.item_id == item_id, StockBatch.qty > EPS,
        StockBatch.status == BatchStatus.IN_STOCK.value,
        (StockBatch.expiry_date.is_(None)) | (StockBatch.expiry_date >= today))
        .order_by(StockBatch.expiry_date.is_(None), StockBatch.expiry_date,
                  StockBatch.inbound_date, StockBatch.id)).all()
    left = round_qty(qty)
    out: list[LineOut] = []
    for b in batches:
        if left <= EPS:
            break
        take = min(left, b.qty)
        out.append(LineOut(b.id, round_qty(take)))
        left = round_qty(left - take)
    if left > EPS:
        have = round_qty(sum(b.qty for b in batches))
        item = session.get(SupplyItem, item_id)
        raise ValidationFailed({"数量": t(
            "“{item}”可用库存只有 {have}（不含过期、冻结），不足 {want}",
            item=item.name if item else "", have=fmt_qty(have), want=fmt_qty(qty))})
    return out


def restore_batch(session: Session, obj: object) -> None:
    if not isinstance(obj, StockBatch):
        return
    for owner, noun in ((session.get(Warehouse, obj.warehouse_id), t("仓库")),
                        (session.get(SupplyItem, obj.item_id), t("物资品目"))):
        if owner is None or owner.is_deleted:
            raise InputRejected(t("请先恢复{noun}“{name}”", noun=noun,
                                  name=owner.name if owner else ""))
    if find_batch_in(session, obj.warehouse_id, obj.item_id, obj.batch_no) is not None:
        raise InputRejected(t("仓库中已有同一物资同一批号的批次，不能恢复"))




class StockService:
    """Each method is one transaction: the document and every balance it moves, or nothing.

    Stocktakes and batch upkeep are `batches.BatchService`: that module builds on this one."""

    def __init__(self, db: Database) -> None:
        self.db = db

    def receive(self, warehouse_id: int, header: DocHeader,
                batches: Sequence[BatchInput]) -> BookedDoc:
        with self.db.begin() as s:
            return receive_in(s, warehouse_id, header, batches)

    def issue(self, warehouse_id: int, header: DocHeader, lines: Sequence[LineOut],
              doc_type: DocType = DocType.ISSUE) -> BookedDoc:
        with self.db.begin() as s:
            return issue_in(s, warehouse_id, header, lines, doc_type)

    def transfer(self, from_id: int, to_id: int, header: DocHeader,
                 lines: Sequence[LineOut]) -> BookedDoc:
        with self.db.begin() as s:
            return transfer_in(s, from_id, to_id, header, lines)

    def rotate(self, warehouse_id: int, header: DocHeader, out_lines: Sequence[LineOut],
               new_batches: Sequence[BatchInput]) -> BookedDoc:
        with self.db.begin() as s:
            return rotate_in(s, warehouse_id, header, out_lines, new_batches)

    def give_back(self, warehouse_id: int, header: DocHeader,
                  lines: Sequence[LineOut]) -> BookedDoc:
        with self.db.begin() as s:
            return return_in(s, warehouse_id, header, lines)

    def fefo(self, warehouse_id: int, item_id: int, qty: float, today: date) -> list[LineOut]:
        with self.db.read() as s:
            return fefo_in(s, warehouse_id, item_id, qty, today)
