"""Reading the plan and drill registers: lists filtered, sorted and paged in SQL, plain rows.

下次评估期限 (P1) is computed the same way everywhere: `plans.next_review_due`, in Python for a
page of rows and as an SQLite expression (`_due_sql`) when the list is filtered by it.
"""

from __future__ import annotations

import builtins
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import ColumnElement, case, func, or_, select
from sqlalchemy.orm import Session

from emergency_desk.data.db import Database
from emergency_desk.data.enums import RegionLevel
from emergency_desk.data.models import Region
from emergency_desk.data.plans import (
    Drill,
    DrillForm,
    DrillPlan,
    EmergencyPlan,
    EvaluationConclusion,
    EvaluationMethod,
    PlanEvaluation,
    PlanResource,
    PlanRevision,
    PlanStatus,
    PlanType,
    Rectification,
    RevisionTrigger,
)
from emergency_desk.data.sql import add_years, join_in_order, latest_date
from emergency_desk.errors import InputRejected
from emergency_desk.i18n import t
from emergency_desk.services.plans.plans import next_review_due, says_nothing, says_something
from emergency_desk.services.query import few_matches, page_rows, streamed
from emergency_desk.services.search import like_pattern
from emergency_desk.services.settings import SettingsService


def township_of(path: str) -> str:
    """'黟县/碧阳镇/古筑村' → '碧阳镇' ('' for the county itself)."""
    parts = path.split("/")
    return parts[1] if len(parts) >= 2 else ""


def last_drill_of(plan_id_col: Any) -> Any:
    """Correlated scalar subquery: the date of the plan's latest live drill."""
    return (select(func.max(Drill.date))
            .join(DrillPlan, DrillPlan.drill_id == Drill.id)
            .where(DrillPlan.plan_id == plan_id_col, DrillPlan.is_deleted.is_(False),
                   Drill.is_deleted.is_(False))
            .correlate_except(Drill, DrillPlan).scalar_subquery())


# (县级以上 years, 乡镇/村 years): the settings plan_review_years and local_plan_review_years
# (P1: 国办发〔2024〕5号 sets the first; the office the second).
ReviewYears = tuple[int, int]


def _default_cycle(level: str, default_years: ReviewYears) -> int:
    return default_years[0] if level == RegionLevel.COUNTY.value else default_years[1]


def _due_sql(default_years: ReviewYears) -> Any:
    """max(发布, 修订, 评估) + N years, on either engine (data/sql.py); NULL when the plan
    has no date."""
    base = latest_date(EmergencyPlan.issue_date, EmergencyPlan.last_revised_date,
                       EmergencyPlan.last_eval_date)
    years = func.coalesce(EmergencyPlan.review_cycle_years,
                          case((Region.level == RegionLevel.COUNTY.value, default_years[0]),
                               else_=default_years[1]))
    return add_years(base, years)


@dataclass(frozen=True)
class PlanRow:
    id: int
    uuid: str
    name: str
    plan_type: PlanType
    hazard_class: str | None
    region_id: int
    region_name: str
    region_path: str
    issuing_unit: str | None
    approving_unit: str | None
    doc_no: str | None
    version: str | None
    status: PlanStatus
    issue_date: date | None
    expert_review_date: date | None
    filed_to: str | None
    filed_date: date | None
    last_revised_date: date | None
    last_eval_date: date | None
    review_cycle_years: int | None
    cycle_years: int  # the plan's own cycle, else the office default
    responsible_person: str | None
    last_drill_date: date | None
    remark: str | None
    updated_at: datetime

    @property
    def township(self) -> str:
        return township_of(self.region_path)

    @property
    def next_review_due(self) -> date | None:
        return next_review_due(self.issue_date, self.last_revised_date, self.last_eval_date,
                               self.cycle_years)

    def review_overdue(self, today: date) -> bool:
        due = self.next_review_due
        return self.status != PlanStatus.ABOLISHED and due is not None and due < today


@dataclass
class PlanQuery:
    search: str = ""  # name, pinyin, initials, 文号, 事件类别, 编制单位
    township_id: int | None = None  # the township and its villages
    region_id: int | None = None  # exactly this region
    plan_types: tuple[PlanType, ...] = ()
    statuses: tuple[PlanStatus, ...] = ()
    review_overdue_on: date | None = None  # only plans whose 下次评估期限 is before this day
    order_by: str = "region"
    descending: bool = False


_PLAN_ORDER = {"region": Region.path, "name": EmergencyPlan.name,
               "plan_type": EmergencyPlan.plan_type, "status": EmergencyPlan.status,
               "issue_date": EmergencyPlan.issue_date, "doc_no": EmergencyPlan.doc_no,
               "updated_at": EmergencyPlan.updated_at}
_TYPE_RANK = case({pt.value: i for i, pt in enumerate(PlanType)},
                  value=EmergencyPlan.plan_type, else_=99)


def _plan_row(p: EmergencyPlan, r: Region, last_drill: date | None,
              default_years: ReviewYears) -> PlanRow:
    return PlanRow(
        id=p.id, uuid=p.uuid, name=p.name, plan_type=PlanType(p.plan_type),
        hazard_class=p.hazard_class, region_id=r.id, region_name=r.name, region_path=r.path,
        issuing_unit=p.issuing_unit, approving_unit=p.approving_unit, doc_no=p.doc_no,
        version=p.version, status=PlanStatus(p.status), issue_date=p.issue_date,
        expert_review_date=p.expert_review_date, filed_to=p.filed_to, filed_date=p.filed_date,
        last_revised_date=p.last_revised_date, last_eval_date=p.last_eval_date,
        review_cycle_years=p.review_cycle_years,
        cycle_years=p.review_cycle_years or _default_cycle(r.level, default_years),
        responsible_person=p.responsible_person, last_drill_date=last_drill, remark=p.remark,
        updated_at=p.updated_at)


def _within_township(region: Any, township_id: int) -> ColumnElement[bool]:
    return or_(region.id == township_id, region.parent_id == township_id)


def _plan_conds(q: PlanQuery, default_years: ReviewYears) -> list[Any]:
    conds: list[Any] = [EmergencyPlan.is_deleted.is_(False)]
    if q.search.strip():
        conds.append(EmergencyPlan.search_key.like(like_pattern(q.search.strip()),
                                                   escape="\\"))
    if q.township_id is not None:
        conds.append(_within_township(Region, q.township_id))
    if q.region_id is not None:
        conds.append(EmergencyPlan.region_id == q.region_id)
    if q.plan_types:
        conds.append(EmergencyPlan.plan_type.in_([x.value for x in q.plan_types]))
    if q.statuses:
        conds.append(EmergencyPlan.status.in_([x.value for x in q.statuses]))
    if q.review_overdue_on is not None:
        conds += [_due_sql(default_years) < q.review_overdue_on,
                  EmergencyPlan.status != PlanStatus.ABOLISHED.value]
    return conds


def _sort_column(q: PlanQuery) -> Any:
    return _PLAN_ORDER.get(q.order_by, Region.path)


def _plan_order(q: PlanQuery) -> tuple[Any, ...]:
    col = _sort_column(q)
    first = col.desc() if q.descending else col.asc()
    # Within a region: 总体, 专项, 部门 … as the catalogue lists them (D1 hierarchy).
    return (first, Region.path, _TYPE_RANK, EmergencyPlan.name, EmergencyPlan.id)


def plans_in(session: Session, q: PlanQuery, default_years: ReviewYears, offset: int = 0,
             limit: int | None = None, count_only: bool = False) -> Any:
    """The plans `q` selects: a list, or their number (count_only)."""
    last = last_drill_of(EmergencyPlan.id).label("last_drill")
    conds = _plan_conds(q, default_years)
    on_region = Region.id == EmergencyPlan.region_id
    if count_only:
        if q.township_id is None and q.review_overdue_on is None:
            # Nothing asked of the region: every plan has one (a required foreign key), so
            # the count needs no join (100,000 plans: 53 → 2 ms without a search).
            return int(session.scalar(select(func.count(EmergencyPlan.id)).where(*conds)) or 0)
        # From the regions when one township's are asked for (its few regions by index).
        joined = join_in_order(Region, EmergencyPlan, on_region) \
            if q.township_id is not None else EmergencyPlan.__table__.join(Region, on_region)
        return int(session.scalar(select(func.count(EmergencyPlan.id)).select_from(joined)
                                  .where(*conds)) or 0)
    order = _plan_order(q)
    stmt = select(EmergencyPlan, Region, last).join(Region, on_region).where(*conds) \
        .order_by(*order)
    keys = None
    if _sort_column(q) is Region.path and limit is not None:
        # The regions walked in path order (ix_region_path), each region's plans sorted: a
        # page of 100,000 plans in 0.1 ms instead of 70. Not when few plans match (a rare
        # search text would walk every region, 26 → 63 ms): those few are sorted alone.
        few = None
        if q.township_id is None and q.review_overdue_on is None:
            few = few_matches(session, select(EmergencyPlan.id).where(*conds),
                              EmergencyPlan.id)
        keys = stmt.where(EmergencyPlan.id.in_(few)) if few is not None else \
            (select(EmergencyPlan.id).select_from(join_in_order(Region, EmergencyPlan,
                                                                on_region))
             .where(*conds).order_by(*order))
    return [_plan_row(p, r, ld, default_years) for p, r, ld in
            page_rows(session, stmt, EmergencyPlan.id, offset, limit, lambda row: row[0].id,
                      keys_stmt=keys)]


# The columns the Excel export writes (io/plans.py), with the region's path and the extra
# fields' JSON.
_EXPORT_COLUMNS = (
    EmergencyPlan.name, EmergencyPlan.plan_type, EmergencyPlan.hazard_class, Region.path,
    EmergencyPlan.issuing_unit, EmergencyPlan.doc_no, EmergencyPlan.version,
    EmergencyPlan.issue_date, EmergencyPlan.expert_review_date, EmergencyPlan.filed_date,
    EmergencyPlan.last_revised_date, EmergencyPlan.last_eval_date,
    EmergencyPlan.review_cycle_years, EmergencyPlan.status, EmergencyPlan.remark,
    EmergencyPlan.approving_unit, EmergencyPlan.filed_to, EmergencyPlan.responsible_person,
    EmergencyPlan.extra)


def plans_for_export(session: Session, q: PlanQuery, default_years: ReviewYears) -> Any:
    """The plans `q` selects, in the list's order, as plain rows of `_EXPORT_COLUMNS` from
    one cursor a chunk at a time: no ORM objects and no latest-drill subquery per plan (the
    sheet has no such column). At 50,000 plans the export was 1.6× its floor with them."""
    stmt = select(*_EXPORT_COLUMNS).join(Region, Region.id == EmergencyPlan.region_id) \
        .where(*_plan_conds(q, default_years)).order_by(*_plan_order(q))
    return streamed(session, stmt, lambda part: part)


@dataclass(frozen=True)
class RevisionRow:
    id: int
    plan_id: int
    date: date
    version: str | None
    trigger: RevisionTrigger
    summary: str | None


@dataclass(frozen=True)
class EvaluationRow:
    id: int
    plan_id: int
    date: date
    method: EvaluationMethod
    conclusion: EvaluationConclusion
    participants: str | None


@dataclass(frozen=True)
class ResourceRow:
    id: int
    plan_id: int
    kind: str
    ref_id: int
    name: str


@dataclass(frozen=True)
class DrillRow:
    id: int
    uuid: str
    title: str
    date: date
    form: DrillForm | None
    region_id: int | None
    region_path: str
    organizer: str | None
    location: str | None
    scenario: str | None
    participant_units: str | None
    participants_count: int | None
    evaluation: str | None
    problems: str | None
    measures: str | None
    rectification: Rectification | None
    triggers_revision: bool
    plan_names: tuple[str, ...]
    remark: str | None
    updated_at: datetime

    @property
    def township(self) -> str:
        return township_of(self.region_path)

    @property
    def evaluated(self) -> bool:
        return not says_nothing(self.evaluation)

    @property
    def has_problems(self) -> bool:
        """存在问题 names a problem (“无”, “/” and the like do not)."""
        return not says_nothing(self.problems)

    @property
    def open_problems(self) -> bool:
        """Problems found and not (yet) rectified (P6)."""
        return self.has_problems and self.rectification != Rectification.DONE


@dataclass
class DrillQuery:
    search: str = ""
    township_id: int | None = None
    plan_id: int | None = None  # drills that exercised this plan
    drill_id: int | None = None  # just this one
    year: int | None = None
    forms: tuple[DrillForm, ...] = ()
    unresolved_only: bool = False  # no evaluation, or problems not rectified (P6)
    order_by: str = "date"
    descending: bool = True  # newest first


_DRILL_ORDER = {"date": Drill.date, "title": Drill.title, "form": Drill.form,
                "region": Region.path, "participants": Drill.participants_count,
                "rectification": Drill.rectification}


def _plan_names(session: Session, drill_ids: list[int]) -> dict[int, tuple[str, ...]]:
    out: dict[int, list[str]] = {}
    if not drill_ids:
        return {}
    for did, name in session.execute(
            select(DrillPlan.drill_id, EmergencyPlan.name)
            .join(EmergencyPlan, EmergencyPlan.id == DrillPlan.plan_id)
            .where(DrillPlan.drill_id.in_(drill_ids), DrillPlan.is_deleted.is_(False))
            .order_by(DrillPlan.id)):
        out.setdefault(did, []).append(name)
    return {k: tuple(v) for k, v in out.items()}


def unresolved_drill() -> ColumnElement[bool]:
    """P6 in SQL: no evaluation, or problems written down and not rectified (“无”, “/” and
    the like are no problem, `says_nothing`)."""
    no_eval = ~says_something(Drill.evaluation)
    has_problems = says_something(Drill.problems)
    open_ = or_(Drill.rectification.is_(None),
                Drill.rectification != Rectification.DONE.value)
    return or_(no_eval, has_problems & open_)


def drills_in(session: Session, q: DrillQuery, offset: int = 0, limit: int | None = None,
              count_only: bool = False, stream: bool = False) -> Any:
    """As plans_in: a list, a count, or an iterator over one cursor (stream)."""
    stmt = (select(Drill, Region.path).outerjoin(Region, Region.id == Drill.region_id)
            .where(Drill.is_deleted.is_(False)))
    if q.search.strip():
        stmt = stmt.where(Drill.search_key.like(like_pattern(q.search.strip()), escape="\\"))
    if q.township_id is not None:
        stmt = stmt.where(_within_township(Region, q.township_id))
    if q.plan_id is not None:
        stmt = stmt.where(Drill.id.in_(select(DrillPlan.drill_id).where(
            DrillPlan.plan_id == q.plan_id, DrillPlan.is_deleted.is_(False))))
    if q.drill_id is not None:
        stmt = stmt.where(Drill.id == q.drill_id)
    if q.year is not None:
        stmt = stmt.where(Drill.date >= date(q.year, 1, 1), Drill.date <= date(q.year, 12, 31))
    if q.forms:
        stmt = stmt.where(Drill.form.in_([f.value for f in q.forms]))
    if q.unresolved_only:
        stmt = stmt.where(unresolved_drill())
    if count_only:
        return int(session.scalar(select(func.count()).select_from(stmt.subquery())) or 0)
    col = _DRILL_ORDER.get(q.order_by, Drill.date)
    stmt = stmt.order_by(col.desc() if q.descending else col.asc(), Drill.date.desc(),
                         Drill.id)
    if stream:
        return streamed(session, stmt, lambda part: _drill_rows(session, part))
    # The page's ids sorted first (query.page_rows): sorting whole drills to skip to a page
    # far down took 60 ms at 45,000 drills.
    return _drill_rows(session, page_rows(session, stmt, Drill.id, offset, limit,
                                          lambda r: r[0].id))


def _drill_rows(session: Session, found: Sequence[Any]) -> builtins.list[DrillRow]:
    names = _plan_names(session, [d.id for d, _ in found])
    return [DrillRow(
        id=d.id, uuid=d.uuid, title=d.title, date=d.date,
        form=DrillForm(d.form) if d.form else None, region_id=d.region_id,
        region_path=path or "", organizer=d.organizer, location=d.location,
        scenario=d.scenario, participant_units=d.participant_units,
        participants_count=d.participants_count, evaluation=d.evaluation,
        problems=d.problems, measures=d.measures,
        rectification=Rectification(d.rectification) if d.rectification else None,
        triggers_revision=bool(d.triggers_revision), plan_names=names.get(d.id, ()),
        remark=d.remark, updated_at=d.updated_at) for d, path in found]


class PlanViews:
    """Read-only queries for the window, the reports and the Excel export."""

    def __init__(self, db: Database) -> None:
        self.db = db

    def default_years(self) -> ReviewYears:
        settings = SettingsService(self.db).all()
        return int(settings["plan_review_years"]), int(settings["local_plan_review_years"])

    def count(self, q: PlanQuery | None = None) -> int:
        with self.db.read() as s:
            return int(plans_in(s, q or PlanQuery(), self.default_years(), count_only=True))

    def list(self, q: PlanQuery | None = None, offset: int = 0,
             limit: int | None = None) -> builtins.list[PlanRow]:
        with self.db.read() as s:
            return list(plans_in(s, q or PlanQuery(), self.default_years(), offset, limit))

    def get(self, plan_id: int) -> PlanRow:
        with self.db.read() as s:
            row = s.execute(select(EmergencyPlan, Region, last_drill_of(EmergencyPlan.id))
                            .join(Region, Region.id == EmergencyPlan.region_id)
                            .where(EmergencyPlan.id == plan_id)).first()
            if row is None:
                raise InputRejected(t("该预案不存在"))
            return _plan_row(row[0], row[1], row[2], self.default_years())

    def revisions(self, plan_id: int) -> builtins.list[RevisionRow]:
        with self.db.read() as s:
            return [RevisionRow(r.id, r.plan_id, r.date, r.version, RevisionTrigger(r.trigger),
                                r.summary)
                    for r in s.scalars(select(PlanRevision).where(
                        PlanRevision.plan_id == plan_id, PlanRevision.is_deleted.is_(False))
                        .order_by(PlanRevision.date.desc(), PlanRevision.id.desc()))]

    def evaluations(self, plan_id: int) -> builtins.list[EvaluationRow]:
        with self.db.read() as s:
            return [EvaluationRow(e.id, e.plan_id, e.date, EvaluationMethod(e.method),
                                  EvaluationConclusion(e.conclusion), e.participants)
                    for e in s.scalars(select(PlanEvaluation).where(
                        PlanEvaluation.plan_id == plan_id,
                        PlanEvaluation.is_deleted.is_(False))
                        .order_by(PlanEvaluation.date.desc(), PlanEvaluation.id.desc()))]

    def resources(self, plan_id: int) -> builtins.list[ResourceRow]:
        with self.db.read() as s:
            return [ResourceRow(r.id, r.plan_id, r.kind, r.ref_id, r.name)
                    for r in s.scalars(select(PlanResource).where(
                        PlanResource.plan_id == plan_id, PlanResource.is_deleted.is_(False))
                        .order_by(PlanResource.id))]

    def count_drills(self, q: DrillQuery | None = None) -> int:
        with self.db.read() as s:
            return int(drills_in(s, q or DrillQuery(), count_only=True))

    def drills(self, q: DrillQuery | None = None, offset: int = 0,
               limit: int | None = None) -> builtins.list[DrillRow]:
        with self.db.read() as s:
            return list(drills_in(s, q or DrillQuery(), offset, limit))

    def get_drill(self, drill_id: int) -> DrillRow:
        found = self.drills(DrillQuery(drill_id=drill_id))
        if not found:
            raise InputRejected(t("该演练记录不存在"))
        return found[0]

    def person_choices(self) -> builtins.list[tuple[str, int]]:
        """("姓名 手机", id) of every live person, for linking a plan to the people it names."""
        from emergency_desk.data.people import Person

        with self.db.read() as s:
            return [(f"{name} {mobile or ''}".strip(), pid) for pid, name, mobile in
                    s.execute(select(Person.id, Person.name, Person.mobile)
                              .where(Person.is_deleted.is_(False)).order_by(Person.name))]

    def plan_choices(self) -> builtins.list[tuple[int, str]]:
        """(id, "区划 · 预案名称") of every live plan, for pickers."""
        with self.db.read() as s:
            return [(pid, f"{township_of(path) or path} · {name}") for pid, name, path in
                    s.execute(select(EmergencyPlan.id, EmergencyPlan.name, Region.path)
                              .join(Region, Region.id == EmergencyPlan.region_id)
                              .where(EmergencyPlan.is_deleted.is_(False))
                              .order_by(Region.path, EmergencyPlan.name))]


@dataclass(frozen=True)
class PlanSummary:
    """The dashboard card of the plan register (counts for one glance)."""

    plans: int
    in_force: int
    review_overdue: int
    never_drilled: int  # special/department plans in force without any drill
    drills_this_year: int
    unresolved_drills: int  # P6: not evaluated, or problems open
    by_status: dict[PlanStatus, int]


def plan_summary(db: Database, today: date | None = None) -> PlanSummary:
    today = today or date.today()
    views = PlanViews(db)
    rows = views.list()
    in_force = [r for r in rows if r.status in (PlanStatus.PUBLISHED, PlanStatus.REVISING)]
    by_status = {s: sum(1 for r in rows if r.status == s) for s in PlanStatus}
    return PlanSummary(
        plans=len(rows), in_force=len(in_force),
        review_overdue=sum(1 for r in in_force if r.review_overdue(today)),
        never_drilled=sum(1 for r in in_force if r.last_drill_date is None
                          and r.plan_type in (PlanType.SPECIAL, PlanType.DEPARTMENT)),
        drills_this_year=views.count_drills(DrillQuery(year=today.year)),
        unresolved_drills=views.count_drills(DrillQuery(unresolved_only=True)),
        by_status=by_status)
