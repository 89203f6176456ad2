"""Excel registers `quotas` (储备定额, B4) and `agreements` (协议储备 and their goods, B3/B13).

quotas upsert by 仓库 + 物资名称 + 规格型号. agreements are written one row per goods line with
the agreement's columns repeated on each line (how offices keep them); import groups the rows
of one agreement by 协议单位 + 协议编号, checks that the repeated cells agree, and upserts the
agreement with all its lines at once. Both apply the window's rules (services/supplies/
quota.py) and write only when something differs, so importing an export changes nothing; the
rows are checked on dicts and written in bulk (io/quota_rows.py, io/agreement_rows.py).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from emergency_desk.data.db import Database
from emergency_desk.data.models import Region
from emergency_desk.data.supplies import (
    AgreementLine,
    AgreementReserve,
    StockQuota,
    SupplyItem,
    Warehouse,
)
from emergency_desk.io import dates as dt
from emergency_desk.io import normalize as nz
from emergency_desk.io.agreement_rows import AgreementRows
from emergency_desk.io.quota_rows import QuotaRows
from emergency_desk.io.row_upsert import live_count, region_refs
from emergency_desk.io.spec import Column, ImportCounts, Record, RegisterSpec

_qty = nz.non_negative(nz.number)
_WAREHOUSE = Column("仓库", "warehouse", nz.text_max(120), required=True, width=18,
                    synonyms=("仓库名称", "储备库", "储备点", "存放地点"),
                    comment="仓库名称；同名仓库写成“区划/仓库名称”")
_ITEM = Column("物资名称", "item", nz.name_text, required=True, width=16,
               synonyms=("物资", "品名", "物资品名"), comment="物资品目中已有的名称")
_SPEC = Column("规格型号", "spec", nz.text_max(100), width=14, synonyms=("规格", "型号"))

QUOTA_COLUMNS = [
    _WAREHOUSE, _ITEM, _SPEC,
    Column("最低储备", "min_qty", _qty, required=True, width=10,
           synonyms=("最低储备量", "定额", "储备定额", "最低数量"),
           comment="低于此数即预警（S3）"),
    Column("标准储备", "target_qty", _qty, width=10,
           synonyms=("标准储备量", "标准数量", "应储数量"), comment="补充到此数；不小于最低储备"),
    Column("依据", "basis", nz.text_max(100), width=22, synonyms=("定额依据", "标准依据")),
    Column("人均定额", "per_capita_ratio", _qty, width=10, synonyms=("人均", "按人口比例"),
           comment="每人多少（如 0.02）；最低储备不填时按区划人口计算"),
    Column("依赖协议储备", "relies_on_agreement", nz.yes_no, width=12, choices=("是", "否"),
           synonyms=("协议储备", "是否协议储备")),
    Column("备注", "remark", nz.multiline_text, width=18),
]


def _warehouse_refs(session: Session) -> dict[int, str]:
    """How exports name a warehouse so the import finds it: the name, or 区划/名称 if shared."""
    rows = session.execute(select(Warehouse.id, Warehouse.name, Region.name)
                           .join(Region, Region.id == Warehouse.region_id)
                           .where(Warehouse.is_deleted.is_(False))).all()
    seen: dict[str, int] = {}
    for _, name, _r in rows:
        seen[name] = seen.get(name, 0) + 1
    return {wid: name if seen[name] == 1 else f"{rname}/{name}" for wid, name, rname in rows}


class QuotasSpec(RegisterSpec):
    name = "quotas"
    title_zh = "储备定额"
    columns = QUOTA_COLUMNS
    natural_key = "仓库 + 物资名称 + 规格型号"
    table = "stock_quota"

    def import_records(self, session: Session, records: list[Record],
                       progress: Callable[[int, int], None] | None = None) -> ImportCounts:
        counts = ImportCounts()
        QuotaRows(self, session, counts).run(records, progress)
        return counts

    def count(self, db: Database) -> int:
        return live_count(db, StockQuota)

    def export_rows(self, db: Database) -> Iterator[list[Any]]:
        with db.read() as s:
            refs = _warehouse_refs(s)
            rows = s.execute(select(StockQuota, SupplyItem.name, SupplyItem.spec)
                             .join(SupplyItem, SupplyItem.id == StockQuota.item_id)
                             .join(Warehouse, Warehouse.id == StockQuota.warehouse_id)
                             .where(StockQuota.is_deleted.is_(False),
                                    Warehouse.is_deleted.is_(False),
                                    SupplyItem.is_deleted.is_(False))
                             .order_by(Warehouse.name, SupplyItem.name, StockQuota.id)
                             .execution_options(yield_per=1000))
            for q, item, spec in rows:
                yield [refs[q.warehouse_id], item, spec or None, q.min_qty, q.target_qty,
                       q.basis, q.per_capita_ratio, "是" if q.relies_on_agreement else "否",
                       q.remark]


# -- agreements ----------------------------------------------------------------------------
AGREEMENT_COLUMNS = [
    Column("协议单位", "supplier", nz.text_max(100), required=True, width=22,
           synonyms=("协议储备单位", "供应单位", "企业名称", "单位名称", "代储单位"),
           comment="同一协议的每一行物资都重复填写协议各列"),
    Column("协议编号", "contract_no", nz.text_max(50), width=14,
           synonyms=("合同编号", "协议号", "合同号"), as_text=True),
    Column("所属区划", "region", nz.text, width=12, synonyms=("区划", "乡镇")),
    Column("起始日期", "start_date", dt.date_value, width=12,
           synonyms=("开始日期", "协议起始日期", "签订日期", "生效日期")),
    Column("截止日期", "end_date", dt.date_value, width=12,
           synonyms=("到期日期", "协议截止日期", "终止日期", "有效期至")),
    Column("联系人", "contact", nz.name_text, width=10),
    Column("联系电话", "phone", nz.phone, width=14, as_text=True,
           synonyms=("电话", "手机", "手机号码")),
    Column("响应时限(小时)", "response_hours", _qty, width=12,
           synonyms=("响应时限", "响应时间(小时)", "响应时间")),
    Column("物资名称", "item", nz.name_text, width=16, synonyms=("协议物资", "物资", "品名"),
           comment="每行一种物资；物资品目中已有的名称"),
    _SPEC,
    Column("协议数量", "qty", _qty, width=10, synonyms=("数量", "储备数量", "协议储备数量")),
    Column("备注", "remark", nz.multiline_text, width=18),
]
class AgreementsSpec(RegisterSpec):
    name = "agreements"
    title_zh = "协议储备"
    columns = AGREEMENT_COLUMNS
    natural_key = "协议单位 + 协议编号（每行一种物资，同一协议的行合为一份）"
    table = "agreement_reserve"

    def import_records(self, session: Session, records: list[Record],
                       progress: Callable[[int, int], None] | None = None) -> ImportCounts:
        counts = ImportCounts()
        AgreementRows(self, session, counts).run(records, progress)
        return counts

    def count(self, db: Database) -> int:
        with db.read() as s:
            return int(s.scalar(select(func.count()).select_from(AgreementLine).where(
                AgreementLine.is_deleted.is_(False))) or 0)

    def export_rows(self, db: Database) -> Iterator[list[Any]]:
        with db.read() as s:
            refs = region_refs(s)
            # One row per agreed item (an agreement without lines: one row, items empty),
            # from one cursor rather than a query per agreement.
            live = (AgreementLine.agreement_id == AgreementReserve.id) & \
                AgreementLine.is_deleted.is_(False)
            for a, name, spec, qty in s.execute(
                    select(AgreementReserve, SupplyItem.name, SupplyItem.spec,
                           AgreementLine.agreed_qty)
                    .outerjoin(AgreementLine, live)
                    .outerjoin(SupplyItem, SupplyItem.id == AgreementLine.item_id)
                    .where(AgreementReserve.is_deleted.is_(False))
                    .order_by(AgreementReserve.supplier, AgreementReserve.id, AgreementLine.id)
                    .execution_options(yield_per=1000)):
                yield [a.supplier, a.contract_no,
                       refs.get(a.region_id) if a.region_id else None, a.start_date,
                       a.end_date, a.contact, a.phone, a.response_hours, name, spec or None,
                       qty, a.remark]


QUOTAS = QuotasSpec()
AGREEMENTS = AgreementsSpec()
__all__ = ["AGREEMENTS", "QUOTAS"]
