"""S1, R2 and O3's second A post read their rows through another index than `is_deleted`
(data/sql.py `unindexed`, issue 20): they must still leave out what is deleted, used up or
gone, exactly as the rules' definitions, computed here in Python over every row, say."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from datetime import date, timedelta

import pytest
from sqlalchemy import select, update

from emergency_desk.data.db import Database
from emergency_desk.data.enums import RegionLevel
from emergency_desk.data.models import Region
from emergency_desk.data.officers import InfoOfficer, OfficerPost, OfficerStatus
from emergency_desk.data.people import Person
from emergency_desk.data.supplies import StockBatch, Warehouse
from emergency_desk.services.checks import run_checks
from emergency_desk.services.demo.county import build_demo

DAY = date(2025, 6, 1)


@pytest.fixture(scope="module")
def county(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Database]:
    from emergency_desk.data.migrate import open_database

    db = open_database(tmp_path_factory.mktemp("county") / "county.sqlite3")
    build_demo(db, today=DAY)
    yield db
    db.dispose()


def _ids(db: Database, rule: str) -> list[int | None]:
    return sorted(a.record_id or 0 for a in run_checks(db, today=DAY, only=[rule])
                  if a.rule == rule)


def test_s1_expired_batches_leave_out_deleted_used_up_and_deleted_warehouses(
        county: Database) -> None:
    with county.begin() as s:
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
    with county.read() as s:
        gone = set(s.scalars(select(Warehouse.id).where(Warehouse.is_deleted.is_(True))))
        expected = sorted(bid for bid, wid, deleted, qty, expiry in s.execute(
            select(StockBatch.id, StockBatch.warehouse_id, StockBatch.is_deleted,
                   StockBatch.qty, StockBatch.expiry_date))
            if not deleted and qty > 1e-9 and wid not in gone and expiry is not None
            and expiry < DAY)
    found = _ids(county, "S1")
    assert first[0] in found and first[1] not in found and first[2] not in found
    assert second[0] not in found
    assert found == expected


def test_r2_villages_without_code_leave_out_deleted_ones(county: Database) -> None:
    with county.begin() as s:
        villages = s.scalars(select(Region.id).where(
            Region.is_deleted.is_(False), Region.level == RegionLevel.VILLAGE.value,
            Region.code.is_not(None)).order_by(Region.id).limit(3)).all()
        s.execute(update(Region).where(Region.id == villages[0]).values(code=None))
        s.execute(update(Region).where(Region.id == villages[1]).values(code=""))
        s.execute(update(Region).where(Region.id == villages[2])
                  .values(code=None, is_deleted=True))
    with county.read() as s:
        expected = sorted(rid for rid, level, code, deleted in s.execute(
            select(Region.id, Region.level, Region.code, Region.is_deleted))
            if not deleted and not code and level in (RegionLevel.VILLAGE.value,
                                                      RegionLevel.COMMUNITY.value))
    found = _ids(county, "R2")
    assert villages[0] in found and villages[1] in found and villages[2] not in found
    assert found == expected


def test_o3_second_a_post_leaves_out_deleted_left_and_gone_people(county: Database) -> None:
    """Four villages get a second A post (their B made A): a live one, a deleted one, one
    whose 离任日期 has passed and one whose person was deleted. Only the first is a finding."""
    with county.begin() as s:
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
    with county.read() as s:
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
    found = sorted(a.record_id or 0 for a in run_checks(county, today=DAY, only=["O3"])
                   if a.table == "region")
    assert live[1] in found
    assert not {deleted[1], left[1], gone[1]} & set(found)
    assert found == expected
