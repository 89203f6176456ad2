"""应急演练 records: a drill, the plans it exercised, its evaluation, problems and rectification.

A drill's region is where it took place (P8 counts village drills); when the form or the sheet
leaves it blank it is the region of the first linked plan.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, fields, replace
from datetime import date
from typing import Any, Literal

from sqlalchemy import select
from sqlalchemy.orm import Session

from emergency_desk.data.base import now
from emergency_desk.data.db import Database
from emergency_desk.data.models import Region
from emergency_desk.data.names import same_name
from emergency_desk.data.plans import (
    Drill,
    DrillForm,
    DrillPlan,
    DrillTeam,
    EmergencyPlan,
    Rectification,
)
from emergency_desk.data.teams import RescueTeam
from emergency_desk.errors import InputRejected, ValidationFailed
from emergency_desk.i18n import t
from emergency_desk.services.plans.plans import clean_text, says_nothing
from emergency_desk.services.regions.references import Reference, register_reference
from emergency_desk.services.search import search_key

register_reference(Reference("region", Drill, "region_id", "演练记录", "条"))

Change = Literal["inserted", "updated", "unchanged"]


@dataclass
class DrillInput:
    """A drill as typed in the form or read from a sheet row (None keeps stored values on
    import; `plan_ids` None keeps the links, () removes them)."""

    title: str
    date: date | None
    form: DrillForm | None = None
    region_id: int | None = None
    organizer: str | None = None
    location: str | None = None
    scenario: str | None = None
    participant_units: str | None = None
    participants_count: int | None = None
    evaluation: str | None = None
    problems: str | None = None
    measures: str | None = None
    rectification: Rectification | None = None
    triggers_revision: bool | None = None
    plan_ids: tuple[int, ...] | None = None
    remark: str | None = None
    # 参演队伍 linked in the form (T4); None keeps the links, () removes them.
    team_ids: tuple[int, ...] | None = None


_TEXT = ("organizer", "location", "scenario", "participant_units", "evaluation", "problems",
         "measures", "remark")


def check_drill(session: Session, data: DrillInput) -> dict[str, str]:
    """Problems keyed by the register's column names."""
    def live(model: Any) -> Callable[[int], bool]:
        def check(record_id: int) -> bool:
            obj = session.get(model, record_id)
            return obj is not None and not obj.is_deleted
        return check

    return drill_problems(data, live(Region), live(EmergencyPlan), live(RescueTeam))


def drill_problems(data: DrillInput, region_ok: Callable[[int], bool],
                   plan_ok: Callable[[int], bool], team_ok: Callable[[int], bool],
                   ) -> dict[str, str]:
    """The rules of `check_drill` on what the caller looked up: whether a region, plan or
    team id is live (a query for the form, a set loaded once for an import)."""
    problems: dict[str, str] = {}
    title = (data.title or "").strip()
    if not title:
        problems["演练名称"] = t("演练名称不能为空")
    elif len(title) > 200:
        problems["演练名称"] = t("演练名称不能超过 200 个字")
    if data.date is None:
        problems["演练日期"] = t("演练日期不能为空")
    elif data.date > date.today():
        problems["演练日期"] = t("演练日期 {d} 晚于今天：计划中的演练请记入年度演练计划",
                             d=data.date.isoformat())
    if data.participants_count is not None and data.participants_count < 0:
        problems["参演人数"] = t("参演人数不能为负数")
    if data.region_id is not None and not region_ok(data.region_id):
        problems["所属区划"] = t("所属区划不存在或已删除")
    for pid in data.plan_ids or ():
        if not plan_ok(pid):
            problems["关联预案"] = t("关联的预案不存在或已删除")
    for tid in data.team_ids or ():
        if not team_ok(tid):
            problems["参演队伍"] = t("参演队伍不存在或已删除，请重新选择")
    return problems


def _set_links(session: Session, drill: Drill, model: type[DrillPlan] | type[DrillTeam],
               column: str, ids: tuple[int, ...]) -> bool:
    """Make the drill's live links of `model` exactly `ids`; True when anything changed."""
    links: list[Any] = list(session.scalars(select(model).where(model.drill_id == drill.id)))
    live = {getattr(lk, column): lk for lk in links if not lk.is_deleted}
    changed = False
    for ref, lk in live.items():
        if ref not in ids:
            lk.is_deleted, lk.deleted_at = True, now()
            changed = True
    for ref in dict.fromkeys(ids):
        if ref in live:
            continue
        dead = next((lk for lk in links if getattr(lk, column) == ref and lk.is_deleted), None)
        if dead is not None:
            dead.is_deleted, dead.deleted_at = False, None
        else:
            session.add(model(drill_id=drill.id, **{column: ref}))
        changed = True
    return changed


def _set_plans(session: Session, drill: Drill, plan_ids: tuple[int, ...]) -> bool:
    return _set_links(session, drill, DrillPlan, "plan_id", plan_ids)


# The columns a save sets besides the title (and search_key, worked out from them).
DRILL_FIELDS = ("date", "form", *_TEXT, "participants_count", "rectification",
                "triggers_revision", "region_id")


def drill_values(data: DrillInput, stored: Mapping[str, Any] | None,
                 plan_region: Callable[[int], int | None]) -> dict[str, Any]:
    """The columns a save writes: over `stored` (an import's merge, where blank keeps what
    is stored) or, with None, exactly as given (the form). `plan_region`: a plan's region,
    the drill's when it names none."""
    def pick(attr: str, value: Any) -> Any:
        return stored[attr] if stored is not None and value is None else value

    out: dict[str, Any] = {"title": data.title.strip(), "date": pick("date", data.date),
                           "form": pick("form", data.form.value if data.form else None)}
    for attr in _TEXT:
        out[attr] = pick(attr, clean_text(getattr(data, attr)))
    out["participants_count"] = pick("participants_count", data.participants_count)
    out["rectification"] = pick("rectification",
                                data.rectification.value if data.rectification else None)
    if not says_nothing(out["problems"]) and out["rectification"] is None:
        out["rectification"] = Rectification.PENDING.value  # open until said otherwise
    out["triggers_revision"] = bool(pick("triggers_revision", data.triggers_revision))
    region_id = pick("region_id", data.region_id)
    if region_id is None and data.plan_ids:
        region_id = plan_region(data.plan_ids[0])
    out["region_id"] = region_id
    out["search_key"] = search_key(out["title"], out["organizer"], out["location"])
    return out


def _apply(d: Drill, data: DrillInput, session: Session, *, merge: bool) -> None:
    def plan_region(plan_id: int) -> int | None:
        return session.scalar(select(EmergencyPlan.region_id).where(
            EmergencyPlan.id == plan_id))

    stored = {attr: getattr(d, attr) for attr in DRILL_FIELDS} if merge else None
    for attr, value in drill_values(data, stored, plan_region).items():
        setattr(d, attr, value)


def _snapshot(d: Drill) -> list[Any]:
    return [getattr(d, c.key) for c in d.__mapper__.column_attrs
            if c.key not in ("updated_at", "created_at")]


def _live_drill(session: Session, drill_id: int) -> Drill:
    d = session.get(Drill, drill_id)
    if d is None or d.is_deleted:
        raise InputRejected(t("该演练记录不存在或已删除"))
    return d


def save_drill_in(session: Session, data: DrillInput, drill_id: int | None = None) -> Drill:
    stored = _live_drill(session, drill_id) if drill_id is not None else None
    problems = check_drill(session, data)
    if problems:
        raise ValidationFailed(problems)
    d = stored or Drill()
    _apply(d, data, session, merge=False)
    if stored is None:
        session.add(d)
    session.flush()
    _set_plans(session, d, tuple(data.plan_ids or ()))
    _set_links(session, d, DrillTeam, "team_id", tuple(data.team_ids or ()))
    session.flush()
    return d


def find_drill_in(session: Session, title: str, day: date) -> Drill | None:
    """Natural key of an imported drill: 演练名称 + 演练日期."""
    return session.scalar(select(Drill).where(
        same_name(Drill.title, title), Drill.date == day, Drill.is_deleted.is_(False)).limit(1))


def upsert_drill_in(session: Session, data: DrillInput) -> tuple[Drill, Change]:
    stored = find_drill_in(session, data.title or "", data.date) \
        if data.date is not None and (data.title or "").strip() else None
    if stored is not None:  # matched on the names' normal form: the stored spelling stays
        data = replace(data, title=stored.title)
    problems = check_drill(session, data)
    if problems:
        raise ValidationFailed(problems)
    if stored is None:
        return save_drill_in(session, data), "inserted"
    before = _snapshot(stored)
    _apply(stored, data, session, merge=True)
    session.flush()
    linked = data.plan_ids is not None and _set_plans(session, stored, data.plan_ids)
    if data.team_ids is not None:
        linked = _set_links(session, stored, DrillTeam, "team_id", data.team_ids) or linked
    session.flush()
    return stored, "updated" if linked or before != _snapshot(stored) else "unchanged"


def linked_plan_ids(session: Session, drill_id: int) -> tuple[int, ...]:
    return tuple(session.scalars(select(DrillPlan.plan_id).where(
        DrillPlan.drill_id == drill_id, DrillPlan.is_deleted.is_(False))
        .order_by(DrillPlan.id)))


def linked_team_ids(session: Session, drill_id: int) -> tuple[int, ...]:
    return tuple(session.scalars(select(DrillTeam.team_id).where(
        DrillTeam.drill_id == drill_id, DrillTeam.is_deleted.is_(False))
        .order_by(DrillTeam.id)))


def to_input(session: Session, d: Drill) -> DrillInput:
    values = {f.name: getattr(d, f.name) for f in fields(DrillInput)
              if f.name not in ("form", "rectification", "plan_ids", "team_ids")}
    return DrillInput(**values, form=DrillForm(d.form) if d.form else None,
                      rectification=Rectification(d.rectification) if d.rectification else None,
                      plan_ids=linked_plan_ids(session, d.id),
                      team_ids=linked_team_ids(session, d.id))


def restore_drill(session: Session, obj: Any) -> None:
    """Bring back the plan links deleted with the drill (if their plans are still live)."""
    if not isinstance(obj, Drill):
        return
    for lk in session.scalars(select(DrillPlan).where(
            DrillPlan.drill_id == obj.id, DrillPlan.is_deleted.is_(True),
            DrillPlan.deleted_at == obj.deleted_at)):
        plan = session.get(EmergencyPlan, lk.plan_id)
        if plan is not None and not plan.is_deleted:
            lk.is_deleted, lk.deleted_at = False, None




class DrillService:
    def __init__(self, db: Database) -> None:
        self.db = db

    def create(self, data: DrillInput) -> int:
        with self.db.begin() as s:
            return save_drill_in(s, data).id

    def update(self, drill_id: int, data: DrillInput) -> None:
        with self.db.begin() as s:
            save_drill_in(s, data, drill_id)

    def upsert(self, data: DrillInput) -> Change:
        with self.db.begin() as s:
            return upsert_drill_in(s, data)[1]

    def input_of(self, drill_id: int) -> DrillInput:
        with self.db.read() as s:
            return to_input(s, _live_drill(s, drill_id))

    def set_rectification(self, drill_id: int, value: Rectification,
                          measures: str | None = None) -> None:
        """整改: record how the problems found were dealt with."""
        with self.db.begin() as s:
            d = _live_drill(s, drill_id)
            d.rectification = value.value
            if clean_text(measures):
                d.measures = clean_text(measures)

    def delete(self, drill_id: int) -> None:
        """Soft delete with its plan links (restoring the drill brings them back)."""
        with self.db.begin() as s:
            d = _live_drill(s, drill_id)
            stamp = now()
            for lk in s.scalars(select(DrillPlan).where(DrillPlan.drill_id == drill_id,
                                                        DrillPlan.is_deleted.is_(False))):
                lk.is_deleted, lk.deleted_at = True, stamp
            d.is_deleted, d.deleted_at = True, stamp
