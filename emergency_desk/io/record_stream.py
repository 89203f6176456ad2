"""Records for an import's writer: masked 身份证号 resolved, and a file streamed a chunk at a
time (issue 20).

Exports mask 身份证号 by default (io/privacy.py), and such a file must import back unchanged:
`resolve_masked_ids` turns a masked number into the one person on record it can name. Registers
whose import reads its records once, in order (`RegisterSpec.streams`), take a `RecordStream`
instead of a list: the sheet is parsed while the rows are written, and only one chunk of
records is ever in memory.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from emergency_desk.data.db import Database
from emergency_desk.data.people import Person
from emergency_desk.errors import RowError
from emergency_desk.io.normalize import MaskedIdCard
from emergency_desk.io.spec import BAD, CHUNK_ROWS, Record, RegisterSpec, chunks
from emergency_desk.services.people_index import chunked

PeopleByName = Callable[[set[str]], Iterable[tuple[str, str | None]]]


def resolve_masked_ids(spec: RegisterSpec, records: list[Record], errors: list[RowError],
                        people: PeopleByName) -> None:
    """Exports mask 身份证号 by default (io/privacy.py); such a file must import back unchanged.
    A masked number names the live person with the same 姓名 and the same visible digits when
    there is exactly one; otherwise the row is refused (it cannot identify anyone).
    `people(names)`: (姓名, 身份证号) of the live people on record before this import — at
    least those of `names` — in one query for all `records`, not one per row."""
    pending = [(rec, fld, v) for rec in records for fld, v in rec.values.items()
               if isinstance(v, MaskedIdCard)]
    if not pending:
        return
    names = {n for rec, _, _ in pending if isinstance(n := rec.values.get("name"), str)}
    known: dict[tuple[str, str, str], list[str]] = {}
    for name, id_card in people(names):
        if id_card:
            known.setdefault((name, id_card[:4], id_card[-4:]), []).append(id_card)
    column = {c.field: c.name for c in spec.columns}
    for rec, fld, v in pending:
        who = rec.values.get("name")
        found = known.get((who, v.masked[:4], v.masked[-4:]), []) if isinstance(who, str) \
            else []
        if len(found) == 1:
            rec.values[fld] = found[0]
        else:
            errors.append(RowError(rec.row, column.get(fld, fld), v.reason, rec.sheet))
            rec.values[fld] = BAD


def everyone(db: Database) -> PeopleByName:
    def people(_names: set[str]) -> list[tuple[str, str | None]]:
        with db.read() as s:
            return [(n, c) for n, c in s.execute(select(Person.name, Person.id_card).where(
                Person.is_deleted.is_(False), Person.id_card.is_not(None)))]
    return people


def named_before(session: Session) -> PeopleByName:
    """The people of some names, as they were before this import wrote any (streamed
    imports resolve masked numbers a chunk at a time, inside the import's transaction: the
    people it adds get ids past today's largest)."""
    first_new = int(session.scalar(select(func.max(Person.id))) or 0) + 1

    def people(names: set[str]) -> list[tuple[str, str | None]]:
        out: list[tuple[str, str | None]] = []
        for batch in chunked(names):
            out.extend((n, c) for n, c in session.execute(
                select(Person.name, Person.id_card).where(
                    Person.is_deleted.is_(False), Person.id_card.is_not(None),
                    Person.id < first_new, Person.name.in_(batch))))
        return out
    return people


class RecordStream:
    """The records of a file as they are parsed, a chunk at a time, for registers whose
    import reads its records once in order (`RegisterSpec.streams`): the file is read while
    the rows are written, and only one chunk of records is in memory (issue 20)."""

    def __init__(self, records: Iterator[Record], estimate: int,
                 resolve: Callable[[list[Record]], None]) -> None:
        self._records, self.estimate, self._resolve = records, estimate, resolve
        self.count = 0

    def __iter__(self) -> Iterator[Record]:
        for part in chunks(self._records, CHUNK_ROWS):
            self._resolve(part)
            self.count += len(part)
            yield from part
