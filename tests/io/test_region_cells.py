"""A 所属区划 cell written as a path the way offices write village names: the register imports
that take a region (teams, shelters, hazards, …) find '碧阳镇/柏山村村委会' as they find
'柏山村村委会' alone, and under the township the path names."""

from __future__ import annotations

import pytest

from emergency_desk.data.db import Database
from emergency_desk.data.enums import RegionLevel
from emergency_desk.io.row_upsert import CellProblem, region_id_in
from emergency_desk.services.regions.regions import RegionInput, RegionService


@pytest.fixture
def villages(db: Database) -> dict[str, int]:
    """柏山村 under two townships, so that its name alone is ambiguous."""
    svc = RegionService(db)
    county = svc.create(RegionInput("黟县", RegionLevel.COUNTY, code="341023000000"))
    out: dict[str, int] = {}
    for town, code in (("碧阳镇", "341023100000"), ("宏村镇", "341023101000")):
        tid = svc.create(RegionInput(town, RegionLevel.TOWNSHIP, county, code))
        for village in ("柏山村", "古筑村" if town == "碧阳镇" else "卢村村"):
            out[f"{town}/{village}"] = svc.create(
                RegionInput(village, RegionLevel.VILLAGE, tid))
    return out


@pytest.mark.parametrize("cell, where", [
    ("碧阳镇/柏山村", "碧阳镇/柏山村"),
    ("碧阳镇/柏山村村委会", "碧阳镇/柏山村"),
    ("黟县/宏村镇/柏山村村委会", "宏村镇/柏山村"),
    (" 宏村镇 / 柏山村村民委员会 ", "宏村镇/柏山村"),
    ("碧阳镇/古筑村村委会", "碧阳镇/古筑村"),
])
def test_a_path_with_a_village_as_offices_write_it(db: Database, villages: dict[str, int],
                                                  cell: str, where: str) -> None:
    with db.read() as s:
        assert region_id_in(s, cell, "所属区划", {}) == villages[where]


@pytest.mark.parametrize("cell", ["柏山村村委会", "碧阳镇/卢村村", "碧阳镇/不存在村",
                                  "西递镇/柏山村"])
def test_an_ambiguous_or_unknown_path_is_still_refused(db: Database, villages: dict[str, int],
                                                       cell: str) -> None:
    with db.read() as s, pytest.raises(CellProblem) as e:
        region_id_in(s, cell, "所属区划", {})
    assert e.value.column == "所属区划" and cell.split("/")[-1] in e.value.reason
