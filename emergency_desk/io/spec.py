"""The register-spec framework: one `RegisterSpec` per Excel register.

A spec says which columns the register has (header text, synonyms, how to read each cell,
drop-down choices, width, a note for the template) and how to upsert parsed rows into the
database inside the importer's one transaction. The importer, exporter and template writer are
generic; a new register (warehouses, officers, …) only writes its spec and lists it in
`io/registers.py`.
"""

from __future__ import annotations

import json
from abc import ABC, abstractmethod
from collections.abc import Callable, Iterable, Iterator, Mapping, Sized
from dataclasses import dataclass, field
from datetime import date, datetime
from operator import itemgetter
from typing import Any, ClassVar, cast

from sqlalchemy import Table, select
from sqlalchemy.orm import Session

from emergency_desk.data import audit
from emergency_desk.data.base import now
from emergency_desk.data.db import Database
from emergency_desk.data.extra import dump_extra, parse_extra
from emergency_desk.errors import RowError
from emergency_desk.io.normalize import Parser


class _Bad:
    """Marks a cell that failed to parse: its error is already reported, skip its checks."""

    _instance: _Bad | None = None

    def __new__(cls) -> _Bad:
        if cls._instance is None:
            cls._instance = super().__new__(cls)
        return cls._instance

    def __repr__(self) -> str:
        return "BAD"

    def __bool__(self) -> bool:
        return False


BAD: Any = _Bad()


@dataclass(frozen=True)
class Column:
    """One column of a register's sheet.

    name: header text in the template and exports (docs/design.md §3); field: key in Record.values;
    parse: a normaliser from io.normalize (raises CellError); synonyms: other header texts
    accepted on import; choices: values for the template's drop-down list; comment: the
    format note shown on the template's header cell and in its 填写说明 sheet; as_text: the
    template formats the column as text so Excel keeps leading zeros and all 18 digits.
    """

    name: str
    field: str
    parse: Parser
    required: bool = False
    synonyms: tuple[str, ...] = ()
    choices: tuple[str, ...] = ()
    width: int = 12
    comment: str = ""
    as_text: bool = False  # template formats the column as text (codes, phones, ID numbers)


@dataclass
class Record:
    """One parsed sheet row: field → value (None for blank, BAD for a cell already in error).

    Only the fields whose column was present in the sheet are in `values`, so an update from a
    sheet without, say, 备注 leaves 备注 alone.
    """

    row: int
    values: dict[str, Any]
    sheet: str | None = None
    # Cells under headers that map to no column (民族, 住址 …): header → text, kept with the
    # record (its `extra` column) rather than dropped.
    extra: dict[str, str] = field(default_factory=dict)


def absent_columns(spec: RegisterSpec, rec: Record,
                   renamed: Mapping[str, str] | None = None) -> frozenset[str]:
    """The stored columns of the fields `rec`'s sheet has no column for (`renamed`: field →
    column where the two are named apart), with their month flags. An update leaves them as
    they are: a list of monitors' phones does not erase the hazard points' types."""
    names = renamed or {}
    out: set[str] = set()
    for c in spec.columns:
        if c.field not in rec.values:
            column = names.get(c.field, c.field)
            out.update((column, column + "_month"))
    return frozenset(out)


def keep_absent(new: dict[str, Any], old: Mapping[str, Any],
                absent: frozenset[str]) -> dict[str, Any]:
    """`new` with the `absent` columns as `old` holds them (every row of one sheet keeps the
    same keys: the bulk update writes them all)."""
    for k in absent:
        if k in new and k in old:
            new[k] = old[k]
    return new


# Rows an import checks against one load of what they name and writes in one flush: few
# statements, and memory for one chunk of objects, not the whole file (issue 20).
CHUNK_ROWS = 1000


@dataclass
class ImportCounts:
    inserted: int = 0
    updated: int = 0
    unchanged: int = 0
    errors: list[RowError] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)  # for the summary: "新建物资品目 5 个。"


class RegisterSpec(ABC):
    """Subclasses set name, title_zh, columns, natural_key, table and implement the two
    methods. `import_records` must only write through `session`, so the importer can roll the
    whole file back."""

    name: str
    title_zh: str
    columns: list[Column]
    natural_key: str  # described for users, e.g. "区划代码，没有时按 上级+名称"
    table: str  # database table, for the import's audit row
    # A required column that may be left out when another one is present (the spec then works
    # it out per row): 层级 ← 区划代码 for regions.
    derivable: ClassVar[dict[str, str]] = {}
    keeps_extra = False  # its records have an `extra` column for columns mapping to nothing
    # Headers that map to no column but that the register reads all the same (the leaders'
    # 单位, part of 本职职务): not listed as columns not imported.
    reads_extra: ClassVar[tuple[str, ...]] = ()
    # The tables whose `extra` the export writes (keeps_extra registers): their keys become
    # the header of the columns after the template's, read before the rows are streamed.
    extra_models: ClassVar[tuple[Any, ...]] = ()
    # import_records reads its records once, in order, a chunk at a time: the importer then
    # hands them over as the file is read (io/importer.RecordStream), not as a list.
    streams: ClassVar[bool] = False

    def column(self, field_name: str) -> Column:
        for c in self.columns:
            if c.field == field_name:
                return c
        raise KeyError(field_name)

    def error(self, rec: Record, field_name: str, reason: str) -> RowError:
        """A RowError for a field; the importer renames the column to the sheet's header."""
        try:
            col = self.column(field_name).name
        except KeyError:
            col = field_name  # a service's field label (ValidationFailed) is already Chinese
        return RowError(rec.row, col, reason, rec.sheet)

    @abstractmethod
    def import_records(self, session: Session, records: list[Record],
                       progress: Callable[[int, int], None] | None = None) -> ImportCounts:
        """Validate, resolve references and upsert inside `session`; report every problem."""

    @abstractmethod
    def export_rows(self, db: Database) -> Iterator[list[Any]]:
        """Cell values in column order, as the import reads them back."""

    def count(self, db: Database) -> int:
        """How many rows export_rows will give (for progress); 0 if unknown."""
        return 0


# -- audit rows for bulk writes -----------------------------------------------------------
def _plain(value: Any) -> Any:
    if isinstance(value, datetime | date):
        return value.isoformat()
    return value


def _encoder() -> Callable[[Any], str]:
    """json.dumps(…, ensure_ascii=False) of an audit row's changes, one call per row changed.
    json.dumps builds a new encoder for every call that is not all defaults (a third of
    an audit row's cost in a bulk import, issue 20): the C encoder is built once here,
    with exactly the arguments JSONEncoder(ensure_ascii=False) gives it."""
    from json import encoder

    plain = json.JSONEncoder(ensure_ascii=False)
    make = getattr(encoder, "c_make_encoder", None)
    if make is None:  # an interpreter without the C accelerator
        return plain.encode
    it = make(None, plain.default, encoder.encode_basestring, None, plain.key_separator,
              plain.item_separator, plain.sort_keys, plain.skipkeys, plain.allow_nan)
    return lambda value: "".join(it(value, 0))


_dumps = _encoder()


class AuditRows:
    """audit_log rows in the same shape as data/audit.py writes for ORM changes.

    Bulk imports write with Core statements (20,000 ORM objects would cost seconds), so they
    build the audit rows themselves: same columns, same JSON, same transaction.
    """

    def __init__(self, table: str, label: str) -> None:
        self.table, self.label = table, label
        self.user, self.at = audit.current_user(), now()  # once: getuser() is not free
        self.rows: list[dict[str, Any]] = []

    def add(self, action: str, record_id: int, uuid: str, name: str,
            changes: dict[str, tuple[Any, Any]]) -> None:
        plain = {k: [_plain(o) if isinstance(o, date) else o,
                     _plain(n) if isinstance(n, date) else n] for k, (o, n) in changes.items()}
        self.rows.append({
            "at": self.at, "user": self.user, "action": action, "table_name": self.table,
            "record_id": record_id, "record_uuid": uuid,
            "summary": (self.label + "：" + name if name else self.label)[:200],
            "changes": _dumps(plain)})

    def add_insert(self, record_id: int, uuid: str, name: str,
                   values: list[tuple[str, Any]]) -> None:
        """`add` of a new record: each (column, value) not None, as the change from None."""
        self.rows.append({
            "at": self.at, "user": self.user, "action": "insert", "table_name": self.table,
            "record_id": record_id, "record_uuid": uuid,
            "summary": (self.label + "：" + name if name else self.label)[:200],
            "changes": _dumps({k: [None, v.isoformat() if isinstance(v, date) else v]
                               for k, v in values})})

    def write(self, session: Session) -> None:
        from emergency_desk.data.models import AuditLog

        if self.rows:  # then forgotten: a bulk import writes its audit rows chunk by chunk
            insert_rows(session, cast(Table, AuditLog.__table__), self.rows)
            self.rows = []


def insert_rows(session: Session, table: Table, rows: list[dict[str, Any]]) -> None:
    """executemany straight to the driver: SQLAlchemy's per-row parameter processing costs
    more than SQLite's insert itself. Values go through each column type's bind processor
    (datetimes become the text SQLAlchemy itself stores), so rows read back identically."""
    conn = session.connection()
    dialect = conn.dialect
    cols = list(rows[0])
    procs = [table.c[c].type.dialect_impl(dialect).bind_processor(dialect) for c in cols]
    # Text and integer columns have no processor; the others (datetimes, booleans) repeat the
    # same few values (one time stamp per import), so each distinct value is converted once.
    todo: list[tuple[int, Callable[[Any], Any], dict[Any, Any]]] = [
        (j, p, {}) for j, p in enumerate(procs) if p is not None]
    params = []
    get = itemgetter(*cols)
    for row in rows:
        values = list(get(row)) if len(cols) > 1 else [row[cols[0]]]
        for j, proc, memo in todo:
            v = values[j]
            key = (v.__class__, v)
            if key not in memo:
                memo[key] = proc(v)
            values[j] = memo[key]
        params.append(tuple(values))
    quote = dialect.identifier_preparer.quote
    mark = "?" if dialect.paramstyle == "qmark" else "%s"  # SQLite / psycopg (county server)
    sql = (f"INSERT INTO {quote(table.name)} ({', '.join(quote(c) for c in cols)}) "
           f"VALUES ({', '.join(mark for _ in cols)})")
    conn.exec_driver_sql(sql, params)
    if "id" in cols and dialect.name == "postgresql":
        # Explicit ids (the regions importer numbers its rows) do not move the server's id
        # sequence: move it past them, or the next form's insert would reuse an id.
        conn.exec_driver_sql(
            f"SELECT setval(pg_get_serial_sequence('{table.name}', 'id'), "
            f"(SELECT max(id) FROM {quote(table.name)}))")


def merged_extra(raw: str | None, extra: dict[str, str]) -> str | None:
    """A record's extra JSON with a row's unmapped cells laid over it, keeping what earlier
    imports kept under other headers; `raw` itself when nothing changes."""
    if not extra:
        return raw
    old = parse_extra(raw)
    new = {**old, **extra}
    return raw if new == old else dump_extra(new)


def merge_extra(obj: Any, extra: dict[str, str]) -> bool:
    """Store a row's unmapped cells in `obj.extra` (JSON); True when that changed anything.
    Through the ORM, so the change gets its audit row like any other field."""
    new = merged_extra(obj.extra, extra)
    if new == obj.extra:
        return False
    obj.extra = new
    return True


def kept_extra(obj: Any, change: str, rec: Record) -> str:
    """The one step every importer takes after writing a row: its unmapped cells go with the
    record it wrote (`obj`, as a service's upsert returns it with its `change`); a record
    otherwise unchanged whose extra fields changed counts as updated."""
    if merge_extra(obj, rec.extra) and change == "unchanged":
        return "updated"
    return change


class ExtraCells(dict[str, str]):
    """Appended by `export_rows` as a row's last item: its extra fields, which the exporter
    writes as columns after the template's (they import back into `extra`)."""


def size_of(records: Iterable[Record]) -> int:
    """How many records an import has: a list's length, a streamed file's estimate."""
    return len(records) if isinstance(records, Sized) else int(getattr(records, "estimate", 0))


def record_chunks(records: Iterable[Record], progress: Callable[[int, int], None] | None,
                  size: int = CHUNK_ROWS) -> Iterator[list[Record]]:
    """The records a chunk at a time, reporting progress once each chunk is done."""
    total, done = size_of(records), 0
    for part in chunks(records, size):
        yield part
        done += len(part)
        if progress is not None:
            progress(done, max(done, total))


def each_record(records: Iterable[Record], progress: Callable[[int, int], None] | None,
                every: int = 200) -> Iterator[Record]:
    """The records one at a time, for the imports that write a row at once: progress every
    `every` records (of a streamed file's estimated total, never below what is done)."""
    total = size_of(records)
    for done, rec in enumerate(records, 1):
        if progress is not None and done % every == 0:
            progress(done, max(done, total))
        yield rec


def chunks(rows: Iterable[Any], size: int = 1000) -> Iterator[list[Any]]:
    part: list[Any] = []
    for r in rows:
        part.append(r)
        if len(part) == size:
            yield part
            part = []
    if part:
        yield part


def with_extras(session: Session, model: Any, rows: Iterable[Any]
                ) -> Iterator[tuple[Any, ExtraCells]]:
    """Each row (with an `id` of `model`) and its record's extra fields, looked up a chunk of
    rows at a time: an export streams, so the extras of all records are never in memory."""
    for part in chunks(rows):
        extras = {rid: ExtraCells(parse_extra(raw)) for rid, raw in session.execute(
            select(model.id, model.extra).where(model.id.in_([r.id for r in part]),
                                                model.extra.is_not(None)))}
        for r in part:
            yield r, extras.get(r.id, ExtraCells())


def extra_headers(session: Session, models: Iterable[Any]) -> list[str]:
    """The headers of the live records' extra fields, in the order the records were written
    (one pass over one column; each distinct JSON text is parsed once)."""
    keys: dict[str, None] = {}
    seen: set[str] = set()
    for model in models:
        for raw in session.scalars(
                select(model.extra).where(model.extra.is_not(None), model.is_deleted.is_(False))
                .order_by(model.id).execution_options(yield_per=1000)):
            if raw not in seen:
                seen.add(raw)
                keys.update(dict.fromkeys(parse_extra(raw)))
    return list(keys)

