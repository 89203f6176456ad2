"""Choices the resources forms offer (regions, shelters) as (label, id) pairs: the window asks
here instead of querying the database itself."""

from __future__ import annotations

from sqlalchemy import select

from emergency_desk.data.db import Database
from emergency_desk.data.models import Region
from emergency_desk.data.resources import Shelter


def regions(db: Database) -> list[tuple[str, int]]:
    """Townships, villages and communities as '碧阳镇/古筑村' (the county itself too)."""
    with db.read() as s:
        rows = s.execute(select(Region.id, Region.path).where(Region.is_deleted.is_(False))
                         .order_by(Region.code, Region.path)).all()
    return [(path.split("/", 1)[-1] if "/" in path else path, rid) for rid, path in rows]


def shelters(db: Database) -> list[tuple[str, int]]:
    with db.read() as s:
        rows = s.execute(select(Shelter.id, Shelter.name, Region.path)
                         .join(Region, Region.id == Shelter.region_id)
                         .where(Shelter.is_deleted.is_(False))
                         .order_by(Region.code, Shelter.name)).all()
    return [(f"{name}（{path.split('/', 1)[-1]}）", sid) for sid, name, path in rows]
