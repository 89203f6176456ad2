"""Issue 18, points 6 and 7: writers are isolated. Two imports of the same register started at
the same moment end as exactly one of the two files (never a mix), and a burst of parallel
wrong passwords locks the account (the failure count is not lost to the race)."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
import threading
from pathlib import Path

import pytest
from openpyxl import Workbook
from sqlalchemy import select

from emergency_desk.data import access
from emergency_desk.data.migrate import open_database
from emergency_desk.data.users import User
from emergency_desk.errors import InputRejected, KnownError
from emergency_desk.services.users import UsersService

TOWNS, VILLAGES = 6, 60


def _region_sheet(path: Path, population: int) -> None:
    wb = Workbook()
    ws = wb.active
    assert ws is not None
    ws.append(["区划代码", "名称", "层级", "上级", "灾害多发频发", "人口"])
    ws.append(["341023000000", "黟县", "县", None, "否", 92000])
    for i in range(TOWNS):
        town = f"341023{100 + i:03d}000"
        ws.append([town, f"第{i + 1}镇", "乡镇", "341023000000", "否", population])
        for j in range(VILLAGES):
            ws.append([f"341023{100 + i:03d}{200 + j:03d}", f"第{i + 1}镇第{j + 1}村", "村",
                       town, "否", population + j])
    wb.save(path)


def _import(db: Path, sheet: Path) -> subprocess.Popen[bytes]:
    env = dict(os.environ, PYTHONUTF8="1")
    return subprocess.Popen([sys.executable, "-m", "emergency_desk", "--db", str(db), "import",
                             "regions", str(sheet)], stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, env=env)


@pytest.mark.slow
def test_two_simultaneous_imports_each_end_as_exactly_one_file(tmp_path: Path) -> None:
    a, b = tmp_path / "a.xlsx", tmp_path / "b.xlsx"
    _region_sheet(a, 1000)
    _region_sheet(b, 5000)
    expected = {1000: None, 5000: None}
    for round_ in range(3):
        db = tmp_path / f"round-{round_}.sqlite3"
        open_database(db).dispose()
        first, second = _import(db, a), _import(db, b)
        codes = [first.wait(timeout=300), second.wait(timeout=300)]
        con = sqlite3.connect(db)
        towns = {row[0] for row in con.execute(
            "SELECT population FROM region WHERE level = 'township'")}
        count = con.execute("SELECT count(*) FROM region").fetchone()[0]
        con.close()
        assert count == 1 + TOWNS * (1 + VILLAGES), f"round {round_}: {count} regions"
        assert len(towns) == 1 and towns <= expected.keys(), f"round {round_}: a mix {towns}"
        assert 0 in codes  # at least one succeeded; the other waited or was told plainly
        for proc, code in zip((first, second), codes, strict=True):
            assert proc.stderr is not None
            err = proc.stderr.read().decode("utf-8")
            assert code in (0, 3) and "Traceback" not in err and "程序内部出错" not in err


def test_a_burst_of_parallel_wrong_passwords_locks_the_account(db_path: Path) -> None:
    db = open_database(db_path)
    UsersService(db).enable("admin", "王管理", "admin-pass-1")
    access.sign_out()
    db.dispose()
    attempts, failures = 12, []

    def wrong() -> None:
        mine = open_database(db_path)
        try:
            UsersService(mine).authenticate("admin", "not-the-password")
        except KnownError as exc:
            failures.append(exc)
        finally:
            mine.dispose()

    threads = [threading.Thread(target=wrong) for _ in range(attempts)]
    for th in threads:
        th.start()
    for th in threads:
        th.join()
    assert len(failures) == attempts
    assert all(isinstance(f, InputRejected) for f in failures)  # none lost to "busy"
    db = open_database(db_path)
    try:
        with db.read() as s:
            u = s.scalars(select(User).where(User.username == "admin")).one()
        assert u.locked_until is not None, "12 wrong passwords did not lock the account"
        with pytest.raises(InputRejected, match="锁定"):
            UsersService(db).authenticate("admin", "admin-pass-1")
    finally:
        access.sign_out()
        db.dispose()
