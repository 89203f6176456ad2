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


def _damage_table(path: Path, table: str) -> None:
    """Overwrite the first page of one table, leaving the header and the schema readable:
    only a read of that table (or a full quick_check) finds it."""
    import sqlite3

    con = sqlite3.connect(path)
    try:
        page_size = con.execute("PRAGMA page_size").fetchone()[0]
        root = con.execute("SELECT rootpage FROM sqlite_master WHERE name = ?",
                           (table,)).fetchone()[0]
    finally:
        con.close()
    with open(path, "r+b") as fh:
        fh.seek((root - 1) * page_size)
        fh.write(b"\xffdamaged-page" * (page_size // 13))


def test_check_meets_a_damaged_page_with_the_same_advice_and_writes_nothing(
        county_file: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """`check` opens without reading every page first (data/migrate.py `reading`): the
    damaged officers' page is found by the rule that reads it, and the clerk gets the message
    of the full check, with the backup to restore; the file is left as it was."""
    import hashlib

    good = backup.make_backup(county_file, reason="daily")
    _damage_table(county_file, "info_officer")
    before = hashlib.sha256(county_file.read_bytes()).hexdigest()
    assert main(["--db", str(county_file), "check"]) == 3
    err = capsys.readouterr().err
    assert "数据库文件已损坏" in err and str(good) in err and "Traceback" not in err
    assert main(["--db", str(county_file), "check", "--json"]) == 3
    assert hashlib.sha256(county_file.read_bytes()).hexdigest() == before
    # Every other opening still reads the whole file first, before anything can be written.
    with pytest.raises(DatabaseDamaged) as opened:
        open_database(county_file)
    assert str(good) in opened.value.message
    assert main(["--db", str(county_file), "export", "officers",
                 str(county_file.with_name("out.xlsx"))]) == 3
    assert hashlib.sha256(county_file.read_bytes()).hexdigest() == before


def test_a_file_to_migrate_is_checked_in_full_even_for_check(
        county_file: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A file at an older schema revision is migrated (written) on opening: `check` reads
    it whole first, as every command does, and refuses a damaged one before migrating."""
    import sqlite3

    _damage_table(county_file, "stock_batch")
    con = sqlite3.connect(county_file)
    try:
        con.execute("UPDATE alembic_version SET version_num = '0020'")
        con.commit()
    finally:
        con.close()
    assert main(["--db", str(county_file), "check"]) == 3
    assert "损坏" in capsys.readouterr().err
    assert not list(county_file.parent.glob("backups/*before-migration*"))
