"""应急物资 sheets (docs/domain.md §5, reports 5 and 7): the blank 盘点表 to count with, and the
协议储备单位名录 (`report agreements`)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from pathlib import Path
from typing import Any

from sqlalchemy import select

from emergency_desk.data.db import Database
from emergency_desk.data.enums import RegionLevel
from emergency_desk.data.models import Region
from emergency_desk.data.supplies import AgreementLine, AgreementReserve, SupplyItem, Warehouse
from emergency_desk.errors import InputRejected
from emergency_desk.i18n import t
from emergency_desk.reports.pdf import Col, Group, ReportDocument, Row, Styled
from emergency_desk.reports.scope import resolve_region, scope_label
from emergency_desk.reports.tables import ORANGE, RED, Cell
from emergency_desk.services.settings import SettingsService
from emergency_desk.services.supplies.views import StockViews, within_region

COUNT_TITLE = "应急物资盘点表"
COUNT_COLUMNS = ("序号", "物资名称", "规格型号", "单位", "批号", "有效期至", "账面数", "实存数",
                 "差异", "原因")
BLANK = "\u3000" * 12  # a wide empty 原因 cell to write in
AGREEMENTS_TITLE = "协议储备单位名录"
AGREEMENTS_COLUMNS = ("序号", "单位", "协议编号", "起止日期", "物资", "协议数量", "响应时限",
                      "联系人", "电话")


def _cols(names: Sequence[str], weights: Sequence[float], right: set[str]) -> list[Col]:
    return [Col(t(n), w, "right" if n in right else "left")
            for n, w in zip(names, weights, strict=True)]


def build_count_sheet(db: Database, warehouse_id: int, out: Path) -> Path:
    """The sheet the keeper takes into the warehouse: book quantities printed, counts blank."""
    with db.read() as s:
        w = s.get(Warehouse, warehouse_id)
        if w is None or w.is_deleted:
            raise InputRejected(t("该仓库不存在或已删除"))
        name = w.name
    rows = StockViews(db).batches_of(warehouse_id)
    # Landscape: the blank columns need room for handwriting.
    doc = ReportDocument.for_db(db, t(COUNT_TITLE), landscape=True, scope=name)
    doc.text(t("仓库：{w}　　盘点日期：______年____月____日", w=name))
    table: list[Sequence[Cell] | Row] = [
        [i, r.item_name, r.spec, r.unit, r.batch_no, r.expiry_date, r.qty, "", "", BLANK]
        for i, r in enumerate(rows, 1)]
    for _ in range(3):  # goods found on the shelves but not in the books
        table.append(["", "", "", "", "", "", "", "", "", ""])
    doc.table(_cols(COUNT_COLUMNS, (0.4, 1.3, 1.2, 0.45, 1.0, 0.95, 0.7, 0.7, 0.6, 1.3),
                    {"序号", "账面数", "实存数", "差异"}),
              [Group(None, table, t("共 {n} 个批次。账实不符的须写明原因。", n=len(rows)))])
    doc.text(t("盘点人（签字）：__________　　监盘人（签字）：__________"))
    return doc.save(out)


def build_agreements(db: Database, out: Path, region: str | None = None) -> Path:
    scope = resolve_region(db, region)
    today = date.today()
    warn = int(SettingsService(db).get("agreement_warning_days"))
    with db.read() as s:
        stmt = (select(AgreementReserve, Region.path)
                .outerjoin(Region, Region.id == AgreementReserve.region_id)
                .where(AgreementReserve.is_deleted.is_(False))
                .order_by(AgreementReserve.end_date, AgreementReserve.supplier))
        if scope is not None:
            stmt = stmt.where(within_region(s, scope.id))
        agreements = s.execute(stmt).all()
        lines = {a.id: s.execute(select(SupplyItem.name, SupplyItem.spec, SupplyItem.unit,
                                        AgreementLine.agreed_qty)
                                 .join(SupplyItem, SupplyItem.id == AgreementLine.item_id)
                                 .where(AgreementLine.agreement_id == a.id,
                                        AgreementLine.is_deleted.is_(False))
                                 .order_by(AgreementLine.id)).all()
                 for a, _path in agreements}
    doc = ReportDocument.for_db(db, t(AGREEMENTS_TITLE), landscape=True, scope=scope_label(scope))
    if not agreements:
        doc.text(t("统计范围内没有协议储备单位。")
                 if scope is not None and scope.level != RegionLevel.COUNTY
                 else t("尚未登记协议储备单位。"))
    rows: list[Sequence[Cell]] = []
    for i, (a, _path) in enumerate(agreements, 1):
        span = f"{a.start_date or '—'} ~ {a.end_date or '—'}"
        period: Cell = span
        if a.end_date is not None and a.end_date < today:
            period = Styled(span + t("（已到期）"), RED, bold=True)
        elif a.end_date is not None and (a.end_date - today).days <= warn:
            period = Styled(span + t("（即将到期）"), ORANGE)
        goods: list[Any] = list(lines[a.id]) or [("", "", None, None)]
        for j, (item, spec, unit, qty) in enumerate(goods):
            what = f"{item} {spec}".strip()
            amount = f"{qty:g}{unit or ''}" if qty is not None else ""
            first = j == 0
            hours = t("{h} 小时", h=f"{a.response_hours:g}") if a.response_hours else ""
            rows.append([i if first else "", a.supplier if first else "",
                         (a.contract_no or "") if first else "", period if first else "",
                         what, amount, hours if first else "", (a.contact or "") if first else "",
                         (a.phone or "") if first else ""])
    if rows:
        doc.table(_cols(AGREEMENTS_COLUMNS, (0.4, 1.8, 1.2, 1.9, 1.6, 0.9, 0.8, 0.7, 1.1),
                        {"序号", "协议数量"}), rows)
    doc.signature()
    return doc.save(out)
