"""Region rules R1–R4: each fires on the case it is for and stays silent on its near miss."""

from __future__ import annotations

import pytest

from emergency_desk.data.db import Database
from emergency_desk.data.enums import RegionLevel
from emergency_desk.services.checks import Severity, rules, run_checks
from emergency_desk.services.regions.regions import RegionInput, RegionService

C, T, V = RegionLevel.COUNTY, RegionLevel.TOWNSHIP, RegionLevel.VILLAGE


@pytest.fixture
def svc(db: Database) -> RegionService:
    return RegionService(db)


@pytest.fixture
def town(svc: RegionService) -> int:
    county = svc.create(RegionInput("黟县", C, code="341023000000"))
    town = svc.create(RegionInput("碧阳镇", T, county, "341023100000"))
    svc.create(RegionInput("古筑村", V, town, "341023100201"))
    return town


REGION_RULES = ("R1", "R2", "R3", "R4")


def fired(db: Database, rule: str) -> list[tuple[str, str]]:
    return [(a.region, a.subject) for a in run_checks(db, only=[rule])]


def test_a_clean_tree_raises_no_region_alert(db: Database, town: int) -> None:
    assert run_checks(db, only=REGION_RULES) == []


def test_r1_disaster_prone_without_main_hazards(db: Database, svc: RegionService,
                                                town: int) -> None:
    svc.create(RegionInput("南屏村", V, town, "341023100202", is_disaster_prone=True))
    svc.create(RegionInput("关麓村", V, town, "341023100203", is_disaster_prone=True,
                           main_hazards="山洪"))  # near miss: hazards written down
    svc.create(RegionInput("碧山村", V, town, "341023100204", main_hazards=""))  # not prone
    assert fired(db, "R1") == [("碧阳镇/南屏村", "南屏村")]
    alert = run_checks(db, only=["R1"])[0]
    assert alert.severity == Severity.ORANGE
    assert alert.table == "region" and alert.record_id is not None  # one click to the record


def test_r2_village_without_code(db: Database, svc: RegionService, town: int) -> None:
    svc.create(RegionInput("南屏村", V, town))
    svc.create(RegionInput("关麓村", V, town, "341023100203"))  # near miss: has a code
    county = svc.list()[0].id
    svc.create(RegionInput("宏村镇", T, county))  # townships are not R2's business
    assert fired(db, "R2") == [("碧阳镇/南屏村", "南屏村")]


def test_r3_code_not_under_the_parent_code(db: Database, svc: RegionService,
                                           town: int) -> None:
    svc.create(RegionInput("南屏村", V, town, "341023101202"))  # 9th digit says 宏村镇
    svc.create(RegionInput("关麓村", V, town, "341023100299"))  # near miss: fits
    assert fired(db, "R3") == [("碧阳镇/南屏村", "南屏村")]


def test_r3_township_code_must_start_with_the_county_code(
        db: Database, svc: RegionService, town: int) -> None:
    county = svc.list()[0].id
    svc.create(RegionInput("外县镇", T, county, "341024100000"))
    assert ("外县镇", "外县镇") in fired(db, "R3")


def test_r4_township_without_villages(db: Database, svc: RegionService, town: int) -> None:
    county = svc.list()[0].id
    empty = svc.create(RegionInput("宏村镇", T, county, "341023101000"))
    assert fired(db, "R4") == [("宏村镇", "宏村镇")]
    svc.create(RegionInput("宏村村", V, empty, "341023101201"))  # near miss: one village
    assert fired(db, "R4") == []


def test_deleted_regions_raise_no_alerts(db: Database, svc: RegionService, town: int) -> None:
    rid = svc.create(RegionInput("南屏村", V, town, None, is_disaster_prone=True))
    assert fired(db, "R1") and fired(db, "R2")
    svc.delete(rid)
    assert fired(db, "R1") == [] and fired(db, "R2") == []


def test_a_township_whose_only_village_is_deleted_fires_r4(
        db: Database, svc: RegionService, town: int) -> None:
    only = svc.children(town)[0].id
    svc.delete(only)
    assert fired(db, "R4") == [("碧阳镇", "碧阳镇")]


def test_region_rules_are_registered_with_a_source() -> None:
    by_id = {r.id: r for r in rules()}
    for rid in ("R1", "R2", "R3", "R4"):
        assert by_id[rid].register == "regions"
        assert by_id[rid].title and by_id[rid].source


def test_alerts_are_sorted_most_severe_first(db: Database, svc: RegionService,
                                             town: int) -> None:
    svc.create(RegionInput("南屏村", V, town, None, is_disaster_prone=True))
    alerts = run_checks(db, only=REGION_RULES)
    assert [a.rule for a in alerts] == ["R1", "R2"]
