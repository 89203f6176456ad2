"""Date cells as registers really hold them: full dates, month-only dates, empty marks.

A number is never taken for an Excel date serial here. openpyxl (read-only) and calamine hand
a date-formatted cell over as a date/datetime already, so a bare number reached this module
from a cell formatted as a number or as General — 1980.03 typed into such a cell is the year
and month, not serial 1980 (1905-06-02, which the old reader stored). Whatever stays
ambiguous (1980.1: January or October?; a lone year 2021; 45413) is an error asking for a
clear form, never a guess.

Month-only dates (1980.03, 1980.3, 1980-03, 1980/03, 1980年3月, 198003, the numbers 1980.03 and
198003) become `MonthDate`s in the columns where a register normally writes them (出生日期,
任职日期, 最近培训日期, 保险有效期, 生产日期, 有效期至, …); other columns need a day.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable
from datetime import date, datetime, time, timedelta
from typing import Any

from emergency_desk.data.dates import MonthDate
from emergency_desk.i18n import t
from emergency_desk.io.normalize import (
    CellError,
    Parser,
    half_width,
    is_blank,
    is_empty_mark,
    shown_text,
)

_FULL = [
    re.compile(r"^(\d{4})\s*[-/.]\s*(\d{1,2})\s*[-/.]\s*(\d{1,2})(?:[ T]\d{1,2}:\d{2}(?::\d{2})?"
               r"(?:\.\d+)?)?$"),
    re.compile(r"^(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*[日号]?$"),
    re.compile(r"^(\d{4})(\d{2})(\d{2})$"),
]
_MONTH = [
    re.compile(r"^(\d{4})\s*[-/.]\s*(\d{1,2})$"),
    re.compile(r"^(\d{4})\s*年\s*(\d{1,2})\s*月?$"),
    re.compile(r"^(\d{4})(\d{2})$"),
]
_YEAR = re.compile(r"^(\d{4})\s*年?$")
MIN_YEAR, MAX_YEAR = 1900, 2100


class DateRule:
    """How one column reads dates: whether a month is enough, which day a month stands for,
    and the plausible years (a birth in 2031 or an expiry in 1905 is a typo, not data)."""

    def __init__(self, *, month_ok: bool, month_end: bool = False, first_year: int = MIN_YEAR,
                 not_after_today: bool = False) -> None:
        self.month_ok, self.month_end = month_ok, month_end
        self.first_year, self.not_after_today = first_year, not_after_today

    def hint(self) -> str:
        return t("请写成 1980-03-15 或 1980.03") if self.month_ok else t("请写成 2024-05-01")

    def bad(self, shown: str, why: str | None = None) -> CellError:
        if why is None:
            return CellError(t("不是有效的日期：“{v}”，{hint}", v=shown, hint=self.hint()))
        return CellError(t("{why}：“{v}”，{hint}", why=why, v=shown, hint=self.hint()))

    def check(self, d: date, shown: str) -> date:
        if not self.first_year <= d.year <= MAX_YEAR:
            raise self.bad(shown, t("日期年份不合理"))
        if self.not_after_today and d > date.today() and not (
                isinstance(d, MonthDate) and (d.year, d.month) == (date.today().year,
                                                                   date.today().month)):
            raise self.bad(shown, t("日期晚于今天"))
        return d

    def full(self, y: int, m: int, d: int, shown: str) -> date:
        if not MIN_YEAR <= y <= MAX_YEAR:
            raise self.bad(shown, t("日期年份不合理"))
        try:
            return self.check(date(y, m, d), shown)
        except ValueError:
            raise CellError(t("日期不存在：“{v}”", v=shown)) from None

    def month(self, y: int, m: int, shown: str) -> date:
        if not MIN_YEAR <= y <= MAX_YEAR:
            raise self.bad(shown, t("日期年份不合理"))
        if not 1 <= m <= 12:
            raise self.bad(shown, t("月份不存在"))
        if not self.month_ok:
            # The hint is the month written, with a day: not an unrelated example date.
            raise CellError(t("需要具体到日：“{v}”，请写明哪一天，如 {day}", v=shown,
                              day=f"{y:04d}-{m:02d}-01"))
        d = MonthDate.last(y, m) if self.month_end else MonthDate.first(y, m)
        return self.check(d, shown)

    def parse(self, value: Any) -> date | None:
        if is_blank(value) or is_empty_mark(value):
            return None
        shown = shown_text(value)
        if isinstance(value, datetime | date):  # a date-formatted cell, as the reader gives it
            return self.check(date(value.year, value.month, value.day), shown)
        if isinstance(value, bool | time | timedelta):
            raise self.bad(shown)
        if isinstance(value, int | float):
            return self._number(value, shown)
        s = half_width(str(value)).strip()
        for pat in _FULL:
            if m := pat.match(s):
                return self.full(int(m[1]), int(m[2]), int(m[3]), shown)
        for pat in _MONTH:
            if m := pat.match(s):
                return self.month(int(m[1]), int(m[2]), shown)
        if _YEAR.match(s):
            raise self.bad(shown, t("只有年份，缺少月份"))
        raise self.bad(shown)

    def _number(self, value: float, shown: str) -> date:
        if not math.isfinite(value):
            raise self.bad(shown)
        if float(value).is_integer():
            n = int(value)
            if 19000101 <= n <= 21001231:  # 20240501 typed as a number
                return self.full(n // 10000, n // 100 % 100, n % 100, shown)
            if 190001 <= n <= 210012:  # 198003
                return self.month(n // 100, n % 100, shown)
            if MIN_YEAR <= n <= MAX_YEAR:
                raise self.bad(shown, t("只有年份，缺少月份"))
            # Not a serial either: a date-formatted cell would have come as a date.
            raise self.bad(shown, t("是数字，不是日期"))
        # 1980.03 in a number cell. The float keeps no trailing zero, so 1980.1 may have been
        # typed 1980.10 (October) or 1980.1 (January): ambiguous, so refused.
        text = repr(float(value))
        m = re.fullmatch(r"(\d{4})\.(\d{1,2})", text)
        if m is None:
            raise self.bad(shown, t("是数字，不是日期"))
        if m[2] == "1":
            raise CellError(t("“{v}”是 1 月还是 10 月无法确定（数字格式会丢掉末尾的 0）；"
                              "请写成文本 {y}.01 或 {y}.10", v=shown, y=m[1]))
        return self.month(int(m[1]), int(m[2]), shown)


def _parser(rule: DateRule) -> Parser:
    def parse(value: Any) -> date | None:
        return rule.parse(value)
    parse.__doc__ = "A date cell (" + ("month allowed" if rule.month_ok else "day needed") + ")"
    return parse


# A full date (发布日期, 演练日期, 购置日期 …): a day is expected.
date_value: Callable[[Any], date | None] = _parser(DateRule(month_ok=False))
# Dates registers often know only to the month (任职日期, 最近培训日期, 入队日期, 生产日期).
month_date: Callable[[Any], date | None] = _parser(DateRule(month_ok=True))
# 出生日期 / 出生年月: 1900 … today.
birth_date: Callable[[Any], date | None] = _parser(
    DateRule(month_ok=True, not_after_today=True))
# 有效期至 / 保险有效期: a month means its last day; nothing before 1990 is still in stock.
expiry_date: Callable[[Any], date | None] = _parser(
    DateRule(month_ok=True, month_end=True, first_year=1990))
