"""应急物资 (emergency supplies): warehouses, catalogue, batches, movement documents, stocktakes,
quotas and agreement reserves (docs/domain.md 1B, section 3 "Supplies", F1, F5).

A batch's `qty` is a cache: the balance is the signed sum of the batch's document lines
(`direction` × `qty`), and every movement writes its line and the cached balance in one
transaction, so the stock card always equals the batch balances (rule S6 checks it).
"""

from __future__ import annotations

from datetime import date

from sqlalchemy import Boolean, Date, Float, ForeignKey, Index, Integer, String, Text, text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from emergency_desk.data.base import Base, RecordMixin
from emergency_desk.data.dates import month_flag, track_month_precision
from emergency_desk.data.enums import LabelledEnum, register_labels
from emergency_desk.data.models import Region
from emergency_desk.data.sql import server_where


class WarehouseType(LabelledEnum):
    """B5/B9: 县级储备库, 乡镇储备点, 村(社区)储备点, 协议储备, 企业代储."""

    # Values differ from every other enumeration's: labels are looked up by value, and a
    # StrEnum member equals its value, so "county" here would relabel RegionLevel.COUNTY.
    COUNTY = "county_depot"
    TOWNSHIP = "township_depot"
    VILLAGE = "village_point"
    AGREEMENT = "agreement_reserve"
    ENTERPRISE = "enterprise_stored"


class WarehouseStatus(LabelledEnum):
    ACTIVE = "in_use"
    CLOSED = "out_of_use"


class BatchStatus(LabelledEnum):
    IN_STOCK = "in_stock"
    FROZEN = "frozen"
    PENDING_WRITEOFF = "pending_writeoff"


class DocType(LabelledEnum):
    """Movement documents (B3, B8, F5). 调拨 books both warehouses in one document."""

    INBOUND = "inbound"
    ISSUE = "issue"
    TRANSFER = "transfer"
    ROTATION = "rotation"
    WRITEOFF = "writeoff"
    STOCKTAKE = "stocktake"
    RETURN = "return"
    OPENING = "opening"

    @property
    def prefix(self) -> str:
        """Document number prefix: RK-2026-0001 (入库), CK (出库), DB (调拨)…"""
        return {"inbound": "RK", "issue": "CK", "transfer": "DB", "rotation": "LH",
                "writeoff": "BS", "stocktake": "PD", "return": "TK", "opening": "QC"}[self.value]


register_labels({
    WarehouseType.COUNTY: "县级库", WarehouseType.TOWNSHIP: "乡镇库",
    WarehouseType.VILLAGE: "村(社区)储备点", WarehouseType.AGREEMENT: "协议储备",
    WarehouseType.ENTERPRISE: "企业代储",
    WarehouseStatus.ACTIVE: "在用", WarehouseStatus.CLOSED: "停用",
    BatchStatus.IN_STOCK: "在库", BatchStatus.FROZEN: "冻结",
    BatchStatus.PENDING_WRITEOFF: "待报损",
    DocType.INBOUND: "入库", DocType.ISSUE: "出库发放", DocType.TRANSFER: "调拨",
    DocType.ROTATION: "轮换", DocType.WRITEOFF: "报损报废", DocType.STOCKTAKE: "盘点调整",
    DocType.RETURN: "退库", DocType.OPENING: "期初建账",
})

# GB/T 38565-2020 (F1): the three top classes only; the lower levels are licensed text, so the
# office types or imports them into the editable tree.
TOP_CATEGORIES = (("1", "基本生活保障物资"), ("2", "应急装备及配套物资"),
                  ("3", "工程材料与机械加工设备"))
FUNDING_SOURCES = ("中央", "省级", "市级", "县级", "乡镇", "捐赠", "其他")
STORAGE_METHODS = ("常温", "阴凉干燥", "冷藏", "防潮防鼠", "露天")


class Warehouse(RecordMixin, Base):
    """仓库/储备点."""

    __tablename__ = "warehouse"
    __label__ = "仓库"

    name: Mapped[str] = mapped_column(String(100))
    type: Mapped[str] = mapped_column(String(20))  # WarehouseType value
    region_id: Mapped[int] = mapped_column(ForeignKey("region.id", ondelete="RESTRICT"),
                                           index=True)
    address: Mapped[str | None] = mapped_column(String(200), nullable=True)
    area_m2: Mapped[float | None] = mapped_column(Float, nullable=True)
    keeper: Mapped[str | None] = mapped_column(String(50), nullable=True)  # 保管员
    keeper2: Mapped[str | None] = mapped_column(String(50), nullable=True)  # 备岗保管员
    phone: Mapped[str | None] = mapped_column(String(40), nullable=True)
    status: Mapped[str] = mapped_column(String(12), default=WarehouseStatus.ACTIVE.value)
    build_date: Mapped[date | None] = mapped_column(Date, nullable=True)
    search_key: Mapped[str] = mapped_column(Text, default="")
    # Columns of an imported sheet that map to no field (data/extra.py).
    extra: Mapped[str | None] = mapped_column(Text, nullable=True)

    region: Mapped[Region] = relationship()


class SupplyCategory(RecordMixin, Base):
    """物资分类: GB/T 38565 code (1 + 2 + 2 + 2 digits) or a local code, as an editable tree."""

    __tablename__ = "supply_category"
    __label__ = "物资分类"

    code: Mapped[str] = mapped_column(String(16), index=True)
    name: Mapped[str] = mapped_column(String(100))
    level: Mapped[int] = mapped_column(Integer)
    parent_code: Mapped[str | None] = mapped_column(String(16), nullable=True)


class SupplyItem(RecordMixin, Base):
    """物资品目: what a batch is a batch of. Natural key 名称 + 规格型号."""

    __tablename__ = "supply_item"
    __label__ = "物资品目"

    local_code: Mapped[str | None] = mapped_column(String(32), nullable=True)
    category_code: Mapped[str | None] = mapped_column(String(16), nullable=True, index=True)
    name: Mapped[str] = mapped_column(String(100))
    spec: Mapped[str] = mapped_column(String(100), default="")
    unit: Mapped[str | None] = mapped_column(String(16), nullable=True)
    storage_method: Mapped[str | None] = mapped_column(String(50), nullable=True)
    shelf_life_months: Mapped[int | None] = mapped_column(Integer, nullable=True)
    rotation_lead_days: Mapped[int | None] = mapped_column(Integer, nullable=True)
    # 保质期过半轮换: rotate when half the shelf life has passed, not only N days before expiry
    # (S2). Default off: the 90-day band stays the rule unless an item asks for more.
    rotate_at_half_life: Mapped[bool] = mapped_column(Boolean, default=False)
    is_consumable: Mapped[bool] = mapped_column(Boolean, default=False)
    frequently_used: Mapped[bool] = mapped_column(Boolean, default=False)  # 常用(及用及补)
    search_key: Mapped[str] = mapped_column(Text, default="")
    # Columns of an imported sheet that map to no field (data/extra.py).
    extra: Mapped[str | None] = mapped_column(Text, nullable=True)

    __table_args__ = (Index("ix_supply_item_name_spec", "name", "spec", "is_deleted"),)


class StockBatch(RecordMixin, Base):
    """库存批次: one lot of one item in one warehouse (F5: 品名、规格、产地、编号、数量…)."""

    __tablename__ = "stock_batch"
    __label__ = "库存批次"

    item_id: Mapped[int] = mapped_column(ForeignKey("supply_item.id", ondelete="RESTRICT"))
    warehouse_id: Mapped[int] = mapped_column(ForeignKey("warehouse.id", ondelete="RESTRICT"))
    batch_no: Mapped[str] = mapped_column(String(50), default="")
    qty: Mapped[float] = mapped_column(Float, default=0.0)  # cache of the document lines
    production_date: Mapped[date | None] = mapped_column(Date, nullable=True)
    production_date_month: Mapped[bool] = month_flag()
    expiry_date: Mapped[date | None] = mapped_column(Date, nullable=True, index=True)
    expiry_date_month: Mapped[bool] = month_flag()  # 有效期至 2024.07: good all July
    inbound_date: Mapped[date | None] = mapped_column(Date, nullable=True)
    source: Mapped[str | None] = mapped_column(String(20), nullable=True)  # 采购/调入/捐赠/协议
    funding: Mapped[str | None] = mapped_column(String(20), nullable=True)  # 资金来源
    unit_price: Mapped[float | None] = mapped_column(Float, nullable=True)
    origin: Mapped[str | None] = mapped_column(String(100), nullable=True)  # 产地
    bin: Mapped[str | None] = mapped_column(String(50), nullable=True)  # 货位
    status: Mapped[str] = mapped_column(String(20), default=BatchStatus.IN_STOCK.value)
    # Columns of an imported sheet that map to no field (民族, 住址 …): {header: value} JSON.
    extra: Mapped[str | None] = mapped_column(Text, nullable=True)
    search_key: Mapped[str] = mapped_column(Text, default="")

    item: Mapped[SupplyItem] = relationship()
    warehouse: Mapped[Warehouse] = relationship()

    @property
    def name(self) -> str:
        """For the audit log and the recycle bin: item and batch number."""
        item = self.item.name if self.item is not None else ""
        return f"{item} {self.batch_no}".strip()

    __table_args__ = (
        # The natural key of a stock row (docs/design.md §2): 仓库 + 物资 + 批号, among live
        # batches.
        server_where(Index("uq_stock_batch_live", "warehouse_id", "item_id", "batch_no",
                           unique=True, sqlite_where=text("is_deleted = 0")),
                     "NOT is_deleted"),
        Index("ix_stock_batch_item", "item_id", "is_deleted"),
        # A warehouse's live batches and their oldest 入库日期 (rule S5, per warehouse):
        # without it each warehouse walked every batch of the county.
        Index("ix_stock_batch_warehouse", "warehouse_id", "is_deleted", "inbound_date"),
    )


class Stocktake(RecordMixin, Base):
    """盘点: book vs counted quantities of a warehouse on a day; differences need a reason."""

    __tablename__ = "stocktake"
    __label__ = "盘点"

    warehouse_id: Mapped[int] = mapped_column(ForeignKey("warehouse.id", ondelete="RESTRICT"),
                                              index=True)
    take_date: Mapped[date] = mapped_column(Date)
    counter: Mapped[str | None] = mapped_column(String(50), nullable=True)  # 盘点人
    supervisor: Mapped[str | None] = mapped_column(String(50), nullable=True)  # 监盘人
    booked: Mapped[bool] = mapped_column(Boolean, default=False)

    warehouse: Mapped[Warehouse] = relationship()

    @property
    def name(self) -> str:
        return f"{self.warehouse.name if self.warehouse else ''} {self.take_date}"


class StocktakeLine(RecordMixin, Base):
    __tablename__ = "stocktake_line"
    __label__ = "盘点明细"

    stocktake_id: Mapped[int] = mapped_column(ForeignKey("stocktake.id", ondelete="CASCADE"),
                                              index=True)
    batch_id: Mapped[int] = mapped_column(ForeignKey("stock_batch.id", ondelete="RESTRICT"))
    book_qty: Mapped[float] = mapped_column(Float)
    actual_qty: Mapped[float] = mapped_column(Float)
    reason: Mapped[str | None] = mapped_column(String(200), nullable=True)


class StockDoc(RecordMixin, Base):
    """出入库单 (numbered, e.g. RK-2026-0001): the only way a balance changes."""

    __tablename__ = "stock_doc"
    __label__ = "出入库单"

    doc_no: Mapped[str] = mapped_column(String(20), unique=True)
    doc_type: Mapped[str] = mapped_column(String(16), index=True)  # DocType value
    doc_date: Mapped[date] = mapped_column(Date, index=True)
    warehouse_id: Mapped[int] = mapped_column(ForeignKey("warehouse.id", ondelete="RESTRICT"),
                                              index=True)
    # 调拨: the receiving warehouse; both sides are lines of this one document.
    peer_warehouse_id: Mapped[int | None] = mapped_column(
        ForeignKey("warehouse.id", ondelete="RESTRICT"), nullable=True)
    peer_org: Mapped[str | None] = mapped_column(String(100), nullable=True)  # 调入/调出单位
    purpose: Mapped[str | None] = mapped_column(String(100), nullable=True)  # 抢险/救助/演练…
    event_ref: Mapped[str | None] = mapped_column(String(100), nullable=True)
    handler: Mapped[str | None] = mapped_column(String(50), nullable=True)  # 经办人
    approver: Mapped[str | None] = mapped_column(String(50), nullable=True)  # 审批人
    receiver: Mapped[str | None] = mapped_column(String(50), nullable=True)  # 接收人
    stocktake_id: Mapped[int | None] = mapped_column(
        ForeignKey("stocktake.id", ondelete="RESTRICT"), nullable=True)

    warehouse: Mapped[Warehouse] = relationship(foreign_keys=[warehouse_id])

    @property
    def name(self) -> str:
        return self.doc_no


class StockDocLine(RecordMixin, Base):
    """One batch's movement in a document: `direction` +1 in, -1 out; `qty` > 0."""

    __tablename__ = "stock_doc_line"
    __label__ = "出入库明细"

    doc_id: Mapped[int] = mapped_column(ForeignKey("stock_doc.id", ondelete="CASCADE"),
                                        index=True)
    batch_id: Mapped[int] = mapped_column(ForeignKey("stock_batch.id", ondelete="RESTRICT"))
    item_id: Mapped[int] = mapped_column(ForeignKey("supply_item.id", ondelete="RESTRICT"))
    warehouse_id: Mapped[int] = mapped_column(ForeignKey("warehouse.id", ondelete="RESTRICT"))
    direction: Mapped[int] = mapped_column(Integer)
    qty: Mapped[float] = mapped_column(Float)
    unit_price: Mapped[float | None] = mapped_column(Float, nullable=True)

    doc: Mapped[StockDoc] = relationship()
    batch: Mapped[StockBatch] = relationship()

    # direction and qty in the batch index: S6 sums every batch's lines from the index alone,
    # without reading each line (35 → 24 ms at 50,000 batches, issue 20).
    __table_args__ = (Index("ix_stock_doc_line_batch", "batch_id", "is_deleted", "direction",
                            "qty"),
                      Index("ix_stock_doc_line_card", "warehouse_id", "item_id"))


class StockQuota(RecordMixin, Base):
    """储备定额 per warehouse and item (B4); optional per-capita basis from region population."""

    __tablename__ = "stock_quota"
    __label__ = "储备定额"

    warehouse_id: Mapped[int] = mapped_column(ForeignKey("warehouse.id", ondelete="RESTRICT"),
                                              index=True)
    item_id: Mapped[int] = mapped_column(ForeignKey("supply_item.id", ondelete="RESTRICT"))
    min_qty: Mapped[float] = mapped_column(Float)
    target_qty: Mapped[float | None] = mapped_column(Float, nullable=True)
    basis: Mapped[str | None] = mapped_column(String(100), nullable=True)  # 依据
    per_capita_ratio: Mapped[float | None] = mapped_column(Float, nullable=True)
    # Part of the quota is met by an agreement reserve (S8 wants a live agreement then).
    relies_on_agreement: Mapped[bool] = mapped_column(Boolean, default=False)

    __table_args__ = (Index("ix_stock_quota_key", "warehouse_id", "item_id", "is_deleted"),)


class AgreementReserve(RecordMixin, Base):
    """协议储备 (B3, B13): a supplier holds goods for us under a contract."""

    __tablename__ = "agreement_reserve"
    __label__ = "协议储备"

    supplier: Mapped[str] = mapped_column(String(100))
    contract_no: Mapped[str | None] = mapped_column(String(50), nullable=True)
    region_id: Mapped[int | None] = mapped_column(
        ForeignKey("region.id", ondelete="RESTRICT"), nullable=True)
    start_date: Mapped[date | None] = mapped_column(Date, nullable=True)
    end_date: Mapped[date | None] = mapped_column(Date, nullable=True)
    contact: Mapped[str | None] = mapped_column(String(50), nullable=True)
    phone: Mapped[str | None] = mapped_column(String(40), nullable=True)
    response_hours: Mapped[float | None] = mapped_column(Float, nullable=True)

    @property
    def name(self) -> str:
        return self.supplier


class AgreementLine(RecordMixin, Base):
    __tablename__ = "agreement_line"
    __label__ = "协议储备物资"

    agreement_id: Mapped[int] = mapped_column(
        ForeignKey("agreement_reserve.id", ondelete="CASCADE"), index=True)
    item_id: Mapped[int] = mapped_column(ForeignKey("supply_item.id", ondelete="RESTRICT"))
    agreed_qty: Mapped[float] = mapped_column(Float)


track_month_precision(StockBatch, "production_date", "expiry_date")
