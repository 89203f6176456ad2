"""The rosters' region order stored on the region (`region.sort_town` / `sort_village`,
migration 0022, data/region_order.py) stays what it is computed from — the region's level,
code and name and its parent's code and name — after every kind of write: the form
(create, rename, new code, move), an ORM write in any session, the bulk region import
(Core statements), an exchange merge, and the migration filling an existing file."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import Any

import openpyxl
from alembic import command
from sqlalchemy import create_engine, select, update

from emergency_desk.data import migrate
from emergency_desk.data.db import Database
from emergency_desk.data.enums import RegionLevel
from emergency_desk.data.migrate import open_database
from emergency_desk.data.models import Region
from emergency_desk.io.importer import import_file
from emergency_desk.services.demo.county import build_demo
from emergency_desk.services.regions.regions import (
    RegionInput,
    RegionQuery,
    RegionService,
    to_input,
)

LOWEST = (RegionLevel.VILLAGE.value, RegionLevel.COMMUNITY.value)


def expected_keys(db: Database) -> dict[int, tuple[Any, Any]]:
    """Each region's two keys computed in Python from what the roster's SQL read through the
    parent join before 0022 (NULL where the SQL's `||` met a NULL)."""
    with db.read() as s:
        rows = {r.id: r for r in s.execute(select(Region.id, Region.level, Region.code,
                                                  Region.name, Region.parent_id))}
    out: dict[int, tuple[Any, Any]] = {}
    for r in rows.values():
        parent = rows.get(r.parent_id) if r.parent_id is not None else None
        if r.level == RegionLevel.COUNTY.value:
            town: Any = ""
        elif r.level in LOWEST:
            town = None if parent is None else (parent.code or "~") + parent.name
        else:
            town = (r.code or "~") + r.name
        village = (r.code or "~") + r.name if r.level in LOWEST else ""
        out[r.id] = (town, village)
    return out


def stored_keys(db: Database) -> dict[int, tuple[Any, Any]]:
    with db.read() as s:
        return {i: (t, v) for i, t, v in s.execute(
            select(Region.id, Region.sort_town, Region.sort_village))}


def assert_current(db: Database) -> None:
    assert stored_keys(db) == expected_keys(db)


def test_form_writes_keep_the_keys_current(any_db: Database) -> None:
    db = any_db
    build_demo(db, today=date(2025, 6, 1))
    assert_current(db)
    regions = RegionService(db)
    towns = regions.list(RegionQuery(levels=(RegionLevel.TOWNSHIP,)))
    town, other = towns[0], towns[1]
    villages = regions.children(town.id)
    # A rename of a township: its own key and each of its villages' keys change.
    with db.read() as s:
        data = to_input(s.get_one(Region, town.id))
    regions.update(town.id, replace(data, name="甲" + town.name))
    assert_current(db)
    assert stored_keys(db)[villages[0].id][0].endswith("甲" + town.name)
    # A new code for a village, a village moved to another township, a new village.
    with db.read() as s:
        vdata = to_input(s.get_one(Region, villages[1].id))
    regions.update(villages[1].id, replace(vdata, code=None))
    regions.move(villages[2].id, other.id)
    created = regions.create(RegionInput(name="新建村", level=RegionLevel.VILLAGE,
                                         parent_id=other.id))
    assert_current(db)
    assert stored_keys(db)[villages[1].id][1] == "~" + villages[1].name
    assert stored_keys(db)[created][1] == "~新建村"


def test_orm_and_core_writes_in_a_session_keep_the_keys_current(any_db: Database) -> None:
    db = any_db
    build_demo(db, today=date(2025, 6, 1))
    with db.begin() as s:
        town = s.scalars(select(Region).where(Region.level == RegionLevel.TOWNSHIP.value)
                         .order_by(Region.id)).first()
        assert town is not None
        town.code = "341023999000"  # an ORM change, flushed at commit
        s.add(Region(name="散户村", level=RegionLevel.VILLAGE.value, parent_id=town.id,
                     path=f"{town.path}/散户村"))
        # A bulk statement (as io/ writes): all regions are looked at before the commit.
        s.execute(update(Region).where(Region.parent_id == town.id, Region.code.is_not(None))
                  .values(code=None))
    assert_current(db)
    # Nothing is written when nothing about a region changed, and a rollback leaves no mark.
    try:
        with db.begin() as s:
            s.execute(update(Region).values(name=Region.name + "x"))
            raise RuntimeError
    except RuntimeError:
        pass
    assert_current(db)


def _region_sheet(path: Path, rows: list[list[Any]]) -> Path:
    wb = openpyxl.Workbook()
    ws = wb.active
    assert ws is not None
    ws.append(["黟县行政区划"])
    ws.append(["序号", "名称", "级别", "上级", "区划代码"])
    for i, r in enumerate(rows, 1):
        ws.append([str(i), *r])
    ws.append(["合计", f"{len(rows)}个"])
    wb.save(path)
    return path


def test_the_bulk_region_import_keeps_the_keys_current(any_db: Database,
                                                        tmp_path: Path) -> None:
    db = any_db
    build_demo(db, today=date(2025, 6, 1))
    town = RegionService(db).list(RegionQuery(levels=(RegionLevel.TOWNSHIP,)))[0]
    sheet = _region_sheet(tmp_path / "区划.xlsx", [
        ["新光村", "村", town.name, None],
        ["新安社区", "社区", town.name, "341023100777"],
        ["新设镇", "乡镇", "黟县", None],
        ["新设村", "村", "新设镇", None],
    ])
    result = import_file(db, "regions", sheet)
    assert not result.errors, result.errors
    assert_current(db)
    keys = stored_keys(db)
    with db.read() as s:
        made = {n: i for i, n in s.execute(select(Region.id, Region.name).where(
            Region.name.in_(["新光村", "新安社区", "新设村"])))}
    assert keys[made["新设村"]] == ("~新设镇", "~新设村")
    assert keys[made["新安社区"]][1] == "341023100777新安社区"


def test_the_migration_fills_the_keys_of_an_existing_file(tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite3"
    db = open_database(path)
    build_demo(db, today=date(2025, 6, 1))
    expected = stored_keys(db)
    assert expected == expected_keys(db)
    db.dispose()
    engine = create_engine(f"sqlite:///{path}")
    with engine.connect() as conn:  # back to how 0021 left the file
        conn.exec_driver_sql("PRAGMA foreign_keys=OFF")
        cfg = migrate.alembic_config()
        cfg.attributes["connection"] = conn
        command.downgrade(cfg, "0021")
        conn.commit()
    engine.dispose()
    db = open_database(path)
    try:
        assert stored_keys(db) == expected
    finally:
        db.dispose()
