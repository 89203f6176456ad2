"""储备定额 (quotas, B4) and 协议储备 (agreement reserves, B3/B13), and where each quota stands
(`quota_status_in`: rule S3, the replenishment plan and the quota tab read it)."""

from __future__ import annotations

import builtins
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any

from sqlalchemy import case, func, or_, select
from sqlalchemy.orm import Session

from emergency_desk.data.base import now
from emergency_desk.data.db import Database
from emergency_desk.data.models import Region
from emergency_desk.data.supplies import (
    AgreementLine,
    AgreementReserve,
    BatchStatus,
    StockBatch,
    StockQuota,
    SupplyItem,
    Warehouse,
)
from emergency_desk.errors import InputRejected, ValidationFailed
from emergency_desk.i18n import t
from emergency_desk.services.search import like_pattern
from emergency_desk.services.supplies.supplies import clean
from emergency_desk.values import InvalidValue
from emergency_desk.values import phone as tidy_phone


@dataclass
class QuotaInput:
    warehouse_id: int
    item_id: int
    min_qty: float
    target_qty: float | None = None
    basis: str | None = None
    per_capita_ratio: float | None = None
    relies_on_agreement: bool = False
    remark: str | None = None


def warehouse_population(session: Session, warehouse_id: int) -> int | None:
    w = session.get(Warehouse, warehouse_id)
    region = session.get(Region, w.region_id) if w else None
    return region.population if region is not None else None


def per_capita_of(population: int | None, ratio: float) -> float | None:
    return None if population is None else round(population * ratio, 2)


def check_quota(data: QuotaInput, *, warehouse_ok: bool, item_ok: bool,
                population: Callable[[], int | None], clash: Callable[[], bool]) -> float:
    """The quota's rules, for the form (`save_quota_in`, asking the session) and the import
    (io/quota_rows.py, asking dicts loaded once): the minimum to store, or ValidationFailed.
    `population` (of the warehouse's region) and `clash` (another live quota of the same
    warehouse and item) are asked only when the rules need them."""
    problems: dict[str, str] = {}
    if not warehouse_ok:
        problems["仓库"] = t("仓库不存在或已删除")
    if not item_ok:
        problems["物资"] = t("物资品目不存在或已删除")
    min_qty = data.min_qty
    if data.per_capita_ratio is not None and not problems:
        computed = per_capita_of(population(), data.per_capita_ratio)
        if computed is None:
            problems["人均定额"] = t("仓库所在区划未填写人口，不能按人均计算定额")
        elif not min_qty:
            min_qty = computed
    if min_qty is None or min_qty < 0:
        problems["最低储备"] = t("最低储备应为不小于 0 的数")
    if data.target_qty is not None and min_qty is not None and data.target_qty < min_qty:
        problems["标准储备"] = t("标准储备不能小于最低储备")
    if not problems and clash():
        problems["物资"] = t("该仓库已有这种物资的定额，请直接修改")
    if problems:
        raise ValidationFailed(problems)
    return float(min_qty)


def quota_values(data: QuotaInput, min_qty: float) -> dict[str, Any]:
    """The stored columns of a checked quota (the form sets them on its object, the import
    writes them)."""
    return {"warehouse_id": data.warehouse_id, "item_id": data.item_id,
            "min_qty": float(min_qty), "target_qty": data.target_qty,
            "basis": clean(data.basis), "per_capita_ratio": data.per_capita_ratio,
            "relies_on_agreement": bool(data.relies_on_agreement),
            "remark": clean(data.remark)}


def save_quota_in(session: Session, data: QuotaInput, quota_id: int | None = None) -> StockQuota:
    w = session.get(Warehouse, data.warehouse_id)
    item = session.get(SupplyItem, data.item_id)
    min_qty = check_quota(
        data, warehouse_ok=w is not None and not w.is_deleted,
        item_ok=item is not None and not item.is_deleted,
        population=lambda: warehouse_population(session, data.warehouse_id),
        clash=lambda: session.scalars(select(StockQuota).where(
            StockQuota.is_deleted.is_(False), StockQuota.warehouse_id == data.warehouse_id,
            StockQuota.item_id == data.item_id,
            StockQuota.id != (quota_id or 0))).first() is not None)
    q = session.get(StockQuota, quota_id) if quota_id else StockQuota()
    if q is None or q.is_deleted:
        raise InputRejected(t("该定额不存在或已删除"))
    for key, value in quota_values(data, min_qty).items():
        setattr(q, key, value)
    session.add(q)
    session.flush()
    return q


@dataclass
class AgreementInput:
    supplier: str
    contract_no: str | None = None
    region_id: int | None = None
    start_date: date | None = None
    end_date: date | None = None
    contact: str | None = None
    phone: str | None = None
    response_hours: float | None = None
    lines: Sequence[tuple[int, float]] = field(default_factory=list)  # (item id, agreed qty)
    remark: str | None = None


def check_agreement(data: AgreementInput, item_name: Callable[[int], str | None]) -> None:
    """The agreement's rules, for the form (`save_agreement_in`) and the import
    (io/agreement_rows.py): ValidationFailed naming each problem. `item_name` gives a live
    item's name, None for an item missing or deleted."""
    problems: dict[str, str] = {}
    if not clean(data.supplier):
        problems["协议单位"] = t("协议单位不能为空")
    if data.start_date and data.end_date and data.end_date < data.start_date:
        problems["截止日期"] = t("截止日期早于起始日期")
    if data.response_hours is not None and data.response_hours <= 0:
        problems["响应时限"] = t("响应时限应大于 0 小时")
    if clean(data.phone):
        try:
            tidy_phone(str(clean(data.phone)))
        except InvalidValue as exc:  # the import refuses it too (io/quotas.py, nz.phone)
            problems["电话"] = str(exc)
    for item_id, qty in data.lines:
        name = item_name(item_id)
        if name is None:
            problems["物资"] = t("物资品目不存在或已删除")
        elif qty is None or qty <= 0:
            problems["协议数量"] = t("“{item}”的协议数量应大于 0", item=name)
    if problems:
        raise ValidationFailed(problems)


def agreement_values(data: AgreementInput) -> dict[str, Any]:
    """The stored columns of a checked agreement (its goods lines are rows of their own)."""
    return {"supplier": str(clean(data.supplier)), "contract_no": clean(data.contract_no),
            "region_id": data.region_id, "start_date": data.start_date,
            "end_date": data.end_date, "contact": clean(data.contact),
            "phone": _phone(data.phone), "response_hours": data.response_hours,
            "remark": clean(data.remark)}


def _phone(text: str | None) -> str | None:
    """电话 stored as every phone field stores it (０５５９ ５５２１１１０ → 0559-5521110), checked
    by `check_agreement` first."""
    typed = clean(text)
    return tidy_phone(typed) if typed else None


def save_agreement_in(session: Session, data: AgreementInput,
                      agreement_id: int | None = None) -> AgreementReserve:
    def item_name(item_id: int) -> str | None:
        item = session.get(SupplyItem, item_id)
        return None if item is None or item.is_deleted else item.name

    check_agreement(data, item_name)
    a = session.get(AgreementReserve, agreement_id) if agreement_id else AgreementReserve()
    if a is None or a.is_deleted:
        raise InputRejected(t("该协议不存在或已删除"))
    for key, value in agreement_values(data).items():
        setattr(a, key, value)
    session.add(a)
    session.flush()
    for old in session.scalars(select(AgreementLine).where(
            AgreementLine.agreement_id == a.id, AgreementLine.is_deleted.is_(False))):
        old.is_deleted, old.deleted_at = True, now()
    for item_id, qty in data.lines:
        session.add(AgreementLine(agreement_id=a.id, item_id=item_id, agreed_qty=float(qty)))
    session.flush()
    return a


class QuotaService:
    def __init__(self, db: Database) -> None:
        self.db = db

    def save_quota(self, data: QuotaInput, quota_id: int | None = None) -> int:
        with self.db.begin() as s:
            return save_quota_in(s, data, quota_id).id

    def quota_input(self, quota_id: int) -> QuotaInput:
        """A stored quota as the form edits it."""
        with self.db.read() as s:
            q = s.get(StockQuota, quota_id)
            if q is None:
                raise InputRejected(t("该储备定额已不存在"))
            return QuotaInput(q.warehouse_id, q.item_id, q.min_qty, q.target_qty, q.basis,
                              q.per_capita_ratio, q.relies_on_agreement, q.remark)

    def agreement_input(self, agreement_id: int) -> AgreementInput:
        """A stored agreement reserve's header as the form edits it (its goods: AgreementViews
        .goods_lines)."""
        with self.db.read() as s:
            a = s.get(AgreementReserve, agreement_id)
            if a is None:
                raise InputRejected(t("该协议储备已不存在"))
            return AgreementInput(a.supplier, a.contract_no, a.region_id, a.start_date,
                                  a.end_date, a.contact, a.phone, a.response_hours,
                                  remark=a.remark)

    def delete_quota(self, quota_id: int) -> None:
        with self.db.begin() as s:
            q = s.get(StockQuota, quota_id)
            if q is None or q.is_deleted:
                raise InputRejected(t("该定额不存在或已删除"))
            q.is_deleted, q.deleted_at = True, now()

    def save_agreement(self, data: AgreementInput, agreement_id: int | None = None) -> int:
        with self.db.begin() as s:
            return save_agreement_in(s, data, agreement_id).id

    def save_agreement_form(self, data: AgreementInput, goods: str,
                            agreement_id: int | None = None) -> int:
        """The form's save: the goods box ("名称 规格 数量" per line) read in the same
        transaction as the agreement."""
        with self.db.begin() as s:
            data.lines = parse_goods_in(s, goods)
            return save_agreement_in(s, data, agreement_id).id

    def delete_agreement(self, agreement_id: int) -> None:
        with self.db.begin() as s:
            a = s.get(AgreementReserve, agreement_id)
            if a is None or a.is_deleted:
                raise InputRejected(t("该协议不存在或已删除"))
            a.is_deleted, a.deleted_at = True, now()


# -- quotas -------------------------------------------------------------------------------
@dataclass(frozen=True)
class QuotaStatus:
    quota_id: int
    warehouse_id: int
    warehouse_name: str
    region_path: str
    item_id: int
    item_name: str
    spec: str
    unit: str | None
    min_qty: float
    target_qty: float | None
    available: float  # not expired, 在库 only (S3)
    near_expiry: float  # of which expiring within the warning days
    relies_on_agreement: bool

    @property
    def shortfall(self) -> float:
        return max(0.0, round(self.min_qty - self.available, 4))

    @property
    def suggested(self) -> float:
        """Replenish to the standard (or minimum) level, counting near-expiry stock as gone."""
        goal = self.target_qty if self.target_qty is not None else self.min_qty
        return max(0.0, round(goal - (self.available - self.near_expiry), 4))


def quota_status_in(session: Session, today: date, near_days: int = 90, *, search: str = "",
                    offset: int = 0, limit: int | None = None) -> list[QuotaStatus]:
    usable = ((StockBatch.status == BatchStatus.IN_STOCK.value)
              & (StockBatch.is_deleted.is_(False))
              & or_(StockBatch.expiry_date.is_(None), StockBatch.expiry_date >= today))
    # Each quota's sums over the live batches of its warehouse and item, grouped by quota.
    # SQLite reads the live batches once and finds each one's quota in ix_stock_quota_key:
    # asked per (warehouse, item) pair, it read every batch of the warehouse for each of
    # the warehouse's quotas (S3 at 50,000 batches: 36 → 13 ms of SQL, issue 20). A batch no
    # quota names is passed over; a quota without batches gets no row (0 below).
    avail = (select(StockQuota.id.label("quota_id"),
                    func.sum(case((usable, StockBatch.qty), else_=0.0)).label("available"),
                    func.sum(case((usable & (StockBatch.expiry_date <= today + timedelta(
                        days=near_days)), StockBatch.qty), else_=0.0)).label("near"))
             .join(StockBatch, (StockBatch.warehouse_id == StockQuota.warehouse_id)
                   & (StockBatch.item_id == StockQuota.item_id))
             .where(StockBatch.is_deleted.is_(False))
             .group_by(StockQuota.id).subquery())
    stmt = (select(StockQuota.id, Warehouse.id, Warehouse.name, Region.path, SupplyItem.id,
                   SupplyItem.name, SupplyItem.spec, SupplyItem.unit, StockQuota.min_qty,
                   StockQuota.target_qty, func.coalesce(avail.c.available, 0.0),
                   func.coalesce(avail.c.near, 0.0), StockQuota.relies_on_agreement)
            .join(Warehouse, Warehouse.id == StockQuota.warehouse_id)
            .join(Region, Region.id == Warehouse.region_id)
            .join(SupplyItem, SupplyItem.id == StockQuota.item_id)
            .outerjoin(avail, avail.c.quota_id == StockQuota.id)
            .where(StockQuota.is_deleted.is_(False), Warehouse.is_deleted.is_(False),
                   SupplyItem.is_deleted.is_(False))
            .order_by(Region.path, Warehouse.name, SupplyItem.name, StockQuota.id))
    if search.strip():
        pattern = like_pattern(search.strip())
        stmt = stmt.where(or_(Warehouse.search_key.like(pattern, escape="\\"),
                              SupplyItem.search_key.like(pattern, escape="\\")))
    stmt = stmt.offset(offset).limit(limit) if limit is not None else stmt.offset(offset)
    return [QuotaStatus(r[0], r[1], r[2], r[3], r[4], r[5], r[6] or "", r[7], float(r[8]),
                        r[9], float(r[10]), float(r[11]), bool(r[12]))
            for r in session.execute(stmt)]


@dataclass
class QuotaQuery:
    search: str = ""
    today: date | None = None
    near_days: int = 90
    order_by: str = "region"  # one order only: region, warehouse, item
    descending: bool = False


class QuotaViews:
    def __init__(self, db: Database) -> None:
        self.db = db

    def count(self, q: QuotaQuery) -> int:
        return len(self.list(q))

    def list(self, q: QuotaQuery, offset: int = 0,
             limit: int | None = None) -> builtins.list[QuotaStatus]:
        with self.db.read() as s:
            return quota_status_in(s, q.today or date.today(), q.near_days, search=q.search,
                                   offset=offset, limit=limit)


# -- agreements: list and the form's goods text -------------------------------------------
@dataclass(frozen=True)
class AgreementRow:
    id: int
    supplier: str
    contract_no: str | None
    region_id: int | None
    start_date: date | None
    end_date: date | None
    contact: str | None
    phone: str | None
    response_hours: float | None
    goods: str  # "瓶装饮用水 2000箱、方便面 800箱"
    remark: str | None


@dataclass
class AgreementQuery:
    search: str = ""
    order_by: str = "end_date"
    descending: bool = False


_SEP = "\u3001"  # 、


def goods_text(lines: Sequence[tuple[str, str, str | None, float]]) -> str:
    """(name, spec, unit, qty) lines as one phrase; `parse_goods_in` reads the per-line form."""
    return _SEP.join(f"{n}{' ' + s if s else ''} {q:g}{u or ''}" for n, s, u, q in lines)


def parse_goods_in(session: Session, text: str) -> list[tuple[int, float]]:
    """The form's 协议物资 box, one item per line: "瓶装饮用水 550ml×24瓶 2000" (规格 optional).

    Raises ValidationFailed naming the line and the closest known items."""
    from emergency_desk.services.supplies.supplies import lookup_item_in

    out: list[tuple[int, float]] = []
    for n, raw in enumerate((x.strip() for x in text.splitlines()), 1):
        if not raw:
            continue
        parts = raw.split()
        try:
            qty = float(parts[-1].rstrip("箱件条顶台套个把支具") or "x")
        except ValueError:
            raise ValidationFailed({"协议物资": t(
                "第 {n} 行“{line}”末尾应为协议数量", n=n, line=raw)}) from None
        name, spec = (parts[0], " ".join(parts[1:-1])) if len(parts) > 1 else ("", "")
        item_id, problem = lookup_item_in(session, name, spec)
        if item_id is None:
            raise ValidationFailed({"协议物资": t("第 {n} 行：{why}", n=n, why=problem or "")})
        out.append((item_id, qty))
    return out


class AgreementViews:
    def __init__(self, db: Database) -> None:
        self.db = db

    def count(self, q: AgreementQuery) -> int:
        return len(self.list(q))

    def list(self, q: AgreementQuery, offset: int = 0,
             limit: int | None = None) -> builtins.list[AgreementRow]:
        stmt = select(AgreementReserve).where(AgreementReserve.is_deleted.is_(False))
        if q.search.strip():
            pattern = like_pattern(q.search.strip())
            stmt = stmt.where(or_(AgreementReserve.supplier.like(pattern, escape="\\"),
                                  AgreementReserve.contract_no.like(pattern, escape="\\")))
        stmt = stmt.order_by(AgreementReserve.end_date, AgreementReserve.id).offset(offset)
        if limit is not None:
            stmt = stmt.limit(limit)
        with self.db.read() as s:
            out = []
            for a in s.scalars(stmt):
                lines = s.execute(select(SupplyItem.name, SupplyItem.spec, SupplyItem.unit,
                                         AgreementLine.agreed_qty)
                                  .join(SupplyItem, SupplyItem.id == AgreementLine.item_id)
                                  .where(AgreementLine.agreement_id == a.id,
                                         AgreementLine.is_deleted.is_(False))
                                  .order_by(AgreementLine.id)).all()
                out.append(AgreementRow(a.id, a.supplier, a.contract_no, a.region_id,
                                        a.start_date, a.end_date, a.contact, a.phone,
                                        a.response_hours,
                                        goods_text([(n, sp, u, qt) for n, sp, u, qt in lines]),
                                        a.remark))
            return out

    def goods_lines(self, agreement_id: int) -> str:
        """The form's text: one "名称 规格 数量" per line."""
        with self.db.read() as s:
            rows = s.execute(select(SupplyItem.name, SupplyItem.spec, AgreementLine.agreed_qty)
                             .join(SupplyItem, SupplyItem.id == AgreementLine.item_id)
                             .where(AgreementLine.agreement_id == agreement_id,
                                    AgreementLine.is_deleted.is_(False))
                             .order_by(AgreementLine.id)).all()
        return "\n".join(f"{n}{' ' + sp if sp else ''} {q:g}" for n, sp, q in rows)
