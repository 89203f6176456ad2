"""Issue 18, points 4 and 12: a healthy database on a read-only disk opens read-only with a plain
message and is never called damaged nor offered a restore; a new database in a read-only folder
gets a plain message, not SQLAlchemy text; leftovers of killed backups are removed at start."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import time
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from emergency_desk.cli import main
from emergency_desk.data import db as db_module
from emergency_desk.data.enums import RegionLevel
from emergency_desk.data.migrate import open_database
from emergency_desk.errors import EnvironmentProblem
from emergency_desk.paths import backup_dir_for
from emergency_desk.services.regions.regions import RegionInput, RegionService


@pytest.fixture
def read_only_disk() -> Iterator[Path]:
    """A small real filesystem that is remounted read-only (needs mount rights: skipped
    elsewhere, e.g. on Windows or without root)."""
    point = Path(f"/tmp/emergency-desk-ro-{uuid.uuid4().hex[:8]}")
    point.mkdir()
    if os.name == "nt" or subprocess.run(["mount", "-t", "tmpfs", "-o", "size=32m", "tmpfs",
                                          str(point)], capture_output=True).returncode != 0:
        point.rmdir()
        pytest.skip("cannot mount a filesystem here")
    try:
        yield point
    finally:
        subprocess.run(["umount", str(point)], capture_output=True)
        point.rmdir()


def _remount_ro(point: Path) -> None:
    subprocess.run(["mount", "-o", "remount,ro", str(point)], check=True)


def test_a_healthy_database_on_a_read_only_disk_opens_read_only(
        read_only_disk: Path, capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch) -> None:
    path = read_only_disk / "office.sqlite3"
    db = open_database(path)
    RegionService(db).create(RegionInput("黟县", RegionLevel.COUNTY))
    db.dispose()
    _remount_ro(read_only_disk)

    db = open_database(path)
    try:
        assert db.read_only
        assert [r.name for r in RegionService(db).children(None)] == ["黟县"]
        with pytest.raises(EnvironmentProblem, match="只读"):
            RegionService(db).create(RegionInput("祁门县", RegionLevel.COUNTY))
    finally:
        db.dispose()
    code = main(["--db", str(path), "check"])
    err = capsys.readouterr().err
    assert code == 0 and "只读" in err and "损坏" not in err and "恢复" not in err
    code = main(["--db", str(path), "demo"])
    err = capsys.readouterr().err
    assert code == 3 and "只读" in err and "损坏" not in err and "Traceback" not in err

    from emergency_desk.ui import app, recovery

    def never(*_: Any) -> bool:
        raise AssertionError("a restore was offered for a read-only disk")

    monkeypatch.setattr(recovery, "offer_recovery", never)
    opened = app.open_or_recover(path)
    assert opened is not None and opened.read_only
    opened.dispose()


def test_a_new_database_in_a_read_only_folder_is_a_plain_message(
        db_path: Path, capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch) -> None:
    original = db_module._on_connect

    def connect(conn: sqlite3.Connection, record: Any) -> None:
        original(conn, record)
        conn.execute("PRAGMA query_only=ON")  # how SQLite answers in a read-only folder

    monkeypatch.setattr(db_module, "_on_connect", connect)
    code = main(["--db", str(db_path), "check"])
    err = capsys.readouterr().err
    assert code == 3 and "只读" in err
    assert "OperationalError" not in err and "[SQL" not in err and "Background on" not in err


def test_leftovers_of_killed_backups_are_removed_at_start(db_path: Path) -> None:
    open_database(db_path).dispose()
    folder = backup_dir_for(db_path)
    folder.mkdir(parents=True, exist_ok=True)
    old = [folder / "office-20261201-101010-manual.sqlite3.part",
           folder / "office-20261201-101010-manual.sqlite3.part-journal",
           db_path.with_name("copy.sqlite3.part")]
    fresh = folder / "office-20261205-101010-manual.sqlite3.part"  # another window's, running
    for p in [*old, fresh]:
        p.write_bytes(b"x" * 1000)
    an_hour_ago = time.time() - 3600
    for p in old:
        os.utime(p, (an_hour_ago, an_hour_ago))
    open_database(db_path).dispose()
    assert not any(p.exists() for p in old)
    assert fresh.exists()
