"""The plans page at county scale (issue 20): the page's ids are found by walking the regions
in path order (`data/sql.join_in_order`) and the count skips the region join when nothing is
asked of the region. Both must give exactly the rows and the number of the one-statement
list, in its order, on both engines, with a deleted plan, a plan of a deleted region and a
region renamed after its plans were written."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest
from sqlalchemy import select, update
from sqlalchemy.dialects import postgresql, sqlite

from emergency_desk.data.db import Database
from emergency_desk.data.enums import RegionLevel
from emergency_desk.data.models import Region
from emergency_desk.data.plans import EmergencyPlan, PlanStatus, PlanType
from emergency_desk.data.sql import join_in_order
from emergency_desk.services import query
from emergency_desk.services.demo.county import build_demo
from emergency_desk.services.plans.views import PlanQuery, PlanViews
from emergency_desk.services.regions.regions import RegionQuery, RegionService, to_input


def test_join_in_order_is_a_cross_join_on_sqlite_only() -> None:
    stmt = select(EmergencyPlan.id).select_from(join_in_order(
        Region, EmergencyPlan, Region.id == EmergencyPlan.region_id))
    on_sqlite = str(stmt.compile(dialect=sqlite.dialect()))
    on_server = str(stmt.compile(dialect=postgresql.dialect()))
    assert "FROM region CROSS JOIN emergency_plan ON region.id = " in on_sqlite
    assert "FROM region JOIN emergency_plan ON region.id = " in on_server
    assert "CROSS" not in on_server


@pytest.fixture(params=["walk", "few"])
def way(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> str:
    """walk: every query counts as matching many plans (the regions are walked); few: as
    matching few (the matches are sorted alone, services/query.few_matches)."""
    monkeypatch.setattr(query, "FEW_MATCHES", 0 if request.param == "walk" else 10**9)
    return str(request.param)


def test_plan_pages_and_counts_are_the_whole_list(any_db: Database, way: str) -> None:
    db = any_db
    build_demo(db, today=date(2025, 6, 1))
    regions = RegionService(db)
    towns = regions.list(RegionQuery(levels=(RegionLevel.TOWNSHIP,)))
    with db.begin() as s:
        plans = s.execute(select(EmergencyPlan.id, EmergencyPlan.region_id)
                          .order_by(EmergencyPlan.id)).all()
        s.execute(update(EmergencyPlan).where(EmergencyPlan.id == plans[0][0])
                  .values(is_deleted=True))
        s.execute(update(Region).where(Region.id == plans[-1][1]).values(is_deleted=True))
    # A township renamed: its path and its villages' paths change, and so does the order.
    renamed = towns[-1]
    with db.read() as s:
        data = to_input(s.get_one(Region, renamed.id))
    regions.update(renamed.id, replace(data, name="甲" + renamed.name))
    views = PlanViews(db)
    queries = [PlanQuery(), PlanQuery(descending=True), PlanQuery(township_id=towns[0].id),
               PlanQuery(plan_types=(PlanType.SPECIAL,)), PlanQuery(search="fx"),
               PlanQuery(search="yuan"), PlanQuery(search="no such plan"),
               PlanQuery(statuses=(PlanStatus.PUBLISHED,)), PlanQuery(order_by="name"),
               PlanQuery(review_overdue_on=date(2026, 1, 1))]
    for q in queries:
        whole = [r.id for r in views.list(q)]
        assert views.count(q) == len(whole), q
        paged = [r.id for offset in range(0, len(whole) + 7, 7)
                 for r in views.list(q, offset, 7)]
        assert paged == whole, q
    everything = [r.id for r in views.list(PlanQuery())]
    assert plans[0][0] not in everything and plans[-1][0] in everything
    paths = [r.region_path for r in views.list(PlanQuery())]
    assert paths == sorted(paths) and any(p.startswith("黟县/甲") for p in paths)
