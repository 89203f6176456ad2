"""Backups and restores: nothing a user typed is lost, and a bad file never replaces good data."""

from __future__ import annotations

import sqlite3
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from emergency_desk.data import backup
from emergency_desk.data.db import Database
from emergency_desk.data.enums import RegionLevel
from emergency_desk.data.migrate import open_database
from emergency_desk.errors import EnvironmentProblem
from emergency_desk.paths import backup_dir_for
from emergency_desk.services.regions.regions import RegionInput, RegionService


def names(path: Path) -> list[str]:
    con = sqlite3.connect(path)
    try:
        return [r[0] for r in con.execute(
            "SELECT name FROM region WHERE is_deleted = 0 ORDER BY id")]
    finally:
        con.close()


def add(db: Database, name: str) -> int:
    return RegionService(db).create(RegionInput(name=name, level=RegionLevel.COUNTY))


def fake_backup(db_path: Path, when: datetime, reason: str) -> Path:
    folder = backup_dir_for(db_path)
    folder.mkdir(parents=True, exist_ok=True)
    p = folder / f"{db_path.stem}-{when:%Y%m%d-%H%M%S}-{reason}.sqlite3"
    p.write_bytes(b"x")
    return p


def test_backup_change_restore_brings_the_content_back(
        db: Database, db_path: Path, tmp_path: Path) -> None:
    add(db, "黟县")
    copy = backup.make_backup(db_path, tmp_path / "usb" / "台账备份.sqlite3")
    assert copy.exists()
    add(db, "祁门县")
    assert names(db_path) == ["黟县", "祁门县"]
    db.dispose()
    safety = backup.restore(db_path, copy)
    assert names(db_path) == ["黟县"]
    # the data we replaced is kept, beside the database, with a recognisable name
    assert safety.parent == backup_dir_for(db_path)
    assert "before-restore" in safety.name
    assert names(safety) == ["黟县", "祁门县"]
    # and the restored database opens normally
    open_database(db_path).dispose()


def test_a_backup_is_one_self_contained_file(db: Database, db_path: Path, tmp_path: Path) -> None:
    add(db, "黟县")  # still in the WAL file while db is open
    copy = backup.make_backup(db_path, tmp_path / "b.sqlite3")
    assert not Path(str(copy) + "-wal").exists()
    assert names(copy) == ["黟县"]
    assert not list(tmp_path.glob("*.part"))


def test_restoring_a_non_database_file_is_refused_and_data_untouched(
        db: Database, db_path: Path, tmp_path: Path) -> None:
    add(db, "黟县")
    db.dispose()
    junk = tmp_path / "照片.sqlite3"
    junk.write_bytes(b"\x89PNG" + b"\0" * 4000)
    with pytest.raises(EnvironmentProblem):
        backup.restore(db_path, junk)
    with pytest.raises(EnvironmentProblem) as info:
        backup.restore(db_path, tmp_path / "missing.sqlite3")
    assert "missing.sqlite3" in info.value.message
    assert names(db_path) == ["黟县"]


def test_restoring_a_backup_from_a_newer_program_is_refused(
        db: Database, db_path: Path, tmp_path: Path) -> None:
    add(db, "黟县")
    copy = backup.make_backup(db_path, tmp_path / "newer.sqlite3")
    con = sqlite3.connect(copy)
    con.execute("UPDATE alembic_version SET version_num = 'ffff'")
    con.commit()
    con.close()
    add(db, "祁门县")
    db.dispose()
    with pytest.raises(EnvironmentProblem) as info:
        backup.restore(db_path, copy)
    assert "更新版本" in info.value.message
    assert names(db_path) == ["黟县", "祁门县"]


def test_backup_to_an_unusable_place_is_a_plain_error(
        db: Database, db_path: Path, tmp_path: Path) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("x")
    with pytest.raises(EnvironmentProblem) as info:
        backup.make_backup(db_path, blocker / "copy.sqlite3")
    assert "原数据库未受影响" in info.value.message


def test_rotation_keeps_the_newest_automatic_backups_and_every_manual_one(
        db: Database, db_path: Path) -> None:
    start = datetime(2024, 5, 1, 8, 0, 0)
    daily = [fake_backup(db_path, start + timedelta(days=i), "daily") for i in range(6)]
    manual = fake_backup(db_path, start - timedelta(days=30), "manual")
    removed = backup.rotate(db_path, keep=3)
    assert sorted(removed) == sorted(daily[:3])
    left = {b.path for b in backup.list_backups(db_path)}
    assert left == set(daily[3:]) | {manual}


def test_daily_backup_happens_once_per_day(db: Database, db_path: Path) -> None:
    add(db, "黟县")
    yesterday = fake_backup(db_path, datetime.now() - timedelta(days=1), "daily")
    first = backup.auto_backup_if_due(db_path)
    assert first is not None and names(first) == ["黟县"]
    assert backup.auto_backup_if_due(db_path) is None
    dailies = [b for b in backup.list_backups(db_path) if b.reason == "daily"]
    assert {b.path for b in dailies} == {first, yesterday}


def test_daily_backup_rotates(db: Database, db_path: Path) -> None:
    start = datetime.now() - timedelta(days=10)
    for i in range(5):
        fake_backup(db_path, start + timedelta(days=i), "daily")
    backup.auto_backup_if_due(db_path, keep=2)
    assert len([b for b in backup.list_backups(db_path) if b.reason == "daily"]) == 2


def test_no_daily_backup_for_a_database_that_does_not_exist(tmp_path: Path) -> None:
    assert backup.auto_backup_if_due(tmp_path / "none.sqlite3") is None
    assert not backup_dir_for(tmp_path / "none.sqlite3").exists()


def test_two_backups_in_the_same_second_both_survive(db: Database, db_path: Path) -> None:
    a = backup.make_backup(db_path)
    b = backup.make_backup(db_path)
    assert a != b and a.exists() and b.exists()
