"""The members import's writer: the form's rules on plain rows, Core writes per chunk (issue
20), as io/officer_rows.py does for officers.

`plan_member` decides each row as the form's upsert does, against a `BulkMemberLookup` of plain
rows; the same field rules (`apply_person`, `apply_member`) change them, and each new or changed
person and membership is written once per chunk with its audit row (io/bulk.py `PlainWriter`).
"""

from __future__ import annotations

from typing import Any, cast

from sqlalchemy.orm import Session

from emergency_desk.data.people import Person
from emergency_desk.data.teams import TeamMember
from emergency_desk.io.bulk import Bulk, PlainWriter
from emergency_desk.services.people import apply_person
from emergency_desk.services.plain_rows import columns
from emergency_desk.services.teams.member_lookup import BulkMemberLookup
from emergency_desk.services.teams.members import MemberInput, apply_member, plan_member
from emergency_desk.services.teams.teams import Change


def _snapshot(*rows: Any) -> list[Any]:
    """What "unchanged" compares, as the ORM upsert's snapshot does."""
    return [r.__dict__.get(k) for r in rows for k in columns(r.model)
            if k not in ("updated_at", "created_at")]


class MemberRows:
    """New and changed people and memberships of the current chunk."""

    def __init__(self, session: Session) -> None:
        self.session = session
        self.rows = PlainWriter(Bulk(session))
        self.rows.table(Person, lambda p: cast(str, p.name))
        self.rows.table(TeamMember, lambda m: cast(str, m.person.name))

    def upsert(self, data: MemberInput, lookup: BulkMemberLookup) -> tuple[Any, Change]:
        """One roster row (raises ValidationFailed as the form's upsert does)."""
        plan = plan_member(self.session, data, lookup)
        person: Any = plan.person
        change: Change
        if plan.stored is None:
            if person is None:
                person = self.rows.new(Person)
                apply_person(person, plan.clean, merge=False)
            else:
                self.rows.touch(person)
                apply_person(person, plan.clean, merge=True)
            m: Any = self.rows.new(TeamMember)
            m.team_id, m.person, m.person_id = data.team_id, person, person.id
            apply_member(m, data, merge=False)
            change = "inserted"
        else:
            m = plan.stored
            before = _snapshot(m, person)
            self.rows.touch(person)
            self.rows.touch(m)
            apply_person(person, plan.clean, merge=True)
            apply_member(m, data, merge=True)
            change = "unchanged" if before == _snapshot(m, person) else "updated"
        lookup.person_written(person)
        lookup.member_written(m, person)
        return m, change

    def chunk_done(self) -> None:
        """Write the chunk: inserts and updates of each table in one executemany each."""
        self.rows.write()
