"""The managers import (`import managers`, 村(社区)应急管理员) in bulk (issue 20), as the
experts and members imports write their people.

A chunk of rows at a time: each row's village is found (io/villages.py, its level from the
regions loaded once) and checked with its person by the form's rules (`check_manager`,
`check_person`); the chunk's people are loaded at once by their natural keys
(services/people_index.PersonIndex) with their live managers, as plain rows; the form's field
rules (`apply_person`, `apply_manager`) change them, and each new or changed person and manager
is written once per chunk with Core executemany and its audit row (io/person_rows.py,
io/bulk.py). Before, each row went through `upsert_manager_in`: selects and two flushes with
the audit hook a row.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any, cast

from sqlalchemy import select
from sqlalchemy.orm import Session

from emergency_desk.data.models import Region
from emergency_desk.data.people import Person
from emergency_desk.data.township import ManagerRole, VillageManager
from emergency_desk.i18n import t
from emergency_desk.io.bulk import WrittenRows
from emergency_desk.io.person_rows import PersonRows
from emergency_desk.io.row_upsert import CellProblem
from emergency_desk.io.spec import (
    BAD,
    CHUNK_ROWS,
    ImportCounts,
    Record,
    RegisterSpec,
    record_chunks,
)
from emergency_desk.io.villages import village_id_in
from emergency_desk.services.people import PersonInput, check_person
from emergency_desk.services.people_index import PersonIndex, chunked, keys_of
from emergency_desk.services.plain_rows import PlainRows
from emergency_desk.services.township.managers import (
    MANAGER_KEYS,
    ManagerInput,
    apply_manager,
    check_manager,
    checked_manager,
    manager_person,
)


class ManagerRows(PersonRows):
    def __init__(self, spec: RegisterSpec, session: Session, counts: ImportCounts) -> None:
        super().__init__(session)
        self.spec, self.counts = spec, counts
        self.rows.table(VillageManager, lambda m: "")  # data/audit.py's summary names no one
        self.cache: dict[str, Any] = {}  # region_id_in's
        self._levels: dict[int, str] = {rid: level for rid, level in session.execute(
            select(Region.id, Region.level).where(Region.is_deleted.is_(False)))}
        self.earlier = WrittenRows()  # manager id → the row of an earlier chunk that wrote it
        self.refused = False

    def run(self, records: Iterable[Record],
            progress: Callable[[int, int], None] | None) -> None:
        for part in record_chunks(records, progress, CHUNK_ROWS):
            self._chunk(part)

    def _chunk(self, part: list[Record]) -> None:
        spec, errors = self.spec, self.counts.errors
        before = len(errors)
        rows: list[tuple[Record, ManagerInput, PersonInput]] = []
        for rec in part:
            if any(v is BAD for v in rec.values.values()):
                self.refused = True  # its cell errors are already reported
                continue
            v = rec.values
            try:
                region_id = village_id_in(self.session, v["village"], v.get("township"),
                                          "村(社区)", self.cache)
            except CellProblem as exc:
                errors.append(spec.error(rec, exc.column, exc.reason))
                continue
            data = ManagerInput(
                region_id, v["name"], v.get("mobile"), v.get("id_card"), None,
                v.get("role") or ManagerRole.MANAGER, v.get("duty_title"),
                v.get("appoint_date"), v.get("leave_date"), v.get("remark"))
            problems = check_manager(data, region_level=self._levels.get(region_id))
            clean = None
            if not problems.get("村(社区)"):  # as the form's save, which then finds the person
                clean, person_problems = check_person(manager_person(data))
                problems.update(person_problems)
            if problems:
                errors.extend(spec.error(rec, label, reason)
                              for label, reason in problems.items())
                continue
            assert clean is not None
            rows.append((rec, data, clean))
        loaded = PlainRows(self.session)
        cards, name_mobiles, _names = keys_of(c for _, _, c in rows)
        people = PersonIndex(self.session, cards, name_mobiles,
                             load=lambda where: cast(list[Person], loaded.load(Person, where)))
        # (village, person id) → its live manager (the first by id, as the form's select)
        managers: dict[tuple[int, int], Any] = {}
        for batch in chunked(p.id for p in people.people):
            for m in loaded.load(VillageManager, VillageManager.is_deleted.is_(False),
                                 VillageManager.person_id.in_(batch),
                                 order_by=(VillageManager.id,)):
                managers.setdefault((m.region_id, m.person_id), m)
        written: dict[Any, int] = {}  # manager → the row of this chunk that wrote it
        for rec, data, clean in rows:
            self._row(rec, data, clean, people, managers, written)
        self.refused = self.refused or len(errors) != before
        if self.refused:  # the file will be refused: write nothing more
            self.rows.bulk.stop()
        self.chunk_done()
        for m, row in written.items():
            self.earlier.add(m.id, row)
        if self.refused:
            self.rows.bulk.stop()  # what chunk_done laid out, unwritten

    def _row(self, rec: Record, data: ManagerInput, clean: PersonInput, people: PersonIndex,
             managers: dict[tuple[int, int], Any], written: dict[Any, int]) -> None:
        spec, counts = self.spec, self.counts
        person: Any = self.person(people.person(id_card=clean.id_card, name=clean.name,
                                                mobile=clean.mobile), clean)
        people.written(person)
        d = checked_manager(data, person)
        m = managers.get((d.region_id, person.id))
        if m is None:
            m = managers[(d.region_id, person.id)] = self.rows.new(VillageManager)
            apply_manager(m, d)
            change = "inserted"
        else:
            if d.remark is None:
                d.remark = m.remark
            old = tuple(getattr(m, k) for k in MANAGER_KEYS)
            self.rows.touch(m)
            apply_manager(m, d)
            change = "unchanged" if tuple(getattr(m, k) for k in MANAGER_KEYS) == old \
                else "updated"
        row = written.get(m) or self.earlier.row(m.id)
        if row is not None:
            counts.errors.append(spec.error(rec, spec.columns[0].field, t(
                "与第 {row} 行重复（同一记录出现两次）", row=row)))
            return
        written[m] = rec.row
        setattr(counts, change, getattr(counts, change) + 1)
