"""The document builder: header fields, page numbers, repeated headers, groups, fonts."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest
from reportlab.pdfbase import pdfmetrics

from emergency_desk.reports import fonts
from emergency_desk.reports.pdf import Col, Group, HeaderInfo, ReportDocument, Row, mask_id
from emergency_desk.reports.tables import RED, Styled, fit_widths


@pytest.mark.parametrize(("raw", "masked"), [
    ("341023198005061234", "3410**********1234"),
    ("34102319800506123X", "3410**********123X"),
    (" 341023800506123 ", "3410*******6123"),
    ("", ""),
    (None, ""),
    ("1234567", "*******"),
])
def test_mask_id_keeps_first_and_last_four(raw: str | None, masked: str) -> None:
    assert mask_id(raw) == masked


def test_every_run_is_set_in_a_font_that_has_its_glyphs() -> None:
    fonts.register_fonts()
    text = "碧阳镇 古筑村 13905591234 A岗 2024-05-01 (备注) №"
    runs = fonts.runs(text)
    assert "".join(seg for _, seg in runs) == text
    for font_name, seg in runs:
        cover = pdfmetrics.getFont(font_name).face.charToGlyph
        missing = [c for c in seg if c != " " and ord(c) not in cover and c != "№"]
        assert not missing, (font_name, seg, missing)


def test_fit_widths_keeps_every_word_whole_and_gives_the_rest_to_long_columns() -> None:
    # least = widest word, natural = longest text on one line
    widths = fit_widths([1, 1, 1], [20, 30, 60], [20, 30, 500], 300)
    assert widths[:2] == [20, 30]  # nothing to wrap: exactly their width
    assert widths[2] == pytest.approx(250)
    shared = fit_widths([1, 1], [40, 40], [140, 340], 280)  # both wrap: by how much they would
    assert shared == pytest.approx([90, 190])
    assert all(w >= 40 for w in shared)
    # Too many words to fit: only the widest columns give way, the dates keep their width.
    tight = fit_widths([1, 1, 1], [50, 50, 200], [50, 50, 300], 200)
    assert tight == pytest.approx([50, 50, 100])
    roomy = fit_widths([1, 1], [10, 10], [10, 10], 100)  # nothing wraps: fill the page
    assert sum(roomy) == pytest.approx(100)


def test_one_long_remark_does_not_take_the_width_a_whole_column_needs() -> None:
    """Shares by longest text gave a 1,000-point remark most of the room, so every row's
    200-point title wrapped onto three lines; trading width by rows keeps the titles whole."""
    from emergency_desk.reports.column_fit import shortest

    least, natural = [50.0, 50.0], [200.0, 1000.0]
    rows = [[200.0, 100.0]] * 40 + [[200.0, 1000.0]]
    start = fit_widths([1, 1], least, natural, 400)
    assert start[0] < 100  # the old share: the titles wrap on every row
    widths = shortest(start, least, natural, rows, pad=0.0)
    assert sum(widths) == pytest.approx(400)
    assert widths[0] == pytest.approx(200) and widths[1] >= 100  # both columns' rows fit
    assert all(w >= lo for w, lo in zip(widths, least, strict=True))
    # Nothing to gain: the widths stay as they were.
    assert shortest([100.0, 300.0], least, natural, [[90.0, 280.0]] * 5, 0.0) == [100.0, 300.0]


def _info(**kw: object) -> HeaderInfo:
    base: dict[str, object] = dict(office="黟县应急管理局", as_of=date(2024, 6, 30),
                                   printed=date(2024, 7, 1), preparer="王小明",
                                   reviewer="李审核", phone="0559-5521234")
    base.update(kw)
    return HeaderInfo(**base)  # type: ignore[arg-type]


def test_long_roster_repeats_header_numbers_pages_and_ends_with_signature(
        tmp_path: Path, read_pdf: Callable[[Path], list[str]],
        assert_fonts_embedded: Callable[[Path], None]) -> None:
    cols = [Col("序号", 0.5, "right"), Col("姓名", 1), Col("身份证号", 2), Col("备注", 3)]
    groups = []
    n = 0
    long_remark = "兼任气象信息员、地质灾害群测群防员、森林护林员和村应急管理网格员"
    for town in ("碧阳镇", "宏村镇", "西递镇"):
        rows = []
        for _ in range(60):
            n += 1
            rows.append([n, f"张{n}明", mask_id(f"3410231980050{n:05d}"),
                         long_remark * (n % 2)])
        groups.append(Group(town, rows, f"{town} 小计：60 人"))
    doc = ReportDocument("灾害信息员花名册", _info(scope="黟县/碧阳镇"))
    doc.text("共 ", Styled("180", RED), " 人")
    doc.table(cols, groups, total="合计：180 人")
    doc.heading("缺口清单")
    doc.table([Col("乡镇"), Col("村（社区）"), Col("问题")], [["宏村镇", "卢村", "无灾害信息员"]])
    doc.signature()
    out = doc.save(tmp_path / "roster.pdf")

    pages = read_pdf(out)
    total = len(pages)
    assert total >= 4
    first = pages[0]
    for field in ("灾害信息员花名册", "填报单位（盖章）：黟县应急管理局",
                  "统计截止日期：2024-06-30", "填报人：王小明", "审核人：李审核",
                  "联系电话：0559-5521234",
                  "打印日期：2024-07-01", "统计范围：黟县/碧阳镇"):
        assert field in first, field
    for i, text in enumerate(pages, 1):
        assert f"第 {i} 页 / 共 {total} 页" in text
        if "缺口清单" not in text or i < total:
            assert "身份证号" in text, f"header row missing on page {i}"
    whole = "".join(pages)
    assert "3410**********0001" in whole
    assert "341023198005000001" not in whole
    for town in ("碧阳镇 小计：60 人", "宏村镇 小计：60 人", "西递镇 小计：60 人", "合计：180 人",
                 "卢村", "无灾害信息员"):
        assert town in whole
    # wrapped text is all there, not clipped
    assert "村应急管理网格员" in whole.replace("\n", "")
    last = "".join(pages[-1].split())
    for label in ("填表人（签字）：", "王小明", "审核人（签字）：", "李审核",
                  "单位负责人（签字）：", "联系电话：0559-5521234", "填报日期：", "单位（盖章）："):
        assert label in last
    assert_fonts_embedded(out)


def test_empty_settings_leave_lines_to_fill_in_by_hand(
        tmp_path: Path, read_pdf: Callable[[Path], list[str]]) -> None:
    doc = ReportDocument("应急预案目录", _info(preparer="", reviewer="", phone=""), landscape=True)
    doc.table([Col("预案名称")], [Row(["黟县防汛应急预案"], "emphasis")])
    doc.signature()
    text = read_pdf(doc.save(tmp_path / "plans.pdf"))[0]
    assert "填报人：____" in text and "联系电话：____" in text and "填表人（签字）：" in text
    assert "黟县防汛应急预案" in text


def test_roman_numerals_print_as_their_plain_spelling(tmp_path: Path) -> None:
    """Ⅳ级应急响应 is common in Chinese emergency texts; the bundled fonts lack Roman numerals,
    so they print as IV rather than as blank boxes."""
    import pypdf

    assert "".join(seg for _f, seg in fonts.runs("启动Ⅳ级应急响应")) == "启动IV级应急响应"
    doc = ReportDocument("测试", HeaderInfo("黟县应急管理局", date.today(), date.today()))
    doc.text("乡防办启动Ⅳ级应急响应")
    out = doc.save(tmp_path / "r.pdf")
    text = "".join(p.extract_text() or "" for p in pypdf.PdfReader(out).pages)
    assert "启动IV级应急响应" in text.replace(" ", "")
