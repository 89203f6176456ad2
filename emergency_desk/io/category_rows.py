"""The categories import (`import categories`, 物资分类) in bulk (issue 20).

The live categories are loaded once into a dict by code; each row is checked by the form's
rules (`check_category`, `category_values`) against it and written with Core executemany a
chunk at a time (io/bulk.py), with the audit row the form's save gives it. Before, each row
went through `save_category_in`: three selects and a flush a row, each flush walking a
session that held every category written so far — 198 s in-process for 10,000 rows.

One difference from then: a new or changed category with a 备注 gets one audit row with its
备注 (the 备注 used to be set after the save's flush: a second, update row).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from emergency_desk.data.supplies import SupplyCategory
from emergency_desk.errors import ValidationFailed
from emergency_desk.i18n import t
from emergency_desk.io.bulk import Bulk
from emergency_desk.io.spec import ImportCounts, Record, RegisterSpec
from emergency_desk.services.supplies.supplies import (
    category_values,
    check_category,
    ensure_top_categories_in,
)

_FIELDS = ("code", "name", "level", "parent_code", "remark")


class _Stored:
    """A live category: id, uuid and its columns as stored (or as this import wrote them)."""

    __slots__ = ("id", "row", "uuid", "values")

    def __init__(self, rid: int, uuid: str, values: dict[str, Any]) -> None:
        self.id, self.uuid, self.values = rid, uuid, values
        self.row: int | None = None  # the file row that named it, once one has


class CategoryRows:
    def __init__(self, spec: RegisterSpec, session: Session, counts: ImportCounts) -> None:
        self.spec, self.counts = spec, counts
        ensure_top_categories_in(session)  # the standard's three classes, as the form has them
        # code → its live categories in id order: the first is the one a row updates (as the
        # form's select found it), any other a clash.
        self._codes: dict[str, list[_Stored]] = {}
        for rid, uuid, *values in session.execute(
                select(SupplyCategory.id, SupplyCategory.uuid,
                       *(getattr(SupplyCategory, f) for f in _FIELDS))
                .where(SupplyCategory.is_deleted.is_(False)).order_by(SupplyCategory.id)):
            stored = _Stored(rid, uuid, dict(zip(_FIELDS, values, strict=True)))
            self._codes.setdefault(stored.values["code"], []).append(stored)
        self.bulk = Bulk(session)
        self.table = self.bulk.table(SupplyCategory)

    def run(self, records: list[Record], progress: Callable[[int, int], None] | None) -> None:
        # Parents first (shorter codes first), so a sheet may list a class after its
        # subclasses; the sort is stable, so a code's rows keep the sheet's order.
        parents_first = sorted(records, key=lambda r: len(str(r.values.get("code") or "")))
        self.bulk.run_rows(parents_first, self.counts.errors, self._row, progress)

    def _row(self, rec: Record) -> None:
        v, spec, counts = rec.values, self.spec, self.counts
        code, name, remark = v["code"], v["name"], v.get("remark")
        same = self._codes.get(code, [])
        current = same[0] if same else None
        if current is not None and current.values["name"] == name and \
                ("remark" not in v or (current.values["remark"] or None) == remark):
            change = "unchanged"
        else:
            code, name = (code or "").strip(), (name or "").strip()
            try:
                check_category(code, name,
                               clash=lambda: same[1].values["name"] if len(same) > 1 else None,
                               parent_known=lambda parent: parent in self._codes)
            except ValidationFailed as exc:
                counts.errors.extend(spec.error(rec, label, reason)
                                     for label, reason in exc.problems.items())
                return
            change = "updated" if current is not None else "inserted"
            if current is None or current.row is None:  # a second row of one code: below
                values = category_values(code, name)
                if "remark" in v:
                    values["remark"] = remark
                current = self._write(current, values)
        assert current is not None
        if current.row is not None:
            counts.errors.append(spec.error(rec, spec.columns[0].field, t(
                "与第 {row} 行重复（同一记录出现两次）", row=current.row)))
            return
        current.row = rec.row
        setattr(counts, change, getattr(counts, change) + 1)

    def _write(self, current: _Stored | None, values: dict[str, Any]) -> _Stored:
        if current is None:
            rid, uuid = self.table.insert(values, values["name"])
            current = _Stored(rid, uuid, values)
            self._codes[values["code"]] = [current]
        else:
            # Every update sets the same columns (one executemany): 备注 as stored when the
            # sheet has no 备注 column.
            new = {**values, "remark": values.get("remark", current.values["remark"])}
            self.table.update(current.id, current.uuid, values["name"], current.values, new)
            current.values = new
        return current
