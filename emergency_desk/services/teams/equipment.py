"""救援队伍 register, equipment (装备) and its maintenance log (维护保养记录, C10).

Natural key for imports: 装备编号 when given, else 所属队伍 + 装备名称 + 规格型号.
Recording a maintenance clears an overdue 下次维护日期 unless a new one is given; the rule T5
then counts the interval from the last maintenance (services/checks/teams.py).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from emergency_desk.data.base import now
from emergency_desk.data.dates import MonthDate
from emergency_desk.data.db import Database
from emergency_desk.data.names import same_name
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


def equipment_problems(data: EquipmentInput, *, new: bool, team_live: Callable[[int], bool],
                       code_holder: Callable[[str], str | None]) -> dict[str, str]:
    """The form's rules on `data`: field label (the sheet's column name) → reason. `new`: no
    stored line is being saved. What needs the database is asked through callables (is the
    team live, which other live line holds this 装备编号 — its name), which the form answers
    with a select and the import from dicts loaded once (io/equipment_rows.py)."""
    problems: dict[str, str] = {}
    name = (data.name or "").strip()
    if not name:
        problems["装备名称"] = t("装备名称不能为空")
    elif len(name) > 100:
        problems["装备名称"] = t("装备名称不能超过 100 个字")
    if data.category is None and new:
        problems["类别"] = t("请选择装备类别")
    if data.quantity is not None and data.quantity < 0:
        problems["数量"] = t("数量不能为负数")
    if data.service_life_years is not None and not 0 < data.service_life_years <= 100:
        problems["使用年限(年)"] = t("使用年限应为 1 到 100 年")
    if data.team_id is not None and not team_live(data.team_id):
        problems["所属队伍"] = t("所属队伍不存在或已删除")
    if data.acquire_date is not None and data.acquire_date > date.today():
        problems["购置日期"] = t("购置日期不能晚于今天")
    code = clean_text(data.code)
    if code:
        holder = code_holder(code)
        if holder is not None:
            problems["装备编号"] = t("装备编号 {code} 已用于“{name}”", code=code, name=holder)
    return problems


def _check(session: Session, data: EquipmentInput, stored: Equipment | None) -> dict[str, str]:
    def team_live(team_id: int) -> bool:
        team = session.get(RescueTeam, team_id)
        return team is not None and not team.is_deleted

    def code_holder(code: str) -> str | None:
        clash = session.scalar(select(Equipment).where(
            Equipment.is_deleted.is_(False), Equipment.code == code,
            Equipment.id != (stored.id if stored else 0)).limit(1))
        return clash.name if clash is not None else None

    return equipment_problems(data, new=stored is None, team_live=team_live,
                              code_holder=code_holder)


# The columns a save sets (`equipment_values`), in the model's order.
FIELDS = ("code", "name", "category", "model", "quantity", "unit", "team_id", "storage_place",
          "acquire_date", "service_life_years", "expiry_date", "next_maint_date", "condition",
          "remark")


def equipment_values(data: EquipmentInput, current: Mapping[str, Any] | None, *,
                     merge: bool) -> dict[str, Any]:
    """The columns checked `data` gives a line holding `current` (its FIELDS; None for a new
    line): with `merge` (an import) a blank keeps the stored value. With search_key, and the
    dates' month flags as data/dates.py keeps them on an ORM save."""
    cur: Mapping[str, Any] = current or {}

    def pick(value: Any, field: str) -> Any:
        return cur.get(field) if merge and value is None else value

    name = data.name.strip()
    stored_category = cur.get("category")
    category = data.category or (EquipmentCategory(stored_category) if stored_category else None)
    assert category is not None  # the rules refuse a new line without one
    model, code = pick(clean_text(data.model), "model"), pick(clean_text(data.code), "code")
    quantity = pick(data.quantity, "quantity")
    stored_condition = cur.get("condition")
    condition = data.condition if data.condition is not None or not merge else (
        EquipmentCondition(stored_condition) if stored_condition else None)
    acquire, expiry = pick(data.acquire_date, "acquire_date"), pick(data.expiry_date,
                                                                    "expiry_date")
    return {
        "code": code, "name": name, "category": category.value, "model": model,
        "quantity": 1 if quantity is None else quantity,
        "unit": pick(clean_text(data.unit), "unit"), "team_id": pick(data.team_id, "team_id"),
        "storage_place": pick(clean_text(data.storage_place), "storage_place"),
        "acquire_date": acquire,
        "service_life_years": pick(data.service_life_years, "service_life_years"),
        "expiry_date": expiry, "next_maint_date": pick(data.next_maint_date, "next_maint_date"),
        "condition": (condition or EquipmentCondition.GOOD).value,
        "remark": pick(clean_text(data.remark), "remark"),
        "search_key": search_key(name, model, code),
        "acquire_date_month": isinstance(acquire, MonthDate),
        "expiry_date_month": isinstance(expiry, MonthDate)}


def _apply(e: Equipment, data: EquipmentInput, *, merge: bool) -> None:
    current = {f: getattr(e, f) for f in FIELDS}
    for key, value in equipment_values(data, current, merge=merge).items():
        if not key.endswith("_month"):  # kept in step by data/dates.py on flush
            setattr(e, key, value)


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
        same_name(Equipment.name, data.name or ""),
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
