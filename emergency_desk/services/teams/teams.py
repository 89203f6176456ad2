"""救援队伍 register, teams: create, update, import upsert (name within region), delete.

Session-level functions (`save_team_in`, `upsert_team_in`) let the importer write a whole sheet
in one transaction; `TeamService` wraps them in short transactions for the window. Members live
in members.py, equipment in equipment.py, list queries in views.py.
"""

from __future__ import annotations

import difflib
from dataclasses import dataclass
from datetime import date
from typing import Any, Literal

from sqlalchemy import select
from sqlalchemy.orm import Session

from emergency_desk.data.base import now
from emergency_desk.data.db import Database
from emergency_desk.data.enums import RegionLevel
from emergency_desk.data.models import Region
from emergency_desk.data.names import name_key, same_name
from emergency_desk.data.people import Person
from emergency_desk.data.teams import (
    MemberRole,
    RescueTeam,
    TeamCategory,
    TeamForce,
    TeamLevel,
    TeamStatus,
)
from emergency_desk.errors import InputRejected, ValidationFailed
from emergency_desk.i18n import t
from emergency_desk.services.officers.officers import join_roles, split_roles
from emergency_desk.services.people import (
    FieldInvalid,
    PersonInput,
    check_person,
    find_or_create_in,
    validate_mobile,
)
from emergency_desk.services.regions.references import (
    Reference,
    find_references,
    register_reference,
)
from emergency_desk.services.search import search_key
from emergency_desk.services.teams.team_lookup import TeamLookup
from emergency_desk.values import InvalidValue, phone

register_reference(Reference("region", RescueTeam, "region_id", "救援队伍", "支"))
register_reference(Reference("person", RescueTeam, "leader_person_id", "救援队伍（任队长）", "支"))

Change = Literal["inserted", "updated", "unchanged"]
# A team's default level follows its region's (a 村 team is 村级); enterprises say so.
LEVEL_OF_REGION = {RegionLevel.COUNTY: TeamLevel.COUNTY, RegionLevel.TOWNSHIP: TeamLevel.TOWNSHIP,
                   RegionLevel.VILLAGE: TeamLevel.VILLAGE, RegionLevel.COMMUNITY: TeamLevel.VILLAGE}


@dataclass
class TeamInput:
    """A team as typed in the form or read from a sheet row.

    Fields left None keep their stored value when an import updates a team
    (`upsert_team_in`); the form passes every field. `leader_name`/`leader_mobile` name the
    队长 the way the sheet does; the person is found (or created) through services/people.py.
    """

    name: str
    region_id: int
    category: TeamCategory | None = None
    level: TeamLevel | None = None
    force_type: TeamForce | None = None  # 队伍性质
    specialties: tuple[str, ...] | str | None = None
    supervising_unit: str | None = None
    leader_name: str | None = None
    leader_mobile: str | None = None
    duty_phone: str | None = None
    planned_size: int | None = None
    response_minutes: int | None = None
    base_address: str | None = None
    gov_purchase: bool | None = None
    founded_date: date | None = None
    status: TeamStatus | None = None
    remark: str | None = None


def clean_text(text: str | None) -> str | None:
    text = (text or "").strip()
    return text or None


def check_team(session: Session, data: TeamInput, stored: RescueTeam | None,
               lookup: TeamLookup | None = None) -> tuple[Region | None, dict[str, str]]:
    """Validate; field label (the sheet's column name) → reason. `stored`: the team being
    saved, not a namesake of itself. `lookup`: where the region and the namesake teams are
    found (SQL by default; an import's chunk, loaded)."""
    lookup = lookup or TeamLookup(session)
    problems: dict[str, str] = {}
    name = (data.name or "").strip()
    if not name:
        problems["队伍名称"] = t("队伍名称不能为空")
    elif len(name) > 100:
        problems["队伍名称"] = t("队伍名称不能超过 100 个字")
    region = lookup.region(data.region_id) if data.region_id else None
    if region is None or region.is_deleted:
        problems["所属区划"] = t("所属区划不存在或已删除")
        region = None
    elif name and lookup.team_named(name, region.id, stored) is not None:
        problems["队伍名称"] = t("“{region}”已有名为“{name}”的救援队伍", region=region.name,
                             name=name)
    if data.category is None and stored is None:
        problems["类别"] = t("请选择队伍类别")
    for label, value in (("编制人数", data.planned_size),
                         ("出动时间(分钟)", data.response_minutes)):
        if value is not None and not 0 <= value <= 100_000:
            problems[label] = t("应为 0 到 100000 之间的整数")
    if data.duty_phone:
        try:
            phone(data.duty_phone)
        except InvalidValue as exc:
            problems["值班电话"] = exc.reason
    if data.leader_mobile:
        try:
            validate_mobile(data.leader_mobile)
        except FieldInvalid as exc:
            problems["队长电话"] = exc.reason
        if not clean_text(data.leader_name):
            problems["队长"] = t("填写了队长电话，请同时填写队长姓名")
    if data.founded_date is not None and data.founded_date > date.today():
        problems["成立日期"] = t("成立日期不能晚于今天")
    return region, problems


def _leader_in(session: Session, team: RescueTeam | None, name: str,
               mobile: str | None, lookup: TeamLookup) -> Person:
    """The 队长 the sheet or form names: by 姓名+手机号码; without a mobile, the team's current
    leader or member of that name (re-importing a sheet must not create a second person).
    Found, created or given its mobile through `lookup` (ORM objects or plain rows)."""
    mobile = validate_mobile(mobile) if mobile else None
    if mobile:
        hit = lookup.person(name=name, mobile=mobile)
        if hit is not None:
            return hit
    if team is not None:
        leader = lookup.leader_of(team)
        if leader is not None and leader.name == name and not leader.is_deleted:
            if mobile and not leader.mobile:
                lookup.give_mobile(leader, mobile)
            if not mobile or leader.mobile == mobile:
                return leader
        member = lookup.member_named(team, name)
        if member is not None and (not mobile or member.mobile in (None, mobile)):
            if mobile and member.mobile is None:
                lookup.give_mobile(member, mobile)
            return member
    if lookup.flush_each_row:
        return find_or_create_in(session, PersonInput(name=name, mobile=mobile))
    clean, problems = check_person(PersonInput(name=name, mobile=mobile))
    if problems:
        raise ValidationFailed(problems)
    person = lookup.merged_person(clean, lookup.person(name=clean.name, mobile=clean.mobile))
    lookup.person_written(person)
    return person


def _apply(session: Session, team: RescueTeam, data: TeamInput, region: Region, *,
           merge: bool, lookup: TeamLookup | None = None, stored: bool = False) -> None:
    """Write `data` onto `team`; `stored`: the team was on record before this row (a team
    an import adds has no id until the chunk is flushed)."""
    def pick(value: Any, current: Any) -> Any:
        return current if merge and value is None else value

    lookup = lookup or TeamLookup(session)
    # The 队长 first: finding or creating one may flush (the form's driver), which wrote
    # the team's fields set so far and then its leader, two audit rows for one change.
    leader_name = clean_text(data.leader_name)
    leader = _leader_in(session, team if team.id or stored else None, leader_name,
                        clean_text(data.leader_mobile), lookup) if leader_name else None
    team.name = data.name.strip()
    team.region_id = region.id
    category = data.category or (TeamCategory(team.category) if team.category else None)
    assert category is not None  # check_team refuses a new team without one
    team.category = category.value
    force = pick(data.force_type, TeamForce(team.force_type) if team.force_type else None)
    team.force_type = force.value if force else None
    level = pick(data.level, TeamLevel(team.level) if team.level else None) \
        or LEVEL_OF_REGION[RegionLevel(region.level)]
    team.level = level.value
    team.specialties = pick(join_roles(data.specialties), team.specialties)
    team.supervising_unit = pick(clean_text(data.supervising_unit), team.supervising_unit)
    team.duty_phone = pick(phone(data.duty_phone) if data.duty_phone else None, team.duty_phone)
    team.planned_size = pick(data.planned_size, team.planned_size)
    team.response_minutes = pick(data.response_minutes, team.response_minutes)
    team.base_address = pick(clean_text(data.base_address), team.base_address)
    team.gov_purchase = bool(pick(data.gov_purchase, team.gov_purchase))
    team.founded_date = pick(data.founded_date, team.founded_date)
    status = pick(data.status, TeamStatus(team.status) if team.status else None)
    team.status = (status or TeamStatus.IN_SERVICE).value
    team.remark = pick(clean_text(data.remark), team.remark)
    if leader is not None or not merge:
        lookup.set_leader(team, leader)
    team.search_key = search_key(team.name, team.supervising_unit, region.name)


def snapshot(*objs: Any) -> list[Any]:
    """Column values (timestamps aside): equal before and after = the row is "unchanged"."""
    return [getattr(o, c.key) for o in objs for c in o.__mapper__.column_attrs
            if c.key not in ("updated_at", "created_at")]


def save_team_in(session: Session, data: TeamInput, team_id: int | None = None) -> RescueTeam:
    """Create (team_id None) or overwrite a team, as the form does. Raises ValidationFailed."""
    stored: RescueTeam | None = None
    if team_id is not None:
        stored = session.get(RescueTeam, team_id)
        if stored is None or stored.is_deleted:
            raise InputRejected(t("该救援队伍不存在或已删除"))
    region, problems = check_team(session, data, stored)
    if problems or region is None:
        raise ValidationFailed(problems)
    team = stored or RescueTeam()
    _apply(session, team, data, region, merge=False)
    session.add(team)  # after its leader is found: one insert (and audit row), not two
    session.flush()
    return team


def upsert_team_in(session: Session, data: TeamInput, lookup: TeamLookup | None = None
                   ) -> tuple[RescueTeam, Change]:
    """Import one sheet row: natural key 队伍名称 within 所属区划 (docs/design.md §2).

    Blank cells keep stored values, so re-importing the same sheet reports "unchanged".
    `lookup`: SQL and a flush per row by default (the window); an import passes the chunk's
    BulkTeamLookup, whose plain rows it writes with Core once a chunk (io/team_rows.py).
    """
    lookup = lookup or TeamLookup(session)
    name = (data.name or "").strip()
    stored = lookup.team_named(name, data.region_id) if name and data.region_id else None
    region, problems = check_team(session, data, stored, lookup)
    if problems or region is None:
        raise ValidationFailed(problems)
    if stored is None:
        team = lookup.new_team()
        _apply(session, team, data, region, merge=False, lookup=lookup)
        # Added once complete: finding its leader may flush (the form's driver), which
        # inserted a half-made team and then updated it, two audit rows for one record.
        lookup.team_added(team)
        lookup.team_written(team)
        if lookup.flush_each_row:
            session.flush()
        return team, "inserted"
    before = lookup.snapshot(stored)
    lookup.team_changing(stored)
    _apply(session, stored, data, region, merge=True, lookup=lookup, stored=True)
    if lookup.flush_each_row:
        session.flush()
    return stored, "unchanged" if before == lookup.snapshot(stored) else "updated"


def find_team_in(session: Session, name: str, region_id: int | None = None
                 ) -> tuple[RescueTeam | None, str | None]:
    """The live team a member or equipment row names, or why it cannot be told."""
    stmt = select(RescueTeam).where(RescueTeam.is_deleted.is_(False),
                                    same_name(RescueTeam.name, name))
    if region_id is not None:
        stmt = stmt.where(RescueTeam.region_id == region_id)
    hits = list(session.scalars(stmt.order_by(RescueTeam.id)))
    if len(hits) == 1:
        return hits[0], None
    if hits:
        return None, t("有 {n} 支名为“{name}”的队伍，请在“队伍所属区划”列注明区划",
                       n=len(hits), name=name)
    names = list(session.scalars(select(RescueTeam.name).where(
        RescueTeam.is_deleted.is_(False))))
    close = difflib.get_close_matches(name, names, n=3, cutoff=0.4)
    reason = t("找不到救援队伍“{name}”，请先在“救援队伍”中登记或导入", name=name)
    if close:
        reason += t("，是否为：{s}", s="、".join(close))
    return None, reason


class TeamsByName:
    """find_team_in's answers (without a region) from the live teams loaded once: an equipment
    sheet names its teams by name alone, and a select per row scanned every team's folded
    name (`same_name` cannot use an index). The import writes no teams, so what is loaded
    stays true."""

    def __init__(self, session: Session) -> None:
        self.session = session
        self._ids: dict[str, list[int]] = {}
        for tid, name in session.execute(select(RescueTeam.id, RescueTeam.name).where(
                RescueTeam.is_deleted.is_(False)).order_by(RescueTeam.id)):
            self._ids.setdefault(name_key(name), []).append(tid)
        self._live = {tid for ids in self._ids.values() for tid in ids}

    def find(self, name: str) -> tuple[int | None, str | None]:
        """The id of the one live team called `name` (brackets' width and spaces aside), or
        why it cannot be told."""
        ids = self._ids.get(name_key(name), [])
        if len(ids) == 1:
            return ids[0], None
        return None, find_team_in(self.session, name)[1]  # its message names close ones

    def is_live(self, team_id: int) -> bool:
        return team_id in self._live


def set_leader_in(session: Session, team_id: int, person_id: int | None) -> None:
    team = session.get(RescueTeam, team_id)
    if team is None or team.is_deleted:
        raise InputRejected(t("该救援队伍不存在或已删除"))
    team.leader_person_id = person_id


def to_input(team: RescueTeam) -> TeamInput:
    """The stored team as the form shows it."""
    leader = team.leader
    return TeamInput(
        name=team.name, region_id=team.region_id, category=TeamCategory(team.category),
        level=TeamLevel(team.level), specialties=split_roles(team.specialties),
        force_type=TeamForce(team.force_type) if team.force_type else None,
        supervising_unit=team.supervising_unit, leader_name=leader.name if leader else None,
        leader_mobile=leader.mobile if leader else None, duty_phone=team.duty_phone,
        planned_size=team.planned_size, response_minutes=team.response_minutes,
        base_address=team.base_address, gov_purchase=bool(team.gov_purchase),
        founded_date=team.founded_date, status=TeamStatus(team.status), remark=team.remark)


def restore_team(session: Session, obj: Any) -> None:
    if not isinstance(obj, RescueTeam):
        return
    region = session.get(Region, obj.region_id)
    if region is None or region.is_deleted:
        raise InputRejected(t("请先恢复区划“{name}”", name=region.name if region else ""))
    if TeamLookup(session).team_named(obj.name, obj.region_id, obj) is not None:
        raise InputRejected(t("“{region}”已有名为“{name}”的救援队伍，不能恢复",
                              region=region.name, name=obj.name))




class TeamService:
    """Short transactions for the window; reading lives in team_views.TeamViews."""

    def __init__(self, db: Database) -> None:
        self.db = db

    def create(self, data: TeamInput) -> int:
        with self.db.begin() as s:
            return save_team_in(s, data).id

    def update(self, team_id: int, data: TeamInput) -> None:
        with self.db.begin() as s:
            save_team_in(s, data, team_id)

    def upsert(self, data: TeamInput) -> tuple[int, Change]:
        with self.db.begin() as s:
            team, change = upsert_team_in(s, data)
            return team.id, change

    def input_of(self, team_id: int) -> TeamInput:
        with self.db.read() as s:
            team = s.get(RescueTeam, team_id)
            if team is None:
                raise InputRejected(t("该救援队伍不存在"))
            return to_input(team)

    def delete(self, team_id: int) -> None:
        """Soft delete; refused while live members or equipment belong to the team."""
        with self.db.begin() as s:
            team = s.get(RescueTeam, team_id)
            if team is None or team.is_deleted:
                raise InputRejected(t("该救援队伍不存在或已删除"))
            refs = find_references(s, "rescue_team", team_id)
            if refs:
                raise InputRejected(t("“{name}”仍有{refs}，不能删除。请先将队员离队或转队、"
                                      "装备移交后再删除。", name=team.name, refs="、".join(refs)))
            team.is_deleted, team.deleted_at = True, now()


def captain_first(role: str) -> int:
    """Sort key for rosters: 队长, 副队长, then 队员."""
    return MemberRole(role).rank if role else 2


__all__ = ["Change", "TeamInput", "TeamService", "captain_first", "check_team", "clean_text",
           "find_team_in", "save_team_in", "set_leader_in", "snapshot", "to_input",
           "upsert_team_in"]
