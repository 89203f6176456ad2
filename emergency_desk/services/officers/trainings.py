"""培训: training events and who attended them.

最近培训日期 is never stored: it is the latest date of a live event the person attended, computed
in SQL (`latest_training_subquery`), so deleting a wrongly entered attendance corrects every
list, rule and print at once. An imported 最近培训日期 becomes an attendance of an "imported"
event (`record_latest_training`).
"""

from __future__ import annotations

import builtins
import calendar
import re
from collections.abc import Collection
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import and_, case, exists, func, literal, or_, select
from sqlalchemy.orm import Session

from emergency_desk.data.base import now
from emergency_desk.data.dates import MonthDate
from emergency_desk.data.db import Database
from emergency_desk.data.enums import RegionLevel
from emergency_desk.data.models import Region
from emergency_desk.data.officers import InfoOfficer, on_post
from emergency_desk.data.people import (
    Person,
    TrainingAttendance,
    TrainingAudience,
    TrainingEvent,
)
from emergency_desk.data.teams import TeamMember
from emergency_desk.errors import InputRejected, ValidationFailed
from emergency_desk.i18n import t
from emergency_desk.services.search import like_pattern, search_key

KINDS = ("专题培训", "业务培训", "技能比武", "演练", "会议")
# Training rates are reported for the three tiers of docs/domain.md A2/A5 (县—乡—村); villages
# and communities form one tier.
RATE_TIERS: dict[str, tuple[str, tuple[str, ...]]] = {
    "county": ("县级", (RegionLevel.COUNTY.value,)),
    "township": ("乡镇级", (RegionLevel.TOWNSHIP.value,)),
    "village": ("村（社区）级", (RegionLevel.VILLAGE.value, RegionLevel.COMMUNITY.value)),
}


# The setting holding each tier's O5 target (services/settings.py, with its source).
RATE_TARGET_KEYS = {"county": "training_rate_target",
                    "township": "training_rate_target_township",
                    "village": "training_rate_target_village"}


def rate_targets(settings: dict[str, Any]) -> dict[str, tuple[float, str]]:
    """Tier → (target %, where it comes from) for O5 and the training-rate table."""
    from emergency_desk.services.settings import PARAMS_BY_KEY

    out = {}
    for tier, key in RATE_TARGET_KEYS.items():
        param = PARAMS_BY_KEY[key]
        value = float(settings.get(key, param.default))
        # Printed for a county inspector: the rule number (（O5）) is the program's, not theirs.
        source = re.sub(r"（[A-Z]\d+）$", "", t(param.source)) if value == param.default \
            else t("本单位设置")
        out[tier] = (value, source)
    return out


def months_before(day: date, months: int) -> date:
    """The same day `months` earlier (the 31st becomes the month's last day)."""
    y, m = divmod(day.year * 12 + day.month - 1 - months, 12)
    return date(y, m + 1, min(day.day, calendar.monthrange(y, m + 1)[1]))


def for_officers() -> Any:
    """Events that count as 灾害信息员 training (O4, O5): held for 灾害信息员 (培训对象), which
    includes the events made from an officer roster's 最近培训日期. A rescue team's drill
    that an officer happened to join does not count (DOMAIN.md O4)."""
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


@dataclass
class TrainingEventInput:
    title: str
    date: date
    level: RegionLevel | None = None
    kind: str | None = None
    organizer: str | None = None
    hours: float | None = None
    location: str | None = None
    content: str | None = None
    remark: str | None = None
    audience: TrainingAudience | None = None  # 培训对象


@dataclass(frozen=True)
class TrainingEventRow:
    id: int
    uuid: str
    title: str
    date: date
    level: RegionLevel | None
    kind: str | None
    organizer: str | None
    hours: float | None
    location: str | None
    content: str | None
    is_imported: bool
    attendees: int
    remark: str | None
    updated_at: datetime
    audience: TrainingAudience | None = None

    @property
    def level_label(self) -> str:
        return self.level.label if self.level else ""

    @property
    def audience_label(self) -> str:
        return self.audience.label if self.audience else ""


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


@dataclass(frozen=True)
class TrainingRate:
    tier: str  # county / township / village
    label: str  # 县级 / 乡镇级 / 村（社区）级 (translated)
    officers: int  # people on post in the tier (one person with two posts counts once)
    trained: int  # of whom attended a 灾害信息员 training in the year

    @property
    def rate(self) -> float | None:
        """Percentage, or None when the tier has no officers."""
        return 100.0 * self.trained / self.officers if self.officers else None


@dataclass
class TrainingQuery:
    search: str = ""
    year: int | None = None
    level: RegionLevel | None = None
    include_imported: bool = True
    order_by: str = "date"  # events sort by date only (the table's 培训日期 column)
    descending: bool = True  # newest first


def _clean(text: str | None) -> str | None:
    text = (text or "").strip()
    return text or None


def check_event(data: TrainingEventInput) -> dict[str, str]:
    problems: dict[str, str] = {}
    if not (data.title or "").strip():
        problems["培训名称"] = t("培训名称不能为空")
    elif len(data.title.strip()) > 200:
        problems["培训名称"] = t("培训名称不能超过 200 个字")
    if data.date is None:
        problems["培训日期"] = t("培训日期不能为空")
    if data.hours is not None and not 0 <= data.hours <= 1000:
        problems["学时"] = t("学时应在 0 到 1000 之间")
    return problems


def _apply(e: TrainingEvent, data: TrainingEventInput) -> None:
    e.title = data.title.strip()
    e.date = data.date
    e.level = data.level.value if data.level else None
    e.kind = _clean(data.kind)
    e.organizer = _clean(data.organizer)
    e.hours = data.hours
    e.location = _clean(data.location)
    e.content = _clean(data.content)
    e.remark = _clean(data.remark)
    e.audience = data.audience.value if data.audience else None
    e.search_key = search_key(e.title, e.location, e.organizer)


def create_event_in(session: Session, data: TrainingEventInput) -> TrainingEvent:
    problems = check_event(data)
    if problems:
        raise ValidationFailed(problems)
    e = TrainingEvent()
    _apply(e, data)
    session.add(e)
    session.flush()
    return e


def update_event_in(session: Session, event_id: int, data: TrainingEventInput) -> TrainingEvent:
    e = session.get(TrainingEvent, event_id)
    if e is None or e.is_deleted:
        raise InputRejected(t("该培训不存在或已删除"))
    problems = check_event(data)
    if problems:
        raise ValidationFailed(problems)
    _apply(e, data)
    session.flush()
    return e


def find_event_in(session: Session, title: str, when: date) -> TrainingEvent | None:
    """The live event with this natural key (培训名称 + 日期), for the trainings import."""
    return session.scalar(select(TrainingEvent).where(
        TrainingEvent.is_deleted.is_(False), TrainingEvent.title == title.strip(),
        TrainingEvent.date == when).order_by(TrainingEvent.id).limit(1))


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
    if _clean(result) is not None:
        a.result = _clean(result)
    if _clean(certificate_no) is not None:
        a.certificate_no = _clean(certificate_no)
    session.flush()
    return a


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
    # latest < when = the event's date, so the person cannot already be on its list.
    a = TrainingAttendance()
    a.event, a.person = event, session.get_one(Person, person_id)
    session.add(a)
    return a


def infer_audience_in(session: Session, event: TrainingEvent) -> None:
    """Give an imported event without a 培训对象 one: 灾害信息员 when its name says so or an
    attendee holds an officer post, 救援队伍 when its attendees are a team's members (the
    issue-15 rule; the 0011 migration applies the same to events entered before)."""
    if event.audience is not None:
        return
    attended = and_(TrainingAttendance.event_id == event.id,
                    TrainingAttendance.is_deleted.is_(False))
    if "信息员" in (event.title or "") or session.scalar(select(exists().where(
            attended, InfoOfficer.person_id == TrainingAttendance.person_id,
            InfoOfficer.is_deleted.is_(False)))):
        event.audience = TrainingAudience.OFFICERS.value
    elif session.scalar(select(exists().where(
            attended, TeamMember.person_id == TrainingAttendance.person_id,
            TeamMember.is_deleted.is_(False)))):
        event.audience = TrainingAudience.TEAMS.value


def training_rates_in(session: Session, year: int, within_id: int | None = None,
                      today: date | None = None,
                      overall: bool = False) -> builtins.list[TrainingRate]:
    """Per tier: people on post, and how many of them attended a 灾害信息员 training dated in
    `year` (O5, A5). A rate is of people, not posts: someone holding two posts of a tier
    counts once above and below the line.

    `within_id`: only officers of that region and its villages (a township's own table).
    `today`: who is on post (default: the year's last day, or today for the current year).
    `overall`: one row for all tiers together (people counted once), the tables' 合计.
    """
    if today is None:
        today = min(date.today(), date(year, 12, 31))
    trained_people = (select(TrainingAttendance.person_id)
                      .join(TrainingEvent, TrainingEvent.id == TrainingAttendance.event_id)
                      .where(TrainingAttendance.is_deleted.is_(False),
                             TrainingEvent.is_deleted.is_(False), for_officers(),
                             TrainingEvent.date >= date(year, 1, 1),
                             TrainingEvent.date <= date(year, 12, 31)))
    # The 合计 line (overall): someone holding a township and a village post counts once.
    tier: Any = literal("all") if overall else case(
        *((InfoOfficer.level.in_(levels), name) for name, (_label, levels) in RATE_TIERS.items()),
        else_="")
    stmt = (select(tier, func.count(func.distinct(InfoOfficer.person_id)),
                   func.count(func.distinct(InfoOfficer.person_id)).filter(
                       InfoOfficer.person_id.in_(trained_people)))
            .join(Person, Person.id == InfoOfficer.person_id)
            .where(on_post(today), Person.is_deleted.is_(False))
            .group_by(tier))
    if within_id is not None:
        stmt = stmt.join(Region, Region.id == InfoOfficer.region_id).where(
            or_(Region.id == within_id, Region.parent_id == within_id))
    counts = {name: (n, k) for name, n, k in session.execute(stmt)}
    if overall:
        return [TrainingRate("all", t("合计"), *counts.get("all", (0, 0)))]
    return [TrainingRate(name, t(label), *counts.get(name, (0, 0)))
            for name, (label, _levels) in RATE_TIERS.items()]


def _event_row(e: TrainingEvent, attendees: int) -> TrainingEventRow:
    return TrainingEventRow(
        id=e.id, uuid=e.uuid, title=e.title, date=e.date,
        level=RegionLevel(e.level) if e.level else None, kind=e.kind, organizer=e.organizer,
        hours=e.hours, location=e.location, content=e.content, is_imported=bool(e.is_imported),
        attendees=attendees, remark=e.remark, updated_at=e.updated_at,
        audience=TrainingAudience(e.audience) if e.audience else None)


def _attendee_count() -> Any:
    return (select(func.count(TrainingAttendance.id))
            .where(TrainingAttendance.event_id == TrainingEvent.id,
                   TrainingAttendance.is_deleted.is_(False))
            .correlate(TrainingEvent).scalar_subquery())


def restore_event(session: Session, obj: Any) -> None:
    """Bring back the attendance list that was deleted together with the event."""
    if isinstance(obj, TrainingEvent) and obj.deleted_at is not None:
        for a in session.scalars(select(TrainingAttendance).where(
                TrainingAttendance.event_id == obj.id, TrainingAttendance.is_deleted.is_(True),
                TrainingAttendance.deleted_at == obj.deleted_at)):
            a.is_deleted = False
            a.deleted_at = None




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
            row = s.execute(select(TrainingEvent, _attendee_count())
                            .where(TrainingEvent.id == event_id)).first()
            if row is None:
                raise InputRejected(t("该培训不存在"))
            return _event_row(row[0], int(row[1] or 0))

    def _filtered(self, q: TrainingQuery) -> Any:
        stmt = select(TrainingEvent, _attendee_count()).where(TrainingEvent.is_deleted.is_(False))
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
            return [_event_row(e, int(n or 0)) for e, n in s.execute(stmt)]

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
            a.result = _clean(result)
            a.certificate_no = _clean(certificate_no)

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
