"""Schema migrations: a new file reaches head and matches the models; old files are backed up
before they are migrated; newer, foreign and damaged files are refused untouched."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext

from emergency_desk.data import migrate
from emergency_desk.data.backup import list_backups
from emergency_desk.data.db import APPLICATION_ID, Database
from emergency_desk.data.enums import RegionLevel
from emergency_desk.data.migrate import head_revision, open_database, schema_revision
from emergency_desk.data.models import Base
from emergency_desk.errors import DatabaseDamaged, DatabaseTooNew
from emergency_desk.services.regions.regions import RegionInput, RegionQuery, RegionService


def test_an_empty_file_is_migrated_to_head_and_matches_the_models(db_path: Path) -> None:
    db_path.touch()  # a zero-byte file (e.g. created by a file manager) is a new database
    db = open_database(db_path)
    try:
        assert schema_revision(db) == head_revision()
        with db.engine.connect() as conn:
            mc = MigrationContext.configure(conn, opts={"compare_type": True})
            diffs = compare_metadata(mc, Base.metadata)
        assert diffs == [], f"models and migrations disagree: {diffs}"
    finally:
        db.dispose()


def test_database_is_marked_as_ours_with_wal_and_foreign_keys(db_path: Path) -> None:
    db = open_database(db_path)
    try:
        with db.engine.connect() as conn:
            assert conn.exec_driver_sql("PRAGMA application_id").scalar() == APPLICATION_ID
            assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
            assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
    finally:
        db.dispose()


def test_migrations_downgrade_and_upgrade_again(db_path: Path) -> None:
    db = open_database(db_path)
    try:
        with db.engine.begin() as conn:
            cfg = migrate.alembic_config()
            cfg.attributes["connection"] = conn
            command.downgrade(cfg, "base")
        with db.engine.connect() as conn:
            tables = {r[0] for r in conn.exec_driver_sql(
                "SELECT name FROM sqlite_master WHERE type='table'")}
        assert "region" not in tables
    finally:
        db.dispose()
    db = open_database(db_path)
    try:
        assert schema_revision(db) == head_revision()
        assert RegionService(db).count(RegionQuery()) == 0
    finally:
        db.dispose()


def test_an_older_database_is_backed_up_before_it_is_migrated(
        db: Database, db_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    RegionService(db).create(RegionInput(name="黟县", level=RegionLevel.COUNTY))
    db.dispose()
    assert list_backups(db_path) == []
    # Pretend the program has a newer head than the file: open_database must copy first.
    monkeypatch.setattr(migrate, "head_revision", lambda: "a_newer_revision")
    db2 = open_database(db_path)
    db2.dispose()
    backups = list_backups(db_path)
    assert [b.reason for b in backups] == ["before-migration"]
    con = sqlite3.connect(backups[0].path)
    try:
        assert con.execute("SELECT name FROM region").fetchall() == [("黟县",)]
    finally:
        con.close()


def test_a_current_database_is_opened_without_a_backup(db: Database, db_path: Path) -> None:
    db.dispose()
    open_database(db_path).dispose()
    assert list_backups(db_path) == []


def test_a_database_from_a_newer_program_is_refused_untouched(
        db: Database, db_path: Path) -> None:
    db.dispose()
    con = sqlite3.connect(db_path)
    con.execute("UPDATE alembic_version SET version_num='ffff'")
    con.commit()
    con.close()
    before = db_path.read_bytes()
    with pytest.raises(DatabaseTooNew) as info:
        open_database(db_path)
    assert "更新版本" in info.value.message
    assert db_path.read_bytes() == before
    assert list_backups(db_path) == []


def test_a_foreign_sqlite_file_is_refused_untouched(tmp_path: Path) -> None:
    other = tmp_path / "contacts.db"
    con = sqlite3.connect(other)
    con.execute("CREATE TABLE contacts (name TEXT)")
    con.execute("INSERT INTO contacts VALUES ('张三')")
    con.commit()
    con.close()
    before = other.read_bytes()
    with pytest.raises(DatabaseDamaged) as info:
        open_database(other)
    assert "不是应急资源台账的数据库" in info.value.message
    assert other.read_bytes() == before


def test_a_damaged_file_is_refused(tmp_path: Path) -> None:
    junk = tmp_path / "junk.sqlite3"
    junk.write_bytes(b"SQLite format 3\0" + b"\xff" * 2000)
    with pytest.raises(DatabaseDamaged):
        open_database(junk)


def test_an_older_database_holding_officers_upgrades_with_every_record(db_path: Path) -> None:
    """An office's file from an earlier version (0008, before the month flags) holds people that
    officers point at. Migration 0009 rebuilds `person` in batch mode (copy, DROP, rename): with
    foreign keys on, the DROP failed and the file could never be opened again."""
    from sqlalchemy import create_engine

    from emergency_desk.data.models import Region
    from emergency_desk.data.officers import InfoOfficer
    from emergency_desk.data.people import Person

    db = open_database(db_path)
    with db.begin() as s:
        town = Region(name="碧阳镇", code="341023100000", level=RegionLevel.TOWNSHIP)
        s.add(town)
        s.flush()
        person = Person(name="汪晓燕")
        s.add(person)
        s.flush()
        s.add(InfoOfficer(person_id=person.id, region_id=town.id, level=RegionLevel.TOWNSHIP))
    db.dispose()
    # Back to how version 0008 left the file (the way down rebuilds tables too: checks off).
    engine = create_engine(f"sqlite:///{db_path}")
    with engine.connect() as conn:
        conn.exec_driver_sql("PRAGMA foreign_keys=OFF")
        cfg = migrate.alembic_config()
        cfg.attributes["connection"] = conn
        command.downgrade(cfg, "0008")
        conn.commit()
    engine.dispose()

    db = open_database(db_path)
    try:
        assert schema_revision(db) == head_revision()
        with db.read() as s:
            officer = s.query(InfoOfficer).one()
            assert officer.person.name == "汪晓燕" and officer.region.name == "碧阳镇"
        with db.engine.connect() as conn:
            assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1  # on again
            assert conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall() == []
    finally:
        db.dispose()
