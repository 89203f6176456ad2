"""The live records a bulk import matches its rows against, as plain values (issue 20).

The imports of io/contact_rows.py and the other registers moved off one row at a time load
their table's live records once (`live_records`) into a dict keyed as the rows name them, and
write through io/bulk.py a chunk at a time (contacts, duty and leaders through `StoredRows`):
each record remembers the file row that named it, so a record named twice is refused as
before.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable, Iterable, Iterator, Mapping
from types import MappingProxyType
from typing import Any, ClassVar, Generic, TypeVar

from sqlalchemy import select
from sqlalchemy.orm import Session

from emergency_desk.i18n import t
from emergency_desk.io.bulk import Bulk, BulkTable
from emergency_desk.io.spec import (
    ImportCounts,
    Record,
    RegisterSpec,
    absent_columns,
    keep_absent,
    record_chunks,
)


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


K = TypeVar("K", bound=Hashable)


class StoredRows(Generic[K]):
    """A register's bulk import into one table: subclasses fill `stored` with the live records
    by the key a row names them by, and check each row in `_row`, which ends in `write_row`."""

    # A row's field → the column it is stored in, where the two are named apart.
    renamed: ClassVar[Mapping[str, str]] = MappingProxyType({})

    def __init__(self, spec: RegisterSpec, session: Session, counts: ImportCounts,
                 model: Any) -> None:
        self.spec, self.session, self.counts = spec, session, counts
        self.cache: dict[str, Any] = {}  # region_id_in's
        self.stored: dict[K, Stored] = {}
        self.bulk = Bulk(session)
        self.table = self.bulk.table(model)

    def run(self, records: Iterable[Record],
            progress: Callable[[int, int], None] | None) -> None:
        for part in record_chunks(records, progress):
            self.bulk.run_rows(part, self.counts.errors, self._row, None)

    def _row(self, rec: Record) -> None:
        raise NotImplementedError

    def write_row(self, rec: Record, key: K,
                  values: Callable[[Stored | None], Mapping[str, Any]], name: str = "") -> None:
        """Insert or update the record `key` names to `values(stored record or None)` and
        count the row; a second row of one record is refused (count_row) and writes nothing."""
        stored = self.stored.get(key)
        change = "unchanged"
        if stored is None or stored.row is None:
            new = dict(values(stored))
            if stored is not None:  # what the sheet has no column for stays as stored
                keep_absent(new, stored.values, absent_columns(self.spec, rec, self.renamed))
            stored, change = write_stored(self.table, stored, new, name)
            self.stored[key] = stored
        count_row(self.spec, self.counts, rec, stored, change)
