"""A chunk of a one-record-per-person register's rows (experts, managers; issue 20): what the
experts and managers imports do alike, so that they cannot drift apart.

Each row is checked by the register (`checked`, its cells and the people rules); the chunk's
people are loaded at once by their natural keys (services/people_index.PersonIndex, 身份证号
else 姓名 + 手机号码, as `find_person_in`) with their live records, as plain rows; the row's
person is found or made (io/person_rows.py) and its record inserted or changed by the form's
field rule (`apply`). A record written twice in the file is refused with the earlier row's
number; once any row is refused nothing more is written.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable, Iterable, Mapping
from types import MappingProxyType
from typing import Any, ClassVar, Generic, Protocol, TypeVar, cast

from sqlalchemy.orm import Session

from emergency_desk.data.people import Person
from emergency_desk.i18n import t
from emergency_desk.io.bulk import WrittenRows
from emergency_desk.io.person_rows import PersonRows
from emergency_desk.io.spec import (
    BAD,
    CHUNK_ROWS,
    ImportCounts,
    Record,
    RegisterSpec,
    absent_columns,
    record_chunks,
)
from emergency_desk.services.people import PersonInput
from emergency_desk.services.people_index import PersonIndex, chunked, keys_of, live_in_bulk
from emergency_desk.services.plain_rows import PlainRows


class _Remarked(Protocol):
    remark: str | None


D = TypeVar("D", bound=_Remarked)


class PersonChunkRows(PersonRows, Generic[D]):
    """A register's import writer: subclasses name the record's `model`, the `keys` that
    "unchanged" compares, and how a row is checked, keyed and applied."""

    model: Any
    keys: tuple[str, ...]
    # A row's field → the record's attribute, where the two are named apart.
    renamed: ClassVar[Mapping[str, str]] = MappingProxyType({})

    def __init__(self, spec: RegisterSpec, session: Session, counts: ImportCounts) -> None:
        super().__init__(session)
        self.spec, self.counts = spec, counts
        self.earlier = WrittenRows()  # record id → the row of an earlier chunk that wrote it
        self.refused = False

    def checked(self, rec: Record) -> tuple[D, PersonInput] | None:
        """The row's input and its checked person, or None with its errors reported."""
        raise NotImplementedError

    def stored_key(self, record: Any) -> Hashable:
        """What a stored record is found by (a plain row of `model`)."""
        raise NotImplementedError

    def keyed(self, data: D, person: Any) -> tuple[Hashable, D]:
        """The key a row's record is found by, and its input as stored, once its person is
        known."""
        raise NotImplementedError

    def apply(self, record: Any, person: Any, data: D) -> None:
        raise NotImplementedError

    def run(self, records: Iterable[Record],
            progress: Callable[[int, int], None] | None) -> None:
        for part in record_chunks(records, progress, CHUNK_ROWS):
            self._chunk(part)

    def _chunk(self, part: list[Record]) -> None:
        errors = self.counts.errors
        before = len(errors)
        rows: list[tuple[Record, D, PersonInput]] = []
        for rec in part:
            if any(v is BAD for v in rec.values.values()):
                self.refused = True  # its cell errors are already reported
                continue
            checked = self.checked(rec)
            if checked is not None:
                rows.append((rec, *checked))
        loaded = PlainRows(self.session)
        cards, name_mobiles, _names = keys_of(c for _, _, c in rows)
        people = PersonIndex(self.session, cards, name_mobiles,
                             load=lambda where: cast(list[Person], loaded.load(Person, where)))
        # key → its live record (the first by id, as the form's select finds it). "Live" as
        # live_in_bulk says it: with "is_deleted IS 0" SQLite walked every live record through
        # the is_deleted index once a chunk, so 10,000 rows grew quadratically.
        stored: dict[Hashable, Any] = {}
        model = self.model
        live = live_in_bulk(self.session, model)
        for batch in chunked(p.id for p in people.people):
            for r in loaded.load(model, live, model.person_id.in_(batch),
                                 order_by=(model.id,)):
                stored.setdefault(self.stored_key(r), r)
        written: dict[Any, int] = {}  # record → the row of this chunk that wrote it
        for rec, data, clean in rows:
            self._row(rec, data, clean, people, stored, written)
        self.refused = self.refused or len(errors) != before
        if self.refused:  # the file will be refused: write nothing more
            self.rows.bulk.stop()
        self.chunk_done()
        for r, row in written.items():
            self.earlier.add(r.id, row)
        if self.refused:
            self.rows.bulk.stop()  # what chunk_done laid out, unwritten

    def _row(self, rec: Record, data: D, clean: PersonInput, people: PersonIndex,
             stored: dict[Hashable, Any], written: dict[Any, int]) -> None:
        spec, counts = self.spec, self.counts
        person: Any = self.person(people.person(id_card=clean.id_card, name=clean.name,
                                                mobile=clean.mobile), clean)
        people.written(person)
        key, data = self.keyed(data, person)
        r = stored.get(key)
        if r is None:
            r = stored[key] = self.rows.new(self.model)
            self.apply(r, person, data)
            change = "inserted"
        else:
            if data.remark is None:  # an empty 备注 cell keeps what is stored
                data.remark = r.remark
            old = tuple(getattr(r, k) for k in self.keys)
            # What the sheet has no column for stays as stored.
            kept = {k: getattr(r, k) for k in absent_columns(spec, rec, self.renamed)
                    if hasattr(r, k)}
            self.rows.touch(r)
            self.apply(r, person, data)
            for k, v in kept.items():
                setattr(r, k, v)
            change = "unchanged" if tuple(getattr(r, k) for k in self.keys) == old \
                else "updated"
        row = written.get(r) or self.earlier.row(r.id)
        if row is not None:
            counts.errors.append(spec.error(rec, spec.columns[0].field, t(
                "与第 {row} 行重复（同一记录出现两次）", row=row)))
            return
        written[r] = rec.row
        setattr(counts, change, getattr(counts, change) + 1)
