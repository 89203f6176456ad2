"""The experts import (`import experts`, 专家库) in bulk (issue 20), as the members import
writes its people.

A chunk of rows at a time: each row's person is checked by the people rules
(`check_person`), the chunk's people are loaded at once by their natural keys
(services/people_index.PersonIndex, 身份证号 else 姓名 + 手机号码, as `find_person_in`) with
their live experts, as plain rows; the form's field rules (`apply_person`, `apply_expert`)
change them, and each new or changed person and expert is written once per chunk with Core
executemany and its audit row (io/person_rows.py, io/bulk.py). Before, each row went through
`upsert_expert_in`: selects and two flushes with the audit hook a row.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any, cast

from sqlalchemy.orm import Session

from emergency_desk.data.people import Person
from emergency_desk.data.resources import Expert, ExpertSource
from emergency_desk.i18n import t
from emergency_desk.io.bulk import WrittenRows
from emergency_desk.io.person_rows import PersonRows
from emergency_desk.io.spec import (
    BAD,
    CHUNK_ROWS,
    ImportCounts,
    Record,
    RegisterSpec,
    record_chunks,
)
from emergency_desk.services.people import PersonInput, check_person
from emergency_desk.services.people_index import PersonIndex, chunked, keys_of
from emergency_desk.services.plain_rows import PlainRows
from emergency_desk.services.resources.experts import (
    EXPERT_KEYS,
    ExpertInput,
    apply_expert,
    expert_person,
)


class ExpertRows(PersonRows):
    def __init__(self, spec: RegisterSpec, session: Session, counts: ImportCounts) -> None:
        super().__init__(session)
        self.spec, self.counts = spec, counts
        # An expert has no name of its own: data/audit.py's summary names its 职称.
        self.rows.table(Expert, lambda e: cast(str, e.title or ""))
        self.earlier = WrittenRows()  # expert id → the row of an earlier chunk that wrote it
        self.refused = False

    def run(self, records: Iterable[Record],
            progress: Callable[[int, int], None] | None) -> None:
        for part in record_chunks(records, progress, CHUNK_ROWS):
            self._chunk(part)

    def _chunk(self, part: list[Record]) -> None:
        spec, errors = self.spec, self.counts.errors
        before = len(errors)
        rows: list[tuple[Record, ExpertInput, PersonInput]] = []
        for rec in part:
            if any(v is BAD for v in rec.values.values()):
                self.refused = True  # its cell errors are already reported
                continue
            data = _input(rec)
            clean, problems = check_person(expert_person(data))
            if problems:  # as find_or_create_in refuses the person
                errors.extend(spec.error(rec, label, reason)
                              for label, reason in problems.items())
                continue
            rows.append((rec, data, clean))
        loaded = PlainRows(self.session)
        cards, name_mobiles, _names = keys_of(c for _, _, c in rows)
        people = PersonIndex(self.session, cards, name_mobiles,
                             load=lambda where: cast(list[Person], loaded.load(Person, where)))
        # person id → its live expert (the first by id, as the form's select finds it)
        experts: dict[int, Any] = {}
        for batch in chunked(p.id for p in people.people):
            for e in loaded.load(Expert, Expert.is_deleted.is_(False),
                                 Expert.person_id.in_(batch), order_by=(Expert.id,)):
                experts.setdefault(e.person_id, e)
        written: dict[Any, int] = {}  # expert → the row of this chunk that wrote it
        for rec, data, clean in rows:
            self._row(rec, data, clean, people, experts, written)
        self.refused = self.refused or len(errors) != before
        if self.refused:  # the file will be refused: write nothing more
            self.rows.bulk.stop()
        self.chunk_done()
        for e, row in written.items():
            self.earlier.add(e.id, row)
        if self.refused:
            self.rows.bulk.stop()  # what chunk_done laid out, unwritten

    def _row(self, rec: Record, data: ExpertInput, clean: PersonInput, people: PersonIndex,
             experts: dict[int, Any], written: dict[Any, int]) -> None:
        spec, counts = self.spec, self.counts
        person: Any = self.person(people.person(id_card=clean.id_card, name=clean.name,
                                                mobile=clean.mobile), clean)
        people.written(person)
        e = experts.get(person.id)
        if e is None:
            e = experts[person.id] = self.rows.new(Expert)
            apply_expert(e, person, data)
            change = "inserted"
        else:
            if data.remark is None:
                data.remark = e.remark
            old = tuple(getattr(e, k) for k in EXPERT_KEYS)
            self.rows.touch(e)
            apply_expert(e, person, data)
            change = "unchanged" if tuple(getattr(e, k) for k in EXPERT_KEYS) == old \
                else "updated"
        row = written.get(e) or self.earlier.row(e.id)
        if row is not None:
            counts.errors.append(spec.error(rec, spec.columns[0].field, t(
                "与第 {row} 行重复（同一记录出现两次）", row=row)))
            return
        written[e] = rec.row
        setattr(counts, change, getattr(counts, change) + 1)


def _input(rec: Record) -> ExpertInput:
    v = rec.values
    available = v.get("available")
    return ExpertInput(
        v["name"], v.get("mobile"), v.get("unit"), v.get("specialty"), v.get("title"),
        v.get("group"), v.get("source") or ExpertSource.COUNTY,
        True if available is None else available, v.get("remark"), v.get("id_card"))
