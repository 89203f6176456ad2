"""Officer rules O1–O6 (docs/domain.md section 4). Each rule is a few SQL queries, never one per
row.

O1/O2 read the same `coverage_in` as the coverage view, so the window and `check` agree.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from sqlalchemy import and_, case, func, or_, select

from emergency_desk.data.enums import RegionLevel
from emergency_desk.data.models import Region
from emergency_desk.data.officers import InfoOfficer, OfficerPost, OfficerStatus, on_post
from emergency_desk.data.people import (
    Person,
    TrainingAttendance,
    TrainingEvent,
    mobile_unusable,
)
from emergency_desk.data.sql import group_concat, join_in_order, through_index, unindexed
from emergency_desk.i18n import t
from emergency_desk.services.checks.registry import (
    Alert,
    CheckContext,
    Severity,
    region_label,
    rule,
)
from emergency_desk.services.officers.coverage import CoverageRow, coverage_in
from emergency_desk.services.officers.trainings import (
    for_officers,
    months_before,
    rate_targets,
    training_rates_in,
)

_LIVE = and_(InfoOfficer.is_deleted.is_(False), Person.is_deleted.is_(False),
             Region.is_deleted.is_(False))
_ACTIVE = and_(_LIVE, InfoOfficer.status == OfficerStatus.ACTIVE.value)
_TIER = case((InfoOfficer.level.in_([RegionLevel.VILLAGE.value, RegionLevel.COMMUNITY.value]),
              "village"), else_=InfoOfficer.level)


def _active_officers(today: Any = None) -> Any:
    """Officers marked 在岗; with `today`, only those on post that day (dates too)."""
    return (select(InfoOfficer.id, Person.name, Region.path)
            .join(Person, Person.id == InfoOfficer.person_id)
            .join(Region, Region.id == InfoOfficer.region_id)
            .where(_ACTIVE if today is None else and_(_LIVE, on_post(today))))


def _minimum(ctx: CheckContext) -> int:
    return int(ctx.settings.get("officers_min_per_region", 1))


def _gaps(ctx: CheckContext) -> list[CoverageRow]:
    """The coverage rows with an O1 or O2 gap, read once for both rules."""
    return ctx.shared("officer_coverage_gaps", lambda: coverage_in(
        ctx.session, minimum=_minimum(ctx), gaps_only=True, today=ctx.today))


@rule("O1", "村（社区）、乡镇没有灾害信息员", Severity.RED, "officers",
      "A1（S0 黟县规划）：全县每个乡镇村、社区均有不少于1名灾害信息员")
def coverage(ctx: CheckContext) -> Iterator[Alert]:
    for row in _gaps(ctx):
        if row.coverage_gap:
            yield Alert("O1", Severity.RED, region_label(row.path), row.name, row.coverage_gap,
                        "region", row.region_id)


@rule("O2", "灾害多发频发区划未落实AB岗", Severity.RED, "officers",
      "A1（S0）：灾害多发频发乡镇、村设置AB岗；F4：A岗主责，B岗在A岗不能到岗时接替")
def ab_posts(ctx: CheckContext) -> Iterator[Alert]:
    for row in _gaps(ctx):
        if row.is_disaster_prone and row.ab_gap:
            # No A at all: nobody is charged with reporting. A missing or duplicated B still
            # leaves someone on post.
            severity = Severity.RED if not row.a else Severity.ORANGE
            yield Alert("O2", severity, region_label(row.path), row.name, row.ab_gap,
                        "region", row.region_id)


def _more_than_one(key: Any, post: str | None = None) -> Any:
    """The regions (people) with more than one officer row of any kind: a superset of those
    with two on post that day, read from an index alone (ix_info_officer_region_status,
    ix_info_officer_person). Joining all 50,000 officers to their people and regions to find
    the few with two costs ten times as much (issue 20)."""
    stmt = select(key)
    if post is not None:
        stmt = stmt.where(InfoOfficer.post == post)
    return stmt.group_by(key).having(func.count() > 1)


@rule("O3", "灾害信息员信息有误", Severity.ORANGE, "officers",
      "O3：每个区划至多一名在岗A岗；同一人不在同一层级两个区划任职；手机号码 11 位；"
      "离任日期不早于任职日期；离任人员不列入花名册")
def integrity(ctx: CheckContext) -> Iterator[Alert]:
    on_post_now = and_(_LIVE, on_post(ctx.today))
    # The A posts of those regions from the region index; with is_deleted left to the index,
    # SQLite walked every live officer (13 → 4 ms at 50,000, issue 20).
    a_posts = and_(on_post(ctx.today, live=unindexed(InfoOfficer.is_deleted).is_(False)),
                   Person.is_deleted.is_(False), Region.is_deleted.is_(False))
    base = (select(InfoOfficer.region_id, func.count(InfoOfficer.id),
                   group_concat(Person.name, "、"), Region.path, Region.name)
            .join(Person, Person.id == InfoOfficer.person_id)
            .join(Region, Region.id == InfoOfficer.region_id)
            .where(a_posts, InfoOfficer.post == OfficerPost.A.value,
                   InfoOfficer.region_id.in_(_more_than_one(InfoOfficer.region_id,
                                                            OfficerPost.A.value)))
            .group_by(InfoOfficer.region_id, Region.path, Region.name)
            .having(func.count(InfoOfficer.id) > 1))
    for rid, n, names, path, name in ctx.execute(base):
        yield Alert("O3", Severity.RED, region_label(path), name,
                    t("有 {n} 名在岗A岗（{names}），只应有一名", n=n, names=names),
                    "region", rid)
    twice = (select(InfoOfficer.person_id, Person.name, group_concat(Region.path, "、"),
                    func.min(InfoOfficer.id))
             .join(Person, Person.id == InfoOfficer.person_id)
             .join(Region, Region.id == InfoOfficer.region_id)
             .where(on_post_now, InfoOfficer.person_id.in_(_more_than_one(InfoOfficer.person_id)))
             .group_by(InfoOfficer.person_id, Person.name, _TIER)
             .having(func.count(func.distinct(InfoOfficer.region_id)) > 1))
    for _pid, pname, paths, oid in ctx.execute(twice):
        where = "、".join(region_label(p) for p in paths.split("、"))
        yield Alert("O3", Severity.ORANGE, where, pname,
                    t("同一人在同一层级的多个区划任职：{where}", where=where),
                    "info_officer", oid)
    # From the people without a usable mobile (a partial index) to their posts: not from
    # every officer to their person (20 ms at 50,000, issue 20).
    bad_mobile = through_index(
        select(InfoOfficer.id, Person.name, Region.path, Person.mobile)
        .select_from(join_in_order(Person, InfoOfficer, Person.id == InfoOfficer.person_id))
        .join(Region, Region.id == InfoOfficer.region_id)
        .where(on_post_now, mobile_unusable()).order_by(InfoOfficer.id),
        Person, "ix_person_mobile_unusable")
    for oid, pname, path, mobile in ctx.execute(bad_mobile):
        msg = t("未填写手机号码") if not mobile else \
            t("手机号码“{m}”不是 11 位手机号", m=mobile)
        yield Alert("O3", Severity.ORANGE, region_label(path), pname, msg, "info_officer", oid)
    backwards = (select(InfoOfficer.id, Person.name, Region.path, InfoOfficer.appoint_date,
                        InfoOfficer.leave_date)
                 .join(Person, Person.id == InfoOfficer.person_id)
                 .join(Region, Region.id == InfoOfficer.region_id)
                 .where(InfoOfficer.is_deleted.is_(False),
                        InfoOfficer.leave_date < InfoOfficer.appoint_date)
                 .order_by(InfoOfficer.id))
    for oid, pname, path, appointed, left in ctx.execute(_left(backwards)):
        yield Alert("O3", Severity.ORANGE, region_label(path), pname,
                    t("离任日期 {l} 早于任职日期 {a}", l=str(left), a=str(appointed)),
                    "info_officer", oid)
    still_on = _active_officers().add_columns(InfoOfficer.leave_date).where(
        InfoOfficer.leave_date < ctx.today).order_by(InfoOfficer.id)
    for oid, pname, path, left in ctx.execute(_left(still_on)):
        yield Alert("O3", Severity.ORANGE, region_label(path), pname,
                    t("已于 {d} 离任，状态仍为在岗，请改为离岗", d=left.isoformat()),
                    "info_officer", oid)


def _left(stmt: Any) -> Any:
    """The officers of `stmt`, a query that compares the 离任日期, read from the index of the
    handful that have one (ix_info_officer_left) rather than from every live officer."""
    return through_index(stmt, InfoOfficer, "ix_info_officer_left")


@rule("O4", "灾害信息员培训超期", Severity.ORANGE, "officers",
      "A2（S0）：每年举办1期灾害信息员专项培训班；F4：部分地方要求每年2次")
def training_overdue(ctx: CheckContext) -> Iterator[Alert]:
    months = int(ctx.settings.get("officer_training_months", 12))
    cutoff = months_before(ctx.today, months)
    # Overdue: no training since the cutoff, and either an older one or in post longer than
    # the interval (never trained). Asked per officer from the attendance index, and the
    # latest date looked up only for the officers found: grouping every attendance of the
    # county first cost twice as much at 50,000 officers (issue 20).
    stmt = (_active_officers(ctx.today).add_columns(_latest_officer_training(),
                                                    InfoOfficer.person_id)
            .where(~_trained(TrainingEvent.date >= cutoff),
                   or_(_trained(TrainingEvent.date.is_not(None)),
                       InfoOfficer.appoint_date.is_(None), InfoOfficer.appoint_date < cutoff))
            .order_by(InfoOfficer.id))
    seen: set[tuple[int, str]] = set()
    for oid, pname, path, last, pid in ctx.execute(stmt):
        if (pid, path) in seen:
            continue  # one person holding the A and the B post: one training to arrange
        seen.add((pid, path))
        msg = t("没有灾害信息员培训记录，请安排参加培训") if last is None else \
            t("最近一次灾害信息员培训 {d}，已超过 {n} 个月，请安排参加培训",
              d=last.isoformat(), n=months)
        yield Alert("O4", Severity.ORANGE, region_label(path), pname, msg, "info_officer", oid)


def _officer_trainings(*conds: Any) -> Any:
    """The officer's person's live attendances of live 灾害信息员 events (O4)."""
    return (select(TrainingAttendance.id)
            .join(TrainingEvent, TrainingEvent.id == TrainingAttendance.event_id)
            .where(TrainingAttendance.person_id == InfoOfficer.person_id,
                   TrainingAttendance.is_deleted.is_(False), TrainingEvent.is_deleted.is_(False),
                   for_officers(), *conds)
            .correlate(InfoOfficer))


def _trained(*conds: Any) -> Any:
    return _officer_trainings(*conds).exists()


def _latest_officer_training() -> Any:
    return _officer_trainings().with_only_columns(func.max(TrainingEvent.date)).scalar_subquery()


@rule("O5", "灾害信息员年度培训率未达标", Severity.INFO, "officers",
      "A5（S2）：三级灾害信息员培训率达标；F4 烈山区例：乡镇≥50%、村≥20%")
def training_rate(ctx: CheckContext) -> Iterator[Alert]:
    targets = rate_targets(ctx.settings)
    county = ctx.session.scalar(select(Region.path).where(
        Region.is_deleted.is_(False), Region.level == RegionLevel.COUNTY.value)
        .order_by(Region.id).limit(1))
    for r in training_rates_in(ctx.session, ctx.today.year, today=ctx.today):
        target, source = targets[r.tier]
        if r.rate is not None and r.rate < target:
            yield Alert("O5", Severity.INFO, county or "", r.label,
                        t("{year} 年参加灾害信息员培训 {k}/{n} 人（{rate:.0f}%），低于目标 "
                          "{target:.0f}%（{source}），请组织未培训人员参训",
                          year=ctx.today.year, k=r.trained, n=r.officers, rate=r.rate,
                          target=target, source=source), "info_officer", None)


@rule("O6", "灾害信息员未录入国家系统", Severity.INFO, "officers",
      "F4：灾害信息员应全部录入国家灾害信息员管理系统（江苏例）")
def not_in_national_system(ctx: CheckContext) -> Iterator[Alert]:
    stmt = _active_officers(ctx.today).where(InfoOfficer.in_national_system.is_(False))
    for oid, pname, path in ctx.execute(stmt):
        yield Alert("O6", Severity.INFO, region_label(path), pname,
                    t("尚未录入国家灾害信息员管理系统"), "info_officer", oid)
