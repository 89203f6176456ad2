"""Shared people and trainings: one `person` row per human, whichever registers they appear in.

An officer who is also a rescue-team member is one person (docs/domain.md A7 "一岗多能"), so phone
numbers are corrected once and trainings count for every role.
"""

from __future__ import annotations

from datetime import date

from sqlalchemy import (
    Boolean,
    ColumnElement,
    Date,
    Float,
    ForeignKey,
    Index,
    String,
    Text,
    or_,
    text,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from emergency_desk.data.base import Base, RecordMixin
from emergency_desk.data.dates import month_flag, track_month_precision
from emergency_desk.data.enums import LabelledEnum, register_labels
from emergency_desk.data.sql import glob, glob_to_regex, server_where

# A mainland mobile number, 11 digits: values.MOBILE_RE as an SQLite GLOB (data/sql.glob
# spells it as a regular expression on the server).
MOBILE_GLOB = "1[3-9]" + "[0-9]" * 9
# The rows whose 手机号码 the rules report (O3, T2); the partial index below holds them, and
# only them, so finding the few among a county's 100,000 people reads no other row.
_MOBILE_UNUSABLE_SQLITE = f"mobile IS NULL OR NOT (mobile GLOB '{MOBILE_GLOB}')"
# Spelled as PostgreSQL gives the condition back (pg_get_expr), casts and all.
_MOBILE_UNUSABLE_SERVER = \
    f"mobile IS NULL OR NOT ((mobile)::text ~ '{glob_to_regex(MOBILE_GLOB)}'::text)"


class Gender(LabelledEnum):
    MALE = "male"
    FEMALE = "female"


register_labels({Gender.MALE: "男", Gender.FEMALE: "女"})


class Person(RecordMixin, Base):
    """人员: officers now, team members, experts and duty staff later."""

    __tablename__ = "person"
    __label__ = "人员"

    name: Mapped[str] = mapped_column(String(50))
    gender: Mapped[str | None] = mapped_column(String(8), nullable=True)  # Gender value
    birth_date: Mapped[date | None] = mapped_column(Date, nullable=True)
    birth_date_month: Mapped[bool] = month_flag()  # 出生年月 1980.03: no day known
    # 身份证号: sensitive, masked in lists and prints; unique among live persons (index below).
    id_card: Mapped[str | None] = mapped_column(String(18), nullable=True)
    mobile: Mapped[str | None] = mapped_column(String(20), nullable=True)
    phone2: Mapped[str | None] = mapped_column(String(40), nullable=True)
    employer: Mapped[str | None] = mapped_column(String(100), nullable=True)
    job_title: Mapped[str | None] = mapped_column(String(100), nullable=True)
    # What a 花名册 carries about the person whatever the role (issue 16): 民族, 文化程度,
    # 政治面貌, 住址. Free text with the usual labels offered (民族 names are many).
    ethnicity: Mapped[str | None] = mapped_column(String(20), nullable=True)
    education: Mapped[str | None] = mapped_column(String(20), nullable=True)
    political_status: Mapped[str | None] = mapped_column(String(20), nullable=True)
    address: Mapped[str | None] = mapped_column(String(200), nullable=True)
    # name + pinyin + initials + mobile, lower case: the search box is one LIKE.
    search_key: Mapped[str] = mapped_column(Text, default="")

    __table_args__ = (
        # Partial index: a person in the recycle bin must not block re-entering the number.
        # Queries must say `is_deleted = 0` (not IS 0) for SQLite to use it.
        server_where(Index("uq_person_id_card_live", "id_card", unique=True,
                           sqlite_where=text("is_deleted = 0 AND id_card IS NOT NULL")),
                     "NOT is_deleted AND id_card IS NOT NULL"),
        # The second natural key (docs/design.md §2): 姓名 + 手机号码. is_deleted is in it so that
        # SQLite, lacking statistics, does not prefer the one-column is_deleted index.
        Index("ix_person_name_mobile", "name", "mobile", "is_deleted"),
        # Kept current by the database on every write: the people without a usable mobile.
        # Queries spell the condition with `mobile_unusable()` and read through the index
        # (data/sql.through_index); SQLite uses it only if the query says the same condition.
        server_where(Index("ix_person_mobile_unusable", "id",
                           sqlite_where=text(_MOBILE_UNUSABLE_SQLITE)),
                     _MOBILE_UNUSABLE_SERVER),
    )


def mobile_unusable() -> ColumnElement[bool]:
    """No 手机号码, or not an 11-digit mobile: the condition of ix_person_mobile_unusable."""
    return or_(Person.mobile.is_(None), ~glob(Person.mobile, MOBILE_GLOB))


# Labels offered in forms and template drop-downs; other text is accepted (a sheet may say
# 大学本科 or 中共预备党员).
EDUCATION_LEVELS = ("研究生", "大学本科", "大学专科", "高中", "中专", "初中", "小学")
POLITICAL_STATUSES = ("中共党员", "中共预备党员", "共青团员", "民主党派", "群众")


class TrainingAudience(LabelledEnum):
    """培训对象: only trainings held for 灾害信息员 count for O4/O5 (a rescue team's drill
    does not, docs/domain.md section 4, O4)."""

    OFFICERS = "aud_officers"
    TEAMS = "aud_teams"
    OTHER = "aud_other"


register_labels({TrainingAudience.OFFICERS: "灾害信息员", TrainingAudience.TEAMS: "救援队伍",
                 TrainingAudience.OTHER: "其他"})


class TrainingEvent(RecordMixin, Base):
    """培训/活动: a training session; who attended is in TrainingAttendance."""

    __tablename__ = "training_event"
    __label__ = "培训"

    title: Mapped[str] = mapped_column(String(200))
    date: Mapped[date] = mapped_column(Date, index=True)
    date_month: Mapped[bool] = month_flag()  # an imported 最近培训日期 2023.05
    level: Mapped[str | None] = mapped_column(String(16), nullable=True)  # RegionLevel value
    kind: Mapped[str | None] = mapped_column(String(20), nullable=True)  # 专题培训/业务培训…
    # TrainingAudience value; None = not said (inferred on import, services/trainings.py).
    audience: Mapped[str | None] = mapped_column(String(16), nullable=True)
    organizer: Mapped[str | None] = mapped_column(String(100), nullable=True)
    hours: Mapped[float | None] = mapped_column(Float, nullable=True)
    location: Mapped[str | None] = mapped_column(String(200), nullable=True)
    content: Mapped[str | None] = mapped_column(Text, nullable=True)
    # Made up from an imported 最近培训日期 rather than entered as a real session.
    is_imported: Mapped[bool] = mapped_column(Boolean, default=False)
    search_key: Mapped[str] = mapped_column(Text, default="")
    # Columns of an imported sheet that map to no field (data/extra.py).
    extra: Mapped[str | None] = mapped_column(Text, nullable=True)


class TrainingAttendance(RecordMixin, Base):
    """参训记录: one person at one training event."""

    __tablename__ = "training_attendance"
    __label__ = "参训记录"

    # CASCADE: purging an event from the recycle bin takes its attendance list with it.
    event_id: Mapped[int] = mapped_column(
        ForeignKey("training_event.id", ondelete="CASCADE"), index=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("person.id", ondelete="RESTRICT"))
    result: Mapped[str | None] = mapped_column(String(50), nullable=True)  # 合格/结业…
    certificate_no: Mapped[str | None] = mapped_column(String(50), nullable=True)
    # An attendee's own unmapped columns (民族, 文化程度 …) of a training sheet; the event's
    # are on the event (data/extra.py).
    extra: Mapped[str | None] = mapped_column(Text, nullable=True)

    event: Mapped[TrainingEvent] = relationship()
    person: Mapped[Person] = relationship()

    @property
    def name(self) -> str:
        """For the audit log and the recycle bin: who attended."""
        return self.person.name if self.person is not None else ""

    # "Latest training per person" reads only this index. is_deleted is in it on purpose:
    # without statistics SQLite would otherwise prefer the one-column is_deleted index (two
    # equality terms beat one) and scan every attendance of the county for each person.
    __table_args__ = (Index("ix_training_attendance_person_event", "person_id", "is_deleted",
                            "event_id"),)


track_month_precision(Person, "birth_date")
track_month_precision(TrainingEvent, "date")
