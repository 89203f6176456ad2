"""Choices the township forms offer (leadership groups, units, villages, officers), as
(label, id) pairs: the window asks here instead of querying the database itself."""

from __future__ import annotations

from sqlalchemy import select

from emergency_desk.data.db import Database
from emergency_desk.data.enums import RegionLevel
from emergency_desk.data.models import Region
from emergency_desk.data.plans import LeadershipGroup


def groups(db: Database) -> list[tuple[str, int]]:
    """Live 领导小组 as '碧阳镇 · 碧阳镇应急管理工作领导小组' choices."""
    with db.read() as s:
        rows = s.execute(select(LeadershipGroup.id, LeadershipGroup.name, Region.name)
                         .join(Region, Region.id == LeadershipGroup.region_id)
                         .where(LeadershipGroup.is_deleted.is_(False))
                         .order_by(Region.code, Region.path)).all()
    return [(f"{town} · {name}", gid) for gid, name, town in rows]


def duty_units(db: Database) -> list[tuple[str, int]]:
    """Who keeps a roster: the townships and the county office."""
    with db.read() as s:
        rows = s.execute(select(Region.id, Region.name, Region.level).where(
            Region.is_deleted.is_(False), Region.level.in_(
                (RegionLevel.COUNTY.value, RegionLevel.TOWNSHIP.value)))
            .order_by(Region.level != RegionLevel.COUNTY.value, Region.code)).all()
    return [(name, rid) for rid, name, _level in rows]


def villages(db: Database) -> list[tuple[str, int]]:
    """Villages and communities as '碧阳镇/古筑村' (unique even where names repeat)."""
    with db.read() as s:
        rows = s.execute(select(Region.id, Region.path).where(
            Region.is_deleted.is_(False), Region.level.in_(
                (RegionLevel.VILLAGE.value, RegionLevel.COMMUNITY.value)))
            .order_by(Region.code, Region.path)).all()
    return [(path.split("/", 1)[-1], rid) for rid, path in rows]


def officer_people(db: Database) -> list[tuple[str, int]]:
    """Active village 灾害信息员 as '碧阳镇/古筑村 胡建国' → person id, to link, not retype."""
    from emergency_desk.data.officers import InfoOfficer, OfficerStatus
    from emergency_desk.data.people import Person

    with db.read() as s:
        rows = s.execute(select(Person.id, Person.name, Region.path)
                         .join(InfoOfficer, InfoOfficer.person_id == Person.id)
                         .join(Region, Region.id == InfoOfficer.region_id).where(
            InfoOfficer.is_deleted.is_(False), Person.is_deleted.is_(False),
            InfoOfficer.status == OfficerStatus.ACTIVE.value,
            Region.level.in_((RegionLevel.VILLAGE.value, RegionLevel.COMMUNITY.value)))
            .order_by(Region.code, Region.path, Person.name)).all()
    return [(f"{path.split('/', 1)[-1]} {name}", pid) for pid, name, path in rows]


def pledge_units(db: Database) -> list[tuple[str, int]]:
    """Townships, villages and communities: who signs a 防汛责任书."""
    with db.read() as s:
        units = s.execute(select(Region.id, Region.path).where(
            Region.is_deleted.is_(False), Region.level.in_(
                (RegionLevel.TOWNSHIP.value, RegionLevel.VILLAGE.value,
                 RegionLevel.COMMUNITY.value))).order_by(Region.code, Region.path)).all()
    return [(path.split("/", 1)[-1], rid) for rid, path in units]
