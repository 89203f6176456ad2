"""What the registers held at the end of a period and what changed within it.

A record counts at the end of the period when it was created on or before the last day and
was not deleted by then (soft deletes keep `deleted_at`), so a summary printed later for an
old quarter still shows that quarter's figures. Activities (trainings, drills, revisions,
stock documents, appointments) count by their own dates.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, time
from typing import Any

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from emergency_desk.data.enums import RegionLevel
from emergency_desk.data.library import CaseRecord, Regulation
from emergency_desk.data.models import Region
from emergency_desk.data.officers import InfoOfficer
from emergency_desk.data.people import TrainingEvent
from emergency_desk.data.plans import Drill, EmergencyPlan, LeadershipGroup, PlanRevision
from emergency_desk.data.resources import ContactEntry, Expert, HazardPoint, Shelter
from emergency_desk.data.supplies import DocType, StockBatch, StockDoc, Warehouse
from emergency_desk.data.teams import RescueTeam, TeamMember
from emergency_desk.data.township import DutyRoster, FloodPledge, VillageManager
from emergency_desk.i18n import N_, t
from emergency_desk.services.summary.period import Period

# (register label, model, extra condition): the rows of the 台账数量 table.
REGISTERS: tuple[tuple[str, Any, Any], ...] = (
    (N_("村（社区）"), Region, Region.level.in_((RegionLevel.VILLAGE.value,
                                              RegionLevel.COMMUNITY.value))),
    (N_("灾害信息员"), InfoOfficer, None),
    (N_("救援队伍"), RescueTeam, None),
    (N_("救援队员"), TeamMember, None),
    (N_("仓库和储备点"), Warehouse, None),
    (N_("物资批次"), StockBatch, None),
    (N_("应急预案"), EmergencyPlan, None),
    (N_("应急演练"), Drill, None),
    (N_("应急管理领导小组"), LeadershipGroup, None),
    (N_("值班安排"), DutyRoster, None),
    (N_("村(社区)应急管理员"), VillageManager, None),
    (N_("避难场所"), Shelter, None),
    (N_("隐患点"), HazardPoint, None),
    (N_("专家"), Expert, None),
    (N_("应急联络网"), ContactEntry, None),
    (N_("防汛责任书"), FloodPledge, None),
    (N_("法规库"), Regulation, None),
    (N_("典型案例"), CaseRecord, None),
)


@dataclass(frozen=True)
class RegisterCount:
    label: str
    at_end: int  # live at the end of the period
    added: int  # created within it
    removed: int  # deleted within it


@dataclass(frozen=True)
class Change:
    label: str
    count: int
    detail: str = ""


def _bounds(period: Period) -> tuple[datetime, datetime]:
    return (datetime.combine(period.start, time.min), datetime.combine(period.end, time.max))


def _count(session: Session, model: Any, *cond: Any) -> int:
    return int(session.scalar(select(func.count()).select_from(model).where(*cond)) or 0)


def register_counts(session: Session, period: Period) -> list[RegisterCount]:
    lo, hi = _bounds(period)
    out = []
    for label, model, extra in REGISTERS:
        base = [extra] if extra is not None else []
        alive = or_(model.is_deleted.is_(False), model.deleted_at > hi)
        out.append(RegisterCount(
            t(label),
            _count(session, model, *base, model.created_at <= hi, alive),
            _count(session, model, *base, model.created_at.between(lo, hi)),
            _count(session, model, *base, model.is_deleted.is_(True),
                   model.deleted_at.between(lo, hi))))
    return out


def changes(session: Session, period: Period) -> list[Change]:
    """本期变动: officers appointed and left, stock documents, trainings, drills, revisions."""
    a, b = period.start, period.end
    live_officer = InfoOfficer.is_deleted.is_(False)
    out = [
        Change(t("灾害信息员新任"), _count(session, InfoOfficer, live_officer,
                                          InfoOfficer.appoint_date.between(a, b))),
        Change(t("灾害信息员离任"), _count(session, InfoOfficer, live_officer,
                                          InfoOfficer.leave_date.between(a, b))),
    ]
    docs = dict(session.execute(
        select(StockDoc.doc_type, func.count()).where(
            StockDoc.is_deleted.is_(False), StockDoc.doc_date.between(a, b))
        .group_by(StockDoc.doc_type)).all())
    for kind in (DocType.INBOUND, DocType.ISSUE, DocType.TRANSFER, DocType.ROTATION,
                 DocType.WRITEOFF):
        out.append(Change(t("物资{kind}单", kind=kind.label), int(docs.get(kind.value, 0))))
    trainings = session.execute(select(TrainingEvent.title).where(
        TrainingEvent.is_deleted.is_(False), TrainingEvent.date.between(a, b))
        .order_by(TrainingEvent.date)).scalars().all()
    out.append(Change(t("举办培训"), len(trainings), "、".join(trainings[:5])))
    drills = session.execute(select(Drill.title).where(
        Drill.is_deleted.is_(False), Drill.date.between(a, b)).order_by(Drill.date)
    ).scalars().all()
    out.append(Change(t("开展演练"), len(drills), "、".join(drills[:5])))
    revised = session.execute(
        select(EmergencyPlan.name).join(PlanRevision, PlanRevision.plan_id == EmergencyPlan.id)
        .where(PlanRevision.is_deleted.is_(False), EmergencyPlan.is_deleted.is_(False),
               PlanRevision.date.between(a, b)).distinct()).scalars().all()
    out.append(Change(t("修订预案"), len(revised), "、".join(sorted(revised)[:5])))
    issued = _count(session, EmergencyPlan, EmergencyPlan.is_deleted.is_(False),
                    EmergencyPlan.issue_date.between(a, b))
    out.append(Change(t("发布预案"), issued))
    return out

