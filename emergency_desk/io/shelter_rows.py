"""The shelters import (`import shelters`, 避难场所) in bulk (issue 20).

What a row is matched against is loaded once: the live shelters by 所属区划 + the normal form of
their name (data/names.name_key, as `find_shelter_in` compares them in SQL), the villages each
serves, and the live regions (id → 区划代码 and path, for the rules and the served summary).
Regions named in the sheet are looked up once per distinct text (row_upsert.region_id_in).
Each row is checked by the form's rules (`check_shelter`, `shelter_values`,
`served_summary` in services/resources/shelters.py) and written with Core executemany a
chunk at a time (io/bulk.py), with the audit row the form's save gives it; the served
villages (shelter_region, not audited) are replaced as the form replaces them. Before, each
row went through `upsert_shelter_in`: a select scanning every shelter's folded name, a flush
and the audit hook a row, 27 s for 1,000 rows (19× the floor).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from emergency_desk.data.models import Region
from emergency_desk.data.names import name_key
from emergency_desk.data.resources import Shelter, ShelterRegion
from emergency_desk.errors import ValidationFailed
from emergency_desk.i18n import t
from emergency_desk.io import bulk
from emergency_desk.io.bulk import Bulk
from emergency_desk.io.row_upsert import CellProblem, region_id_in, row_problems
from emergency_desk.io.spec import (
    ImportCounts,
    Record,
    RegisterSpec,
    absent_columns,
    insert_rows,
    keep_absent,
    record_chunks,
)
from emergency_desk.services.resources.shelters import (
    ShelterInput,
    check_shelter,
    served_summary,
    shelter_values,
)

_FIELDS = ("name", "region_id", "address", "duration", "space", "function", "capacity",
           "area_m2", "effective_area_m2", "manager", "manager_phone", "facilities",
           "last_inspection", "longitude", "latitude", "remark", "served_summary")


class _Stored:
    """A live shelter: id, uuid, its columns and served villages as stored (or as this
    import wrote them)."""

    __slots__ = ("id", "row", "served", "uuid", "values")

    def __init__(self, rid: int, uuid: str, values: dict[str, Any],
                 served: frozenset[int]) -> None:
        self.id, self.uuid, self.values, self.served = rid, uuid, values, served
        self.row: int | None = None  # the file row that named it, once one has


class ShelterRows:
    def __init__(self, spec: RegisterSpec, session: Session, counts: ImportCounts) -> None:
        self.spec, self.session, self.counts = spec, session, counts
        self.cache: dict[str, Any] = {}  # region_id_in's: regions by the text naming them
        self._regions: dict[int, tuple[str | None, str]] = {
            rid: (code, path) for rid, code, path in session.execute(
                select(Region.id, Region.code, Region.path).where(Region.is_deleted.is_(False)))}
        served: dict[int, set[int]] = {}
        for sid, rid in session.execute(
                select(ShelterRegion.shelter_id, ShelterRegion.region_id)
                .join(Shelter, Shelter.id == ShelterRegion.shelter_id)
                .where(Shelter.is_deleted.is_(False))):
            served.setdefault(sid, set()).add(rid)
        # (region, name's normal form) → the first live shelter in id order: the one the
        # form's select finds.
        self._shelters: dict[tuple[int, str], _Stored] = {}
        for rid, uuid, *values in session.execute(
                select(Shelter.id, Shelter.uuid, *(getattr(Shelter, f) for f in _FIELDS))
                .where(Shelter.is_deleted.is_(False)).order_by(Shelter.id)):
            stored = _Stored(rid, uuid, dict(zip(_FIELDS, values, strict=True)),
                             frozenset(served.get(rid, ())))
            self._shelters.setdefault(
                (stored.values["region_id"], name_key(stored.values["name"])), stored)
        self.bulk = Bulk(session)
        self.table = self.bulk.table(Shelter)
        # shelter_region changes wait until their shelters are written (its foreign key)
        self._unlink: list[int] = []
        self._link: list[dict[str, int]] = []

    def run(self, records: Iterable[Record],
            progress: Callable[[int, int], None] | None) -> None:
        for part in record_chunks(records, progress, bulk.CHUNK):
            self.bulk.run_rows(part, self.counts.errors, self._row, None)
            self._write_links()

    def _row(self, rec: Record) -> None:
        spec, counts = self.spec, self.counts
        try:
            data = self._input(rec)
            d = check_shelter(data, region_live=self._regions.__contains__,
                              served_live=lambda ids: all(i in self._regions for i in ids))
        except (CellProblem, ValidationFailed) as exc:
            counts.errors.extend(row_problems(spec, rec, exc))
            return
        key = (d.region_id, name_key(d.name))
        stored = self._shelters.get(key)
        if stored is not None:
            # Matched on the names' normal form: the stored spelling stays.
            d.name = stored.values["name"]
            if d.remark is None:
                d.remark = stored.values["remark"]
        values = shelter_values(d)
        if stored is not None:  # what the sheet has no column for stays as stored
            keep_absent(values, stored.values, absent_columns(spec, rec))
        served = stored.served if stored is not None else frozenset()
        if d.served is not None and set(d.served) != served:
            served = frozenset(d.served)
            values["served_summary"] = served_summary(self._regions[r] for r in d.served)
        else:
            values["served_summary"] = stored.values["served_summary"] if stored else None
        if stored is None:
            change = "inserted"
            rid, uuid = self.table.insert(values, d.name)
            stored = self._shelters[key] = _Stored(rid, uuid, values, served)
            self._link.extend({"shelter_id": rid, "region_id": r} for r in served)
        elif stored.row is not None:  # a second row of one shelter: refused below
            change = "unchanged"
        elif any(stored.values[k] != x for k, x in values.items()) or served != stored.served:
            change = "updated"
            self.table.update(stored.id, stored.uuid, d.name, stored.values, values)
            stored.values = values
            if served != stored.served:
                stored.served = served
                self._unlink.append(stored.id)
                self._link.extend({"shelter_id": stored.id, "region_id": r} for r in served)
        else:
            change = "unchanged"
        if stored.row is not None:
            counts.errors.append(spec.error(rec, spec.columns[0].field, t(
                "与第 {row} 行重复（同一记录出现两次）", row=stored.row)))
            return
        stored.row = rec.row
        setattr(counts, change, getattr(counts, change) + 1)

    def _input(self, rec: Record) -> ShelterInput:
        v = rec.values
        region_id = region_id_in(self.session, v["region"], "所属区划", self.cache)
        served: tuple[int, ...] | None = None
        if "served" in v:  # the column is in the sheet: a blank cell serves none
            ids = []
            for ref in v.get("served") or ():
                try:
                    ids.append(region_id_in(self.session, ref, "服务村(社区)", self.cache))
                except CellProblem as exc:
                    raise CellProblem("服务村(社区)", exc.reason) from None
            served = tuple(ids)
        return ShelterInput(
            v["name"], region_id, v.get("address"), v.get("duration"), v.get("space"),
            v.get("function"), v.get("capacity"), v.get("area_m2"), v.get("effective_area_m2"),
            v.get("manager"), v.get("manager_phone"), v.get("facilities"),
            v.get("last_inspection"), v.get("longitude"), v.get("latitude"), served,
            v.get("remark"))

    def _write_links(self) -> None:
        """The chunk's served villages, after its shelters (Bulk.run_rows wrote them)."""
        if self.bulk.writing:
            if self._unlink:
                self.session.execute(delete(ShelterRegion).where(
                    ShelterRegion.shelter_id.in_(self._unlink)))
            if self._link:
                insert_rows(self.session, ShelterRegion.__table__, self._link)  # type: ignore[arg-type]
        self._unlink, self._link = [], []
