"""The conflicts view's service: records both sides changed since the last merge.

The merge kept the county's copy (merge.py); the other copy waits here. Choosing 保留 closes
the conflict; choosing the other copy writes it over the record as a new change (now), so it
travels with the next package like any edit. Both are audited.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from emergency_desk.data.audit import current_user, record_event
from emergency_desk.data.base import Base, now
from emergency_desk.data.dates import MONTH_FIELDS, MonthDate
from emergency_desk.data.db import Database
from emergency_desk.data.exchange import ExchangeConflict
from emergency_desk.errors import InputRejected
from emergency_desk.i18n import t
from emergency_desk.services.audit_log import enum_labels, field_label, value_text
from emergency_desk.services.exchange.package import decode
from emergency_desk.services.exchange.scope import exchanged_models, fk_target

# Bookkeeping columns a clerk never reads as a difference.
_HIDDEN = {"created_at", "updated_at", "deleted_at", "search_key", "path", "official_name",
           "sort_town", "sort_village"}


@dataclass(frozen=True)
class Difference:
    key: str
    label: str
    current: str
    other: str


@dataclass(frozen=True)
class ConflictRow:
    id: int
    created_at: datetime
    origin_name: str
    table_name: str
    register: str  # the record kind, Chinese
    record: str  # its name
    other_side: str  # "remote": the package's copy waits; "local": this office's copy waits
    other_updated_at: datetime
    differences: tuple[Difference, ...]
    resolved_at: datetime | None = None
    resolution: str | None = None

    @property
    def current_text(self) -> str:
        return t("县级的版本（现在台账中）") if self.other_side == "remote" \
            else t("县级发来的版本（现在台账中）")

    @property
    def other_text(self) -> str:
        return t("{origin}的版本", origin=self.origin_name) if self.other_side == "remote" \
            else t("本单位原来的版本")


def _model(table: str) -> Any:
    for m in exchanged_models():
        if m.__tablename__ == table:
            return m
    raise InputRejected(t("未知的记录类型 {table}", table=table))


def _name(s: Session, table: str, record_id: Any) -> str:
    meta = Base.metadata.tables[table]
    col = next((meta.c[k] for k in ("path", "name", "title") if k in meta.c), None)
    if col is None or record_id is None:
        return "" if record_id is None else f"#{record_id}"
    return str(s.scalar(select(col).where(meta.c.id == record_id)) or f"#{record_id}")


def _show(s: Session, column: Any, value: Any, enums: dict[str, str]) -> str:
    target = fk_target(column)
    if target is not None and value is not None:
        return _name(s, target, value)
    if column.name == "is_deleted":
        return t("已删除") if value else t("在用")
    return value_text(value.isoformat() if hasattr(value, "isoformat") else value, enums)


class ConflictService:
    def __init__(self, db: Database) -> None:
        self.db = db

    def count_open(self) -> int:
        with self.db.read() as s:
            return len(s.scalars(select(ExchangeConflict.id).where(
                ExchangeConflict.resolved_at.is_(None))).all())

    def list(self, *, resolved: bool = False) -> list[ConflictRow]:
        """Open conflicts (or, with resolved=True, the settled ones too), newest first."""
        enums = enum_labels()
        query = select(ExchangeConflict).order_by(ExchangeConflict.id.desc())
        if not resolved:
            query = query.where(ExchangeConflict.resolved_at.is_(None))
        out: list[ConflictRow] = []
        with self.db.read() as s:
            for c in s.scalars(query):
                model = _model(c.table_name)
                obj = s.scalars(select(model).where(model.uuid == c.record_uuid)).first()
                if obj is None:
                    continue
                other = json.loads(c.other_values)
                diffs = []
                for col in model.__table__.columns:
                    if col.name not in other or col.name in _HIDDEN:
                        continue
                    mine, theirs = getattr(obj, col.key), decode(col, other[col.name])
                    if mine != theirs:
                        diffs.append(Difference(col.name, field_label(c.table_name, col.name),
                                                _show(s, col, mine, enums),
                                                _show(s, col, theirs, enums)))
                out.append(ConflictRow(
                    c.id, c.created_at, c.origin_name, c.table_name, t(model.__label__),
                    str(getattr(obj, "path", None) or getattr(obj, "name", None)
                        or getattr(obj, "title", None) or obj.id),
                    c.other_side, c.other_updated_at, tuple(diffs), c.resolved_at,
                    c.resolution))
        return out

    def resolve(self, conflict_id: int, *, take_other: bool) -> None:
        """保留 (take_other=False) or 采用另一份 (True): the conflict is closed either way."""
        with self.db.begin() as s:
            c = s.get(ExchangeConflict, conflict_id)
            if c is None or c.resolved_at is not None:
                raise InputRejected(t("这条冲突已经处理过了，请刷新列表。"))
            model = _model(c.table_name)
            obj = s.scalars(select(model).where(model.uuid == c.record_uuid)).first()
            if obj is None:
                raise InputRejected(t("冲突涉及的记录已不存在（可能已被彻底删除）。"))
            if take_other:
                other = json.loads(c.other_values)
                for col in model.__table__.columns:
                    if col.name in other and col.name not in ("created_at", "updated_at"):
                        setattr(obj, col.key, decode(col, other[col.name]))
                for f in MONTH_FIELDS.get(model, ()):
                    value = getattr(obj, f)
                    if other.get(f + "_month") and value is not None:
                        setattr(obj, f, MonthDate.of(value))
                obj.updated_at = now()  # a decision made today: the newest change
            c.resolved_at, c.resolution = now(), "other" if take_other else "kept"
            c.resolved_by = current_user()
            record_event(s, "conflict", c.table_name, t(
                "处理合并冲突：{what}，{choice}", what=str(getattr(obj, "name", "") or obj.id),
                choice=t("采用另一份") if take_other else t("保留现有")), record=obj)
