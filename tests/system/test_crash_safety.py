"""A power cut in the middle of an import: the process is killed (SIGKILL) at random moments of a
large import, again and again. Every time the file must pass `PRAGMA integrity_check` and hold
all of the import or none of it. Figures are printed to the CI log."""

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
from openpyxl import Workbook

from emergency_desk.data.migrate import open_database

pytestmark = pytest.mark.slow
KILLS = 12
TOWNSHIPS, VILLAGES_EACH = 20, 150  # 3,021 rows


def big_region_sheet(path: Path) -> int:
    wb = Workbook(write_only=True)
    ws = wb.create_sheet("行政区划")
    ws.append(["区划代码", "名称", "层级", "上级", "灾害多发频发", "人口"])
    ws.append(["341023000000", "黟县", "县", None, "否", 92000])
    rows = 1
    for i in range(TOWNSHIPS):
        town = f"341023{100 + i:03d}000"
        ws.append([town, f"第{i + 1}镇", "乡镇", "341023000000", "否", 10000])
        rows += 1
        for j in range(VILLAGES_EACH):
            ws.append([f"341023{100 + i:03d}{200 + j:03d}", f"第{i + 1}镇第{j + 1}村", "村", town,
                       "是" if j % 7 == 0 else "否", 800 + j])
            rows += 1
    wb.save(path)
    return rows


def region_count(db: Path) -> int:
    con = sqlite3.connect(db)
    try:
        assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        return int(con.execute("SELECT count(*) FROM region").fetchone()[0])
    finally:
        con.close()


def run_import(db: Path, sheet: Path) -> subprocess.Popen[bytes]:
    env = dict(os.environ, PYTHONUTF8="1")
    return subprocess.Popen([sys.executable, "-m", "emergency_desk", "--db", str(db), "import",
                             "regions", str(sheet)], stdout=subprocess.DEVNULL,
                            stderr=subprocess.DEVNULL, env=env)


@pytest.mark.skipif(os.name == "nt", reason="SIGKILL is POSIX")
def test_killing_an_import_never_leaves_half_of_it(tmp_path: Path, db_path: Path,
                                                   capsys: pytest.CaptureFixture[str]) -> None:
    sheet = tmp_path / "big.xlsx"
    total = big_region_sheet(sheet)
    open_database(db_path).dispose()

    started = time.monotonic()
    full = run_import(tmp_path / "timing.sqlite3", sheet)
    assert full.wait(timeout=300) == 0
    duration = time.monotonic() - started
    assert region_count(tmp_path / "timing.sqlite3") == total

    rng = random.Random(20261122)
    outcomes = {"none": 0, "all": 0}
    for k in range(KILLS):
        proc = run_import(db_path, sheet)
        # Half the kills anywhere, half late, where the rows are being written and committed.
        low = 0.05 if k % 2 == 0 else duration * 0.6
        time.sleep(rng.uniform(low, duration * 1.05))
        if proc.poll() is None:
            proc.send_signal(signal.SIGKILL)
        proc.wait(timeout=60)
        n = region_count(db_path)
        assert n in (0, total), f"half an import survived a kill: {n} of {total} rows"
        outcomes["all" if n == total else "none"] += 1
        if n == total:  # start the next round from an empty register
            con = sqlite3.connect(db_path)
            con.execute("DELETE FROM audit_log")
            for _ in range(3):  # leaves first: the parent key is RESTRICT
                con.execute("DELETE FROM region WHERE id NOT IN (SELECT parent_id FROM region "
                            "WHERE parent_id IS NOT NULL)")
            con.commit()
            con.close()
            assert region_count(db_path) == 0

    # After all that, the import still completes, and a second run changes nothing.
    assert run_import(db_path, sheet).wait(timeout=300) == 0
    assert region_count(db_path) == total
    with capsys.disabled():  # the figures belong in the CI log
        print(f"\n[crash-safety] {KILLS} SIGKILLs during a {total}-row import "
              f"({duration:.1f} s): file intact every time; {outcomes['none']} left no rows, "
              f"{outcomes['all']} had committed all rows, none left part.")
