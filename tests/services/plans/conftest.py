"""Fixtures for plans and drills: a small county and quick ways to type plans and drills."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

import pytest

from emergency_desk.data.db import Database
from emergency_desk.data.enums import RegionLevel
from emergency_desk.data.plans import PlanStatus, PlanType
from emergency_desk.services.plans.drills import DrillInput, DrillService
from emergency_desk.services.plans.plans import PlanInput, PlanService
from emergency_desk.services.regions.regions import RegionInput, RegionService

C, T, V, CM = RegionLevel.COUNTY, RegionLevel.TOWNSHIP, RegionLevel.VILLAGE, RegionLevel.COMMUNITY


@pytest.fixture
def county(db: Database) -> dict[str, int]:
    """黟县 → 碧阳镇 (古筑村, 南屏村, 城东社区) and 宏村镇 (宏村村)."""
    svc = RegionService(db)
    ids = {"黟县": svc.create(RegionInput("黟县", C, code="341023000000"))}
    ids["碧阳镇"] = svc.create(RegionInput("碧阳镇", T, ids["黟县"], "341023100000"))
    ids["宏村镇"] = svc.create(RegionInput("宏村镇", T, ids["黟县"], "341023101000"))
    for name, parent, level in [("古筑村", "碧阳镇", V), ("南屏村", "碧阳镇", V),
                                ("城东社区", "碧阳镇", CM), ("宏村村", "宏村镇", V)]:
        ids[name] = svc.create(RegionInput(name, level, ids[parent]))
    return ids


PlanMaker = Callable[..., int]
DrillMaker = Callable[..., int]


@pytest.fixture
def plan(db: Database, county: dict[str, int]) -> PlanMaker:
    """plan("黟县防汛抗旱应急预案", "黟县", PlanType.SPECIAL, issue_date=...) → plan id.

    Defaults: published, expert-reviewed and filed on the issue day (so P4 stays quiet)."""

    def make(name: str, region: str, plan_type: PlanType = PlanType.SPECIAL,
             **kw: Any) -> int:
        issued = kw.setdefault("issue_date", date(2023, 3, 1))
        kw.setdefault("expert_review_date", issued)
        kw.setdefault("filed_date", issued)
        kw.setdefault("filed_to", "黄山市应急管理局")
        kw.setdefault("status", PlanStatus.PUBLISHED)
        return PlanService(db).create(PlanInput(name=name, plan_type=plan_type,
                                                region_id=county[region], **kw))

    return make


@pytest.fixture
def drill(db: Database, county: dict[str, int]) -> DrillMaker:
    """drill("防汛演练", date(...), plans=[id], region="古筑村", ...) → drill id; evaluated."""

    def make(title: str, day: date, *, plans: tuple[int, ...] | list[int] = (),
             region: str | None = None, **kw: Any) -> int:
        kw.setdefault("evaluation", "演练达到预期目的")
        return DrillService(db).create(DrillInput(
            title=title, date=day, plan_ids=tuple(plans),
            region_id=county[region] if region else None, **kw))

    return make
