"""`report replenishment`: 储备补充计划 (docs/domain.md §5 report 6; S3(4) "编制应急物资储备计划";
B10 "保证及时补充和更新").

One line per 储备定额 that needs stock: item, warehouse, what is on hand (usable), the quota,
the shortfall against the minimum, the suggested quantity and the near-expiry batches that
make up the difference. The numbers come from `quota_status_in`, the same function the quota
tab and rule S3 use, so the plan never disagrees with the window:

    缺口 = 最低储备 − 可用数量 (not below 0)
    建议补充量 = 标准储备（未定标准时按最低储备）− (可用数量 − 临期数量) (not below 0)

Near-expiry means expiring within the 物资临期提醒天数 setting (the batches S2 flags by days).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from datetime import date, timedelta
from pathlib import Path

from sqlalchemy import select

from emergency_desk.data.db import Database
from emergency_desk.data.models import Region
from emergency_desk.data.supplies import BatchStatus, StockBatch, Warehouse
from emergency_desk.i18n import t
from emergency_desk.reports.pdf import Col, Group, ReportDocument, Row, Styled
from emergency_desk.reports.scope import resolve_region, scope_label
from emergency_desk.reports.tables import RED, Cell
from emergency_desk.services.settings import SettingsService
from emergency_desk.services.supplies.quota import QuotaStatus, quota_status_in
from emergency_desk.services.supplies.views import within_region

TITLE = "储备补充计划"
COLUMNS = ("序号", "物资名称", "规格型号", "单位", "现有（可用）", "最低储备", "标准储备", "缺口",
           "建议补充量", "临期批次")
_WEIGHTS = (0.45, 1.3, 1.2, 0.5, 0.9, 0.8, 0.8, 0.7, 0.9, 2.6)
_RIGHT = {"序号", "现有（可用）", "最低储备", "标准储备", "缺口", "建议补充量"}


def plan_in(db: Database, today: date, region: str | None = None,
            ) -> tuple[list[QuotaStatus], dict[tuple[int, int], list[str]], int, str | None]:
    """(quota lines needing stock, near-expiry batch texts by (warehouse, item), quotas
    looked at, scope label)."""
    scope = resolve_region(db, region)
    near = int(SettingsService(db).get("expiry_warning_days"))
    with db.read() as s:
        status = quota_status_in(s, today, near)
        if scope is not None:
            keep = set(s.scalars(select(Warehouse.id).join(
                Region, Region.id == Warehouse.region_id).where(within_region(s, scope.id))))
            status = [p for p in status if p.warehouse_id in keep]
        needed = [p for p in status if p.shortfall > 0 or p.suggested > 0]
        batches: dict[tuple[int, int], list[str]] = defaultdict(list)
        pairs = {(p.warehouse_id, p.item_id) for p in needed}
        if pairs:
            # The same batches quota_status_in counts as 临期: usable, expiring within `near`.
            rows = s.execute(select(StockBatch.warehouse_id, StockBatch.item_id,
                                    StockBatch.batch_no, StockBatch.qty, StockBatch.expiry_date)
                             .where(StockBatch.is_deleted.is_(False),
                                    StockBatch.status == BatchStatus.IN_STOCK.value,
                                    StockBatch.qty > 0,
                                    StockBatch.expiry_date >= today,
                                    StockBatch.expiry_date <= today + timedelta(days=near),
                                    StockBatch.warehouse_id.in_({w for w, _ in pairs}))
                             .order_by(StockBatch.expiry_date, StockBatch.batch_no))
            for wid, iid, no, qty, expiry in rows:
                if (wid, iid) in pairs and expiry is not None:
                    batches[(wid, iid)].append(t("{no} {q:g}（{d} 到期）", no=no or "—",
                                                 q=qty, d=expiry.isoformat()))
    return needed, batches, len(status), scope_label(scope)


def build(db: Database, out: Path, region: str | None = None) -> Path:
    today = date.today()
    needed, batches, looked_at, scope = plan_in(db, today, region)
    doc = ReportDocument.for_db(db, t(TITLE), landscape=True, scope=scope)
    if not looked_at:
        doc.text(t("尚未设置储备定额，无法编制补充计划。请先在“应急物资 → 储备定额”中录入。"))
        doc.signature()
        return doc.save(out)
    below = sum(1 for p in needed if p.shortfall > 0)
    doc.text(t("共 {n} 项储备定额，需补充 ", n=looked_at),
             Styled(t("{n} 项", n=len(needed)), RED, bold=bool(needed)),
             t("，其中低于最低储备 {m} 项。", m=below))
    if needed:
        by_wh: dict[str, list[QuotaStatus]] = defaultdict(list)
        for p in needed:
            by_wh[p.warehouse_name].append(p)
        groups: list[Group] = []
        seq = 0
        for wh, lines in by_wh.items():
            cells: list[Sequence[Cell] | Row] = []
            for p in lines:
                seq += 1
                gap: Cell = Styled(p.shortfall, RED, bold=True) if p.shortfall > 0 else ""
                cells.append([seq, p.item_name, p.spec, p.unit or "", p.available, p.min_qty,
                              p.target_qty, gap, p.suggested,
                              "；".join(batches.get((p.warehouse_id, p.item_id), []))])
            groups.append(Group(wh, cells, t("{wh} 小计：{n} 项", wh=wh, n=len(lines))))
        doc.table([Col(t(n), w, "right" if n in _RIGHT else "left")
                   for n, w in zip(COLUMNS, _WEIGHTS, strict=True)], groups)
        doc.text(t("缺口 = 最低储备 − 可用数量；建议补充量 = 标准储备（未定标准时按最低储备）"
                   "− 可用数量 + 临期数量。可用数量不含过期、冻结物资；临期指 {d} 天内到期。",
                   d=int(SettingsService(db).get("expiry_warning_days"))))
    else:
        doc.text(t("各仓库储备均达到定额，暂不需要补充。"))
    doc.signature()
    return doc.save(out)
