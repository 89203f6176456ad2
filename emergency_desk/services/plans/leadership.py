"""应急管理领导小组: whether a township has its leadership group on record (六有 "有班子")."""

from __future__ import annotations

import builtins
from dataclasses import dataclass
from datetime import date

from sqlalchemy import select

from emergency_desk.data.base import now
from emergency_desk.data.db import Database
from emergency_desk.data.models import Region
from emergency_desk.data.plans import LeadershipGroup
from emergency_desk.errors import InputRejected, ValidationFailed
from emergency_desk.i18n import t
from emergency_desk.services.plans.plans import clean_text
from emergency_desk.services.regions.references import Reference, register_reference

register_reference(Reference("region", LeadershipGroup, "region_id", "应急领导小组", "个"))


@dataclass
class LeadershipInput:
    region_id: int
    name: str
    leader: str | None = None
    deputy: str | None = None
    members: str | None = None
    doc_no: str | None = None
    established_date: date | None = None
    remark: str | None = None


@dataclass(frozen=True)
class LeadershipRow:
    id: int
    region_id: int
    region_path: str
    name: str
    leader: str | None
    deputy: str | None
    members: str | None
    doc_no: str | None
    established_date: date | None


class LeadershipService:
    def __init__(self, db: Database) -> None:
        self.db = db

    def save(self, data: LeadershipInput, group_id: int | None = None) -> int:
        problems: dict[str, str] = {}
        if not (data.name or "").strip():
            problems["名称"] = t("名称不能为空")
        if data.established_date is not None and data.established_date > date.today():
            problems["成立日期"] = t("成立日期晚于今天")
        with self.db.begin() as s:
            region = s.get(Region, data.region_id)
            if region is None or region.is_deleted:
                problems["所属区划"] = t("所属区划不存在或已删除")
            if problems:
                raise ValidationFailed(problems)
            g = s.get(LeadershipGroup, group_id) if group_id is not None else LeadershipGroup()
            if g is None or g.is_deleted:
                raise InputRejected(t("该领导小组不存在或已删除"))
            g.region_id, g.name = data.region_id, data.name.strip()
            g.leader, g.deputy = clean_text(data.leader), clean_text(data.deputy)
            g.members, g.doc_no = clean_text(data.members), clean_text(data.doc_no)
            g.established_date, g.remark = data.established_date, clean_text(data.remark)
            if group_id is None:
                s.add(g)
            s.flush()
            return g.id

    def delete(self, group_id: int) -> None:
        with self.db.begin() as s:
            g = s.get(LeadershipGroup, group_id)
            if g is None or g.is_deleted:
                raise InputRejected(t("该领导小组不存在或已删除"))
            g.is_deleted, g.deleted_at = True, now()

    def list(self) -> builtins.list[LeadershipRow]:
        stmt = (select(LeadershipGroup, Region.path)
                .join(Region, Region.id == LeadershipGroup.region_id)
                .where(LeadershipGroup.is_deleted.is_(False)).order_by(Region.path))
        with self.db.read() as s:
            return [LeadershipRow(g.id, g.region_id, path, g.name, g.leader, g.deputy,
                                  g.members, g.doc_no, g.established_date)
                    for g, path in s.execute(stmt)]
