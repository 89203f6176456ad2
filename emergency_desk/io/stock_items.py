"""The catalogue side of a stock ledger import: items the ledger names, made when new.

A township's first ledger lists 棉帐篷, 折叠床, 救生衣 long before anyone has typed a
catalogue, so refusing rows whose item is unknown refused the whole ledger. Here an item named
with 物资名称 + 规格型号 that the catalogue lacks is created from the row (计量单位, 分类编码,
存储方式) through the same service as the items form, and counted for the summary. Quantities
often carry their unit ("30把", "20 顶"): it must agree with the item's unit, or fills it.
"""

from __future__ import annotations

import re
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from emergency_desk.data.names import name_key
from emergency_desk.data.supplies import SupplyItem
from emergency_desk.errors import ValidationFailed
from emergency_desk.i18n import t
from emergency_desk.io import normalize as nz
from emergency_desk.io.spec import BAD
from emergency_desk.services.supplies.supplies import ItemInput, save_item_in


class Measured(float):
    """A quantity read with its unit ("30把" → 30.0, unit 把); a float everywhere else."""

    unit: str

    def __new__(cls, value: float, unit: str) -> Measured:
        obj = super().__new__(cls, value)
        obj.unit = unit
        return obj


_WITH_UNIT = re.compile(r"^\s*([+-]?[\d,，.]+)\s*([^\d\s.,，+-][^\d]{0,5})\s*$")


def quantity(value: Any) -> float | None:
    """数量: a number, or a number followed by its unit (30把, 20 顶, 1,200 件)."""
    if isinstance(value, str):
        m = _WITH_UNIT.match(nz.half_width(value))
        if m is not None:
            number = nz.number(m[1])
            if number is not None:
                return Measured(number, m[2].strip())
    return nz.number(value)


non_negative_quantity = nz.non_negative(quantity)


class StockItems:
    """Items for one import: found, or created once per 名称 + 规格型号.

    The live catalogue is loaded once into dicts (a county's is a few hundred items): the
    same answers as `find_item_in` and the same-name query, without a query per item."""

    def note(self) -> str:
        """For the summary (the dry run's too): how many items are new, and which."""
        names = list(self.created.values())
        shown = "、".join(names[:10]) + ("…" if len(names) > 10 else "")
        return t("新建物资品目 {n} 个：{names}。", n=len(names), names=shown)

    def __init__(self, session: Session) -> None:
        self.session = session
        self.created: dict[int, str] = {}  # id → name, for the summary
        self._cache: dict[tuple[str, str], SupplyItem | str] = {}
        self._by_key: dict[tuple[str, str], SupplyItem] = {}
        self._by_name: dict[str, list[SupplyItem]] = {}
        for item in session.scalars(select(SupplyItem).where(
                SupplyItem.is_deleted.is_(False)).order_by(SupplyItem.id)):
            self._known(item)

    def _known(self, item: SupplyItem) -> None:
        if item.spec is not None:  # SQL's NULL matches no spec, not even the empty one
            self._by_key.setdefault((name_key(item.name), name_key(item.spec)), item)
        self._by_name.setdefault(name_key(item.name), []).append(item)

    def resolve(self, vals: dict[str, Any]) -> tuple[SupplyItem | None, str, str]:
        """(item, '', '') or (None, field to blame, reason)."""
        name, spec = vals["item"], vals.get("spec") or ""
        key = (name, spec)
        if key not in self._cache:
            self._cache[key] = self._find_or_create(name, spec, vals)
        got = self._cache[key]
        if isinstance(got, str):
            return None, "item", got
        problem = self._agree(got, vals)
        if problem is not None:
            return None, problem[0], problem[1]
        return got, "", ""

    def _find_or_create(self, name: str, spec: str, vals: dict[str, Any]) -> SupplyItem | str:
        hit = self._by_key.get((name_key(name), name_key(spec)))
        if hit is not None:
            return hit
        same = self._by_name.get(name_key(name), [])
        if not spec and len(same) == 1:
            return same[0]
        if not spec and same:
            return t("物资“{name}”有多个规格（{specs}），请填写规格型号", name=name,
                     specs="、".join(i.spec or t("（无规格）") for i in same))
        qty = vals.get("qty")
        data = ItemInput(name=name, spec=spec,
                         unit=_value(vals, "unit") or getattr(qty, "unit", None),
                         category_code=_value(vals, "category_code"),
                         storage_method=_value(vals, "storage_method"))
        try:  # the service checks before it adds: a refused item leaves nothing behind
            item = save_item_in(self.session, data)
        except ValidationFailed as exc:
            return "；".join(exc.problems.values())
        self._known(item)
        self.created[item.id] = f"{name}（{spec}）" if spec else name
        return item

    def _agree(self, item: SupplyItem, vals: dict[str, Any]) -> tuple[str, str] | None:
        """The row's unit and 存储方式 against the item's: fill what the item lacks."""
        unit_col, qty = _value(vals, "unit"), vals.get("qty")
        unit_qty = getattr(qty, "unit", None)
        if unit_col and unit_qty and unit_col != unit_qty:
            return "qty", t("数量的单位“{a}”与计量单位“{b}”不一致", a=unit_qty, b=unit_col)
        unit = unit_col or unit_qty
        if unit and item.unit and unit != item.unit:
            blame = "unit" if unit_col else "qty"
            return blame, t("单位“{a}”与物资品目“{name}”的计量单位“{b}”不一致",
                            a=unit, name=item.name, b=item.unit)
        if unit and not item.unit:
            item.unit = unit
        storage = _value(vals, "storage_method")
        if storage and not item.storage_method:
            item.storage_method = storage
        return None


def _value(vals: dict[str, Any], field: str) -> Any:
    v = vals.get(field)
    return None if v is BAD else v
