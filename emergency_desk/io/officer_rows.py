"""The officers import's writer: the form's rules on plain rows, Core writes per chunk
(issue 20).

`plan_upsert` (services/officers/officers.py) decides each row exactly as the form's upsert
does, against a `BulkLookup` of plain rows; this writer then changes those rows with the same
field rules (`apply_person`, `apply_officer`) and, once the chunk is checked, writes every
new and changed person, post and imported training attendance with one executemany per
table, each record with its audit row (io/bulk.py). A record changed by several rows of the
chunk is written once, with one audit row, as one ORM flush did.
"""

from __future__ import annotations

from datetime import date
from typing import Any, cast

from sqlalchemy.orm import Session

from emergency_desk.data.officers import InfoOfficer
from emergency_desk.data.people import Person, TrainingAttendance
from emergency_desk.io.bulk import Bulk, PlainWriter
from emergency_desk.services.officers.attendance import imported_event
from emergency_desk.services.officers.lookup import BulkLookup
from emergency_desk.services.officers.officers import (
    Change,
    OfficerInput,
    apply_officer,
    plan_upsert,
)
from emergency_desk.services.people import apply_person
from emergency_desk.services.plain_rows import columns

_NOT_COMPARED = ("updated_at", "created_at")


def _snapshot(*rows: Any) -> list[Any]:
    """What "unchanged" compares, as the ORM upsert's snapshot does (month flags follow their
    dates only when written, so they are compared as loaded)."""
    return [r.__dict__.get(k) for r in rows for k in columns(r.model)
            if k not in _NOT_COMPARED]


class OfficerRows:
    """New and changed people, posts and attendances of the current chunk."""

    def __init__(self, session: Session) -> None:
        self.session = session
        self.rows = PlainWriter(Bulk(session))
        self.rows.table(Person, lambda p: cast(str, p.name))
        self.rows.table(InfoOfficer, lambda o: cast(str, o.person.name))
        self.rows.table(TrainingAttendance, lambda a: cast(str, a.person.name))

    def upsert(self, lookup: BulkLookup, data: OfficerInput,
               exclude: Any) -> tuple[Any, Change]:
        """One roster row (raises ValidationFailed as the form's upsert does)."""
        plan = plan_upsert(lookup, data, exclude)
        person: Any = plan.person
        change: Change
        if plan.stored is None:
            if person is None:
                person = self.rows.new(Person)
                apply_person(person, plan.clean, merge=False)
            else:
                self.rows.touch(person)
                apply_person(person, plan.clean, merge=True)
            o: Any = self.rows.new(InfoOfficer)
            o.person, o.person_id = person, person.id
            apply_officer(o, data, plan.level, merge=False)
            change = "inserted"
        else:
            o = plan.stored
            before = _snapshot(o, person)
            self.rows.touch(person)
            self.rows.touch(o)
            apply_person(person, plan.clean, merge=True)
            apply_officer(o, data, plan.level, merge=True)
            change = "unchanged" if before == _snapshot(o, person) else "updated"
        lookup.person_written(person)
        lookup.post_written(o, person)
        when = data.latest_training
        if when is not None:
            latest = lookup.latest_training(person)
            if latest is None or latest < when:
                self._attend(person, when)
                lookup.trained(person, when)
                if change == "unchanged":
                    change = "updated"
        return o, change

    def _attend(self, person: Any, when: date) -> None:
        event = imported_event(self.session, when)
        if event.id is None:  # created just now (once per date): the ORM numbers it
            self.session.flush()
        a: Any = self.rows.new(TrainingAttendance)
        a.event_id, a.person_id, a.person = event.id, person.id, person

    def chunk_done(self) -> None:
        """Write the chunk: inserts and updates of each table in one executemany each."""
        self.rows.write()
