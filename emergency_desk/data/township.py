"""The township's own machinery (issue 16): 领导小组 members and the 值班 roster and log.

The group itself (`leadership_group`, one per township) already lives in data/plans.py for
六有 "有班子"; its members and the 应急办 staff are rows here so that each has a post and a
phone (the seeds' 组长/副组长/成员). Duty staff are written by name and phone, as the office's
own 值班表 writes them: many are township cadres who are in no other register.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Boolean, Date, DateTime, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from emergency_desk.data.base import Base, RecordMixin
from emergency_desk.data.enums import LabelledEnum, register_labels
from emergency_desk.data.library import FileColumns


class GroupRole(LabelledEnum):
    """小组职务. 办公室 roles are the 应急办 staff that the group's office runs on."""

    LEADER = "group_leader"
    DEPUTY = "group_deputy"
    MEMBER = "group_member"
    OFFICE_HEAD = "group_office_head"
    OFFICE_STAFF = "group_office_staff"


class DutyShift(LabelledEnum):
    """班次: most townships keep one 24-hour duty; some split day and night."""

    ALL_DAY = "shift_all_day"
    DAY = "shift_day"
    NIGHT = "shift_night"


register_labels({
    GroupRole.LEADER: "组长", GroupRole.DEPUTY: "副组长", GroupRole.MEMBER: "成员",
    GroupRole.OFFICE_HEAD: "办公室主任", GroupRole.OFFICE_STAFF: "应急办工作人员",
    DutyShift.ALL_DAY: "全天", DutyShift.DAY: "白班", DutyShift.NIGHT: "夜班",
})


class LeadershipMember(RecordMixin, Base):
    """One person of a 领导小组 or its 应急办, with post and phone."""

    __tablename__ = "leadership_member"
    __label__ = "领导小组成员"

    group_id: Mapped[int] = mapped_column(
        ForeignKey("leadership_group.id", ondelete="CASCADE"), index=True)
    name: Mapped[str] = mapped_column(String(50))
    role: Mapped[str] = mapped_column(String(24), default=GroupRole.MEMBER.value)
    post: Mapped[str | None] = mapped_column(String(100), nullable=True)  # 本职职务
    mobile: Mapped[str | None] = mapped_column(String(20), nullable=True)
    office_phone: Mapped[str | None] = mapped_column(String(30), nullable=True)
    sort_order: Mapped[int] = mapped_column(Integer, default=0)


class DutyRoster(RecordMixin, Base):
    """One 值班 slot: a region (township or county office), a day and a shift."""

    __tablename__ = "duty_roster"
    __label__ = "值班安排"
    __table_args__ = (Index("ix_duty_roster_region_date", "region_id", "duty_date"),)

    region_id: Mapped[int] = mapped_column(ForeignKey("region.id", ondelete="RESTRICT"),
                                           index=True)
    duty_date: Mapped[date] = mapped_column(Date, index=True)
    shift: Mapped[str] = mapped_column(String(16), default=DutyShift.ALL_DAY.value)
    leader: Mapped[str | None] = mapped_column(String(50), nullable=True)  # 带班领导
    leader_phone: Mapped[str | None] = mapped_column(String(20), nullable=True)
    officer: Mapped[str | None] = mapped_column(String(100), nullable=True)  # 值班员
    officer_phone: Mapped[str | None] = mapped_column(String(20), nullable=True)
    duty_phone: Mapped[str | None] = mapped_column(String(30), nullable=True)  # 值班电话
    flood_season: Mapped[bool] = mapped_column(Boolean, default=False)  # 汛期加强值班


class DutyLog(RecordMixin, Base):
    """值班记录: a call or message received on duty and where it was passed on."""

    __tablename__ = "duty_log"
    __label__ = "值班记录"

    region_id: Mapped[int] = mapped_column(ForeignKey("region.id", ondelete="RESTRICT"),
                                           index=True)
    received_at: Mapped[datetime] = mapped_column(DateTime, index=True)
    caller: Mapped[str | None] = mapped_column(String(100), nullable=True)  # 来电单位/人
    caller_phone: Mapped[str | None] = mapped_column(String(30), nullable=True)
    content: Mapped[str] = mapped_column(Text)
    handler: Mapped[str | None] = mapped_column(String(50), nullable=True)  # 值班员
    reported_to: Mapped[str | None] = mapped_column(String(100), nullable=True)
    reported_at: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)
    outcome: Mapped[str | None] = mapped_column(Text, nullable=True)  # 处理结果


class ManagerRole(LabelledEnum):
    """村(社区)应急管理员 and 网格员 (A8, A9): many villages give both jobs to one person."""

    MANAGER = "mgr_manager"
    GRID = "mgr_grid"
    BOTH = "mgr_both"


register_labels({ManagerRole.MANAGER: "应急管理员", ManagerRole.GRID: "网格员",
                 ManagerRole.BOTH: "应急管理员兼网格员"})


class VillageManager(RecordMixin, Base):
    """A village's (community's) 应急管理员 / 网格员. The person is the shared `person` row, so
    the village's 灾害信息员 who also holds this job is the same record, not a retyped name."""

    __tablename__ = "village_manager"
    __label__ = "村(社区)应急管理员"

    region_id: Mapped[int] = mapped_column(ForeignKey("region.id", ondelete="RESTRICT"),
                                           index=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("person.id", ondelete="RESTRICT"),
                                           index=True)
    role: Mapped[str] = mapped_column(String(16), default=ManagerRole.MANAGER.value)
    duty_title: Mapped[str | None] = mapped_column(String(100), nullable=True)  # 本职职务
    appoint_date: Mapped[date | None] = mapped_column(Date, nullable=True)
    leave_date: Mapped[date | None] = mapped_column(Date, nullable=True)


class PledgeLevel(LabelledEnum):
    """防汛责任书 are signed down the chain: 县→乡镇, 乡镇→村(社区)."""

    COUNTY_TOWNSHIP = "pledge_county_township"
    TOWNSHIP_VILLAGE = "pledge_township_village"


register_labels({PledgeLevel.COUNTY_TOWNSHIP: "县—乡镇",
                 PledgeLevel.TOWNSHIP_VILLAGE: "乡镇—村(社区)"})


class FloodPledge(FileColumns, RecordMixin, Base):
    """防汛责任书: who answers for flood control in a township or village, for one year; the
    signed letter's scan (PDF/JPG) is its file."""

    __tablename__ = "flood_pledge"
    __label__ = "防汛责任书"

    year: Mapped[int] = mapped_column(Integer, index=True)
    level: Mapped[str] = mapped_column(String(32))
    region_id: Mapped[int] = mapped_column(ForeignKey("region.id", ondelete="RESTRICT"),
                                           index=True)  # the township or village that signs
    responsible: Mapped[str] = mapped_column(String(50))  # 责任人
    post: Mapped[str | None] = mapped_column(String(100), nullable=True)  # 职务
    issuer: Mapped[str | None] = mapped_column(String(100), nullable=True)  # 发放单位
    signed_date: Mapped[date | None] = mapped_column(Date, nullable=True)
