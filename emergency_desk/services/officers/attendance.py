"""Who attended a training: the attendance records, and an imported 最近培训日期 turned into an
attendance of an "imported" event on that day (`record_latest_training`)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from emergency_desk.data.dates import MonthDate
from emergency_desk.data.people import (
    Person,
    TrainingAttendance,
    TrainingAudience,
    TrainingEvent,
)
from emergency_desk.errors import InputRejected
from emergency_desk.i18n import t
from emergency_desk.services.officers.latest_training import latest_training_in
from emergency_desk.services.officers.training_events import (
    TrainingEventInput,
    clean_text,
    create_event_in,
)


@dataclass(frozen=True)
class AttendanceRow:
    id: int
    event_id: int
    event_title: str
    event_date: date
    person_id: int
    name: str
    mobile: str | None
    employer: str | None
    job_title: str | None
    result: str | None
    certificate_no: str | None


def add_attendance_in(session: Session, event_id: int, person_id: int, *,
                      result: str | None = None,
                      certificate_no: str | None = None) -> TrainingAttendance:
    """Record that a person attended; an existing live attendance is reused (and updated)."""
    e = session.get(TrainingEvent, event_id)
    if e is None or e.is_deleted:
        raise InputRejected(t("该培训不存在或已删除"))
    p = session.get(Person, person_id)
    if p is None or p.is_deleted:
        raise InputRejected(t("该人员不存在或已删除"))
    a = session.scalar(select(TrainingAttendance).where(
        TrainingAttendance.event_id == event_id, TrainingAttendance.person_id == person_id,
        TrainingAttendance.is_deleted.is_(False)))
    if a is None:
        a = TrainingAttendance(event_id=event_id, person_id=person_id)
        a.person = p
        session.add(a)
    if clean_text(result) is not None:
        a.result = clean_text(result)
    if clean_text(certificate_no) is not None:
        a.certificate_no = clean_text(certificate_no)
    session.flush()
    return a


def imported_event_title(when: date) -> str:
    return t("导入的培训记录 {d}", d=when.isoformat())


def record_latest_training(session: Session, person_id: int,
                           when: date) -> TrainingAttendance | None:
    """Turn an imported 最近培训日期 into an attendance of an "imported" event on that day.

    Nothing is written when the person already has a training on or after `when` (the column
    says *latest*, and re-importing the same sheet must change nothing). One imported event
    per date is shared by everyone imported with that date.
    """
    latest = latest_training_in(session, person_id)
    if latest is not None and latest >= when:
        return None
    return attend_imported_training(session, session.get_one(Person, person_id), when)


def attend_imported_training(session: Session, person: Person,
                             when: date) -> TrainingAttendance:
    """`person` attended the imported event of `when` (created on first use). The caller has
    checked that the person has no training on or after `when`, so they are not on its list.
    Takes the person object: an import's new people have no id until its next flush."""
    a = TrainingAttendance()
    a.event, a.person = imported_event(session, when), person
    session.add(a)
    return a


def imported_event(session: Session, when: date) -> TrainingEvent:
    """The imported training event of `when`, created on first use."""
    # A roster repeats a handful of dates: remember this transaction's imported events.
    # 2023.05 (a month) and 2023-05-01 (a day) are different events: each keeps its precision.
    month = isinstance(when, MonthDate)
    cache: dict[tuple[date, bool], TrainingEvent] = session.info.setdefault(
        "imported_training_events", {})
    event = cache.get((when, month))
    if event is None or event not in session:  # not there, or lost in a rolled-back savepoint
        event = session.scalar(select(TrainingEvent).where(
            TrainingEvent.is_deleted.is_(False), TrainingEvent.is_imported.is_(True),
            TrainingEvent.date == when, TrainingEvent.date_month.is_(month))
            .order_by(TrainingEvent.id).limit(1))
    if event is None:
        event = create_event_in(session, TrainingEventInput(
            title=imported_event_title(when), date=when,
            remark=t("由导入的“最近培训日期”生成")))
        event.is_imported = True
        # The column comes from the officer roster: it is a 灾害信息员 training (O4/O5).
        event.audience = TrainingAudience.OFFICERS.value
    cache[(when, month)] = event
    return event
