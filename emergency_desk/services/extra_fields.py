"""Reading a record's extra fields (data/extra.py) for its form."""

from __future__ import annotations

from typing import Any

from emergency_desk.data.db import Database
from emergency_desk.data.extra import parse_extra


def extra_fields_of(db: Database, model: Any, record_id: int | None) -> dict[str, str]:
    """{header: text} kept with the record when it was imported; {} for a new record."""
    if record_id is None:
        return {}
    with db.read() as s:
        obj = s.get(model, record_id)
        return parse_extra(getattr(obj, "extra", None)) if obj is not None else {}
