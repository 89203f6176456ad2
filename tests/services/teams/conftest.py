"""Fixtures for the rescue-team register: a small county, a team, quick members."""

from __future__ import annotations

import itertools
from collections.abc import Callable
from datetime import date
from typing import Any

import pytest

from emergency_desk.data.db import Database
from emergency_desk.data.enums import RegionLevel
from emergency_desk.data.teams import MemberRole, TeamCategory, TeamLevel
from emergency_desk.services.people import PersonInput
from emergency_desk.services.regions.regions import RegionInput, RegionService
from emergency_desk.services.teams.members import MemberInput, MemberService
from emergency_desk.services.teams.teams import TeamInput, TeamService
from emergency_desk.values import id_check_char


def make_id_card(birth: str = "19850101", seq: int = 1, *, male: bool = True) -> str:
    order = seq * 2 + (1 if male else 0)
    first17 = f"341023{birth}{order % 1000:03d}"
    return first17 + id_check_char(first17)


@pytest.fixture
def county(db: Database) -> dict[str, int]:
    """黟县 → 碧阳镇 (古筑村) and 宏村镇 (宏村村)."""
    svc = RegionService(db)
    ids = {"黟县": svc.create(RegionInput("黟县", RegionLevel.COUNTY, code="341023000000"))}
    ids["碧阳镇"] = svc.create(RegionInput("碧阳镇", RegionLevel.TOWNSHIP, ids["黟县"],
                                          "341023100000"))
    ids["宏村镇"] = svc.create(RegionInput("宏村镇", RegionLevel.TOWNSHIP, ids["黟县"],
                                          "341023101000"))
    ids["古筑村"] = svc.create(RegionInput("古筑村", RegionLevel.VILLAGE, ids["碧阳镇"]))
    ids["宏村村"] = svc.create(RegionInput("宏村村", RegionLevel.VILLAGE, ids["宏村镇"]))
    return ids


TeamMaker = Callable[..., int]
MemberMaker = Callable[..., int]


@pytest.fixture
def make_team(db: Database, county: dict[str, int]) -> TeamMaker:
    """make_team("碧阳镇综合应急救援队", "碧阳镇", ...) → team id (综合性, with a duty phone)."""
    svc = TeamService(db)

    def make(name: str, region: str = "碧阳镇", **kw: Any) -> int:
        kw.setdefault("category", TeamCategory.COMPREHENSIVE)
        kw.setdefault("duty_phone", "0559-5521119")
        if region == "黟县":
            kw.setdefault("level", TeamLevel.COUNTY)
        return svc.create(TeamInput(name=name, region_id=county[region], **kw))

    return make


@pytest.fixture
def make_member(db: Database) -> MemberMaker:
    """make_member(team_id, "张三", role=..., ...) → membership id; valid 身份证号 and mobile
    unless given; the same name gives the same person."""
    svc = MemberService(db)
    counter = itertools.count(1)
    seen: dict[str, tuple[str, str]] = {}

    def make(team_id: int, name: str, *, role: MemberRole = MemberRole.MEMBER,
             id_card: str | None = "auto", mobile: str | None = "auto", **kw: Any) -> int:
        if name not in seen:
            n = next(counter)
            seen[name] = (make_id_card(f"1985{n % 12 + 1:02d}10", n), f"138{n:08d}")
        auto_id, auto_mobile = seen[name]
        person = PersonInput(name=name, id_card=auto_id if id_card == "auto" else id_card,
                             mobile=auto_mobile if mobile == "auto" else mobile)
        kw.setdefault("join_date", date(2023, 3, 1))
        return svc.create(MemberInput(person=person, team_id=team_id, role=role, **kw))

    return make


@pytest.fixture
def fill_team(make_member: MemberMaker) -> Callable[..., None]:
    """fill_team(team_id, n, prefix) → n members with made-up names (unique per prefix)."""
    def fill(team_id: int, n: int, prefix: str = "队员") -> None:
        for i in range(n):  # a 姓名 holds letters only (no digits): 队员零三
            make_member(team_id, prefix + "".join("零一二三四五六七八九"[int(d)]
                                                  for d in f"{i:02d}"))

    return fill
