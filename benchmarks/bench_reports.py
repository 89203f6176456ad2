"""Grouped PDF reports at county scale (issue 20, docs/design.md §8): the whole `report`
command versus a bare reportlab LongTable of the same cells. A plain script:

    python benchmarks/bench_reports.py [SIZE ...]        # default: 1000
    python benchmarks/bench_reports.py --base DIR 10000 50000   # also an older checkout

`--base DIR` runs the same command from the source tree in DIR as well (e.g. `git archive
main | tar -x -C DIR`), in the same run, so a before/after table is measured side by side.
Times are wall (CPU) seconds: on a shared machine the CPU time (user + system) moves far less
with the others' load. With two sizes or more, a closing line gives each report's CPU seconds
per 1,000 rows at each size: flat when the report grows linearly.

For each size (rows: 1000, 10000, 50000) it fills a copy of the demo county with that many
officers, stock batches and team members, then runs `emergency-desk report officers|stock|
members` as a child process, and the floor — a child process doing a plain sqlite3 SELECT of
the same rows and one reportlab LongTable with the same CJK font, size, grid and repeated
header — and prints time, pages, pages per second, the ratio and both peak memories.
Targets: ratio ≤ 1.5, ≥ 60 pages/s, time linear in the rows (the grouped reports used to be
quadratic: reportlab re-scanned every group's style markers at each page break).
"""

from __future__ import annotations

import json
import os
import re
import sqlite3
import subprocess
import sys
import tempfile
import time
import uuid
from pathlib import Path
from typing import Any

REPORTS = ("officers", "stock", "members")

# The floor: the same rows the report prints, with a plain SELECT, into one LongTable.
FLOOR_SQL = {
    "officers": """
        SELECT r.name, p.name, p.gender, p.birth_date, p.id_card, o.duty_title, o.post,
               o.fulltime, p.mobile, o.appoint_date, o.in_national_system, o.other_roles,
               o.remark
        FROM info_officer o JOIN person p ON p.id = o.person_id JOIN region r ON r.id = o.region_id
        WHERE o.is_deleted = 0 AND o.status = 'active' ORDER BY r.code, o.post, p.name""",
    "stock": """
        SELECT i.category_code, i.name, i.spec, i.unit, b.qty, b.bin, i.storage_method,
               b.batch_no, b.production_date, b.expiry_date, b.funding, b.inbound_date,
               b.status, b.remark
        FROM stock_batch b JOIN supply_item i ON i.id = b.item_id
        WHERE b.is_deleted = 0 AND b.qty > 0 ORDER BY b.warehouse_id, i.name""",
    "members": """
        SELECT p.name, p.gender, p.birth_date, p.id_card, p.mobile, m.role, m.skills,
               m.source, p.employer, m.insurance_expiry, m.join_date
        FROM team_member m JOIN person p ON p.id = m.person_id
        WHERE m.is_deleted = 0 AND m.leave_date IS NULL ORDER BY m.team_id, p.name""",
}

FLOOR_SCRIPT = r"""
import sqlite3, sys
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.platypus import LongTable, SimpleDocTemplate, TableStyle
from emergency_desk.reports import fonts
fonts.register_fonts()
db, out, sql = sys.argv[1:4]
con = sqlite3.connect(db)
rows = [[str(n), *("" if v is None else str(v) for v in r)]
        for n, r in enumerate(con.execute(sql), 1)]
head = ["序号"] + [f"列{i}" for i in range(1, len(rows[0]))]
table = LongTable([head, *rows], repeatRows=1)
table.setStyle(TableStyle([("FONTNAME", (0, 0), (-1, -1), fonts.CJK_FONT),
                           ("FONTSIZE", (0, 0), (-1, -1), 8),
                           ("GRID", (0, 0), (-1, -1), 0.4, colors.grey)]))
m = 14 * 72 / 25.4
SimpleDocTemplate(out, pagesize=landscape(A4), leftMargin=m, rightMargin=m, topMargin=m,
                  bottomMargin=m).build([table])
"""

# Runs a command as a child and reports its wall time, its CPU time (user + system: on a
# shared machine wall time moves with the others' load, CPU time much less) and its peak
# memory (ru_maxrss of the one child it waited for); every measurement a fresh interpreter.
MEASURE_SCRIPT = r"""
import json, resource, subprocess, sys, time
t0 = time.perf_counter()
rc = subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
dt = time.perf_counter() - t0
use = resource.getrusage(resource.RUSAGE_CHILDREN)
print(json.dumps({"rc": rc.returncode, "s": dt, "cpu": use.ru_utime + use.ru_stime,
                  "mib": use.ru_maxrss / 1024, "err": rc.stderr.decode()[-400:]}))
"""


# The program from another source tree (--base): the same entry point as emergency-desk.
BASE_SCRIPT = r"""
import sys
import emergency_desk
if not emergency_desk.__file__.startswith(sys.argv[1]):
    sys.exit(f"--base: emergency_desk came from {emergency_desk.__file__}")
del sys.argv[1]
from emergency_desk.launch import main
sys.argv[0] = "emergency-desk"
sys.exit(main())
"""


def measure(cmd: list[str], env: dict[str, str] | None = None, cwd: Path | None = None,
            may_fail: bool = False) -> dict[str, Any]:
    out = subprocess.run([sys.executable, "-c", MEASURE_SCRIPT, *cmd], capture_output=True,
                         text=True, check=True, env=env, cwd=cwd)
    result: dict[str, Any] = json.loads(out.stdout)
    if result["rc"] and not may_fail:
        raise SystemExit(f"{' '.join(cmd)} failed: {result['err']}")
    return result


def pages(pdf: Path) -> int:
    return len(re.findall(rb"/Type\s*/Page[^s]", pdf.read_bytes()))


def _columns(con: sqlite3.Connection, table: str) -> list[str]:
    return [r[1] for r in con.execute(f"PRAGMA table_info({table})") if r[1] != "id"]


def _clone(con: sqlite3.Connection, table: str, template: list[dict[str, Any]], n: int,
           change: Any) -> list[int]:
    """Insert n copies of the template rows (cycled), each changed by change(row, i)."""
    cols = _columns(con, table)
    sql = f"INSERT INTO {table} ({', '.join(cols)}) VALUES ({', '.join('?' * len(cols))})"
    start = con.execute(f"SELECT COALESCE(MAX(id), 0) FROM {table}").fetchone()[0]
    rows = []
    for i in range(n):
        row = dict(template[i % len(template)])
        row["uuid"] = str(uuid.uuid4())
        change(row, i)
        rows.append([row[c] for c in cols])
    con.executemany(sql, rows)
    return list(range(start + 1, start + n + 1))


def _dicts(con: sqlite3.Connection, sql: str) -> list[dict[str, Any]]:
    cur = con.execute(sql)
    names = [d[0] for d in cur.description]
    return [dict(zip(names, r, strict=True)) for r in cur]


def _persons(con: sqlite3.Connection, template_ids: list[int], n: int, tag: str) -> list[int]:
    people = _dicts(con, f"SELECT * FROM person WHERE id IN ({','.join(map(str, template_ids))})")

    def change(row: dict[str, Any], i: int) -> None:
        row["name"] = row["name"][:3] + _suffix(i)
        row["id_card"] = f"3410{tag}{i:012d}"[:18]
        row["mobile"] = f"13{i:09d}"

    return _clone(con, "person", people, n, change)


def _suffix(i: int) -> str:
    chars = "明华建国英秀兰军平志强伟芳丽敏静"
    return chars[i % 16] + chars[i // 16 % 16]


def fill(db: Path, rows: int) -> None:
    """Grow the demo county to `rows` active officers, in-stock batches and team members."""
    con = sqlite3.connect(db)
    with con:
        officers = _dicts(con, "SELECT * FROM info_officer WHERE is_deleted = 0 "
                          "AND status = 'active'")
        extra = max(rows - len(officers), 0)
        people = _persons(con, [o["person_id"] for o in officers], extra, "01")

        def officer(row: dict[str, Any], i: int) -> None:
            row["person_id"] = people[i]
            row["leave_date"] = None

        _clone(con, "info_officer", officers, extra, officer)

        batches = _dicts(con, "SELECT * FROM stock_batch WHERE is_deleted = 0 AND qty > 0")
        extra = max(rows - len(batches), 0)

        def batch(row: dict[str, Any], i: int) -> None:
            row["batch_no"] = f"B{i:07d}"

        _clone(con, "stock_batch", batches, extra, batch)

        members = _dicts(con, "SELECT * FROM team_member WHERE is_deleted = 0 "
                         "AND leave_date IS NULL")
        extra = max(rows - len(members), 0)
        people = _persons(con, [m["person_id"] for m in members], extra, "02")

        def member(row: dict[str, Any], i: int) -> None:
            row["person_id"] = people[i]

        _clone(con, "team_member", members, extra, member)
    con.close()


def _times(m: dict[str, Any]) -> str:
    return f"{m['s']:.2f} ({m['cpu']:.2f})"


def _base_env(base: Path) -> dict[str, str]:
    env = dict(os.environ)
    env["PYTHONPATH"] = str(base)
    return env


def main() -> None:
    args = sys.argv[1:]
    base: Path | None = None
    if args[:1] == ["--base"]:
        base, args = Path(args[1]).resolve(), args[2:]
    sizes = [int(a) for a in args] or [1000]
    exe = Path(sys.executable).with_name("emergency-desk")
    tmp = Path(tempfile.mkdtemp(prefix="bench_reports_"))
    started = time.strftime("%Y-%m-%d %H:%M")
    # Each time is "wall (CPU)" seconds; ratios and pages/s are given for both.
    before = f"{'before':>15} " if base else ""
    print(f"{'report':9} {'rows':>6} {'pages':>6} {before}{'program':>15} {'floor':>17} "
          f"{'ratio':>11} {'pages/s':>9} {'MiB program/floor':>18}")
    per_k: dict[str, list[str]] = {name: [] for name in REPORTS}
    for size in sizes:
        db = tmp / f"county-{size}.sqlite3"
        subprocess.run([str(exe), "--db", str(db), "demo"], check=True,
                       stdout=subprocess.DEVNULL)
        fill(db, size)
        for name in REPORTS:
            pdf, floor_pdf = tmp / f"{name}-{size}.pdf", tmp / f"{name}-{size}-floor.pdf"
            cols = ""
            if base is not None:
                # Run from inside the base tree: `python -c` puts the working directory
                # first on sys.path, so run from here it would time this checkout instead.
                old = measure([sys.executable, "-c", BASE_SCRIPT, str(base), "--db", str(db),
                               "report", name, "--out", str(tmp / f"{name}-{size}-base.pdf")],
                              env=_base_env(base), cwd=base, may_fail=True)
                if old["rc"] and "--base:" in old["err"]:
                    raise SystemExit(old["err"])
                cols = f"{'failed':>15} " if old["rc"] else f"{_times(old):>15} "
            prog = measure([str(exe), "--db", str(db), "report", name, "--out", str(pdf)])
            floor = measure([sys.executable, "-c", FLOOR_SCRIPT, str(db), str(floor_pdf),
                             FLOOR_SQL[name]])
            n = pages(pdf)
            per_k[name].append(f"{prog['cpu'] / size * 1000:.2f}")
            ratio = f"{prog['s'] / floor['s']:.2f} ({prog['cpu'] / floor['cpu']:.2f})"
            speed = f"{n / prog['s']:.0f} ({n / prog['cpu']:.0f})"
            print(f"{name:9} {size:>6} {n:>6} {cols}{_times(prog):>15} {_times(floor):>17} "
                  f"{ratio:>11} {speed:>9} {prog['mib']:>8.0f} / {floor['mib']:<8.0f}",
                  flush=True)
    if len(sizes) > 1:
        print("CPU seconds per 1,000 rows (flat = linear): " + "; ".join(
            f"{name} {' / '.join(v)}" for name, v in per_k.items()))
    print(f"(files in {tmp}; started {started})")


if __name__ == "__main__":
    main()
