"""Both engines: an empty database migrates to head and matches the models; downgrade and
upgrade again; the partial unique indexes keep soft-deleted rows out of the way (issue 19)."""

from __future__ import annotations

from pathlib import Path

from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import inspect, text
from sqlalchemy.schema import CreateIndex

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


def _condition(sql: str) -> str:
    """A partial index's condition, spelled as each engine gives it back: PostgreSQL
    parenthesises every term (`((NOT is_deleted) AND (id_card IS NOT NULL))`)."""
    return " ".join(sql.replace("(", " ").replace(")", " ").split()).lower()


def test_the_models_partial_indexes_say_what_the_migrations_built(any_db: Database) -> None:
    """compare_metadata does not compare a partial index's WHERE; the models spell the
    server's apart from SQLite's (data/sql.server_where)."""
    built: dict[str, str] = {}
    with any_db.engine.connect() as conn:
        if any_db.engine.dialect.name == "sqlite":
            for name, sql in conn.execute(text(
                    "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql LIKE "
                    "'% WHERE %'")):
                built[name] = _condition(sql.split(" WHERE ", 1)[1])
        else:
            for name, pred in conn.execute(text(
                    "SELECT c.relname, pg_get_expr(i.indpred, i.indrelid) FROM pg_index i "
                    "JOIN pg_class c ON c.oid = i.indexrelid WHERE i.indpred IS NOT NULL")):
                built[name] = _condition(pred)
    declared = {}
    for table in Base.metadata.tables.values():
        for index in table.indexes:
            ddl = str(CreateIndex(index).compile(dialect=any_db.engine.dialect))
            if " WHERE " in ddl:
                declared[index.name] = _condition(ddl.split(" WHERE ", 1)[1])
    assert set(declared) >= {"uq_person_id_card_live", "uq_stock_batch_live"}
    assert declared == built


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
