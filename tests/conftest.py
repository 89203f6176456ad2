"""Shared fixtures: a fresh migrated database per test; Qt runs offscreen."""

from __future__ import annotations

import contextlib
import os
import tempfile
import uuid
from collections.abc import Iterator
from datetime import datetime, time
from pathlib import Path

import pytest
import time_machine

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("MPLBACKEND", "Agg")
# The tables read their rows on a worker and the GUI thread waits 0.1 s for them; the tests
# wait as long as it takes, to look at the rows straight after asking (table_model.py).
# tests/gui/test_table_loads_off_gui.py sets it to 0 for the worker's way.
os.environ.setdefault("EMERGENCY_DESK_TABLE_WAIT_S", "600")
# QSettings (window geometry, last page) must not read or write the developer's own profile.
os.environ["XDG_CONFIG_HOME"] = tempfile.mkdtemp(prefix="emergency-desk-test-config-")
# The pinyin table (services/pinyin_table.py) is made once a session, not in the user's cache.
os.environ["XDG_CACHE_HOME"] = tempfile.mkdtemp(prefix="emergency-desk-test-cache-")

from emergency_desk import i18n
from emergency_desk.data import audit
from emergency_desk.data.db import Database
from emergency_desk.data.migrate import open_database
from emergency_desk.data.server import ServerAddress, parse

# The county server (issue 19): engine-dependent tests run against SQLite and, when this names a
# PostgreSQL server whose user may create databases, against it too (.ci/run starts one).
PG_ENV = "EMERGENCY_DESK_TEST_PG"


@pytest.fixture(autouse=True)
def _isolate(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Each test gets its own data folder, the default (Chinese) language and an audit log
    that names nobody yet (opening a database adopts its office's person)."""
    monkeypatch.setenv("EMERGENCY_DESK_DB", str(tmp_path / "office.sqlite3"))
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg-data"))
    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path / "xdg-state"))
    i18n.set_language("zh_CN")
    yield
    i18n.set_language("zh_CN")
    audit.set_user(None)
    audit.set_office_person(None)


@pytest.fixture
def on_session_day() -> Iterator[None]:
    """The program's clock reads noon of the day the run started, and keeps ticking: data dated
    from tests/session_day.SESSION_DAY and the program's judgements agree even when the run
    crosses midnight (time.monotonic and Qt's timers are left alone, so waits still work)."""
    from tests.session_day import SESSION_DAY
    with time_machine.travel(datetime.combine(SESSION_DAY, time(12, 0)), tick=True):
        yield


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "office.sqlite3"


@pytest.fixture
def db(db_path: Path) -> Iterator[Database]:
    database = open_database(db_path)
    yield database
    database.dispose()


def pg_url_or_skip() -> str:
    """The test server's URL; skipped without one, but in CI (CI=true) a missing server is a
    failure: .ci/run starts PostgreSQL, so its absence there means that step broke."""
    url = os.environ.get(PG_ENV, "").strip()
    if not url:
        if os.environ.get("CI", "").lower() == "true":
            pytest.fail(f"CI=true but {PG_ENV} is not set: .ci/run should have started "
                        "PostgreSQL (.ci/postgres.sh)")
        pytest.skip(f"no PostgreSQL server: set {PG_ENV}=postgresql://user@host:port/db "
                    "(.ci/run starts one) to run the county-server tests")
    return url


@contextlib.contextmanager
def server_database() -> Iterator[ServerAddress]:
    """A fresh, empty database on the test server, dropped afterwards."""
    import psycopg

    admin = parse(pg_url_or_skip())
    name = f"ed_test_{uuid.uuid4().hex[:12]}"
    conninfo = admin.url.set(drivername="postgresql").render_as_string(hide_password=False)
    with psycopg.connect(conninfo, autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}"')
    try:
        yield ServerAddress(admin.url.set(database=name))
    finally:
        with psycopg.connect(conninfo, autocommit=True) as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


@pytest.fixture
def pg_address() -> Iterator[ServerAddress]:
    with server_database() as address:
        yield address


@pytest.fixture(params=["sqlite", "postgresql"])
def any_target(request: pytest.FixtureRequest, db_path: Path) -> Path | ServerAddress:
    """The office's database on each engine: a SQLite file, and a database on the test
    PostgreSQL server (skipped without one, see pg_url_or_skip)."""
    if request.param == "sqlite":
        return db_path
    address: ServerAddress = request.getfixturevalue("pg_address")
    return address


def db_arg(target: Path | ServerAddress) -> str:
    """`--db` for an any_target: the file's path, or the server's postgresql:// address."""
    return str(target) if isinstance(target, Path) else \
        target.url.render_as_string(hide_password=False)


@pytest.fixture
def any_db(any_target: Path | ServerAddress) -> Iterator[Database]:
    database = open_database(any_target)
    yield database
    database.dispose()


@contextlib.contextmanager
def selects_seen(db: Database) -> Iterator[list[str]]:
    """Every SELECT the database is sent meanwhile: tests that a bulk path asks no query per
    row (the same statements for 10 rows as for 60)."""
    from sqlalchemy import event

    seen: list[str] = []

    def count(_conn: object, _cursor: object, statement: str, *_args: object) -> None:
        if statement.lstrip().upper().startswith("SELECT"):
            seen.append(statement)

    event.listen(db.engine, "before_cursor_execute", count)
    try:
        yield seen
    finally:
        event.remove(db.engine, "before_cursor_execute", count)
