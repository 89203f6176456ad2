"""Issue 18, point 2: every register's own export imports back into the demo county with no
change at all (names are matched on one normal form: full/half-width brackets, spaces)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from emergency_desk.data.migrate import open_database
from emergency_desk.io.exporter import export_register
from emergency_desk.io.importer import import_file
from emergency_desk.io.privacy import Privacy
from emergency_desk.io.registers import REGISTERS
from emergency_desk.services.demo.county import build_demo


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("demo") / "demo.sqlite3"
    db = open_database(path)
    try:
        build_demo(db)
    finally:
        db.dispose()
    return path


@pytest.mark.parametrize("register", sorted(REGISTERS))
def test_the_demo_round_trips_with_no_change(register: str, demo_file: Path,
                                             tmp_path: Path) -> None:
    path = tmp_path / "office.sqlite3"
    shutil.copyfile(demo_file, path)
    db = open_database(path)
    try:
        sheet = tmp_path / f"{register}.xlsx"
        n = export_register(db, register, sheet, privacy=Privacy.FULL_ID)
        result = import_file(db, register, sheet)
        assert result.ok, result.error_lines()[:5]
        assert (result.inserted, result.updated) == (0, 0), result.summary()
        # (a record may span several rows, e.g. an agreement's lines)
        assert result.unchanged > 0 or n == 0
    finally:
        db.dispose()
