"""Who points at a record: a region still referenced cannot be deleted, and we say by what.

Each register registers its foreign keys here (model, column, Chinese noun, measure word), so
the region service needs no knowledge of later registers.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from emergency_desk.i18n import t


@dataclass(frozen=True)
class Reference:
    target: str  # table name pointed at, e.g. "region"
    model: Any  # the referring model class (has is_deleted)
    column: str  # its foreign-key attribute
    noun: str  # "灾害信息员"
    measure: str = "条"  # "名", "个", "支"


_REFS: list[Reference] = []


def register_reference(ref: Reference) -> None:
    if ref not in _REFS:
        _REFS.append(ref)


def find_references(session: Session, target: str, record_id: int) -> list[str]:
    """Plain phrases like '3 个下级区划' for every live record that points at the target."""
    found: list[str] = []
    for ref in _REFS:
        if ref.target != target:
            continue
        col = getattr(ref.model, ref.column)
        n = session.scalar(select(func.count()).select_from(ref.model).where(
            col == record_id, ref.model.is_deleted.is_(False)))
        if n:
            found.append(t("{n} {measure}{noun}", n=n, measure=t(ref.measure), noun=t(ref.noun)))
    return found
