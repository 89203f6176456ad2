"""最近培训日期: never stored, always computed from the attendance records.

It is the latest date of a live event the person attended, computed in SQL, so deleting a
wrongly entered attendance corrects every list, rule and print at once. `for_officers` says
which events count for the 灾害信息员 rules (O4, O5).
"""

from __future__ import annotations

import calendar
from collections.abc import Collection
from datetime import date
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from emergency_desk.data.people import TrainingAttendance, TrainingAudience, TrainingEvent


def months_before(day: date, months: int) -> date:
    """The same day `months` earlier (the 31st becomes the month's last day)."""
    y, m = divmod(day.year * 12 + day.month - 1 - months, 12)
    return date(y, m + 1, min(day.day, calendar.monthrange(y, m + 1)[1]))


def for_officers() -> Any:
    """Events that count as 灾害信息员 training (O4, O5): held for 灾害信息员 (培训对象), which
    includes the events made from an officer roster's 最近培训日期. A rescue team's drill
    that an officer happened to join does not count (docs/domain.md section 4, O4)."""
    return TrainingEvent.audience == TrainingAudience.OFFICERS.value


def latest_training_subquery(*conds: Any) -> Any:
    """(person_id, latest) for every person with a live attendance of a live event
    (`conds`: only such events, e.g. `for_officers()`)."""
    return (select(TrainingAttendance.person_id.label("person_id"),
                   func.max(TrainingEvent.date).label("latest"))
            .join(TrainingEvent, TrainingEvent.id == TrainingAttendance.event_id)
            .where(TrainingAttendance.is_deleted.is_(False), TrainingEvent.is_deleted.is_(False),
                   *conds)
            .group_by(TrainingAttendance.person_id)
            .subquery("latest_training"))


def latest_training_of(person_id_col: Any) -> Any:
    """A correlated scalar subquery: the person's 最近培训日期 (for lists of a page of rows).

    Written as "max over the person's attendances of their event's date" rather than a join:
    without statistics SQLite may drive a join from training_event and scan every attendance
    per person (seconds on a county's data); this form always starts from the person's index.
    """
    event_date = (select(TrainingEvent.date)
                  .where(TrainingEvent.id == TrainingAttendance.event_id,
                         TrainingEvent.is_deleted.is_(False))
                  .correlate(TrainingAttendance).scalar_subquery())
    return (select(func.max(event_date))
            .where(TrainingAttendance.person_id == person_id_col,
                   TrainingAttendance.is_deleted.is_(False))
            .correlate_except(TrainingAttendance)
            .scalar_subquery())


def latest_training_in(session: Session, person_id: int) -> date | None:
    return session.scalar(select(latest_training_of(person_id)))


def month_only_trainings_in(session: Session, person_ids: Collection[int],
                            ) -> set[tuple[int, date]]:
    """(person, date) where the person's training on that date is known only to the month
    (an imported 最近培训日期 2023.05), so lists print 2023-05 rather than a made-up day."""
    if not person_ids:
        return set()
    rows = session.execute(
        select(TrainingAttendance.person_id, TrainingEvent.date, TrainingEvent.date_month)
        .join(TrainingEvent, TrainingEvent.id == TrainingAttendance.event_id)
        .where(TrainingAttendance.person_id.in_(list(person_ids)),
               TrainingAttendance.is_deleted.is_(False), TrainingEvent.is_deleted.is_(False)))
    month: set[tuple[int, date]] = set()
    day: set[tuple[int, date]] = set()
    for pid, when, is_month in rows:
        (month if is_month else day).add((pid, when))
    return month - day  # a real session on the same day wins
