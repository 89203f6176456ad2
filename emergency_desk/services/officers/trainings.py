"""培训: training events and who attended them, for the window (`TrainingService`).

The rules live in smaller modules, re-exported here for the callers that import them from
this one: training_events (the events), attendance (who attended, imported 最近培训日期),
latest_training (最近培训日期, computed, never stored) and training_rates (O5's 培训率).
"""

from __future__ import annotations

import builtins
from datetime import date
from typing import Any

from sqlalchemy import and_, func, select
from sqlalchemy.orm import Session

from emergency_desk.data.base import now
from emergency_desk.data.db import Database
from emergency_desk.data.people import Person, TrainingAttendance, TrainingEvent
from emergency_desk.errors import InputRejected
from emergency_desk.i18n import t
from emergency_desk.services.officers.attendance import (
    AttendanceRow,
    add_attendance_in,
    attend_imported_training,
    imported_event_title,
    record_latest_training,
)
from emergency_desk.services.officers.latest_training import (
    for_officers,
    latest_training_in,
    latest_training_of,
    latest_training_subquery,
    month_only_trainings_in,
    months_before,
)
from emergency_desk.services.officers.training_events import (
    KINDS,
    TrainingEventInput,
    TrainingEventRow,
    TrainingQuery,
    attendee_count,
    check_event,
    clean_text,
    create_event_in,
    event_row,
    find_event_in,
    infer_audience_in,
    restore_event,
    update_event_in,
)
from emergency_desk.services.officers.training_rates import (
    RATE_TARGET_KEYS,
    RATE_TIERS,
    TrainingRate,
    rate_targets,
    training_rates_in,
)
from emergency_desk.services.search import like_pattern


class TrainingService:
    def __init__(self, db: Database) -> None:
        self.db = db

    # -- events ---------------------------------------------------------------------------
    def create_event(self, data: TrainingEventInput) -> int:
        with self.db.begin() as s:
            return create_event_in(s, data).id

    def update_event(self, event_id: int, data: TrainingEventInput) -> None:
        with self.db.begin() as s:
            update_event_in(s, event_id, data)

    def delete_event(self, event_id: int) -> None:
        """Soft delete with its attendance list; restoring it from the bin brings both back."""
        with self.db.begin() as s:
            e = s.get(TrainingEvent, event_id)
            if e is None or e.is_deleted:
                raise InputRejected(t("该培训不存在或已删除"))
            stamp = now()
            for a in s.scalars(select(TrainingAttendance).where(
                    TrainingAttendance.event_id == event_id,
                    TrainingAttendance.is_deleted.is_(False))):
                a.is_deleted, a.deleted_at = True, stamp
            e.is_deleted, e.deleted_at = True, stamp

    def get_event(self, event_id: int) -> TrainingEventRow:
        with self.db.read() as s:
            row = s.execute(select(TrainingEvent, attendee_count())
                            .where(TrainingEvent.id == event_id)).first()
            if row is None:
                raise InputRejected(t("该培训不存在"))
            return event_row(row[0], int(row[1] or 0))

    def _filtered(self, q: TrainingQuery) -> Any:
        stmt = select(TrainingEvent, attendee_count()).where(TrainingEvent.is_deleted.is_(False))
        if q.search.strip():
            stmt = stmt.where(TrainingEvent.search_key.like(like_pattern(q.search.strip()),
                                                            escape="\\"))
        if q.year is not None:
            stmt = stmt.where(TrainingEvent.date >= date(q.year, 1, 1),
                              TrainingEvent.date <= date(q.year, 12, 31))
        if q.level is not None:
            stmt = stmt.where(TrainingEvent.level == q.level.value)
        if not q.include_imported:
            stmt = stmt.where(TrainingEvent.is_imported.is_(False))
        return stmt

    def count_events(self, q: TrainingQuery | None = None) -> int:
        with self.db.read() as s:
            sub = self._filtered(q or TrainingQuery()).subquery()
            return int(s.scalar(select(func.count()).select_from(sub)) or 0)

    def list_events(self, q: TrainingQuery | None = None, offset: int = 0,
                    limit: int | None = None) -> builtins.list[TrainingEventRow]:
        q = q or TrainingQuery()
        order = TrainingEvent.date.desc() if q.descending else TrainingEvent.date.asc()
        stmt = self._filtered(q).order_by(order, TrainingEvent.id).offset(offset)
        if limit is not None:
            stmt = stmt.limit(limit)
        with self.db.read() as s:
            return [event_row(e, int(n or 0)) for e, n in s.execute(stmt)]

    # -- attendance -----------------------------------------------------------------------
    def add_attendees(self, event_id: int, person_ids: builtins.list[int]) -> int:
        """Take attendance (e.g. ticked on the roster); returns how many were new."""
        with self.db.begin() as s:
            before = self._live_attendees(s, event_id)
            for pid in person_ids:
                add_attendance_in(s, event_id, pid)
            return len(self._live_attendees(s, event_id) - before)

    @staticmethod
    def _live_attendees(s: Session, event_id: int) -> set[int]:
        return set(s.scalars(select(TrainingAttendance.person_id).where(
            TrainingAttendance.event_id == event_id, TrainingAttendance.is_deleted.is_(False))))

    def set_result(self, event_id: int, person_id: int, result: str | None,
                   certificate_no: str | None = None) -> None:
        with self.db.begin() as s:
            a = add_attendance_in(s, event_id, person_id)
            a.result = clean_text(result)
            a.certificate_no = clean_text(certificate_no)

    def remove_attendee(self, event_id: int, person_id: int) -> None:
        with self.db.begin() as s:
            for a in s.scalars(select(TrainingAttendance).where(
                    TrainingAttendance.event_id == event_id,
                    TrainingAttendance.person_id == person_id,
                    TrainingAttendance.is_deleted.is_(False))):
                a.is_deleted, a.deleted_at = True, now()

    def _attendance(self, *conds: Any) -> builtins.list[AttendanceRow]:
        stmt = (select(TrainingAttendance, TrainingEvent, Person)
                .join(TrainingEvent, TrainingEvent.id == TrainingAttendance.event_id)
                .join(Person, Person.id == TrainingAttendance.person_id)
                .where(TrainingAttendance.is_deleted.is_(False),
                       TrainingEvent.is_deleted.is_(False), and_(*conds)))
        with self.db.read() as s:
            return [AttendanceRow(a.id, e.id, e.title, e.date, p.id, p.name, p.mobile,
                                  p.employer, p.job_title, a.result, a.certificate_no)
                    for a, e, p in s.execute(stmt.order_by(TrainingEvent.date.desc(),
                                                           TrainingAttendance.id))]

    def attendees(self, event_id: int) -> builtins.list[AttendanceRow]:
        """The sign-in list of one event, in the order people were added."""
        return self._attendance(TrainingAttendance.event_id == event_id)

    def person_trainings(self, person_id: int) -> builtins.list[AttendanceRow]:
        """Everything one person attended, newest first."""
        return self._attendance(TrainingAttendance.person_id == person_id)

    def latest_training(self, person_id: int) -> date | None:
        with self.db.read() as s:
            return latest_training_in(s, person_id)

    def training_rates(self, year: int, within_id: int | None = None,
                       overall: bool = False) -> builtins.list[TrainingRate]:
        with self.db.read() as s:
            return training_rates_in(s, year, within_id, overall=overall)


# Everything the callers (io/, reports/, checks/, the window) import from here.
__all__ = ["KINDS", "RATE_TARGET_KEYS", "RATE_TIERS", "AttendanceRow", "TrainingEventInput",
           "TrainingEventRow", "TrainingQuery", "TrainingRate", "TrainingService",
           "add_attendance_in", "attend_imported_training", "check_event", "create_event_in",
           "find_event_in", "for_officers", "imported_event_title", "infer_audience_in",
           "latest_training_in", "latest_training_of", "latest_training_subquery",
           "month_only_trainings_in", "months_before", "rate_targets", "record_latest_training",
           "restore_event", "training_rates_in", "update_event_in"]
