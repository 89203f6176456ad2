"""Rescue-team rules T1–T6 (docs/domain.md section 4). A few SQL queries per rule, never one
per row.

Headcounts come from team_views.headcount_of, so the team list, the rosters and T1 agree.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator
from datetime import timedelta
from typing import Any

from sqlalchemy import and_, func, or_, select

from emergency_desk.data.dates import date_text, with_precision
from emergency_desk.data.models import Region
from emergency_desk.data.people import Person, TrainingAttendance, TrainingEvent, mobile_unusable
from emergency_desk.data.sql import join_in_order, through_index, unindexed
from emergency_desk.data.supplies import Warehouse
from emergency_desk.data.teams import (
    Certificate,
    EquipmentCategory,
    EquipmentCondition,
    RescueTeam,
    TeamCategory,
    TeamLevel,
    TeamMember,
    TeamStatus,
)
from emergency_desk.i18n import t
from emergency_desk.services.checks.registry import (
    Alert,
    CheckContext,
    Severity,
    region_label,
    rule,
)
from emergency_desk.services.officers.trainings import months_before
from emergency_desk.services.teams.drills import team_drills_in
from emergency_desk.services.teams.standards import standards_in
from emergency_desk.services.teams.views import (
    EquipmentQuery,
    EquipmentRow,
    active_member,
    equipment_in,
    headcount_of,
)

_LIVE_TEAM = and_(RescueTeam.is_deleted.is_(False),
                  RescueTeam.status == TeamStatus.IN_SERVICE.value, Region.is_deleted.is_(False))


def _teams(*cols: Any) -> Any:
    return (select(RescueTeam.id, RescueTeam.name, Region.path, *cols)
            .join(Region, Region.id == RescueTeam.region_id).where(_LIVE_TEAM))


def _active_members(ctx: CheckContext, *cols: Any, live: Any = None) -> Any:
    return (select(TeamMember.id, Person.name, RescueTeam.name, Region.path, *cols)
            .join(Person, Person.id == TeamMember.person_id)
            .join(RescueTeam, RescueTeam.id == TeamMember.team_id)
            .join(Region, Region.id == RescueTeam.region_id)
            .where(_LIVE_TEAM, active_member(ctx.today, live=live)))


@rule("T1", "综合性救援队伍人数不足", Severity.RED, "teams",
      "C1（S1 浮梁县规划）：建成县本级不少于30人、乡(镇)级不少于20人的综合应急救援队伍")
def headcount(ctx: CheckContext) -> Iterator[Alert]:
    minimum = {TeamLevel.TOWNSHIP.value: int(ctx.settings.get("team_min_township", 20)),
               TeamLevel.COUNTY.value: int(ctx.settings.get("team_min_county", 30))}
    count = headcount_of(RescueTeam.id, ctx.today)
    stmt = _teams(RescueTeam.level, count).where(
        RescueTeam.category == TeamCategory.COMPREHENSIVE.value,
        RescueTeam.level.in_(list(minimum)))
    for tid, name, path, level, n in ctx.execute(stmt):
        want = minimum[level]
        if n < want:
            yield Alert("T1", Severity.RED, region_label(path), name,
                        t("在队 {n} 人，{level}综合性救援队伍应不少于 {m} 人，缺 {gap} 人",
                          n=n, level=TeamLevel(level).label, m=want, gap=want - n),
                        "rescue_team", tid)


@rule("T2", "救援队伍缺队长、值班电话或队员手机", Severity.ORANGE, "teams",
      "C9（S3(1)）：掌握救援队伍主管单位、队伍规模等，逐一建档；应急调用需能联系到人")
def contacts(ctx: CheckContext) -> Iterator[Alert]:
    stmt = _teams(RescueTeam.leader_person_id, RescueTeam.duty_phone)
    for tid, name, path, leader, phone in ctx.execute(stmt):
        missing = [w for w, gap in ((t("队长"), leader is None),
                                    (t("值班电话"), not (phone or "").strip())) if gap]
        if missing:
            yield Alert("T2", Severity.ORANGE, region_label(path), name,
                        t("未登记{what}", what=t("和").join(missing)), "rescue_team", tid)
    # From the people without a usable mobile (a partial index) to their memberships: not
    # from every member to their person (18 ms at 50,000 members, issue 20).
    bad = through_index(
        select(TeamMember.id, Person.name, RescueTeam.name, Region.path, Person.mobile)
        .select_from(join_in_order(Person, TeamMember, Person.id == TeamMember.person_id))
        .join(RescueTeam, RescueTeam.id == TeamMember.team_id)
        .join(Region, Region.id == RescueTeam.region_id)
        .where(_LIVE_TEAM, active_member(ctx.today), mobile_unusable())
        .order_by(TeamMember.id), Person, "ix_person_mobile_unusable")
    for mid, pname, team, path, mobile in ctx.execute(bad):
        msg = t("{team}队员未登记手机号码", team=team) if not mobile else \
            t("{team}队员手机号码“{m}”不是 11 位手机号", team=team, m=mobile)
        yield Alert("T2", Severity.ORANGE, region_label(path), pname, msg, "team_member", mid)


@rule("T3", "队员保险或证书过期、即将到期", Severity.ORANGE, "teams",
      "C7（S0 黟县规划）：推进专业救援人员商业保险机制，工伤、人身意外伤害等保险全覆盖")
def insurance(ctx: CheckContext) -> Iterator[Alert]:
    days = int(ctx.settings.get("insurance_warning_days", 30))
    soon = ctx.today + timedelta(days=days)
    stmt = _active_members(ctx, TeamMember.insurance_expiry).where(
        or_(TeamMember.insurance_expiry.is_(None), TeamMember.insurance_expiry <= soon))
    for mid, pname, team, path, expiry in ctx.execute(stmt):
        if expiry is None:
            yield Alert("T3", Severity.INFO, region_label(path), pname,
                        t("{team}队员未登记保险有效期", team=team), "team_member", mid)
        elif expiry < ctx.today:
            yield Alert("T3", Severity.ORANGE, region_label(path), pname,
                        t("{team}队员保险已于 {d} 到期", team=team, d=expiry.isoformat()),
                        "team_member", mid)
        elif expiry <= soon:
            yield Alert("T3", Severity.INFO, region_label(path), pname,
                        t("{team}队员保险将于 {d} 到期", team=team, d=expiry.isoformat()),
                        "team_member", mid)
    # 有效期至 2024.07 is stored as 2024-07-31 (good all July) and said as the month.
    # From the certificates to their holders' memberships: with team_member.is_deleted to
    # the index SQLite walked every live member and looked up their certificates (issue 20).
    certs = _active_members(ctx, Certificate.name, Certificate.expiry_date,
                            Certificate.expiry_date_month,
                            live=unindexed(TeamMember.is_deleted).is_(False)).join(
        Certificate, and_(Certificate.person_id == Person.id,
                          Certificate.is_deleted.is_(False))).where(
        Certificate.expiry_date.is_not(None),
        Certificate.expiry_date <= soon)
    for mid, pname, _team, path, cert, expiry, month in ctx.execute(certs):
        shown = date_text(with_precision(expiry, month))
        if expiry < ctx.today:
            msg, sev = t("证书“{c}”已于 {d} 过期", c=cert, d=shown), Severity.ORANGE
        else:
            msg, sev = t("证书“{c}”将于 {d} 到期", c=cert, d=shown), Severity.INFO
        yield Alert("T3", sev, region_label(path), pname, msg, "team_member", mid)


@rule("T4", "救援队伍长期未训练或演练", Severity.ORANGE, "teams",
      "C3（S1）：日常训练、应急演练、技能比武、技术交流；S3(1)：适时组织综合培训和演练")
def activity(ctx: CheckContext) -> Iterator[Alert]:
    months = int(ctx.settings.get("team_activity_months", 12))
    cutoff = months_before(ctx.today, months)
    least = int(ctx.settings.get("team_activity_min_attendees", 3))
    # An event is the team's when enough current members attended it (a county course one
    # member happened to attend is not a team drill); the team's latest is the newest such.
    per_event = (select(TeamMember.team_id.label("team_id"), TrainingEvent.date.label("day"))
                 .join(Person, Person.id == TeamMember.person_id)
                 # From the members to their attendances (person index), not every live
                 # attendance of the county through is_deleted (13 → 10 ms, issue 20).
                 .join(TrainingAttendance, and_(
                     TrainingAttendance.person_id == Person.id,
                     unindexed(TrainingAttendance.is_deleted).is_(False)))
                 .join(TrainingEvent, and_(TrainingEvent.id == TrainingAttendance.event_id,
                                           TrainingEvent.is_deleted.is_(False)))
                 .where(active_member(ctx.today))
                 .group_by(TeamMember.team_id, TrainingEvent.id)
                 .having(func.count(func.distinct(Person.id)) >= least).subquery())
    trained: dict[int, Any] = {tid: day for tid, day in ctx.execute(
        select(per_event.c.team_id, func.max(per_event.c.day)).group_by(per_event.c.team_id))}
    teams = ctx.execute(_teams(RescueTeam.founded_date)).all()
    drilled = team_drills_in(ctx.session, {tid: name for tid, name, _p, _f in teams}, ctx.today)
    for tid, name, path, founded in teams:
        days = [d for d in (trained.get(tid), drilled.get(tid)) if d is not None]
        last = max(days) if days else None
        if last is not None and last >= cutoff:
            continue
        if last is None and founded is not None and founded >= cutoff:
            continue  # founded less than the interval ago: not due yet
        msg = t("没有训练或演练记录，请组织队伍训练或参加演练") if last is None else \
            t("最近一次训练或演练为 {d}，已超过 {n} 个月，请组织队伍训练或参加演练",
              d=last.isoformat(), n=months)
        yield Alert("T4", Severity.ORANGE, region_label(path), name, msg, "rescue_team", tid)


def _team_paths(ctx: CheckContext) -> dict[int, str]:
    return {tid: path for tid, _name, path in ctx.execute(_teams())}


@rule("T5", "装备超期、维护超期或待修", Severity.ORANGE, "teams",
      "B11（S3(4)）：部分扑灭火器具过期、过旧；C10：装备代储和维护保养")
def equipment_upkeep(ctx: CheckContext) -> Iterator[Alert]:
    months = int(ctx.settings.get("equipment_maint_months", 12))
    paths = _team_paths(ctx)
    usable = tuple(c for c in EquipmentCondition if c != EquipmentCondition.SCRAPPED)
    stores = _warehouse_townships(ctx)
    for e in equipment_in(ctx.session, EquipmentQuery(conditions=usable)):
        if e.team_id is not None and e.team_id not in paths:
            continue  # the team was disbanded or deleted: its list is not a work item
        # Held in a warehouse rather than by a team: the warehouse's township is the place.
        where = region_label(paths[e.team_id]) if e.team_id is not None else \
            _store_of(stores, e.storage_place)
        subject = f"{e.owner} {e.name}".strip()
        problems: list[str] = []
        end = e.end_of_service
        if end is not None and end < ctx.today:
            problems.append(t("已超过使用年限或有效期（{d}）", d=end.isoformat()))
        due = e.maint_due(months)
        if due is not None and due < ctx.today:
            problems.append(t("维护保养已超期（应于 {d} 前）", d=due.isoformat()))
        if e.condition == EquipmentCondition.NEEDS_REPAIR:
            problems.append(t("状态为待修"))
        if problems:
            yield Alert("T5", Severity.ORANGE, where, subject, "；".join(problems),
                        "equipment", e.id)


def _warehouse_townships(ctx: CheckContext) -> dict[str, str]:
    """Warehouse name (spaces dropped) → its township as alerts name places ('碧阳镇'; a
    county warehouse → the county), for equipment whose 存放地点 is a warehouse."""
    rows = ctx.execute(select(Warehouse.name, Region.path)
                               .join(Region, Region.id == Warehouse.region_id)
                               .where(Warehouse.is_deleted.is_(False)))
    return {"".join(name.split()): region_label("/".join(path.split("/")[:2]))
            for name, path in rows}


def _store_of(stores: dict[str, str], place: str | None) -> str:
    """The township of the warehouse named in 存放地点 ('县应急物资储备库 2号库房' names
    '县应急物资储备库'); the longest name wins."""
    text = "".join((place or "").split())
    if not text:
        return ""
    hits = [name for name in stores if name and name in text]
    return stores[max(hits, key=len)] if hits else ""


def required_categories(text: str) -> list[EquipmentCategory]:
    """The T6 setting '防护、通信指挥' → categories (unknown words are ignored)."""
    out: list[EquipmentCategory] = []
    for word in (w.strip() for w in str(text or "").replace(",", "、").replace("，", "、")
                 .split("、")):
        cat = EquipmentCategory.from_label(word) if word else None
        if isinstance(cat, EquipmentCategory) and cat not in out:
            out.append(cat)
    return out


@rule("T6", "救援队伍装备配备不达标", Severity.INFO, "teams",
      "C6（S0、S1）：制定基层应急救援装备配备目录，分类分重点储备；C8（S2）：按标准配置技术装备；"
      "S3(4)：县、乡、村三级应急装备配置标准")
def equipment_standard(ctx: CheckContext) -> Iterator[Alert]:
    """One alert per team naming everything it lacks: the setting's categories (comprehensive
    teams) and the 三级配置标准 rows of its level (and 队伍性质, or any)."""
    wanted = required_categories(str(ctx.settings.get("team_equipment_standard", "")))
    rows = standards_in(ctx.session)
    teams = ctx.execute(_teams(RescueTeam.level, RescueTeam.force_type,
                                       RescueTeam.category)).all()
    if not teams or not (wanted or rows):
        return
    pieces: dict[int, list[EquipmentRow]] = defaultdict(list)
    for e in equipment_in(ctx.session, EquipmentQuery(team_ids=tuple(r[0] for r in teams),
                                                      conditions=(EquipmentCondition.GOOD,))):
        end = e.end_of_service
        if end is not None and end < ctx.today:
            continue  # marked 完好 but past its service life or expiry (T5 says so): not usable
        if e.team_id is not None and e.quantity > 0:
            pieces[e.team_id].append(e)
    for tid, name, path, level, force, category in teams:
        parts = []
        if category == TeamCategory.COMPREHENSIVE.value:
            have = {e.category.value for e in pieces[tid]}
            missing = [c.label for c in wanted if c.value not in have]
            if missing:
                parts.append(t("缺少完好且在有效期内的{cats}类装备，请按配备标准补充",
                               cats="、".join(missing)))
        short = []
        for std in rows:
            if std.level.value != level or (std.force_type is not None
                                            and std.force_type.value != force):
                continue
            count = sum(e.quantity for e in pieces[tid] if std.name in e.name)
            if count < std.required_qty:
                short.append(t("{name} 应配 {need}{unit}，现有 {have}", name=std.name,
                               need=std.required_qty, unit=std.unit or "", have=count))
        if short:
            parts.append(t("低于三级装备配置标准：{items}", items="；".join(short)))
        if parts:
            yield Alert("T6", Severity.INFO, region_label(path), name, "。".join(parts),
                        "rescue_team", tid)
