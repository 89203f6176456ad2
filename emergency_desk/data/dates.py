"""Dates known only to the month: 出生年月 1980.03, 有效期至 2024.07.

Registers write many dates without a day. Storing them as a plain date would invent one (and
print 1980-03-01 as if it were known), so such a value is a `MonthDate`: an ordinary `date`
(rules, sorting and SQL comparisons keep working) that remembers it is month precision and
prints as a month. In the database it is the date plus a `<field>_month` flag beside it (see
`MONTH_FIELDS` in data/models and the ORM events there), so the precision survives a save.

The day a MonthDate carries is the one the rules should use: the 1st for a birth or an
appointment, the last day of the month for an expiry (有效期至 2024.07 is good all July).
"""

from __future__ import annotations

import calendar
from datetime import date
from typing import Any


class MonthDate(date):
    """A date known to the month only; str/isoformat give '1980-03', never a day."""

    __slots__ = ()

    @classmethod
    def first(cls, year: int, month: int) -> MonthDate:
        return cls(year, month, 1)

    @classmethod
    def last(cls, year: int, month: int) -> MonthDate:
        return cls(year, month, calendar.monthrange(year, month)[1])

    @classmethod
    def of(cls, value: date) -> MonthDate:
        return value if isinstance(value, MonthDate) else cls(value.year, value.month, value.day)

    def isoformat(self) -> str:  # ISO 8601 reduced precision: YYYY-MM
        return f"{self.year:04d}-{self.month:02d}"

    __str__ = isoformat

    def __repr__(self) -> str:
        return f"MonthDate({self.year}, {self.month}, {self.day})"

    def dotted(self) -> str:
        """As registers write it: 1980.03."""
        return f"{self.year:04d}.{self.month:02d}"

    def chinese(self) -> str:
        return f"{self.year}年{self.month}月"


def is_month(value: Any) -> bool:
    return isinstance(value, MonthDate)


def date_text(value: date | None) -> str:
    """A date for a table, a form label or a report: 2024-05-01, or 1980-03 for a month."""
    return "" if value is None else value.isoformat()


def excel_value(value: Any) -> Any:
    """What an export writes into a cell: a month as text 1980.03 (an Excel date would need a
    day), anything else unchanged."""
    return value.dotted() if isinstance(value, MonthDate) else value


# -- storage: a `<field>_month` flag beside each date column that may hold a MonthDate -------
def month_flag() -> Any:
    """The column beside a date field saying the date is month precision."""
    from sqlalchemy import Boolean, false
    from sqlalchemy.orm import mapped_column

    # false(), not text("0"): PostgreSQL refuses an integer default on a boolean column.
    return mapped_column(Boolean, default=False, server_default=false())


MONTH_FIELDS: dict[type, tuple[str, ...]] = {}


def track_month_precision(cls: type, *fields: str) -> None:
    """Keep `<field>_month` in step with the value on save, and give MonthDates back on load,
    so services pass a MonthDate through untouched and it comes back a MonthDate."""
    from sqlalchemy import event
    from sqlalchemy.orm.attributes import set_committed_value

    MONTH_FIELDS[cls] = fields

    def on_save(_mapper: Any, _conn: Any, target: Any) -> None:
        loaded = target.__dict__
        for f in fields:
            if f in loaded:  # an unloaded value has not changed: leave its flag alone
                flag = isinstance(loaded[f], MonthDate)
                if loaded.get(f + "_month") != flag:
                    setattr(target, f + "_month", flag)

    def on_load(target: Any, *_args: Any) -> None:
        loaded = target.__dict__
        for f in fields:
            value = loaded.get(f)
            if loaded.get(f + "_month") and isinstance(value, date) \
                    and not isinstance(value, MonthDate):
                set_committed_value(target, f, MonthDate.of(value))

    event.listen(cls, "before_insert", on_save)
    event.listen(cls, "before_update", on_save)
    event.listen(cls, "load", on_load)
    event.listen(cls, "refresh", on_load)


def with_precision(value: date | None, month: bool | None) -> date | None:
    """A date read with Core (views, exports) and its flag → a MonthDate when flagged."""
    return MonthDate.of(value) if month and value is not None else value
