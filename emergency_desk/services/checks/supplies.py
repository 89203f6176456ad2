"""Supplies rules S1–S10 (docs/domain.md section 4). A few SQL queries each, never one per batch.

Alerts about a batch carry table "stock_batch" so the dashboard opens the batch in one click.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, timedelta
from typing import Any

from sqlalchemy import and_, exists, func, or_, select
from sqlalchemy.orm import aliased

from emergency_desk.data.enums import RegionLevel
from emergency_desk.data.models import Region
from emergency_desk.data.sql import greatest, unindexed
from emergency_desk.data.supplies import (
    AgreementLine,
    AgreementReserve,
    DocType,
    StockBatch,
    StockDoc,
    StockDocLine,
    StockQuota,
    Stocktake,
    StocktakeLine,
    SupplyItem,
    Warehouse,
    WarehouseStatus,
    WarehouseType,
)
from emergency_desk.i18n import t
from emergency_desk.services.checks.registry import (
    Alert,
    CheckContext,
    Severity,
    region_label,
    rule,
)
from emergency_desk.services.officers.trainings import months_before
from emergency_desk.services.supplies.quota import quota_status_in

EPS = 1e-9
_LIVE_BATCH = and_(StockBatch.is_deleted.is_(False), StockBatch.qty > EPS)
_ACTIVE_WH = and_(Warehouse.is_deleted.is_(False),
                  Warehouse.status == WarehouseStatus.ACTIVE.value)


def _setting(ctx: CheckContext, key: str, default: int) -> int:
    return int(ctx.settings.get(key, default))


def _batches(live: Any = None) -> Any:
    """In-stock batches of live warehouses with what an alert names; `live` spells "in
    stock, not deleted" another way (S1)."""
    return (select(StockBatch.id, Warehouse.name, Region.path, SupplyItem.name,
                   SupplyItem.spec, SupplyItem.unit, StockBatch.batch_no, StockBatch.qty,
                   StockBatch.expiry_date, SupplyItem.rotation_lead_days)
            .join(SupplyItem, SupplyItem.id == StockBatch.item_id)
            .join(Warehouse, Warehouse.id == StockBatch.warehouse_id)
            .join(Region, Region.id == Warehouse.region_id)
            .where(and_(_LIVE_BATCH, Warehouse.is_deleted.is_(False)) if live is None
                   else live))


def _qty(qty: float, unit: str | None) -> str:
    return f"{qty:g}{unit or ''}"


def _day(value: Any) -> str:
    """A date from SQL: coalesce() over dates comes back from SQLite as ISO text."""
    return value.isoformat() if hasattr(value, "isoformat") else str(value)


def _subject(warehouse: str, item: str, spec: str | None) -> str:
    return f"{warehouse}：{item}" + (f"（{spec}）" if spec else "")


@rule("S1", "物资已过期", Severity.RED, "supplies",
      "B11（S3(4)）：部分扑灭火器具过期、过旧；过期物资不计入可用库存")
def expired(ctx: CheckContext) -> Iterator[Alert]:
    # The expired batches from the expiry index, not every live batch (10 → 3 ms at 50,000).
    stmt = _batches(and_(unindexed(StockBatch.is_deleted).is_(False), StockBatch.qty > EPS,
                         unindexed(Warehouse.is_deleted).is_(False))
                    ).where(StockBatch.expiry_date < ctx.today)
    for bid, wh, path, item, spec, unit, no, qty, expiry, _lead in ctx.execute(stmt):
        yield Alert("S1", Severity.RED, region_label(path), _subject(wh, item, spec),
                    t("批号 {no} 已于 {d} 过期，仍有 {q}，请报损或轮换", no=no or "—",
                      d=expiry.isoformat(), q=_qty(qty, unit)), "stock_batch", bid)


@rule("S2", "物资临期", Severity.ORANGE, "supplies",
      "B3/B12：收储轮换；有效期物资定期调配更新（默认提前 90 天；"
      "勾选“保质期过半轮换”的品目在保质期过半时提醒）")
def near_expiry(ctx: CheckContext) -> Iterator[Alert]:
    default = _setting(ctx, "expiry_warning_days", 90)
    urgent = _setting(ctx, "expiry_urgent_days", 30)
    every_item = bool(ctx.settings.get("rotate_at_half_life_all", False))
    longest = max(default, int(ctx.session.scalar(
        select(func.max(SupplyItem.rotation_lead_days))) or 0))
    in_band = StockBatch.expiry_date <= ctx.today + timedelta(days=longest)
    half_life = SupplyItem.rotate_at_half_life.is_(True) if not every_item else \
        or_(SupplyItem.shelf_life_months.is_not(None), StockBatch.production_date.is_not(None))
    stmt = _batches().add_columns(StockBatch.production_date, SupplyItem.shelf_life_months,
                                  SupplyItem.rotate_at_half_life).where(
        StockBatch.expiry_date >= ctx.today, or_(in_band, half_life))
    for (bid, wh, path, item, spec, unit, no, qty, expiry, lead, made, months,
         halve) in ctx.execute(stmt):
        days = (expiry - ctx.today).days
        if days <= (lead if lead is not None else default):
            sev = Severity.ORANGE if days <= urgent else Severity.INFO
            yield Alert("S2", sev, region_label(path), _subject(wh, item, spec),
                        t("批号 {no} 将于 {d} 到期（还有 {n} 天），数量 {q}，请安排轮换或调剂使用",
                          no=no or "—", d=expiry.isoformat(), n=days, q=_qty(qty, unit)),
                        "stock_batch", bid)
            continue
        half = half_life_point(made, expiry, months)
        if (halve or every_item) and half is not None and ctx.today >= half:
            yield Alert("S2", Severity.INFO, region_label(path), _subject(wh, item, spec),
                        t("批号 {no} 保质期已过半（{h} 起，{d} 到期），数量 {q}，"
                          "按“保质期过半轮换”请安排轮换", no=no or "—", h=half.isoformat(),
                          d=expiry.isoformat(), q=_qty(qty, unit)), "stock_batch", bid)


def half_life_point(made: date | None, expiry: date, shelf_life_months: int | None,
                    ) -> date | None:
    """The day half of a batch's shelf life has passed: halfway between 生产日期 and 有效期至;
    without a 生产日期, half the item's 保质期 before expiry. None when neither is known."""
    if made is not None and made < expiry:
        return made + (expiry - made) / 2
    if shelf_life_months:
        return expiry - timedelta(days=round(shelf_life_months * 30.4375 / 2))
    return None


@rule("S3", "物资低于储备定额", Severity.ORANGE, "supplies",
      "B4（S0）：储备品种、结构、数量与区域人口相匹配；可用数不含过期、冻结物资")
def below_quota(ctx: CheckContext) -> Iterator[Alert]:
    near = _setting(ctx, "expiry_warning_days", 90)
    for q in quota_status_in(ctx.session, ctx.today, near):
        if q.available + EPS >= q.min_qty:
            continue
        sev = Severity.RED if q.available <= EPS else Severity.ORANGE
        yield Alert("S3", sev, region_label(q.region_path),
                    _subject(q.warehouse_name, q.item_name, q.spec),
                    t("可用 {a}，低于最低储备 {m}，缺 {g}", a=_qty(q.available, q.unit),
                      m=_qty(q.min_qty, q.unit), g=_qty(q.shortfall, q.unit)),
                    "stock_quota", q.quota_id)


_INCOMING = (DocType.INBOUND.value, DocType.TRANSFER.value, DocType.ROTATION.value,
             DocType.RETURN.value, DocType.OPENING.value)


@rule("S4", "常用物资发放后未补充", Severity.INFO, "supplies",
      "B12（S3(4)）：针对经常使用的应急物资，及用及补")
def replenish_after_issue(ctx: CheckContext) -> Iterator[Alert]:
    days = _setting(ctx, "replenish_days", 30)
    since = ctx.today - timedelta(days=days)
    last_issue = (select(StockDocLine.warehouse_id, StockDocLine.item_id,
                         func.max(StockDoc.doc_date).label("issued"))
                  .join(StockDoc, StockDoc.id == StockDocLine.doc_id)
                  .where(StockDoc.doc_type == DocType.ISSUE.value, StockDoc.is_deleted.is_(False),
                         StockDoc.doc_date >= since)
                  .group_by(StockDocLine.warehouse_id, StockDocLine.item_id).subquery())
    restocked = (select(StockDocLine.id).join(StockDoc, StockDoc.id == StockDocLine.doc_id)
                 .where(StockDocLine.warehouse_id == last_issue.c.warehouse_id,
                        StockDocLine.item_id == last_issue.c.item_id,
                        StockDocLine.direction > 0, StockDoc.doc_type.in_(_INCOMING),
                        StockDoc.doc_date >= last_issue.c.issued))
    stmt = (select(Warehouse.id, Warehouse.name, Region.path, SupplyItem.name, SupplyItem.spec,
                   last_issue.c.issued)
            .join(Warehouse, Warehouse.id == last_issue.c.warehouse_id)
            .join(Region, Region.id == Warehouse.region_id)
            .join(SupplyItem, SupplyItem.id == last_issue.c.item_id)
            .where(SupplyItem.frequently_used.is_(True), _ACTIVE_WH, ~exists(restocked)))
    for wid, wh, path, item, spec, issued in ctx.execute(stmt):
        yield Alert("S4", Severity.INFO, region_label(path), _subject(wh, item, spec),
                    t("{d} 发放后尚未补充（常用物资应及用及补，{n} 天内补齐）",
                      d=issued.isoformat(), n=days), "warehouse", wid)


@rule("S5", "仓库盘点超期", Severity.ORANGE, "supplies",
      "F5 中央级救灾储备物资管理办法：实物、标签、账目相符，定期盘库")
def stocktake_overdue(ctx: CheckContext) -> Iterator[Alert]:
    months = _setting(ctx, "stocktake_months", 12)
    cutoff = months_before(ctx.today, months)
    last_take = (select(func.max(Stocktake.take_date)).where(
        Stocktake.warehouse_id == Warehouse.id, Stocktake.is_deleted.is_(False))
        .scalar_subquery())
    # With no stocktake yet the clock starts when the oldest stock on hand came in (入库日期),
    # not when the ledger was typed in; the first document only when no batch has a date.
    oldest = (select(func.min(StockBatch.inbound_date)).where(
        StockBatch.warehouse_id == Warehouse.id, _LIVE_BATCH).scalar_subquery())
    first_doc = func.coalesce(oldest, select(func.min(StockDoc.doc_date)).where(
        StockDoc.warehouse_id == Warehouse.id).scalar_subquery())
    holds = exists(select(StockBatch.id).where(StockBatch.warehouse_id == Warehouse.id,
                                               _LIVE_BATCH))
    stmt = (select(Warehouse.id, Warehouse.name, Region.path, last_take, first_doc)
            .join(Region, Region.id == Warehouse.region_id)
            .where(_ACTIVE_WH, holds))
    for wid, wh, path, taken, first in ctx.execute(stmt):
        if taken is not None and taken >= cutoff:
            continue
        if taken is None and (first is None or first >= cutoff):
            continue  # stocked for less than the interval: not due yet
        msg = t("从未盘点（现存物资最早 {d} 入库），请组织盘点", d=_day(first)) \
            if taken is None else \
            t("最近盘点 {d}，已超过 {n} 个月，请组织盘点", d=taken.isoformat(), n=months)
        yield Alert("S5", Severity.ORANGE, region_label(path), wh, msg, "warehouse", wid)
    unexplained = (select(Stocktake.warehouse_id, Warehouse.name, Region.path, Stocktake.take_date,
                          func.count(StocktakeLine.id))
                   .join(StocktakeLine, StocktakeLine.stocktake_id == Stocktake.id)
                   .join(Warehouse, Warehouse.id == Stocktake.warehouse_id)
                   .join(Region, Region.id == Warehouse.region_id)
                   .where(Stocktake.is_deleted.is_(False), Stocktake.booked.is_(True),
                          func.abs(StocktakeLine.actual_qty - StocktakeLine.book_qty) > EPS,
                          or_(StocktakeLine.reason.is_(None), StocktakeLine.reason == ""))
                   .group_by(Stocktake.id, Warehouse.id, Region.id))
    for wid, wh, path, day, n in ctx.execute(unexplained):
        yield Alert("S5", Severity.ORANGE, region_label(path), wh,
                    t("{d} 盘点有 {n} 处差异未写明原因", d=day.isoformat(), n=n), "warehouse", wid)


_NEEDS_RECEIVER = (DocType.ISSUE.value, DocType.TRANSFER.value)
_NEEDS_SIGNATURES = (DocType.ISSUE.value, DocType.TRANSFER.value, DocType.WRITEOFF.value,
                     DocType.ROTATION.value)


@rule("S6", "物资台账账目不符", Severity.RED, "supplies",
      "F5：实物、标签、账目相符；发放须有凭证；调出必须对应调入；不得出现负库存")
def ledger_integrity(ctx: CheckContext) -> Iterator[Alert]:
    # Each batch's lines summed from its index (ix_stock_doc_line_batch, which holds the
    # direction and quantity too), not every line of the ledger grouped first and joined
    # back: 50 → 30 → 24 ms at 50,000 batches (issue 20).
    net = func.coalesce(select(func.sum(StockDocLine.direction * StockDocLine.qty))
                        .where(StockDocLine.batch_id == StockBatch.id,
                               StockDocLine.is_deleted.is_(False))
                        .correlate(StockBatch).scalar_subquery(), 0.0)
    stmt = (select(StockBatch.id, Warehouse.name, Region.path, SupplyItem.name, SupplyItem.spec,
                   StockBatch.batch_no, StockBatch.qty, net)
            .join(SupplyItem, SupplyItem.id == StockBatch.item_id)
            .join(Warehouse, Warehouse.id == StockBatch.warehouse_id)
            .join(Region, Region.id == Warehouse.region_id)
            .where(StockBatch.is_deleted.is_(False),
                   or_(StockBatch.qty < -EPS, func.abs(StockBatch.qty - net) > 1e-6))
            .order_by(StockBatch.id))
    for bid, wh, path, item, spec, no, qty, net in ctx.execute(stmt):
        msg = t("批号 {no} 结存为负数（{q}）", no=no or "—", q=f"{qty:g}") if qty < -EPS else \
            t("批号 {no} 台账结存 {q} 与出入库单合计 {n} 不符", no=no or "—", q=f"{qty:g}",
              n=f"{net:g}")
        yield Alert("S6", Severity.RED, region_label(path), _subject(wh, item, spec), msg,
                    "stock_batch", bid)
    peer = aliased(Warehouse)
    # Only the transfers' lines are summed (not every line of the ledger).
    moved = (select(StockDocLine.doc_id,
                    func.sum(StockDocLine.direction * StockDocLine.qty).label("net"),
                    func.sum(greatest(StockDocLine.direction, 0)).label("ins"))
             .where(StockDocLine.doc_id.in_(select(StockDoc.id).where(
                 StockDoc.doc_type == DocType.TRANSFER.value)))
             .group_by(StockDocLine.doc_id).subquery())
    transfers = (select(StockDoc.id, StockDoc.doc_no, Warehouse.name, Region.path, moved.c.net,
                        moved.c.ins, peer.id)
                 .join(Warehouse, Warehouse.id == StockDoc.warehouse_id)
                 .join(Region, Region.id == Warehouse.region_id)
                 .outerjoin(peer, peer.id == StockDoc.peer_warehouse_id)
                 .outerjoin(moved, moved.c.doc_id == StockDoc.id)
                 .where(StockDoc.doc_type == DocType.TRANSFER.value))
    for _did, no, wh, path, net, ins, peer_id in ctx.execute(transfers):
        if peer_id is None or not ins or abs(net or 0.0) > 1e-6:
            yield Alert("S6", Severity.RED, region_label(path), wh,
                        t("调拨单 {no} 的调出与调入不对应", no=no), "warehouse", None)
    docs = (select(StockDoc.doc_no, StockDoc.doc_type, StockDoc.handler, StockDoc.approver,
                   StockDoc.receiver, Warehouse.id, Warehouse.name, Region.path)
            .join(Warehouse, Warehouse.id == StockDoc.warehouse_id)
            .join(Region, Region.id == Warehouse.region_id)
            .where(StockDoc.is_deleted.is_(False), StockDoc.doc_type.in_(_NEEDS_SIGNATURES),
                   or_(StockDoc.handler.is_(None), StockDoc.approver.is_(None),
                       and_(StockDoc.doc_type.in_(_NEEDS_RECEIVER), StockDoc.receiver.is_(None)))))
    for no, kind, handler, approver, receiver, wid, wh, path in ctx.execute(docs):
        missing = [label for label, v in ((t("经办人"), handler), (t("审批人"), approver))
                   if not v]
        if kind in _NEEDS_RECEIVER and not receiver:
            missing.append(t("接收人"))
        yield Alert("S6", Severity.ORANGE, region_label(path), wh,
                    t("{no} 缺少{who}（发放凭证不全）", no=no, who="、".join(missing)),
                    "warehouse", wid)


@rule("S7", "物资资料不完整", Severity.INFO, "supplies",
      "B2（S0）：加强应急物资分类编码及信息化管理；F5：批次标明生产日期")
def incomplete(ctx: CheckContext) -> Iterator[Alert]:
    s = ctx.session
    county = s.scalar(select(Region.path).where(
        Region.is_deleted.is_(False), Region.level == RegionLevel.COUNTY.value).limit(1)) or ""
    items = select(SupplyItem.id, SupplyItem.name, SupplyItem.spec, SupplyItem.category_code,
                   SupplyItem.unit, SupplyItem.is_consumable, SupplyItem.shelf_life_months
                   ).where(SupplyItem.is_deleted.is_(False))
    for iid, name, spec, code, unit, consumable, shelf in ctx.execute(items):
        missing = []
        if not code:
            missing.append(t("分类编码"))
        if not unit:
            missing.append(t("计量单位"))
        if consumable and not shelf:
            missing.append(t("保质期"))
        if missing:
            yield Alert("S7", Severity.INFO, region_label(county),
                        name + (f"（{spec}）" if spec else ""),
                        t("物资品目缺少{what}", what="、".join(missing)), "supply_item", iid)
    batches = _batches().where(SupplyItem.shelf_life_months.is_not(None),
                               or_(StockBatch.expiry_date.is_(None),
                                   StockBatch.production_date.is_(None)))
    for bid, wh, path, item, spec, _unit, no, _qty, expiry, _lead in ctx.execute(batches):
        what = t("有效期至") if expiry is None else t("生产日期")
        yield Alert("S7", Severity.INFO, region_label(path), _subject(wh, item, spec),
                    t("批号 {no} 未填写{what}（该物资有保质期）", no=no or "—", what=what),
                    "stock_batch", bid)


@rule("S8", "协议储备到期或缺失", Severity.ORANGE, "supplies",
      "B13（S3(4)）：与超市、企业开展协议储备；协议到期前续签")
def agreements(ctx: CheckContext) -> Iterator[Alert]:
    s = ctx.session
    days = _setting(ctx, "agreement_warning_days", 30)
    county = s.scalar(select(Region.path).where(
        Region.is_deleted.is_(False), Region.level == RegionLevel.COUNTY.value).limit(1)) or ""
    region = aliased(Region)
    stmt = (select(AgreementReserve.id, AgreementReserve.supplier, AgreementReserve.contract_no,
                   AgreementReserve.end_date, region.path)
            .outerjoin(region, region.id == AgreementReserve.region_id)
            .where(AgreementReserve.is_deleted.is_(False),
                   AgreementReserve.end_date <= ctx.today + timedelta(days=days)))
    for aid, supplier, no, end, path in ctx.execute(stmt):
        assert end is not None  # the WHERE clause compared it
        left = (end - ctx.today).days
        if left < 0:
            sev, msg = Severity.RED, t("协议 {no} 已于 {d} 到期，请续签或另签", no=no or "—",
                                       d=end.isoformat())
        else:
            sev, msg = Severity.ORANGE, t("协议 {no} 将于 {d} 到期（还有 {n} 天），请及时续签",
                                          no=no or "—", d=end.isoformat(), n=left)
        yield Alert("S8", sev, region_label(path or county), supplier, msg,
                    "agreement_reserve", aid)
    covered = (select(AgreementLine.id).join(
        AgreementReserve, AgreementReserve.id == AgreementLine.agreement_id).where(
        AgreementLine.is_deleted.is_(False), AgreementReserve.is_deleted.is_(False),
        AgreementLine.item_id == SupplyItem.id,
        or_(AgreementReserve.end_date.is_(None), AgreementReserve.end_date >= ctx.today),
        or_(AgreementReserve.start_date.is_(None), AgreementReserve.start_date <= ctx.today)))
    needs = (select(StockQuota.id, Warehouse.name, Region.path, SupplyItem.name, SupplyItem.spec)
             .join(Warehouse, Warehouse.id == StockQuota.warehouse_id)
             .join(Region, Region.id == Warehouse.region_id)
             .join(SupplyItem, SupplyItem.id == StockQuota.item_id)
             .where(StockQuota.is_deleted.is_(False), StockQuota.relies_on_agreement.is_(True),
                    Warehouse.is_deleted.is_(False), ~exists(covered)))
    for qid, wh, path, item, spec in ctx.execute(needs):
        yield Alert("S8", Severity.ORANGE, region_label(path), _subject(wh, item, spec),
                    t("定额依靠协议储备，但没有有效的协议储备该物资"), "stock_quota", qid)


@rule("S9", "乡镇未设物资储备库（点）", Severity.RED, "supplies",
      "B7（S1 浮梁县规划）：各乡(镇)按标准建设综合性物资储备仓库，实现全覆盖")
def network(ctx: CheckContext) -> Iterator[Alert]:
    town = aliased(Region)
    has = exists(select(Warehouse.id).join(Region, Region.id == Warehouse.region_id).where(
        _ACTIVE_WH, Warehouse.type != WarehouseType.AGREEMENT.value,
        or_(Region.id == town.id, and_(Region.parent_id == town.id,
                                       Warehouse.type == WarehouseType.TOWNSHIP.value))))
    stmt = select(town.id, town.name, town.path).where(
        town.is_deleted.is_(False), town.level == RegionLevel.TOWNSHIP.value, ~has)
    for rid, name, path in ctx.execute(stmt):
        yield Alert("S9", Severity.RED, region_label(path), name,
                    t("没有在用的乡镇物资储备库（点）"), "region", rid)
    if not ctx.settings.get("village_storage_required", False):
        return
    village = aliased(Region)
    here = exists(select(Warehouse.id).where(_ACTIVE_WH, Warehouse.region_id == village.id))
    stmt = select(village.id, village.name, village.path).where(
        village.is_deleted.is_(False), village.is_disaster_prone.is_(True),
        village.level.in_([RegionLevel.VILLAGE.value, RegionLevel.COMMUNITY.value]), ~here)
    for rid, name, path in ctx.execute(stmt):
        yield Alert("S9", Severity.INFO, region_label(path), name,
                    t("灾害多发频发，尚未建立村（社区）物资储备点"), "region", rid)


@rule("S10", "仓库数据长期未更新", Severity.INFO, "supplies",
      "B2（S0）：实现应急物资数据动态更新")
def stale(ctx: CheckContext) -> Iterator[Alert]:
    days = _setting(ctx, "stale_days", 180)
    cutoff = ctx.today - timedelta(days=days)
    last_doc = (select(func.max(StockDoc.doc_date)).where(StockDoc.warehouse_id == Warehouse.id)
                .scalar_subquery())
    last_take = (select(func.max(Stocktake.take_date)).where(
        Stocktake.warehouse_id == Warehouse.id).scalar_subquery())
    stmt = (select(Warehouse.id, Warehouse.name, Region.path, Warehouse.updated_at, last_doc,
                   last_take)
            .join(Region, Region.id == Warehouse.region_id).where(_ACTIVE_WH))
    for wid, wh, path, updated, doc_day, take_day in ctx.execute(stmt):
        latest = max(d for d in (updated.date(), doc_day, take_day) if d is not None)
        if latest < cutoff:
            yield Alert("S10", Severity.INFO, region_label(path), wh,
                        t("已 {n} 天没有出入库、盘点或资料更新（最近 {d}）",
                          n=(ctx.today - latest).days, d=latest.isoformat()), "warehouse", wid)
