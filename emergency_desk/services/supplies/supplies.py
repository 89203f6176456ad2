"""应急物资 register, part 1: warehouses (仓库/储备点) and the catalogue (分类 + 物资品目).

Session-level functions (`save_warehouse_in`, `save_item_in`…) let the Excel import write a
whole sheet in one transaction; `SuppliesService` wraps them in short transactions for the
window. Movements live in stock.py, lists for the page in views.py.
"""

from __future__ import annotations

import builtins
import difflib
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from emergency_desk.data.base import now
from emergency_desk.data.db import Database
from emergency_desk.data.models import Region
from emergency_desk.data.names import name_key, same_name
from emergency_desk.data.supplies import (
    TOP_CATEGORIES,
    AgreementLine,
    StockBatch,
    StockDoc,
    StockDocLine,
    StockQuota,
    Stocktake,
    SupplyCategory,
    SupplyItem,
    Warehouse,
    WarehouseStatus,
    WarehouseType,
)
from emergency_desk.errors import InputRejected, ValidationFailed
from emergency_desk.i18n import t
from emergency_desk.services.regions.references import (
    Reference,
    find_references,
    register_reference,
)
from emergency_desk.services.search import search_key

# GB/T 38565-2020 (F1): 1 digit, then 2 + 2 + 2; local codes may be shorter prefixes of that.
CATEGORY_RE = re.compile(r"^[1-3](\d{2}){0,3}$")

for _ref in (Reference("region", Warehouse, "region_id", "仓库", "个"),
             Reference("warehouse", StockBatch, "warehouse_id", "库存批次", "个"),
             Reference("warehouse", StockQuota, "warehouse_id", "储备定额", "条"),
             Reference("warehouse", Stocktake, "warehouse_id", "盘点记录", "次"),
             Reference("warehouse", StockDoc, "warehouse_id", "出入库单", "张"),
             Reference("supply_item", StockBatch, "item_id", "库存批次", "个"),
             Reference("supply_item", StockQuota, "item_id", "储备定额", "条"),
             Reference("supply_item", AgreementLine, "item_id", "协议储备物资", "条"),
             Reference("stock_batch", StockDocLine, "batch_id", "出入库明细", "条")):
    register_reference(_ref)


def category_problem(code: str) -> str:
    return t("分类编码应为 GB/T 38565 的 1、3、5 或 7 位数字，首位为 1、2 或 3，现为“{v}”",
             v=code)


def clean(text: Any) -> str | None:
    s = str(text).strip() if text is not None else ""
    return s or None


# -- warehouses ---------------------------------------------------------------------------
@dataclass
class WarehouseInput:
    name: str
    type: WarehouseType
    region_id: int
    address: str | None = None
    area_m2: float | None = None
    keeper: str | None = None
    keeper2: str | None = None
    phone: str | None = None
    status: WarehouseStatus = WarehouseStatus.ACTIVE
    build_date: date | None = None
    remark: str | None = None


def find_warehouse_in(session: Session, name: str, region_id: int | None = None,
                      exclude_id: int | None = None) -> Warehouse | None:
    """A live warehouse by name (within a region when given: the natural key, docs/design.md
    §2), up to brackets' width and spaces (data/names.py)."""
    stmt = select(Warehouse).where(Warehouse.is_deleted.is_(False),
                                   same_name(Warehouse.name, name),
                                   Warehouse.id != (exclude_id or 0))
    if region_id is not None:
        stmt = stmt.where(Warehouse.region_id == region_id)
    return session.scalars(stmt.order_by(Warehouse.id)).first()


def check_warehouse(session: Session, data: WarehouseInput,
                    warehouse_id: int | None = None) -> dict[str, str]:
    problems: dict[str, str] = {}
    name = (data.name or "").strip()
    if not name:
        problems["仓库名称"] = t("仓库名称不能为空")
    elif len(name) > 100:
        problems["仓库名称"] = t("仓库名称不能超过 100 个字")
    region = session.get(Region, data.region_id) if data.region_id else None
    if region is None or region.is_deleted:
        problems["所属区划"] = t("所属区划不存在或已删除")
    elif name and find_warehouse_in(session, name, region.id, warehouse_id) is not None:
        problems["仓库名称"] = t("“{region}”下已有名为“{name}”的仓库", region=region.name,
                             name=name)
    if data.area_m2 is not None and data.area_m2 < 0:
        problems["面积(平方米)"] = t("面积不能为负数")
    return problems


def _apply_warehouse(w: Warehouse, data: WarehouseInput) -> None:
    w.name = data.name.strip()
    w.type = WarehouseType(data.type).value
    w.region_id = data.region_id
    w.address = clean(data.address)
    w.area_m2 = data.area_m2
    w.keeper = clean(data.keeper)
    w.keeper2 = clean(data.keeper2)
    w.phone = clean(data.phone)
    w.status = WarehouseStatus(data.status).value
    w.build_date = data.build_date
    w.remark = clean(data.remark)
    w.search_key = search_key(w.name, w.address, w.keeper)


def save_warehouse_in(session: Session, data: WarehouseInput,
                      warehouse_id: int | None = None) -> Warehouse:
    w: Warehouse | None = None
    if warehouse_id is not None:
        w = session.get(Warehouse, warehouse_id)
        if w is None or w.is_deleted:
            raise InputRejected(t("该仓库不存在或已删除"))
    problems = check_warehouse(session, data, warehouse_id)
    if problems:
        raise ValidationFailed(problems)
    if w is None:
        w = Warehouse()
        session.add(w)
    _apply_warehouse(w, data)
    session.flush()
    return w


def warehouse_input(w: Warehouse) -> WarehouseInput:
    return WarehouseInput(name=w.name, type=WarehouseType(w.type), region_id=w.region_id,
                          address=w.address, area_m2=w.area_m2, keeper=w.keeper,
                          keeper2=w.keeper2, phone=w.phone, status=WarehouseStatus(w.status),
                          build_date=w.build_date, remark=w.remark)


def lookup_warehouse_in(session: Session, text: str) -> tuple[int | None, str | None]:
    """A live warehouse by name (or "乡镇/名称"), or the problem naming the closest ones."""
    return match_warehouse(warehouse_names_in(session), text)


def warehouse_names_in(session: Session) -> builtins.list[tuple[int, str, str]]:
    """(id, name, region name) of every live warehouse: what `match_warehouse` looks in."""
    return [(i, n, r) for i, n, r in session.execute(
        select(Warehouse.id, Warehouse.name, Region.name)
        .join(Region, Region.id == Warehouse.region_id)
        .where(Warehouse.is_deleted.is_(False)))]


def match_warehouse(rows: Sequence[tuple[int, str, str]], text: str
                    ) -> tuple[int | None, str | None]:
    """The rule behind `lookup_warehouse_in`, on rows loaded once (a stock import asks it
    for every row of its file)."""
    text = (text or "").strip()
    key = name_key(text)
    hits = [r for r in rows if name_key(r[1]) == key or name_key(f"{r[2]}/{r[1]}") == key]
    if len(hits) == 1:
        return hits[0][0], None
    if len(hits) > 1:
        return None, t("有多个名为“{name}”的仓库（{where}），请写成“区划/仓库名称”",
                       name=text, where="、".join(f"{r[2]}/{r[1]}" for r in hits))
    return None, not_found(t("仓库"), text, [r[1] for r in rows])


def not_found(noun: str, text: str, known: builtins.list[str]) -> str:
    """'找不到仓库“…”，是否为：A、B' with the closest known names."""
    close = difflib.get_close_matches(text, sorted(set(known)), n=3, cutoff=0.3)
    problem = t("找不到{noun}“{name}”", noun=noun, name=text)
    if close:
        problem += t("，是否为：{s}", s="、".join(close))
    return problem


# -- catalogue ----------------------------------------------------------------------------
def category_level(code: str) -> int:
    """GB/T 38565: '1' → 1, '101' → 2, '10101' → 3, '1010101' → 4."""
    return 1 + (len(code) - 1) // 2


def ensure_top_categories_in(session: Session) -> None:
    """The standard's three top classes (F1); the lower levels are the office's to fill."""
    have = set(session.scalars(select(SupplyCategory.code).where(
        SupplyCategory.is_deleted.is_(False), SupplyCategory.level == 1)))
    for code, name in TOP_CATEGORIES:
        if code not in have:
            session.add(SupplyCategory(code=code, name=name, level=1, parent_code=None))
    session.flush()


def check_category(code: str, name: str, *, clash: Callable[[], str | None],
                   parent_known: Callable[[str], bool]) -> None:
    """A category's rules, for the form (`save_category_in`, asking the session) and the
    import (io/category_rows.py, asking dicts): ValidationFailed naming each problem. `code`
    and `name` stripped; `clash` names another live category with the code, if any;
    `parent_known` says whether a live category has the code given."""
    problems: dict[str, str] = {}
    if not CATEGORY_RE.match(code):
        problems["分类编码"] = category_problem(code)
    if not name:
        problems["名称"] = t("名称不能为空")
    if not problems:
        other = clash()
        if other is not None:
            problems["分类编码"] = t("分类编码 {code} 已用于“{name}”", code=code, name=other)
        parent = code[:-2] if len(code) > 1 else None
        if parent and not parent_known(parent):
            problems["分类编码"] = t("上级分类 {code} 不存在，请先建立上级分类", code=parent)
    if problems:
        raise ValidationFailed(problems)


def category_values(code: str, name: str) -> dict[str, Any]:
    """The stored columns of a checked category: its level and parent follow from the code."""
    return {"code": code, "name": name, "level": category_level(code),
            "parent_code": code[:-2] if len(code) > 1 else None}


def save_category_in(session: Session, code: str, name: str,
                     category_id: int | None = None,
                     more: dict[str, Any] | None = None) -> SupplyCategory:
    """`more`: other columns to set in the same write (the import's 备注)."""
    code, name = (code or "").strip(), (name or "").strip()
    live = select(SupplyCategory).where(SupplyCategory.is_deleted.is_(False))

    def clash() -> str | None:
        other = session.scalars(live.where(SupplyCategory.code == code,
                                           SupplyCategory.id != (category_id or 0))).first()
        return None if other is None else other.name

    check_category(code, name, clash=clash, parent_known=lambda parent: session.scalars(
        live.where(SupplyCategory.code == parent)).first() is not None)
    c = session.get(SupplyCategory, category_id) if category_id else SupplyCategory()
    if c is None:
        raise InputRejected(t("该分类不存在"))
    for key, value in {**category_values(code, name), **(more or {})}.items():
        setattr(c, key, value)
    session.add(c)
    session.flush()
    return c


@dataclass
class ItemInput:
    name: str
    spec: str = ""
    unit: str | None = None
    category_code: str | None = None
    local_code: str | None = None
    storage_method: str | None = None
    shelf_life_months: int | None = None
    rotation_lead_days: int | None = None
    is_consumable: bool = False
    frequently_used: bool = False
    remark: str | None = None
    rotate_at_half_life: bool = False  # 保质期过半轮换 (S2)


def find_item_in(session: Session, name: str, spec: str | None,
                 exclude_id: int | None = None) -> SupplyItem | None:
    return session.scalars(select(SupplyItem).where(
        SupplyItem.is_deleted.is_(False), same_name(SupplyItem.name, name),
        same_name(SupplyItem.spec, spec or ""), SupplyItem.id != (exclude_id or 0))).first()


def check_item(session: Session, data: ItemInput, item_id: int | None = None) -> dict[str, str]:
    problems: dict[str, str] = {}
    name = (data.name or "").strip()
    if not name:
        problems["物资名称"] = t("物资名称不能为空")
    elif find_item_in(session, name, data.spec, item_id) is not None:
        problems["物资名称"] = t("已有物资“{name} {spec}”", name=name, spec=data.spec or "")
    code = clean(data.category_code)
    if code is not None and not CATEGORY_RE.match(code):
        problems["分类编码"] = category_problem(code)
    if data.shelf_life_months is not None and data.shelf_life_months <= 0:
        problems["保质期(月)"] = t("保质期应为正整数（月），没有保质期请留空")
    if data.rotation_lead_days is not None and data.rotation_lead_days < 0:
        problems["轮换提前期(天)"] = t("轮换提前期不能为负数")
    if data.rotate_at_half_life and not data.shelf_life_months:
        problems["保质期过半轮换"] = t("保质期过半轮换需要先填写保质期(月)")
    return problems


def _apply_item(i: SupplyItem, data: ItemInput) -> None:
    i.name = data.name.strip()
    i.spec = (data.spec or "").strip()
    i.unit = clean(data.unit)
    i.category_code = clean(data.category_code)
    i.local_code = clean(data.local_code)
    i.storage_method = clean(data.storage_method)
    i.shelf_life_months = data.shelf_life_months
    i.rotation_lead_days = data.rotation_lead_days
    i.is_consumable = bool(data.is_consumable or data.shelf_life_months)
    i.frequently_used = bool(data.frequently_used)
    i.rotate_at_half_life = bool(data.rotate_at_half_life)
    i.remark = clean(data.remark)
    i.search_key = search_key(i.name, i.spec, i.category_code, i.local_code)


def save_item_in(session: Session, data: ItemInput, item_id: int | None = None) -> SupplyItem:
    item: SupplyItem | None = None
    if item_id is not None:
        item = session.get(SupplyItem, item_id)
        if item is None or item.is_deleted:
            raise InputRejected(t("该物资品目不存在或已删除"))
    problems = check_item(session, data, item_id)
    if problems:
        raise ValidationFailed(problems)
    if item is None:
        item = SupplyItem()
        session.add(item)
    _apply_item(item, data)
    session.flush()
    return item


def item_input(i: SupplyItem) -> ItemInput:
    return ItemInput(name=i.name, spec=i.spec, unit=i.unit, category_code=i.category_code,
                     local_code=i.local_code, storage_method=i.storage_method,
                     shelf_life_months=i.shelf_life_months,
                     rotation_lead_days=i.rotation_lead_days,
                     is_consumable=bool(i.is_consumable), frequently_used=bool(i.frequently_used),
                     remark=i.remark, rotate_at_half_life=bool(i.rotate_at_half_life))


def lookup_item_in(session: Session, name: str, spec: str | None
                   ) -> tuple[int | None, str | None]:
    """An item by 名称 + 规格型号; with no 规格 given, the only item of that name."""
    name = (name or "").strip()
    hit = find_item_in(session, name, spec)
    if hit is not None:
        return hit.id, None
    same = session.execute(select(SupplyItem.id, SupplyItem.spec).where(
        SupplyItem.is_deleted.is_(False), same_name(SupplyItem.name, name))).all()
    return pick_item(name, spec, [(i, s) for i, s in same], lambda: builtins.list(
        session.scalars(select(SupplyItem.name).where(SupplyItem.is_deleted.is_(False)))))


def pick_item(name: str, spec: str | None, same: Sequence[tuple[int, str | None]],
              known: Callable[[], builtins.list[str]]) -> tuple[int | None, str | None]:
    """The rule behind `lookup_item_in` once no item has both the name and the 规格:
    `same` the (id, 规格) of the live items of that name, `known` every live item's name
    (asked only for the message). services/supplies/item_index.py asks it on dicts."""
    if not (spec or "").strip() and len(same) == 1:
        return same[0][0], None
    if same:
        return None, t("物资“{name}”没有规格型号为“{spec}”的品目，已有：{specs}", name=name,
                       spec=spec or "", specs="、".join(s or t("（无规格）") for _i, s in same))
    return None, not_found(t("物资"), name, known())


def _soft_delete(session: Session, obj: Any, table: str, label: str) -> None:
    refs = find_references(session, table, obj.id)
    if refs:
        raise InputRejected(t("“{name}”仍被使用，不能删除：{refs}。请先删除或改动这些记录。",
                              name=label, refs="、".join(refs)))
    obj.is_deleted, obj.deleted_at = True, now()


def restore_warehouse(session: Session, obj: Any) -> None:
    if isinstance(obj, Warehouse):
        region = session.get(Region, obj.region_id)
        if region is None or region.is_deleted:
            raise InputRejected(t("请先恢复区划“{name}”", name=region.name if region else ""))
        if find_warehouse_in(session, obj.name, obj.region_id, obj.id) is not None:
            raise InputRejected(t("“{region}”下已有名为“{name}”的仓库，不能恢复",
                                  region=region.name, name=obj.name))


def restore_item(session: Session, obj: Any) -> None:
    if isinstance(obj, SupplyItem) and find_item_in(session, obj.name, obj.spec, obj.id):
        raise InputRejected(t("已有物资“{name} {spec}”，不能恢复", name=obj.name, spec=obj.spec))




class SuppliesService:
    """Warehouses and catalogue: short transactions for the window."""

    def __init__(self, db: Database) -> None:
        self.db = db

    def create_warehouse(self, data: WarehouseInput) -> int:
        with self.db.begin() as s:
            return save_warehouse_in(s, data).id

    def update_warehouse(self, warehouse_id: int, data: WarehouseInput) -> None:
        with self.db.begin() as s:
            save_warehouse_in(s, data, warehouse_id)

    def warehouse_input(self, warehouse_id: int) -> WarehouseInput:
        with self.db.read() as s:
            w = s.get(Warehouse, warehouse_id)
            if w is None:
                raise InputRejected(t("该仓库不存在"))
            return warehouse_input(w)

    def delete_warehouse(self, warehouse_id: int) -> None:
        with self.db.begin() as s:
            w = s.get(Warehouse, warehouse_id)
            if w is None or w.is_deleted:
                raise InputRejected(t("该仓库不存在或已删除"))
            _soft_delete(s, w, "warehouse", w.name)

    def create_item(self, data: ItemInput) -> int:
        with self.db.begin() as s:
            return save_item_in(s, data).id

    def update_item(self, item_id: int, data: ItemInput) -> None:
        with self.db.begin() as s:
            save_item_in(s, data, item_id)

    def item_input(self, item_id: int) -> ItemInput:
        with self.db.read() as s:
            i = s.get(SupplyItem, item_id)
            if i is None:
                raise InputRejected(t("该物资品目不存在"))
            return item_input(i)

    def delete_item(self, item_id: int) -> None:
        with self.db.begin() as s:
            i = s.get(SupplyItem, item_id)
            if i is None or i.is_deleted:
                raise InputRejected(t("该物资品目不存在或已删除"))
            _soft_delete(s, i, "supply_item", f"{i.name} {i.spec}".strip())

    def ensure_categories(self) -> None:
        with self.db.begin() as s:
            ensure_top_categories_in(s)

    def save_category(self, code: str, name: str, category_id: int | None = None) -> int:
        with self.db.begin() as s:
            return save_category_in(s, code, name, category_id).id

    def delete_category(self, category_id: int) -> None:
        with self.db.begin() as s:
            c = s.get(SupplyCategory, category_id)
            if c is None or c.is_deleted:
                raise InputRejected(t("该分类不存在或已删除"))
            kids = s.scalar(select(func.count()).select_from(SupplyCategory).where(
                SupplyCategory.is_deleted.is_(False), SupplyCategory.parent_code == c.code))
            used = s.scalar(select(func.count()).select_from(SupplyItem).where(
                SupplyItem.is_deleted.is_(False), SupplyItem.category_code.like(c.code + "%")))
            if kids or used:
                raise InputRejected(t("分类“{name}”下还有 {k} 个下级分类、{n} 个物资品目，不能删除",
                                      name=c.name, k=kids or 0, n=used or 0))
            c.is_deleted, c.deleted_at = True, now()

    def categories(self) -> builtins.list[tuple[int, str, str, int]]:
        """(id, code, name, level) of live categories, in code order (a tree by prefix)."""
        with self.db.read() as s:
            return [tuple(r) for r in s.execute(  # type: ignore[misc]
                select(SupplyCategory.id, SupplyCategory.code, SupplyCategory.name,
                       SupplyCategory.level).where(SupplyCategory.is_deleted.is_(False))
                .order_by(SupplyCategory.code))]
