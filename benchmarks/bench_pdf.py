"""PDF roster speed (docs/design.md §8): our builder versus a bare reportlab Table of the same
cells.

Target: ratio ≤ 1.5 on a 5,000-row roster. Run: python benchmarks/bench_pdf.py [rows]
Both sides register the fonts before timing, write to a temp folder, and take the best of 3.
"""

from __future__ import annotations

import random
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.platypus import SimpleDocTemplate, Table, TableStyle

from emergency_desk.reports import fonts
from emergency_desk.reports.pdf import Col, HeaderInfo, ReportDocument, mask_id

HEADERS = ["序号", "乡镇", "村(社区)", "姓名", "性别", "出生日期", "身份证号", "本职职务", "层级",
           "岗位", "手机号码", "任职日期", "最近培训", "备注"]
WEIGHTS = [0.6, 1.1, 1.1, 1.0, 0.5, 1.4, 2.6, 1.6, 0.5, 0.6, 1.6, 1.4, 1.4, 2.4]


def make_rows(n: int) -> list[list[str]]:
    rnd = random.Random(7)
    sur = "张王李赵刘陈杨黄周吴徐孙胡朱高林何郭马罗"
    given = "明华建国英秀兰军平志强伟芳丽敏静"
    towns = ["碧阳镇", "宏村镇", "西递镇", "渔亭镇", "柯村镇", "美溪乡", "宏潭乡", "洪星乡"]
    duties = ["村党组织书记", "村委会主任", "村委委员", "网格员", "应急办干事"]
    remarks = ["", "", "", "兼任气象信息员、地质灾害群测群防员", "新任"]
    rows = []
    for i in range(n):
        idc = f"341023{1960 + i % 40}{(i % 12) + 1:02d}{(i % 28) + 1:02d}{i % 1000:03d}{i % 10}"
        rows.append([str(i + 1), rnd.choice(towns), rnd.choice(sur) + "家村",
                     rnd.choice(sur) + rnd.choice(given) + rnd.choice(given),
                     rnd.choice("男女"), f"{1960 + i % 40}-{(i % 12) + 1:02d}-15", mask_id(idc),
                     rnd.choice(duties), "村", rnd.choice(["A岗", "B岗", "单岗"]),
                     f"139{i:08d}", "2021-03-01", "2024-05-20", rnd.choice(remarks)])
    return rows


def bare(rows: list[list[str]], out: Path) -> None:
    doc = SimpleDocTemplate(str(out), pagesize=landscape(A4))
    tbl = Table([HEADERS, *rows], repeatRows=1)
    tbl.setStyle(TableStyle([("FONTNAME", (0, 0), (-1, -1), fonts.CJK_FONT),
                             ("FONTSIZE", (0, 0), (-1, -1), 9),
                             ("GRID", (0, 0), (-1, -1), 0.4, colors.grey)]))
    doc.build([tbl])


def ours(rows: list[list[str]], out: Path) -> None:
    info = HeaderInfo(office="黟县应急管理局", as_of=date.today(), printed=date.today())
    doc = ReportDocument("灾害信息员花名册", info, landscape=True)
    cols = [Col(h, w, "right" if h == "序号" else "left")
            for h, w in zip(HEADERS, WEIGHTS, strict=True)]
    doc.table(cols, rows)
    doc.signature()
    doc.save(out)


def best_of(fn: Callable[[list[list[str]], Path], None], rows: list[list[str]], out: Path,
            n: int = 3) -> float:
    times = []
    for _ in range(n):
        t0 = time.perf_counter()
        fn(rows, out)
        times.append(time.perf_counter() - t0)
    return min(times)


def main() -> None:
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 5000
    fonts.register_fonts()
    rows = make_rows(n)
    with tempfile.TemporaryDirectory() as d:
        tb = best_of(bare, rows, Path(d) / "bare.pdf")
        to = best_of(ours, rows, Path(d) / "ours.pdf")
    print(f"rows={n} bare={tb:.2f}s ours={to:.2f}s ratio={to / tb:.2f} (target ≤ 1.5)")


if __name__ == "__main__":
    main()
