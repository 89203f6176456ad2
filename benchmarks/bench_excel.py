"""Excel import/export speed as ratios to the bare libraries (docs/design.md §8). A plain script:

    python benchmarks/bench_excel.py [ROWS]

(a) import: openpyxl read-only read + bare sqlite3 executemany  vs  importer.import_file
(b) export: openpyxl write-only of the same cells               vs  exporter.export_register
Targets: import ≤ 2×, export ≤ 1.5×. The sheet is regions-like: one county, 20 townships,
ROWS villages spread over them (20,000 regions stand in for a 20,000-row roster).
"""

from __future__ import annotations

import sqlite3
import sys
import tempfile
import time
from pathlib import Path

import openpyxl

from emergency_desk.data.migrate import open_database
from emergency_desk.io.exporter import export_register
from emergency_desk.io.importer import import_file

# Village names like real ones (two characters + 村/社区): pinyin costs per run of Chinese
# characters, so "第3镇17村" style names would overstate it.
_CHARS = "".join(dict.fromkeys(  # unique characters, in order
    "古筑南屏宏村西递碧阳柯村美溪宏潭洪星渔亭武亭黄村龙江横江丰梧竹协里石山叶村余家"
          "屏山关麓际村宏林五里上轩下轩桃源舒村岭下卢村塔川金竹深冲霭峰赤岭东源环山"))


TOWNS = [c + "阳镇" for c in "碧渔宏柯美洪武黄龙横丰竹协石叶余屏关际五"]


def village_name(i: int) -> str:
    n = len(_CHARS)
    return _CHARS[i // n % n] + _CHARS[i % n] + ("村" if i % 5 else "社区")


HEADER = ["区划代码", "名称", "层级", "上级", "灾害多发频发", "人口", "主要灾种", "备注"]


def build_sheet(path: Path, villages: int) -> int:
    # Normal mode writes a shared-string table, as Excel and WPS do (write-only mode would
    # write inline strings, which openpyxl reads more slowly than a real office file).
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "行政区划"
    ws.append(["黟县行政区划（基准测试）"])
    ws.append(HEADER)
    ws.append(["341023000000", "黟县", "县", None, "否", 90000, None, None])
    n = 1
    per = max(villages // 20, 1)
    for tw in range(20):
        ws.append([f"341023{100 + tw:03d}000", TOWNS[tw], "乡镇", "黟县", "否", 5000,
                   "洪涝", None])
        n += 1
        for v in range(per):
            ws.append([f"341023{100 + tw:03d}{v + 1:03d}" if v < 999 else None,
                       village_name(v), "村" if v % 5 else "社区", TOWNS[tw],
                       "是" if v % 7 == 0 else "否", 800 + v, "洪涝、地质灾害",
                       "备注" if v % 3 == 0 else None])
            n += 1
    wb.save(path)
    return n


def best(fn, repeat: int = 2) -> float:  # type: ignore[no-untyped-def]
    times = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t0)
    return min(times)


def main() -> None:
    villages = int(sys.argv[1]) if len(sys.argv) > 1 else 20_000
    tmp = Path(tempfile.mkdtemp(prefix="bench_excel_"))
    src = tmp / "regions.xlsx"
    rows = build_sheet(src, villages)
    print(f"{rows} rows, {src.stat().st_size // 1024} KiB")

    def baseline_import() -> None:
        wb = openpyxl.load_workbook(src, read_only=True, data_only=True)
        data = [(r + (None,) * 8)[:8] for r in wb["行政区划"].iter_rows(values_only=True)][2:]
        wb.close()
        db_file = tmp / "bare.sqlite3"
        db_file.unlink(missing_ok=True)
        con = sqlite3.connect(db_file)
        con.execute("CREATE TABLE r (a, b, c, d, e, f, g, h)")
        con.executemany("INSERT INTO r VALUES (?, ?, ?, ?, ?, ?, ?, ?)", data)
        con.commit()
        con.close()

    counter = iter(range(100))

    def our_import() -> None:
        db = open_database(tmp / f"ours{next(counter)}.sqlite3")  # migration not timed below
        t0 = time.perf_counter()
        result = import_file(db, "regions", src)
        elapsed[0] += time.perf_counter() - t0
        assert result.ok and result.inserted == rows, result.error_lines()[:5]
        db.dispose()

    elapsed = [0.0]
    base_in = best(baseline_import)
    times = []
    for _ in range(2):
        elapsed[0] = 0.0
        our_import()
        times.append(elapsed[0])
    ours_in = min(times)

    db = open_database(tmp / "ours0.sqlite3")
    cells = [r for r in openpyxl.load_workbook(src, read_only=True).active.iter_rows(
        values_only=True)][1:]

    def baseline_export() -> None:
        wb = openpyxl.Workbook(write_only=True)
        ws = wb.create_sheet("行政区划")
        for r in cells:
            ws.append(list(r))
        wb.save(tmp / "bare_export.xlsx")

    base_out = best(baseline_export)
    ours_out = best(lambda: export_register(db, "regions", tmp / "ours_export.xlsx"))
    db.dispose()

    print(f"import: baseline {base_in:.2f} s, import_file {ours_in:.2f} s, "
          f"ratio {ours_in / base_in:.2f}× (target ≤ 2×)")
    print(f"export: baseline {base_out:.2f} s, export_register {ours_out:.2f} s, "
          f"ratio {ours_out / base_out:.2f}× (target ≤ 1.5×)")


if __name__ == "__main__":
    main()
