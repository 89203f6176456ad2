"""应急物资 reports (docs/domain.md §5, reports 3, 4 and 6).

- `report stock`: 应急物资储备台账（明细表）grouped by warehouse, then a warehouse summary;
- `report expiry`: 临期/过期物资清单 and 储备补充计划 (replenishment plan from the quotas);
- `build_slip`: one 入库单 / 出库单 / 调拨单 with signature lines (printed from the window).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import replace
from datetime import date
from pathlib import Path

from sqlalchemy import select

from emergency_desk.data.db import Database
from emergency_desk.data.models import Region
from emergency_desk.data.supplies import TOP_CATEGORIES, DocType, Warehouse
from emergency_desk.errors import InputRejected
from emergency_desk.i18n import N_, t
from emergency_desk.reports.pdf import Col, Group, ReportDocument, Row, Styled
from emergency_desk.reports.scope import (
    current_view,
    resolve_region,
    scope_label,
    with_filters,
)
from emergency_desk.reports.tables import ORANGE, RED, Cell
from emergency_desk.services.settings import SettingsService
from emergency_desk.services.supplies.quota import QuotaStatus, quota_status_in
from emergency_desk.services.supplies.views import (
    StockQuery,
    StockRow,
    StockViews,
    band_of,
    doc_view_in,
    within_region,
)

STOCK_TITLE = "应急物资储备台账（明细表）"
# Grouped by warehouse: the warehouse, its region and its keeper head each group, so rows
# carry only the place inside it (货位), not the warehouse name again on every line.
STOCK_COLUMNS = ("序号", "分类编码", "物资名称", "规格型号", "单位", "数量", "存放位置",
                 "存储方式", "批号", "生产日期", "有效期至", "资金来源", "入库日期", "状态", "备注")
# Spare width (when every cell fits on one line) goes by these weights.
_STOCK_WEIGHTS = (0.4, 0.75, 1.1, 1.1, 0.4, 0.55, 0.8, 0.75, 1.0, 1.0, 1.0, 0.6, 1.0, 0.9,
                  1.2)
# N_: the category and amount headers appear only in this table (the English sheet printed
# them in Chinese).
SUMMARY_COLUMNS = ("仓库", "所属区划", "类型", "批次数", N_("基本生活保障物资"),
                   N_("应急装备及配套物资"), N_("工程材料与机械加工设备"), "未分类",
                   N_("金额（元）"), N_("过期批次"), "临期批次")
EXPIRY_TITLE = "临期/过期物资清单"
EXPIRY_COLUMNS = ("序号", "仓库", "物资名称", "规格型号", "批号", "数量", "单位", "有效期至",
                  "剩余天数", "状态", "建议处置")
PLAN_COLUMNS = ("序号", "仓库", "物资", "规格型号", "单位", "现有（可用）", "最低储备", "标准储备",
                "缺口", "建议补充量", N_("临期数量"))  # N_: only this table has it
_RIGHT = {"序号", "数量", "批次数", "金额（元）", "过期批次", "临期批次", "剩余天数",
          "现有（可用）", "最低储备", "标准储备", "缺口", "建议补充量", "临期数量",
          "基本生活保障物资", "应急装备及配套物资", "工程材料与机械加工设备", "未分类", "单价",
          "金额"}


def _cols(names: Sequence[str], weights: Sequence[float] | None = None) -> list[Col]:
    ws = weights or [1.0] * len(names)
    return [Col(t(n), w, "right" if n in _RIGHT else "left")
            for n, w in zip(names, ws, strict=True)]


def _near_days(db: Database) -> int:
    return int(SettingsService(db).get("expiry_warning_days"))


def _band_cell(r: StockRow, today: date, near: int) -> Cell:
    band = band_of(r.expiry_date, today, near)
    if band == "expired":
        return Styled(t("已过期"), RED, bold=True)
    if band == "30":
        return Styled(t("30天内到期"), ORANGE, bold=True)
    if band == "90":
        return Styled(t("临期"), ORANGE)
    return r.status.label


def _rows(db: Database, region: str | None) -> tuple[list[StockRow], str | None]:
    scope = resolve_region(db, region)
    q = StockQuery(within_region_id=scope.id if scope else None, order_by="region")
    view = current_view(StockQuery)
    if view is None:
        return StockViews(db).list(q), scope_label(scope)
    # Printed from the page: its warehouse, category, expiry and search filters too, in the
    # ledger's own order.
    page, label = view
    q = replace(page, within_region_id=q.within_region_id or page.within_region_id,
                order_by="region", descending=False)
    return StockViews(db).list(q), with_filters(scope_label(scope), label)


def build_stock(db: Database, out: Path, region: str | None = None) -> Path:
    rows, scope = _rows(db, region)
    today, near = date.today(), _near_days(db)
    doc = ReportDocument.for_db(db, t(STOCK_TITLE), landscape=True, scope=scope)
    if not rows:
        doc.text(t("没有在库物资。"))
        doc.signature()
        return doc.save(out)
    by_wh: dict[int, list[StockRow]] = defaultdict(list)
    for r in rows:
        by_wh[r.warehouse_id].append(r)
    items: list[Group] = []
    n = 0
    for group in by_wh.values():
        first = group[0]
        body: list[Sequence[Cell] | Row] = []
        for r in group:
            n += 1
            body.append([n, r.category_code, r.item_name, r.spec, r.unit, r.qty, r.bin,
                         r.storage_method, r.batch_no, r.production_date, r.expiry_date,
                         r.funding, r.inbound_date, _band_cell(r, today, near), r.remark])
        heading = f"{first.warehouse_name}（{first.region or first.region_path}）"
        if first.keeper:
            heading += t("　保管人：{name}", name=first.keeper)
        items.append(Group(heading, body, t(
            "{name} 小计：{n} 个批次，{k} 种物资", name=first.warehouse_name, n=len(group),
            k=len({r.item_id for r in group}))))
    doc.text(t("共 {w} 个仓库（储备点），{n} 个在库批次。", w=len(by_wh), n=len(rows)))
    doc.table(_cols(STOCK_COLUMNS, _STOCK_WEIGHTS), items,
              total=t("合计：{n} 个批次，{k} 种物资", n=len(rows),
                      k=len({r.item_id for r in rows})))
    doc.heading(t("仓库汇总表"))
    doc.table(_cols(SUMMARY_COLUMNS), _summary(by_wh, today, near))
    doc.signature()
    return doc.save(out)


def _summary(by_wh: dict[int, list[StockRow]], today: date, near: int) -> list[list[Cell]]:
    """Warehouse × top category: quantities in mixed units do not add up, so each category
    cell counts the kinds of item held; the value column adds 数量 × 单价."""
    out: list[list[Cell]] = []
    for group in by_wh.values():
        first = group[0]
        kinds: dict[str, set[int]] = defaultdict(set)
        for r in group:
            kinds[(r.category_code or "?")[0]].add(r.item_id)
        value = sum(r.qty * (r.unit_price or 0.0) for r in group)
        bands = [band_of(r.expiry_date, today, near) for r in group]
        expired = bands.count("expired")
        soon = bands.count("30") + bands.count("90")
        out.append([first.warehouse_name, first.region, first.warehouse_type.label, len(group),
                    *[t("{n} 种", n=len(kinds[c])) if kinds[c] else "" for c, _ in TOP_CATEGORIES],
                    t("{n} 种", n=len(kinds["?"])) if kinds["?"] else "",
                    f"{value:,.2f}" if value else "",
                    Styled(expired, RED, bold=True) if expired else 0,
                    Styled(soon, ORANGE) if soon else 0])
    return out


def build_expiry(db: Database, out: Path, region: str | None = None) -> Path:
    scope = resolve_region(db, region)
    today, near = date.today(), _near_days(db)
    views = StockViews(db)
    base = StockQuery(within_region_id=scope.id if scope else None, order_by="expiry",
                      today=today, near_days=near)
    rows = [r for band in ("expired", "30", "90")
            for r in views.list(StockQuery(**{**base.__dict__, "band": band}))]
    doc = ReportDocument.for_db(db, t(EXPIRY_TITLE), landscape=True, scope=scope_label(scope))
    expired = sum(1 for r in rows if band_of(r.expiry_date, today, near) == "expired")
    doc.text(t("已过期 ", ), Styled(t("{n} 批", n=expired), RED, bold=True),
             t("，{d} 天内到期 ", d=near), Styled(t("{n} 批", n=len(rows) - expired), ORANGE),
             t("。过期物资不计入可用库存。"))
    if rows:
        table: list[list[Cell]] = []
        for i, r in enumerate(rows, 1):
            days = r.days_left(today)
            gone = days is not None and days < 0
            advice = t("报损报废，补充新货") if gone else t("轮换或调剂使用")
            table.append([i, r.warehouse_name, r.item_name, r.spec, r.batch_no, r.qty, r.unit,
                          r.expiry_date, days, _band_cell(r, today, near), advice])
        doc.table(_cols(EXPIRY_COLUMNS, (0.45, 1.6, 1.3, 1.3, 1.0, 0.6, 0.5, 0.9, 0.7, 0.9,
                                         1.4)), table)
    else:
        doc.text(t("没有临期或过期物资。"))
    doc.heading(t("储备补充计划"))
    with db.read() as s:
        plan = quota_status_in(s, today, near)
        if scope is not None:
            keep = set(s.scalars(select(Warehouse.id).join(Region, Region.id ==
                                                           Warehouse.region_id)
                                 .where(within_region(s, scope.id))))
            plan = [p for p in plan if p.warehouse_id in keep]
    needed = [p for p in plan if p.suggested > 0 or p.shortfall > 0]
    if needed:
        doc.table(_cols(PLAN_COLUMNS, (0.45, 1.6, 1.3, 1.2, 0.5, 0.9, 0.8, 0.8, 0.7, 0.9, 0.8)),
                  [_plan_row(i, p) for i, p in enumerate(needed, 1)])
        doc.text(t("建议补充量 = 标准储备（未定标准时按最低储备）− 可用数量 + 临期数量。"))
    else:
        doc.text(t("各仓库储备均达到定额，暂不需要补充。") if plan else
                 t("尚未设置储备定额，无法编制补充计划。"))
    if rows:  # after the plan, so the plan's heading never sits alone under the chart
        from emergency_desk.reports.supplies_charts import expiry_timeline_figure

        doc.figure(expiry_timeline_figure(db, today, within_region_id=scope.id if scope else None),
                   width_ratio=0.6)
    doc.signature()
    return doc.save(out)


def _plan_row(i: int, p: QuotaStatus) -> list[Cell]:
    gap: Cell = Styled(p.shortfall, RED, bold=True) if p.shortfall > 0 else ""
    return [i, p.warehouse_name, p.item_name, p.spec, p.unit, p.available, p.min_qty,
            p.target_qty, gap, p.suggested, p.near_expiry or ""]


SLIP_TITLES = {DocType.INBOUND: "应急物资入库单", DocType.ISSUE: "应急物资出库（发放）单",
               DocType.TRANSFER: "应急物资调拨单", DocType.ROTATION: "应急物资轮换单",
               DocType.WRITEOFF: "应急物资报损报废单", DocType.STOCKTAKE: "盘点差异调整单",
               DocType.RETURN: "应急物资退库单", DocType.OPENING: "期初建账单"}
SLIP_COLUMNS = ("序号", "物资名称", "规格型号", "单位", "批号", "有效期至", "仓库", "收/发",
                "数量", "单价", "金额")
_SLIP_WEIGHTS = {"序号": 0.4, "物资名称": 1.2, "规格型号": 1.2, "单位": 0.45, "批号": 1.1,
                 "有效期至": 1.1, "仓库": 1.4, "收/发": 0.45, "数量": 0.6, "单价": 0.6,
                 "金额": 0.8}


def build_slip(db: Database, doc_id: int, out: Path) -> Path:
    """A numbered slip for signing (docs/domain.md §5 report 4): 经办人、审批人、接收人."""
    with db.read() as s:
        view = doc_view_in(s, doc_id)
    if view is None:
        raise InputRejected(t("单据不存在"))
    doc = ReportDocument.for_db(db, t(SLIP_TITLES[view.doc_type]), as_of=view.doc_date)
    peer = t("调入单位：{v}", v=view.peer) if view.doc_type == DocType.TRANSFER else \
        t("调入/领用单位：{v}", v=view.peer or view.receiver or "__________")
    doc.text(t("单号：{no}　日期：{d}　仓库：{w}", no=view.doc_no, d=view.doc_date.isoformat(),
               w=view.warehouse_name))
    doc.text(peer + t("　用途：{v}", v=view.purpose or "__________") +
             (t("　事由：{v}", v=view.event_ref) if view.event_ref else ""))
    both_sides = view.doc_type in (DocType.TRANSFER, DocType.ROTATION)
    rows: list[list[Cell]] = []
    total = 0.0
    for i, ln in enumerate(view.lines, 1):
        amount = ln.qty * ln.unit_price if ln.unit_price is not None else None
        total += amount or 0.0
        where = [ln.warehouse_name] if both_sides else []
        rows.append([i, ln.item_name, ln.spec, ln.unit, ln.batch_no, ln.expiry_date, *where,
                     t("收") if ln.direction > 0 else t("发"), ln.qty, ln.unit_price,
                     round(amount, 2) if amount is not None else None])
    names = [c for c in SLIP_COLUMNS if both_sides or c != "仓库"]
    weights = [_SLIP_WEIGHTS[c] for c in names]
    doc.table(_cols(names, weights), rows,
              total=t("合计金额：{v} 元", v=f"{total:,.2f}") if total else None)
    if view.remark:
        doc.text(t("备注：{v}", v=view.remark))
    # A signing box: each person signs under their title, beside the name typed in.
    doc.table(_cols(("经办人（签字）", "审批人（签字）", "接收人（签字）")),
              [[view.handler or "", view.approver or "", view.receiver or ""], ["", "", ""]])
    return doc.save(out)
