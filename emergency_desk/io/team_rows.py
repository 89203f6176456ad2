"""The teams import's writer (issue 20): the teams and 队长 the form's rules made or changed as
plain rows (services/teams/team_lookup.py `BulkTeamLookup`), written with one executemany per
table a chunk at a time, each with the audit row the form's ORM save gives it (io/bulk.py
`PlainWriter`). People go first: a team refers to its leader.
"""

from __future__ import annotations

from typing import cast

from sqlalchemy.orm import Session

from emergency_desk.data.teams import RescueTeam
from emergency_desk.io.person_rows import PersonRows
from emergency_desk.services.plain_rows import PlainRow, new_row


class TeamRows(PersonRows):
    """New and changed people and teams of the current chunk (`TeamWriter`)."""

    def __init__(self, session: Session) -> None:
        super().__init__(session)
        self._teams = self.rows.table(RescueTeam, lambda t: cast(str, t.name))

    def new_team(self) -> PlainRow:
        """Numbered now, written only once `touch`ed: a row whose 队长 is refused after its
        team was made leaves no half-made team to insert."""
        return new_row(RescueTeam, self._teams.reserve())

    def touch(self, row: PlainRow) -> None:
        self.rows.touch(row)
