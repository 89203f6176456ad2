"""应急预案 register: plans, their revisions, evaluations and the resources they rely on.

Session-level functions (`save_plan_in`, `upsert_plan_in`, `add_revision_in`, …) let the
importer write a sheet in one transaction; `PlanService` wraps them in short transactions for
the window. Reading lives in views.py, drills in drills.py.
"""

from __future__ import annotations

import calendar
from collections.abc import Callable, Mapping
from dataclasses import dataclass, fields, replace
from datetime import date
from typing import Any, Literal

from sqlalchemy import ColumnElement, func, select
from sqlalchemy.orm import Session

from emergency_desk.data.base import now
from emergency_desk.data.db import Database
from emergency_desk.data.models import Region
from emergency_desk.data.names import same_name
from emergency_desk.data.plans import (
    RESOURCE_TABLES,
    DrillPlan,
    EmergencyPlan,
    EvaluationConclusion,
    EvaluationMethod,
    PlanAttachment,
    PlanEvaluation,
    PlanResource,
    PlanRevision,
    PlanStatus,
    PlanType,
    RevisionTrigger,
)
from emergency_desk.errors import InputRejected, ValidationFailed
from emergency_desk.i18n import t
from emergency_desk.services.regions.references import (
    Reference,
    find_references,
    register_reference,
)
from emergency_desk.services.search import search_key

register_reference(Reference("region", EmergencyPlan, "region_id", "应急预案", "份"))
register_reference(Reference("emergency_plan", DrillPlan, "plan_id", "演练记录", "条"))

Change = Literal["inserted", "updated", "unchanged"]
# Plan types whose drills the 2024 办法 requires every 3 years (P2) and D7 at least once (P3).
DRILLED_TYPES = (PlanType.SPECIAL.value, PlanType.DEPARTMENT.value)


def add_years(day: date, years: int) -> date:
    """The same day `years` later (29 February becomes 28 February)."""
    y = day.year + years
    return date(y, day.month, min(day.day, calendar.monthrange(y, day.month)[1]))


def review_base(issue: date | None, revised: date | None, evaluated: date | None) -> date | None:
    """P1's starting point: the latest of 发布, 最近修订 and 最近评估."""
    known = [d for d in (issue, revised, evaluated) if d is not None]
    return max(known) if known else None


def next_review_due(issue: date | None, revised: date | None, evaluated: date | None,
                    cycle_years: int) -> date | None:
    """下次评估期限; None when the plan has no date to count from."""
    base = review_base(issue, revised, evaluated)
    return add_years(base, cycle_years) if base is not None else None


@dataclass
class PlanInput:
    """A plan as typed in the form or read from a sheet row.

    On import (`upsert_plan_in`) fields left None keep their stored values; the form sends
    every field, so None there clears it.
    """

    name: str
    plan_type: PlanType | None
    region_id: int
    hazard_class: str | None = None
    issuing_unit: str | None = None
    approving_unit: str | None = None
    doc_no: str | None = None
    version: str | None = None
    status: PlanStatus | None = None
    issue_date: date | None = None
    expert_review_date: date | None = None
    filed_to: str | None = None
    filed_date: date | None = None
    last_revised_date: date | None = None
    last_eval_date: date | None = None
    review_cycle_years: int | None = None
    responsible_person: str | None = None
    remark: str | None = None


_TEXT = ("hazard_class", "issuing_unit", "approving_unit", "doc_no", "version", "filed_to",
         "responsible_person", "remark")
_DATES = {"issue_date": "发布日期", "expert_review_date": "专家评审日期", "filed_date": "备案日期",
          "last_revised_date": "最近修订日期", "last_eval_date": "最近评估日期"}


def clean_text(text: str | None) -> str | None:
    text = (text or "").strip()
    return text or None


# What offices write in 存在问题 (or 评估结论) to say "nothing": a drill with 存在问题 “无” has no
# open problem (P6). A lone slash or dash is the paper form's "not applicable".
NOTHING_WORDS = ("无", "没有", "无问题", "未发现问题", "暂无", "暂无问题", "没有问题", "未发现",
                 "/", "／", "\\", "—", "——", "-", "--", "－", "无。", "没有。", "无问题。",
                 "未发现问题。", "暂无。")


def says_nothing(text: str | None) -> bool:
    """True for empty text and for the words that mean "none" (NOTHING_WORDS)."""
    return not (text or "").strip() or (text or "").strip() in NOTHING_WORDS


def says_something(column: Any) -> ColumnElement[bool]:
    """`says_nothing` negated, in SQL (SQLite's trim drops the spaces around the text)."""
    return column.is_not(None) & func.trim(column).not_in(("", *NOTHING_WORDS))


def check_plan(session: Session, data: PlanInput, plan_id: int | None = None) -> dict[str, str]:
    """Problems keyed by the register's column names (the form uses the same labels)."""
    region = session.get(Region, data.region_id) if data.region_id else None

    def clash(region_id: int, name: str) -> bool:
        return session.scalar(select(EmergencyPlan.id).where(
            EmergencyPlan.region_id == region_id, same_name(EmergencyPlan.name, name),
            EmergencyPlan.is_deleted.is_(False), EmergencyPlan.id != (plan_id or 0))
            .limit(1)) is not None

    return plan_problems(data, region, clash)


def plan_problems(data: PlanInput, region: Region | None,
                  clash: Callable[[int, str], bool]) -> dict[str, str]:
    """The rules of `check_plan` on what the caller looked up: the plan's region, and whether
    another live plan of that region has the name (a query for the form, a dict for an
    import)."""
    problems: dict[str, str] = {}
    name = (data.name or "").strip()
    if not name:
        problems["预案名称"] = t("预案名称不能为空")
    elif len(name) > 200:
        problems["预案名称"] = t("预案名称不能超过 200 个字")
    if data.plan_type is None:
        problems["预案类型"] = t("请选择预案类型")
    if region is None or region.is_deleted:
        problems["所属区划"] = t("所属区划不存在或已删除")
    elif name and "预案名称" not in problems and clash(region.id, name):
        problems["预案名称"] = t("“{region}”已有同名预案“{name}”", region=region.name,
                              name=name)
    today = date.today()
    for attr, label in _DATES.items():
        value = getattr(data, attr)
        if value is not None and value > today:
            problems[label] = t("{label} {d} 晚于今天", label=t(label), d=value.isoformat())
    if data.issue_date and data.filed_date and data.filed_date < data.issue_date:
        problems["备案日期"] = t("备案日期 {f} 早于发布日期 {i}：应在发布后备案",
                             f=data.filed_date.isoformat(), i=data.issue_date.isoformat())
    if data.review_cycle_years is not None and not 1 <= data.review_cycle_years <= 10:
        problems["评估周期(年)"] = t("评估周期应为 1 到 10 年")
    return problems


# The columns a save sets besides name and region (and search_key, worked out from them).
PLAN_FIELDS = ("plan_type", "status", *_TEXT, *_DATES, "review_cycle_years")


def plan_state(p: EmergencyPlan) -> dict[str, Any]:
    """A stored plan's PLAN_FIELDS, as `plan_values` and `effective_plan` read them."""
    return {attr: getattr(p, attr) for attr in PLAN_FIELDS}


def plan_values(data: PlanInput, stored: Mapping[str, Any] | None) -> dict[str, Any]:
    """The columns a save writes: over `stored` (an import's merge, where blank keeps what
    is stored) or, with None, exactly as given (the form)."""
    def pick(attr: str, value: Any) -> Any:
        return stored[attr] if stored is not None and value is None else value

    out: dict[str, Any] = {"name": data.name.strip(), "region_id": data.region_id}
    out["plan_type"] = pick("plan_type", data.plan_type.value if data.plan_type else None)
    out["status"] = pick("status", data.status.value if data.status else None) or \
        PlanStatus.PUBLISHED.value
    for attr in _TEXT:
        out[attr] = pick(attr, clean_text(getattr(data, attr)))
    for attr in (*_DATES, "review_cycle_years"):
        out[attr] = pick(attr, getattr(data, attr))
    out["search_key"] = search_key(out["name"], out["doc_no"], out["hazard_class"],
                                   out["issuing_unit"])
    return out


def _apply(p: EmergencyPlan, data: PlanInput, *, merge: bool) -> None:
    for attr, value in plan_values(data, plan_state(p) if merge else None).items():
        setattr(p, attr, value)


def _snapshot(p: EmergencyPlan) -> list[Any]:
    return [getattr(p, c.key) for c in p.__mapper__.column_attrs
            if c.key not in ("updated_at", "created_at")]


def _live_plan(session: Session, plan_id: int) -> EmergencyPlan:
    p = session.get(EmergencyPlan, plan_id)
    if p is None or p.is_deleted:
        raise InputRejected(t("该预案不存在或已删除"))
    return p


def save_plan_in(session: Session, data: PlanInput, plan_id: int | None = None
                 ) -> EmergencyPlan:
    """Create (plan_id None) or overwrite a plan, as the form does."""
    stored = _live_plan(session, plan_id) if plan_id is not None else None
    problems = check_plan(session, data, plan_id)
    if problems:
        raise ValidationFailed(problems)
    p = stored or EmergencyPlan()
    _apply(p, data, merge=False)
    if stored is None:
        session.add(p)
    session.flush()
    return p


def find_plan_in(session: Session, region_id: int, name: str) -> EmergencyPlan | None:
    """The natural key of docs/design.md §2: plans upsert by name within region."""
    return session.scalar(select(EmergencyPlan).where(
        EmergencyPlan.region_id == region_id, same_name(EmergencyPlan.name, name),
        EmergencyPlan.is_deleted.is_(False)).limit(1))


def upsert_plan_in(session: Session, data: PlanInput) -> tuple[EmergencyPlan, Change]:
    """Import one row: blank cells keep stored values, so a second import changes nothing."""
    stored = find_plan_in(session, data.region_id, data.name or "") if data.region_id else None
    if stored is not None:
        # Matched on the names' normal form: the stored spelling stays.
        data = replace(data, name=stored.name)
        problems = check_plan(session, effective_plan(plan_state(stored), data), stored.id)
    else:
        problems = check_plan(session, data)
    if problems:
        raise ValidationFailed(problems)
    if stored is None:
        return save_plan_in(session, data), "inserted"
    before = _snapshot(stored)
    _apply(stored, data, merge=True)
    session.flush()
    return stored, "unchanged" if before == _snapshot(stored) else "updated"


def effective_plan(stored: Mapping[str, Any], data: PlanInput) -> PlanInput:
    """What the plan will look like after a merge (so date order is checked on the result)."""
    out = PlanInput(**{f.name: getattr(data, f.name) for f in fields(PlanInput)})
    if out.plan_type is None:
        out.plan_type = PlanType(stored["plan_type"])
    for attr in (*_DATES, "review_cycle_years"):
        if getattr(out, attr) is None:
            setattr(out, attr, stored[attr])
    return out


def to_input(p: EmergencyPlan) -> PlanInput:
    return PlanInput(
        name=p.name, plan_type=PlanType(p.plan_type), region_id=p.region_id,
        hazard_class=p.hazard_class, issuing_unit=p.issuing_unit,
        approving_unit=p.approving_unit, doc_no=p.doc_no, version=p.version,
        status=PlanStatus(p.status), issue_date=p.issue_date,
        expert_review_date=p.expert_review_date, filed_to=p.filed_to, filed_date=p.filed_date,
        last_revised_date=p.last_revised_date, last_eval_date=p.last_eval_date,
        review_cycle_years=p.review_cycle_years, responsible_person=p.responsible_person,
        remark=p.remark)


# -- revisions and evaluations ------------------------------------------------------------
@dataclass
class RevisionInput:
    date: date
    trigger: RevisionTrigger
    version: str | None = None
    summary: str | None = None


@dataclass
class EvaluationInput:
    date: date
    method: EvaluationMethod
    conclusion: EvaluationConclusion
    participants: str | None = None


def _check_day(label: str, day: date | None, plan: EmergencyPlan) -> None:
    if day is None:
        raise ValidationFailed({label: t("{label}不能为空", label=t(label))})
    if day > date.today():
        raise ValidationFailed({label: t("{label} {d} 晚于今天", label=t(label),
                                         d=day.isoformat())})
    if plan.issue_date is not None and day < plan.issue_date:
        raise ValidationFailed({label: t("{label} {d} 早于预案发布日期 {i}", label=t(label),
                                         d=day.isoformat(), i=plan.issue_date.isoformat())})


def add_revision_in(session: Session, plan_id: int, data: RevisionInput) -> PlanRevision:
    """Record a revision; the plan's 最近修订日期 and 版本 follow it (a revising plan is
    published again)."""
    p = _live_plan(session, plan_id)
    _check_day("修订日期", data.date, p)
    r = PlanRevision(plan_id=p.id, date=data.date, trigger=data.trigger.value,
                     version=clean_text(data.version), summary=clean_text(data.summary))
    session.add(r)
    if p.last_revised_date is None or data.date >= p.last_revised_date:
        p.last_revised_date = data.date
        if r.version:
            p.version = r.version
        if p.status == PlanStatus.REVISING.value:
            p.status = PlanStatus.PUBLISHED.value
    session.flush()
    return r


def add_evaluation_in(session: Session, plan_id: int, data: EvaluationInput) -> PlanEvaluation:
    """Record an evaluation; 最近评估日期 follows it, and a "需修订" conclusion puts a published
    plan into 修订中 (F2: evaluation leads to revision)."""
    p = _live_plan(session, plan_id)
    _check_day("评估日期", data.date, p)
    e = PlanEvaluation(plan_id=p.id, date=data.date, method=data.method.value,
                       conclusion=data.conclusion.value,
                       participants=clean_text(data.participants))
    session.add(e)
    if p.last_eval_date is None or data.date >= p.last_eval_date:
        p.last_eval_date = data.date
        if data.conclusion == EvaluationConclusion.REVISE and \
                p.status == PlanStatus.PUBLISHED.value:
            p.status = PlanStatus.REVISING.value
    session.flush()
    return e


def _recompute_last(session: Session, plan: EmergencyPlan, model: Any, attr: str,
                    removed: date) -> None:
    """After deleting a record whose date the plan shows, show the latest remaining one."""
    if getattr(plan, attr) != removed:
        return
    latest = session.scalar(select(func.max(model.date)).where(
        model.plan_id == plan.id, model.is_deleted.is_(False)))
    setattr(plan, attr, latest)


def add_resource_in(session: Session, plan_id: int, kind: str, ref_id: int,
                    name: str) -> PlanResource:
    """Link a team, warehouse or person the plan relies on (once)."""
    if kind not in RESOURCE_TABLES:
        raise InputRejected(t("未知的资源类型 {kind}", kind=kind))
    _live_plan(session, plan_id)
    found = session.scalar(select(PlanResource).where(
        PlanResource.plan_id == plan_id, PlanResource.kind == kind,
        PlanResource.ref_id == ref_id, PlanResource.is_deleted.is_(False)))
    if found is not None:
        return found
    r = PlanResource(plan_id=plan_id, kind=kind, ref_id=ref_id, name=name.strip()[:200])
    session.add(r)
    session.flush()
    return r


# -- recycle bin ----------------------------------------------------------------------------
def restore_plan(session: Session, obj: Any) -> None:
    if not isinstance(obj, EmergencyPlan):
        return
    region = session.get(Region, obj.region_id)
    if region is None or region.is_deleted:
        raise InputRejected(t("请先恢复区划“{name}”", name=region.name if region else ""))
    if find_plan_in(session, obj.region_id, obj.name) is not None:
        raise InputRejected(t("“{region}”已有同名预案“{name}”，不能恢复", region=region.name,
                              name=obj.name))
    children: tuple[Any, ...] = (PlanRevision, PlanEvaluation, PlanResource, PlanAttachment)
    for model in children:
        for child in session.scalars(select(model).where(
                model.plan_id == obj.id, model.is_deleted.is_(True),
                model.deleted_at == obj.deleted_at)):
            child.is_deleted, child.deleted_at = False, None


def restore_child(session: Session, obj: Any) -> None:
    plan = session.get(EmergencyPlan, obj.plan_id)
    if plan is None or plan.is_deleted:
        raise InputRejected(t("请先恢复预案“{name}”", name=plan.name if plan else ""))




class PlanService:
    """Short transactions for the window; reading lives in plan_views.PlanViews."""

    def __init__(self, db: Database) -> None:
        self.db = db

    def create(self, data: PlanInput) -> int:
        with self.db.begin() as s:
            return save_plan_in(s, data).id

    def update(self, plan_id: int, data: PlanInput) -> None:
        with self.db.begin() as s:
            save_plan_in(s, data, plan_id)

    def upsert(self, data: PlanInput) -> Change:
        with self.db.begin() as s:
            return upsert_plan_in(s, data)[1]

    def input_of(self, plan_id: int) -> PlanInput:
        with self.db.read() as s:
            p = s.get(EmergencyPlan, plan_id)
            if p is None:
                raise InputRejected(t("该预案不存在"))
            return to_input(p)

    def delete(self, plan_id: int) -> None:
        """Soft delete with its revisions, evaluations and resource links; refused while a
        drill record names the plan (the drill would lose what it exercised)."""
        with self.db.begin() as s:
            p = _live_plan(s, plan_id)
            refs = find_references(s, "emergency_plan", plan_id)
            if refs:
                raise InputRejected(t("预案“{name}”仍被使用，不能删除：{refs}。"
                                      "请先在这些演练记录中取消关联。", name=p.name,
                                      refs="、".join(refs)))
            stamp = now()
            children: tuple[Any, ...] = (PlanRevision, PlanEvaluation, PlanResource, PlanAttachment)
            for model in children:
                for child in s.scalars(select(model).where(model.plan_id == plan_id,
                                                           model.is_deleted.is_(False))):
                    child.is_deleted, child.deleted_at = True, stamp
            p.is_deleted, p.deleted_at = True, stamp

    def add_revision(self, plan_id: int, data: RevisionInput) -> int:
        with self.db.begin() as s:
            return add_revision_in(s, plan_id, data).id

    def add_evaluation(self, plan_id: int, data: EvaluationInput) -> int:
        with self.db.begin() as s:
            return add_evaluation_in(s, plan_id, data).id

    def delete_revision(self, revision_id: int) -> None:
        self._delete_dated(PlanRevision, revision_id, "last_revised_date",
                           t("该修订记录不存在或已删除"))

    def delete_evaluation(self, evaluation_id: int) -> None:
        self._delete_dated(PlanEvaluation, evaluation_id, "last_eval_date",
                           t("该评估记录不存在或已删除"))

    def _delete_dated(self, model: Any, record_id: int, attr: str, missing: str) -> None:
        with self.db.begin() as s:
            rec = s.get(model, record_id)
            if rec is None or rec.is_deleted:
                raise InputRejected(missing)
            rec.is_deleted, rec.deleted_at = True, now()
            s.flush()
            _recompute_last(s, _live_plan(s, rec.plan_id), model, attr, rec.date)

    def add_resource(self, plan_id: int, kind: str, ref_id: int, name: str) -> int:
        with self.db.begin() as s:
            return add_resource_in(s, plan_id, kind, ref_id, name).id

    def remove_resource(self, resource_id: int) -> None:
        with self.db.begin() as s:
            r = s.get(PlanResource, resource_id)
            if r is not None and not r.is_deleted:
                r.is_deleted, r.deleted_at = True, now()
