"""Issue 18, point 6: the second writer waits with a progress message. While another process
holds the database's write lock, `import` says on stderr every few seconds that it is waiting
and for how long; once the lock is free it imports; if the wait runs out it says plainly that
another import is running, exits 3 and writes nothing."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from pathlib import Path

from openpyxl import Workbook

from emergency_desk.data.migrate import open_database

HOLDER = """
import sys, time
from pathlib import Path
from emergency_desk.data import write_lock
with write_lock.held(Path(sys.argv[1])):
    print("held", flush=True)
    time.sleep(float(sys.argv[2]))
"""


def _sheet(path: Path) -> None:
    wb = Workbook()
    ws = wb.active
    assert ws is not None
    ws.append(["区划代码", "名称", "层级", "上级"])
    ws.append(["341023000000", "黟县", "县", None])
    ws.append(["341023100000", "碧阳镇", "乡镇", "341023000000"])
    wb.save(path)


def _hold(db: Path, seconds: float) -> subprocess.Popen[str]:
    """A real second program holding the write lock for `seconds`."""
    proc = subprocess.Popen([sys.executable, "-c", HOLDER, str(db), str(seconds)],
                            stdout=subprocess.PIPE, text=True)
    assert proc.stdout is not None
    assert proc.stdout.readline().strip() == "held"
    return proc


def _import(db: Path, sheet: Path, wait: str) -> subprocess.CompletedProcess[bytes]:
    env = dict(os.environ, PYTHONUTF8="1", EMERGENCY_DESK_LOCK_WAIT=wait)
    return subprocess.run([sys.executable, "-m", "emergency_desk", "--db", str(db), "import",
                           "regions", str(sheet)], capture_output=True, env=env, timeout=120)


def _regions(db: Path) -> int:
    con = sqlite3.connect(db)
    try:
        return int(con.execute("SELECT count(*) FROM region").fetchone()[0])
    finally:
        con.close()


def test_the_second_writer_says_it_waits_then_imports(tmp_path: Path) -> None:
    db, sheet = tmp_path / "office.sqlite3", tmp_path / "regions.xlsx"
    open_database(db).dispose()
    _sheet(sheet)
    holder = _hold(db, 5.0)
    done = _import(db, sheet, "60")
    holder.wait(timeout=30)
    err = done.stderr.decode("utf-8")
    assert done.returncode == 0, err
    waits = [line for line in err.splitlines() if "另一个程序正在写入数据库，正在等待" in line]
    assert len(waits) >= 2, err  # at the start and again a few seconds later
    assert "已等待 0 秒" in waits[0] and "已等待 0 秒" not in waits[-1]
    assert _regions(db) == 2


def test_after_the_wait_runs_out_nothing_is_written_and_exit_is_3(tmp_path: Path) -> None:
    db, sheet = tmp_path / "office.sqlite3", tmp_path / "regions.xlsx"
    open_database(db).dispose()
    _sheet(sheet)
    holder = _hold(db, 30.0)
    try:
        done = _import(db, sheet, "3")
    finally:
        holder.kill()
        holder.wait()
    err = done.stderr.decode("utf-8")
    assert done.returncode == 3, err
    assert "另一个程序正在写入数据库，正在等待" in err
    assert "另一个导入正在进行，请稍后再试" in err
    assert "Traceback" not in err
    assert _regions(db) == 0


def test_no_message_when_nobody_else_writes(tmp_path: Path) -> None:
    db, sheet = tmp_path / "office.sqlite3", tmp_path / "regions.xlsx"
    open_database(db).dispose()
    _sheet(sheet)
    done = _import(db, sheet, "60")
    assert done.returncode == 0
    assert "正在等待" not in done.stderr.decode("utf-8")
