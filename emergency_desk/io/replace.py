"""The yearly roster refresh: `import officers|members FILE --replace` (issue 13).

A township's new 名册 is the complete current list for what it covers: the regions its rows
name (officers) or the teams its rows name (members). Before the rows are written, everyone on
record there who is missing from the file leaves as of today (离任日期 / 离队日期, status 离岗):
their records stay as history, nothing is deleted, and a new A can take over the post of an old
A who is gone (O3 allows one active A per region). It all runs inside the importer's one
transaction, so a refused file changes nothing, and the dry run lists the leavers first.

A person counts as present when a row for the same region (team) finds them by the natural key
(身份证号, else 姓名+手机号码) or carries their name, or when a row whose region (team) cannot be
found carries their name: a row with a wrong cell keeps its person in post (the row is refused
anyway), and nobody is sent away over a typo.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from emergency_desk.data.officers import InfoOfficer, OfficerPost, OfficerStatus
from emergency_desk.data.people import Person
from emergency_desk.data.teams import MemberRole, RescueTeam, TeamMember
from emergency_desk.errors import UsageError
from emergency_desk.i18n import t
from emergency_desk.io.officer_regions import RegionIndex
from emergency_desk.io.row_upsert import CellProblem, region_id_in
from emergency_desk.io.spec import BAD, Record
from emergency_desk.services.people import find_person_in
from emergency_desk.services.teams.members import leave_team_in
from emergency_desk.services.teams.teams import find_team_in


@dataclass(frozen=True)
class Leaver:
    """One person who leaves because the refreshed roster no longer lists them."""

    where: str  # region path (officers) or team name (members)
    name: str
    post: str  # A岗/B岗/单岗, or 队长/队员…
    team: bool = False

    def format(self) -> str:
        if self.team:
            return t("离队：{team} {name}（{role}）", team=self.where, name=self.name,
                     role=self.post)
        return t("离任：{where} {name}（{post}）", where=self.where, name=self.name,
                 post=self.post)


Replacer = Callable[[Session, list[Record]], list[Leaver]]


def _get(rec: Record, field: str) -> Any:
    v = rec.values.get(field)
    return None if v is BAD else v


class _Present:
    """Who the file lists, per region or team: person ids found and names written."""

    def __init__(self) -> None:
        self.ids: dict[int, set[int]] = {}
        self.names: dict[int, set[str]] = {}
        self.anywhere: set[str] = set()  # names on rows whose region (team) is not found

    def unplaced(self, rec: Record) -> None:
        """A row whose region or team cell is wrong: its person stays wherever they are."""
        name = _get(rec, "name")
        if name:
            self.anywhere.add(name)

    def add(self, session: Session, where: int, rec: Record) -> None:
        name = _get(rec, "name") or ""
        self.names.setdefault(where, set()).add(name)
        person = find_person_in(session, id_card=_get(rec, "id_card"), name=name,
                                mobile=_get(rec, "mobile")) if name else None
        if person is not None:
            self.ids.setdefault(where, set()).add(person.id)

    def has(self, where: int, person: Person) -> bool:
        return person.id in self.ids.get(where, ()) or person.name in self.names.get(where, ()) \
            or person.name in self.anywhere


def _leave_day(start: date | None) -> date:
    today = date.today()
    return max(today, start) if start is not None else today


def replace_officers(session: Session, records: list[Record]) -> list[Leaver]:
    index = RegionIndex(session)
    present = _Present()
    for rec in records:
        if any(rec.values.get(f) is BAD for f in ("township", "village", "level")):
            present.unplaced(rec)
            continue
        region, _blame, problem = index.resolve(_get(rec, "township"), _get(rec, "village"),
                                                _get(rec, "level"))
        if region is None or problem:
            present.unplaced(rec)  # the row's own error says why
            continue
        present.add(session, region.id, rec)
        if rec.values.get("status") is None:
            # The file lists who is in post now: a blank 状态 means 在岗.
            rec.values["status"] = OfficerStatus.ACTIVE
    leavers: list[Leaver] = []
    if present.names:
        stmt = (select(InfoOfficer, Person).join(Person, Person.id == InfoOfficer.person_id)
                .where(InfoOfficer.is_deleted.is_(False),
                       InfoOfficer.status == OfficerStatus.ACTIVE.value,
                       InfoOfficer.region_id.in_(present.names))
                .order_by(InfoOfficer.region_id, InfoOfficer.post, InfoOfficer.id))
        for o, person in session.execute(stmt).all():
            if present.has(o.region_id, person):
                continue
            o.status, o.leave_date = OfficerStatus.LEFT.value, _leave_day(o.appoint_date)
            leavers.append(Leaver(index.nodes[o.region_id].path, person.name,
                                  OfficerPost(o.post).label))
        session.flush()
    # B and single posts first: in a swap (the old A stays on as B, the B becomes A) the A
    # must be free before the new A's row is saved. Errors are sorted by row afterwards.
    records.sort(key=lambda r: _get(r, "post") == OfficerPost.A)
    return leavers


def replace_members(session: Session, records: list[Record]) -> list[Leaver]:
    present = _Present()
    cache: dict[str, Any] = {}
    teams: dict[int, RescueTeam] = {}
    for rec in records:
        name = _get(rec, "team")
        region_text = _get(rec, "team_region")
        try:
            region_id = region_id_in(session, region_text, "", cache) if region_text else None
        except CellProblem:
            region_id = -1
        team = find_team_in(session, name, region_id)[0] if name and region_id != -1 else None
        if team is None:
            present.unplaced(rec)
            continue
        teams[team.id] = team
        present.add(session, team.id, rec)
    leavers: list[Leaver] = []
    if teams:
        stmt = (select(TeamMember, Person).join(Person, Person.id == TeamMember.person_id)
                .where(TeamMember.is_deleted.is_(False), TeamMember.leave_date.is_(None),
                       TeamMember.team_id.in_(teams))
                .order_by(TeamMember.team_id, TeamMember.id))
        for m, person in session.execute(stmt).all():
            if present.has(m.team_id, person):
                continue
            leave_team_in(session, m.id, _leave_day(m.join_date))
            leavers.append(Leaver(teams[m.team_id].name, person.name,
                                  MemberRole(m.role).label, team=True))
    return leavers


_REPLACERS: dict[str, Replacer] = {"officers": replace_officers, "members": replace_members}


def replacer_for(register: str) -> Replacer:
    try:
        return _REPLACERS[register]
    except KeyError:
        raise UsageError(t(
            "只有灾害信息员（officers）和队员（members）可以按全部名单替换（--replace）")) from None


def can_replace(register: str) -> bool:
    return register in _REPLACERS


__all__ = ["Leaver", "Replacer", "can_replace", "replacer_for"]
