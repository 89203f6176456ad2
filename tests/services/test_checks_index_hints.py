"""S1, R2, O3's second A post, O5's trained people, T3's certificates, T4's attendances and
P5's plans read their rows through another index than `is_deleted` (data/sql.py
`unindexed`, issue 20): they must still leave out what is deleted, used up, left or gone,
exactly as the rules' definitions, computed here in Python over every row, say."""

from __future__ import annotations

from collections import Counter
from datetime import date, timedelta

import pytest
from sqlalchemy import func, select, update

from emergency_desk.data.db import Database
from emergency_desk.data.enums import RegionLevel
from emergency_desk.data.models import Region
from emergency_desk.data.officers import InfoOfficer, OfficerPost, OfficerStatus
from emergency_desk.data.people import Person, TrainingAttendance, TrainingAudience, TrainingEvent
from emergency_desk.data.plans import EmergencyPlan, PlanStatus, PlanType
from emergency_desk.data.supplies import StockBatch, Warehouse
from emergency_desk.data.teams import Certificate, RescueTeam, TeamMember, TeamStatus
from emergency_desk.services.checks import run_checks
from emergency_desk.services.officers.training_rates import RATE_TIERS, training_rates_in
from tests.services.conftest import DEMO_DAY

DAY = DEMO_DAY  # the day the shared demo county (tests/services/conftest.py) is built for



def _ids(db: Database, rule: str) -> list[int | None]:
    return sorted(a.record_id or 0 for a in run_checks(db, today=DAY, only=[rule])
                  if a.rule == rule)


def test_s1_expired_batches_leave_out_deleted_used_up_and_deleted_warehouses(
        demo_county: Database) -> None:
    with demo_county.begin() as s:
        rows = s.execute(select(StockBatch.id, StockBatch.warehouse_id)
                         .where(StockBatch.is_deleted.is_(False), StockBatch.qty > 0,
                                StockBatch.expiry_date >= DAY)
                         .order_by(StockBatch.id)).all()
        w_gone = rows[-1][1]
        first = [bid for bid, wid in rows if wid != w_gone][:3]
        second = [bid for bid, wid in rows if wid == w_gone][:1]
        expired = DAY - timedelta(days=10)
        s.execute(update(StockBatch).where(StockBatch.id.in_(first + second))
                  .values(expiry_date=expired))
        s.execute(update(StockBatch).where(StockBatch.id == first[1]).values(is_deleted=True))
        s.execute(update(StockBatch).where(StockBatch.id == first[2]).values(qty=0))
        s.execute(update(Warehouse).where(Warehouse.id == w_gone).values(is_deleted=True))
    with demo_county.read() as s:
        gone = set(s.scalars(select(Warehouse.id).where(Warehouse.is_deleted.is_(True))))
        expected = sorted(bid for bid, wid, deleted, qty, expiry in s.execute(
            select(StockBatch.id, StockBatch.warehouse_id, StockBatch.is_deleted,
                   StockBatch.qty, StockBatch.expiry_date))
            if not deleted and qty > 1e-9 and wid not in gone and expiry is not None
            and expiry < DAY)
    found = _ids(demo_county, "S1")
    assert first[0] in found and first[1] not in found and first[2] not in found
    assert second[0] not in found
    assert found == expected


def test_r2_villages_without_code_leave_out_deleted_ones(demo_county: Database) -> None:
    with demo_county.begin() as s:
        villages = s.scalars(select(Region.id).where(
            Region.is_deleted.is_(False), Region.level == RegionLevel.VILLAGE.value,
            Region.code.is_not(None)).order_by(Region.id).limit(3)).all()
        s.execute(update(Region).where(Region.id == villages[0]).values(code=None))
        s.execute(update(Region).where(Region.id == villages[1]).values(code=""))
        s.execute(update(Region).where(Region.id == villages[2])
                  .values(code=None, is_deleted=True))
    with demo_county.read() as s:
        expected = sorted(rid for rid, level, code, deleted in s.execute(
            select(Region.id, Region.level, Region.code, Region.is_deleted))
            if not deleted and not code and level in (RegionLevel.VILLAGE.value,
                                                      RegionLevel.COMMUNITY.value))
    found = _ids(demo_county, "R2")
    assert villages[0] in found and villages[1] in found and villages[2] not in found
    assert found == expected


def test_o3_second_a_post_leaves_out_deleted_left_and_gone_people(demo_county: Database) -> None:
    """Four villages get a second A post (their B made A): a live one, a deleted one, one
    whose 离任日期 has passed and one whose person was deleted. Only the first is a finding."""
    with demo_county.begin() as s:
        bs = s.execute(select(InfoOfficer.id, InfoOfficer.region_id, InfoOfficer.person_id)
                       .where(InfoOfficer.post == OfficerPost.B.value,
                              InfoOfficer.is_deleted.is_(False),
                              InfoOfficer.status == OfficerStatus.ACTIVE.value,
                              InfoOfficer.leave_date.is_(None))
                       .order_by(InfoOfficer.id)).all()
        a_regions = set(s.scalars(select(InfoOfficer.region_id).where(
            InfoOfficer.post == OfficerPost.A.value, InfoOfficer.is_deleted.is_(False))))
        people = Counter(pid for _o, _r, pid in bs)
        picked = [b for b in bs if b[1] in a_regions and people[b[2]] == 1][:4]
        live, deleted, left, gone = picked
        s.execute(update(InfoOfficer).where(InfoOfficer.id.in_([b[0] for b in picked]))
                  .values(post=OfficerPost.A.value))
        s.execute(update(InfoOfficer).where(InfoOfficer.id == deleted[0])
                  .values(is_deleted=True))
        s.execute(update(InfoOfficer).where(InfoOfficer.id == left[0])
                  .values(leave_date=DAY - timedelta(days=5)))
        s.execute(update(Person).where(Person.id == gone[2]).values(is_deleted=True))
    with demo_county.read() as s:
        dead_people = set(s.scalars(select(Person.id).where(Person.is_deleted.is_(True))))
        dead_regions = set(s.scalars(select(Region.id).where(Region.is_deleted.is_(True))))
        a_count = Counter(rid for rid, pid, post, status, start, end, deleted in s.execute(
            select(InfoOfficer.region_id, InfoOfficer.person_id, InfoOfficer.post,
                   InfoOfficer.status, InfoOfficer.appoint_date, InfoOfficer.leave_date,
                   InfoOfficer.is_deleted))
            if not deleted and post == OfficerPost.A.value
            and status == OfficerStatus.ACTIVE.value and pid not in dead_people
            and rid not in dead_regions and (start is None or start <= DAY)
            and (end is None or end >= DAY))
    expected = sorted(rid for rid, n in a_count.items() if n > 1)
    found = sorted(a.record_id or 0 for a in run_checks(demo_county, today=DAY, only=["O3"])
                   if a.table == "region")
    assert live[1] in found
    assert not {deleted[1], left[1], gone[1]} & set(found)
    assert found == expected


def test_t3_certificates_leave_out_deleted_left_and_gone_members(demo_county: Database) -> None:
    """T3's certificates are read from the certificates to their holders' memberships: an
    expired certificate counts only for a live, current member of a live team in service,
    and only while the certificate itself is live."""
    with demo_county.begin() as s:
        members = s.execute(select(TeamMember.id, TeamMember.person_id)
                            .join(RescueTeam, RescueTeam.id == TeamMember.team_id)
                            .where(TeamMember.is_deleted.is_(False),
                                   TeamMember.leave_date.is_(None),
                                   RescueTeam.is_deleted.is_(False),
                                   RescueTeam.status == TeamStatus.IN_SERVICE.value)
                            .order_by(TeamMember.id)).all()
        people = Counter(pid for _m, pid in members)
        live, deleted, left, gone, cert_gone = [m for m in members if people[m[1]] == 1][:5]
        for i, (_mid, pid) in enumerate((live, deleted, left, gone, cert_gone)):
            s.add(Certificate(person_id=pid, name=f"证书{i}",
                              expiry_date=DAY - timedelta(days=10),
                              is_deleted=(i == 4)))
        s.execute(update(TeamMember).where(TeamMember.id == deleted[0]).values(is_deleted=True))
        s.execute(update(TeamMember).where(TeamMember.id == left[0])
                  .values(leave_date=DAY - timedelta(days=5)))
        s.execute(update(Person).where(Person.id == gone[1]).values(is_deleted=True))
    soon = DAY + timedelta(days=30)
    with demo_county.read() as s:
        dead_people = set(s.scalars(select(Person.id).where(Person.is_deleted.is_(True))))
        teams = {tid for tid, deleted_team, status, region_gone in s.execute(
            select(RescueTeam.id, RescueTeam.is_deleted, RescueTeam.status, Region.is_deleted)
            .join(Region, Region.id == RescueTeam.region_id))
            if not deleted_team and status == TeamStatus.IN_SERVICE.value and not region_gone}
        certs = Counter(pid for pid, expiry, deleted_cert in s.execute(
            select(Certificate.person_id, Certificate.expiry_date, Certificate.is_deleted))
            if not deleted_cert and expiry is not None and expiry <= soon)
        expected = sorted(mid for mid, pid, tid, deleted_member, leave in s.execute(
            select(TeamMember.id, TeamMember.person_id, TeamMember.team_id,
                   TeamMember.is_deleted, TeamMember.leave_date))
            if not deleted_member and pid not in dead_people and tid in teams
            and (leave is None or leave > DAY) for _ in range(certs[pid]))
    found = sorted(a.record_id or 0 for a in run_checks(demo_county, today=DAY, only=["T3"])
                   if "证书" in a.message)
    assert live[0] in found
    assert not {deleted[0], left[0], gone[0], cert_gone[0]} & set(found)
    assert found == expected


def test_t4_deleted_attendances_do_not_make_a_team_active(demo_county: Database) -> None:
    """T4 reads the members' attendances from the person index: a training counts for a team
    only through live attendances of enough current members."""
    def flagged() -> set[int]:
        return {a.record_id or 0 for a in run_checks(demo_county, today=DAY, only=["T4"])}

    idle = sorted(flagged())
    assert idle, "the demo has a team without recent training or drill"
    team = idle[0]
    with demo_county.begin() as s:
        people = s.scalars(select(TeamMember.person_id).join(Person)
                           .where(TeamMember.team_id == team, TeamMember.is_deleted.is_(False),
                                  TeamMember.leave_date.is_(None),
                                  Person.is_deleted.is_(False))
                           .order_by(TeamMember.id).limit(3)).all()
        assert len(people) == 3
        event = TrainingEvent(title="队伍训练", date=DAY - timedelta(days=20),
                              audience=TrainingAudience.TEAMS.value)
        s.add(event)
        s.flush()
        rows = [TrainingAttendance(event_id=event.id, person_id=pid) for pid in people]
        s.add_all(rows)
        s.flush()
        first = rows[0].id
    assert team not in flagged()
    with demo_county.begin() as s:
        s.execute(update(TrainingAttendance).where(TrainingAttendance.id == first)
                  .values(is_deleted=True))
    assert team in flagged()


def test_o5_rates_leave_out_deleted_attendances(demo_county: Database) -> None:
    """O5's trained people are read from the year's events to their attendances: a deleted
    attendance, or one of a deleted event, trains nobody."""
    with demo_county.begin() as s:
        this_year = set(s.scalars(select(TrainingAttendance.person_id).join(TrainingEvent)
                                  .where(TrainingEvent.date >= date(DAY.year, 1, 1))))
        officers = [pid for pid in s.scalars(select(InfoOfficer.person_id).join(Person).where(
            InfoOfficer.is_deleted.is_(False), InfoOfficer.status == OfficerStatus.ACTIVE.value,
            InfoOfficer.leave_date.is_(None), Person.is_deleted.is_(False))
            .order_by(InfoOfficer.id)) if pid not in this_year]
        event = TrainingEvent(title="灾害信息员培训", date=DAY - timedelta(days=3),
                              audience=TrainingAudience.OFFICERS.value)
        gone = TrainingEvent(title="灾害信息员培训（已删除）", date=DAY - timedelta(days=4),
                             audience=TrainingAudience.OFFICERS.value, is_deleted=True)
        s.add_all([event, gone])
        s.flush()
        s.add_all([TrainingAttendance(event_id=event.id, person_id=officers[0]),
                   TrainingAttendance(event_id=event.id, person_id=officers[1],
                                      is_deleted=True),
                   TrainingAttendance(event_id=gone.id, person_id=officers[2])])
    with demo_county.read() as s:
        dead_people = set(s.scalars(select(Person.id).where(Person.is_deleted.is_(True))))
        live_events = {eid for eid, deleted, audience, day in s.execute(
            select(TrainingEvent.id, TrainingEvent.is_deleted, TrainingEvent.audience,
                   TrainingEvent.date))
            if not deleted and audience == TrainingAudience.OFFICERS.value
            and day.year == DAY.year}
        trained = {pid for pid, eid, deleted in s.execute(
            select(TrainingAttendance.person_id, TrainingAttendance.event_id,
                   TrainingAttendance.is_deleted)) if not deleted and eid in live_events}
        tier_of = {level: name for name, (_label, levels) in RATE_TIERS.items()
                   for level in levels}
        on_post: dict[str, set[int]] = {name: set() for name in RATE_TIERS}
        for pid, level, status, start, end, deleted in s.execute(
                select(InfoOfficer.person_id, InfoOfficer.level, InfoOfficer.status,
                       InfoOfficer.appoint_date, InfoOfficer.leave_date,
                       InfoOfficer.is_deleted)):
            if (not deleted and status == OfficerStatus.ACTIVE.value
                    and pid not in dead_people and level in tier_of
                    and (start is None or start <= DAY) and (end is None or end >= DAY)):
                on_post[tier_of[level]].add(pid)
        rates = training_rates_in(s, DAY.year, today=DAY)
    assert officers[0] in trained and not {officers[1], officers[2]} & trained
    assert [(r.tier, r.officers, r.trained) for r in rates] == [
        (name, len(people), len(people & trained)) for name, people in on_post.items()]


def test_p5_plans_leave_out_deleted_and_abolished_plans(demo_county: Database) -> None:
    """P5 reads the county's and townships' plans from the region index: a township whose
    only overall plan is deleted, or abolished, has no overall plan in force."""
    overall = (PlanType.OVERALL.value, PlanType.TOWNSHIP.value)
    with demo_county.begin() as s:
        towns = s.execute(select(EmergencyPlan.region_id, func.min(EmergencyPlan.id))
                          .join(Region, Region.id == EmergencyPlan.region_id)
                          .where(Region.level == RegionLevel.TOWNSHIP.value,
                                 Region.is_deleted.is_(False),
                                 EmergencyPlan.is_deleted.is_(False),
                                 EmergencyPlan.plan_type.in_(overall))
                          .group_by(EmergencyPlan.region_id)
                          .having(func.count() == 1).order_by(EmergencyPlan.region_id)).all()
        (kept, _p0), (deleted, p_deleted), (abolished, p_abolished) = towns[:3]
        s.execute(update(EmergencyPlan).where(EmergencyPlan.id == p_deleted)
                  .values(is_deleted=True))
        s.execute(update(EmergencyPlan).where(EmergencyPlan.id == p_abolished)
                  .values(status=PlanStatus.ABOLISHED.value))
    with demo_county.read() as s:
        in_force = {rid for rid, ptype, status, deleted in s.execute(
            select(EmergencyPlan.region_id, EmergencyPlan.plan_type, EmergencyPlan.status,
                   EmergencyPlan.is_deleted))
            if not deleted and ptype in overall
            and status in (PlanStatus.PUBLISHED.value, PlanStatus.REVISING.value)}
        townships = {rid for rid, level, deleted in s.execute(
            select(Region.id, Region.level, Region.is_deleted))
            if not deleted and level == RegionLevel.TOWNSHIP.value}
    expected = sorted(townships - in_force)
    found = sorted(a.record_id or 0 for a in run_checks(demo_county, today=DAY, only=["P5"])
                   if "总体应急预案" in a.message and a.record_id in townships)
    assert deleted in found and abolished in found and kept not in found
    assert found == expected


def test_s3_quota_sums_leave_out_deleted_batches_and_count_each_quota_once(
        demo_county: Database) -> None:
    """S3's sums are grouped by quota, from the live batches to their quota's key: a deleted
    batch adds nothing, a deleted quota of the same warehouse and item takes nothing from the
    live one (and is not listed), a quota without batches has 0 available."""
    from emergency_desk.data.supplies import BatchStatus, StockQuota, SupplyItem
    from emergency_desk.services.supplies.quota import quota_status_in

    with demo_county.begin() as s:
        quota = s.execute(select(StockQuota).where(StockQuota.is_deleted.is_(False))
                          .order_by(StockQuota.id).limit(1)).scalar_one()
        s.add(StockQuota(warehouse_id=quota.warehouse_id, item_id=quota.item_id, min_qty=1,
                         is_deleted=True))
        s.add(StockBatch(warehouse_id=quota.warehouse_id, item_id=quota.item_id,
                         batch_no="已删除批次", qty=100000, is_deleted=True))
        unused = s.scalar(select(SupplyItem.id).where(
            SupplyItem.is_deleted.is_(False),
            SupplyItem.id.not_in(select(StockBatch.item_id).where(
                StockBatch.warehouse_id == quota.warehouse_id))).order_by(SupplyItem.id))
        assert unused is not None, "the demo has an item the warehouse never stocked"
        s.add(StockQuota(warehouse_id=quota.warehouse_id, item_id=unused, min_qty=5))
    with demo_county.read() as s:
        batches = s.execute(select(StockBatch.warehouse_id, StockBatch.item_id,
                                   StockBatch.qty, StockBatch.status, StockBatch.expiry_date,
                                   StockBatch.is_deleted)).all()
        live_quotas = sorted(s.scalars(select(StockQuota.id).join(Warehouse).join(SupplyItem)
                                       .where(StockQuota.is_deleted.is_(False),
                                              Warehouse.is_deleted.is_(False),
                                              SupplyItem.is_deleted.is_(False))))
        found = quota_status_in(s, DAY, 90)
    assert sorted(q.quota_id for q in found) == live_quotas
    for q in found:
        usable = [b.qty for b in batches
                  if (b.warehouse_id, b.item_id) == (q.warehouse_id, q.item_id)
                  and b.status == BatchStatus.IN_STOCK.value and not b.is_deleted
                  and (b.expiry_date is None or b.expiry_date >= DAY)]
        assert q.available == pytest.approx(sum(usable))
    assert next(q for q in found if q.item_id == unused
                and q.warehouse_id == quota.warehouse_id).available == 0
