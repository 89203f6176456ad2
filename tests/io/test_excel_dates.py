"""Dates as registers write them: month-only dates keep month precision, numbers are never
taken for Excel serials outside a date-formatted cell, and nonsense is a clear error."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from pathlib import Path

import pytest

from emergency_desk.data.dates import MonthDate
from emergency_desk.io import dates as dt
from emergency_desk.io.normalize import CellError


@pytest.mark.parametrize("raw", ["1980.03", "1980.3", "1980-03", "1980/03", "1980年3月",
                                 "1980年03月", "198003", 1980.03, 198003, 1980.3, "１９８０．０３",
                                 " 1980 年 3 月 "])
def test_month_only_birth_dates_keep_month_precision(raw: object) -> None:
    got = dt.birth_date(raw)
    assert isinstance(got, MonthDate)
    assert (got.year, got.month) == (1980, 3)
    assert got.isoformat() == "1980-03" and str(got) == "1980-03"  # never a made-up day
    assert got.dotted() == "1980.03" and got.chinese() == "1980年3月"


def test_numeric_1980_03_is_no_longer_the_serial_1905_06_02() -> None:
    # The corruption case: serial 1980 is 1905-06-02; the clerk meant March 1980.
    assert date(1899, 12, 30) + timedelta(days=1980) == date(1905, 6, 2)
    got = dt.birth_date(1980.03)
    assert got == date(1980, 3, 1) and isinstance(got, MonthDate)
    assert dt.month_date(1978.05) == MonthDate(1978, 5, 1)


def test_a_date_formatted_cell_is_a_full_date() -> None:
    # What openpyxl/calamine give for a cell formatted as a date.
    assert dt.birth_date(datetime(1980, 3, 15)) == date(1980, 3, 15)
    assert not isinstance(dt.birth_date(datetime(1980, 3, 15)), MonthDate)
    assert dt.birth_date("1980-03-15") == date(1980, 3, 15)


@pytest.mark.parametrize("raw,why", [
    (2021, "只有年份"), ("2021", "只有年份"), ("2021年", "只有年份"),
    (1980.1, "1 月还是 10 月"),  # a number cell drops the 0 of 1980.10
    (45413, "不是日期"), (45413.0, "不是日期"), ("45413", "不是有效的日期"),
    ("1980.13", "月份不存在"), (198013, "月份不存在"), (1234.56, "年份不合理"),
])
def test_ambiguous_dates_are_errors_never_guesses(raw: object, why: str) -> None:
    with pytest.raises(CellError, match=why) as info:
        dt.birth_date(raw)
    assert "1980" in info.value.reason or "1 月" in info.value.reason  # says what to write


def test_text_1980_1_is_january_and_1980_10_october() -> None:
    assert dt.month_date("1980.1") == MonthDate(1980, 1, 1)
    assert dt.month_date("1980.10") == MonthDate(1980, 10, 1)


def test_plausible_range_per_column() -> None:
    with pytest.raises(CellError, match=r"晚于今天.*1980-03-15 或 1980\.03"):
        dt.birth_date(date.today() + timedelta(days=40))
    with pytest.raises(CellError, match="年份不合理"):
        dt.birth_date("1899-12-31")
    with pytest.raises(CellError, match="年份不合理"):
        dt.expiry_date("1985.06")  # nothing that expired in 1985 is still in stock
    assert dt.birth_date(MonthDate.first(date.today().year, date.today().month)) is not None


def test_month_expiry_means_the_end_of_that_month() -> None:
    got = dt.expiry_date("2024.07")
    assert got == date(2024, 7, 31) and isinstance(got, MonthDate) and str(got) == "2024-07"
    assert dt.expiry_date("2024年2月") == date(2024, 2, 29)


def test_full_date_columns_still_need_a_day() -> None:
    with pytest.raises(CellError, match="具体到日"):
        dt.date_value("2024.05")
    # The hint is the month written with a day, not an unrelated example.
    with pytest.raises(CellError, match="如 2025-12-01"):
        dt.date_value("2025.12")


@pytest.mark.parametrize("raw", ["/", "—", "——", "-", "－", "无", " 无 ", "暂无", None, "  "])
def test_empty_marks_are_empty(raw: object) -> None:
    for parse in (dt.date_value, dt.birth_date, dt.expiry_date):
        assert parse(raw) is None


def test_readers_give_dates_only_for_date_formatted_cells(tmp_path: Path) -> None:
    """What openpyxl (.xlsx) and calamine (.xls) hand over: a serial in a date-formatted cell
    comes as a date; 1980.03 in a General cell stays a number, read as March 1980."""
    import openpyxl
    import xlwt

    from emergency_desk.io.reader import open_workbook

    wb = openpyxl.Workbook()
    ws = wb.active
    assert ws is not None
    ws.append([1980.03, 29299, 198003, "1980.03"])
    ws["B1"].number_format = "yyyy-mm-dd"
    wb.save(tmp_path / "a.xlsx")
    book = xlwt.Workbook(encoding="utf-8")
    sheet = book.add_sheet("a")
    for c, v in enumerate([1980.03, 29299.0, 198003, "1980.03"]):
        sheet.write(0, c, v, xlwt.easyxf(num_format_str="YYYY-MM-DD") if c == 1 else
                    xlwt.Style.default_style)
    book.save(str(tmp_path / "a.xls"))
    for name in ("a.xlsx", "a.xls"):
        with open_workbook(tmp_path / name) as book_:
            (_, cells), = list(book_.rows(book_.sheet_names[0]))
        got = [dt.birth_date(c) for c in cells]
        assert got == [date(1980, 3, 1), date(1980, 3, 19), date(1980, 3, 1), date(1980, 3, 1)]
        assert [isinstance(g, MonthDate) for g in got] == [True, False, True, True], name
