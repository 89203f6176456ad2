"""What the team rules look up, in two drivers: SQL for the form (one team at a time) and dicts
loaded for a chunk of import rows (issue 20), as member_lookup.py does for members.

The rules (teams.py: the live team of a name within a region, the region itself, the 队长 by
姓名+手机号码) are written once against `TeamLookup`. Asked of SQL row by row, a 1,000-row sheet
took 17 s and grew quadratically: each row's name was compared, folded, with every stored team
(`same_name` cannot use an index) and each query first flushed what the earlier rows wrote.
`BulkTeamLookup` loads a chunk's regions, teams and leaders in a few queries and is told about
every team and person the import writes, so the rules see the earlier rows without a flush.

The rules also write through the lookup (a new team, its 队长 found, created or given a mobile):
the SQL driver sets ORM attributes, the bulk driver changes plain rows (services/plain_rows.py)
that io/team_rows.py writes with Core a chunk at a time, so one rule set serves both.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any, Protocol, cast

from sqlalchemy import select
from sqlalchemy.orm import Session

from emergency_desk.data.models import Region
from emergency_desk.data.names import folded, name_key, same_name
from emergency_desk.data.people import Person
from emergency_desk.data.teams import RescueTeam, TeamMember
from emergency_desk.services.people import (
    FieldInvalid,
    PersonInput,
    find_person_in,
    merge_person_in,
    validate_mobile,
)
from emergency_desk.services.people_index import PersonIndex, chunked
from emergency_desk.services.plain_rows import PlainRow, PlainRows, columns


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

    def leader_of(self, team: RescueTeam) -> Person | None:
        return team.leader

    def member_named(self, team: RescueTeam, name: str) -> Person | None:
        """The first (by membership) live, current member of the team called `name`."""
        return self.session.scalar(
            select(Person).join(TeamMember, TeamMember.person_id == Person.id).where(
                TeamMember.team_id == team.id, TeamMember.is_deleted.is_(False),
                Person.is_deleted.is_(False), Person.name == name,
                TeamMember.leave_date.is_(None)).order_by(TeamMember.id).limit(1))

    def snapshot(self, team: RescueTeam) -> list[Any]:
        """What "unchanged" compares: the team's columns (timestamps aside), its leader and
        the leader's mobile."""
        leader = self.leader_of(team)
        return [*(getattr(team, k) for k in columns(RescueTeam) if k not in _NOT_COMPARED),
                leader.id if leader else None, leader.mobile if leader else None]

    # What the rules write, through the driver.
    def new_team(self) -> RescueTeam:
        return RescueTeam()

    def team_added(self, team: RescueTeam) -> None:
        """A new team, complete: one insert (and audit row), not an insert and an update."""
        self.session.add(team)

    def team_changing(self, team: RescueTeam) -> None:
        """A stored team the row's values are about to be written onto."""

    def set_leader(self, team: RescueTeam, person: Person | None) -> None:
        team.leader = person

    def give_mobile(self, person: Person, mobile: str) -> None:
        person.mobile = mobile
        self.person_written(person)

    def merged_person(self, clean: PersonInput, found: Person | None) -> Person:
        """`clean` (check_person's) laid over `found`, or a new person."""
        return merge_person_in(self.session, clean, found)

    # The bulk driver keeps its dicts current through these; the database does it here.
    def team_written(self, team: RescueTeam) -> None:
        pass

    def person_written(self, person: Person) -> None:
        pass


_NOT_COMPARED = ("updated_at", "created_at")


class TeamWriter(Protocol):
    """The bulk driver's writer (io/team_rows.py): plain rows written a chunk at a time."""

    def new_team(self) -> PlainRow: ...

    def touch(self, row: PlainRow) -> None: ...

    def person(self, found: Any, clean: PersonInput) -> PlainRow: ...


class BulkTeamLookup(TeamLookup):
    """Loaded once for a chunk of rows as plain rows (the regions they name, the live teams
    of those regions with the names they give, those teams' leaders and their current
    members named as 队长, the people named as 队长 with a 手机号码); told about every team
    and person the import writes, which `writer` writes with Core when the chunk is done.
    Teams compare by identity, one object per stored row."""

    flush_each_row = False

    def __init__(self, session: Session, rows: Iterable[tuple[str, int]],
                 leaders: Iterable[tuple[str, str | None]], writer: TeamWriter) -> None:
        """`rows`: (队伍名称, region id) of the chunk; `leaders`: its (队长, 队长电话)."""
        super().__init__(session)
        self.writer = writer
        plain = PlainRows(session)
        rows, leaders = list(rows), list(leaders)
        region_ids = {rid for _, rid in rows}
        self._regions: dict[int, Region] = {}
        for batch in chunked(region_ids):
            for r in session.scalars(select(Region).where(Region.id.in_(batch))):
                self._regions[r.id] = r
        # Compared folded on both sides, as same_name does in SQL: an index cannot serve
        # it, but one scan of a chunk's regions' teams replaces one scan per row.
        wanted = {(rid, name_key(name)) for name, rid in rows}
        self._teams: dict[tuple[int, str], list[Any]] = {}
        keys = {key for _, key in wanted}
        stored: list[Any] = []
        for batch in chunked(region_ids):
            for team in plain.load(RescueTeam, RescueTeam.is_deleted.is_(False),
                                   RescueTeam.region_id.in_(batch),
                                   folded(RescueTeam.name).in_(keys),
                                   order_by=[RescueTeam.id]):
                if (team.region_id, name_key(team.name)) in wanted:
                    self.team_written(cast(RescueTeam, team))
                    stored.append(team)
        people = {p.id: p for batch in chunked({t.leader_person_id for t in stored
                                                if t.leader_person_id is not None})
                  for p in plain.load(Person, Person.id.in_(batch))}
        self._leaders: dict[int, Any] = {t.id: people.get(t.leader_person_id) for t in stored}
        # The stored teams' current members called as a row's 队长 (`member_named`).
        names = {n.strip() for n, _ in leaders if n and n.strip()}
        self._members: dict[tuple[int, str], Any] = {}
        found: list[tuple[int, int]] = []
        for batch in chunked([t.id for t in stored]):
            found += [(tid, pid) for tid, pid in session.execute(
                select(TeamMember.team_id, TeamMember.person_id)
                .join(Person, TeamMember.person_id == Person.id)
                .where(TeamMember.team_id.in_(batch), TeamMember.is_deleted.is_(False),
                       Person.is_deleted.is_(False), Person.name.in_(names),
                       TeamMember.leave_date.is_(None)).order_by(TeamMember.id))]
        members = {p.id: p for batch in chunked({pid for _, pid in found})
                   for p in plain.load(Person, Person.id.in_(batch))}
        for tid, pid in found:
            self._members.setdefault((tid, members[pid].name), members[pid])
        self.people = PersonIndex(
            session, (), _normalised((n, m) for n, m in leaders if n and m),
            load=lambda where: cast(list[Person], plain.load(Person, where,
                                                             order_by=[Person.id])))

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
                return cast(RescueTeam, team)
        return None

    def person(self, *, name: str, mobile: str | None) -> Person | None:
        return self.people.person(id_card=None, name=name, mobile=mobile)

    def leader_of(self, team: RescueTeam) -> Person | None:
        return cast("Person | None", self._leaders.get(team.id))

    def member_named(self, team: RescueTeam, name: str) -> Person | None:
        return cast("Person | None", self._members.get((team.id, name)))

    def new_team(self) -> RescueTeam:
        return cast(RescueTeam, self.writer.new_team())

    def team_added(self, team: RescueTeam) -> None:
        self.writer.touch(cast(PlainRow, team))

    def team_changing(self, team: RescueTeam) -> None:
        self.writer.touch(cast(PlainRow, team))

    def set_leader(self, team: RescueTeam, person: Person | None) -> None:
        self._leaders[team.id] = person
        team.leader_person_id = person.id if person is not None else None

    def give_mobile(self, person: Person, mobile: str) -> None:
        self.writer.touch(cast(PlainRow, person))
        super().give_mobile(person, mobile)

    def merged_person(self, clean: PersonInput, found: Person | None) -> Person:
        return cast(Person, self.writer.person(found, clean))

    def team_written(self, team: RescueTeam) -> None:
        teams = self._teams.setdefault((team.region_id, name_key(team.name)), [])
        if team not in teams:
            teams.append(team)

    def person_written(self, person: Person) -> None:
        self.people.written(person)


def _normalised(leaders: Iterable[tuple[str, str | None]]) -> Iterator[tuple[str, str]]:
    """(队长, 队长电话) as `_leader_in` asks for them; a mobile it refuses is never asked."""
    for name, mobile in leaders:
        try:
            yield name.strip(), validate_mobile((mobile or "").strip())
        except FieldInvalid:
            continue


__all__ = ["BulkTeamLookup", "TeamLookup", "TeamWriter"]
