"""An exchange merge keeps the rosters' stored region keys (data/region_order.py) current: the
keys are this database's own, computed from its regions, never taken from the package, and a
second merge of the same package changes nothing."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import select, update

from emergency_desk.data.db import Database
from emergency_desk.data.models import Region
from emergency_desk.services.exchange.export import export_package
from emergency_desk.services.exchange.merge import merge_package
from emergency_desk.services.regions.county_setup import init_county
from tests.services.exchange.helpers import BIYANG, COUNTY, build_township
from tests.services.regions.test_region_sort_keys import assert_current


def test_a_merged_township_gets_keys_of_this_database(any_db: Database,
                                                       tmp_path: Path) -> None:
    county = any_db
    init_county(county, COUNTY, office_name="黟县应急管理局")
    biyang = build_township(tmp_path, BIYANG, seed=1)
    package = tmp_path / "碧阳镇.edx"
    export_package(biyang, package)
    with county.begin() as s:  # even keys written directly are put right before the commit
        s.execute(update(Region).values(sort_town="x", sort_village="x"))
    assert_current(county)
    assert merge_package(county, package).changed
    assert_current(county)
    with county.read() as s:
        villages = s.execute(select(Region.code, Region.name, Region.sort_town,
                                    Region.sort_village)
                             .where(Region.parent_id.is_not(None),
                                    Region.code.like(BIYANG[:9] + "%"),
                                    Region.code != BIYANG)).all()
    assert villages
    for code, name, town, village in villages:
        assert town.startswith(BIYANG) and village == f"{code}{name}"
    assert merge_package(county, package).changed == 0
    assert_current(county)
    biyang.dispose()
