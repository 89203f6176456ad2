"""Reading the 救援队伍 register: teams with real headcounts, members, certificates, equipment.

Every list is filtered, sorted and paged in SQL (a county may hold thousands of members); the
page, the PDFs and the rules read these same functions, so they agree on who counts.
"""

from __future__ import annotations

import builtins
from collections import defaultdict
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from sqlalchemy import ColumnElement, and_, case, func, or_, select
from sqlalchemy.orm import Session, aliased

from emergency_desk.data.db import Database
from emergency_desk.data.models import Region
from emergency_desk.data.officers import InfoOfficer, OfficerStatus
from emergency_desk.data.people import Gender, Person
from emergency_desk.data.teams import (
    Certificate,
    Equipment,
    EquipmentCategory,
    EquipmentCondition,
    EquipmentMaintenance,
    MemberRole,
    MemberSource,
    RescueTeam,
    TeamCategory,
    TeamForce,
    TeamLevel,
    TeamMember,
    TeamStatus,
)
from emergency_desk.errors import InputRejected
from emergency_desk.i18n import t
from emergency_desk.services.officers.officers import split_roles
from emergency_desk.services.officers.trainings import months_before
from emergency_desk.services.people import mask_id_card
from emergency_desk.services.query import ReadViews, count_of, page_of, page_rows, streamed
from emergency_desk.services.search import like_pattern

# Imported for their references (a person, team or region still used cannot be deleted):
# whoever reads this register also gets those checks.
from emergency_desk.services.teams import equipment as _equipment  # noqa: F401
from emergency_desk.services.teams import members as _team_members  # noqa: F401


def active_member(today: date, *,
                  live: ColumnElement[bool] | None = None) -> ColumnElement[bool]:
    """A membership that counts today: live, person live, not yet left. `live`: how "not
    deleted" is spelled, for a query that must keep SQLite off the is_deleted index
    (data/sql.py `unindexed`)."""
    return and_(TeamMember.is_deleted.is_(False) if live is None else live,
                Person.is_deleted.is_(False),
                or_(TeamMember.leave_date.is_(None), TeamMember.leave_date > today))


def headcount_of(team_id_col: Any, today: date) -> Any:
    """Correlated count of a team's active members (the list's 实有人数)."""
    return (select(func.count(TeamMember.id))
            .join(Person, Person.id == TeamMember.person_id)
            .where(TeamMember.team_id == team_id_col, active_member(today))
            .correlate_except(TeamMember, Person).scalar_subquery())


def _equipment_count(team_id_col: Any) -> Any:
    return (select(func.coalesce(func.sum(Equipment.quantity), 0))
            .where(Equipment.team_id == team_id_col, Equipment.is_deleted.is_(False),
                   Equipment.condition != EquipmentCondition.SCRAPPED.value)
            .correlate_except(Equipment).scalar_subquery())


def add_months(day: date, months: int) -> date:
    return months_before(day, -months)


def region_parts(path: str) -> tuple[str, str]:
    """(乡镇, 村(社区)) from '黟县/碧阳镇/古筑村'; '' where the region is higher."""
    parts = path.split("/")
    return (parts[1] if len(parts) >= 2 else "", parts[2] if len(parts) >= 3 else "")


# -- teams ---------------------------------------------------------------------------------
@dataclass(frozen=True)
class TeamRow:
    id: int
    uuid: str
    name: str
    category: TeamCategory
    level: TeamLevel
    specialties: tuple[str, ...]
    region_id: int
    region_name: str
    region_path: str
    supervising_unit: str | None
    leader_person_id: int | None
    leader_name: str | None
    leader_mobile: str | None
    duty_phone: str | None
    planned_size: int | None
    response_minutes: int | None
    base_address: str | None
    gov_purchase: bool
    founded_date: date | None
    status: TeamStatus
    members: int  # active members today
    equipment: int  # pieces of usable equipment (not 报废)
    remark: str | None
    updated_at: datetime
    is_deleted: bool = False
    force_type: TeamForce | None = None  # 队伍性质

    @property
    def township(self) -> str:
        return region_parts(self.region_path)[0]

    @property
    def force_label(self) -> str:
        return self.force_type.label if self.force_type else ""

    @property
    def headcount_text(self) -> str:
        """'18/20': real headcount against planned size."""
        return f"{self.members}/{self.planned_size}" if self.planned_size else str(self.members)

    @property
    def specialties_text(self) -> str:
        return "、".join(self.specialties)


@dataclass
class TeamQuery:
    search: str = ""  # name, pinyin, initials, supervising unit
    township_id: int | None = None  # the township and its villages
    region_id: int | None = None  # exactly this region
    categories: tuple[TeamCategory, ...] = ()
    forces: tuple[TeamForce, ...] = ()  # 队伍性质
    levels: tuple[TeamLevel, ...] = ()
    status: TeamStatus | None = TeamStatus.IN_SERVICE
    within_path: str | None = None  # reports: a region and everything below it
    order_by: str = "region"
    descending: bool = False
    include_deleted: bool = False


_FORCE_RANK = case({f.value: i for i, f in enumerate(TeamForce)},
                   value=RescueTeam.force_type, else_=99)
_CATEGORY_RANK = case({c.value: i for i, c in enumerate(TeamCategory)},
                      value=RescueTeam.category, else_=99)


def _team_filtered(q: TeamQuery, today: date) -> tuple[Any, dict[str, Any]]:
    leader = aliased(Person)
    count = headcount_of(RescueTeam.id, today).label("members")
    equip = _equipment_count(RescueTeam.id).label("equipment")
    stmt = (select(RescueTeam, Region.name, Region.path, leader.name, leader.mobile, count,
                   equip)
            .join(Region, Region.id == RescueTeam.region_id)
            .outerjoin(leader, leader.id == RescueTeam.leader_person_id))
    conds: list[ColumnElement[bool]] = []
    if not q.include_deleted:
        conds.append(RescueTeam.is_deleted.is_(False))
    if q.search.strip():
        conds.append(RescueTeam.search_key.like(like_pattern(q.search.strip()), escape="\\"))
    if q.township_id is not None:
        conds.append(or_(Region.id == q.township_id, Region.parent_id == q.township_id))
    if q.region_id is not None:
        conds.append(RescueTeam.region_id == q.region_id)
    if q.categories:
        conds.append(RescueTeam.category.in_([c.value for c in q.categories]))
    if q.forces:
        conds.append(RescueTeam.force_type.in_([f.value for f in q.forces]))
    if q.levels:
        conds.append(RescueTeam.level.in_([lv.value for lv in q.levels]))
    if q.status is not None:
        conds.append(RescueTeam.status == q.status.value)
    if q.within_path:
        conds.append(or_(Region.path == q.within_path,
                         Region.path.like(like_pattern(q.within_path + "/")[1:], escape="\\")))
    orderable = {"region": Region.path, "name": RescueTeam.name, "category": _CATEGORY_RANK,
                 "level": RescueTeam.level, "members": count, "planned_size":
                 RescueTeam.planned_size, "leader": leader.name, "equipment": equip,
                 "updated_at": RescueTeam.updated_at, "status": RescueTeam.status,
                 "force_type": _FORCE_RANK}
    return stmt.where(*conds), orderable


def _team_row(team: RescueTeam, rname: str, rpath: str, lname: str | None,
              lmobile: str | None, members: int, equipment: int) -> TeamRow:
    return TeamRow(
        id=team.id, uuid=team.uuid, name=team.name, category=TeamCategory(team.category),
        level=TeamLevel(team.level), specialties=split_roles(team.specialties),
        region_id=team.region_id, region_name=rname, region_path=rpath,
        supervising_unit=team.supervising_unit, leader_person_id=team.leader_person_id,
        leader_name=lname, leader_mobile=lmobile, duty_phone=team.duty_phone,
        planned_size=team.planned_size, response_minutes=team.response_minutes,
        base_address=team.base_address, gov_purchase=bool(team.gov_purchase),
        founded_date=team.founded_date, status=TeamStatus(team.status),
        members=int(members or 0), equipment=int(equipment or 0), remark=team.remark,
        updated_at=team.updated_at, is_deleted=bool(team.is_deleted),
        force_type=TeamForce(team.force_type) if team.force_type else None)


def teams_in(session: Session, q: TeamQuery | None = None, offset: int = 0,
             limit: int | None = None, today: date | None = None) -> builtins.list[TeamRow]:
    stmt = page_of(_team_ordered(q or TeamQuery(), today or date.today()), offset, limit)
    return [_team_row(*row) for row in session.execute(stmt)]


def iter_teams_in(session: Session, q: TeamQuery | None = None,
                  today: date | None = None) -> Iterator[TeamRow]:
    """teams_in's rows from one cursor, a chunk at a time (the Excel export)."""
    return streamed(session, _team_ordered(q or TeamQuery(), today or date.today()),
                    lambda part: [_team_row(*row) for row in part])


def _team_ordered(q: TeamQuery, today: date) -> Any:
    stmt, orderable = _team_filtered(q, today)
    # By region = the statistical code order offices use (碧阳镇 100 before 宏村镇 101),
    # regions entered without a code after those with one.
    by_region = [Region.code.is_(None), Region.code, Region.path]
    if q.order_by in orderable and q.order_by != "region":
        col = orderable[q.order_by]
        first = [col.desc() if q.descending else col.asc()]
    else:
        first = [c.desc() for c in by_region] if q.descending else by_region
    return stmt.order_by(*first, *by_region, _CATEGORY_RANK, RescueTeam.name, RescueTeam.id)


def count_teams_in(session: Session, q: TeamQuery | None = None,
                   today: date | None = None) -> int:
    stmt, _ = _team_filtered(q or TeamQuery(), today or date.today())
    return count_of(session, stmt)


# -- members -------------------------------------------------------------------------------
@dataclass(frozen=True)
class CertificateRow:
    id: int
    person_id: int
    name: str
    number: str | None
    issue_date: date | None
    expiry_date: date | None
    remark: str | None

    @property
    def text(self) -> str:
        """'救援员证（至 2026-05-01）' for lists and rosters."""
        if self.expiry_date is None:
            return self.name
        return t("{name}（至 {d}）", name=self.name, d=self.expiry_date.isoformat())


@dataclass(frozen=True)
class MemberRow:
    id: int
    team_id: int
    team_name: str
    team_region_path: str
    person_id: int
    name: str
    gender: Gender | None
    birth_date: date | None
    id_card: str | None
    mobile: str | None
    employer: str | None
    job_title: str | None
    role: MemberRole
    skills: str | None
    source: MemberSource | None
    join_date: date | None
    leave_date: date | None
    insurance_expiry: date | None
    remark: str | None
    is_officer: bool = False  # also an active 灾害信息员 (one person, docs/domain.md A7)
    certificates: tuple[CertificateRow, ...] = field(default_factory=tuple)

    @property
    def id_card_masked(self) -> str:
        return mask_id_card(self.id_card)

    @property
    def certificates_text(self) -> str:
        return "；".join(c.text for c in self.certificates)

    def age(self, today: date) -> int | None:
        b = self.birth_date
        if b is None:
            return None
        return today.year - b.year - ((today.month, today.day) < (b.month, b.day))

    def active(self, today: date) -> bool:
        return self.leave_date is None or self.leave_date > today


@dataclass
class MemberQuery:
    team_id: int | None = None
    search: str = ""  # name, pinyin, initials or mobile
    include_left: bool = False
    team_ids: tuple[int, ...] = ()  # reports: several teams at once
    person_id: int | None = None
    order_by: str = "role"
    descending: bool = False


_ROLE_RANK = case({MemberRole.CAPTAIN.value: 0, MemberRole.DEPUTY.value: 1},
                  value=TeamMember.role, else_=2)


def _member_filtered(q: MemberQuery, today: date) -> Any:
    officer = (select(InfoOfficer.id).where(
        InfoOfficer.person_id == Person.id, InfoOfficer.is_deleted.is_(False),
        InfoOfficer.status == OfficerStatus.ACTIVE.value).correlate(Person).exists())
    stmt = (select(TeamMember, Person, RescueTeam.name, Region.path, officer)
            .join(Person, Person.id == TeamMember.person_id)
            .join(RescueTeam, RescueTeam.id == TeamMember.team_id)
            .join(Region, Region.id == RescueTeam.region_id)
            .where(TeamMember.is_deleted.is_(False), Person.is_deleted.is_(False)))
    if not q.include_left:
        stmt = stmt.where(active_member(today))
    if q.team_id is not None:
        stmt = stmt.where(TeamMember.team_id == q.team_id)
    if q.team_ids:
        stmt = stmt.where(TeamMember.team_id.in_(q.team_ids))
    if q.person_id is not None:
        stmt = stmt.where(TeamMember.person_id == q.person_id)
    if q.search.strip():
        stmt = stmt.where(Person.search_key.like(like_pattern(q.search.strip()), escape="\\"))
    return stmt


_MEMBER_ORDER = {"role": _ROLE_RANK, "name": Person.name, "mobile": Person.mobile,
                 "join_date": TeamMember.join_date, "leave_date": TeamMember.leave_date,
                 "insurance_expiry": TeamMember.insurance_expiry, "source": TeamMember.source,
                 "birth_date": Person.birth_date}


def certificates_of(session: Session, person_ids: builtins.list[int]
                    ) -> dict[int, builtins.list[CertificateRow]]:
    out: dict[int, builtins.list[CertificateRow]] = defaultdict(list)
    if not person_ids:
        return out
    for c in session.scalars(select(Certificate).where(
            Certificate.is_deleted.is_(False), Certificate.person_id.in_(set(person_ids)))
            .order_by(Certificate.person_id, Certificate.expiry_date, Certificate.id)):
        out[c.person_id].append(CertificateRow(c.id, c.person_id, c.name, c.number,
                                               c.issue_date, c.expiry_date, c.remark))
    return out


def members_in(session: Session, q: MemberQuery | None = None, offset: int = 0,
               limit: int | None = None, today: date | None = None
               ) -> builtins.list[MemberRow]:
    """Members, 队长 first then 副队长 then by name (unless sorted otherwise)."""
    stmt = _member_ordered(q or MemberQuery(), today or date.today())
    rows = page_rows(session, stmt, TeamMember.id, offset, limit, lambda r: r[0].id)
    return _member_rows(session, rows)


def iter_members_in(session: Session, q: MemberQuery | None = None,
                    today: date | None = None) -> Iterator[MemberRow]:
    """members_in's rows from one cursor, a chunk at a time (the Excel export)."""
    return streamed(session, _member_ordered(q or MemberQuery(), today or date.today()),
                    lambda part: _member_rows(session, part))


def ordered_members(q: MemberQuery, today: date | None = None) -> Any:
    """members_in's select in its order; the export picks its own columns from it."""
    return _member_ordered(q, today or date.today())


def _member_ordered(q: MemberQuery, today: date) -> Any:
    col = _MEMBER_ORDER.get(q.order_by, _ROLE_RANK)
    return _member_filtered(q, today).order_by(
        RescueTeam.id if q.team_ids else RescueTeam.name,
        col.desc() if q.descending else col.asc(), _ROLE_RANK, Person.name, TeamMember.id)


def _member_rows(session: Session, rows: Sequence[Any]) -> builtins.list[MemberRow]:
    certs = certificates_of(session, [p.id for _, p, _, _, _ in rows])
    return [MemberRow(
        id=m.id, team_id=m.team_id, team_name=tname, team_region_path=rpath, person_id=p.id,
        name=p.name, gender=Gender(p.gender) if p.gender else None, birth_date=p.birth_date,
        id_card=p.id_card, mobile=p.mobile, employer=p.employer, job_title=p.job_title,
        role=MemberRole(m.role), skills=m.skills,
        source=MemberSource(m.source) if m.source else None, join_date=m.join_date,
        leave_date=m.leave_date, insurance_expiry=m.insurance_expiry, remark=m.remark,
        is_officer=bool(officer), certificates=tuple(certs.get(p.id, ())))
        for m, p, tname, rpath, officer in rows]


def count_members_in(session: Session, q: MemberQuery | None = None,
                     today: date | None = None) -> int:
    stmt = _member_filtered(q or MemberQuery(), today or date.today())
    return count_of(session, stmt)


# -- equipment -----------------------------------------------------------------------------
@dataclass(frozen=True)
class EquipmentRow:
    id: int
    code: str | None
    name: str
    category: EquipmentCategory
    model: str | None
    quantity: int
    unit: str | None
    team_id: int | None
    team_name: str | None
    storage_place: str | None
    acquire_date: date | None
    service_life_years: int | None
    expiry_date: date | None
    next_maint_date: date | None
    condition: EquipmentCondition
    last_maint: date | None
    remark: str | None

    @property
    def end_of_service(self) -> date | None:
        """The earlier of 有效期至 and 购置日期 + 使用年限."""
        ends = [d for d in (self.expiry_date,
                            add_months(self.acquire_date, 12 * self.service_life_years)
                            if self.acquire_date and self.service_life_years else None) if d]
        return min(ends) if ends else None

    def maint_due(self, months: int) -> date | None:
        """下次维护日期, else the last maintenance (or purchase) + the interval setting."""
        if self.next_maint_date is not None:
            return self.next_maint_date
        since = self.last_maint or self.acquire_date
        return add_months(since, months) if since else None

    @property
    def owner(self) -> str:
        return self.team_name or self.storage_place or ""


@dataclass
class EquipmentQuery:
    team_id: int | None = None
    search: str = ""
    categories: tuple[EquipmentCategory, ...] = ()
    conditions: tuple[EquipmentCondition, ...] = ()
    team_ids: tuple[int, ...] = ()
    order_by: str = "category"
    descending: bool = False


def last_maint_of(equipment_id_col: Any) -> Any:
    return (select(func.max(EquipmentMaintenance.date))
            .where(EquipmentMaintenance.equipment_id == equipment_id_col,
                   EquipmentMaintenance.is_deleted.is_(False))
            .correlate_except(EquipmentMaintenance).scalar_subquery())


_EQUIP_CATEGORY_RANK = case({c.value: i for i, c in enumerate(EquipmentCategory)},
                            value=Equipment.category, else_=99)


def _equipment_filtered(q: EquipmentQuery) -> Any:
    stmt = (select(Equipment, RescueTeam.name, last_maint_of(Equipment.id))
            .outerjoin(RescueTeam, RescueTeam.id == Equipment.team_id)
            .where(Equipment.is_deleted.is_(False)))
    if q.team_id is not None:
        stmt = stmt.where(Equipment.team_id == q.team_id)
    if q.team_ids:
        stmt = stmt.where(Equipment.team_id.in_(q.team_ids))
    if q.search.strip():
        stmt = stmt.where(Equipment.search_key.like(like_pattern(q.search.strip()), escape="\\"))
    if q.categories:
        stmt = stmt.where(Equipment.category.in_([c.value for c in q.categories]))
    if q.conditions:
        stmt = stmt.where(Equipment.condition.in_([c.value for c in q.conditions]))
    return stmt


_EQUIP_ORDER = {"category": _EQUIP_CATEGORY_RANK, "name": Equipment.name,
                "quantity": Equipment.quantity, "acquire_date": Equipment.acquire_date,
                "next_maint_date": Equipment.next_maint_date, "condition": Equipment.condition,
                "team": RescueTeam.name, "code": Equipment.code}


def equipment_in(session: Session, q: EquipmentQuery | None = None, offset: int = 0,
                 limit: int | None = None) -> builtins.list[EquipmentRow]:
    stmt = page_of(_equipment_ordered(q or EquipmentQuery()), offset, limit)
    return _equipment_rows(session.execute(stmt))


def iter_equipment_in(session: Session, q: EquipmentQuery | None = None
                      ) -> Iterator[EquipmentRow]:
    """equipment_in's rows from one cursor, a chunk at a time (the Excel export)."""
    return streamed(session, _equipment_ordered(q or EquipmentQuery()), _equipment_rows)


def _equipment_ordered(q: EquipmentQuery) -> Any:
    col = _EQUIP_ORDER.get(q.order_by, _EQUIP_CATEGORY_RANK)
    return _equipment_filtered(q).order_by(col.desc() if q.descending else col.asc(),
                                           Equipment.name, Equipment.id)


def _equipment_rows(rows: Iterable[Any]) -> builtins.list[EquipmentRow]:
    return [EquipmentRow(
        id=e.id, code=e.code, name=e.name, category=EquipmentCategory(e.category),
        model=e.model, quantity=e.quantity, unit=e.unit, team_id=e.team_id, team_name=tname,
        storage_place=e.storage_place, acquire_date=e.acquire_date,
        service_life_years=e.service_life_years, expiry_date=e.expiry_date,
        next_maint_date=e.next_maint_date, condition=EquipmentCondition(e.condition),
        last_maint=last, remark=e.remark) for e, tname, last in rows]


def count_equipment_in(session: Session, q: EquipmentQuery | None = None) -> int:
    return count_of(session, _equipment_filtered(q or EquipmentQuery()))


@dataclass(frozen=True)
class MaintRow:
    id: int
    equipment_id: int
    date: date
    action: str
    by_whom: str | None
    result: str | None


class TeamViews(ReadViews[TeamQuery, TeamRow]):
    """Read-only queries for the window and the reports (short read sessions)."""

    def __init__(self, db: Database) -> None:
        super().__init__(db, count_teams_in, teams_in)

    def get(self, team_id: int) -> TeamRow:
        with self.db.read() as s:
            stmt, _ = _team_filtered(TeamQuery(status=None, include_deleted=True), date.today())
            hit = s.execute(stmt.where(RescueTeam.id == team_id)).first()
            if hit is None:
                raise InputRejected(t("该救援队伍不存在"))
            return _team_row(*hit)

    def count_members(self, q: MemberQuery | None = None) -> int:
        with self.db.read() as s:
            return count_members_in(s, q)

    def members(self, q: MemberQuery | None = None, offset: int = 0,
                limit: int | None = None) -> builtins.list[MemberRow]:
        with self.db.read() as s:
            return members_in(s, q, offset, limit)

    def person_memberships(self, person_id: int) -> builtins.list[MemberRow]:
        """Every team the person was ever in, current first (a moved member's history)."""
        with self.db.read() as s:
            rows = members_in(s, MemberQuery(include_left=True, person_id=person_id))
            return sorted(rows, key=lambda r: (r.leave_date is not None,
                                               r.join_date or date.min))

    def certificates(self, person_id: int) -> builtins.list[CertificateRow]:
        with self.db.read() as s:
            return certificates_of(s, [person_id]).get(person_id, [])

    def count_equipment(self, q: EquipmentQuery | None = None) -> int:
        with self.db.read() as s:
            return count_equipment_in(s, q)

    def equipment(self, q: EquipmentQuery | None = None, offset: int = 0,
                  limit: int | None = None) -> builtins.list[EquipmentRow]:
        with self.db.read() as s:
            return equipment_in(s, q, offset, limit)

    def maintenance(self, equipment_id: int) -> builtins.list[MaintRow]:
        with self.db.read() as s:
            return [MaintRow(m.id, m.equipment_id, m.date, m.action, m.by_whom, m.result)
                    for m in s.scalars(select(EquipmentMaintenance).where(
                        EquipmentMaintenance.equipment_id == equipment_id,
                        EquipmentMaintenance.is_deleted.is_(False))
                        .order_by(EquipmentMaintenance.date.desc()))]
