"""The rules that let SQL drop the rows without a finding (issue 20, `check` at county scale)
find exactly what the Python definitions find on every row, on a varied county: the demo
with the awkward cases added (A and B held by one person, a post ended or not begun yet, a
deleted person, plans with their own 评估周期, a 29 February)."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from sqlalchemy import func, select, true, update

from emergency_desk.data.db import Database
from emergency_desk.data.models import Region
from emergency_desk.data.officers import InfoOfficer, OfficerPost
from emergency_desk.data.people import Person
from emergency_desk.data.plans import EmergencyPlan
from emergency_desk.services.checks import officers as officer_rules
from emergency_desk.services.checks import plans as plan_rules
from emergency_desk.services.checks import run_checks
from emergency_desk.services.demo.county import build_demo
from emergency_desk.services.officers.coverage import coverage_in
from emergency_desk.services.settings import SettingsService
from emergency_desk.services.township import managers

DEMO_DAY = date(2025, 6, 1)


@pytest.fixture(scope="module")
def county(tmp_path_factory: pytest.TempPathFactory) -> Database:
    from emergency_desk.data.migrate import open_database

    db = open_database(tmp_path_factory.mktemp("county") / "county.sqlite3")
    build_demo(db, today=DEMO_DAY)
    with db.begin() as s:
        officers = s.execute(select(InfoOfficer.id, InfoOfficer.region_id, InfoOfficer.post,
                                    InfoOfficer.person_id)
                             .order_by(InfoOfficer.id)).all()
        a_of = {rid: pid for _oid, rid, post, pid in officers if post == OfficerPost.A.value}
        bs = [(oid, rid) for oid, rid, post, _p in officers
              if post == OfficerPost.B.value and rid in a_of]
        # A and B held by one person (O2's "同一人"), in two regions.
        for oid, rid in bs[:2]:
            s.execute(update(InfoOfficer).where(InfoOfficer.id == oid)
                      .values(person_id=a_of[rid]))
        # A post that ended (but still marked 在岗), one not begun yet, a deleted person.
        s.execute(update(InfoOfficer).where(InfoOfficer.id == bs[2][0])
                  .values(leave_date=DEMO_DAY - timedelta(days=10)))
        s.execute(update(InfoOfficer).where(InfoOfficer.id == bs[3][0])
                  .values(appoint_date=DEMO_DAY + timedelta(days=40)))
        s.execute(update(Person).where(Person.id == officers[5][3]).values(is_deleted=True))
        # O3's cases: a second A post in a region, and one person on post in two villages.
        _oid, rid, _post, _pid = next(o for o in officers if o[2] == OfficerPost.A.value)
        s.execute(update(InfoOfficer).where(
            InfoOfficer.region_id == rid, InfoOfficer.post == OfficerPost.B.value)
            .values(post=OfficerPost.A.value))
        village_bs = s.execute(select(InfoOfficer.id, InfoOfficer.region_id).where(
            InfoOfficer.level == "village", InfoOfficer.post == OfficerPost.B.value,
            InfoOfficer.region_id != rid).order_by(InfoOfficer.id.desc()).limit(2)).all()
        (first, _r1), (second, _r2) = village_bs
        twice = s.scalar(select(InfoOfficer.person_id).where(InfoOfficer.id == first))
        s.execute(update(InfoOfficer).where(InfoOfficer.id == second).values(person_id=twice))
        # Every other village disaster-prone, so O2 has many regions to judge.
        s.execute(update(Region).where(Region.level == "village", Region.id % 2 == 0)
                  .values(is_disaster_prone=True))
        # Plans with their own cycle, and plans last evaluated on a 29 February.
        plans = s.scalars(select(EmergencyPlan.id).order_by(EmergencyPlan.id)).all()
        for i, pid in enumerate(plans[:40]):
            s.execute(update(EmergencyPlan).where(EmergencyPlan.id == pid)
                      .values(review_cycle_years=(0, 1, 2, 5)[i % 4]))
        for pid in plans[40:46]:
            s.execute(update(EmergencyPlan).where(EmergencyPlan.id == pid)
                      .values(last_eval_date=date(2024, 2, 29)))
    return db


DAYS = (DEMO_DAY, DEMO_DAY + timedelta(days=45), DEMO_DAY + timedelta(days=400),
        DEMO_DAY - timedelta(days=700), date(2026, 2, 28), date(2026, 3, 1),
        date(2028, 2, 29))


@pytest.mark.parametrize("minimum", [1, 2, 3])
def test_coverage_gaps_counted_in_sql_are_the_gaps_of_every_region(county: Database,
                                                                   minimum: int) -> None:
    for day in DAYS:
        with county.read() as s:
            every = coverage_in(s, minimum=minimum, today=day)
            gaps = coverage_in(s, minimum=minimum, gaps_only=True, today=day)
            prone = coverage_in(s, minimum=minimum, gaps_only=True, today=day,
                                disaster_prone_only=True)
        assert gaps == [r for r in every if r.gaps]
        assert prone == [r for r in every if r.gaps and r.is_disaster_prone]
        # The filter has something to keep, and with one officer required, to drop.
        assert gaps and (minimum > 1 or len(gaps) < len(every))
    with county.read() as s:
        same = [r for r in coverage_in(s, minimum=1, gaps_only=True, today=DEMO_DAY)
                if r.ab_gap and "同一人" in r.ab_gap]
    assert len(same) >= 1


def test_g1_villages_without_manager_are_the_uncovered_rows(county: Database) -> None:
    SettingsService(county).set("managers_required", True)
    with county.read() as s:
        expected = [(r.region_id, r.path) for r in managers.coverage_in(s) if not r.covered]
        assert managers.villages_without_manager_in(s) == expected
    assert expected
    found = run_checks(county, today=DEMO_DAY, only=["G1"])
    assert sorted(a.record_id or 0 for a in found) == sorted(rid for rid, _p in expected)


def test_p1_sql_prefilter_drops_no_overdue_plan(county: Database,
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    SettingsService(county).set("local_plan_review_years", 2)
    for day in (*DAYS, date(2027, 2, 28), date(2027, 3, 1), date(2030, 6, 1)):
        fast = run_checks(county, today=day, only=["P1"])
        with monkeypatch.context() as m:
            m.setattr(plan_rules, "_maybe_overdue", lambda ctx: true())
            slow = run_checks(county, today=day, only=["P1"])
        assert fast == slow, day
    assert run_checks(county, today=date(2030, 6, 1), only=["P1"])


def test_o3_index_prefilters_drop_no_finding(county: Database,
                                             monkeypatch: pytest.MonkeyPatch) -> None:
    """O3 reads only the regions and people with more than one officer row (an index alone
    says which) before joining; without the pre-filter it judges every officer."""
    for day in DAYS:
        fast = run_checks(county, today=day, only=["O3"])
        with monkeypatch.context() as m:
            m.setattr(officer_rules, "_more_than_one",
                      lambda key, post=None: select(key))
            slow = run_checks(county, today=day, only=["O3"])
        assert fast == slow, day
    found = run_checks(county, today=DEMO_DAY, only=["O3"])
    assert any("只应有一名" in a.message for a in found)
    assert any("同一层级的多个区划" in a.message for a in found)


def test_quota_available_counts_every_usable_batch_of_its_pair(county: Database) -> None:
    """quota_status_in sums only the batches of the pairs a quota names: each quota's
    可用 and 临期 are still every usable batch of its warehouse and item, as counted here."""
    from emergency_desk.data.supplies import BatchStatus, StockBatch, StockQuota
    from emergency_desk.services.supplies.quota import quota_status_in

    with county.read() as s:
        batches = s.execute(select(StockBatch.warehouse_id, StockBatch.item_id,
                                   StockBatch.qty, StockBatch.status, StockBatch.expiry_date,
                                   StockBatch.is_deleted)).all()
        assert s.scalar(select(func.count()).select_from(StockQuota)) > 0
        for day in DAYS:
            for q in quota_status_in(s, day, 90):
                usable = [b for b in batches
                          if (b.warehouse_id, b.item_id) == (q.warehouse_id, q.item_id)
                          and b.status == BatchStatus.IN_STOCK.value and not b.is_deleted
                          and (b.expiry_date is None or b.expiry_date >= day)]
                assert q.available == pytest.approx(sum(b.qty for b in usable))
                assert q.near_expiry == pytest.approx(sum(
                    b.qty for b in usable
                    if b.expiry_date is not None and b.expiry_date <= day + timedelta(days=90)))


def test_o4_overdue_officers_are_those_of_the_definition(county: Database) -> None:
    """O4 asks SQL per officer whether a training since the cutoff exists; the Python
    definition: the latest live 灾害信息员 training before the cutoff, or none and in post
    longer than the interval; one alert per person and region."""
    from emergency_desk.data.officers import on_post
    from emergency_desk.data.people import TrainingAttendance, TrainingAudience, TrainingEvent
    from emergency_desk.services.officers.latest_training import months_before

    with county.read() as s:
        attended: dict[int, list[date]] = {}
        for pid, when in s.execute(
                select(TrainingAttendance.person_id, TrainingEvent.date)
                .join(TrainingEvent, TrainingEvent.id == TrainingAttendance.event_id)
                .where(TrainingAttendance.is_deleted.is_(False),
                       TrainingEvent.is_deleted.is_(False),
                       TrainingEvent.audience == TrainingAudience.OFFICERS.value)):
            attended.setdefault(pid, []).append(when)
    checked = 0
    for day in DAYS:
        cutoff = months_before(day, 12)
        with county.read() as s:
            officers = s.execute(
                select(InfoOfficer.id, InfoOfficer.person_id, Region.path,
                       InfoOfficer.appoint_date)
                .join(Person, Person.id == InfoOfficer.person_id)
                .join(Region, Region.id == InfoOfficer.region_id)
                .where(on_post(day), Person.is_deleted.is_(False),
                       Region.is_deleted.is_(False)).order_by(InfoOfficer.id)).all()
        expected, seen = [], set()
        for oid, pid, path, appointed in officers:
            latest = max(attended.get(pid, []), default=None)
            overdue = latest < cutoff if latest is not None else \
                appointed is None or appointed < cutoff
            if overdue and (pid, path) not in seen:
                seen.add((pid, path))
                expected.append(oid)
        found = sorted(a.record_id or 0 for a in run_checks(county, today=day, only=["O4"]))
        assert found == sorted(expected), day
        checked += len(expected)
    assert checked  # some officers are overdue on some of the days


def test_s6_sums_each_batchs_live_lines(county: Database) -> None:
    """S6 sums each batch's lines from the batch's index (a correlated sum, not every line
    grouped first): a batch is reported when its 结存 is negative or differs from its live
    lines' net, with deleted lines, a batch without lines and a deleted batch among them."""
    from emergency_desk.data.supplies import StockBatch, StockDocLine

    with county.begin() as s:
        lines = s.execute(select(StockDocLine.id, StockDocLine.batch_id, StockDocLine.qty,
                                 StockDocLine.direction)
                          .where(StockDocLine.is_deleted.is_(False))
                          .order_by(StockDocLine.id)).all()
        # Batches in balance to begin with (the demo plants an S6 finding of its own).
        reported = {a.record_id for a in run_checks(county, today=DEMO_DAY, only=["S6"])}
        bids = sorted({bid for _l, bid, _q, _d in lines} - reported)
        assert len(bids) >= 5
        # An issue line deleted, its batch's 结存 put back: counting the deleted line would
        # put the batch out of balance.
        lid, first, qty, _d = next(x for x in lines if x[3] < 0 and x[1] not in reported)
        bids = [first, *(b for b in bids if b != first)]
        s.execute(update(StockDocLine).where(StockDocLine.id == lid).values(is_deleted=True))
        s.execute(update(StockBatch).where(StockBatch.id == bids[0])
                  .values(qty=StockBatch.qty + qty))
        # Off by 2.5; negative; every line deleted and 结存 0 (balanced, no lines counted);
        # a deleted batch out of balance (not reported).
        s.execute(update(StockBatch).where(StockBatch.id == bids[1])
                  .values(qty=StockBatch.qty + 2.5))
        s.execute(update(StockBatch).where(StockBatch.id == bids[2]).values(qty=-1.0))
        s.execute(update(StockDocLine).where(StockDocLine.batch_id == bids[3])
                  .values(is_deleted=True))
        s.execute(update(StockBatch).where(StockBatch.id == bids[3]).values(qty=0.0))
        s.execute(update(StockBatch).where(StockBatch.id == bids[4])
                  .values(qty=StockBatch.qty + 7, is_deleted=True))
    with county.read() as s:
        net: dict[int, float] = {}
        for bid, direction, qty in s.execute(
                select(StockDocLine.batch_id, StockDocLine.direction, StockDocLine.qty)
                .where(StockDocLine.is_deleted.is_(False))):
            net[bid] = net.get(bid, 0.0) + direction * qty
        expected = sorted(
            bid for bid, qty in s.execute(select(StockBatch.id, StockBatch.qty)
                                          .where(StockBatch.is_deleted.is_(False)))
            if qty < -1e-9 or abs(qty - net.get(bid, 0.0)) > 1e-6)
    found = sorted(a.record_id or 0 for a in run_checks(county, today=DEMO_DAY, only=["S6"])
                   if a.table == "stock_batch")
    assert found == expected
    assert bids[1] in found and bids[2] in found
    assert bids[0] not in found and bids[3] not in found and bids[4] not in found
