"""The members import's writer: the form's rules on plain rows, Core writes per chunk (issue
20), as io/officer_rows.py does for officers.

`plan_member` decides each row as the form's upsert does, against a `BulkMemberLookup` of plain
rows; the same field rules (`apply_person`, `apply_member`) change them, and each new or changed
person and membership is written once per chunk with its audit row (io/bulk.py `PlainWriter`).
"""

from __future__ import annotations

from typing import Any, cast

from sqlalchemy.orm import Session

from emergency_desk.data.teams import TeamMember
from emergency_desk.io.person_rows import PersonRows, snapshot
from emergency_desk.services.people import Checked
from emergency_desk.services.teams.member_lookup import BulkMemberLookup
from emergency_desk.services.teams.members import MemberInput, apply_member, plan_member
from emergency_desk.services.teams.teams import Change


class MemberRows(PersonRows):
    """New and changed people and memberships of the current chunk."""

    def __init__(self, session: Session) -> None:
        super().__init__(session)
        self.rows.table(TeamMember, lambda m: cast(str, m.person.name))

    def upsert(self, data: MemberInput, lookup: BulkMemberLookup,
               checked: Checked | None = None) -> tuple[Any, Change]:
        """One roster row (raises ValidationFailed as the form's upsert does); `checked`:
        its person already checked (`check_person`)."""
        plan = plan_member(self.session, data, lookup, checked)
        person: Any  # a PlainRow, which the lookup takes for the Person it stands for
        change: Change
        if plan.stored is None:
            person = self.person(plan.person, plan.clean)
            m: Any = self.rows.new(TeamMember)
            m.team_id, m.person, m.person_id = data.team_id, person, person.id
            apply_member(m, data, merge=False)
            change = "inserted"
        else:
            m = plan.stored
            before = snapshot(m, plan.person)
            person = self.person(plan.person, plan.clean)
            self.rows.touch(m)
            apply_member(m, data, merge=True)
            change = "unchanged" if before == snapshot(m, person) else "updated"
        lookup.person_written(person)
        lookup.member_written(m, person)
        return m, change
