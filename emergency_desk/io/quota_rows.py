"""The quotas import (`import quotas`, 储备定额) in bulk (issue 20).

What a row is matched against is loaded once: the live warehouses and their regions'
population, the catalogue (services/supplies/item_index.py) and the live quotas as plain
values. Each row is then checked in Python by the form's rules (`check_quota`,
`quota_values` in services/supplies/quota.py) and written with Core executemany a chunk at a
time (io/bulk.py), each insert and update with the audit row the form's ORM save gives it.
Before, each row went through `save_quota_in`: a select, a flush and the audit hook a row,
4.2 s for 1,000 rows (14.5× the floor).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from emergency_desk.data.models import Region
from emergency_desk.data.supplies import StockQuota, Warehouse
from emergency_desk.errors import ValidationFailed
from emergency_desk.i18n import t
from emergency_desk.io.bulk import Bulk
from emergency_desk.io.spec import ImportCounts, Record, RegisterSpec
from emergency_desk.services.supplies.item_index import ItemIndex
from emergency_desk.services.supplies.quota import QuotaInput, check_quota, quota_values
from emergency_desk.services.supplies.supplies import match_warehouse, warehouse_names_in

_FIELDS = ("warehouse_id", "item_id", "min_qty", "target_qty", "basis", "per_capita_ratio",
           "relies_on_agreement", "remark")
_NEW = {"min_qty": 0.0, "relies_on_agreement": False}  # what a new quota starts from


class _Stored:
    """A live quota: id, uuid and its columns as stored (or as this import wrote them)."""

    __slots__ = ("id", "row", "uuid", "values")

    def __init__(self, rid: int, uuid: str, values: dict[str, Any]) -> None:
        self.id, self.uuid, self.values = rid, uuid, values
        self.row: int | None = None  # the file row that named it, once one has


class QuotaRows:
    def __init__(self, spec: RegisterSpec, session: Session, counts: ImportCounts) -> None:
        self.spec, self.session, self.counts = spec, session, counts
        self.items = ItemIndex(session)
        self._names = warehouse_names_in(session)
        self._warehouses: dict[str, tuple[int | None, str | None]] = {}
        self._population: dict[int, int | None] = {wid: people for wid, people in session.execute(
            select(Warehouse.id, Region.population)
            .join(Region, Region.id == Warehouse.region_id)
            .where(Warehouse.is_deleted.is_(False)))}
        # (warehouse, item) → its live quotas in id order: the first is the one a row
        # updates (as the form's select found it); a second one is a clash.
        self._quotas: dict[tuple[int, int], list[_Stored]] = {}
        for rid, uuid, *values in session.execute(
                select(StockQuota.id, StockQuota.uuid, *(getattr(StockQuota, f) for f in _FIELDS))
                .where(StockQuota.is_deleted.is_(False)).order_by(StockQuota.id)):
            stored = _Stored(rid, uuid, dict(zip(_FIELDS, values, strict=True)))
            self._quotas.setdefault((stored.values["warehouse_id"],
                                     stored.values["item_id"]), []).append(stored)
        self.bulk = Bulk(session)
        self.table = self.bulk.table(StockQuota)

    def run(self, records: list[Record], progress: Callable[[int, int], None] | None) -> None:
        self.bulk.run_rows(records, self.counts.errors, self._row, progress)

    def _row(self, rec: Record) -> None:
        v, spec, counts = rec.values, self.spec, self.counts
        text = v["warehouse"]
        if text not in self._warehouses:
            self._warehouses[text] = match_warehouse(self._names, text)
        wid, problem = self._warehouses[text]
        if wid is None:
            counts.errors.append(spec.error(rec, "仓库", problem or ""))
            return
        iid, problem = self.items.lookup(v["item"], v.get("spec"))
        if iid is None:
            counts.errors.append(spec.error(rec, "物资名称", problem or ""))
            return
        same = self._quotas.get((wid, iid), [])
        stored = same[0] if same else None
        old = stored.values if stored is not None else _NEW
        data = QuotaInput(
            warehouse_id=wid, item_id=iid, min_qty=v["min_qty"],
            target_qty=_keep(v.get("target_qty"), old.get("target_qty")),
            basis=_keep(v.get("basis"), old.get("basis")),
            per_capita_ratio=_keep(v.get("per_capita_ratio"), old.get("per_capita_ratio")),
            relies_on_agreement=bool(_keep(v.get("relies_on_agreement"),
                                           old.get("relies_on_agreement"))),
            remark=_keep(v.get("remark"), old.get("remark")))
        change = "unchanged"
        if stored is None or (
                old["min_qty"], old["target_qty"], old["basis"], old["per_capita_ratio"],
                bool(old["relies_on_agreement"]), old["remark"]) != (
                data.min_qty, data.target_qty, data.basis, data.per_capita_ratio,
                data.relies_on_agreement, data.remark):
            try:
                min_qty = check_quota(data, warehouse_ok=True, item_ok=True,
                                      population=lambda: self._population.get(wid),
                                      clash=lambda: len(same) > 1)
            except ValidationFailed as exc:
                counts.errors.extend(spec.error(rec, label, reason)
                                     for label, reason in exc.problems.items())
                return
            change = "updated" if stored is not None else "inserted"
            if stored is None or stored.row is None:  # a second row of one quota: below
                stored = self._write(stored, quota_values(data, min_qty), (wid, iid))
        assert stored is not None
        if stored.row is not None:
            counts.errors.append(spec.error(rec, spec.columns[0].field, t(
                "与第 {row} 行重复（同一记录出现两次）", row=stored.row)))
            return
        stored.row = rec.row
        setattr(counts, change, getattr(counts, change) + 1)

    def _write(self, stored: _Stored | None, values: dict[str, Any],
               key: tuple[int, int]) -> _Stored:
        if stored is None:
            rid, uuid = self.table.insert(values, "")
            stored = _Stored(rid, uuid, values)
            self._quotas[key] = [stored]
        else:
            self.table.update(stored.id, stored.uuid, "", stored.values, values)
            stored.values = values
        return stored


def _keep(value: Any, stored: Any) -> Any:
    """A blank cell keeps the stored value (a sheet without 备注 leaves 备注 alone)."""
    return stored if value is None else value
