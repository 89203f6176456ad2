"""Import speed and memory of the registers offices import most, as ratios to the floor
(docs/design.md §8, issue 20). A plain script, not a test (no timing is asserted anywhere):

    python benchmarks/bench_imports.py [--rows 1000,10000] [--register officers]

For each register and size it writes a roster as an office would (a title row, the header,
序号, a 合计/填表人 footer) and measures, each in a fresh process so that peak memory is its own:

  floor     openpyxl read-only read + sqlite3 executemany into a plain table
  command   `python -m emergency_desk --db … import REGISTER FILE` (start-up included)
  inproc    importer.import_file alone (start-up and database creation not timed)
  export    `… export REGISTER OUT.xlsx` of what was imported, against its floor: a plain
            SELECT of the register's table joined to its people, into a write-only sheet

and prints seconds, peak memory (MiB, ru_maxrss) and the ratios to the floor. The default size
is small (1,000 rows) so that CI can print a run in its log within a minute.
"""

from __future__ import annotations

import argparse
import json
import random
import resource
import sqlite3
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

COUNTY = "黟县"
SURNAMES = "汪胡程叶余王李江舒孙方吴黄朱金章查许卢韩谢郑何项"
GIVEN = "建国志强国华永红海涛立新卫东振华晓燕丽华秀英美玲春梅海燕玉兰"
WEIGHTS = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)


def _id_card(seq: int, born: date) -> str:
    first17 = f"341023{born:%Y%m%d}{seq % 1000:03d}"
    total = sum(int(c) * w for c, w in zip(first17, WEIGHTS, strict=True))
    return first17 + "10X98765432"[total % 11]


def _villages(db_file: Path) -> list[tuple[str, str]]:
    con = sqlite3.connect(db_file)
    rows = con.execute(
        "SELECT t.name, v.name FROM region v JOIN region t ON t.id = v.parent_id "
        "WHERE v.level IN ('village', 'community') AND v.is_deleted = 0 ORDER BY v.path"
    ).fetchall()
    con.close()
    return [(str(a), str(b)) for a, b in rows]


def officers_sheet(path: Path, rows: int, villages: list[tuple[str, str]]) -> None:
    """单岗 officers spread over the county's villages: every row a new person."""
    import openpyxl

    rng = random.Random(20)
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "灾害信息员"
    ws.append([f"{COUNTY}灾害信息员花名册（基准测试）"])
    ws.append(["序号", "乡镇", "村(社区)", "姓名", "性别", "出生日期", "身份证号", "手机号码",
               "岗位", "本职职务", "专兼职", "任职日期", "最近培训日期", "民族", "备注"])
    for i in range(rows):
        town, village = villages[i % len(villages)]
        born = date(1960 + i % 37, 1 + i % 12, 1 + i % 28)
        ws.append([i + 1, town, village,
                   SURNAMES[i % len(SURNAMES)] + GIVEN[(i // 7) % len(GIVEN)] + GIVEN[i % 5],
                   "男" if i % 2 else "女", f"{born:%Y.%m}", _id_card(i, born),
                   f"139{i:08d}", "单岗", "村委委员", "兼职" if i % 4 else "专职",
                   f"20{10 + i % 14}.0{1 + i % 9}", "2024-05" if i % 2 else None,
                   "汉族", "备注" if rng.random() < 0.1 else None])
    ws.append(["合计", f"{rows} 人"])
    ws.append(["填表人：张三", None, None, "审核人：李四"])
    wb.save(path)


SHEETS: dict[str, Callable[[Path, int, list[tuple[str, str]]], None]] = {
    "officers": officers_sheet,
}


def _peak_mib() -> float:
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


EXPORT_FLOOR = {
    "officers": "SELECT o.*, p.* FROM info_officer o JOIN person p ON p.id = o.person_id "
                "JOIN region r ON r.id = o.region_id ORDER BY r.path",
}


def run_floor_export(register: str, db_file: Path, out: Path) -> dict[str, float]:
    t0 = time.perf_counter()
    import openpyxl

    wb = openpyxl.Workbook(write_only=True)
    ws = wb.create_sheet(register)
    con = sqlite3.connect(db_file)
    cur = con.execute(EXPORT_FLOOR[register])
    ws.append([d[0] for d in cur.description])
    for row in cur:
        ws.append(list(row))
    con.close()
    wb.save(out)
    return {"seconds": time.perf_counter() - t0, "mib": _peak_mib()}


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


def _child(args: list[str]) -> dict[str, float]:
    out = subprocess.run([sys.executable, __file__, "--child", *args], check=True,
                         capture_output=True, text=True)
    return dict(json.loads(out.stdout.strip().splitlines()[-1]))


def _command(register: str, src: Path, db_file: Path, verb: str = "import",
             ) -> dict[str, float]:
    t0 = time.perf_counter()
    proc = subprocess.run([sys.executable, "-c", _WRAPPER, "--db", str(db_file),
                           verb, register, str(src)], capture_output=True, text=True)
    seconds = time.perf_counter() - t0
    if proc.returncode != 0:
        raise SystemExit(proc.stdout + proc.stderr)
    # Peak memory of this child alone, read by a wrapper: RUSAGE_CHILDREN would give the
    # largest child so far.
    return {"seconds": seconds, "mib": _child_peak(proc.stderr)}


# `python -m emergency_desk ARGS`, then its own peak memory as the last line of stderr.
_WRAPPER = """import resource, runpy, sys
sys.argv[0] = "emergency-desk"
try:
    runpy.run_module("emergency_desk", run_name="__main__")
finally:
    print(f"peak-kib {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss}", file=sys.stderr)
"""


def _child_peak(stderr: str) -> float:
    last = stderr.strip().splitlines()[-1]
    return int(last.split()[1]) / 1024


def _fresh_db(template: Path, to: Path) -> Path:
    to.write_bytes(template.read_bytes())
    return to


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--rows", default="1000", help="comma-separated sizes (default 1000)")
    ap.add_argument("--register", default=",".join(SHEETS))
    ap.add_argument("--child", nargs="+", help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.child:
        kind, *rest = args.child
        if kind == "floor":
            res = run_floor(Path(rest[0]), Path(rest[1]))
        elif kind == "floor_export":
            res = run_floor_export(rest[0], Path(rest[1]), Path(rest[2]))
        else:
            res = run_inproc(rest[0], Path(rest[1]), Path(rest[2]))
        print(json.dumps(res))
        return
    tmp = Path(tempfile.mkdtemp(prefix="bench_imports_"))
    template = tmp / "county.sqlite3"
    subprocess.run([sys.executable, "-m", "emergency_desk", "--db", str(template), "init",
                    "--county", COUNTY, "--office", f"{COUNTY}应急管理局"],
                   check=True, capture_output=True)
    villages = _villages(template)
    print(f"{'register':<10} {'rows':>6} | {'floor s':>7} {'MiB':>5} | {'command s':>9} "
          f"{'MiB':>5} {'×':>5} | {'inproc s':>8} {'MiB':>5} {'×':>5} | {'floor s':>7} "
          f"{'MiB':>5} | {'export s':>8} {'MiB':>5} {'×':>5}")
    print(f"{'':<17} | {'import floor':<13} | {'import command':<21} | {'import in-process':<20} "
          f"| {'export floor':<13} | export command")
    for register in args.register.split(","):
        for rows in (int(n) for n in args.rows.split(",")):
            src = tmp / f"{register}-{rows}.xlsx"
            SHEETS[register](src, rows, villages)
            floor = _child(["floor", str(src), str(tmp)])
            (tmp / "floor.sqlite3").unlink()
            cmd = _command(register, src, _fresh_db(template, tmp / "cmd.sqlite3"))
            inproc = _child(["inproc", register, str(src),
                             str(_fresh_db(template, tmp / "inproc.sqlite3"))])
            out = tmp / "export.xlsx"
            floor_out = _child(["floor_export", register, str(tmp / "cmd.sqlite3"), str(out)])
            export = _command(register, out, tmp / "cmd.sqlite3", verb="export")
            f, fo = floor["seconds"], floor_out["seconds"]
            print(f"{register:<10} {rows:>6} | {f:>7.2f} {floor['mib']:>5.0f} | "
                  f"{cmd['seconds']:>9.2f} {cmd['mib']:>5.0f} {cmd['seconds'] / f:>5.1f} | "
                  f"{inproc['seconds']:>8.2f} {inproc['mib']:>5.0f} "
                  f"{inproc['seconds'] / f:>5.1f} | {fo:>7.2f} {floor_out['mib']:>5.0f} | "
                  f"{export['seconds']:>8.2f} {export['mib']:>5.0f} "
                  f"{export['seconds'] / fo:>5.1f}", flush=True)


if __name__ == "__main__":
    main()
