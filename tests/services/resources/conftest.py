"""Fixtures for the township registers: a small county with two townships."""

from __future__ import annotations

import pytest

from emergency_desk.data.db import Database
from emergency_desk.data.enums import RegionLevel
from emergency_desk.services.regions.regions import RegionInput, RegionService

C, T, V = RegionLevel.COUNTY, RegionLevel.TOWNSHIP, RegionLevel.VILLAGE


@pytest.fixture
def county(db: Database) -> dict[str, int]:
    """黟县 → 碧阳镇 (古筑村) and 宏村镇 (宏村村)."""
    svc = RegionService(db)
    ids = {"黟县": svc.create(RegionInput("黟县", C, code="341023000000"))}
    ids["碧阳镇"] = svc.create(RegionInput("碧阳镇", T, ids["黟县"], "341023100000"))
    ids["宏村镇"] = svc.create(RegionInput("宏村镇", T, ids["黟县"], "341023101000"))
    ids["古筑村"] = svc.create(RegionInput("古筑村", V, ids["碧阳镇"]))
    ids["宏村村"] = svc.create(RegionInput("宏村村", V, ids["宏村镇"]))
    return ids
