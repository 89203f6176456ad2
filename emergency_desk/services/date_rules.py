"""Dates of things that have happened, and a post holder's age: the rules the forms (the
services' checks) and the imports (the same checks, on each row) share for 任职日期, 最近培训日期,
入队日期, 入库日期, 生产日期 and 出生日期. A services module, not values.py: a month-only date
(data/dates.py) is compared by month, and the value rules do not reach into the data layer."""

from __future__ import annotations

from datetime import date

from emergency_desk.data.dates import is_month
from emergency_desk.i18n import t

# Against `date.today()` like every other rule, so a test pinning the clock pins them too.
# By month: 任职日期 2026.12 is not "after today" on 2026-12-07, and a person born 1990.03
# may be appointed in 1990.03. 有效期至, 保险有效期, a planned drill or a 离任日期 set in
# advance may lie ahead: not here.

# The youngest a person may hold a post (灾害信息员, 救援队员): 劳动法 第十五条 forbids
# employing anyone under 16.
MIN_WORKING_AGE = 16


def _by_month(*days: date) -> bool:
    return any(is_month(d) for d in days)


def after_today(day: date, today: date | None = None) -> bool:
    """`day` is later than today; a month-only date is so only from the next month on."""
    today = today or date.today()
    if is_month(day):
        return (day.year, day.month) > (today.year, today.month)
    return day > today


def not_after_today(day: date | None, today: date | None = None) -> str | None:
    """The problem of the date of something that has already happened (任职日期, 最近培训日期,
    入库日期, 生产日期, 出生日期…), or None when it is not after today."""
    if day is None or not after_today(day, today):
        return None
    return t("{d} 晚于今天，请核对年份", d=day.isoformat())


def _before(day: date, other: date) -> bool:
    if _by_month(day, other):
        return (day.year, day.month) < (other.year, other.month)
    return day < other


def _aged(born: date, day: date, years: int) -> bool:
    """`born` had turned `years` by `day` (by month when either is month-only)."""
    if _by_month(born, day):
        return (day.year, day.month) >= (born.year + years, born.month)
    try:
        due = born.replace(year=born.year + years)
    except ValueError:  # born on 29 February: of age on the 28th in a common year
        due = born.replace(year=born.year + years, day=28)
    return day >= due


def post_age_problems(born: date | None, started: date | None, *, start_label: str,
                      role: str, today: date | None = None) -> dict[str, str]:
    """The problems (field label → reason) of a post holder's birth and start dates: the post
    (任职日期, 入队日期 = `start_label`) cannot begin before the birth nor before the age of
    MIN_WORKING_AGE, and the holder (`role`: 灾害信息员, 救援队员) is of working age today."""
    problems: dict[str, str] = {}
    if born is None or after_today(born, today):  # a future birth is check_person's
        return problems
    today = today or date.today()
    n = MIN_WORKING_AGE
    if not _aged(born, today, n):
        problems["出生日期"] = t("{b} 出生，今天未满 {n} 周岁，不能担任{role}；"
                             "请核对出生日期或身份证号", b=born.isoformat(), n=n, role=role)
    if started is None:
        return problems
    if _before(started, born):
        problems[start_label] = t("{d} 早于出生日期 {b}，请核对年份", d=started.isoformat(),
                                  b=born.isoformat())
    elif "出生日期" not in problems and not _aged(born, started, n):
        problems[start_label] = t("{d} 时未满 {n} 周岁（出生日期 {b}），请核对年份",
                                  d=started.isoformat(), n=n, b=born.isoformat())
    return problems
