"""A reporting period written as an office writes it: 2026-03, 2026-Q1, 2026."""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date

from emergency_desk.errors import UsageError
from emergency_desk.i18n import t

_MONTH = re.compile(r"^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*月?$")
_QUARTER = re.compile(r"^(\d{4})\s*[-/年]?\s*(?:Q|q|第)\s*([1-4一二三四])\s*(?:季度?)?$")
_YEAR = re.compile(r"^(\d{4})\s*年?$")
_CN = {"一": 1, "二": 2, "三": 3, "四": 4}


@dataclass(frozen=True)
class Period:
    start: date
    end: date
    label: str  # 2026年3月 / 2026年第1季度 / 2026年

    def contains(self, day: date | None) -> bool:
        return day is not None and self.start <= day <= self.end


def _month(y: int, m: int) -> Period:
    return Period(date(y, m, 1), date(y, m, calendar.monthrange(y, m)[1]),
                  t("{y}年{m}月", y=y, m=m))


def parse_period(text: str | None, today: date | None = None) -> Period:
    """The period named by `text`; the current month when it is blank. Raises UsageError."""
    if text is None or not text.strip():
        today = today or date.today()
        return _month(today.year, today.month)
    s = text.strip()
    if m := _MONTH.match(s):
        y, mo = int(m[1]), int(m[2])
        if 1 <= mo <= 12:
            return _month(y, mo)
    elif m := _QUARTER.match(s):
        y = int(m[1])
        q = _CN.get(m[2]) or int(m[2])
        first = 3 * q - 2
        return Period(date(y, first, 1),
                      date(y, first + 2, calendar.monthrange(y, first + 2)[1]),
                      t("{y}年第{q}季度", y=y, q=q))
    elif m := _YEAR.match(s):
        y = int(m[1])
        return Period(date(y, 1, 1), date(y, 12, 31), t("{y}年", y=y))
    raise UsageError(t("时段“{text}”无法识别。请写成 2026-03（月）、2026-Q1（季度）或 2026（年）。",
                       text=text))
