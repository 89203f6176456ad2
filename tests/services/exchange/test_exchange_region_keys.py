"""An exchange merge keeps the rosters' stored region keys (data/region_order.py) current: the
keys are this database's own, computed from its regions, never taken from the package, and a
second merge of the same package changes nothing."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from sqlalchemy import select

from emergency_desk.data.db import Database
from emergency_desk.data.models import Region
from emergency_desk.services.exchange.export import export_package
from emergency_desk.services.exchange.merge import merge_package
from emergency_desk.services.regions.county_setup import init_county
from emergency_desk.services.regions.regions import RegionService, to_input
from tests.services.exchange.helpers import BIYANG, COUNTY, build_township
from tests.services.regions.test_region_sort_keys import assert_current


def test_a_merged_township_gets_keys_of_this_database(any_db: Database,
                                                       tmp_path: Path) -> None:
    county = any_db
    init_county(county, COUNTY, office_name="黟县应急管理局")
    biyang = build_township(tmp_path, BIYANG, seed=1)
    with biyang.read() as s:  # the township renames a village of its own
        village = s.scalars(select(Region).where(Region.parent_id.is_not(None),
                                                 Region.code.like(BIYANG[:9] + "%"),
                                                 Region.code != BIYANG)
                            .order_by(Region.code)).first()
        assert village is not None
        data = to_input(village)
    RegionService(biyang).update(village.id, replace(data, name="新名村"))
    package = tmp_path / "碧阳镇.edx"
    export_package(biyang, package)
    assert merge_package(county, package).changed
    assert_current(county)
    with county.read() as s:
        keys = s.execute(select(Region.sort_town, Region.sort_village)
                         .where(Region.name == "新名村")).one()
    assert keys[1] == f"{village.code}新名村" and keys[0].startswith(BIYANG)
    assert merge_package(county, package).changed == 0
    assert_current(county)
    biyang.dispose()
