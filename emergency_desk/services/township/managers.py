"""村(社区)应急管理员 / 网格员 (register `managers`, rule G1): coverage village by village.

The person is the shared `person` row (services/people.py): choosing the village's 灾害信息员,
or typing a name and mobile that match one, links the same human instead of retyping them, so
a corrected phone number is corrected once. A manager is active until a 离任日期 is entered.
"""

from __future__ import annotations

import builtins
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import ColumnElement, exists, select
from sqlalchemy.orm import Session

from emergency_desk.data.base import now
from emergency_desk.data.db import Database
from emergency_desk.data.enums import RegionLevel
from emergency_desk.data.models import Region
from emergency_desk.data.officers import InfoOfficer, OfficerStatus
from emergency_desk.data.people import Person
from emergency_desk.data.township import ManagerRole, VillageManager
from emergency_desk.errors import InputRejected, ValidationFailed
from emergency_desk.i18n import t
from emergency_desk.services.people import PersonInput, find_or_create_in
from emergency_desk.services.query import streamed
from emergency_desk.services.regions.references import Reference, register_reference
from emergency_desk.services.township.common import clean

register_reference(Reference("region", VillageManager, "region_id", "村(社区)应急管理员", "名"))
_VILLAGE_LEVELS = (RegionLevel.VILLAGE.value, RegionLevel.COMMUNITY.value)


@dataclass
class ManagerInput:
    region_id: int
    name: str | None = None
    mobile: str | None = None
    id_card: str | None = None
    person_id: int | None = None  # an existing person, e.g. the village's 灾害信息员
    role: ManagerRole = ManagerRole.MANAGER
    duty_title: str | None = None
    appoint_date: date | None = None
    leave_date: date | None = None
    remark: str | None = None


@dataclass(frozen=True)
class ManagerRow:
    id: int
    region_id: int
    region_path: str
    person_id: int
    name: str
    mobile: str | None
    id_card: str | None
    role: ManagerRole
    duty_title: str | None
    appoint_date: date | None
    leave_date: date | None
    also_officer: bool  # the same person is an active 灾害信息员 of this village
    remark: str | None

    @property
    def active(self) -> bool:
        return self.leave_date is None


@dataclass(frozen=True)
class CoverageRow:
    region_id: int
    path: str
    managers: tuple[str, ...]  # "胡建国 13955910001"
    also_officer: bool

    @property
    def covered(self) -> bool:
        return bool(self.managers)


def _person_in(session: Session, data: ManagerInput, problems: dict[str, str]) -> Person | None:
    if data.person_id is not None:
        p = session.get(Person, data.person_id)
        if p is None or p.is_deleted:
            problems["姓名"] = t("所选人员不存在或已删除")
        return p
    try:
        return find_or_create_in(session, manager_person(data))
    except ValidationFailed as exc:
        problems.update(exc.problems)
        return None


def check_manager(data: ManagerInput, *, region_level: str | None) -> dict[str, str]:
    """The manager's own rules, for the form (`_check_in`, asking the session) and the import
    (io/manager_rows.py, asking dicts loaded once): the problems (label → reason) before the
    person's. `region_level`: the level of the live region named, None when there is none."""
    problems: dict[str, str] = {}
    if region_level is None:
        problems["村(社区)"] = t("所属区划不存在或已删除")
    elif region_level not in _VILLAGE_LEVELS:
        problems["村(社区)"] = t("应急管理员按村（社区）配备，请选择村或社区")
    if data.appoint_date and data.leave_date and data.leave_date < data.appoint_date:
        problems["离任日期"] = t("离任日期早于任职日期")
    return problems


def manager_person(data: ManagerInput) -> PersonInput:
    """The manager's person as the people rules take it (身份证号, else 姓名 + 手机号码)."""
    return PersonInput(name=data.name or "", mobile=data.mobile, id_card=data.id_card)


def checked_manager(data: ManagerInput, person: Any) -> ManagerInput:
    """The input as stored once its person is known (found, created or chosen)."""
    return ManagerInput(data.region_id, person.name, person.mobile, None, person.id,
                        ManagerRole(data.role), clean(data.duty_title), data.appoint_date,
                        data.leave_date, clean(data.remark))


def _check_in(session: Session, data: ManagerInput) -> tuple[ManagerInput, Person]:
    region = session.get(Region, data.region_id)
    problems = check_manager(data, region_level=None if region is None or region.is_deleted
                             else region.level)
    person = None if problems.get("村(社区)") else _person_in(session, data, problems)
    if problems:
        raise ValidationFailed(problems)
    assert person is not None
    return checked_manager(data, person), person


def apply_manager(m: Any, d: ManagerInput) -> None:
    """The manager's fields from checked input (the form's object, or the import's plain
    row)."""
    assert d.person_id is not None
    m.region_id, m.person_id, m.role = d.region_id, d.person_id, d.role.value
    m.duty_title, m.appoint_date, m.leave_date = d.duty_title, d.appoint_date, d.leave_date
    m.remark = d.remark


def _find(session: Session, region_id: int, person_id: int) -> VillageManager | None:
    return session.scalars(select(VillageManager).where(
        VillageManager.region_id == region_id, VillageManager.person_id == person_id,
        VillageManager.is_deleted.is_(False))).first()


# What "unchanged" compares of a matched manager (its person is compared by the people rules).
MANAGER_KEYS = ("role", "duty_title", "appoint_date", "leave_date", "remark")


def save_manager_in(session: Session, data: ManagerInput,
                    manager_id: int | None = None) -> VillageManager:
    """The form's save: a new manager, or manager `manager_id` changed."""
    d, person = _check_in(session, data)
    other = _find(session, d.region_id, person.id)
    if other is not None and other.id != manager_id:
        raise ValidationFailed({"姓名": t("{name}已是该村（社区）的应急管理员",
                                          name=person.name)})
    if manager_id is None:
        m = VillageManager()
        session.add(m)
    else:
        found = session.get(VillageManager, manager_id)
        if found is None or found.is_deleted:
            raise InputRejected(t("该应急管理员记录不存在或已删除"))
        m = found
    apply_manager(m, d)
    session.flush()
    return m


class ManagersService:
    def __init__(self, db: Database) -> None:
        self.db = db

    def save(self, data: ManagerInput, manager_id: int | None = None) -> int:
        with self.db.begin() as s:
            return save_manager_in(s, data, manager_id).id

    def delete(self, manager_id: int) -> None:
        with self.db.begin() as s:
            m = s.get(VillageManager, manager_id)
            if m is None or m.is_deleted:
                raise InputRejected(t("该应急管理员记录不存在或已删除"))
            m.is_deleted, m.deleted_at = True, now()

    def get(self, manager_id: int) -> ManagerRow | None:
        rows = self.list(ids=(manager_id,), include_left=True)
        return rows[0] if rows else None

    def list(self, township_id: int | None = None, search: str = "",
             include_left: bool = True,
             ids: tuple[int, ...] | None = None) -> builtins.list[ManagerRow]:
        cond: builtins.list[ColumnElement[bool]] = [VillageManager.is_deleted.is_(False)]
        if ids is not None:
            cond.append(VillageManager.id.in_(ids))
        if township_id is not None:
            cond.append(Region.parent_id == township_id)
        if not include_left:
            cond.append(VillageManager.leave_date.is_(None))
        if search.strip():
            like = f"%{search.strip().lower()}%"
            cond.append(Person.search_key.like(like) | Region.path.like(like))
        with self.db.read() as s:
            return _manager_rows(s, s.execute(_managers(cond)).all())

    def coverage(self, township_id: int | None = None) -> builtins.list[CoverageRow]:
        with self.db.read() as s:
            return coverage_in(s, township_id)


def _managers(cond: Iterable[ColumnElement[bool]]) -> Any:
    return (select(VillageManager, Person, Region.path)
            .join(Person, Person.id == VillageManager.person_id)
            .join(Region, Region.id == VillageManager.region_id)
            .where(*cond).order_by(Region.code, Region.path, VillageManager.id))


def _manager_rows(session: Session, found: Sequence[Any]) -> builtins.list[ManagerRow]:
    """The rows of `found` (manager, person, path); whether each is also the village's
    灾害信息员 is asked for these people only."""
    officers = active_officers(session, [p.id for _m, p, _path in found])
    return [ManagerRow(m.id, m.region_id, path, p.id, p.name, p.mobile, p.id_card,
                       ManagerRole(m.role), m.duty_title, m.appoint_date, m.leave_date,
                       (m.region_id, p.id) in officers, m.remark)
            for m, p, path in found]


def manager_rows_streamed(session: Session) -> Iterator[ManagerRow]:
    """Every live manager in the list's order, a chunk at a time (the export)."""
    return streamed(session, _managers([VillageManager.is_deleted.is_(False)]),
                    lambda part: _manager_rows(session, part))


def active_officers(session: Session, people: Iterable[int] | None = None
                    ) -> set[tuple[int, int]]:
    """(region, person) of every active 灾害信息员, or of those among `people`."""
    stmt = select(InfoOfficer.region_id, InfoOfficer.person_id).where(
        InfoOfficer.is_deleted.is_(False), InfoOfficer.status == OfficerStatus.ACTIVE.value)
    if people is not None:
        stmt = stmt.where(InfoOfficer.person_id.in_(list(people)))
    return {(r, p) for r, p in session.execute(stmt)}


def coverage_in(session: Session, township_id: int | None = None) -> builtins.list[CoverageRow]:
    """Every live village and community with its active managers, in 区划代码 order."""
    cond: builtins.list[ColumnElement[bool]] = [Region.is_deleted.is_(False),
                                                Region.level.in_(_VILLAGE_LEVELS)]
    if township_id is not None:
        cond.append(Region.parent_id == township_id)
    villages = session.execute(select(Region.id, Region.path).where(*cond)
                               .order_by(Region.code, Region.path)).all()
    held: dict[int, list[tuple[str, str | None, int]]] = {}
    for rid, name, mobile, pid in session.execute(
            select(VillageManager.region_id, Person.name, Person.mobile, Person.id)
            .join(Person, Person.id == VillageManager.person_id).where(
                VillageManager.is_deleted.is_(False), VillageManager.leave_date.is_(None))
            .order_by(VillageManager.id)):
        held.setdefault(rid, []).append((name, mobile, pid))
    officers = active_officers(session)
    return [CoverageRow(rid, path,
                        tuple(f"{n} {m}" if m else n for n, m, _p in held.get(rid, [])),
                        any((rid, p) in officers for _n, _m, p in held.get(rid, [])))
            for rid, path in villages]


def villages_without_manager_in(session: Session) -> builtins.list[tuple[int, str]]:
    """(id, path) of the live villages and communities no active manager is on, in 区划代码
    order: the rows of `coverage_in` that are not covered, found by SQL (rule G1 at county
    scale reads a few hundred rows instead of every village and every manager)."""
    held = exists().where(VillageManager.region_id == Region.id,
                          VillageManager.is_deleted.is_(False),
                          VillageManager.leave_date.is_(None))
    return [(rid, path) for rid, path in session.execute(
        select(Region.id, Region.path).where(Region.is_deleted.is_(False),
                                             Region.level.in_(_VILLAGE_LEVELS), ~held)
        .order_by(Region.code, Region.path))]


def restore_manager(session: Session, obj: Any) -> None:
    """Recycle bin: a manager comes back only while the person is not a live manager of the
    same village again."""
    other = _find(session, obj.region_id, obj.person_id)
    if other is not None and other.id != obj.id:
        raise InputRejected(t("此人已重新登记为该村（社区）应急管理员，不能恢复；"
                              "请先删除或改动那一条"))
