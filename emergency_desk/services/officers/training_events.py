"""培训 events: what the form and the import write (培训名称 + 培训日期 is the natural key), the
rows the list shows, and what restoring an event from the bin brings back."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import and_, exists, func, select
from sqlalchemy.orm import Session

from emergency_desk.data.enums import RegionLevel
from emergency_desk.data.names import same_name
from emergency_desk.data.officers import InfoOfficer
from emergency_desk.data.people import TrainingAttendance, TrainingAudience, TrainingEvent
from emergency_desk.data.teams import TeamMember
from emergency_desk.errors import InputRejected, ValidationFailed
from emergency_desk.i18n import t
from emergency_desk.services.search import search_key

KINDS = ("专题培训", "业务培训", "技能比武", "演练", "会议")


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


@dataclass
class TrainingQuery:
    search: str = ""
    year: int | None = None
    level: RegionLevel | None = None
    include_imported: bool = True
    order_by: str = "date"  # events sort by date only (the table's 培训日期 column)
    descending: bool = True  # newest first


def clean_text(text: str | None) -> str | None:
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
    e.kind = clean_text(data.kind)
    e.organizer = clean_text(data.organizer)
    e.hours = data.hours
    e.location = clean_text(data.location)
    e.content = clean_text(data.content)
    e.remark = clean_text(data.remark)
    e.audience = data.audience.value if data.audience else None
    e.search_key = search_key(e.title, e.location, e.organizer)


def create_event_in(session: Session, data: TrainingEventInput) -> TrainingEvent:
    e = new_event_in(session, data)
    session.flush()
    return e


def new_event_in(session: Session, data: TrainingEventInput) -> TrainingEvent:
    """A checked new event added to the session, not flushed: an import writes it with the
    rest of its chunk."""
    problems = check_event(data)
    if problems:
        raise ValidationFailed(problems)
    e = TrainingEvent()
    _apply(e, data)
    session.add(e)
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
        TrainingEvent.is_deleted.is_(False), same_name(TrainingEvent.title, title),
        TrainingEvent.date == when).order_by(TrainingEvent.id).limit(1))


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


def event_row(e: TrainingEvent, attendees: int) -> TrainingEventRow:
    return TrainingEventRow(
        id=e.id, uuid=e.uuid, title=e.title, date=e.date,
        level=RegionLevel(e.level) if e.level else None, kind=e.kind, organizer=e.organizer,
        hours=e.hours, location=e.location, content=e.content, is_imported=bool(e.is_imported),
        attendees=attendees, remark=e.remark, updated_at=e.updated_at,
        audience=TrainingAudience(e.audience) if e.audience else None)


def attendee_count() -> Any:
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
