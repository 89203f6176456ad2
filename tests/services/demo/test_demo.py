"""The demo county: realistic, complete enough to show every page, with a few real gaps."""

from __future__ import annotations

import re
from datetime import date

import pytest

from emergency_desk.data.backup import list_backups
from emergency_desk.data.db import Database
from emergency_desk.data.enums import RegionLevel
from emergency_desk.errors import InputRejected
from emergency_desk.services.checks import run_checks
from emergency_desk.services.demo.county import build_demo, is_empty
from emergency_desk.services.regions.regions import RegionInput, RegionQuery, RegionService
from emergency_desk.services.settings import SettingsService


@pytest.fixture
def demo(db: Database) -> Database:
    build_demo(db, today=date(2025, 6, 1))
    return db


def test_demo_is_a_county_like_yixian(demo: Database) -> None:
    svc = RegionService(demo)
    county = svc.list(RegionQuery(levels=(RegionLevel.COUNTY,)))
    assert [(c.name, c.code) for c in county] == [("黟县", "341023000000")]
    towns = {t.name: t for t in svc.townships()}
    assert {"碧阳镇", "宏村镇", "渔亭镇", "西递镇", "柯村镇", "美溪乡", "宏潭乡",
            "洪星乡"} <= set(towns)
    assert towns["碧阳镇"].code == "341023100000"
    lowest = svc.list(RegionQuery(levels=(RegionLevel.VILLAGE, RegionLevel.COMMUNITY)))
    assert 70 <= len(lowest) <= 100
    assert any(r.level == RegionLevel.COMMUNITY and r.township == "碧阳镇" for r in lowest)
    assert sum(r.is_disaster_prone for r in lowest) >= 10
    for r in lowest:
        if r.code:
            assert re.fullmatch(r"\d{12}", r.code)
            parent = towns[r.township]
            assert r.code[:9] == (parent.code or "")[:9], r.path
        assert r.population and r.population > 0


def test_demo_has_the_office_name(demo: Database) -> None:
    assert SettingsService(demo).get("office_name") == "黟县应急管理局"


def test_demo_gaps_fire_the_region_rules(demo: Database) -> None:
    rules = {a.rule for a in run_checks(demo, today=date(2025, 6, 1))}
    assert {"R1", "R2", "R4"} <= rules
    assert "R3" not in rules  # codes are consistent


def test_demo_refuses_a_database_with_data(db: Database) -> None:
    RegionService(db).create(RegionInput("祁门县", RegionLevel.COUNTY))
    with pytest.raises(InputRejected) as info:
        build_demo(db)
    assert "--force" in info.value.message
    assert [r.name for r in RegionService(db).list()] == ["祁门县"]


def test_force_replaces_the_data_after_a_backup(db: Database) -> None:
    RegionService(db).create(RegionInput("祁门县", RegionLevel.COUNTY))
    summary = build_demo(db, force=True)
    assert summary.backup is not None
    assert [b.reason for b in list_backups(db.path)] == ["before-demo"]
    names = {r.name for r in RegionService(db).list()}
    assert "祁门县" not in names and "黟县" in names
    assert "行政区划" in summary.text()


def test_demo_twice_with_force_gives_the_same_county(demo: Database) -> None:
    first = [(r.path, r.code, r.population) for r in RegionService(demo).list()]
    build_demo(demo, force=True, today=date(2025, 6, 1))
    again = [(r.path, r.code, r.population) for r in RegionService(demo).list()]
    assert again == first


def test_is_empty_ignores_settings(db: Database) -> None:
    SettingsService(db).set("office_name", "宏潭乡人民政府")
    assert is_empty(db)
