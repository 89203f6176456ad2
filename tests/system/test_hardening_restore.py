"""Issue 18, points 3, 5 and 8: restore checks what it restores (a stub file, a planted trigger,
a dangling reference are refused, live data untouched); the audit log survives a restore and
`demo --force` and records them; an import saved while a restore starts is in the
before-restore copy."""

from __future__ import annotations

import sqlite3
import threading
import time
from pathlib import Path

import pytest

from emergency_desk.data import backup
from emergency_desk.data.db import APPLICATION_ID, Database
from emergency_desk.data.enums import RegionLevel
from emergency_desk.data.migrate import head_revision, open_database
from emergency_desk.data.models import Region
from emergency_desk.errors import EnvironmentProblem
from emergency_desk.services.demo.county import build_demo
from emergency_desk.services.regions.regions import RegionInput, RegionService


def add(db: Database, name: str) -> int:
    return RegionService(db).create(RegionInput(name=name, level=RegionLevel.COUNTY))


def rows(path: Path, sql: str) -> list[tuple[object, ...]]:
    con = sqlite3.connect(path)
    try:
        return con.execute(sql).fetchall()
    finally:
        con.close()


def names(path: Path) -> list[str]:
    return [str(r[0]) for r in rows(path, "SELECT name FROM region ORDER BY id")]


def test_a_stub_file_with_only_the_version_is_refused(db: Database, db_path: Path,
                                                      tmp_path: Path) -> None:
    add(db, "黟县")
    db.dispose()
    stub = tmp_path / "stub.sqlite3"
    con = sqlite3.connect(stub)
    con.execute(f"PRAGMA application_id={APPLICATION_ID}")
    con.execute("CREATE TABLE alembic_version (version_num VARCHAR(32) NOT NULL)")
    con.execute("INSERT INTO alembic_version VALUES (?)", (head_revision(),))
    con.commit()
    con.close()
    with pytest.raises(EnvironmentProblem, match="缺少表"):
        backup.restore(db_path, stub)
    assert names(db_path) == ["黟县"]
    open_database(db_path).dispose()


def test_a_backup_with_a_planted_trigger_is_refused(db: Database, db_path: Path,
                                                    tmp_path: Path) -> None:
    add(db, "黟县")
    planted = backup.make_backup(db_path, tmp_path / "planted.sqlite3")
    con = sqlite3.connect(planted)
    con.execute("CREATE TRIGGER wipe_log AFTER INSERT ON audit_log BEGIN "
                "DELETE FROM audit_log WHERE id = new.id; END")
    con.commit()
    con.close()
    add(db, "祁门县")
    db.dispose()
    with pytest.raises(EnvironmentProblem, match="触发器 wipe_log"):
        backup.restore(db_path, planted)
    assert names(db_path) == ["黟县", "祁门县"]


def test_a_backup_with_a_dangling_reference_is_refused(db: Database, db_path: Path,
                                                       tmp_path: Path) -> None:
    county = add(db, "黟县")
    RegionService(db).create(RegionInput(name="碧阳镇", level=RegionLevel.TOWNSHIP,
                                         parent_id=county))
    bad = backup.make_backup(db_path, tmp_path / "bad.sqlite3")
    con = sqlite3.connect(bad)  # foreign keys are off in a plain connection
    con.execute("DELETE FROM region WHERE name = '黟县'")
    con.commit()
    con.close()
    db.dispose()
    with pytest.raises(EnvironmentProblem, match="外键"):
        backup.restore(db_path, bad)
    assert names(db_path) == ["黟县", "碧阳镇"]


def test_the_audit_log_survives_a_restore_and_records_it(db: Database, db_path: Path,
                                                         tmp_path: Path) -> None:
    add(db, "黟县")
    old = backup.make_backup(db_path, tmp_path / "old.sqlite3")
    for name in ("祁门县", "歙县", "休宁县"):
        add(db, name)
    before = rows(db_path, "SELECT at, action, summary FROM audit_log ORDER BY id")
    db.dispose()
    backup.restore(db_path, old)
    assert names(db_path) == ["黟县"]
    after = rows(db_path, "SELECT at, action, summary FROM audit_log ORDER BY id")
    assert after[:len(before)] == before  # every row kept, in order
    assert [r[1] for r in after[len(before):]] == ["restore-db"]
    assert "old.sqlite3" in str(after[-1][2])
    # a second restore of the same file does not duplicate the carried rows
    backup.restore(db_path, old)
    again = rows(db_path, "SELECT action FROM audit_log ORDER BY id")
    assert len(again) == len(after) + 1


def test_the_audit_log_survives_demo_force(db: Database, db_path: Path) -> None:
    add(db, "黟县")
    before = rows(db_path, "SELECT id, summary FROM audit_log ORDER BY id")
    build_demo(db, force=True)
    after = rows(db_path, "SELECT id, summary, action FROM audit_log ORDER BY id")
    assert [r[:2] for r in after[:len(before)]] == before
    assert "demo" in {r[2] for r in after}


def test_an_import_saved_while_a_restore_starts_is_in_the_before_restore_copy(
        db: Database, db_path: Path, tmp_path: Path) -> None:
    add(db, "黟县")
    old = backup.make_backup(db_path, tmp_path / "old.sqlite3")
    writing = threading.Event()

    def slow_import() -> None:
        with db.begin() as s:
            s.add(Region(name="祁门县", level=RegionLevel.COUNTY.value, path="祁门县"))
            s.flush()
            writing.set()
            time.sleep(0.8)  # the restore starts while this is still being written

    worker = threading.Thread(target=slow_import)
    worker.start()
    assert writing.wait(10)
    safety = backup.restore(db_path, old)
    worker.join()
    assert names(safety) == ["黟县", "祁门县"], "the saved import is in neither file"
    assert names(db_path) == ["黟县"]
