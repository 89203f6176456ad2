"""隐患点 (register `hazards`, rule Z1, report `hazards`): 地质灾害隐患点, 山洪, 危房 …

Each point names who watches it (监测人), who answers for it (责任人), the transfer route and
the shelter its people move to. Z1 flags a point in 在册 status without 监测人 or 责任人, or
whose shelter is missing (none chosen, or deleted since).
"""

from __future__ import annotations

import builtins
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from typing import Any

from sqlalchemy import ColumnElement, select
from sqlalchemy.orm import Session, aliased

from emergency_desk.data.base import now
from emergency_desk.data.db import Database
from emergency_desk.data.models import Region
from emergency_desk.data.names import same_name
from emergency_desk.data.resources import HazardPoint, HazardStatus, HazardType, Shelter
from emergency_desk.errors import InputRejected, ValidationFailed
from emergency_desk.i18n import t
from emergency_desk.services.query import streamed
from emergency_desk.services.regions.references import Reference, register_reference
from emergency_desk.services.township.common import check_phone, clean

register_reference(Reference("region", HazardPoint, "region_id", "隐患点", "个"))


@dataclass
class HazardInput:
    name: str
    region_id: int
    hazard_type: HazardType = HazardType.OTHER
    location: str | None = None
    households: int | None = None
    people: int | None = None
    monitor: str | None = None
    monitor_phone: str | None = None
    responsible: str | None = None
    responsible_phone: str | None = None
    route: str | None = None
    shelter_id: int | None = None
    status: HazardStatus = HazardStatus.ACTIVE
    remark: str | None = None


@dataclass(frozen=True)
class HazardRow:
    id: int
    name: str
    hazard_type: HazardType
    region_id: int
    region_path: str
    location: str | None
    households: int | None
    people: int | None
    monitor: str | None
    monitor_phone: str | None
    responsible: str | None
    responsible_phone: str | None
    route: str | None
    shelter_id: int | None
    shelter_name: str | None  # None when none is chosen or it was deleted
    status: HazardStatus
    remark: str | None

    def problems(self) -> builtins.list[str]:
        """Z1's findings for an active point."""
        if self.status != HazardStatus.ACTIVE:
            return []
        out = []
        if not self.monitor:
            out.append(t("未落实监测人"))
        if not self.responsible:
            out.append(t("未落实责任人"))
        if self.shelter_name is None:
            out.append(t("未指定转移安置的避难场所") if self.shelter_id is None
                       else t("转移安置的避难场所已删除"))
        return out


def check_hazard(d: HazardInput, *, region_live: Callable[[int], bool],
                 shelter_live: Callable[[int], bool]) -> HazardInput:
    """The form's rules on `d`: its cleaned values, or ValidationFailed (label → reason).
    What needs the database is asked through callables (is the region live, is the shelter
    live), which the form answers with a select and the import from dicts loaded once
    (io/hazard_rows.py)."""
    problems: dict[str, str] = {}
    name = (d.name or "").strip()
    if not name:
        problems["隐患点名称"] = t("隐患点名称不能为空")
    if not region_live(d.region_id):
        problems["所属区划"] = t("所属区划不存在或已删除")
    for label, value in (("威胁户数", d.households), ("威胁人数", d.people)):
        if value is not None and value < 0:
            problems[label] = t("不能为负数")
    if d.households and d.people is not None and d.people < d.households:
        problems["威胁人数"] = t("威胁人数少于户数")
    if d.shelter_id is not None and not shelter_live(d.shelter_id):
        problems["避难场所"] = t("所选避难场所不存在或已删除")
    monitor_phone = check_phone("监测人电话", d.monitor_phone, problems)
    responsible_phone = check_phone("责任人电话", d.responsible_phone, problems)
    if problems:
        raise ValidationFailed(problems)
    return HazardInput(name, d.region_id, HazardType(d.hazard_type), clean(d.location),
                       d.households, d.people, clean(d.monitor), monitor_phone,
                       clean(d.responsible), responsible_phone, clean(d.route), d.shelter_id,
                       HazardStatus(d.status), clean(d.remark))


def _check_in(session: Session, d: HazardInput) -> HazardInput:
    def region_live(region_id: int) -> bool:
        region = session.get(Region, region_id)
        return region is not None and not region.is_deleted

    def shelter_live(shelter_id: int) -> bool:
        sh = session.get(Shelter, shelter_id)
        return sh is not None and not sh.is_deleted

    return check_hazard(d, region_live=region_live, shelter_live=shelter_live)


_FIELDS = ("name", "region_id", "location", "households", "people", "monitor",
           "monitor_phone", "responsible", "responsible_phone", "route", "shelter_id",
           "remark")


def hazard_values(d: HazardInput) -> dict[str, Any]:
    """The point's columns for checked input `d`, as the form's save sets them."""
    values = {f: getattr(d, f) for f in _FIELDS}
    values["hazard_type"], values["status"] = d.hazard_type.value, d.status.value
    return values


def _apply(h: HazardPoint, d: HazardInput) -> None:
    for f, v in hazard_values(d).items():
        setattr(h, f, v)


def find_hazard_in(session: Session, region_id: int, name: str) -> HazardPoint | None:
    return session.scalars(select(HazardPoint).where(
        HazardPoint.region_id == region_id, same_name(HazardPoint.name, name),
        HazardPoint.is_deleted.is_(False))).first()


def upsert_hazard_in(session: Session, data: HazardInput) -> tuple[int, str]:
    """The import's write: a point is the same by 所属区划 + 隐患点名称."""
    d = _check_in(session, data)
    found = find_hazard_in(session, d.region_id, d.name)
    if found is None:
        h = HazardPoint()
        _apply(h, d)
        session.add(h)
        session.flush()
        return h.id, "inserted"
    # Matched on the names' normal form: the stored spelling stays (（） and () are one name).
    d.name = found.name
    if d.remark is None:
        d.remark = found.remark
    before = tuple(getattr(found, f) for f in (*_FIELDS, "hazard_type", "status"))
    _apply(found, d)
    after = tuple(getattr(found, f) for f in (*_FIELDS, "hazard_type", "status"))
    return found.id, "unchanged" if after == before else "updated"


def _hazards(*cond: ColumnElement[bool]) -> Any:
    sh = aliased(Shelter)
    return (select(HazardPoint, Region.path, sh.name)
            .join(Region, Region.id == HazardPoint.region_id)
            .outerjoin(sh, (sh.id == HazardPoint.shelter_id) & sh.is_deleted.is_(False))
            .where(HazardPoint.is_deleted.is_(False), *cond)
            .order_by(Region.code, Region.path, HazardPoint.name, HazardPoint.id))


def _hazard_rows(found: Iterable[Any]) -> builtins.list[HazardRow]:
    return [HazardRow(h.id, h.name, HazardType(h.hazard_type), h.region_id, path, h.location,
                      h.households, h.people, h.monitor, h.monitor_phone, h.responsible,
                      h.responsible_phone, h.route, h.shelter_id, shelter_name,
                      HazardStatus(h.status), h.remark)
            for h, path, shelter_name in found]


def hazard_rows_in(session: Session, *cond: ColumnElement[bool]) -> builtins.list[HazardRow]:
    return _hazard_rows(session.execute(_hazards(*cond)))


def hazard_rows_streamed(session: Session) -> Iterator[HazardRow]:
    """Every live hazard point in the list's order, a chunk at a time (the export)."""
    return streamed(session, _hazards(), _hazard_rows)


class HazardService:
    def __init__(self, db: Database) -> None:
        self.db = db

    def save(self, data: HazardInput, hazard_id: int | None = None) -> int:
        with self.db.begin() as s:
            d = _check_in(s, data)
            other = find_hazard_in(s, d.region_id, d.name)
            if other is not None and other.id != hazard_id:
                raise ValidationFailed({"隐患点名称": t("该区划已有同名隐患点")})
            if hazard_id is None:
                h = HazardPoint()
                s.add(h)
            else:
                found = s.get(HazardPoint, hazard_id)
                if found is None or found.is_deleted:
                    raise InputRejected(t("该隐患点不存在或已删除"))
                h = found
            _apply(h, d)
            s.flush()
            return h.id

    def delete(self, hazard_id: int) -> None:
        with self.db.begin() as s:
            h = s.get(HazardPoint, hazard_id)
            if h is None or h.is_deleted:
                raise InputRejected(t("该隐患点不存在或已删除"))
            h.is_deleted, h.deleted_at = True, now()

    def get(self, hazard_id: int) -> HazardRow | None:
        with self.db.read() as s:
            rows = hazard_rows_in(s, HazardPoint.id == hazard_id)
        return rows[0] if rows else None

    def list(self, township_id: int | None = None, search: str = "",
             active_only: bool = False) -> builtins.list[HazardRow]:
        cond: builtins.list[ColumnElement[bool]] = []
        if township_id is not None:
            cond.append((Region.id == township_id) | (Region.parent_id == township_id))
        if active_only:
            cond.append(HazardPoint.status == HazardStatus.ACTIVE.value)
        if search.strip():
            like = f"%{search.strip()}%"
            cond.append(HazardPoint.name.like(like) | HazardPoint.location.like(like)
                        | HazardPoint.monitor.like(like) | HazardPoint.responsible.like(like)
                        | Region.path.like(like))
        with self.db.read() as s:
            return hazard_rows_in(s, *cond)


def restore_hazard(session: Session, obj: Any) -> None:
    """Recycle bin: a hazard point comes back only while its 区划 has no live point of the
    same name (the form refuses a second one)."""
    other = find_hazard_in(session, obj.region_id, obj.name)
    if other is not None and other.id != obj.id:
        raise InputRejected(t("该区划已有同名隐患点“{name}”，不能恢复；请先删除或改动那一条",
                              name=obj.name))
