"""Extra fields: columns of an imported sheet that map to no field of the register (民族, 文化程度,
住址, 保管人, 主要装备 …). Kept as JSON {header: text} in the record's `extra` column, shown in
its form and exported again after the template's columns, so nothing a clerk typed is lost.

The form edits them too (change a value, add a field, remove one). Its save goes through the
register's own service, which knows nothing of extra fields; so the form *stages* them
(`staged`) and `Database.begin()` lays them onto the record inside the same transaction as the
service's write (`apply_staged`): one commit, one audit row, refused together with the rest
when the record was changed by someone else.
"""

from __future__ import annotations

import contextlib
import json
from collections.abc import Iterator, Mapping
from contextvars import ContextVar
from dataclasses import dataclass
from typing import Any

from sqlalchemy.orm import Session

_dumps = json.JSONEncoder(ensure_ascii=False).encode


def parse_extra(raw: str | None) -> dict[str, str]:
    """A record's extra fields (header → text); a damaged value reads as none."""
    if not raw:
        return {}
    try:
        value = json.loads(raw)
    except ValueError:
        return {}
    return {str(k): str(v) for k, v in value.items()} if isinstance(value, dict) else {}


def dump_extra(values: Mapping[str, str]) -> str | None:
    """The JSON stored for `values`; None when there are none (the column stays empty)."""
    return _dumps(dict(values)) if values else None


@dataclass
class _Staged:
    model: Any
    record_id: int
    raw: str | None
    applied: bool = False


_staged: ContextVar[_Staged | None] = ContextVar("staged_extra", default=None)


@contextlib.contextmanager
def staged(model: Any, record_id: int, values: Mapping[str, str]) -> Iterator[_Staged]:
    """Within the block, the writing transaction that touches record `record_id` of `model`
    also stores `values` as its extra fields (`apply_staged`). The caller checks `.applied`
    afterwards: a save that never loaded the record needs `store_extra` on its own."""
    item = _Staged(model, record_id, dump_extra(values))
    token = _staged.set(item)
    try:
        yield item
    finally:
        _staged.reset(token)


def apply_staged(session: Session) -> None:
    """Called by `Database.begin()` before it commits: the staged extra fields go onto the
    record when this transaction loaded it (the service's update did)."""
    item = _staged.get()
    if item is None or item.applied:
        return
    obj = session.identity_map.get(session.identity_key(item.model, item.record_id))
    if obj is None:
        return
    item.applied = True
    if (obj.extra or None) != item.raw:
        obj.extra = item.raw
        session.flush()


def store_extra(session: Session, model: Any, record_id: int, values: Mapping[str, str]
                ) -> bool:
    """Set a record's extra fields; True when that changed them."""
    obj = session.get(model, record_id)
    raw = dump_extra(values)
    if obj is None or (obj.extra or None) == raw:
        return False
    obj.extra = raw
    return True
