"""The plans import's bulk driver (issue 20): the live plans and the regions loaded once,
each row checked by the form's rules (`plan_problems`, `effective_plan`, `plan_values` in
services/plans/plans.py) against those dicts, and written with Core executemany a chunk at
a time with its audit rows (io/bulk.py) — no query, no flush and no ORM object per row.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from emergency_desk.data.models import Region
from emergency_desk.data.names import name_key
from emergency_desk.data.plans import EmergencyPlan
from emergency_desk.errors import ValidationFailed
from emergency_desk.io.bulk import Bulk
from emergency_desk.io.spec import merged_extra
from emergency_desk.services.plans.plans import (
    PLAN_FIELDS,
    Change,
    PlanInput,
    effective_plan,
    plan_problems,
    plan_values,
)

_LOADED = ("name", "region_id", *PLAN_FIELDS, "search_key", "extra")


@dataclass
class _Plan:
    id: int
    uuid: str
    values: dict[str, Any]  # _LOADED


class PlanBulk:
    """Loaded once for the rows of one import; told about every plan it writes."""

    def __init__(self, session: Session,
                 resolve: Callable[[Session, str], tuple[int | None, str | None]]) -> None:
        self.session, self._resolve = session, resolve
        self._regions = {r.id: r for r in session.scalars(select(Region))}
        self._region_texts: dict[str, tuple[int | None, str | None]] = {}
        # Live plans by region and the names' normal form (data/names.py), oldest first.
        self._plans: dict[tuple[int, str], list[_Plan]] = {}
        cols = [getattr(EmergencyPlan, c) for c in _LOADED]
        for pid, uuid, *values in session.execute(
                select(EmergencyPlan.id, EmergencyPlan.uuid, *cols)
                .where(EmergencyPlan.is_deleted.is_(False)).order_by(EmergencyPlan.id)):
            self._known(_Plan(pid, uuid, dict(zip(_LOADED, values, strict=True))))
        self.bulk = Bulk(session)
        self._table = self.bulk.table(EmergencyPlan)

    def _known(self, plan: _Plan) -> None:
        key = (plan.values["region_id"], name_key(plan.values["name"]))
        self._plans.setdefault(key, []).append(plan)

    def region(self, text: str) -> tuple[int | None, str | None]:
        """`resolve_region`, asked once per distinct text of the file."""
        if text not in self._region_texts:
            self._region_texts[text] = self._resolve(self.session, text)
        return self._region_texts[text]

    def upsert(self, data: PlanInput, extra: dict[str, str]) -> Change:
        """`upsert_plan_in` from the dicts: blank cells keep stored values; raises
        ValidationFailed with the form's messages."""
        hits = self._plans.get((data.region_id, name_key(data.name or "")), [])
        stored = hits[0] if hits else None
        own = stored.id if stored is not None else None
        if stored is not None:  # matched on the names' normal form: the stored spelling stays
            data = replace(data, name=stored.values["name"])

        def clash(region_id: int, name: str) -> bool:
            return any(p.id != own for p in self._plans.get((region_id, name_key(name)), ()))

        checked = effective_plan(stored.values, data) if stored is not None else data
        problems = plan_problems(checked, self._regions.get(data.region_id), clash)
        if problems:
            raise ValidationFailed(problems)
        new = plan_values(data, stored.values if stored is not None else None)
        new["extra"] = merged_extra(stored.values["extra"] if stored is not None else None,
                                    extra)
        if stored is None:
            pid, uuid = self._table.insert(new, new["name"])
            self._known(_Plan(pid, uuid, new))
            return "inserted"
        if not self._table.update(stored.id, stored.uuid, new["name"], stored.values, new):
            return "unchanged"
        stored.values.update(new)
        return "updated"

    def row_done(self, refused: bool) -> None:
        self.bulk.row_done(refused)

    def finish(self) -> None:
        self.bulk.write()
