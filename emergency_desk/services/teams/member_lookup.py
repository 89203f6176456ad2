"""What the member rules look up, in two drivers: SQL for the form (one record at a time) and
dicts loaded for a chunk of import rows (issue 20), as services/officers/lookup.py does for
officers.

The rules (members.py: which person a row names, which of their memberships it updates, "already
a current member of this team") are written once against `MemberLookup`. `BulkMemberLookup`
loads the people a chunk of rows names and all their memberships in a few queries, then answers
from memory and is told about every person and membership the import writes: no query and no
flush per row. People and memberships compare by identity (each driver gives one object per
record).
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any, cast

from sqlalchemy import select
from sqlalchemy.orm import Session

from emergency_desk.data.people import Person
from emergency_desk.data.teams import TeamMember
from emergency_desk.services.people import find_person_in
from emergency_desk.services.people_index import PersonIndex, chunked
from emergency_desk.services.plain_rows import PlainRows


class MemberLookup:
    """The SQL driver: every answer is a query (autoflush makes pending rows visible)."""

    flush_each_row = True  # the form's save flushes, so ids and constraints are checked at once

    def __init__(self, session: Session) -> None:
        self.session = session

    def person(self, *, id_card: str | None, name: str, mobile: str | None) -> Person | None:
        return find_person_in(self.session, id_card=id_card, name=name, mobile=mobile)

    def memberships(self, person: Person | None, team_id: int) -> list[TeamMember]:
        """The person's live memberships (current and former) of the team."""
        if person is None or person.id is None:
            return []
        return list(self.session.scalars(select(TeamMember).where(
            TeamMember.is_deleted.is_(False), TeamMember.person_id == person.id,
            TeamMember.team_id == team_id)))

    # The bulk driver keeps its dicts current through these; the database does it here.
    def person_written(self, person: Person) -> None:
        pass

    def member_written(self, member: TeamMember, person: Person) -> None:
        pass


class BulkMemberLookup(MemberLookup):
    """Loaded once for a chunk of rows; told about every person and membership it writes.
    Its people and memberships are plain rows (services/plain_rows.py) that the import
    changes and writes with Core statements (io/member_rows.py)."""

    flush_each_row = False

    def __init__(self, session: Session, id_cards: Iterable[str],
                 name_mobiles: Iterable[tuple[str, str]]) -> None:
        super().__init__(session)
        rows = PlainRows(session)
        self.people = PersonIndex(session, id_cards, name_mobiles,
                                  load=lambda where: cast(list[Person], rows.load(Person, where)))
        by_id: dict[int, Any] = {p.id: p for p in self.people.people}
        self._members: dict[Person, list[TeamMember]] = {p: [] for p in by_id.values()}
        for batch in chunked(by_id):
            for m in rows.load(TeamMember, TeamMember.is_deleted.is_(False),
                               TeamMember.person_id.in_(batch)):
                m.person = by_id[m.person_id]
                self._members[m.person].append(cast(TeamMember, m))

    def person(self, *, id_card: str | None, name: str, mobile: str | None) -> Person | None:
        return self.people.person(id_card=id_card, name=name, mobile=mobile)

    def memberships(self, person: Person | None, team_id: int) -> list[TeamMember]:
        if person is None:
            return []
        return [m for m in self._members.get(person, ())
                if not m.is_deleted and m.team_id == team_id]

    def person_written(self, person: Person) -> None:
        self.people.written(person)

    def member_written(self, member: TeamMember, person: Person) -> None:
        held = self._members.setdefault(person, [])
        if member not in held:
            held.append(member)
