"""救援队伍 register, members and their certificates.

A member is a `person` (shared with the officers register, services/people.py) holding a
membership of one team from 入队日期 to 离队日期. Moving to another team closes the old
membership and opens a new one, so the history stays and trainings (kept per person) follow.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from emergency_desk.data.base import now
from emergency_desk.data.dates import MonthDate
from emergency_desk.data.db import Database
from emergency_desk.data.people import Gender, Person
from emergency_desk.data.teams import Certificate, MemberRole, MemberSource, RescueTeam, TeamMember
from emergency_desk.errors import InputRejected, ValidationFailed
from emergency_desk.i18n import t
from emergency_desk.services.date_rules import not_after_today, post_age_problems
from emergency_desk.services.people import (
    Checked,
    PersonInput,
    born_of,
    check_person,
    find_or_create_in,
    merge_person_in,
    update_person_in,
)
from emergency_desk.services.regions.references import Reference, register_reference
from emergency_desk.services.teams.member_lookup import MemberLookup
from emergency_desk.services.teams.teams import Change, clean_text, snapshot

register_reference(Reference("person", TeamMember, "person_id", "队员记录", "条"))
register_reference(Reference("person", Certificate, "person_id", "证书", "本"))
register_reference(Reference("rescue_team", TeamMember, "team_id", "队员", "名"))


@dataclass
class MemberInput:
    """One membership as typed in the form or read from a roster row (None = keep on import)."""

    person: PersonInput
    team_id: int
    role: MemberRole | None = None
    skills: str | None = None
    source: MemberSource | None = None
    join_date: date | None = None
    leave_date: date | None = None
    insurance_expiry: date | None = None
    remark: str | None = None


def _team(session: Session, team_id: int | None) -> RescueTeam | None:
    team = session.get(RescueTeam, team_id) if team_id else None
    return None if team is None or team.is_deleted else team


def _check(session: Session, lookup: MemberLookup, data: MemberInput,
           person: Person | None, stored: TeamMember | None,
           born: date | None = None) -> dict[str, str]:
    """The membership's problems; `born`: the member's birth date (`born_of`), for the age
    rules."""
    problems: dict[str, str] = {}
    if _team(session, data.team_id) is None:
        problems["队伍名称"] = t("所属队伍不存在或已删除")
    joined = data.join_date if data.join_date is not None else \
        (stored.join_date if stored else None)
    left = data.leave_date if data.leave_date is not None else \
        (stored.leave_date if stored else None)
    if joined is not None and left is not None and left < joined:
        problems["离队日期"] = t("离队日期 {l} 早于入队日期 {j}", l=left.isoformat(),
                             j=joined.isoformat())
    if (why := not_after_today(data.join_date)) is not None:
        problems["入队日期"] = why
    for label, why in post_age_problems(born, joined, start_label="入队日期",
                                        role=t("救援队员")).items():
        problems.setdefault(label, why)
    if person is not None and left is None and "队伍名称" not in problems and any(
            m is not stored and m.leave_date is None
            for m in lookup.memberships(person, data.team_id)):
        problems["姓名"] = t("“{name}”已是该队在队队员，不能重复登记", name=data.person.name)
    return problems


def _described(memberships: list[TeamMember], leave_date: date | None) -> TeamMember | None:
    """The membership a roster row describes: the one with the same 离队日期 (none = the current
    one) first, so a person who left and rejoined keeps both rows through export → import;
    then the newest (one this import wrote, without an id yet, is the newest)."""
    def order(m: TeamMember) -> tuple[bool, bool, int]:
        other = m.leave_date is not None if leave_date is None else m.leave_date != leave_date
        return other, m.id is not None, -(m.id or 0)

    return min(memberships, key=order, default=None)


def apply_member(m: TeamMember, data: MemberInput, *, merge: bool) -> None:
    """Copy a row's membership fields onto `m`; with `merge`, blanks keep what `m` holds."""
    def pick(value: Any, current: Any) -> Any:
        return current if merge and value is None else value

    role = pick(data.role, MemberRole(m.role) if m.role else None) or MemberRole.MEMBER
    m.role = role.value
    source = pick(data.source, MemberSource(m.source) if m.source else None)
    m.source = source.value if source else None
    m.skills = pick(clean_text(data.skills), m.skills)
    m.join_date = pick(data.join_date, m.join_date)
    m.leave_date = pick(data.leave_date, m.leave_date)
    m.insurance_expiry = pick(data.insurance_expiry, m.insurance_expiry)
    m.remark = pick(clean_text(data.remark), m.remark)


def sync_leader(session: Session, m: TeamMember) -> None:
    """A 队长 in the roster is the team's leader; a leader who leaves is no longer it (T2)."""
    team = session.get_one(RescueTeam, m.team_id)
    if m.leave_date is None and m.role == MemberRole.CAPTAIN.value and not m.is_deleted:
        team.leader_person_id = m.person_id
    elif team.leader_person_id == m.person_id and (m.leave_date is not None or m.is_deleted):
        team.leader_person_id = None


def save_member_in(session: Session, data: MemberInput,
                   member_id: int | None = None) -> tuple[TeamMember, Change]:
    """Create (member_id None) or overwrite a membership and its person, as the form does.

    Creating reuses the person with the same natural key (an officer joining a team stays one
    person). Raises ValidationFailed with every problem (field label → reason).
    """
    stored: TeamMember | None = None
    if member_id is not None:
        stored = session.get(TeamMember, member_id)
        if stored is None or stored.is_deleted:
            raise InputRejected(t("该队员不存在或已删除"))
    clean, problems = check_person(data.person)
    lookup = MemberLookup(session)
    holder = stored.person if stored else None
    if stored is None and not problems:
        holder = lookup.person(id_card=clean.id_card, name=clean.name, mobile=clean.mobile)
    problems.update(_check(session, lookup, data, holder, stored,
                           born_of((clean, problems), None if stored else holder)))
    if problems:
        raise ValidationFailed(problems)
    before = snapshot(stored, stored.person) if stored else None
    if stored is not None:
        person = update_person_in(session, stored.person_id, data.person)
        m = stored
        m.team_id = data.team_id
    else:
        person = find_or_create_in(session, data.person)
        m = TeamMember(team_id=data.team_id, person_id=person.id)
        session.add(m)
    m.person = person
    apply_member(m, data, merge=False)
    session.flush()
    sync_leader(session, m)
    if before is None:
        return m, "inserted"
    return m, "unchanged" if before == snapshot(m, person) else "updated"


@dataclass
class MemberUpsert:
    """What the rules decided for one roster row: the checked person, who they are (None: a
    new person) and the membership the row updates (None: a new one)."""

    clean: PersonInput
    person: Person | None
    stored: TeamMember | None


def plan_member(session: Session, data: MemberInput, lookup: MemberLookup,
                checked: Checked | None = None) -> MemberUpsert:
    """The rules of an imported roster row, for both writers (the ORM one below, the bulk
    import's io/member_rows.py). Raises ValidationFailed with every problem of the row.
    `checked`: `check_person(data.person)`, when the caller has it already."""
    checked = checked or check_person(data.person)
    clean, problems = checked
    if problems:
        raise ValidationFailed({**problems, **_check(session, lookup, data, None, None,
                                                     born_of(checked, None))})
    person = lookup.person(id_card=clean.id_card, name=clean.name, mobile=clean.mobile)
    stored = _described(lookup.memberships(person, data.team_id), data.leave_date)
    if stored is not None and stored.leave_date is not None and data.leave_date is None:
        # Listed as a member again after leaving: a new membership beside the old one,
        # whose 离队日期 stays history (the yearly roster refresh brings people back).
        stored = None
    problems = _check(session, lookup, data, person, stored, born_of(checked, person))
    if problems:
        raise ValidationFailed(problems)
    return MemberUpsert(clean, person, stored)


def upsert_member_in(session: Session, data: MemberInput,
                     lookup: MemberLookup | None = None) -> tuple[TeamMember, Change]:
    """Import one roster row: person by 身份证号, else 姓名+手机号码 (docs/design.md §2); the
    membership is the person's current one in that team (else their latest there). Asks the
    database, flushes and syncs the team's leader at once (the bulk import writes with
    io/member_rows.py instead).
    """
    lookup = lookup or MemberLookup(session)
    plan = plan_member(session, data, lookup)
    clean, person, stored = plan.clean, plan.person, plan.stored
    if stored is None:
        person = merge_person_in(session, clean, person)
        m = TeamMember(team_id=data.team_id)
        m.person = person
        session.add(m)
        apply_member(m, data, merge=False)
        change: Change = "inserted"
    else:
        assert person is not None
        before = snapshot(stored, person)
        merge_person_in(session, clean, person)
        apply_member(stored, data, merge=True)
        m = stored
        change = "unchanged" if before == snapshot(stored, person) else "updated"
    lookup.person_written(person)
    lookup.member_written(m, person)
    if lookup.flush_each_row:
        session.flush()
        sync_leader(session, m)
    return m, change


def leave_team_in(session: Session, member_id: int, leave_date: date) -> TeamMember:
    m = session.get(TeamMember, member_id)
    if m is None or m.is_deleted:
        raise InputRejected(t("该队员不存在或已删除"))
    if m.join_date is not None and leave_date < m.join_date:
        raise ValidationFailed({"离队日期": t("离队日期 {l} 早于入队日期 {j}",
                                          l=leave_date.isoformat(), j=m.join_date.isoformat())})
    m.leave_date = leave_date
    session.flush()
    sync_leader(session, m)
    return m


def move_member_in(session: Session, member_id: int, new_team_id: int,
                   on: date) -> TeamMember:
    """转队: the old membership ends on `on`, a new one starts that day in the other team with
    the same skills, source and insurance (the person and their trainings are unchanged)."""
    old = session.get(TeamMember, member_id)
    if old is None or old.is_deleted:
        raise InputRejected(t("该队员不存在或已删除"))
    if old.team_id == new_team_id:
        raise ValidationFailed({"队伍名称": t("已在该队，请选择另一支队伍")})
    if old.leave_date is not None:
        raise ValidationFailed({"队伍名称": t("该队员已于 {d} 离队，请从在队记录办理转队",
                                          d=old.leave_date.isoformat())})
    leave_team_in(session, member_id, on)
    data = MemberInput(person=PersonInput(name=old.person.name), team_id=new_team_id,
                       role=MemberRole.MEMBER, skills=old.skills,
                       source=MemberSource(old.source) if old.source else None,
                       join_date=on, insurance_expiry=old.insurance_expiry,
                       remark=t("由“{team}”转入", team=old.team.name))
    problems = _check(session, MemberLookup(session), data, old.person, None,
                      old.person.birth_date)
    if problems:
        raise ValidationFailed(problems)
    new = TeamMember(team_id=new_team_id, person_id=old.person_id)
    apply_member(new, data, merge=False)
    session.add(new)
    session.flush()
    return new


def to_input(m: TeamMember) -> MemberInput:
    p = m.person
    return MemberInput(
        person=PersonInput(name=p.name, gender=Gender(p.gender) if p.gender else None,
                           birth_date=p.birth_date, id_card=p.id_card, mobile=p.mobile,
                           phone2=p.phone2, employer=p.employer, job_title=p.job_title,
                           remark=p.remark),
        team_id=m.team_id, role=MemberRole(m.role), skills=m.skills,
        source=MemberSource(m.source) if m.source else None, join_date=m.join_date,
        leave_date=m.leave_date, insurance_expiry=m.insurance_expiry, remark=m.remark)


# -- certificates --------------------------------------------------------------------------
@dataclass
class CertificateInput:
    person_id: int
    name: str
    number: str | None = None
    issue_date: date | None = None
    expiry_date: date | None = None
    remark: str | None = None


def check_certificate(data: CertificateInput, person_live: Callable[[], bool]
                      ) -> dict[str, Any]:
    """The form's rules on a certificate (the import runs them on a sheet's row): the columns
    it writes (`certificate_values`), or ValidationFailed (label → reason). `person_live()`:
    its person is on record (the form asks the database; the import found the person among
    the live ones)."""
    problems: dict[str, str] = {}
    if not (data.name or "").strip():
        problems["证书名称"] = t("证书名称不能为空")
    if not person_live():
        problems["姓名"] = t("该人员不存在或已删除")
    if data.issue_date and data.expiry_date and data.expiry_date < data.issue_date:
        problems["有效期至"] = t("有效期至 {e} 早于发证日期 {i}", e=data.expiry_date.isoformat(),
                             i=data.issue_date.isoformat())
    if problems:
        raise ValidationFailed(problems)
    return certificate_values(data)


def certificate_values(data: CertificateInput) -> dict[str, Any]:
    """The columns a checked certificate writes, the expiry's month flag as data/dates.py
    keeps it on an ORM save."""
    return {"person_id": data.person_id, "name": (data.name or "").strip(),
            "number": clean_text(data.number), "issue_date": data.issue_date,
            "expiry_date": data.expiry_date, "remark": clean_text(data.remark),
            "expiry_date_month": isinstance(data.expiry_date, MonthDate)}


def save_certificate_in(session: Session, data: CertificateInput,
                        cert_id: int | None = None, *, stored: Certificate | None = None,
                        flush: bool = True) -> Certificate:
    """Create (cert_id None) or overwrite a certificate, as the form does. An import passes
    the `stored` certificate it found (it may be new, without an id yet) and flushes once a
    chunk (`flush` False)."""
    def person_live() -> bool:
        person = session.get(Person, data.person_id)
        return person is not None and not person.is_deleted

    values = check_certificate(data, person_live)
    cert = stored or (session.get(Certificate, cert_id) if cert_id else Certificate())
    if cert is None or cert.is_deleted:
        raise InputRejected(t("该证书不存在或已删除"))
    for key, value in values.items():
        if key != "expiry_date_month":  # kept in step by data/dates.py on flush
            setattr(cert, key, value)
    if stored is None and cert_id is None:
        session.add(cert)
    if flush:
        session.flush()
    return cert


def restore_member(session: Session, obj: Any) -> None:
    if isinstance(obj, TeamMember | Certificate):
        person = session.get(Person, obj.person_id)
        if person is None or person.is_deleted:
            raise InputRejected(t("请先恢复人员“{name}”", name=person.name if person else ""))
    if isinstance(obj, TeamMember):
        if _team(session, obj.team_id) is None:
            raise InputRejected(t("请先恢复该队员所在的救援队伍"))
        if obj.leave_date is None and session.scalar(select(TeamMember.id).where(
                TeamMember.is_deleted.is_(False), TeamMember.person_id == obj.person_id,
                TeamMember.team_id == obj.team_id, TeamMember.leave_date.is_(None))):
            raise InputRejected(t("“{name}”已是该队在队队员，不能恢复", name=obj.name))




class MemberService:
    def __init__(self, db: Database) -> None:
        self.db = db

    def create(self, data: MemberInput) -> int:
        with self.db.begin() as s:
            return save_member_in(s, data)[0].id

    def update(self, member_id: int, data: MemberInput) -> None:
        with self.db.begin() as s:
            save_member_in(s, data, member_id)

    def upsert(self, data: MemberInput) -> tuple[int, Change]:
        with self.db.begin() as s:
            m, change = upsert_member_in(s, data)
            return m.id, change

    def input_of(self, member_id: int) -> MemberInput:
        with self.db.read() as s:
            m = s.get(TeamMember, member_id)
            if m is None:
                raise InputRejected(t("该队员不存在"))
            return to_input(m)

    def leave(self, member_id: int, leave_date: date) -> None:
        with self.db.begin() as s:
            leave_team_in(s, member_id, leave_date)

    def move(self, member_id: int, new_team_id: int, on: date) -> int:
        with self.db.begin() as s:
            return move_member_in(s, member_id, new_team_id, on).id

    def delete(self, member_id: int) -> None:
        """Soft delete the membership (a wrong entry); the person stays, they may hold other
        roles. A member who really left gets a 离队日期 instead, which keeps the history."""
        with self.db.begin() as s:
            m = s.get(TeamMember, member_id)
            if m is None or m.is_deleted:
                raise InputRejected(t("该队员不存在或已删除"))
            m.is_deleted, m.deleted_at = True, now()
            sync_leader(s, m)

    def save_certificate(self, data: CertificateInput, cert_id: int | None = None) -> int:
        with self.db.begin() as s:
            return save_certificate_in(s, data, cert_id).id

    def delete_certificate(self, cert_id: int) -> None:
        with self.db.begin() as s:
            cert = s.get(Certificate, cert_id)
            if cert is None or cert.is_deleted:
                raise InputRejected(t("该证书不存在或已删除"))
            cert.is_deleted, cert.deleted_at = True, now()
