"""A record's extra fields (data/extra.py) for its form: read, and saved with the form."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, TypeVar

from emergency_desk.data.db import Database
from emergency_desk.data.extra import parse_extra, staged, store_extra

T = TypeVar("T")


@dataclass
class ExtraFields:
    """What a form's 其他信息 section edits: the record and its {header: text}."""

    db: Database
    model: Any
    record_id: int
    values: dict[str, str] = field(default_factory=dict)


def extra_fields_of(db: Database, model: Any, record_id: int | None) -> ExtraFields | None:
    """The extra fields kept with a record; None for a new record (nothing to keep yet)."""
    if record_id is None:
        return None
    with db.read() as s:
        obj = s.get(model, record_id)
        if obj is None:
            return None
        return ExtraFields(db, model, record_id, parse_extra(getattr(obj, "extra", None)))


def save_with_extra(extra: ExtraFields, values: dict[str, str], save: Callable[[], T]) -> T:
    """Run a form's `save` with the record's extra fields set to `values`: in the same
    transaction as the service's write when that write loads the record (every update does),
    else in one of their own right after it. Nothing is stored if `save` raises."""
    if values == extra.values:
        return save()
    with staged(extra.model, extra.record_id, values) as item:
        result = save()
    if not item.applied:
        with extra.db.begin() as s:
            store_extra(s, extra.model, extra.record_id, values)
    extra.values = dict(values)
    return result
