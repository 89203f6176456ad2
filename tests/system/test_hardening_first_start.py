"""Issue 18, point 1: a crash while a new database is being created must never leave a file
that can't be opened again. The schema is created in one transaction; a half-made file left by
an older version (tables, no schema version) is set aside and rebuilt."""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from emergency_desk.data.db import APPLICATION_ID
from emergency_desk.data.migrate import head_revision, open_database
from emergency_desk.paths import backup_dir_for

KILLS = 20


def _start(db: Path) -> subprocess.Popen[bytes]:
    env = dict(os.environ, PYTHONUTF8="1")
    return subprocess.Popen([sys.executable, "-m", "emergency_desk", "--db", str(db), "check"],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env)


@pytest.mark.slow
@pytest.mark.skipif(os.name == "nt", reason="SIGKILL is POSIX")
def test_killing_the_first_start_never_leaves_an_unusable_file(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    started = time.monotonic()
    assert _start(tmp_path / "timing.sqlite3").wait(timeout=120) == 0
    duration = time.monotonic() - started
    # Where in the start the schema is written: from the file's first byte to the end.
    rng = random.Random(20261205)
    unusable, killed_mid, why = 0, 0, []
    for k in range(KILLS):
        db = tmp_path / f"new-{k}.sqlite3"
        proc = _start(db)
        deadline = time.monotonic() + duration * 1.2
        while not db.exists() and time.monotonic() < deadline:
            time.sleep(0.002)
        time.sleep(rng.uniform(0, max(0.05, duration * 0.4)))
        if proc.poll() is None:
            proc.send_signal(signal.SIGKILL)
            killed_mid += 1
        proc.wait(timeout=60)
        try:
            open_database(db).dispose()
        except Exception as exc:  # counted: any failure to open is the bug
            unusable += 1
            why.append(f"{type(exc).__name__}: {exc}")
    with capsys.disabled():
        print(f"\n[first-start] {KILLS} starts on a new file ({killed_mid} killed mid-way): "
              f"{unusable} unusable files")
    assert unusable == 0, why


def test_a_half_made_file_is_set_aside_and_rebuilt(db_path: Path) -> None:
    # What an older version left after a kill: some tables, our identity, no schema version.
    con = sqlite3.connect(db_path)
    con.execute(f"PRAGMA application_id={APPLICATION_ID}")
    con.execute("CREATE TABLE audit_log (id INTEGER PRIMARY KEY)")
    con.execute("CREATE TABLE region (id INTEGER PRIMARY KEY)")
    con.commit()
    con.close()
    db = open_database(db_path)
    db.dispose()
    con = sqlite3.connect(db_path)
    assert con.execute("SELECT version_num FROM alembic_version").fetchone()[0] == head_revision()
    con.close()
    kept = list(backup_dir_for(db_path).glob("*-incomplete.sqlite3"))
    assert len(kept) == 1  # never deleted: moved beside the backups


def test_a_half_made_file_with_rows_is_not_touched(db_path: Path) -> None:
    """Tables with data but no version is not a crashed first start: refused, not rebuilt."""
    con = sqlite3.connect(db_path)
    con.execute(f"PRAGMA application_id={APPLICATION_ID}")
    con.execute("CREATE TABLE region (id INTEGER PRIMARY KEY, name TEXT)")
    con.execute("INSERT INTO region VALUES (1, '黟县')")
    con.commit()
    con.close()
    from emergency_desk.errors import DatabaseDamaged

    with pytest.raises(DatabaseDamaged):
        open_database(db_path)
    assert not backup_dir_for(db_path).exists() or not any(backup_dir_for(db_path).iterdir())
