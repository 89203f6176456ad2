"""The bulk driver shared by the 法规库 and 典型案例库 imports (io/regulation_rows.py,
io/case_rows.py; issue 20).

Each went one row at a time through the window's service: a select comparing the folded
title with every stored record (no index serves `same_name`), a flush and the audit hook a
row — quadratic, 10–16 s for 1,000 rows. Here the live records' natural keys are loaded
once into a dict (the normal form of data/names.py, so a row finds the record the select
found), a chunk of rows at a time loads the stored values of the records it names, the
register's rules (the form's `check_*`) run on plain values, and io/bulk.py writes with
Core a chunk at a time, each insert and update with the audit row the ORM save gave it.

The 原文/附件 cell attaches a file only when it gives a full path (rare in a sheet): the
blob is stored at once (the record's checksum refers to it), and the record gets the file as
the service did: a new record its insert and then an update with the file (two audit rows,
as the save's flush and the file's flush wrote), a matched record one update with both.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable, Iterable
from pathlib import Path, PureWindowsPath
from typing import Any

from sqlalchemy import bindparam, select, update
from sqlalchemy.orm import Session

from emergency_desk.data.dates import MONTH_FIELDS, with_precision
from emergency_desk.errors import ValidationFailed
from emergency_desk.i18n import t
from emergency_desk.io.bulk import Bulk, BulkTable, WrittenRows
from emergency_desk.io.row_upsert import CellProblem, row_problems
from emergency_desk.io.spec import (
    BAD,
    CHUNK_ROWS,
    AuditRows,
    ImportCounts,
    Record,
    RegisterSpec,
    absent_columns,
    keep_absent,
    record_chunks,
)
from emergency_desk.services import stored_files
from emergency_desk.services.people_index import chunked
from emergency_desk.services.stored_files import StoredFile

FILE_COLUMNS = ("file_name", "file_size", "file_sha256")
_NO_FILE = dict.fromkeys(FILE_COLUMNS)


def file_to_attach(cell: str | None, stored_name: str | None,
                   column: str) -> StoredFile | None:
    """What a 原文/扫描件 cell asks of a record whose file is `stored_name`: nothing (blank, or
    the name on record), or the file at the full path it gives (read here); else
    CellProblem. The one rule of io/library.file_cell_in and of the bulk imports."""
    if cell is None or cell == stored_name:
        return None
    path = Path(cell)
    if not (path.is_absolute() or PureWindowsPath(cell).is_absolute()) or not path.is_file():
        raise CellProblem(column, t(
            "“{name}”不是已附加的文件。要附加新文件，请填写文件的完整路径"
            "（如 D:\\扫描件\\{name}），或在窗口中用“附加文件”添加；不改文件时留空",
            name=cell))
    return stored_files.read_file(path)


class Stored:
    """A live record: id, uuid, and its values while a chunk of rows needs them."""

    __slots__ = ("id", "uuid", "values")

    def __init__(self, rid: int, uuid: str, values: dict[str, Any] | None = None) -> None:
        self.id, self.uuid, self.values = rid, uuid, values


class _TextTable(BulkTable):
    """A regulation's document text beside the chunk's writes: data/audit.py does not audit
    it and the ORM set it in the flush that attached the file, so it gets neither an audit
    row nor a version of its own. Written after the record's insert (tables go in order)."""

    def set(self, rid: int, text: str | None) -> None:
        self.updates.append({"b_id": rid, "t_text": text})

    def write(self) -> None:
        if self.updates:
            self.session.execute(update(self.table).where(self.table.c.id == bindparam("b_id"))
                                 .values(full_text=bindparam("t_text")), self.updates)
            self.updates = []


class LibraryRows:
    """Subclasses give the model, the columns a row writes (`fields`, file columns aside),
    the natural key's columns and its normal form (`key`, `raw_key`), `checked(rec)` and
    `kept` (a matched record's stored spelling and 备注 laid over the row's input) and
    `values_of`."""

    model: Any
    fields: tuple[str, ...]
    key_columns: tuple[str, ...]
    has_text = False  # the record keeps its document's text (`text_of`): regulations

    def __init__(self, spec: RegisterSpec, session: Session, counts: ImportCounts) -> None:
        self.spec, self.session, self.counts = spec, session, counts
        self.cache: dict[str, Any] = {}  # region_id_in's
        m = self.model
        # Live records by natural key; with two on one key the first (lowest id) is the one
        # the service's select found.
        self.index: dict[Hashable, Stored] = {}
        for rid, uuid, *key in session.execute(
                select(m.id, m.uuid, *(getattr(m, c) for c in self.key_columns))
                .where(m.is_deleted.is_(False)).order_by(m.id)):
            self.index.setdefault(self.key(*key), Stored(rid, uuid))
        self.bulk = Bulk(session)
        self.table = self.bulk.table(m)
        self.files = self.bulk.table(m)  # a new record's file: an update after its insert
        self.texts: _TextTable | None = None
        if self.has_text:
            audit_rows = AuditRows(m.__tablename__, m.__label__)
            self.texts = _TextTable(session, m, audit_rows, self.bulk.stamp)
            self.bulk.tables.append(self.texts)
        self.written = WrittenRows()
        self._holding: list[Stored] = []  # those whose values the current chunk loaded
        self._loaded = (*self.fields, *FILE_COLUMNS,
                        *(f + "_month" for f in MONTH_FIELDS.get(m, ())))

    def key(self, *values: Any) -> Hashable:
        raise NotImplementedError

    def raw_key(self, rec: Record) -> Hashable | None:
        """The key a row will look up, from its cells (to load a chunk's records at once)."""
        raise NotImplementedError

    def checked(self, rec: Record) -> tuple[Hashable, Any]:
        """The row through the register's rules: its key and its checked input (raises
        CellProblem or ValidationFailed)."""
        raise NotImplementedError

    def kept(self, d: Any, old: dict[str, Any]) -> Any:
        """`d` as it updates the stored record `old` (its spelling, a blank 备注)."""
        raise NotImplementedError

    def values_of(self, d: Any) -> dict[str, Any]:
        """The columns checked input `d` writes (the service's `*_values`)."""
        raise NotImplementedError

    def run(self, records: Iterable[Record],
            progress: Callable[[int, int], None] | None) -> None:
        refused = False
        for part in record_chunks(records, progress, CHUNK_ROWS):
            self._load(part)
            for rec in part:
                before = len(self.counts.errors)
                if any(v is BAD for v in rec.values.values()):
                    refused = True  # its cell errors are already reported
                else:
                    self._row(rec)
                refused = refused or len(self.counts.errors) != before
                self.bulk.row_done(refused=refused)
            for stored in self._holding:  # what the next chunk needs, it loads again
                stored.values = None
            self._holding = []
        self.bulk.write()

    def _load(self, part: list[Record]) -> None:
        """The stored values of the records this chunk's rows name, in a query or two."""
        want: dict[int, Stored] = {}
        for rec in part:
            if any(v is BAD for v in rec.values.values()):
                continue  # refused already
            key = self.raw_key(rec)
            stored = self.index.get(key) if key is not None else None
            if stored is not None and stored.values is None:
                want[stored.id] = stored
        m = self.model
        months = MONTH_FIELDS.get(m, ())
        for ids in chunked(want):
            for rid, *values in self.session.execute(
                    select(m.id, *(getattr(m, c) for c in self._loaded)).where(m.id.in_(ids))):
                row = dict(zip(self._loaded, values, strict=True))
                for f in months:  # as the ORM loads them (data/dates.py)
                    row[f] = with_precision(row[f], row[f + "_month"])
                want[rid].values = row
                self._holding.append(want[rid])

    def _row(self, rec: Record) -> None:
        spec, counts = self.spec, self.counts
        try:
            found = self.checked(rec)
        except (CellProblem, ValidationFailed) as exc:
            counts.errors.extend(row_problems(spec, rec, exc))
            return
        key, d = found
        stored = self.index.get(key)
        if stored is not None and (first := self.written.row(stored.id)) is not None:
            counts.errors.append(spec.error(rec, spec.columns[0].field, t(
                "与第 {row} 行重复（同一记录出现两次）", row=first)))
            return
        try:
            attach = file_to_attach(rec.values.get("file"),
                                    stored.values["file_name"] if stored and stored.values
                                    else None, "file")
        except CellProblem as exc:
            counts.errors.append(spec.error(rec, exc.column, exc.reason))
            return
        if attach is not None:
            stored_files.keep_blob(self.session, attach)  # before the record refers to it
        if stored is None:
            new = self.values_of(d)
            title = self.title_of(new)
            rid, uuid = self.table.insert(new, title)
            if attach is not None:
                self.files.update(rid, uuid, title, _NO_FILE, _file_values(attach))
                self._text(rid, attach)
            stored = self.index[key] = Stored(rid, uuid)
            change = "inserted"
        else:
            old = stored.values
            assert old is not None
            new = keep_absent(self.values_of(self.kept(d, old)), old,
                              absent_columns(spec, rec))  # no column: stays as stored
            new.update(_file_values(attach) if attach is not None
                       else {c: old[c] for c in FILE_COLUMNS})
            changed = self.table.update(stored.id, stored.uuid, self.title_of(new), old, new)
            if attach is not None:
                self._text(stored.id, attach)
            change = "updated" if changed or attach is not None else "unchanged"
        self.written.add(stored.id, rec.row)
        setattr(counts, change, getattr(counts, change) + 1)

    def title_of(self, values: dict[str, Any]) -> str:
        return str(values["title"])

    def text_of(self, f: StoredFile) -> str | None:
        return None

    def _text(self, rid: int, f: StoredFile) -> None:
        if self.texts is not None:
            self.texts.set(rid, self.text_of(f))


def _file_values(f: StoredFile) -> dict[str, Any]:
    return {"file_name": f.name, "file_size": f.size, "file_sha256": f.sha256}
