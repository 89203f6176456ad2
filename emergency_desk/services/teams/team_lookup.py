"""What the team rules look up, in two drivers: SQL for the form (one team at a time) and dicts
loaded for a chunk of import rows (issue 20), as member_lookup.py does for members.

The rules (teams.py: the live team of a name within a region, the region itself, the 队长 by
姓名+手机号码) are written once against `TeamLookup`. Asked of SQL row by row, a 1,000-row sheet
took 17 s and grew quadratically: each row's name was compared, folded, with every stored team
(`same_name` cannot use an index) and each query first flushed what the earlier rows wrote.
`BulkTeamLookup` loads a chunk's regions, teams and leaders in a few queries and is told about
every team and person the import writes, so the rules see the earlier rows without a flush.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from emergency_desk.data.models import Region
from emergency_desk.data.names import folded, name_key, same_name
from emergency_desk.data.people import Person
from emergency_desk.data.teams import RescueTeam
from emergency_desk.services.people import FieldInvalid, find_person_in, validate_mobile
from emergency_desk.services.people_index import PersonIndex, chunked


class TeamLookup:
    """The SQL driver: every answer is a query (autoflush makes pending rows visible)."""

    flush_each_row = True  # the form's save flushes, so ids and constraints are checked at once

    def __init__(self, session: Session) -> None:
        self.session = session

    def region(self, region_id: int) -> Region | None:
        return self.session.get(Region, region_id)

    def team_named(self, name: str, region_id: int,
                   other_than: RescueTeam | None = None) -> RescueTeam | None:
        """The live team called `name` (brackets' width and spaces aside) in the region, but
        `other_than`."""
        other = other_than.id if other_than is not None else None
        return self.session.scalar(select(RescueTeam).where(
            RescueTeam.is_deleted.is_(False), RescueTeam.region_id == region_id,
            same_name(RescueTeam.name, name), RescueTeam.id != (other or 0))
            .order_by(RescueTeam.id).limit(1))

    def person(self, *, name: str, mobile: str | None) -> Person | None:
        """The live person with this 姓名+手机号码 (find_person_in without a 身份证号)."""
        return find_person_in(self.session, id_card=None, name=name, mobile=mobile)

    # The bulk driver keeps its dicts current through these; the database does it here.
    def team_written(self, team: RescueTeam) -> None:
        pass

    def person_written(self, person: Person) -> None:
        pass


class BulkTeamLookup(TeamLookup):
    """Loaded once for a chunk of rows (the regions they name, the live teams of those
    regions with the names they give and those teams' leaders, the people named as 队长
    with a 手机号码); told about every team and person the import writes. Teams compare by
    identity: a team written three rows earlier has no id yet."""

    flush_each_row = False

    def __init__(self, session: Session, rows: Iterable[tuple[str, int]],
                 leaders: Iterable[tuple[str, str]]) -> None:
        """`rows`: (队伍名称, region id) of the chunk; `leaders`: its (队长, 队长电话)."""
        super().__init__(session)
        rows = list(rows)
        region_ids = {rid for _, rid in rows}
        self._regions: dict[int, Region] = {}
        for batch in chunked(region_ids):
            for r in session.scalars(select(Region).where(Region.id.in_(batch))):
                self._regions[r.id] = r
        # Compared folded on both sides, as same_name does in SQL: an index cannot serve
        # it, but one scan of a chunk's regions' teams replaces one scan per row.
        wanted = {(rid, name_key(name)) for name, rid in rows}
        self._teams: dict[tuple[int, str], list[RescueTeam]] = {}
        keys = {key for _, key in wanted}
        for batch in chunked(region_ids):
            for team in session.scalars(
                    select(RescueTeam).where(RescueTeam.is_deleted.is_(False),
                                             RescueTeam.region_id.in_(batch),
                                             folded(RescueTeam.name).in_(keys))
                    .options(selectinload(RescueTeam.leader)).order_by(RescueTeam.id)):
                if (team.region_id, name_key(team.name)) in wanted:
                    self.team_written(team)
        self.people = PersonIndex(session, (), _normalised(leaders))

    def region(self, region_id: int) -> Region | None:
        hit = self._regions.get(region_id)
        if hit is None:  # not named by the chunk's rows (a caller's own id): ask SQL
            hit = super().region(region_id)
            if hit is not None:
                self._regions[region_id] = hit
        return hit

    def team_named(self, name: str, region_id: int,
                   other_than: RescueTeam | None = None) -> RescueTeam | None:
        for team in self._teams.get((region_id, name_key(name)), ()):
            if team is not other_than and not team.is_deleted:
                return team
        return None

    def person(self, *, name: str, mobile: str | None) -> Person | None:
        return self.people.person(id_card=None, name=name, mobile=mobile)

    def team_written(self, team: RescueTeam) -> None:
        teams = self._teams.setdefault((team.region_id, name_key(team.name)), [])
        if team not in teams:
            teams.append(team)

    def person_written(self, person: Person) -> None:
        self.people.written(person)


def _normalised(leaders: Iterable[tuple[str, str]]) -> Iterator[tuple[str, str]]:
    """(队长, 队长电话) as `_leader_in` asks for them; a mobile it refuses is never asked."""
    for name, mobile in leaders:
        try:
            yield name.strip(), validate_mobile(mobile.strip())
        except FieldInvalid:
            continue


__all__ = ["BulkTeamLookup", "TeamLookup"]
