"""Fixtures for the officer register: a small county and a way to type officers quickly."""

from __future__ import annotations

import itertools
from datetime import date
from typing import Any

import pytest
from officer_helpers import OfficerMaker, make_id_card

from emergency_desk.data.db import Database
from emergency_desk.data.enums import RegionLevel
from emergency_desk.data.officers import OfficerPost
from emergency_desk.services.officers.officers import OfficerInput
from emergency_desk.services.people import PersonInput
from emergency_desk.services.regions.regions import RegionInput, RegionService

C, T, V, CM = RegionLevel.COUNTY, RegionLevel.TOWNSHIP, RegionLevel.VILLAGE, RegionLevel.COMMUNITY


@pytest.fixture
def county(db: Database) -> dict[str, int]:
    """黟县 → 碧阳镇 (古筑村, 南屏村, 城东社区) and 宏村镇 (disaster-prone; 宏村村 prone,
    卢村村 not)."""
    svc = RegionService(db)
    ids = {"黟县": svc.create(RegionInput("黟县", C, code="341023000000"))}
    ids["碧阳镇"] = svc.create(RegionInput("碧阳镇", T, ids["黟县"], "341023100000"))
    ids["宏村镇"] = svc.create(RegionInput("宏村镇", T, ids["黟县"], "341023101000",
                                           is_disaster_prone=True, main_hazards="山洪"))
    for name, parent, level, prone in [("古筑村", "碧阳镇", V, False),
                                       ("南屏村", "碧阳镇", V, False),
                                       ("城东社区", "碧阳镇", CM, False),
                                       ("宏村村", "宏村镇", V, True),
                                       ("卢村村", "宏村镇", V, False)]:
        ids[name] = svc.create(RegionInput(name, level, ids[parent], is_disaster_prone=prone,
                                           main_hazards="山洪" if prone else None))
    return ids


@pytest.fixture
def officer(county: dict[str, int]) -> OfficerMaker:
    """officer("张三", "古筑村", OfficerPost.A, ...) → an OfficerInput with a valid 身份证号
    and mobile unless given; the same name gives the same person."""
    counter = itertools.count(1)
    seen: dict[str, tuple[str, str]] = {}

    def make(name: str, region: str, post: OfficerPost = OfficerPost.SINGLE, *,
             id_card: str | None = "auto", mobile: str | None = "auto",
             **kw: Any) -> OfficerInput:
        if name not in seen:
            n = next(counter)
            seen[name] = (make_id_card(f"1980{n % 12 + 1:02d}15", n),
                          f"139{n:08d}")
        auto_id, auto_mobile = seen[name]
        person = PersonInput(name=name, id_card=auto_id if id_card == "auto" else id_card,
                             mobile=auto_mobile if mobile == "auto" else mobile)
        kw.setdefault("appoint_date", date(2021, 3, 1))
        return OfficerInput(person=person, region_id=county[region], post=post, **kw)

    return make
