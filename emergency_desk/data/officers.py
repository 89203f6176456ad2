"""灾害信息员 (disaster-information officer): a post held by a person in a region."""

from __future__ import annotations

from datetime import date

from sqlalchemy import (
    Boolean,
    ColumnElement,
    Date,
    ForeignKey,
    Index,
    String,
    Text,
    and_,
    or_,
    text,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from emergency_desk.data.base import Base, RecordMixin
from emergency_desk.data.dates import month_flag, track_month_precision
from emergency_desk.data.enums import LabelledEnum, register_labels
from emergency_desk.data.models import Region
from emergency_desk.data.people import Person
from emergency_desk.data.sql import server_where


class OfficerPost(LabelledEnum):
    """AB岗 (F4): A = 主岗, daily liaison; B = 副岗, takes over when A cannot."""

    A = "a"
    B = "b"
    SINGLE = "single"

    @property
    def rank(self) -> int:
        return {"a": 0, "b": 1, "single": 2}[self.value]


class FullTime(LabelledEnum):
    FULL = "full"
    PART = "part"


class OfficerStatus(LabelledEnum):
    ACTIVE = "active"
    LEFT = "left"


register_labels({
    OfficerPost.A: "A岗", OfficerPost.B: "B岗", OfficerPost.SINGLE: "单岗",
    FullTime.FULL: "专职", FullTime.PART: "兼职",
    OfficerStatus.ACTIVE: "在岗", OfficerStatus.LEFT: "离岗",
})

# Roles the same person often holds ("一岗多能", docs/domain.md A7/A8); other text is accepted too.
COMMON_ROLES = ("气象信息员", "群测群防员", "网格员", "护林员", "火情信息员", "应急管理员",
                "三防责任人")
ROLE_SEPARATOR = "、"

# 灾害信息员 is a national occupation (国家职业技能标准 灾害信息员): its 职业技能等级证书 is
# held for this role, so the level and certificate sit on the post, not on the person.
SKILL_LEVELS = ("初级", "中级", "高级", "灾害信息师", "高级灾害信息师")


class InfoOfficer(RecordMixin, Base):
    __tablename__ = "info_officer"
    __label__ = "灾害信息员"

    person_id: Mapped[int] = mapped_column(ForeignKey("person.id", ondelete="RESTRICT"))
    level: Mapped[str] = mapped_column(String(16))  # RegionLevel value, same rank as region
    region_id: Mapped[int] = mapped_column(ForeignKey("region.id", ondelete="RESTRICT"))
    post: Mapped[str] = mapped_column(String(8), default=OfficerPost.SINGLE.value)
    duty_title: Mapped[str | None] = mapped_column(String(100), nullable=True)  # 本职职务
    fulltime: Mapped[str | None] = mapped_column(String(8), nullable=True)  # FullTime value
    appoint_date: Mapped[date | None] = mapped_column(Date, nullable=True)
    appoint_date_month: Mapped[bool] = month_flag()
    leave_date: Mapped[date | None] = mapped_column(Date, nullable=True)
    status: Mapped[str] = mapped_column(String(8), default=OfficerStatus.ACTIVE.value)
    in_national_system: Mapped[bool] = mapped_column(Boolean, default=False)
    other_roles: Mapped[str | None] = mapped_column(Text, nullable=True)  # joined by 、
    skill_level: Mapped[str | None] = mapped_column(String(20), nullable=True)  # SKILL_LEVELS
    skill_cert_no: Mapped[str | None] = mapped_column(String(60), nullable=True)  # 证书编号
    skill_cert_date: Mapped[date | None] = mapped_column(Date, nullable=True)  # 发证日期
    # Columns of an imported sheet that map to no field (民族, 住址 …): {header: value} JSON.
    extra: Mapped[str | None] = mapped_column(Text, nullable=True)

    person: Mapped[Person] = relationship()
    region: Mapped[Region] = relationship()

    @property
    def name(self) -> str:
        """For the audit log and the recycle bin: the officer's name."""
        return self.person.name if self.person is not None else ""

    # Coverage and AB-post rules group active officers by region; saving looks up a person's
    # posts (is_deleted included so SQLite never prefers the one-column is_deleted index).
    # The officers with a 离任日期 (a handful among 50,000): O3 finds those still marked 在岗 after
    # it, or leaving before their appointment, from this index alone (data/sql.through_index).
    __table_args__ = (Index("ix_info_officer_region_status", "region_id", "status", "post"),
                      Index("ix_info_officer_person", "person_id", "is_deleted"),
                      server_where(Index("ix_info_officer_left", "leave_date",
                                         sqlite_where=text("leave_date IS NOT NULL")),
                                   "leave_date IS NOT NULL"))


def on_post(today: date, *, live: ColumnElement[bool] | None = None) -> ColumnElement[bool]:
    """Holding the post on `today`: status 在岗, appointed by then and not yet past the
    离任日期. The status alone is not enough: a B whose 离任日期 has passed is gone even if
    nobody changed the status (O3 asks for that correction), and a post starting next month
    does not cover the village yet. The 离任日期 itself is the last day on post.
    `live`: how "not deleted" is spelled, for a query that must keep SQLite off the
    is_deleted index (data/sql.py `unindexed`)."""
    return and_(InfoOfficer.is_deleted.is_(False) if live is None else live,
                InfoOfficer.status == OfficerStatus.ACTIVE.value,
                or_(InfoOfficer.leave_date.is_(None), InfoOfficer.leave_date >= today),
                or_(InfoOfficer.appoint_date.is_(None), InfoOfficer.appoint_date <= today))


track_month_precision(InfoOfficer, "appoint_date")
