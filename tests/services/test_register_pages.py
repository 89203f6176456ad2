"""The officers' and stock pages at county scale (issue 20): a page's ids are found either by
walking the regions in order (the stored keys of migration 0022 for officers, ix_region_path
for stock; `data/sql.join_in_order`) or, when few rows match, by sorting just the matches
(`services/query.few_matches`). Each way must give exactly the rows of the one-statement list,
in its order, page after page, and the count its length, on both engines; the officers' order
must be the one computed through the parent region before the keys were stored, after a
township is renamed, a village moved, a code removed and an officer moved between posts."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from typing import Any

import pytest
from sqlalchemy import case, func, select, update
from sqlalchemy.orm import aliased

from emergency_desk.data.db import Database
from emergency_desk.data.enums import RegionLevel
from emergency_desk.data.models import Region
from emergency_desk.data.officers import InfoOfficer, OfficerPost, OfficerStatus
from emergency_desk.data.people import Person
from emergency_desk.data.supplies import StockBatch, Warehouse
from emergency_desk.services import query
from emergency_desk.services.demo.county import build_demo
from emergency_desk.services.officers.officers import OfficerService
from emergency_desk.services.officers.officers import to_input as officer_input
from emergency_desk.services.officers.views import (
    OfficerQuery,
    OfficerViews,
    _filtered,
    officers_in,
)
from emergency_desk.services.regions.regions import RegionQuery, RegionService, to_input
from emergency_desk.services.supplies.supplies import SuppliesService
from emergency_desk.services.supplies.views import StockQuery, StockViews

TODAY = date(2025, 6, 1)


@pytest.fixture(params=["walk", "few"])
def way(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> str:
    """walk: every filter counts as common (the regions are walked); few: every filter
    counts as rare (the matches are sorted alone)."""
    monkeypatch.setattr(query, "FEW_MATCHES", 0 if request.param == "walk" else 10**9)
    return str(request.param)


def _county(db: Database) -> list[Any]:
    """The demo with a township renamed, a village moved to another township, a village's
    code removed, an officer deleted and an officer moved from A to B."""
    build_demo(db, today=TODAY)
    regions = RegionService(db)
    towns = regions.list(RegionQuery(levels=(RegionLevel.TOWNSHIP,)))
    with db.read() as s:
        data = to_input(s.get_one(Region, towns[-1].id))
    regions.update(towns[-1].id, replace(data, name="甲" + towns[-1].name))
    villages = regions.children(towns[0].id)
    regions.move(villages[0].id, towns[1].id)
    with db.read() as s:
        vdata = to_input(s.get_one(Region, villages[1].id))
    regions.update(villages[1].id, replace(vdata, code=None))
    with db.begin() as s:
        ids = s.scalars(select(InfoOfficer.id).order_by(InfoOfficer.id)).all()
        s.execute(update(InfoOfficer).where(InfoOfficer.id == ids[0]).values(is_deleted=True))
        a = s.scalars(select(InfoOfficer).where(InfoOfficer.post == OfficerPost.A.value,
                                                InfoOfficer.is_deleted.is_(False))
                      .order_by(InfoOfficer.id)).first()
        assert a is not None
        moved = officer_input(a)
    OfficerService(db).update(a.id, replace(moved, post=OfficerPost.B))
    return towns


def _computed_order(db: Database, q: OfficerQuery) -> list[int]:
    """The roster's region order as it was computed before 0022: through the parent region."""
    stmt, _ = _filtered(q)
    parent = aliased(Region)
    lowest = Region.level.in_((RegionLevel.VILLAGE.value, RegionLevel.COMMUNITY.value))
    town = case((Region.level == RegionLevel.COUNTY.value, ""),
                (lowest, func.coalesce(parent.code, "~") + parent.name),
                else_=func.coalesce(Region.code, "~") + Region.name)
    village = case((lowest, func.coalesce(Region.code, "~") + Region.name), else_="")
    keys = [k.desc() if q.descending else k.asc() for k in (town, village)]
    rank = case({OfficerPost.A.value: 0, OfficerPost.B.value: 1}, value=InfoOfficer.post,
                else_=2)
    stmt = (stmt.with_only_columns(InfoOfficer.id)
            .outerjoin(parent, parent.id == Region.parent_id)
            .order_by(*keys, rank, Person.name, InfoOfficer.id))
    with db.read() as s:
        return list(s.scalars(stmt))


def test_officer_pages_are_the_whole_roster_in_the_computed_order(any_db: Database,
                                                                   way: str) -> None:
    db = any_db
    towns = _county(db)
    views = OfficerViews(db)
    active = OfficerStatus.ACTIVE
    queries = [OfficerQuery(), OfficerQuery(status=active), OfficerQuery(descending=True),
               OfficerQuery(status=active, search="a"), OfficerQuery(search="zh"),
               OfficerQuery(search="汪"), OfficerQuery(posts=(OfficerPost.B,)),
               OfficerQuery(levels=(RegionLevel.VILLAGE,)), OfficerQuery(include_deleted=True),
               OfficerQuery(township_id=towns[1].id), OfficerQuery(disaster_prone_only=True),
               OfficerQuery(order_by="name"), OfficerQuery(search="no such name"),
               # Counted and probed on a plain scan (`unindexed` is_deleted): with a region.
               OfficerQuery(status=active, township_id=towns[0].id, search="a"),
               OfficerQuery(disaster_prone_only=True, include_deleted=True, descending=True)]
    for q in queries:
        whole = [r.id for r in views.list(q)]
        assert views.count(q) == len(whole), q
        paged = [r.id for offset in range(0, len(whole) + 7, 7)
                 for r in views.list(q, offset, 7)]
        assert paged == whole, q
        if q.order_by == "region":
            assert whole == _computed_order(db, q), q
    everything = [r.id for r in views.list(OfficerQuery())]
    assert len(everything) > 100
    with db.read() as s:  # the rows as read through a session: the same page
        assert [r.id for r in officers_in(s, OfficerQuery(), 14, 7)] == everything[14:21]


def test_stock_pages_are_the_whole_ledger_in_its_order(any_db: Database, way: str) -> None:
    db = any_db
    towns = _county(db)
    views = StockViews(db)
    with db.begin() as s:  # a deleted batch and a warehouse renamed (its batches move)
        first = s.scalars(select(StockBatch.id).order_by(StockBatch.id)).first()
        s.execute(update(StockBatch).where(StockBatch.id == first).values(is_deleted=True))
        wh = s.scalars(select(Warehouse.id).order_by(Warehouse.id)).first()
    assert wh is not None
    supplies = SuppliesService(db)
    supplies.update_warehouse(wh, replace(supplies.warehouse_input(wh), name="甲号仓库"))
    queries = [StockQuery(order_by="region"), StockQuery(order_by="region", descending=True),
               StockQuery(order_by="region", search="zhang"),
               StockQuery(order_by="region", band="expired", today=TODAY),
               # The near-expiry bands read their index (and probe 3× as many matches).
               StockQuery(order_by="region", band="30", today=TODAY),
               StockQuery(order_by="region", band="90", today=TODAY, descending=True),
               StockQuery(order_by="region", band="none", today=TODAY),
               StockQuery(order_by="region", band="90", today=TODAY, search="fangbian"),
               StockQuery(order_by="region", search="帐篷"),
               StockQuery(order_by="region", within_region_id=towns[0].id),
               StockQuery(order_by="region", include_empty=True),
               StockQuery(order_by="region", category_code="01"),
               StockQuery(order_by="region", search="no such item"), StockQuery()]
    for q in queries:
        whole = [r.id for r in views.list(q)]
        assert views.count(q) == len(whole), q
        paged = [r.id for offset in range(0, len(whole) + 7, 7)
                 for r in views.list(q, offset, 7)]
        assert paged == whole, q
    rows = views.list(StockQuery(order_by="region"))
    assert len(rows) > 20 and first not in [r.id for r in rows]
    keys = [(r.region_path, r.warehouse_name, r.id) for r in rows]
    assert keys == sorted(keys) and "甲号仓库" in {r.warehouse_name for r in rows}
