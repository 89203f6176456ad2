"""The hazards import (`import hazards`, 隐患点) in bulk (issue 20), as io/shelter_rows.py.

What a row is matched against is loaded once: the live points by 所属区划 + the normal form of
their name (data/names.name_key, as `find_hazard_in` compares them in SQL), the live regions,
and the live shelters by the normal form of their name with their region's path (the 避难场所
cell, resolved as `io/hazards._shelter_id` did with a select per name). Regions named in the
sheet are looked up once per distinct text (row_upsert.region_id_in). Each row is checked by
the form's rules (`check_hazard`, `hazard_values` in services/resources/hazards.py) and
written with Core executemany a chunk at a time (io/bulk.py), with the audit row the form's
save gives it. Before, each row went through `upsert_hazard_in`: a select scanning every
point's folded name, a flush and the audit hook a row.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import ClassVar

from sqlalchemy import select
from sqlalchemy.orm import Session

from emergency_desk.data.models import Region
from emergency_desk.data.names import name_key
from emergency_desk.data.resources import HazardPoint, HazardStatus, HazardType, Shelter
from emergency_desk.errors import ValidationFailed
from emergency_desk.i18n import t
from emergency_desk.io.row_upsert import CellProblem, region_id_in, row_problems
from emergency_desk.io.spec import ImportCounts, Record, RegisterSpec
from emergency_desk.io.stored_rows import StoredRows, live_records
from emergency_desk.services.resources.hazards import HazardInput, check_hazard, hazard_values

_FIELDS = ("name", "region_id", "location", "households", "people", "monitor",
           "monitor_phone", "responsible", "responsible_phone", "route", "shelter_id",
           "remark", "hazard_type", "status")


class HazardRows(StoredRows[tuple[int, str]]):
    renamed: ClassVar[Mapping[str, str]] = {"shelter": "shelter_id"}

    def __init__(self, spec: RegisterSpec, session: Session, counts: ImportCounts) -> None:
        super().__init__(spec, session, counts, HazardPoint)
        self._regions = set(session.scalars(select(Region.id).where(
            Region.is_deleted.is_(False))))
        # name's normal form → (id, its region's path) of each live shelter
        self._shelters: dict[str, list[tuple[int, str]]] = {}
        for sid, name, path in session.execute(
                select(Shelter.id, Shelter.name, Region.path)
                .join(Region, Region.id == Shelter.region_id)
                .where(Shelter.is_deleted.is_(False)).order_by(Shelter.id)):
            self._shelters.setdefault(name_key(name), []).append((sid, path))
        self._live_shelters = {i for hits in self._shelters.values() for i, _p in hits}
        self._shelter_ids: dict[str, int] = {}  # the 避难场所 texts resolved so far
        # (region, name's normal form) → the first live point in id order: the one the
        # form's select finds.
        for stored in live_records(session, HazardPoint, _FIELDS):
            self.stored.setdefault(
                (stored.values["region_id"], name_key(stored.values["name"])), stored)

    def _row(self, rec: Record) -> None:
        spec, counts = self.spec, self.counts
        try:
            d = check_hazard(self._input(rec), region_live=self._regions.__contains__,
                             shelter_live=self._live_shelters.__contains__)
        except (CellProblem, ValidationFailed) as exc:
            counts.errors.extend(row_problems(spec, rec, exc))
            return

        key = (d.region_id, name_key(d.name))
        stored = self.stored.get(key)
        if stored is not None:
            # Matched on the names' normal form: the stored spelling stays (in the audit too).
            d.name = stored.values["name"]
            if d.remark is None:
                d.remark = stored.values["remark"]
        self.write_row(rec, key, lambda _stored: hazard_values(d), d.name)

    def _input(self, rec: Record) -> HazardInput:
        v = rec.values
        region_id = region_id_in(self.session, v["region"], "所属区划", self.cache)
        shelter = self._shelter_id(v["shelter"]) if v.get("shelter") else None
        return HazardInput(
            v["name"], region_id, v.get("hazard_type") or HazardType.OTHER, v.get("location"),
            v.get("households"), v.get("people"), v.get("monitor"), v.get("monitor_phone"),
            v.get("responsible"), v.get("responsible_phone"), v.get("route"), shelter,
            v.get("status") or HazardStatus.ACTIVE, v.get("remark"))

    def _shelter_id(self, ref: str) -> int:
        """A 避难场所 cell: a shelter's name, or 区划/场所名称 when two shelters share it."""
        found = self._shelter_ids.get(ref)
        if found is not None:
            return found
        where, _, name = ref.rpartition("/")
        hits = self._shelters.get(name_key(name), [])
        if where:
            hits = [(i, p) for i, p in hits if p.endswith(where) or f"/{where}/" in p + "/"]
        if len(hits) == 1:
            self._shelter_ids[ref] = hits[0][0]
            return hits[0][0]
        if hits:
            raise CellProblem("避难场所", t("有多个“{name}”，请写成 区划/场所名称", name=name))
        raise CellProblem("避难场所", t("找不到避难场所“{name}”，请先录入或导入避难场所", name=ref))
