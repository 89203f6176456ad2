"""Printed pages a clerk would hand in (issue 17): read the PDFs back and check the layout rules.

- words, names, dates and numbers never break inside a cell (lines break only at 、，/ spaces);
- every page of a grouped report names its group (碧阳镇（续）);
- the signature block has 填表人/审核人/单位负责人, 联系电话, 填报日期 and 单位（盖章）;
- an empty roster says what is missing;
- 身份证号 are masked unless --full-id;
- English PDFs are laid out as tightly as Chinese ones.
"""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

import pypdf
import pytest

from emergency_desk import i18n
from emergency_desk.cli import main
from emergency_desk.data.db import Database
from emergency_desk.reports import fonts
from emergency_desk.reports.lines import break_lines, header_words, min_width, words
from emergency_desk.reports.officers import officer_query
from emergency_desk.reports.pdf import Col, Group, HeaderInfo, ReportDocument
from emergency_desk.reports.registry import generate_report
from emergency_desk.services.officers.views import OfficerViews
from emergency_desk.services.plans.views import PlanQuery, PlanViews
from emergency_desk.services.regions.regions import RegionService
from emergency_desk.services.supplies.views import StockQuery, StockViews
from emergency_desk.services.teams.views import TeamQuery, TeamViews
from tests.reports.conftest import pdf_pages


def _lines(path: Path) -> list[list[str]]:
    """Each page's text lines as extracted: one line per line of a cell."""
    return [[ln.strip() for ln in page.splitlines()] for page in pdf_pages(path)]


def _broken(values: set[str], pages: list[list[str]]) -> list[str]:
    """The values some word of which is not found whole on any one line."""
    every = [ln for page in pages for ln in page]
    bad = []
    for v in sorted(values):
        for w in words(v):
            w = w.strip(" 、，,/；;")
            if w and not any(w in ln for ln in every):
                bad.append(v)
                break
    return bad


def test_breaking_happens_only_between_words() -> None:
    assert words("网格员、气象信息员") == ["网格员、", "气象信息员"]
    assert break_lines("网格员、气象信息员", 50, 9) == ["网格员、", "气象信息员"]
    # A date or a number is one piece: no break at its hyphen or inside its digits.
    assert break_lines("2024-05-01", 20, 9) == ["2024-05-01"]
    assert break_lines("帐篷、12平方米单帐篷", 70, 9) == ["帐篷、", "12平方米单帐篷"]
    # Long prose breaks between characters, but never inside the date it mentions.
    prose = "演练中发现通讯保障不到位部分队员未按时到达集结点已于2024-05-01前整改完毕"
    lines = break_lines(prose, 60, 9)
    assert len(lines) > 2 and "".join(lines) == prose
    assert any("2024-05-01" in ln for ln in lines)
    # A ratio, a time or a number with its unit is one piece: 在队/编制 32/40, 等 6 项.
    assert words("32/40") == ["32/40"] and words("08:30") == ["08:30"]
    # An English header breaks after its own hyphen, so 是/否 columns stay narrow.
    assert header_words("Disaster-prone") == ["Disaster-", "prone"]
    assert header_words("Near-expiry batches") == ["Near-", "expiry ", "batches"]
    assert words("移动照明灯 2台等 6 项") == ["移动照明灯 ", "2台等 ", "6 项"]
    assert words("2艘 and more (8 items)")[-1] == "(8 items)"
    # A document number is not prose for all its length: it stays whole.
    doc_no = "黟县政办〔2022〕11号"
    assert min_width(doc_no, 9) == pytest.approx(fonts.text_width(doc_no, 9))
    # Headers wrap on purpose: before the final word, not in its middle.
    assert header_words("录入国家系统") == ["录入国家", "系统"]
    assert header_words("应急装备及配套物资") == ["应急装备及", "配套物资"]


def test_narrow_columns_shrink_a_font_step_before_breaking_a_date(tmp_path: Path) -> None:
    cols = [Col(f"日期{i}") for i in range(16)]
    row = [date(2024, 5, i + 1) for i in range(16)]
    doc = ReportDocument("日期表", HeaderInfo("黟县应急管理局", date(2024, 6, 30),
                                               date(2024, 7, 1)))
    doc.table(cols, [row] * 3)
    out = doc.save(tmp_path / "dates.pdf")
    pages = _lines(out)
    for d in row:
        assert sum(ln.count(d.isoformat()) for ln in pages[0]) == 3, d


def test_group_heading_repeats_on_every_continuation_page(tmp_path: Path) -> None:
    groups = [Group(town, [[f"{town}{n}号", "网格员、气象信息员"] for n in range(70)],
                    f"{town} 小计：70 人") for town in ("碧阳镇", "宏村镇")]
    doc = ReportDocument("花名册", HeaderInfo("黟县应急管理局", date(2024, 6, 30),
                                               date(2024, 7, 1)))
    doc.table([Col("姓名"), Col("兼任")], groups)
    pages = _lines(doc.save(tmp_path / "groups.pdf"))
    assert len(pages) >= 4
    for n, page in enumerate(pages, 1):
        first_row = next(ln for ln in page if re.search(r"\d+号", ln))
        town = first_row[:3]
        assert town in page or f"{town}（续）" in page, (n, page[:5])
    assert sum(f"{t}（续）" in p for p in pages for t in ("碧阳镇", "宏村镇")) >= 2
    # A group starting on a page is not marked as continued.
    assert all(not (f"{t}（续）" in p and t in p) for p in pages for t in ("碧阳镇", "宏村镇"))


def test_demo_officer_roster_prints_every_duty_and_role_unbroken(demo_db: Database,
                                                                 tmp_path: Path) -> None:
    out = generate_report(demo_db, "officers", tmp_path / "officers.pdf")
    pages = _lines(out)
    rows = OfficerViews(demo_db).list(officer_query(None))  # the roster's rows
    values = {r.duty_title for r in rows if r.duty_title} | \
        {"、".join(r.other_roles) for r in rows if r.other_roles}
    assert len(values) > 15
    assert _broken(values, pages) == []
    dates = {r.appoint_date.isoformat() for r in rows if r.appoint_date}
    assert _broken(dates, pages) == []
    # Every page of the roster names the township it lists.
    towns = {r.township for r in rows if r.township}
    roster = [p for p in pages if any(re.fullmatch(r"3410\*+\w{4}", ln) for ln in p)]
    for page in roster:
        assert any(ln.startswith(town) for ln in page for town in towns | {"县级"}), page[:6]
    assert any("（续）" in ln for page in roster for ln in page)


@pytest.mark.parametrize("region", [None, "碧阳镇"])
def test_demo_officer_roster_names_the_village_of_each_pages_first_row(
        demo_db: Database, tmp_path: Path, region: str | None) -> None:
    """The roster prints 村(社区) once per village; a page starting inside a village's
    officers left its first row without one (碧阳镇 page 2: 叶春生 of 钟山村)."""
    out = generate_report(demo_db, "officers", tmp_path / "officers.pdf", region)
    rows = OfficerViews(demo_db).list(officer_query(None))
    villages = {r.village for r in rows if r.level.rank == 2} | {"乡镇本级"}
    county = {r.name for r in rows if not r.township}
    roster = [p for p in _lines(out) if any(re.fullmatch(r"3410\*+\w{4}", ln) for ln in p)]
    assert len(roster) >= 2
    for n, page in enumerate(roster, 1):
        first = next(i for i, ln in enumerate(page) if re.fullmatch(r"\d+", ln))
        cell = page[first + 1].split()[0]
        assert cell in villages or cell in county, (n, page[first:first + 4])


def test_demo_stock_ledger_is_grouped_by_warehouse_with_values_unbroken(
        demo_db: Database, tmp_path: Path) -> None:
    out = generate_report(demo_db, "stock", tmp_path / "stock.pdf")
    pages = _lines(out)
    rows = StockViews(demo_db).list(StockQuery())
    values = {v for r in rows for v in (r.item_name, r.spec, r.batch_no) if v}
    assert _broken(values, pages) == []
    text = [ln for p in pages for ln in p]
    for wh in {r.warehouse_name for r in rows}:
        # the warehouse heads its group (and its continuation), never each of its rows
        headings = [ln for ln in text if ln.startswith(wh)]
        n_rows = sum(1 for r in rows if r.warehouse_name == wh)
        assert headings and len(headings) < n_rows + 1, wh


def test_signature_block_has_room_for_three_signatures_date_and_seal(
        demo_db: Database, tmp_path: Path) -> None:
    out = generate_report(demo_db, "regions", tmp_path / "regions.pdf")
    last = "".join(pdf_pages(out)[-1].split())
    for label in ("填表人（签字）：", "审核人（签字）：", "单位负责人（签字）：", "联系电话：",
                  "填报日期：", "年", "月", "日", "单位（盖章）："):
        assert label in last


def test_signature_never_stands_alone_after_a_table(tmp_path: Path) -> None:
    """A table that just fills its page used to leave the signature block alone on the next
    sheet (a team's roster in report members, the sign-in sheet): its last lines go along."""

    def sheet(n: int) -> list[list[str]]:
        doc = ReportDocument("名单", HeaderInfo("黟县应急管理局", date(2024, 6, 30),
                                                date(2024, 7, 1), preparer="王小明"))
        doc.table([Col("序号", 0.5, "right"), Col("姓名", 2)],
                  [[i, f"队员{i:03d}"] for i in range(1, n + 1)])
        doc.signature()
        return _lines(doc.save(tmp_path / f"{n}.pdf"))

    # The first roster length whose signature does not fit under the table on page 1.
    n = next(n for n in range(20, 80) if len(sheet(n)) == 2)
    for rows in (n, n + 1, n + 3):
        pages = sheet(rows)
        last = "".join(pages[-1])
        assert "单位负责人（签字）" in last
        assert f"队员{rows:03d}" in last, (rows, pages[-1][:5])  # the table's end goes along
        assert f"队员{rows - 3:03d}" in "".join(pages[0])  # only the last lines, not the page


def test_a_section_heading_never_ends_a_page_alone(tmp_path: Path) -> None:
    """值班表's 值班记录 heading sat alone at the foot of a page, its table on the next."""
    for n in range(30, 52):
        doc = ReportDocument("名单", HeaderInfo("黟县应急管理局", date(2024, 6, 30),
                                                date(2024, 7, 1)))
        doc.table([Col("序号", 0.5, "right"), Col("姓名", 2)],
                  [[i, f"队员{i:03d}"] for i in range(1, n + 1)])
        doc.heading("缺口清单")
        doc.table([Col("序号", 0.5, "right"), Col("缺口", 2)],
                  [[i, f"缺口{i:02d}"] for i in range(1, 6)])
        for page in _lines(doc.save(tmp_path / f"{n}.pdf")):
            if "缺口清单" in page:
                assert "缺口01" in page, (n, page[-6:])


def test_a_section_heading_goes_over_with_a_table_that_goes_over_with_the_signature(
        tmp_path: Path) -> None:
    """A one-row table whose signature block does not fit under it goes to the next page
    whole; its heading used to stay behind, alone at the foot of the page (仓库汇总表 in
    report stock --region 碧阳镇), and the table was printed under 仓库汇总表（续）."""
    seen = 0
    for n in range(12, 34):
        doc = ReportDocument("名单", HeaderInfo("黟县应急管理局", date(2024, 6, 30),
                                                date(2024, 7, 1)), landscape=True)
        doc.table([Col("序号", 0.5, "right"), Col("姓名", 2)],
                  [[i, f"队员{i:03d}"] for i in range(1, n + 1)])
        doc.heading("仓库汇总表")
        doc.table([Col("仓库"), Col("批次数", align="right")], [["碧阳镇储备点", 9]])
        doc.signature()
        pages = _lines(doc.save(tmp_path / f"{n}.pdf"))
        for k, page in enumerate(pages, 1):
            assert "仓库汇总表（续）" not in page, (n, k)
            if "仓库汇总表" in page:
                assert any(ln.startswith("碧阳镇储备点") for ln in page), (n, k, page[-6:])
                assert "单位（盖章）：" in "".join(page), (n, k)
        seen += len(pages) == 2 and "仓库汇总表" in pages[1]
    assert seen  # some lengths send the heading, its table and the signature over


def test_demo_stock_summary_heading_stays_with_its_table(demo_db: Database,
                                                         tmp_path: Path) -> None:
    out = generate_report(demo_db, "stock", tmp_path / "stock.pdf", "碧阳镇")
    pages = _lines(out)
    heading = [k for k, page in enumerate(pages) if "仓库汇总表" in page]
    assert len(heading) == 1
    assert {"碧阳镇应急物资储备点", "乡镇库"} <= set(pages[heading[0]]), pages[heading[0]][-8:]
    assert not any("仓库汇总表（续）" in ln for page in pages for ln in page)


def test_empty_roster_says_what_is_missing(db: Database, tmp_path: Path) -> None:
    text = "".join("".join(pdf_pages(generate_report(db, "officers",
                                                     tmp_path / "o.pdf"))).split())
    assert "未发现配备缺口" not in text
    assert "尚未建立乡镇和村（社区）" in text


def test_id_numbers_are_masked_unless_full_id(demo_db: Database, tmp_path: Path) -> None:
    masked = generate_report(demo_db, "members", tmp_path / "m.pdf")
    whole = generate_report(demo_db, "members", tmp_path / "f.pdf", full_id=True)
    masked_text, whole_text = "".join(pdf_pages(masked)), "".join(pdf_pages(whole))
    assert not re.search(r"\d{17}[\dX]", masked_text)
    assert re.search(r"3410\*{10}\w{4}", masked_text)
    assert len(re.findall(r"\d{17}[\dX]", whole_text)) > 100
    assert "本表含完整身份证号" in whole_text.replace("\n", "")


def test_cli_report_full_id(db_path: Path, tmp_path: Path) -> None:
    assert main(["--db", str(db_path), "demo"]) == 0
    assert main(["--db", str(db_path), "report", "members", "--full-id",
                 "--out", str(tmp_path / "f.pdf")]) == 0
    assert re.search(r"\d{17}[\dX]", "".join(pdf_pages(tmp_path / "f.pdf")))


def test_english_roster_is_as_compact_as_chinese_and_breaks_no_word(
        demo_db: Database, tmp_path: Path) -> None:
    zh = generate_report(demo_db, "officers", tmp_path / "zh.pdf")
    i18n.set_language("en")
    en = generate_report(demo_db, "officers", tmp_path / "en.pdf")
    zh_pages, en_pages = _lines(zh), _lines(en)
    assert len(en_pages) <= len(zh_pages) + 1
    words_ = {"Female", "Male", "Part-time", "Full-time", "Single post", "A post", "B post",
              "Township itself", "Village (community)", "Last training", "Remarks",
              "In national system", "Other roles", "Mobile / other phone"}
    assert _broken(words_, en_pages) == []


def test_english_alert_list_is_as_short_as_chinese_and_breaks_no_word(
        demo_db: Database, tmp_path: Path) -> None:
    """The English 预警事项清单 ran to 12 pages against 8: rule titles filled a column on every
    row and pushed each row onto two lines. Grouped by rule, it is as short as the Chinese."""
    from emergency_desk.services.checks import rules, run_checks

    zh = _lines(generate_report(demo_db, "alerts", tmp_path / "zh.pdf"))
    i18n.set_language("en")
    en = _lines(generate_report(demo_db, "alerts", tmp_path / "en.pdf"))
    assert len(zh) > 3
    assert len(en) <= 1.25 * len(zh), (len(en), len(zh))
    alerts = run_checks(demo_db)
    assert len(alerts) > 100
    messages = {a.message for a in alerts}
    titles = {i18n.t(r.title) for r in rules() if any(a.rule == r.id for a in alerts)}
    assert _broken(messages | titles, en) == []
    every = " ".join(ln for page in en for ln in page)
    assert "Disaster-information officer training overdue" in every  # a group's heading
    # Every page of the table names the rule it lists, (continued) on a continuation page.
    for n, page in enumerate(en[1:], 2):
        assert any(re.match(r"[A-Z]\d+ .*\(\d+ alerts?\)", ln) for ln in page), (n, page[:6])


def test_demo_team_summary_and_plan_catalogue_print_every_value_unbroken(
        demo_db: Database, tmp_path: Path) -> None:
    teams = TeamViews(demo_db).list(TeamQuery())
    pages = _lines(generate_report(demo_db, "teams", tmp_path / "teams.pdf"))
    assert _broken({r.headcount_text for r in teams}, pages) == []  # 32/40, not 32/ + 40
    assert _broken({r.leader_mobile for r in teams if r.leader_mobile}, pages) == []
    every = [ln for page in pages for ln in page]
    # A count stays with its name and its unit: no line starts with 20顶 or with a lone 项.
    assert not any(re.match(r"^\d+\S*、", ln) or ln in {"项", "号"} for ln in every)
    plans = PlanViews(demo_db).list(PlanQuery())
    pages = _lines(generate_report(demo_db, "plans", tmp_path / "plans.pdf"))
    doc_nos = {p.doc_no for p in plans if p.doc_no}
    assert len(doc_nos) > 20
    assert _broken(doc_nos, pages) == []  # 黟县政办〔2022〕11号, not …11 / 号
    assert _broken({p.issue_date.isoformat() for p in plans if p.issue_date}, pages) == []
    # Every page of the catalogue names the township it lists.
    towns = {p.township or p.region_path for p in plans}
    for n, page in enumerate(pages[:-1], 1):
        assert any(ln.startswith(town) for ln in page for town in towns), (n, page[:8])


def test_region_list_names_its_township_on_every_continuation_page(
        demo_db: Database, tmp_path: Path) -> None:
    pdf = generate_report(demo_db, "regions", tmp_path / "regions.pdf")
    pages = _lines(pdf)
    assert len(pages) > 2
    towns = {r.name for r in RegionService(demo_db).townships()}
    for n, page in enumerate(pages[1:], 2):
        rows = [ln for ln in page if re.match(r"\d+ 3410", ln)]
        if rows:  # a page of the table: it says whose villages it lists
            assert any(ln.startswith(f"{town}（续）") or ln.startswith(town) or
                       re.match(rf"\d+ \d+ {town}", ln) for ln in page for town in towns), n
    assert any("（续）" in ln for page in pages for ln in page)
    # The signature never stands alone on the last sheet: the chart before it goes along.
    last = pypdf.PdfReader(pdf).pages[-1]
    assert "单位负责人（签字）" in "".join((last.extract_text() or "").split())
    assert len(last.images) > 0 or any(re.match(r"\d+ 3410", ln) for ln in pages[-1])


@pytest.mark.parametrize("lang,landscape", [("zh_CN", False), ("en", False), ("en", True)])
def test_signature_block_stays_inside_the_margins(lang: str, landscape: bool) -> None:
    """English labels are long: on a portrait page each goes above its line instead of
    pushing the third line past the right margin."""
    from reportlab.platypus import KeepTogether, Table

    i18n.set_language(lang)
    doc = ReportDocument("名单", HeaderInfo("黟县应急管理局", date(2024, 6, 30),
                                            date(2024, 7, 1), preparer="王小明"),
                         landscape=landscape)
    doc.signature()
    block = doc._story[-1]
    assert isinstance(block, KeepTogether)
    table = next(f for f in block._content if isinstance(f, Table))
    assert sum(table._colWidths) <= doc.width + 0.01
    assert min(w for w in table._colWidths if w > 10 * 2.83) >= 20 * 2.83  # room to sign


@pytest.mark.parametrize("report", ["six", "cases", "plans", "expiry"])
def test_english_reports_use_english_labels_and_punctuation(
        demo_db: Database, tmp_path: Path, report: str) -> None:
    i18n.set_language("en")
    text = "\n".join(pdf_pages(generate_report(demo_db, report, tmp_path / f"{report}.pdf")))
    assert not re.search(r"[A-Za-z)][：，。]", text), re.findall(r".{20}[A-Za-z)][：，。]", text)
    assert "临期数量" not in text  # every column header translated


@pytest.mark.parametrize("report,missing", [
    ("alerts", "无法检查：尚未建立乡镇和村（社区）"),
    ("managers", "无法检查配备情况：尚未建立村（社区）"),
    ("plans", "尚未录入应急预案。请在“应急预案”页新增或导入预案目录。"),
    ("teams", "尚未登记救援队伍。请在“救援队伍”页新增或导入队伍。"),
])
def test_empty_reports_say_what_is_missing(db: Database, tmp_path: Path, report: str,
                                           missing: str) -> None:
    """Nothing on file: the sheet says what to enter, never "no alerts" or "all covered"."""
    text = "".join("".join(pdf_pages(generate_report(db, report,
                                                     tmp_path / f"{report}.pdf"))).split())
    assert missing in text
    assert "未发现预警事项" not in text and "均已配备" not in text and "（）" not in text
