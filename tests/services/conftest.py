"""Fixtures shared by the service tests of every register."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

import pytest

from emergency_desk.data.db import Database

# The day the shared demo county is built for; tests that judge it pass the same day.
DEMO_DAY = date(2025, 6, 1)


@pytest.fixture(scope="module")
def demo_county(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Database]:
    """The demo county as on DEMO_DAY, built once per test module that asks for it."""
    from emergency_desk.data.migrate import open_database
    from emergency_desk.services.demo.county import build_demo

    db = open_database(tmp_path_factory.mktemp("county") / "county.sqlite3")
    build_demo(db, today=DEMO_DAY)
    yield db
    db.dispose()
