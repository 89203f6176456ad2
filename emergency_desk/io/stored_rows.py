"""The live records a bulk import matches its rows against, as plain values (issue 20).

The imports of io/contact_rows.py and the other registers moved off one row at a time load
their table's live records once (`live_records`) into a dict keyed as the rows name them,
and write through io/bulk.py (`StoredWriter`): each record remembers the file row that named
it, so a record named twice is refused as before.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from emergency_desk.i18n import t
from emergency_desk.io.bulk import BulkTable
from emergency_desk.io.spec import ImportCounts, Record, RegisterSpec


class Stored:
    """A live record: id, uuid and its columns as stored (or as this import wrote them)."""

    __slots__ = ("id", "row", "uuid", "values")

    def __init__(self, rid: int, uuid: str, values: dict[str, Any]) -> None:
        self.id, self.uuid, self.values = rid, uuid, values
        self.row: int | None = None  # the file row that named it, once one has


def live_records(session: Session, model: Any, fields: tuple[str, ...]) -> Iterator[Stored]:
    """`model`'s live records in id order (the first of a key is the one the form's
    `select(...).first()` found)."""
    for rid, uuid, *values in session.execute(
            select(model.id, model.uuid, *(getattr(model, f) for f in fields))
            .where(model.is_deleted.is_(False)).order_by(model.id)):
        yield Stored(rid, uuid, dict(zip(fields, values, strict=True)))


def write_stored(table: BulkTable, stored: Stored | None, values: Mapping[str, Any],
                 name: str) -> tuple[Stored, str]:
    """Insert `values` (no `stored`) or update `stored` to them; the record and its change
    (inserted / updated / unchanged). Every update of one import passes the same keys."""
    if stored is None:
        rid, uuid = table.insert(values, name)
        return Stored(rid, uuid, dict(values)), "inserted"
    if not table.update(stored.id, stored.uuid, name, stored.values, values):
        return stored, "unchanged"
    stored.values = {**stored.values, **values}
    return stored, "updated"


def count_row(spec: RegisterSpec, counts: ImportCounts, rec: Record, stored: Stored,
              change: str) -> None:
    """Count a row's change, or refuse it when an earlier row named the same record."""
    if stored.row is not None:
        counts.errors.append(spec.error(rec, spec.columns[0].field, t(
            "与第 {row} 行重复（同一记录出现两次）", row=stored.row)))
        return
    stored.row = rec.row
    setattr(counts, change, getattr(counts, change) + 1)
