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
from emergency_desk.data.people import TrainingAttendance
from emergency_desk.io.person_rows import PersonRows, snapshot
from emergency_desk.services.officers.attendance import imported_event
from emergency_desk.services.officers.lookup import BulkLookup
from emergency_desk.services.officers.officers import (
    Change,
    OfficerInput,
    apply_officer,
    plan_upsert,
)
from emergency_desk.services.people import Checked


class OfficerRows(PersonRows):
    """New and changed people, posts and attendances of the current chunk."""

    def __init__(self, session: Session) -> None:
        super().__init__(session)
        self.rows.table(InfoOfficer, lambda o: cast(str, o.person.name))
        self.rows.table(TrainingAttendance, lambda a: cast(str, a.person.name))

    def upsert(self, lookup: BulkLookup, data: OfficerInput, exclude: Any,
               checked: Checked | None = None) -> tuple[Any, Change]:
        """One roster row (raises ValidationFailed as the form's upsert does); `checked`:
        its person already checked (`check_person`)."""
        plan = plan_upsert(lookup, data, exclude, checked)
        person: Any  # a PlainRow, which the lookup takes for the Person it stands for
        change: Change
        if plan.stored is None:
            person = self.person(plan.person, plan.clean)
            o: Any = self.rows.new(InfoOfficer)
            o.person, o.person_id = person, person.id
            apply_officer(o, data, plan.level, merge=False)
            change = "inserted"
        else:
            o = plan.stored
            before = snapshot(o, plan.person)
            person = self.person(plan.person, plan.clean)
            self.rows.touch(o)
            apply_officer(o, data, plan.level, merge=True)
            change = "unchanged" if before == snapshot(o, person) else "updated"
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
