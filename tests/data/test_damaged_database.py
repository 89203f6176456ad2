"""A damaged database is refused with advice, and a restore over it keeps the damaged file."""

from __future__ import annotations

from pathlib import Path

import pytest

from emergency_desk.cli import main
from emergency_desk.data import backup
from emergency_desk.data.migrate import inspect_file, open_database
from emergency_desk.errors import DatabaseDamaged
from emergency_desk.services.demo.county import build_demo
from emergency_desk.services.regions.regions import RegionQuery, RegionService


def damage(path: Path) -> None:
    """Overwrite the SQLite header: every reader now says 'file is not a database'."""
    with open(path, "r+b") as fh:
        fh.write(b"\x00garbage-garbage" * 4)


@pytest.fixture
def county_file(db_path: Path) -> Path:
    db = open_database(db_path)
    build_demo(db)
    db.dispose()
    return db_path


def test_damaged_file_names_the_newest_good_backup(county_file: Path) -> None:
    good = backup.make_backup(county_file, reason="daily")
    bad_copy = backup.make_backup(county_file, reason="manual")
    damage(bad_copy)  # a newer but broken backup is skipped
    damage(county_file)
    with pytest.raises(DatabaseDamaged) as err:
        inspect_file(county_file)
    assert str(good) in err.value.message and "emergency-desk restore" in err.value.message
    assert backup.latest_good_backup(county_file).path == good


def test_cli_refuses_a_damaged_file_with_exit_3_and_no_traceback(
        county_file: Path, capsys: pytest.CaptureFixture[str]) -> None:
    backup.make_backup(county_file, reason="daily")
    damage(county_file)
    assert main(["--db", str(county_file), "check"]) == 3
    err = capsys.readouterr().err
    assert "损坏" in err and "Traceback" not in err and "restore" in err


def test_restore_over_a_damaged_file_moves_it_aside_and_brings_the_data_back(
        county_file: Path) -> None:
    db = open_database(county_file)
    n = RegionService(db).count(RegionQuery())
    db.dispose()
    good = backup.make_backup(county_file, reason="daily")
    damage(county_file)
    kept = backup.restore(county_file, good)
    assert kept.exists() and "damaged" in kept.name
    assert kept.read_bytes().startswith(b"\x00garbage")  # the damaged file itself, untouched
    db = open_database(county_file)
    try:
        assert RegionService(db).count(RegionQuery()) == n
    finally:
        db.dispose()
    assert backup.latest_good_backup(county_file).path != kept
