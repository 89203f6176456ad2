"""What the registers held at the end of a period and what changed within it.

A record counts at the end of the period when it was created on or before the last day and
was not deleted by then (soft deletes keep `deleted_at`), so a summary printed later for an
old quarter still shows that quarter's figures. Activities (trainings, drills, revisions,
stock documents, appointments) count by their own dates.

`within` (a region id, a report's --region) keeps the records of that region and the regions
below it (supplies.views.within_region), each register through its own region: a member by
its team's, a batch by its warehouse's, a stock document by either of its warehouses (a
transfer into the township counts), a training by its attendees (the region's officers and
team members: training events have no region). Experts and the regulation library have no
region and serve the whole county, so they are counted county-wide in every scope.
"""

from __future__ import annotations

from collections.abc import Callable, Collection
from dataclasses import dataclass
from datetime import datetime, time
from typing import Any

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from emergency_desk.data.enums import RegionLevel
from emergency_desk.data.library import CaseRecord, Regulation
from emergency_desk.data.models import Region
from emergency_desk.data.officers import InfoOfficer
from emergency_desk.data.people import TrainingAttendance, TrainingEvent
from emergency_desk.data.plans import Drill, EmergencyPlan, LeadershipGroup, PlanRevision
from emergency_desk.data.resources import ContactEntry, Expert, HazardPoint, Shelter
from emergency_desk.data.supplies import DocType, StockBatch, StockDoc, Warehouse
from emergency_desk.data.teams import RescueTeam, TeamMember
from emergency_desk.data.township import DutyRoster, FloodPledge, VillageManager
from emergency_desk.i18n import N_, t
from emergency_desk.services.summary.period import Period
from emergency_desk.services.supplies.views import within_region

# Region ids → the condition that keeps a register's records in them.
InRegions = Callable[[Collection[int]], Any]


def _in(column: Any) -> InRegions:
    return lambda ids: column.in_(ids)


def _team_ids(ids: Collection[int]) -> Any:
    return select(RescueTeam.id).where(RescueTeam.region_id.in_(ids))


def _warehouse_ids(ids: Collection[int]) -> Any:
    return select(Warehouse.id).where(Warehouse.region_id.in_(ids))


# (register label, model, extra condition, how a record belongs to regions — None: the
# register serves the whole county): the rows of the 台账数量 table.
REGISTERS: tuple[tuple[str, Any, Any, InRegions | None], ...] = (
    (N_("村（社区）"), Region, Region.level.in_((RegionLevel.VILLAGE.value,
                                              RegionLevel.COMMUNITY.value)), _in(Region.id)),
    (N_("灾害信息员"), InfoOfficer, None, _in(InfoOfficer.region_id)),
    (N_("救援队伍"), RescueTeam, None, _in(RescueTeam.region_id)),
    (N_("救援队员"), TeamMember, None, lambda ids: TeamMember.team_id.in_(_team_ids(ids))),
    (N_("仓库和储备点"), Warehouse, None, _in(Warehouse.region_id)),
    (N_("物资批次"), StockBatch, None,
     lambda ids: StockBatch.warehouse_id.in_(_warehouse_ids(ids))),
    (N_("应急预案"), EmergencyPlan, None, _in(EmergencyPlan.region_id)),
    (N_("应急演练"), Drill, None, _in(Drill.region_id)),
    (N_("应急管理领导小组"), LeadershipGroup, None, _in(LeadershipGroup.region_id)),
    (N_("值班安排"), DutyRoster, None, _in(DutyRoster.region_id)),
    (N_("村(社区)应急管理员"), VillageManager, None, _in(VillageManager.region_id)),
    (N_("避难场所"), Shelter, None, _in(Shelter.region_id)),
    (N_("隐患点"), HazardPoint, None, _in(HazardPoint.region_id)),
    (N_("专家"), Expert, None, None),
    (N_("应急联络网"), ContactEntry, None, _in(ContactEntry.region_id)),
    (N_("防汛责任书"), FloodPledge, None, _in(FloodPledge.region_id)),
    (N_("法规库"), Regulation, None, None),
    (N_("典型案例"), CaseRecord, None, _in(CaseRecord.region_id)),
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


def region_ids(session: Session, within: int | None) -> list[int] | None:
    """The ids of `within` and every region below it (None: no limit)."""
    if within is None:
        return None
    return list(session.scalars(select(Region.id).where(within_region(session, within))))


def register_counts(session: Session, period: Period,
                    within: int | None = None) -> list[RegisterCount]:
    lo, hi = _bounds(period)
    ids = region_ids(session, within)
    out = []
    for label, model, extra, in_regions in REGISTERS:
        base = [extra] if extra is not None else []
        if ids is not None and in_regions is not None:
            base.append(in_regions(ids))
        alive = or_(model.is_deleted.is_(False), model.deleted_at > hi)
        out.append(RegisterCount(
            t(label),
            _count(session, model, *base, model.created_at <= hi, alive),
            _count(session, model, *base, model.created_at.between(lo, hi)),
            _count(session, model, *base, model.is_deleted.is_(True),
                   model.deleted_at.between(lo, hi))))
    return out


def _trained_within(ids: Collection[int]) -> Any:
    """Training events attended by an officer or a team member of the regions."""
    people = or_(
        TrainingAttendance.person_id.in_(select(InfoOfficer.person_id).where(
            InfoOfficer.is_deleted.is_(False), InfoOfficer.region_id.in_(ids))),
        TrainingAttendance.person_id.in_(select(TeamMember.person_id).where(
            TeamMember.is_deleted.is_(False), TeamMember.team_id.in_(_team_ids(ids)))))
    return TrainingEvent.id.in_(select(TrainingAttendance.event_id).where(
        TrainingAttendance.is_deleted.is_(False), people))


def changes(session: Session, period: Period, within: int | None = None) -> list[Change]:
    """本期变动: officers appointed and left, stock documents, trainings, drills, revisions."""
    a, b = period.start, period.end
    ids = region_ids(session, within)

    def where(in_regions: InRegions) -> list[Any]:
        return [] if ids is None else [in_regions(ids)]

    officer = [InfoOfficer.is_deleted.is_(False), *where(_in(InfoOfficer.region_id))]
    out = [
        Change(t("灾害信息员新任"), _count(session, InfoOfficer, *officer,
                                          InfoOfficer.appoint_date.between(a, b))),
        Change(t("灾害信息员离任"), _count(session, InfoOfficer, *officer,
                                          InfoOfficer.leave_date.between(a, b))),
    ]
    docs = dict(session.execute(
        select(StockDoc.doc_type, func.count()).where(
            StockDoc.is_deleted.is_(False), StockDoc.doc_date.between(a, b),
            *where(lambda rs: or_(StockDoc.warehouse_id.in_(_warehouse_ids(rs)),
                                  StockDoc.peer_warehouse_id.in_(_warehouse_ids(rs)))))
        .group_by(StockDoc.doc_type)).all())
    for kind in (DocType.INBOUND, DocType.ISSUE, DocType.TRANSFER, DocType.ROTATION,
                 DocType.WRITEOFF):
        out.append(Change(t("物资{kind}单", kind=kind.label), int(docs.get(kind.value, 0))))
    trainings = session.execute(select(TrainingEvent.title).where(
        TrainingEvent.is_deleted.is_(False), TrainingEvent.date.between(a, b),
        *where(_trained_within)).order_by(TrainingEvent.date)).scalars().all()
    out.append(Change(t("举办培训"), len(trainings), "、".join(trainings[:5])))
    drills = session.execute(select(Drill.title).where(
        Drill.is_deleted.is_(False), Drill.date.between(a, b), *where(_in(Drill.region_id)))
        .order_by(Drill.date)).scalars().all()
    out.append(Change(t("开展演练"), len(drills), "、".join(drills[:5])))
    in_plans = where(_in(EmergencyPlan.region_id))
    revised = session.execute(
        select(EmergencyPlan.name).join(PlanRevision, PlanRevision.plan_id == EmergencyPlan.id)
        .where(PlanRevision.is_deleted.is_(False), EmergencyPlan.is_deleted.is_(False),
               PlanRevision.date.between(a, b), *in_plans).distinct()).scalars().all()
    out.append(Change(t("修订预案"), len(revised), "、".join(sorted(revised)[:5])))
    issued = _count(session, EmergencyPlan, EmergencyPlan.is_deleted.is_(False),
                    EmergencyPlan.issue_date.between(a, b), *in_plans)
    out.append(Change(t("发布预案"), issued))
    return out
