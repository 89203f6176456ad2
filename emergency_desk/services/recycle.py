"""Recycle bin (回收站): every soft-deleted record, restorable until purged."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from emergency_desk.data import access
from emergency_desk.data.db import Database
from emergency_desk.data.models import Region
from emergency_desk.data.people import Person
from emergency_desk.errors import InputRejected
from emergency_desk.i18n import t
from emergency_desk.services import registry
from emergency_desk.services.regions.references import find_references

# Models whose deleted rows show in the bin, and their restore hooks: declared per register
# in services/registry.py.
BIN_MODELS: list[Any] = registry.bin_models()


@dataclass(frozen=True)
class BinRow:
    table: str
    kind: str  # Chinese noun
    id: int
    name: str
    deleted_at: datetime | None


def _describe(obj: Any) -> str:
    return str(getattr(obj, "path", None) or getattr(obj, "name", None)
               or getattr(obj, "title", None) or obj.id)


def _model(table: str) -> Any:
    for m in BIN_MODELS:
        if m.__tablename__ == table:
            return m
    raise InputRejected(t("未知的记录类型 {table}", table=table))


class RecycleBin:
    def __init__(self, db: Database) -> None:
        self.db = db

    def list(self) -> list[BinRow]:
        out: list[BinRow] = []
        with self.db.read() as s:
            for m in BIN_MODELS:
                for obj in s.scalars(select(m).where(m.is_deleted.is_(True))):
                    out.append(BinRow(m.__tablename__, t(m.__label__), obj.id, _describe(obj),
                                      obj.deleted_at))
        return sorted(out, key=lambda r: r.deleted_at or datetime.min, reverse=True)

    def restore(self, table: str, record_id: int) -> None:
        with self.db.begin() as s:
            obj = s.get(_model(table), record_id)
            if obj is None or not obj.is_deleted:
                raise InputRejected(t("回收站中没有这条记录"))
            _check_parent_alive(s, obj)
            for hook in registry.restore_hooks(table):
                hook(s, obj)
            obj.is_deleted = False
            obj.deleted_at = None

    def purge(self, table: str, record_id: int) -> None:
        """Delete for good (管理员 only when roles are on). Refused while anything (even
        deleted) still points at it."""
        access.require_admin(self.db, t("彻底删除回收站中的记录"))
        with self.db.begin() as s:
            obj = s.get(_model(table), record_id)
            if obj is None or not obj.is_deleted:
                raise InputRejected(t("回收站中没有这条记录"))
            refs = find_references(s, table, record_id, include_deleted=True)
            if refs:
                raise InputRejected(t("仍被使用，不能彻底删除：{refs}", refs="、".join(refs)))
            s.delete(obj)


def _check_parent_alive(s: Session, obj: Any) -> None:
    # Whatever belongs to a region or a person comes back only while that one is live: a
    # shelter restored after its village was deleted was a live record nobody could reach.
    region_id = getattr(obj, "region_id", None)
    region = s.get(Region, region_id) if isinstance(region_id, int) else None
    if region is not None and region.is_deleted:
        raise InputRejected(t("请先恢复区划“{name}”", name=region.name))
    person_id = getattr(obj, "person_id", None)
    person = s.get(Person, person_id) if isinstance(person_id, int) else None
    if person is not None and person.is_deleted:
        raise InputRejected(t("请先恢复人员“{name}”", name=person.name))
    if isinstance(obj, Region) and obj.parent_id:
        parent = s.get(Region, obj.parent_id)
        if parent is not None and parent.is_deleted:
            raise InputRejected(t("请先恢复上级区划“{name}”", name=parent.name))
        clash = s.scalar(select(Region).where(
            Region.parent_id == obj.parent_id, Region.name == obj.name,
            Region.is_deleted.is_(False)))
        if clash is not None:
            raise InputRejected(t("同一上级下已有“{name}”，不能恢复", name=obj.name))
