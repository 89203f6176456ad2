"""Issue 18, point 11: each record has a version; saving a form over a record that someone else
(another window, the command line, an import) saved after the form was filled is refused with
记录已被他人修改, and after a reload the save goes through. The command line and the window
share one write lock (data/write_lock.py), so their writes never interleave."""

from __future__ import annotations

import dataclasses
import threading
from pathlib import Path

import pytest

from emergency_desk.data.db import Database
from emergency_desk.data.enums import RegionLevel
from emergency_desk.data.migrate import open_database
from emergency_desk.data.versions import RecordChanged
from emergency_desk.services.regions.regions import RegionInput, RegionService


def _elsewhere(db_path: Path, region_id: int, population: int) -> None:
    """Another program saving the same record (its own connection, its own thread)."""
    def run() -> None:
        other = open_database(db_path)
        try:
            svc = RegionService(other)
            row = svc.get(region_id)
            svc.update(region_id, RegionInput(row.name, RegionLevel(row.level),
                                              population=population))
        finally:
            other.dispose()

    worker = threading.Thread(target=run)
    worker.start()
    worker.join()


def _form(svc: RegionService, region_id: int) -> RegionInput:
    row = svc.get(region_id)  # what a form shows
    return RegionInput(row.name, RegionLevel(row.level), population=row.population)


def test_saving_over_a_record_changed_elsewhere_is_refused_then_works_after_reload(
        db: Database, db_path: Path) -> None:
    svc = RegionService(db)
    rid = svc.create(RegionInput("黟县", RegionLevel.COUNTY, population=90000))
    form = _form(svc, rid)
    _elsewhere(db_path, rid, 91000)
    with pytest.raises(RecordChanged, match="记录已被他人修改"):
        svc.update(rid, dataclasses.replace(form, main_hazards="山洪"))
    assert svc.get(rid).population == 91000  # the other save is kept, ours not written
    form = _form(svc, rid)  # reload
    svc.update(rid, dataclasses.replace(form, main_hazards="山洪"))
    row = svc.get(rid)
    assert (row.population, row.main_hazards) == (91000, "山洪")


def test_own_saves_in_a_row_are_not_refused(db: Database) -> None:
    svc = RegionService(db)
    rid = svc.create(RegionInput("黟县", RegionLevel.COUNTY))
    form = _form(svc, rid)
    for n in (1, 2, 3):
        svc.update(rid, dataclasses.replace(form, population=n))
    assert svc.get(rid).population == 3
