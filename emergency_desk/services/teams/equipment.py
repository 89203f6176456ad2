"""救援队伍 register, equipment (装备) and its maintenance log (维护保养记录, C10).

Natural key for imports: 装备编号 when given, else 所属队伍 + 装备名称 + 规格型号.
Recording a maintenance clears an overdue 下次维护日期 unless a new one is given; the rule T5
then counts the interval from the last maintenance (services/checks/teams.py).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from emergency_desk.data.base import now
from emergency_desk.data.db import Database
from emergency_desk.data.teams import (
    Equipment,
    EquipmentCategory,
    EquipmentCondition,
    EquipmentMaintenance,
    RescueTeam,
)
from emergency_desk.errors import InputRejected, ValidationFailed
from emergency_desk.i18n import t
from emergency_desk.services.regions.references import Reference, register_reference
from emergency_desk.services.search import search_key
from emergency_desk.services.teams.teams import Change, clean_text, snapshot

register_reference(Reference("rescue_team", Equipment, "team_id", "装备", "项"))


@dataclass
class EquipmentInput:
    """One equipment line (None = keep the stored value on import)."""

    name: str
    category: EquipmentCategory | None = None
    model: str | None = None
    quantity: int | None = None
    unit: str | None = None
    team_id: int | None = None
    storage_place: str | None = None
    acquire_date: date | None = None
    service_life_years: int | None = None
    expiry_date: date | None = None
    next_maint_date: date | None = None
    condition: EquipmentCondition | None = None
    code: str | None = None
    remark: str | None = None


def _check(session: Session, data: EquipmentInput, stored: Equipment | None) -> dict[str, str]:
    problems: dict[str, str] = {}
    name = (data.name or "").strip()
    if not name:
        problems["装备名称"] = t("装备名称不能为空")
    elif len(name) > 100:
        problems["装备名称"] = t("装备名称不能超过 100 个字")
    if data.category is None and stored is None:
        problems["类别"] = t("请选择装备类别")
    if data.quantity is not None and data.quantity < 0:
        problems["数量"] = t("数量不能为负数")
    if data.service_life_years is not None and not 0 < data.service_life_years <= 100:
        problems["使用年限(年)"] = t("使用年限应为 1 到 100 年")
    if data.team_id is not None:
        team = session.get(RescueTeam, data.team_id)
        if team is None or team.is_deleted:
            problems["所属队伍"] = t("所属队伍不存在或已删除")
    if data.acquire_date is not None and data.acquire_date > date.today():
        problems["购置日期"] = t("购置日期不能晚于今天")
    code = clean_text(data.code)
    if code:
        clash = session.scalar(select(Equipment).where(
            Equipment.is_deleted.is_(False), Equipment.code == code,
            Equipment.id != (stored.id if stored else 0)).limit(1))
        if clash is not None:
            problems["装备编号"] = t("装备编号 {code} 已用于“{name}”", code=code, name=clash.name)
    return problems


def _apply(e: Equipment, data: EquipmentInput, *, merge: bool) -> None:
    def pick(value: Any, current: Any) -> Any:
        return current if merge and value is None else value

    e.name = data.name.strip()
    category = data.category or (EquipmentCategory(e.category) if e.category else None)
    assert category is not None  # _check refuses a new line without one
    e.category = category.value
    e.model = pick(clean_text(data.model), e.model)
    e.quantity = pick(data.quantity, e.quantity)
    if e.quantity is None:
        e.quantity = 1
    e.unit = pick(clean_text(data.unit), e.unit)
    e.team_id = pick(data.team_id, e.team_id)
    e.storage_place = pick(clean_text(data.storage_place), e.storage_place)
    e.acquire_date = pick(data.acquire_date, e.acquire_date)
    e.service_life_years = pick(data.service_life_years, e.service_life_years)
    e.expiry_date = pick(data.expiry_date, e.expiry_date)
    e.next_maint_date = pick(data.next_maint_date, e.next_maint_date)
    condition = pick(data.condition, EquipmentCondition(e.condition) if e.condition else None)
    e.condition = (condition or EquipmentCondition.GOOD).value
    e.code = pick(clean_text(data.code), e.code)
    e.remark = pick(clean_text(data.remark), e.remark)
    e.search_key = search_key(e.name, e.model, e.code)


def save_equipment_in(session: Session, data: EquipmentInput,
                      equipment_id: int | None = None) -> Equipment:
    stored: Equipment | None = None
    if equipment_id is not None:
        stored = session.get(Equipment, equipment_id)
        if stored is None or stored.is_deleted:
            raise InputRejected(t("该装备不存在或已删除"))
    problems = _check(session, data, stored)
    if problems:
        raise ValidationFailed(problems)
    e = stored or Equipment()
    if stored is None:
        session.add(e)
    _apply(e, data, merge=False)
    session.flush()
    return e


def find_equipment_in(session: Session, data: EquipmentInput) -> Equipment | None:
    live = select(Equipment).where(Equipment.is_deleted.is_(False))
    code = clean_text(data.code)
    if code:
        hit = session.scalar(live.where(Equipment.code == code).limit(1))
        if hit is not None:
            return hit
    model = clean_text(data.model)
    return session.scalar(live.where(
        Equipment.name == (data.name or "").strip(),
        Equipment.team_id.is_(None) if data.team_id is None else Equipment.team_id == data.team_id,
        Equipment.model.is_(None) if model is None else Equipment.model == model)
        .order_by(Equipment.id).limit(1))


def upsert_equipment_in(session: Session, data: EquipmentInput) -> tuple[Equipment, Change]:
    stored = find_equipment_in(session, data)
    problems = _check(session, data, stored)
    if problems:
        raise ValidationFailed(problems)
    if stored is None:
        e = Equipment()
        session.add(e)
        _apply(e, data, merge=False)
        session.flush()
        return e, "inserted"
    before = snapshot(stored)
    _apply(stored, data, merge=True)
    session.flush()
    return stored, "unchanged" if before == snapshot(stored) else "updated"


@dataclass
class MaintenanceInput:
    equipment_id: int
    done_on: date
    action: str
    by_whom: str | None = None
    result: str | None = None
    next_maint_date: date | None = None
    condition: EquipmentCondition | None = None  # e.g. 待修 → 完好 after a repair


def add_maintenance_in(session: Session, data: MaintenanceInput) -> EquipmentMaintenance:
    e = session.get(Equipment, data.equipment_id)
    if e is None or e.is_deleted:
        raise InputRejected(t("该装备不存在或已删除"))
    problems: dict[str, str] = {}
    if not (data.action or "").strip():
        problems["维护内容"] = t("维护内容不能为空")
    if data.done_on is None:
        problems["维护日期"] = t("维护日期不能为空")
    elif data.done_on > date.today():
        problems["维护日期"] = t("维护日期不能晚于今天")
    if data.next_maint_date is not None and data.done_on is not None \
            and data.next_maint_date <= data.done_on:
        problems["下次维护日期"] = t("下次维护日期应晚于本次维护日期")
    if problems:
        raise ValidationFailed(problems)
    rec = EquipmentMaintenance(date=data.done_on, action=data.action.strip(),
                               by_whom=clean_text(data.by_whom), result=clean_text(data.result))
    rec.equipment = e
    session.add(rec)
    if e.next_maint_date is None or e.next_maint_date <= data.done_on or data.next_maint_date:
        e.next_maint_date = data.next_maint_date
    if data.condition is not None:
        e.condition = data.condition.value
    session.flush()
    return rec


def restore_equipment(session: Session, obj: Any) -> None:
    if isinstance(obj, Equipment) and obj.team_id is not None:
        team = session.get(RescueTeam, obj.team_id)
        if team is None or team.is_deleted:
            raise InputRejected(t("请先恢复该装备所属的救援队伍"))




class EquipmentService:
    def __init__(self, db: Database) -> None:
        self.db = db

    def create(self, data: EquipmentInput) -> int:
        with self.db.begin() as s:
            return save_equipment_in(s, data).id

    def update(self, equipment_id: int, data: EquipmentInput) -> None:
        with self.db.begin() as s:
            save_equipment_in(s, data, equipment_id)

    def upsert(self, data: EquipmentInput) -> tuple[int, Change]:
        with self.db.begin() as s:
            e, change = upsert_equipment_in(s, data)
            return e.id, change

    def input_of(self, equipment_id: int) -> EquipmentInput:
        with self.db.read() as s:
            e = s.get(Equipment, equipment_id)
            if e is None:
                raise InputRejected(t("该装备不存在"))
            return EquipmentInput(
                name=e.name, category=EquipmentCategory(e.category), model=e.model,
                quantity=e.quantity, unit=e.unit, team_id=e.team_id,
                storage_place=e.storage_place, acquire_date=e.acquire_date,
                service_life_years=e.service_life_years, expiry_date=e.expiry_date,
                next_maint_date=e.next_maint_date, condition=EquipmentCondition(e.condition),
                code=e.code, remark=e.remark)

    def add_maintenance(self, data: MaintenanceInput) -> int:
        with self.db.begin() as s:
            return add_maintenance_in(s, data).id

    def delete(self, equipment_id: int) -> None:
        """Soft delete (the maintenance log stays with it in the recycle bin)."""
        with self.db.begin() as s:
            e = s.get(Equipment, equipment_id)
            if e is None or e.is_deleted:
                raise InputRejected(t("该装备不存在或已删除"))
            e.is_deleted, e.deleted_at = True, now()
