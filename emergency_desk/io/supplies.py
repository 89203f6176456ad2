"""Excel registers of 应急物资 (docs/design.md §3): `warehouses`, `items` and `stock` (opening
balances).

Warehouse and item rows go through the same session-level service functions as the window;
stock rows, which come by the ten thousand, are checked by the same rules against dicts loaded
once and written in bulk (io/stock_import.py). Upserts follow the natural keys of
docs/design.md §2: warehouses by name within region, items by 名称 + 规格型号, stock by
仓库 + 物资名称 + 规格型号 + 批号. A stock row sets the batch's balance through a 期初建账
document, so balances still come only from documents (one 期初建账 per warehouse of the
file); importing the same file again changes nothing.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from functools import partial
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from emergency_desk.data.dates import with_precision
from emergency_desk.data.db import Database
from emergency_desk.data.extra import parse_extra
from emergency_desk.data.models import Region
from emergency_desk.data.names import name_key
from emergency_desk.data.supplies import (
    StockBatch,
    SupplyItem,
    Warehouse,
    WarehouseType,
)
from emergency_desk.errors import ValidationFailed
from emergency_desk.i18n import t
from emergency_desk.io import dates as dt
from emergency_desk.io import normalize as nz
from emergency_desk.io.row_upsert import live_count
from emergency_desk.io.spec import (
    BAD,
    Column,
    ExtraCells,
    ImportCounts,
    Record,
    RegisterSpec,
    each_record,
    kept_extra,
)
from emergency_desk.io.stock_import import StockImport
from emergency_desk.io.stock_items import non_negative_quantity
from emergency_desk.services.regions.regions import lookup_in
from emergency_desk.services.supplies.supplies import (
    CATEGORY_RE,
    ItemInput,
    WarehouseInput,
    category_problem,
    find_item_in,
    find_warehouse_in,
    item_input,
    save_item_in,
    save_warehouse_in,
    warehouse_input,
)

_TYPE_SYNONYMS = {"县级储备库": "县级库", "县级": "县级库", "县库": "县级库",
                  "乡镇储备库": "乡镇库", "乡镇储备点": "乡镇库", "乡镇级": "乡镇库",
                  "村储备点": "村(社区)储备点", "社区储备点": "村(社区)储备点",
                  "村级": "村(社区)储备点", "协议": "协议储备", "代储": "企业代储"}
parse_type = nz.enumeration({wt.zh: wt for wt in WarehouseType}, _TYPE_SYNONYMS)
Progress = Callable[[int, int], None] | None


def category_code(value: Any) -> str | None:
    """分类编码 (GB/T 38565): 1, 3, 5 or 7 digits; Excel may hand it over as a number."""
    if nz.is_blank(value):
        return None
    if isinstance(value, float) and math.isfinite(value) and value.is_integer():
        value = int(value)
    s = nz.half_width(str(value)).strip().replace(" ", "")
    if not CATEGORY_RE.match(s):
        raise nz.CellError(category_problem(s[:30]))
    return s


def _fail(spec: RegisterSpec, rec: Record, counts: ImportCounts, exc: ValidationFailed) -> None:
    for label, reason in exc.problems.items():
        counts.errors.append(spec.error(rec, label, reason))


def _pick(vals: dict[str, Any], key: str, current: Any) -> Any:
    """A sheet value, or the stored one when the column is absent or its cell was bad."""
    v = vals.get(key, current)
    return current if v is BAD else v


def _save(spec: RegisterSpec, rec: Record, counts: ImportCounts, data: Any, stored: Any,
          save: Callable[[Any], Any], obj: Any) -> None:
    """Upsert one row through the service's save (the window's rules) and count what changed;
    `stored` is the record as the form would show it and `obj` the record itself, both None
    for a new one. The row's unmapped columns go with the record (io/spec.py kept_extra)."""
    change = "unchanged"
    if stored is None or data != stored:
        try:
            obj = save(data)
        except ValidationFailed as exc:
            _fail(spec, rec, counts, exc)
            return
        change = "inserted" if stored is None else "updated"
    change = kept_extra(obj, change, rec)
    setattr(counts, change, getattr(counts, change) + 1)


def _duplicate(spec: RegisterSpec, rec: Record, seen: dict[Any, int], key: Any, column: str,
               counts: ImportCounts) -> bool:
    if key in seen:
        counts.errors.append(spec.error(rec, column, t("与第 {row} 行重复", row=seen[key])))
        return True
    seen[key] = rec.row
    return False


# -- warehouses ---------------------------------------------------------------------------
WAREHOUSE_COLUMNS = [
    Column("仓库名称", "name", nz.name_text, required=True, width=22,
           synonyms=("仓库", "储备库名称", "储备点名称", "名称"),
           comment="如 碧阳镇应急物资储备点"),
    Column("类型", "type", parse_type, required=True, width=14,
           synonyms=("仓库类型", "储备类型", "类别"),
           choices=tuple(wt.zh for wt in WarehouseType),
           comment="县级库 / 乡镇库 / 村(社区)储备点 / 协议储备 / 企业代储"),
    Column("所属区划", "region", nz.name_text, required=True, width=14,
           synonyms=("区划", "所在乡镇", "乡镇", "所属乡镇"),
           comment="区划名称或 12 位区划代码"),
    Column("地址", "address", nz.text_max(200), width=24, synonyms=("存放地点", "详细地址")),
    Column("保管员", "keeper", nz.text_max(50), width=10, synonyms=("保管人", "负责人")),
    Column("联系电话", "phone", nz.phone, width=16, as_text=True,
           synonyms=("电话", "保管员电话")),
    Column("面积(平方米)", "area_m2", nz.non_negative(nz.number), width=12,
           synonyms=("面积", "仓库面积", "面积(㎡)", "面积(m2)")),
    Column("备注", "remark", nz.multiline_text, width=20),
]


class WarehousesSpec(RegisterSpec):
    name = "warehouses"
    title_zh = "仓库"
    natural_key = "所属区划 + 仓库名称"
    table = "warehouse"
    keeps_extra = True
    extra_models = (Warehouse,)
    columns = WAREHOUSE_COLUMNS

    def import_records(self, session: Session, records: list[Record],
                       progress: Progress = None) -> ImportCounts:
        counts = ImportCounts()
        seen: dict[Any, int] = {}
        for rec in each_record(records, progress):
            vals = rec.values
            if any(vals.get(k) is BAD for k in ("name", "region", "type")):
                continue
            found = lookup_in(session, vals["region"])
            if found.region_id is None:
                counts.errors.append(self.error(rec, "region", found.problem or ""))
                continue
            if _duplicate(self, rec, seen, (found.region_id, name_key(vals["name"])), "name",
                          counts):
                continue
            w = find_warehouse_in(session, vals["name"], found.region_id)
            cur = warehouse_input(w) if w is not None else WarehouseInput(
                vals["name"], vals["type"], found.region_id)
            data = WarehouseInput(  # a match keeps its name as typed: （） and () are one name
                name=cur.name if w is not None else vals["name"], type=vals["type"],
                region_id=found.region_id,
                address=_pick(vals, "address", cur.address),
                area_m2=_pick(vals, "area_m2", cur.area_m2),
                keeper=_pick(vals, "keeper", cur.keeper), keeper2=cur.keeper2,
                phone=_pick(vals, "phone", cur.phone), status=cur.status,
                build_date=cur.build_date, remark=_pick(vals, "remark", cur.remark))
            _save(self, rec, counts, data, cur if w is not None else None,
                  partial(save_warehouse_in, session,
                          warehouse_id=w.id if w is not None else None), w)
        return counts

    def count(self, db: Database) -> int:
        return live_count(db, Warehouse)

    def export_rows(self, db: Database) -> Iterator[list[Any]]:
        with db.read() as s:
            names = Counter(s.scalars(select(Region.name).where(Region.is_deleted.is_(False))))
            rows = s.execute(select(Warehouse, Region.name, Region.code)
                             .join(Region, Region.id == Warehouse.region_id)
                             .where(Warehouse.is_deleted.is_(False))
                             .order_by(Region.path, Warehouse.name)
                             .execution_options(yield_per=1000))
            for w, rname, rcode in rows:
                region = rname if names[rname] == 1 or not rcode else rcode
                yield [w.name, WarehouseType(w.type).zh, region, w.address, w.keeper, w.phone,
                       w.area_m2, w.remark, ExtraCells(parse_extra(w.extra))]


# -- items --------------------------------------------------------------------------------
ITEM_COLUMNS = [
    Column("物资名称", "name", nz.name_text, required=True, width=18,
           synonyms=("名称", "品名", "物资品名")),
    Column("分类编码", "category_code", category_code, width=12, as_text=True,
           synonyms=("分类代码", "物资分类编码", "编码"),
           comment="GB/T 38565：1 位大类 + 2 位中类 + 2 位小类 + 2 位细类，如 1010101"),
    Column("规格型号", "spec", nz.text_max(100), width=16, synonyms=("规格", "型号")),
    Column("计量单位", "unit", nz.text_max(16), width=8, synonyms=("单位",)),
    Column("保质期(月)", "shelf_life_months", nz.non_negative(nz.months), width=10,
           synonyms=("保质期", "存储周期(月)", "存储周期", "保质期（月）"),
           comment="整数（月）；没有保质期的物资不填"),
    Column("常用物资", "frequently_used", nz.yes_no, width=10, choices=("是", "否"),
           synonyms=("常用物资(是/否)", "是否常用", "常用"),
           comment="是：发放后须及时补充（及用及补）"),
    Column("备注", "remark", nz.multiline_text, width=20),
    Column("保质期过半轮换", "rotate_at_half_life", nz.yes_no, width=14, choices=("是", "否"),
           synonyms=("过半轮换", "保质期过半轮换(是/否)"),
           comment="是：批次保质期过半即提醒轮换（须填写保质期）；否或空白：按临期天数提醒"),
]


class ItemsSpec(RegisterSpec):
    name = "items"
    title_zh = "物资品目"
    natural_key = "物资名称 + 规格型号"
    table = "supply_item"
    keeps_extra = True
    extra_models = (SupplyItem,)
    columns = ITEM_COLUMNS

    def import_records(self, session: Session, records: list[Record],
                       progress: Progress = None) -> ImportCounts:
        counts = ImportCounts()
        seen: dict[Any, int] = {}
        for rec in each_record(records, progress):
            vals = rec.values
            if vals.get("name") is BAD or vals.get("spec") is BAD:
                continue
            spec = vals.get("spec") or ""
            if _duplicate(self, rec, seen, (vals["name"], spec), "name", counts):
                continue
            item = find_item_in(session, vals["name"], spec)
            cur = item_input(item) if item is not None else ItemInput(vals["name"], spec)
            data = ItemInput(
                name=vals["name"], spec=spec, unit=_pick(vals, "unit", cur.unit),
                category_code=_pick(vals, "category_code", cur.category_code),
                local_code=cur.local_code, storage_method=cur.storage_method,
                shelf_life_months=_pick(vals, "shelf_life_months", cur.shelf_life_months),
                rotation_lead_days=cur.rotation_lead_days, is_consumable=cur.is_consumable,
                frequently_used=bool(_pick(vals, "frequently_used", cur.frequently_used)),
                remark=_pick(vals, "remark", cur.remark),
                rotate_at_half_life=bool(_pick(vals, "rotate_at_half_life",
                                               cur.rotate_at_half_life)))
            if data.shelf_life_months == 0:
                counts.errors.append(self.error(rec, "shelf_life_months",
                                                t("保质期应为正整数（月），没有保质期请留空")))
                continue
            _save(self, rec, counts, data, cur if item is not None else None,
                  partial(save_item_in, session, item_id=item.id if item is not None else None),
                  item)
        return counts

    def count(self, db: Database) -> int:
        return live_count(db, SupplyItem)

    def export_rows(self, db: Database) -> Iterator[list[Any]]:
        with db.read() as s:
            items = s.scalars(select(SupplyItem).where(SupplyItem.is_deleted.is_(False))
                              .order_by(SupplyItem.category_code, SupplyItem.name)
                              .execution_options(yield_per=1000))
            for i in items:
                yield [i.name, i.category_code, i.spec or None, i.unit, i.shelf_life_months,
                       "是" if i.frequently_used else "否", i.remark,
                       "是" if i.rotate_at_half_life else "否",
                       ExtraCells(parse_extra(i.extra))]


# -- stock (opening balances): rows are written in bulk by io/stock_import.py -------------
STOCK_COLUMNS = [
    Column("仓库", "warehouse", nz.name_text, required=True, width=20,
           synonyms=("仓库名称", "存放地点", "储备库", "储备点"),
           comment="仓库名称；重名时写“区划/仓库名称”"),
    Column("物资名称", "item", nz.name_text, required=True, width=16,
           synonyms=("名称", "品名")),
    Column("分类编码", "category_code", category_code, width=10, as_text=True),
    Column("规格型号", "spec", nz.text_max(100), width=14, synonyms=("规格", "型号")),
    Column("计量单位", "unit", nz.text_max(16), width=8, synonyms=("单位",)),
    Column("数量", "qty", non_negative_quantity, required=True, width=8,
           synonyms=("库存数量", "结存数量", "现有数量", "结存")),
    Column("批号", "batch_no", nz.text_max(50), width=12, as_text=True,
           synonyms=("批次", "批次号", "编号")),
    Column("生产日期", "production_date", dt.month_date, width=12),
    Column("有效期至", "expiry_date", dt.expiry_date, width=12,
           synonyms=("有效期", "失效日期", "到期日期", "保质期至"),
           comment="如 2027-06-30；只写年月（2027.06）按该月最后一天"),
    Column("入库日期", "inbound_date", dt.date_value, width=12, synonyms=("入库时间",)),
    Column("资金来源", "funding", nz.text_max(20), width=10, synonyms=("来源",)),
    Column("存储方式", "storage_method", nz.text_max(50), width=10),
    Column("单价", "unit_price", nz.non_negative(nz.measured("元")), width=8,
           synonyms=("单价(元)", "价格")),
    Column("备注", "remark", nz.multiline_text, width=18),
]


class StockSpec(RegisterSpec):
    name = "stock"
    title_zh = "物资台账"
    natural_key = "仓库 + 物资名称 + 规格型号 + 批号"
    table = "stock_batch"
    columns = STOCK_COLUMNS
    keeps_extra = True  # 保管人, 存放位置 … of the office's ledger stay with the batch
    extra_models = (StockBatch,)
    streams = True  # StockImport reads its records once, in order

    def import_records(self, session: Session, records: Iterable[Record],
                       progress: Progress = None) -> ImportCounts:
        counts = ImportCounts()
        StockImport(self, session, counts).run(records, progress)
        return counts

    def count(self, db: Database) -> int:
        with db.read() as s:
            return int(s.scalar(select(func.count()).select_from(StockBatch).where(
                StockBatch.is_deleted.is_(False), StockBatch.qty > 0)) or 0)

    def export_rows(self, db: Database) -> Iterator[list[Any]]:
        with db.read() as s:
            dup = Counter(s.scalars(select(Warehouse.name).where(
                Warehouse.is_deleted.is_(False))))
            # Plain columns from one cursor (no ORM objects): flat memory at any size.
            b, i = StockBatch, SupplyItem
            rows = s.execute(
                select(Warehouse.name, Region.name, i.name, i.category_code, i.spec, i.unit,
                       b.qty, b.batch_no, b.production_date, b.production_date_month,
                       b.expiry_date, b.expiry_date_month, b.inbound_date,
                       b.funding, i.storage_method, b.unit_price, b.remark, b.extra)
                .join(Warehouse, Warehouse.id == b.warehouse_id)
                .join(Region, Region.id == Warehouse.region_id)
                .join(i, i.id == b.item_id)
                .where(b.is_deleted.is_(False), b.qty > 0)
                .order_by(Region.path, Warehouse.name, i.name, b.expiry_date, b.id)
                .execution_options(yield_per=1000))
            for (wname, rname, item, code, spec, unit, qty, batch_no, made, made_month,
                 expiry, expiry_month, inbound, funding, storage, price, remark, extra) in rows:
                wh = wname if dup[wname] == 1 else f"{rname}/{wname}"
                # Bare columns skip the ORM's load hook: a month (2023.07) is put back here.
                yield [wh, item, code, spec or None, unit, qty, batch_no or None,
                       with_precision(made, made_month), with_precision(expiry, expiry_month),
                       inbound, funding, storage, price, remark, ExtraCells(parse_extra(extra))]


WAREHOUSES = WarehousesSpec()
ITEMS = ItemsSpec()
STOCK = StockSpec()
