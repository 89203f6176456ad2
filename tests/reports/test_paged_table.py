"""Long grouped tables page themselves (issue 20, reports/paged.py): one small Table per page,
so a page break is local. Read back, the PDF must still hold every row once and in order, and
every page must say which group it lists, whatever the lengths of the groups."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

import pytest

from emergency_desk.reports.pdf import Col, Group, HeaderInfo, ReportDocument, Row
from tests.reports.conftest import pdf_pages

TOWNS = ("碧阳镇", "宏村镇", "西递镇", "渔亭镇", "柯村镇")


def _doc() -> ReportDocument:
    return ReportDocument("花名册", HeaderInfo("黟县应急管理局", date(2024, 6, 30),
                                               date(2024, 7, 1)), landscape=True)


def _lines(path: Path) -> list[list[str]]:
    return [[ln.strip() for ln in page.splitlines()] for page in pdf_pages(path)]


def test_every_row_prints_once_in_order_and_every_page_names_its_group(tmp_path: Path) -> None:
    # Groups of very different lengths, so page ends fall inside groups, right after a
    # heading, right before a subtotal, and between groups.
    sizes = (1, 95, 3, 41, 160)
    groups = []
    seq = 0
    for town, size in zip(TOWNS, sizes, strict=True):
        rows: list[list[object] | Row] = []
        for _ in range(size):
            seq += 1
            rows.append([f"R{seq:04d}", f"{town}辖区", "网格员、气象信息员", "2021-03-01"])
        groups.append(Group(town, rows, f"{town} 小计：{size} 人"))
    doc = _doc()
    doc.table([Col("编号"), Col("乡镇"), Col("兼任"), Col("任职时间")], groups,
              total=f"合计：{seq} 人")
    pages = _lines(doc.save(tmp_path / "long.pdf"))
    assert len(pages) >= 10

    printed = [ln for page in pages for ln in page if re.fullmatch(r"R\d{4}", ln)]
    assert printed == [f"R{n:04d}" for n in range(1, seq + 1)]

    for n, page in enumerate(pages, 1):
        codes = [ln for ln in page if re.fullmatch(r"R\d{4}", ln)]
        if not codes:
            continue
        # The town of the first row on the page: its group heading is on the page, plain
        # when the group starts here, as （续） when it started on an earlier page.
        first = next(i for i, ln in enumerate(page) if ln == codes[0])
        town = page[first + 1].removesuffix("辖区")
        assert town in TOWNS, page[:8]
        assert (town in page) != (f"{town}（续）" in page), (n, page[:8])
        # Every page starts with the column header.
        header = [i for i, ln in enumerate(page) if ln.startswith("编号") and "任职时间" in ln]
        assert header and header[0] < first, (n, page[:8])
        # A heading never ends a page: rows follow every heading on it.
        last_code = max(i for i, ln in enumerate(page) if re.fullmatch(r"R\d{4}", ln))
        headings = [i for i, ln in enumerate(page) if ln.removesuffix("（续）") in TOWNS]
        assert headings and max(headings) < last_code, (n, page[-8:])
        # A subtotal never starts a page.
        body = [ln for ln in page if re.fullmatch(r"R\d{4}", ln) or "小计" in ln]
        assert "小计" not in body[0], (n, page[:8])
    continued = [t for page in pages for t in TOWNS if f"{t}（续）" in page]
    assert {"宏村镇", "渔亭镇", "柯村镇"} <= set(continued)
    subtotals = [ln for page in pages for ln in page if "小计" in ln]
    assert len(subtotals) == len(TOWNS)


def test_a_plain_table_longer_than_many_pages_keeps_every_row(tmp_path: Path) -> None:
    doc = _doc()
    doc.table([Col("序号", align="right"), Col("姓名"), Col("手机号码")],
              [[n, f"张{n}", f"139{n:08d}"] for n in range(1, 1201)])
    pages = _lines(doc.save(tmp_path / "plain.pdf"))
    phones = [p for page in pages for ln in page for p in re.findall(r"139\d{8}", ln)]
    assert phones == [f"139{n:08d}" for n in range(1, 1201)]
    assert all(any("手机号码" in ln for ln in page) for page in pages[:-1])


def test_a_cell_taller_than_a_page_is_cut_short_instead_of_stopping_the_report(
        tmp_path: Path) -> None:
    # A line of the table cannot break over two pages: 3,000 names in one cell (a
    # village with hundreds of A holders in a county-scale file) used to end in reportlab's
    # LayoutError, i.e. no report at all.
    names = "、".join(f"张{n:03d}" for n in range(3000))
    doc = _doc()
    doc.table([Col("序号", 0.3, "right"), Col("村(社区)"), Col("在岗A岗", 0.6), Col("备注", 3)],
              [[1, "古筑村", names, "首行"], [2, "南屏村", "李四", "末行"]],
              total="合计：2 行")
    doc.signature()
    pages = _lines(doc.save(tmp_path / "tall.pdf"))
    text = [ln for page in pages for ln in page]
    assert "首行" in text and "末行" in text and "合计：2 行" in text
    assert any("……" in ln for ln in text)
    assert "张000、" in "".join(text) and "张2999" not in "".join(text)


def test_a_chart_taller_than_a_page_is_scaled_to_fit_instead_of_stopping_the_report(
        tmp_path: Path) -> None:
    # One bar per township: 47 townships drew the regions chart 19 inches tall, and
    # reportlab, which cannot split an image, refused the whole report (LayoutError).
    from matplotlib.figure import Figure
    from reportlab.platypus import Image

    doc = ReportDocument("行政区划一览表", HeaderInfo("黟县应急管理局", date(2024, 6, 30),
                                                     date(2024, 7, 1)))
    fig = Figure(figsize=(6.0, 20.0))
    fig.add_subplot().barh(range(47), range(47))
    doc.figure(fig, width_ratio=0.75)
    image = doc._story[-1]
    assert isinstance(image, Image)
    doc.signature()
    assert image.drawHeight <= doc.pagesize[1] - 2 * 14 * 72 / 25.4 - 12 + 0.01
    assert image.drawWidth == pytest.approx(image.drawHeight * 6.0 / 20.0)
    pages = pdf_pages(doc.save(tmp_path / "chart.pdf"))
    assert len(pages) <= 3 and "单位（盖章）：" in pages[-1]  # the image has a page to itself


def test_the_gap_list_names_ten_holders_and_counts_the_rest() -> None:
    from emergency_desk.data.enums import RegionLevel
    from emergency_desk.reports.officers import gap_items
    from emergency_desk.services.officers.coverage import CoverageRow, PostHolder

    def holders(n: int) -> tuple[PostHolder, ...]:
        return tuple((i, i, f"张{i:03d}", None) for i in range(n))

    many = CoverageRow(1, "古筑村", "黟县/碧阳镇/古筑村", RegionLevel.VILLAGE, True,
                       holders(612), (), (), None, "缺B岗")
    few = CoverageRow(2, "南屏村", "黟县/碧阳镇/南屏村", RegionLevel.VILLAGE, True,
                      holders(10), (), (), None, "缺B岗")
    rows = gap_items([many, few])
    assert rows[0][4] == "、".join(f"张{i:03d}" for i in range(10)) + "等 612 人"
    assert rows[1][4] == "、".join(f"张{i:03d}" for i in range(10))


def test_a_merged_cell_names_its_run_again_on_every_page_it_continues_onto(
        tmp_path: Path) -> None:
    # 村(社区) is printed once per run of a village's officers; a page that starts inside a
    # run used to show its first row with an empty 村(社区): a signed sheet with a person
    # whose village nobody could tell.
    groups = []
    village_of: dict[str, str] = {}
    for town, villages in (("碧阳镇", 9), ("宏村镇", 14)):
        rows: list[list[object] | Row] = []
        for v in range(villages):
            for _ in range(2 + v % 5):
                code = f"R{len(village_of) + 1:04d}"
                village_of[code] = f"{town[:2]}{v:02d}村"
                rows.append([code, village_of[code], f"张{len(village_of)}"])
        groups.append(Group(town, rows, f"{town} 小计"))
    doc = _doc()
    doc.table([Col("编号"), Col("村(社区)", merge=True), Col("姓名")], groups)
    pages = _lines(doc.save(tmp_path / "runs.pdf"))
    assert len(pages) >= 3

    codes = [ln for page in pages for ln in page if re.fullmatch(r"R\d{4}", ln)]
    assert codes == list(village_of)
    mid_run = 0
    for n, page in enumerate(pages, 1):
        first = next(i for i, ln in enumerate(page) if re.fullmatch(r"R\d{4}", ln))
        code = page[first]
        assert page[first + 1].split()[0] == village_of[code], (n, page[first:first + 3])
        before = f"R{int(code[1:]) - 1:04d}"
        mid_run += village_of.get(before) == village_of[code]
    assert mid_run >= 1  # the data puts a page end inside a run
    # Elsewhere a run names its village once: in its first row, not in the others.
    named = [ln for page in pages for ln in page if ln.split()[:1] and
             ln.split()[0] in set(village_of.values())]
    assert len(named) == len(set(village_of.values())) + mid_run
