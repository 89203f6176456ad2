"""Plan and drill rules P1–P8 (docs/domain.md section 4). Each rule is a few SQL queries.

Only plans in force (已发布, 修订中) are checked: a draft is not yet a plan and a repealed one
no longer is. Every threshold is a setting (services/settings.py).
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterator
from datetime import date, timedelta
from typing import Any

from sqlalchemy import and_, case, exists, func, or_, select
from sqlalchemy.orm import Session

from emergency_desk.data.base import Base
from emergency_desk.data.enums import RegionLevel
from emergency_desk.data.models import Region
from emergency_desk.data.plans import (
    RESOURCE_TABLES,
    Drill,
    DrillForm,
    DrillPlan,
    EmergencyPlan,
    PlanResource,
    PlanStatus,
    PlanType,
)
from emergency_desk.data.sql import unindexed
from emergency_desk.i18n import t
from emergency_desk.services.checks.registry import (
    Alert,
    CheckContext,
    Severity,
    region_label,
    rule,
)
from emergency_desk.services.officers.trainings import months_before
from emergency_desk.services.plans import (
    annual_drills,  # noqa: F401  references
    )
from emergency_desk.services.plans.plans import add_years, next_review_due, says_nothing
from emergency_desk.services.plans.views import last_drill_of, unresolved_drill

IN_FORCE = (PlanStatus.PUBLISHED.value, PlanStatus.REVISING.value)
_LIVE_PLAN = and_(EmergencyPlan.is_deleted.is_(False), EmergencyPlan.status.in_(IN_FORCE),
                  Region.is_deleted.is_(False))
_LOWEST = (RegionLevel.VILLAGE.value, RegionLevel.COMMUNITY.value)
# Plans a government office writes: these need an expert review (D10).
_REVIEWED_TYPES = (PlanType.OVERALL.value, PlanType.SPECIAL.value, PlanType.DEPARTMENT.value,
                   PlanType.TOWNSHIP.value, PlanType.CATASTROPHE.value)
# Status values of other registers' rows that mean "no longer available" (P7).
INACTIVE_STATUSES = frozenset({"inactive", "disbanded", "dissolved", "closed", "suspended",
                               "retired", "left", "撤销", "解散", "停用", "关闭", "离岗"})
_SPLIT = re.compile(r"[、,，;；/\s]+")


def _plans(*cols: Any) -> Any:
    return (select(EmergencyPlan.id, EmergencyPlan.name, Region.path, *cols)
            .join(Region, Region.id == EmergencyPlan.region_id).where(_LIVE_PLAN))


def _setting(ctx: CheckContext, key: str, default: int) -> int:
    return int(ctx.settings.get(key, default))


def review_cycle(ctx: CheckContext, level: str, own: int | None) -> tuple[int, str]:
    """A plan's evaluation cycle in years and where it comes from: the plan's own 评估周期;
    else 国办发〔2024〕5号 for 县级以上 plans (F2); else the office's setting for township and
    village plans, which the 办法 leaves to local practice."""
    if own:
        return own, t("本预案规定")
    if level == RegionLevel.COUNTY.value:
        return _setting(ctx, "plan_review_years", 3), t("国办发〔2024〕5号")
    from emergency_desk.services.settings import PARAMS_BY_KEY

    key = "local_plan_review_years"
    years = _setting(ctx, key, 3)
    return years, t("本单位设置") if years != PARAMS_BY_KEY[key].default else \
        t("本单位默认设置")


@rule("P1", "预案评估超期", Severity.ORANGE, "plans",
      "F2 突发事件应急预案管理办法（国办发〔2024〕5号）：县级以上预案每3年评估；乡镇、村预案按"
      "本单位设置；演练、实战发现问题应修订")
def review_overdue(ctx: CheckContext) -> Iterator[Alert]:
    stmt = _plans(EmergencyPlan.issue_date, EmergencyPlan.last_revised_date,
                  EmergencyPlan.last_eval_date, EmergencyPlan.review_cycle_years, Region.level
                  ).where(_maybe_overdue(ctx))
    for pid, name, path, issued, revised, evaluated, own, level in ctx.execute(stmt):
        years, source = review_cycle(ctx, level, own)
        due = next_review_due(issued, revised, evaluated, years)
        if due is not None and due < ctx.today:
            yield Alert("P1", Severity.ORANGE, region_label(path), name,
                        t("评估期限 {due} 已过（每 {n} 年评估一次，依据：{source}），"
                          "请组织评估或修订", due=due.isoformat(), n=years, source=source),
                        "emergency_plan", pid)
    # A drill that found the plan wanting, with no revision since (P6 → P1).
    stale = (select(EmergencyPlan.id, EmergencyPlan.name, Region.path, Drill.title, Drill.date)
             .join(Region, Region.id == EmergencyPlan.region_id)
             .join(DrillPlan, DrillPlan.plan_id == EmergencyPlan.id)
             .join(Drill, Drill.id == DrillPlan.drill_id)
             .where(_LIVE_PLAN, DrillPlan.is_deleted.is_(False), Drill.is_deleted.is_(False),
                    Drill.triggers_revision.is_(True),
                    or_(EmergencyPlan.last_revised_date.is_(None),
                        EmergencyPlan.last_revised_date < Drill.date))
             .order_by(Drill.date))
    for pid, name, path, title, day in ctx.execute(stale):
        yield Alert("P1", Severity.ORANGE, region_label(path), name,
                    t("演练“{title}”（{d}）发现预案需修订，至今未修订",
                      title=title, d=day.isoformat()), "emergency_plan", pid)


def _maybe_overdue(ctx: CheckContext) -> Any:
    """SQL that keeps every plan whose evaluation might be overdue and drops the rest, so P1
    reads a few rows of a county's 50,000 plans; `next_review_due` then decides exactly.

    Overdue means the latest of 发布/修订/评估 plus the cycle is before today, so each known
    date is before today less the cycle (two days' slack for 29 February)."""
    def bound(years: int) -> date:
        return add_years(ctx.today, -years) + timedelta(days=2)

    own = EmergencyPlan.review_cycle_years
    county_years = review_cycle(ctx, RegionLevel.COUNTY.value, None)[0]
    local_years = review_cycle(ctx, RegionLevel.TOWNSHIP.value, None)[0]
    owns = [y for y in ctx.session.scalars(select(own).distinct()) if y]
    limit = case((and_(own.is_not(None), own != 0),
                  case({y: bound(y) for y in owns}, value=own, else_=ctx.today)),
                 (Region.level == RegionLevel.COUNTY.value, bound(county_years)),
                 else_=bound(local_years)) if owns else \
        case((Region.level == RegionLevel.COUNTY.value, bound(county_years)),
             else_=bound(local_years))
    dates = (EmergencyPlan.issue_date, EmergencyPlan.last_revised_date,
             EmergencyPlan.last_eval_date)
    return and_(or_(*(d.is_not(None) for d in dates)),
                *(or_(d.is_(None), d < limit) for d in dates))


def _drill_cutoffs(ctx: CheckContext) -> dict[str, tuple[int, date]]:
    """Plan type → (months, cutoff day): F2 for special/department plans, F3 for enterprises."""
    out = {}
    for types, key, default in (((PlanType.SPECIAL, PlanType.DEPARTMENT), "plan_drill_months",
                                 36),
                                ((PlanType.ENTERPRISE,), "enterprise_drill_months", 12),
                                ((PlanType.ONSITE,), "onsite_drill_months", 6)):
        months = _setting(ctx, key, default)
        for pt in types:
            out[pt.value] = (months, months_before(ctx.today, months))
    return out


@rule("P2", "预案演练超期", Severity.ORANGE, "plans",
      "F2：专项、部门应急预案至少每3年演练一次；F3：企业每年、现场处置方案每半年；"
      "S3(4)：每年组织1至2次综合性演练")
def drill_overdue(ctx: CheckContext) -> Iterator[Alert]:
    cutoffs = _drill_cutoffs(ctx)
    last = last_drill_of(EmergencyPlan.id)
    stmt = _plans(EmergencyPlan.plan_type, EmergencyPlan.issue_date, last).where(
        EmergencyPlan.plan_type.in_(list(cutoffs)))
    for pid, name, path, ptype, issued, last_drill in ctx.execute(stmt):
        months, cutoff = cutoffs[ptype]
        if last_drill is None:
            # A special plan never drilled is P3's; others once older than the interval.
            if ptype == PlanType.SPECIAL.value or issued is None or issued >= cutoff:
                continue
            msg = t("发布于 {d}，{n} 个月内未演练", d=issued.isoformat(), n=months)
        elif last_drill < cutoff:
            msg = t("最近演练 {d}，已超过 {n} 个月", d=last_drill.isoformat(), n=months)
        else:
            continue
        yield Alert("P2", Severity.ORANGE, region_label(path), name, msg, "emergency_plan", pid)
    yield from _comprehensive_target(ctx)


def _comprehensive_target(ctx: CheckContext) -> Iterator[Alert]:
    """Each township: at least N comprehensive drills (综合/联合/实战) in the last 12 months."""
    target = _setting(ctx, "comprehensive_drills_per_year", 1)
    if target <= 0:
        return
    since = months_before(ctx.today, 12)
    town = Region.__table__.alias("town")
    counts: dict[int, int] = dict(ctx.execute(
        select(town.c.id, func.count(Drill.id))
        .join(Region, Region.id == Drill.region_id)
        .join(town, or_(town.c.id == Region.id, town.c.id == Region.parent_id))
        .where(Drill.is_deleted.is_(False), Drill.date > since, Drill.date <= ctx.today,
               Drill.form.in_([DrillForm.COMPREHENSIVE.value, DrillForm.JOINT.value,
                               DrillForm.LIVE.value]),
               town.c.level == RegionLevel.TOWNSHIP.value)
        .group_by(town.c.id)).all())
    for rid, name, path in _townships(ctx.session):
        n = counts.get(rid, 0)
        if n < target:
            yield Alert("P2", Severity.INFO, region_label(path), name,
                        t("近 12 个月综合性演练 {n} 次，少于每年 {target} 次",
                          n=n, target=target), "region", rid)


def _townships(session: Session) -> list[tuple[int, str, str]]:
    return [tuple(r) for r in session.execute(  # type: ignore[misc]
        select(Region.id, Region.name, Region.path).where(
            Region.is_deleted.is_(False), Region.level == RegionLevel.TOWNSHIP.value)
        .order_by(Region.path))]


@rule("P3", "专项预案从未演练", Severity.ORANGE, "plans",
      "D7（S2）：对本级所有专项预案组织至少一次应急演练")
def never_drilled(ctx: CheckContext) -> Iterator[Alert]:
    stmt = _plans(EmergencyPlan.issue_date).where(
        EmergencyPlan.plan_type == PlanType.SPECIAL.value,
        last_drill_of(EmergencyPlan.id).is_(None))
    for pid, name, path, issued in ctx.execute(stmt):
        since = t("（发布于 {d}）", d=issued.isoformat()) if issued else ""
        yield Alert("P3", Severity.ORANGE, region_label(path), name,
                    t("专项预案从未组织演练{since}", since=since), "emergency_plan", pid)


@rule("P4", "预案未经专家评审或未备案", Severity.ORANGE, "plans",
      "D10（S3(4)）：部分预案未经专家评审；D6/F2：预案发布后报上级备案")
def review_and_filing(ctx: CheckContext) -> Iterator[Alert]:
    stmt = _plans(EmergencyPlan.plan_type, EmergencyPlan.expert_review_date,
                  EmergencyPlan.filed_date, EmergencyPlan.issue_date).where(
        or_(EmergencyPlan.filed_date.is_(None),
            and_(EmergencyPlan.expert_review_date.is_(None),
                 EmergencyPlan.plan_type.in_(_REVIEWED_TYPES))))
    for pid, name, path, ptype, reviewed, filed, issued in ctx.execute(stmt):
        missing = []
        if reviewed is None and ptype in _REVIEWED_TYPES:
            missing.append(t("未经专家评审"))
        if filed is None:
            missing.append(t("发布后未备案") if issued else t("未备案"))
        if missing:
            yield Alert("P4", Severity.ORANGE, region_label(path), name, "、".join(missing),
                        "emergency_plan", pid)


def checklist(text: str | None) -> list[str]:
    """'防汛抗旱、森林火灾 突发地质灾害' → the items (settings text, any separator)."""
    return [x for x in _SPLIT.split(text or "") if x]


_GROUPS = re.compile(r"[;；\n]+")


def synonym_table(text: str | None) -> dict[str, str]:
    """The setting '防汛抗旱=防汛、防洪；突发地质灾害=地质灾害' → every name → its group's first
    name, so each side of a comparison can be brought to one spelling."""
    table: dict[str, str] = {}
    for group in _GROUPS.split(text or ""):
        names = [n for n in _SPLIT.split(group.replace("=", "、").replace("＝", "、")) if n]
        for n in names:
            table.setdefault(n, names[0])
    return table


def categories_of(hazard: str | None, synonyms: dict[str, str]) -> set[str]:
    """A plan's 事件类别 as checklist names: '自然灾害/防汛' → {'自然灾害', '防汛抗旱'}.

    Compared whole, never as substrings: a plan of category 自然灾害 does not cover
    自然灾害救助, and the plan's name is not read at all (issue 15)."""
    return {synonyms.get(x, x) for x in _SPLIT.split(hazard or "") if x}


def covers(item: str, hazard: str | None, synonyms: dict[str, str]) -> bool:
    """Does a plan of 事件类别 `hazard` cover checklist item `item`?"""
    return synonyms.get(item, item) in categories_of(hazard, synonyms)


@rule("P5", "缺少应配备的预案", Severity.RED, "plans",
      "D4/D5（S0、S1）：县、乡镇有总体预案和专项预案清单；D2：每个村（社区）有预案")
def coverage(ctx: CheckContext) -> Iterator[Alert]:
    synonyms = synonym_table(ctx.settings.get("plan_category_synonyms"))
    lists = {RegionLevel.COUNTY.value: checklist(ctx.settings.get("county_plan_checklist")),
             RegionLevel.TOWNSHIP.value: checklist(ctx.settings.get("township_plan_checklist"))}
    overall = {RegionLevel.COUNTY.value: (PlanType.OVERALL.value,),
               RegionLevel.TOWNSHIP.value: (PlanType.OVERALL.value, PlanType.TOWNSHIP.value),
               RegionLevel.VILLAGE.value: (PlanType.VILLAGE.value, PlanType.OVERALL.value),
               RegionLevel.COMMUNITY.value: (PlanType.VILLAGE.value, PlanType.OVERALL.value)}
    # SQL keeps the regions that can have a finding: those without their level's overall
    # plan, and the county and townships (checklists); a county's villages with their plan
    # are never read. Only the county's and townships' plans are loaded: a village is here
    # only because it has no plan that counts.
    has_overall = exists().where(
        EmergencyPlan.region_id == Region.id, _LIVE_PLAN,
        or_(*(and_(Region.level == level, EmergencyPlan.plan_type.in_(types))
              for level, types in overall.items())))
    regions = ctx.execute(select(Region.id, Region.name, Region.path, Region.level).where(
        Region.is_deleted.is_(False), or_(~has_overall, Region.level.in_(list(lists))))
        .order_by(Region.path)).all()
    plans: dict[int, list[tuple[str, str, str | None]]] = defaultdict(list)
    for rid, ptype, name, hazard in ctx.execute(
            select(EmergencyPlan.region_id, EmergencyPlan.plan_type, EmergencyPlan.name,
                   EmergencyPlan.hazard_class)
            .join(Region, Region.id == EmergencyPlan.region_id)
            # The county's and townships' plans from the region index; with is_deleted to
            # the index SQLite read every live plan of the county (17 → 3 ms, issue 20).
            .where(unindexed(EmergencyPlan.is_deleted).is_(False),
                   EmergencyPlan.status.in_(IN_FORCE), Region.is_deleted.is_(False),
                   Region.level.in_(list(lists)))):
        plans[rid].append((ptype, name, hazard))
    for rid, name, path, level in regions:
        own = plans.get(rid, [])
        if not any(pt in overall[level] for pt, _, _ in own):
            what = t("村（社区）应急预案") if level in _LOWEST else t("总体应急预案")
            yield Alert("P5", Severity.RED, region_label(path) or name, name,
                        t("没有现行有效的{what}", what=what), "region", rid)
        special = [h for pt, _n, h in own
                   if pt in (PlanType.SPECIAL.value, PlanType.DEPARTMENT.value)]
        lacking = [item for item in lists.get(level, [])
                   if not any(covers(item, h, synonyms) for h in special)]
        if lacking:
            yield Alert("P5", Severity.ORANGE, region_label(path) or name, name,
                        t("缺少专项预案：{items}。请编制；已有的请在预案“事件类别”中写明专项类别，"
                          "如“自然灾害/{first}”", items="、".join(lacking), first=lacking[0]),
                        "region", rid)


@rule("P6", "演练未评估或问题未整改", Severity.ORANGE, "plans",
      "D6（S1）：演练后总结评估；D7（S2）：通过演练评估发现问题，落实整改")
def drill_follow_up(ctx: CheckContext) -> Iterator[Alert]:
    stmt = (select(Drill.id, Drill.title, Drill.date, Drill.evaluation, Drill.problems,
                   Region.path)
            .outerjoin(Region, Region.id == Drill.region_id)
            .where(Drill.is_deleted.is_(False), unresolved_drill()).order_by(Drill.date))
    for did, title, day, evaluation, problems, path in ctx.execute(stmt):
        parts = []
        if says_nothing(evaluation):
            parts.append(t("演练后未开展评估，请组织评估并填写评估结论"))
        if not says_nothing(problems):
            parts.append(t("存在问题未整改：{p}，请落实整改并登记整改情况", p=problems))
        yield Alert("P6", Severity.ORANGE, region_label(path), f"{title}（{day.isoformat()}）",
                    "；".join(parts), "drill", did)


def _inactive_refs(session: Session, kind: str, ids: set[int]) -> set[int]:
    """Of `ids` in the kind's table: those missing, deleted or with an inactive status.

    A table not in this program yet (teams before the teams register exists) is skipped."""
    name = RESOURCE_TABLES[kind]
    tbl = Base.metadata.tables.get(name)
    if tbl is None or not ids:
        return set()
    cols = [tbl.c.id, tbl.c.is_deleted]
    has_status = "status" in tbl.c
    if has_status:
        cols.append(tbl.c.status)
    found = {row[0]: row for row in session.execute(select(*cols).where(tbl.c.id.in_(ids)))}
    out = set()
    for i in ids:
        row = found.get(i)
        if row is None or row[1] or (has_status and str(row[2]) in INACTIVE_STATUSES):
            out.add(i)
    return out


@rule("P7", "预案依托的应急资源发生变化", Severity.ORANGE, "plans",
      "F2：重要应急资源发生重大变化的，应及时修订预案")
def resource_drift(ctx: CheckContext) -> Iterator[Alert]:
    rows = ctx.execute(
        _plans(PlanResource.kind, PlanResource.ref_id, PlanResource.name)
        .join(PlanResource, PlanResource.plan_id == EmergencyPlan.id)
        .where(PlanResource.is_deleted.is_(False))).all()
    by_kind: dict[str, set[int]] = defaultdict(set)
    for *_, kind, ref, _n in rows:
        by_kind[kind].add(ref)
    gone = {k: _inactive_refs(ctx.session, k, v) for k, v in by_kind.items()}
    nouns = {"team": t("救援队伍"), "warehouse": t("仓库"), "person": t("人员")}
    for pid, name, path, kind, ref, rname in rows:
        if ref in gone.get(kind, set()):
            yield Alert("P7", Severity.ORANGE, region_label(path), name,
                        t("依托的{noun}“{name}”已撤销或停用，重要应急资源发生变化，建议修订预案",
                          noun=nouns.get(kind, kind), name=rname), "emergency_plan", pid)


@rule("P8", "村（社区）未按期演练", Severity.ORANGE, "plans",
      "D3（S0）：定期开展乡村、社区应急演练")
def village_drills(ctx: CheckContext) -> Iterator[Alert]:
    months = _setting(ctx, "village_drill_months", 12)
    cutoff = months_before(ctx.today, months)
    latest = (select(Drill.region_id, func.max(Drill.date).label("last"))
              .where(Drill.is_deleted.is_(False)).group_by(Drill.region_id).subquery())
    stmt = (select(Region.id, Region.name, Region.path, latest.c.last)
            .outerjoin(latest, latest.c.region_id == Region.id)
            .where(Region.is_deleted.is_(False), Region.level.in_(_LOWEST),
                   or_(latest.c.last.is_(None), latest.c.last < cutoff))
            .order_by(Region.path))
    for rid, name, path, last in ctx.execute(stmt):
        msg = t("没有演练记录") if last is None else \
            t("最近演练 {d}，已超过 {n} 个月", d=last.isoformat(), n=months)
        yield Alert("P8", Severity.ORANGE, region_label(path), name, msg, "region", rid)

