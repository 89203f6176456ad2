"""`--region NAME|CODE`: which part of the region tree a report covers."""

from __future__ import annotations

from emergency_desk.data.db import Database
from emergency_desk.errors import InputRejected
from emergency_desk.services.regions.regions import RegionRow, RegionService


def resolve_region(db: Database, region: str | None) -> RegionRow | None:
    """The region a report is limited to (None = everything).

    A name or 区划代码 that matches nothing raises InputRejected naming the closest regions.
    """
    if region is None or not str(region).strip():
        return None
    svc = RegionService(db)
    found = svc.lookup(str(region))
    if found.region_id is None:
        raise InputRejected(found.problem or str(region))
    return svc.get(found.region_id)


def scope_label(row: RegionRow | None) -> str | None:
    """How the header names the scope: the full path, e.g. 黟县/碧阳镇."""
    return row.path if row is not None else None
