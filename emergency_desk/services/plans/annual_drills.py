"""年度演练计划 (D9 "制定应急演练计划"): the drills a township plans for a year, ticked off
as drill records come in."""

from __future__ import annotations

import builtins
from dataclasses import dataclass

from sqlalchemy import select

from emergency_desk.data.base import now
from emergency_desk.data.db import Database
from emergency_desk.data.models import Region
from emergency_desk.data.plans import (
    AnnualDrill,
    AnnualDrillStatus,
    Drill,
    DrillForm,
    EmergencyPlan,
)
from emergency_desk.errors import InputRejected, ValidationFailed
from emergency_desk.i18n import t
from emergency_desk.services.regions.references import Reference, register_reference

register_reference(Reference("region", AnnualDrill, "region_id", "年度演练计划", "项"))


@dataclass
class AnnualDrillInput:
    year: int
    region_id: int
    title: str
    month: int | None = None
    form: DrillForm | None = None
    plan_id: int | None = None
    remark: str | None = None


@dataclass(frozen=True)
class AnnualDrillRow:
    id: int
    year: int
    region_path: str
    title: str
    month: int | None
    form: DrillForm | None
    plan_name: str | None
    status: AnnualDrillStatus
    drill_id: int | None


class AnnualDrillService:
    def __init__(self, db: Database) -> None:
        self.db = db

    def add(self, data: AnnualDrillInput) -> int:
        problems: dict[str, str] = {}
        if not (data.title or "").strip():
            problems["演练名称"] = t("演练名称不能为空")
        if data.month is not None and not 1 <= data.month <= 12:
            problems["月份"] = t("月份应为 1 到 12")
        if not 2000 <= data.year <= 2100:
            problems["年度"] = t("年度应为四位年份")
        with self.db.begin() as s:
            region = s.get(Region, data.region_id)
            if region is None or region.is_deleted:
                problems["所属区划"] = t("所属区划不存在或已删除")
            if data.plan_id is not None:
                plan = s.get(EmergencyPlan, data.plan_id)
                if plan is None or plan.is_deleted:
                    problems["依据预案"] = t("关联的预案不存在或已删除")
            if problems:
                raise ValidationFailed(problems)
            item = AnnualDrill(year=data.year, region_id=data.region_id,
                               title=data.title.strip(), month=data.month,
                               form=data.form.value if data.form else None,
                               plan_id=data.plan_id, remark=(data.remark or "").strip() or None)
            s.add(item)
            s.flush()
            return item.id

    def mark_done(self, item_id: int, drill_id: int) -> None:
        """The planned drill took place: link the drill record."""
        with self.db.begin() as s:
            item = s.get(AnnualDrill, item_id)
            drill = s.get(Drill, drill_id)
            if item is None or item.is_deleted or drill is None or drill.is_deleted:
                raise InputRejected(t("年度演练计划或演练记录不存在"))
            item.status, item.drill_id = AnnualDrillStatus.DONE.value, drill_id

    def cancel(self, item_id: int) -> None:
        with self.db.begin() as s:
            item = s.get(AnnualDrill, item_id)
            if item is None or item.is_deleted:
                raise InputRejected(t("该年度演练计划不存在"))
            item.status = AnnualDrillStatus.CANCELLED.value

    def delete(self, item_id: int) -> None:
        with self.db.begin() as s:
            item = s.get(AnnualDrill, item_id)
            if item is None or item.is_deleted:
                raise InputRejected(t("该年度演练计划不存在"))
            item.is_deleted, item.deleted_at = True, now()

    def list(self, year: int, township_id: int | None = None) -> builtins.list[AnnualDrillRow]:
        stmt = (select(AnnualDrill, Region.path, EmergencyPlan.name)
                .join(Region, Region.id == AnnualDrill.region_id)
                .outerjoin(EmergencyPlan, EmergencyPlan.id == AnnualDrill.plan_id)
                .where(AnnualDrill.year == year, AnnualDrill.is_deleted.is_(False)))
        if township_id is not None:
            stmt = stmt.where((Region.id == township_id) | (Region.parent_id == township_id))
        stmt = stmt.order_by(Region.code, Region.path, AnnualDrill.month, AnnualDrill.id)
        with self.db.read() as s:
            return [AnnualDrillRow(a.id, a.year, path, a.title, a.month,
                                   DrillForm(a.form) if a.form else None, pname,
                                   AnnualDrillStatus(a.status), a.drill_id)
                    for a, path, pname in s.execute(stmt)]
