"""避难场所 (register `shelters`, rule H1, report `shelters`).

H1 flags a shelter without a 管理责任人, one whose last inspection is older than the
configured months (or never inspected), and one whose 可容纳人数 is below the configured share
of the population of the villages it serves.
"""

from __future__ import annotations

import builtins
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from sqlalchemy import ColumnElement, delete, func, select
from sqlalchemy.orm import Session

from emergency_desk.data.base import now
from emergency_desk.data.db import Database
from emergency_desk.data.models import Region
from emergency_desk.data.names import same_name
from emergency_desk.data.resources import (
    Shelter,
    ShelterDuration,
    ShelterFunction,
    ShelterRegion,
    ShelterSpace,
)
from emergency_desk.errors import InputRejected, ValidationFailed
from emergency_desk.i18n import t
from emergency_desk.services.query import streamed
from emergency_desk.services.regions.references import Reference, register_reference
from emergency_desk.services.township.common import check_phone, clean

register_reference(Reference("region", Shelter, "region_id", "避难场所", "个"))


@dataclass
class ShelterInput:
    name: str
    region_id: int
    address: str | None = None
    duration: ShelterDuration | None = None
    space: ShelterSpace | None = None
    function: ShelterFunction | None = None
    capacity: int | None = None
    area_m2: float | None = None
    effective_area_m2: float | None = None
    manager: str | None = None
    manager_phone: str | None = None
    facilities: str | None = None
    last_inspection: date | None = None
    longitude: float | None = None
    latitude: float | None = None
    served: tuple[int, ...] | None = None  # region ids; None keeps what is stored
    remark: str | None = None


@dataclass(frozen=True)
class ShelterRow:
    id: int
    name: str
    region_id: int
    region_path: str
    address: str | None
    duration: ShelterDuration | None
    space: ShelterSpace | None
    function: ShelterFunction | None
    capacity: int | None
    area_m2: float | None
    effective_area_m2: float | None
    manager: str | None
    manager_phone: str | None
    facilities: str | None
    last_inspection: date | None
    longitude: float | None
    latitude: float | None
    remark: str | None
    served: tuple[str, ...] = field(default=())  # paths of the villages it serves
    served_ids: tuple[int, ...] = field(default=())
    served_population: int = 0


def check_shelter(d: ShelterInput, *, region_live: Callable[[int], bool],
                  served_live: Callable[[tuple[int, ...]], bool]) -> ShelterInput:
    """The form's rules on `d`: its cleaned values, or ValidationFailed (label → reason).
    What needs the database is asked through callables (is the region live, are all the
    served regions live), which the form answers with a select and the import from dicts
    loaded once (io/shelter_rows.py)."""
    problems: dict[str, str] = {}
    name = (d.name or "").strip()
    if not name:
        problems["场所名称"] = t("场所名称不能为空")
    if not region_live(d.region_id):
        problems["所属区划"] = t("所属区划不存在或已删除")
    for label, value in (("可容纳人数", d.capacity), ("占地面积", d.area_m2),
                         ("有效避难面积", d.effective_area_m2)):
        if value is not None and value < 0:
            problems[label] = t("不能为负数")
    if d.area_m2 and d.effective_area_m2 and d.effective_area_m2 > d.area_m2:
        problems["有效避难面积"] = t("有效避难面积大于占地面积")
    if d.longitude is not None and not 73 <= d.longitude <= 136:
        problems["经度"] = t("经度应在 73 到 136 之间（中国境内）")
    if d.latitude is not None and not 3 <= d.latitude <= 54:
        problems["纬度"] = t("纬度应在 3 到 54 之间（中国境内）")
    if d.last_inspection is not None and d.last_inspection > date.today():
        problems["最近检查日期"] = t("最近检查日期晚于今天")
    phone = check_phone("联系电话", d.manager_phone, problems)
    served = d.served
    if served is not None and not served_live(served):
        problems["服务村(社区)"] = t("服务的村（社区）有的不存在或已删除")
    if problems:
        raise ValidationFailed(problems)
    return ShelterInput(name, d.region_id, clean(d.address), d.duration, d.space, d.function,
                        d.capacity, d.area_m2, d.effective_area_m2, clean(d.manager), phone,
                        clean(d.facilities), d.last_inspection, d.longitude, d.latitude,
                        tuple(dict.fromkeys(served)) if served is not None else None,
                        clean(d.remark))


def _check_in(session: Session, d: ShelterInput) -> ShelterInput:
    def region_live(region_id: int) -> bool:
        region = session.get(Region, region_id)
        return region is not None and not region.is_deleted

    def served_live(served: tuple[int, ...]) -> bool:
        live = set(session.scalars(select(Region.id).where(
            Region.id.in_(served), Region.is_deleted.is_(False))))
        return len(live) == len(set(served))

    return check_shelter(d, region_live=region_live, served_live=served_live)


_FIELDS = ("name", "region_id", "address", "capacity", "area_m2", "effective_area_m2",
           "manager", "manager_phone", "facilities", "last_inspection", "longitude",
           "latitude", "remark")


def shelter_values(d: ShelterInput) -> dict[str, Any]:
    """The shelter's columns for checked input `d` (served_summary aside), as the form's save
    sets them."""
    values = {f: getattr(d, f) for f in _FIELDS}
    values["duration"] = d.duration.value if d.duration else None
    values["space"] = d.space.value if d.space else None
    values["function"] = d.function.value if d.function else None
    return values


def served_summary(regions: Iterable[tuple[str | None, str]]) -> str | None:
    """The served villages as text from their (code, path), in 区划代码 then path order
    (regions without a code first): computed here, not by the database's ORDER BY, so that
    SQLite and PostgreSQL (which sorts NULLs last) and the import agree."""
    paths = [p for _c, p in sorted(regions, key=lambda r: (r[0] is not None, r[0] or "", r[1]))]
    return "、".join(p.split("/", 1)[-1] for p in paths) or None


def _apply(s: Session, sh: Shelter, d: ShelterInput) -> None:
    for f, v in shelter_values(d).items():
        setattr(sh, f, v)
    if d.served is not None:
        with s.no_autoflush:  # the shelter's new values and its summary: one flush, one audit row
            have = set() if sh.id is None else set(s.scalars(select(
                ShelterRegion.region_id).where(ShelterRegion.shelter_id == sh.id)))
            if have != set(d.served):
                sh.served_summary = served_summary((code, path) for code, path in s.execute(
                    select(Region.code, Region.path).where(Region.id.in_(d.served))))
        if have != set(d.served):
            s.flush()
            s.execute(delete(ShelterRegion).where(ShelterRegion.shelter_id == sh.id))
            s.add_all(ShelterRegion(shelter_id=sh.id, region_id=r) for r in d.served)


def find_shelter_in(session: Session, region_id: int, name: str) -> Shelter | None:
    return session.scalars(select(Shelter).where(
        Shelter.region_id == region_id, same_name(Shelter.name, name),
        Shelter.is_deleted.is_(False))).first()


def _shelters(*cond: ColumnElement[bool]) -> Any:
    return (select(Shelter, Region.path).join(Region, Region.id == Shelter.region_id)
            .where(Shelter.is_deleted.is_(False), *cond)
            .order_by(Region.code, Region.path, Shelter.name, Shelter.id))


def shelter_rows_in(session: Session, *cond: ColumnElement[bool]) -> builtins.list[ShelterRow]:
    return _shelter_rows(session, session.execute(_shelters(*cond)).all())


def shelter_rows_streamed(session: Session) -> Iterator[ShelterRow]:
    """Every live shelter in the list's order, a chunk at a time (the export)."""
    return streamed(session, _shelters(), lambda part: _shelter_rows(session, part))


def _shelter_rows(session: Session, found: Sequence[Any]) -> builtins.list[ShelterRow]:
    """The rows of `found` (shelter, path) with the regions each serves, in one query."""
    ids = [sh.id for sh, _ in found]
    served: dict[int, list[tuple[int, str, int]]] = {}
    for sid, rid, path, pop in session.execute(
            select(ShelterRegion.shelter_id, Region.id, Region.path,
                   func.coalesce(Region.population, 0))
            .join(Region, Region.id == ShelterRegion.region_id)
            .where(ShelterRegion.shelter_id.in_(ids), Region.is_deleted.is_(False),
                   # The same regions again, so SQLite starts from their ids instead of
                   # walking every live region (34 ms at county scale, issue 20).
                   Region.id.in_(select(ShelterRegion.region_id)
                                 .where(ShelterRegion.shelter_id.in_(ids))))
            .order_by(Region.code, Region.path)):
        served.setdefault(sid, []).append((rid, path, int(pop)))
    out = []
    for sh, path in found:
        mine = served.get(sh.id, [])
        out.append(ShelterRow(
            sh.id, sh.name, sh.region_id, path, sh.address,
            ShelterDuration(sh.duration) if sh.duration else None,
            ShelterSpace(sh.space) if sh.space else None,
            ShelterFunction(sh.function) if sh.function else None, sh.capacity, sh.area_m2,
            sh.effective_area_m2, sh.manager, sh.manager_phone, sh.facilities,
            sh.last_inspection, sh.longitude, sh.latitude, sh.remark,
            tuple(p for _r, p, _n in mine), tuple(r for r, _p, _n in mine),
            sum(n for _r, _p, n in mine)))
    return out


def save_shelter_in(s: Session, data: ShelterInput, shelter_id: int | None = None) -> int:
    """The form's save: a new shelter, or shelter `shelter_id` changed."""
    d = _check_in(s, data)
    other = find_shelter_in(s, d.region_id, d.name)
    if other is not None and other.id != shelter_id:
        raise ValidationFailed({"场所名称": t("该区划已有同名避难场所")})
    if shelter_id is None:
        sh = Shelter()
        s.add(sh)
    else:
        found = s.get(Shelter, shelter_id)
        if found is None or found.is_deleted:
            raise InputRejected(t("该避难场所不存在或已删除"))
        sh = found
    _apply(s, sh, d)
    s.flush()
    return sh.id


class ShelterService:
    def __init__(self, db: Database) -> None:
        self.db = db

    def save(self, data: ShelterInput, shelter_id: int | None = None) -> int:
        with self.db.begin() as s:
            return save_shelter_in(s, data, shelter_id)

    def delete(self, shelter_id: int) -> None:
        from emergency_desk.data.resources import HazardPoint

        with self.db.begin() as s:
            sh = s.get(Shelter, shelter_id)
            if sh is None or sh.is_deleted:
                raise InputRejected(t("该避难场所不存在或已删除"))
            users = s.scalar(select(func.count()).select_from(HazardPoint).where(
                HazardPoint.shelter_id == shelter_id, HazardPoint.is_deleted.is_(False)))
            if users:
                raise InputRejected(t("“{name}”是 {n} 个隐患点的转移安置场所，请先修改这些隐患点",
                                      name=sh.name, n=users))
            sh.is_deleted, sh.deleted_at = True, now()

    def get(self, shelter_id: int) -> ShelterRow | None:
        with self.db.read() as s:
            rows = shelter_rows_in(s, Shelter.id == shelter_id)
        return rows[0] if rows else None

    def list(self, township_id: int | None = None,
             search: str = "") -> builtins.list[ShelterRow]:
        cond: builtins.list[ColumnElement[bool]] = []
        if township_id is not None:
            cond.append((Region.id == township_id) | (Region.parent_id == township_id))
        if search.strip():
            like = f"%{search.strip()}%"
            cond.append(Shelter.name.like(like) | Shelter.address.like(like)
                        | Shelter.manager.like(like) | Region.path.like(like))
        with self.db.read() as s:
            return shelter_rows_in(s, *cond)


@dataclass(frozen=True)
class ShelterProblem:
    shelter: ShelterRow
    message: str


def shelter_problems_in(session: Session, today: date, inspection_months: int,
                        need_percent: int) -> builtins.list[ShelterProblem]:
    """What H1 reports, one line per problem."""
    from emergency_desk.services.officers.trainings import months_before

    due = months_before(today, inspection_months)
    out: list[ShelterProblem] = []
    for sh in shelter_rows_in(session):
        if not sh.manager:
            out.append(ShelterProblem(sh, t("未明确管理责任人")))
        if sh.last_inspection is None:
            out.append(ShelterProblem(sh, t("没有检查记录")))
        elif sh.last_inspection < due:
            out.append(ShelterProblem(sh, t("最近检查 {d}，已超过 {n} 个月",
                                            d=sh.last_inspection.isoformat(),
                                            n=inspection_months)))
        need = -(-sh.served_population * need_percent // 100)  # round up: people, not parts
        if need_percent and sh.served_population and (sh.capacity or 0) < need:
            out.append(ShelterProblem(sh, t(
                "可容纳 {c} 人，低于服务村（社区）人口 {p} 人的 {pc}%（{need} 人）",
                c=sh.capacity or 0, p=sh.served_population, pc=need_percent, need=need)))
    return out


def restore_shelter(session: Session, obj: Any) -> None:
    """Recycle bin: a shelter comes back only while its 区划 has no live shelter of the same
    name (the form refuses a second one)."""
    other = find_shelter_in(session, obj.region_id, obj.name)
    if other is not None and other.id != obj.id:
        raise InputRejected(t("该区划已有同名避难场所“{name}”，不能恢复；请先删除或改动那一条",
                              name=obj.name))
