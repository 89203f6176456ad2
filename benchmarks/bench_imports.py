"""Import and export speed and memory of every register offices import, as ratios to the floor
(docs/design.md §8, issue 20). A plain script, not a test (no timing is asserted anywhere):

    python benchmarks/bench_imports.py [--rows 1000,10000,50000] [--registers officers,stock]

For each register and size it writes a sheet as an office would (benchmarks/sheets.py: a title
row, 序号, a column that maps to nothing, 合计 / 填表人 footers, 1980.03 dates) and measures,
each in a fresh process so that peak memory (ru_maxrss) is its own:

  import floor    openpyxl read-only read + sqlite3 executemany of the same cells into a plain
                  table
  import command  `python -m emergency_desk --db … import REGISTER FILE` (start-up included)
  import inproc   importer.import_file alone (start-up and opening the database not timed)
  export floor    a plain SELECT of the register's table joined to the tables it refers to,
                  into openpyxl's write-only sheet
  export command  `… export REGISTER OUT.xlsx` of what the command imported
  export inproc   exporter.export_register alone

and prints seconds, peak memory (MiB) and the ratios to the floor. The default size is small
(1,000 rows); CI runs a few registers at a small size and prints the figures in its log.
"""

from __future__ import annotations

import argparse
import json
import resource
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
from sheets import COUNTY, SHEETS, County, write_sheet

# The table an export's rows come from, where it is not the register's own (spec.table).
ROW_TABLE = {"trainings": "training_attendance", "leaders": "leadership_member",
             "agreements": "agreement_line"}
# Rows of a register set up before the timed ones, where one per village is too few: quotas
# pair every warehouse with many items, certificates go to a thousand members.
SETUP_ROWS = {"items": 1000, "members": 1000}


def _peak_mib() -> float:
    """This process's own peak: Linux carries ru_maxrss over an exec (a child would report
    its parent's size), the VmHWM of /proc does not."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def run_floor(src: Path, work: Path) -> dict[str, float]:
    t0 = time.perf_counter()
    import openpyxl

    wb = openpyxl.load_workbook(src, read_only=True, data_only=True)
    ws = wb[wb.sheetnames[0]]
    con = sqlite3.connect(work / "floor.sqlite3")
    width = 0
    batch: list[tuple[Any, ...]] = []
    for n, r in enumerate(ws.iter_rows(values_only=True)):
        if n == 1:
            width = len(r)
            con.execute(f"CREATE TABLE r ({', '.join(f'c{i}' for i in range(width))})")
        if n < 2:
            continue
        batch.append((tuple(r) + (None,) * width)[:width])
        if len(batch) >= 1000:
            con.executemany(f"INSERT INTO r VALUES ({', '.join('?' * width)})", batch)
            batch.clear()
    con.executemany(f"INSERT INTO r VALUES ({', '.join('?' * width)})", batch)
    con.commit()
    con.close()
    wb.close()
    return {"seconds": time.perf_counter() - t0, "mib": _peak_mib()}


def floor_query(con: sqlite3.Connection, table: str) -> str:
    """The register's live rows joined to every table they refer to (people, regions, teams,
    warehouses, items, events): what the export has to show, in one plain SELECT."""
    joins, cols = [], ["t.*"]
    for k, fk in enumerate(con.execute(f"PRAGMA foreign_key_list({table})").fetchall()):
        ref, col, to = fk[2], fk[3], fk[4] or "id"  # a scan's file is keyed by its sha256
        joins.append(f"LEFT JOIN {ref} j{k} ON j{k}.{to} = t.{col}")
        cols.append(f"j{k}.*")
    return (f"SELECT {', '.join(cols)} FROM {table} t {' '.join(joins)} "
            f"WHERE t.is_deleted = 0 ORDER BY t.id")


def run_floor_export(table: str, width: int, db_file: Path, out: Path) -> dict[str, float]:
    """As many cells a row as the register's export writes (its template's columns)."""
    t0 = time.perf_counter()
    import openpyxl

    wb = openpyxl.Workbook(write_only=True)
    ws = wb.create_sheet(table)
    con = sqlite3.connect(db_file)
    cur = con.execute(floor_query(con, table))
    ws.append([d[0] for d in cur.description][:width])
    n = 0
    for row in cur:
        ws.append(list(row[:width]))
        n += 1
    con.close()
    wb.save(out)
    return {"seconds": time.perf_counter() - t0, "mib": _peak_mib(), "n": n}


def run_inproc(register: str, src: Path, db_file: Path) -> dict[str, float]:
    from emergency_desk.data.migrate import open_database
    from emergency_desk.io.importer import import_file

    db = open_database(db_file)
    t0 = time.perf_counter()
    result = import_file(db, register, src)
    seconds = time.perf_counter() - t0
    db.dispose()
    if not result.ok:
        raise SystemExit("\n".join(result.error_lines(5)))
    return {"seconds": seconds, "mib": _peak_mib()}


def run_inproc_export(register: str, db_file: Path, out: Path) -> dict[str, float]:
    from emergency_desk.data.migrate import open_database
    from emergency_desk.io.exporter import export_register

    db = open_database(db_file)
    t0 = time.perf_counter()
    n = export_register(db, register, out)
    seconds = time.perf_counter() - t0
    db.dispose()
    return {"seconds": seconds, "mib": _peak_mib(), "n": n}


def _child(args: list[str]) -> dict[str, float]:
    proc = subprocess.run([sys.executable, __file__, "--child", *args], capture_output=True,
                          text=True)
    if proc.returncode != 0:
        raise SystemExit(f"{' '.join(args)}:\n{proc.stdout}{proc.stderr}")
    return dict(json.loads(proc.stdout.strip().splitlines()[-1]))


# `python -m emergency_desk ARGS`, then its own peak memory as the last line of stderr
# (RUSAGE_CHILDREN in the parent would give the largest child so far; see _peak_mib).
_WRAPPER = """import resource, runpy, sys
sys.argv[0] = "emergency-desk"
try:
    runpy.run_module("emergency_desk", run_name="__main__")
finally:
    try:
        kib = next(int(x.split()[1]) for x in open("/proc/self/status") if x[:6] == "VmHWM:")
    except (OSError, StopIteration):
        kib = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    print(f"peak-kib {kib}", file=sys.stderr)
"""


def command(db_file: Path, *args: str) -> dict[str, float]:
    t0 = time.perf_counter()
    proc = subprocess.run([sys.executable, "-c", _WRAPPER, "--db", str(db_file), *args],
                          capture_output=True, text=True)
    seconds = time.perf_counter() - t0
    if proc.returncode != 0:
        raise SystemExit(f"{' '.join(args)}:\n{proc.stdout}{proc.stderr}")
    last = proc.stderr.strip().splitlines()[-1]
    return {"seconds": seconds, "mib": int(last.split()[1]) / 1024}


def _villages(db_file: Path) -> list[tuple[str, str]]:
    con = sqlite3.connect(db_file)
    rows = con.execute(
        "SELECT t.name, v.name FROM region v JOIN region t ON t.id = v.parent_id "
        "WHERE v.level IN ('village', 'community') AND v.is_deleted = 0 ORDER BY v.path"
    ).fetchall()
    con.close()
    return [(str(a), str(b)) for a, b in rows]


def make_county(tmp: Path, registers: list[str]) -> tuple[Path, Path, County]:
    """The empty county (no demo data) runs start from, and a copy of it with the teams and
    warehouses that member, equipment and stock rows belong to (one per village)."""
    bare = tmp / "county.sqlite3"
    subprocess.run([sys.executable, "-m", "emergency_desk", "--db", str(bare), "init",
                    "--county", COUNTY, "--office", f"{COUNTY}应急管理局"],
                   check=True, capture_output=True)
    county = County(_villages(bare))
    stocked = _fresh_db(bare, tmp / "county-stocked.sqlite3")
    needs: list[str] = []  # in the order the registers name them: teams before their members
    for r in registers:
        needs += [n for n in SHEETS[r].needs if n not in needs]
    for need in needs:
        src = tmp / f"setup-{need}.xlsx"
        rows = SETUP_ROWS.get(need, len(county.villages))
        write_sheet(src, need, rows, county)
        command(stocked, "import", need, str(src))
        county.setup[need] = [SHEETS[need].row(county, i) for i in range(rows)]
        setattr(county, need, [row[0] for row in county.setup[need]])
    return bare, stocked, county


def _fresh_db(template: Path, to: Path) -> Path:
    to.write_bytes(template.read_bytes())
    return to


def table_of(register: str) -> tuple[str, int]:
    """The table an export's rows come from, and how many columns the export writes."""
    from emergency_desk.io.registers import get_register

    spec = get_register(register)
    return ROW_TABLE.get(register, spec.table), len(spec.columns)


def bench(register: str, rows: int, tmp: Path, template: Path, county: County) -> str:
    src = tmp / f"{register}-{rows}.xlsx"
    write_sheet(src, register, rows, county)
    floor = _child(["floor", str(src), str(tmp)])
    (tmp / "floor.sqlite3").unlink()
    db = _fresh_db(template, tmp / "cmd.sqlite3")
    cmd = command(db, "import", register, str(src))
    inproc = _child(["inproc", register, str(src),
                     str(_fresh_db(template, tmp / "inproc.sqlite3"))])
    out = tmp / "export.xlsx"
    table, width = table_of(register)
    floor_out = _child(["floor_export", table, str(width), str(db), str(out)])
    export = command(db, "export", register, str(out))
    export_in = _child(["inproc_export", register, str(db), str(out)])
    f, fo = floor["seconds"], floor_out["seconds"]
    note = "" if export_in["n"] == rows else f"  (exported {export_in['n']:.0f} rows)"

    def cell(r: dict[str, float], base: float) -> str:
        return f"{r['seconds']:>7.2f} {r['mib']:>5.0f} {r['seconds'] / base:>5.1f}"

    return (f"{register:<12} {rows:>6} | {f:>6.2f} {floor['mib']:>4.0f} | {cell(cmd, f)} | "
            f"{cell(inproc, f)} | {fo:>6.2f} {floor_out['mib']:>4.0f} | {cell(export, fo)} | "
            f"{cell(export_in, fo)}{note}")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--rows", default="1000", help="comma-separated sizes (default 1000)")
    ap.add_argument("--registers", "--register", default=",".join(SHEETS),
                    help=f"comma-separated, of: {', '.join(SHEETS)}")
    ap.add_argument("--child", nargs="+", help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.child:
        kind, *rest = args.child
        if kind == "floor":
            res = run_floor(Path(rest[0]), Path(rest[1]))
        elif kind == "floor_export":
            res = run_floor_export(rest[0], int(rest[1]), Path(rest[2]), Path(rest[3]))
        elif kind == "inproc_export":
            res = run_inproc_export(rest[0], Path(rest[1]), Path(rest[2]))
        else:
            res = run_inproc(rest[0], Path(rest[1]), Path(rest[2]))
        print(json.dumps(res))
        return
    registers = args.registers.split(",")
    unknown = [r for r in registers if r not in SHEETS]
    if unknown:
        ap.error(f"no generator for {', '.join(unknown)}; there are: {', '.join(SHEETS)}")
    tmp = Path(tempfile.mkdtemp(prefix="bench_imports_"))
    bare, stocked, county = make_county(tmp, registers)
    print("seconds, peak MiB, × the floor; each in its own process")
    print(f"{'':<19} | {'import floor':<11} | {'import command':<19} | {'import in-process':<19}"
          f" | {'export floor':<11} | {'export command':<19} | export in-process")
    for register in registers:
        for rows in (int(n) for n in args.rows.split(",")):
            template = stocked if SHEETS[register].needs else bare
            print(bench(register, rows, tmp, template, county), flush=True)


if __name__ == "__main__":
    main()
