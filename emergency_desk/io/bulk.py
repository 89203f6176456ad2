"""Core executemany writes for bulk imports, chunk by chunk, with their audit rows (issue 20).

The ORM's unit of work costs far more per row than SQLite's insert (an object, its history,
the flush's bookkeeping, the audit hook walking every pending object), and a session holding
every written object grows with the file. An import that has checked its rows against dicts
loaded once therefore hands plain values here: `BulkTable` numbers new rows itself (so later
rows can refer to them at once), fills the columns' defaults as the ORM would, and builds the
audit row of every insert and update in the shape data/audit.py gives ORM changes (same keys,
same order, same JSON). `Bulk.row_done` writes everything pending once a chunk is full, so
memory stays flat; all of it runs in the importer's one transaction, so a refused file still
leaves nothing behind.
"""

from __future__ import annotations

from array import array
from bisect import bisect_left
from collections.abc import Callable, Mapping
from datetime import datetime
from typing import Any, cast

from sqlalchemy import Table, bindparam, func, select, update
from sqlalchemy.orm import Session

from emergency_desk.data import audit
from emergency_desk.data.base import new_uuid, now
from emergency_desk.io.spec import BAD, AuditRows, insert_rows
from emergency_desk.services.plain_rows import PlainRow, new_row

CHUNK = 1000  # rows per executemany: large enough to amortise, small enough to stay flat
_OWN = ("id", "uuid", "created_at", "updated_at", "is_deleted", "deleted_at", "row_version")


class BulkTable:
    """Pending inserts and updates of one audited model's table."""

    def __init__(self, session: Session, model: Any, audit_rows: AuditRows,
                 stamp: datetime) -> None:
        self.session, self.model, self.audit, self.stamp = session, model, audit_rows, stamp
        self.table = cast(Table, model.__table__)
        self.next_id = int(session.scalar(select(func.max(self.table.c.id))) or 0) + 1
        self._insert_keys = audit.insert_keys(model)
        self._update_keys = audit.update_keys(model)
        # Column defaults as the ORM applies them on insert: scalars in a template copied
        # for each new row, callables (taking the execution context, which SQLAlchemy wraps
        # around zero-argument functions) called for each.
        self._template: dict[str, Any] = {}
        self._calls: list[tuple[str, Callable[[Any], Any]]] = []
        for c in self.table.columns:
            if c.key in _OWN:
                continue
            d = c.default
            arg = getattr(d, "arg", None) if d is not None else None
            self._template[c.key] = None if getattr(d, "is_callable", False) else arg
            if getattr(d, "is_callable", False):
                self._calls.append((c.key, cast(Callable[[Any], Any], arg)))
        self.inserts: list[dict[str, Any]] = []
        self.updates: list[dict[str, Any]] = []

    def reserve(self) -> int:
        """An id for a row inserted later in this import (rows of the same chunk refer to it)."""
        rid = self.next_id
        self.next_id += 1
        return rid

    def insert(self, values: Mapping[str, Any], name: str,
               rid: int | None = None) -> tuple[int, str]:
        """A new row from `values` (other columns take their defaults); its id (`rid` when
        reserved before) and uuid."""
        if rid is None:
            rid = self.reserve()
        row = self._template.copy()
        for key, call in self._calls:
            row[key] = call(None)
        row.update(values)
        uuid = new_uuid()
        row.update(id=rid, uuid=uuid, created_at=self.stamp, updated_at=self.stamp,
                   is_deleted=False, deleted_at=None, row_version=1)
        self.audit.add_insert(rid, uuid, name, [
            (k, v) for k in self._insert_keys if (v := row.get(k)) is not None])
        self.inserts.append(row)
        return rid, uuid

    def update(self, rid: int, uuid: str, name: str, old: Mapping[str, Any],
               new: Mapping[str, Any]) -> bool:
        """Set `new` (every call the same keys) on row `rid`, which held `old`; False when
        nothing differs. The audit row lists what differs (a derived column such as
        search_key alone gets none, as with the ORM); the row's version moves on."""
        if all(old.get(k) == v for k, v in new.items()):
            return False
        changes = {k: (old.get(k), new[k]) for k in self._update_keys
                   if k in new and old.get(k) != new[k]}
        if changes:  # named as data/audit.py names ORM changes
            action = "update" if "is_deleted" not in changes else \
                "delete" if changes["is_deleted"][1] else "restore"
            self.audit.add(action, rid, uuid, name, changes)
        self.updates.append({**new, "b_id": rid, "updated_at": self.stamp})
        return True

    @property
    def pending(self) -> int:
        return len(self.inserts) + len(self.updates)

    def write(self) -> None:
        if self.inserts:
            insert_rows(self.session, self.table, self.inserts)
            self.inserts = []
        if self.updates:
            keys = [k for k in self.updates[0] if k != "b_id"]
            stmt = update(self.table).where(self.table.c.id == bindparam("b_id")).values(
                {**{k: bindparam(k) for k in keys},
                 "row_version": self.table.c.row_version + 1})
            self.session.execute(stmt, self.updates)
            self.updates = []


class Bulk:
    """The tables one import writes, in the order their rows may refer to each other."""

    def __init__(self, session: Session) -> None:
        self.session = session
        self.stamp = now()
        self.tables: list[BulkTable] = []
        self.writing = True  # False once the file is known to be refused: nothing to write

    def table(self, model: Any) -> BulkTable:
        audit_rows = AuditRows(model.__tablename__, model.__label__)
        audit_rows.at = self.stamp
        t = BulkTable(self.session, model, audit_rows, self.stamp)
        self.tables.append(t)
        return t

    def row_done(self, refused: bool = False) -> None:
        """Write what is pending once a chunk is full; `refused`: the file has an error, so
        drop what is pending and write nothing more."""
        if refused:
            self.writing = False
        if not self.writing:
            self._drop()
        elif sum(t.pending for t in self.tables) >= CHUNK:
            self.write()

    def stop(self) -> None:
        """The file will be refused: drop what is pending and write nothing more."""
        self.writing = False
        self._drop()

    def run_rows(self, records: list[Any], errors: list[Any],
                 row: Callable[[Any], None],
                 progress: Callable[[int, int], None] | None) -> None:
        """Each record through `row`, which checks it and adds what it changes, or appends
        to `errors`; a chunk is written when full, and nothing more once a record was
        refused (a cell of it already reported bad, or `row` added an error)."""
        refused = False
        for done, rec in enumerate(records, 1):
            if progress is not None and done % 100 == 0:
                progress(done, len(records))
            before = len(errors)
            if any(v is BAD for v in rec.values.values()):
                refused = True  # its cell errors are already reported
            else:
                row(rec)
            refused = refused or len(errors) != before
            self.row_done(refused=refused)
        self.write()
        if progress is not None:
            progress(len(records), len(records))

    def _drop(self) -> None:
        for t in self.tables:
            t.inserts, t.updates, t.audit.rows = [], [], []

    def write(self) -> None:
        if not self.writing:
            return
        for t in self.tables:
            t.write()
        for t in self.tables:
            t.audit.write(self.session)


class PlainWriter:
    """Plain rows (services/plain_rows.py) that the current chunk's rows made or changed, each
    written once when the chunk is done — an insert with its defaults, or an update of what
    differs from the stored row — with one audit row, as one ORM flush of the chunk did.
    Tables are written in the order they were added here (people before what refers to
    them)."""

    def __init__(self, bulk: Bulk) -> None:
        self.bulk = bulk
        self._tables: dict[Any, tuple[BulkTable, Callable[[PlainRow], str]]] = {}
        self._touched: dict[PlainRow, None] = {}

    def table(self, model: Any, name: Callable[[PlainRow], str]) -> BulkTable:
        """Write `model`'s rows; `name` gives the audit summary's name (as its model's `name`
        property gives it to data/audit.py)."""
        t = self.bulk.table(model)
        self._tables[model] = (t, name)
        return t

    def new(self, model: Any) -> PlainRow:
        """A new row of `model`, numbered now so that rows of the chunk can refer to it."""
        row = new_row(model, self._tables[model][0].reserve())
        self._touched[row] = None
        return row

    def touch(self, row: PlainRow) -> None:
        self._touched[row] = None

    def write(self) -> None:
        for row in self._touched:
            table, name = self._tables[row.model]
            if row.stored is None:  # blanks take the columns' defaults, as an ORM insert
                _rid, row.uuid = table.insert(row.values(blanks=False), name(row), rid=row.id)
            else:
                table.update(row.id, row.uuid, name(row), row.stored, row.values())
        self._touched.clear()
        self.bulk.write()


class WrittenRows:
    """Record id → the file row that wrote it, for every record an import wrote (to name the
    earlier row when a row repeats one). A dict of 50,000 ids took 4.5 MiB, growing with the
    file (issue 20); here the latest ids wait in a small dict and are then moved into two
    arrays kept sorted by id (8 bytes each), looked up by bisection. Ids arrive ascending as
    a rule (new records are numbered in row order, a re-import names its records in the
    order they were written), so moving them is an append; otherwise the arrays are merged.
    """

    def __init__(self) -> None:
        self._ids = array("q")
        self._rows = array("q")
        self._recent: dict[int, int] = {}

    def row(self, rid: int | None) -> int | None:
        if rid is None:
            return None
        hit = self._recent.get(rid)
        if hit is not None:
            return hit
        i = bisect_left(self._ids, rid)
        return self._rows[i] if i < len(self._ids) and self._ids[i] == rid else None

    def add(self, rid: int, row: int) -> None:
        self._recent[rid] = row
        if len(self._recent) >= CHUNK:
            self._settle()

    def _settle(self) -> None:
        recent = sorted(self._recent.items())
        self._recent = {}
        if self._ids and recent[0][0] <= self._ids[-1]:  # out of order: merge
            recent = sorted([*zip(self._ids, self._rows, strict=True), *recent])
            self._ids, self._rows = array("q"), array("q")
        self._ids.extend(i for i, _ in recent)
        self._rows.extend(r for _, r in recent)

