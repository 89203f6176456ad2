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


def find_references(session: Session, target: str, record_id: int, *,
                    include_deleted: bool = False) -> list[str]:
    """Plain phrases like '3 个下级区划' for every live record that points at the target.

    `include_deleted` also counts records in the recycle bin: purging must not break them.
    """
    found: list[str] = []
    for ref in _REFS:
        if ref.target != target:
            continue
        col = getattr(ref.model, ref.column)
        cond = col == record_id
        if not include_deleted:
            cond = cond & ref.model.is_deleted.is_(False)
        n = session.scalar(select(func.count()).select_from(ref.model).where(cond))
        if n:
            found.append(t("{n} {measure}{noun}", n=n, measure=t(ref.measure), noun=t(ref.noun)))
    return found
