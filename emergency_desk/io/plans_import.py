"""The bulk drivers of the plans and drills imports (issue 20): what rows are matched
against (live plans, drills and their plan links; regions, plans and teams a row may name)
loaded once, each row checked by the form's rules (`plan_problems`, `effective_plan`,
`plan_values` in services/plans/plans.py; `drill_problems`, `drill_values` in drills.py)
against those dicts, and written with Core executemany a chunk at a time with its audit rows
(io/bulk.py) — no query, no flush and no ORM object per row. A plan's values are held only
until its chunk is written (memory flat with the file).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from emergency_desk.data.models import Region
from emergency_desk.data.names import name_key
from emergency_desk.data.plans import Drill, DrillPlan, EmergencyPlan
from emergency_desk.data.teams import RescueTeam
from emergency_desk.errors import ValidationFailed
from emergency_desk.io.bulk import Bulk
from emergency_desk.io.spec import merged_extra
from emergency_desk.services.plans.drills import (
    DRILL_FIELDS,
    DrillInput,
    drill_problems,
    drill_values,
)
from emergency_desk.services.plans.plans import (
    PLAN_FIELDS,
    Change,
    PlanInput,
    effective_plan,
    plan_problems,
    plan_values,
)

_LOADED = ("name", "region_id", *PLAN_FIELDS, "search_key", "extra")
_DRILL_LOADED = ("title", *DRILL_FIELDS, "search_key", "extra")


@dataclass(slots=True)
class _Plan:
    id: int
    uuid: str
    values: dict[str, Any] | None  # _LOADED; None once written: read back when matched again


Resolve = Callable[[Session, str], tuple[int | None, str | None]]


class _Regions:
    """A row's 所属区划 text resolved once per distinct text of the file."""

    def __init__(self, session: Session, resolve: Resolve) -> None:
        self.session, self._resolve = session, resolve
        self._region_texts: dict[str, tuple[int | None, str | None]] = {}

    def region(self, text: str) -> tuple[int | None, str | None]:
        if text not in self._region_texts:
            self._region_texts[text] = self._resolve(self.session, text)
        return self._region_texts[text]


class PlanBulk(_Regions):
    """Loaded once for the rows of one import; told about every plan it writes."""

    def __init__(self, session: Session, resolve: Resolve) -> None:
        super().__init__(session, resolve)
        self._regions = {r.id: r for r in session.scalars(select(Region))}
        # Live plans by region and the names' normal form (data/names.py), oldest first.
        self._plans: dict[tuple[int, str], list[_Plan]] = {}
        cols = [getattr(EmergencyPlan, c) for c in _LOADED]
        for pid, uuid, *values in session.execute(
                select(EmergencyPlan.id, EmergencyPlan.uuid, *cols)
                .where(EmergencyPlan.is_deleted.is_(False)).order_by(EmergencyPlan.id)):
            self._known(_Plan(pid, uuid, dict(zip(_LOADED, values, strict=True))))
        self.bulk = Bulk(session)
        self._table = self.bulk.table(EmergencyPlan)
        # The plans whose values this chunk's rows hold: once the chunk is written their
        # values are dropped (a 50,000-row file kept 50,000 dicts of 22 values, issue 20)
        # and read back from the database in the rare case a later row names one again.
        self._holding: list[_Plan] = []

    def _known(self, plan: _Plan) -> None:
        assert plan.values is not None
        key = (plan.values["region_id"], name_key(plan.values["name"]))
        self._plans.setdefault(key, []).append(plan)

    def upsert(self, data: PlanInput, extra: dict[str, str]) -> Change:
        """`upsert_plan_in` from the dicts: blank cells keep stored values; raises
        ValidationFailed with the form's messages."""
        hits = self._plans.get((data.region_id, name_key(data.name or "")), [])
        stored = hits[0] if hits else None
        own = stored.id if stored is not None else None
        old = self._values_of(stored) if stored is not None else None
        if old is not None:  # matched on the names' normal form: the stored spelling stays
            data = replace(data, name=old["name"])

        def clash(region_id: int, name: str) -> bool:
            return any(p.id != own for p in self._plans.get((region_id, name_key(name)), ()))

        checked = effective_plan(old, data) if old is not None else data
        problems = plan_problems(checked, self._regions.get(data.region_id), clash)
        if problems:
            raise ValidationFailed(problems)
        new = plan_values(data, old)
        new["extra"] = merged_extra(old["extra"] if old is not None else None, extra)
        if stored is None or old is None:  # (they are None together)
            pid, uuid = self._table.insert(new, new["name"])
            plan = _Plan(pid, uuid, new)
            self._known(plan)
            self._holding.append(plan)
            return "inserted"
        if not self._table.update(stored.id, stored.uuid, new["name"], old, new):
            return "unchanged"
        old.update(new)
        return "updated"

    def _values_of(self, plan: _Plan) -> dict[str, Any]:
        """A written plan's values, read back as the plans of the database were loaded."""
        if plan.values is None:
            cols = [getattr(EmergencyPlan, c) for c in _LOADED]
            row = self.bulk.session.execute(
                select(*cols).where(EmergencyPlan.id == plan.id)).one()
            plan.values = dict(zip(_LOADED, row, strict=True))
            self._holding.append(plan)
        return plan.values

    def row_done(self, refused: bool) -> None:
        self.bulk.row_done(refused)
        # Written: the database has the values. A refused file writes nothing, so its plans
        # keep theirs (later rows are still checked against them for the error report).
        if self.bulk.writing and not self._table.pending:
            for plan in self._holding:
                plan.values = None
            self._holding = []

    def finish(self) -> None:
        self.bulk.write()


@dataclass
class _Drill:
    id: int
    uuid: str
    values: dict[str, Any]  # _DRILL_LOADED


@dataclass
class _Link:
    id: int
    uuid: str
    plan_id: int
    values: dict[str, Any]  # is_deleted, deleted_at


class DrillBulk(_Regions):
    """The drills import's driver: live drills, their plan links, and what a drill may refer
    to (regions, plans, teams) loaded once; `upsert_drill_in` from the dicts."""

    def __init__(self, session: Session, resolve: Resolve) -> None:
        super().__init__(session, resolve)

        def live_ids(model: Any) -> set[int]:
            return set(session.scalars(select(model.id).where(model.is_deleted.is_(False))))

        self._regions = live_ids(Region)
        self._teams = live_ids(RescueTeam)
        self._plan_regions: dict[int, int] = {pid: rid for pid, rid in session.execute(
            select(EmergencyPlan.id, EmergencyPlan.region_id)
            .where(EmergencyPlan.is_deleted.is_(False)))}
        self._drills: dict[tuple[str, date], list[_Drill]] = {}
        cols = [getattr(Drill, c) for c in _DRILL_LOADED]
        for did, uuid, *values in session.execute(
                select(Drill.id, Drill.uuid, *cols).where(Drill.is_deleted.is_(False))
                .order_by(Drill.id)):
            self._known(_Drill(did, uuid, dict(zip(_DRILL_LOADED, values, strict=True))))
        self._links: dict[int, list[_Link]] = {}
        for lid, uuid, did, pid, deleted, deleted_at in session.execute(
                select(DrillPlan.id, DrillPlan.uuid, DrillPlan.drill_id, DrillPlan.plan_id,
                       DrillPlan.is_deleted, DrillPlan.deleted_at)
                .join(Drill, Drill.id == DrillPlan.drill_id)
                .where(Drill.is_deleted.is_(False)).order_by(DrillPlan.id)):
            self._links.setdefault(did, []).append(
                _Link(lid, uuid, pid, {"is_deleted": deleted, "deleted_at": deleted_at}))
        self.bulk = Bulk(session)
        self._table = self.bulk.table(Drill)
        self._link_table = self.bulk.table(DrillPlan)

    def _known(self, drill: _Drill) -> None:
        key = (name_key(drill.values["title"]), drill.values["date"])
        self._drills.setdefault(key, []).append(drill)

    def upsert(self, data: DrillInput, extra: dict[str, str]) -> Change:
        hits = self._drills.get((name_key(data.title or ""), data.date), []) \
            if data.date is not None and (data.title or "").strip() else []
        stored = hits[0] if hits else None
        if stored is not None:  # matched on the names' normal form: the stored spelling stays
            data = replace(data, title=stored.values["title"])
        problems = drill_problems(data, self._regions.__contains__,
                                  self._plan_regions.__contains__, self._teams.__contains__)
        if problems:
            raise ValidationFailed(problems)
        new = drill_values(data, stored.values if stored is not None else None,
                           self._plan_regions.get)
        new["extra"] = merged_extra(stored.values["extra"] if stored is not None else None,
                                    extra)
        if stored is None:
            did, uuid = self._table.insert(new, new["title"])
            self._known(_Drill(did, uuid, new))
            for pid in dict.fromkeys(data.plan_ids or ()):
                self._link(did, pid)
            return "inserted"
        changed = self._table.update(stored.id, stored.uuid, new["title"], stored.values, new)
        if changed:
            stored.values.update(new)
        linked = data.plan_ids is not None and self._set_plans(stored.id, data.plan_ids)
        return "updated" if changed or linked else "unchanged"

    def _link(self, drill_id: int, plan_id: int) -> None:
        lid, uuid = self._link_table.insert({"drill_id": drill_id, "plan_id": plan_id}, "")
        self._links.setdefault(drill_id, []).append(
            _Link(lid, uuid, plan_id, {"is_deleted": False, "deleted_at": None}))

    def _set_plans(self, drill_id: int, plan_ids: tuple[int, ...]) -> bool:
        """services/plans/drills.py `_set_links` on the loaded links: the drill's live links
        become exactly `plan_ids` (dropped ones soft-deleted, earlier ones brought back)."""
        links = list(self._links.get(drill_id, ()))
        live = {lk.plan_id: lk for lk in links if not lk.values["is_deleted"]}
        changed = False
        for ref, lk in live.items():
            if ref not in plan_ids:
                self._set_deleted(lk, True)
                changed = True
        for ref in dict.fromkeys(plan_ids):
            if ref in live:
                continue
            dead = next((lk for lk in links if lk.plan_id == ref and lk.values["is_deleted"]),
                        None)
            if dead is not None:
                self._set_deleted(dead, False)
            else:
                self._link(drill_id, ref)
            changed = True
        return changed

    def _set_deleted(self, link: _Link, deleted: bool) -> None:
        new = {"is_deleted": deleted, "deleted_at": self.bulk.stamp if deleted else None}
        self._link_table.update(link.id, link.uuid, "", link.values, new)
        link.values = new

    def row_done(self, refused: bool) -> None:
        self.bulk.row_done(refused)

    def finish(self) -> None:
        self.bulk.write()
