"""灾害信息员 register: posts held by people in regions, with A/B posts (docs/domain.md 1A, F4, O3).

Session-level functions (`save_officer_in`, `upsert_officer_in`) let the importer write a whole
roster in one transaction; `OfficerService` wraps them in short transactions for the window.
Lists and the coverage view are SQL queries returning plain rows (see views.py).
"""

from __future__ import annotations

import re
from collections.abc import Container
from dataclasses import dataclass
from datetime import date
from typing import Any, Literal

from sqlalchemy.orm import Session

from emergency_desk.data.base import now
from emergency_desk.data.db import Database
from emergency_desk.data.enums import RegionLevel
from emergency_desk.data.models import Region
from emergency_desk.data.officers import (
    ROLE_SEPARATOR,
    FullTime,
    InfoOfficer,
    OfficerPost,
    OfficerStatus,
)
from emergency_desk.data.people import Gender, Person
from emergency_desk.errors import InputRejected, ValidationFailed
from emergency_desk.i18n import t
from emergency_desk.services.date_rules import not_after_today, post_age_problems
from emergency_desk.services.officers.attendance import (
    attend_imported_training,
    record_latest_training,
)
from emergency_desk.services.officers.lookup import OfficerLookup
from emergency_desk.services.people import (
    Checked,
    PersonInput,
    born_of,
    check_person,
    find_or_create_in,
    mask_id_card,
    merge_person_in,
    update_person_in,
)
from emergency_desk.services.regions.references import Reference, register_reference

register_reference(Reference("region", InfoOfficer, "region_id", "灾害信息员", "名"))

Change = Literal["inserted", "updated", "unchanged"]
_ROLE_SPLIT = re.compile(r"[、,，;；/\s]+")


@dataclass
class OfficerInput:
    """One officer post as typed in the form or read from a roster row.

    Fields left None keep their stored value when an import updates an existing officer
    (`upsert_officer_in`); on a new officer they take the defaults (单岗, 在岗, 未录入).
    `level` None means "the region's level".
    """

    person: PersonInput
    region_id: int
    level: RegionLevel | None = None
    post: OfficerPost | None = None
    duty_title: str | None = None
    fulltime: FullTime | None = None
    appoint_date: date | None = None
    leave_date: date | None = None
    status: OfficerStatus | None = None
    in_national_system: bool | None = None
    other_roles: tuple[str, ...] | str | None = None
    remark: str | None = None
    latest_training: date | None = None  # imported 最近培训日期 → an attendance record
    # 职业技能等级 (SKILL_LEVELS or a sheet's own wording) with its certificate; "" clears.
    skill_level: str | None = None
    skill_cert_no: str | None = None
    skill_cert_date: date | None = None


def join_roles(roles: tuple[str, ...] | list[str] | str | None) -> str | None:
    """'网格员, 护林员、网格员' → '网格员、护林员' (order kept, duplicates dropped)."""
    if roles is None:
        return None
    parts = _ROLE_SPLIT.split(roles) if isinstance(roles, str) else list(roles)
    seen: list[str] = []
    for p in (x.strip() for x in parts):
        if p and p not in seen:
            seen.append(p)
    return ROLE_SEPARATOR.join(seen) or None


def split_roles(text: str | None) -> tuple[str, ...]:
    return tuple(x for x in (text or "").split(ROLE_SEPARATOR) if x)


def _same_rank(level: str) -> list[str]:
    rank = RegionLevel(level).rank
    return [lv.value for lv in RegionLevel if lv.rank == rank]


def region_field(level: RegionLevel | str | None) -> str:
    """The roster column that names the region, for error messages keyed by column."""
    if level is not None and RegionLevel(level).rank >= 2:
        return "村(社区)"
    return "乡镇"


@dataclass
class _Post:
    """What the conflict checks need, whether from an input or a stored (restored) row."""

    officer: InfoOfficer | None  # the post being saved (None: a new one)
    person: Person | None  # the person holding it (None: a new one)
    person_name: str
    region: Region
    level: str
    post: str
    status: str


def _active(o: InfoOfficer, p: _Post, today: date) -> bool:
    # A post whose 离任日期 has passed no longer blocks its successor, even if nobody set
    # its status to 离岗 (status follows the dates; rule O3 reminds to correct it).
    return (o is not p.officer and not o.is_deleted and o.status == OfficerStatus.ACTIVE.value
            and (o.leave_date is None or o.leave_date >= today))


def _conflicts(lookup: OfficerLookup, p: _Post) -> dict[str, str]:
    """O3 enforced on save: one active A per region; one active post per person and level."""
    problems: dict[str, str] = {}
    if p.status != OfficerStatus.ACTIVE.value:
        return problems
    today = date.today()
    if p.post == OfficerPost.A.value:
        hit = next((o for o in lookup.a_posts_in(p.region.id) if _active(o, p, today)), None)
        if hit is not None and hit.person is not p.person:
            problems["岗位"] = t(
                "“{region}”已有在岗的A岗灾害信息员“{name}”，一个区划只能有一名A岗。"
                "请先将其改为B岗或办理离岗。", region=p.region.name, name=hit.person.name)
    if p.person is not None:
        rank = _same_rank(p.level)
        for o in lookup.posts_of(p.person):
            if not _active(o, p, today) or o.level not in rank:
                continue
            if o.region_id == p.region.id and o.post == p.post:
                problems["岗位"] = t("“{name}”已登记为“{region}”的{post}，不能重复登记",
                                   name=p.person_name, region=p.region.name,
                                   post=OfficerPost(p.post).label)
            elif o.region_id != p.region.id:
                where = lookup.region(o.region_id)
                problems["姓名"] = t(
                    "“{name}”已是“{other}”的在岗灾害信息员，同一人不能在同一层级的两个区划任职",
                    name=p.person_name, other=where.path if where else o.region_id)
            if problems:
                break
    return problems


def _check(lookup: OfficerLookup, data: OfficerInput, person: Person | None,
           stored: InfoOfficer | None, born: date | None = None
           ) -> tuple[str, dict[str, str]]:
    """Validate the officer part; returns the level to store and the problems. `born`: the
    holder's birth date (`born_of`), for the age rules."""
    problems: dict[str, str] = {}
    region = lookup.region(data.region_id)
    level = data.level.value if data.level else (stored.level if stored else None)
    if region is None or region.is_deleted:
        problems[region_field(level)] = t("所属区划不存在或已删除")
        return level or "", problems
    rlevel = RegionLevel(region.level)
    if data.level is not None and data.level.rank != rlevel.rank:
        problems["层级"] = t("层级为“{level}”，但“{region}”是{rlevel}；"
                           "{level}级灾害信息员应在{want}任职", level=data.level.label,
                           region=region.name, rlevel=rlevel.label,
                           want={0: t("县"), 1: t("乡镇"), 2: t("村（社区）")}[data.level.rank])
    # 村 and 社区 are one tier: store the region's own level so lists never disagree with it.
    level = rlevel.value
    appoint = data.appoint_date if data.appoint_date is not None else \
        (stored.appoint_date if stored else None)
    leave = data.leave_date if data.leave_date is not None else \
        (stored.leave_date if stored else None)
    for attr, label, limit in (("skill_level", "职业技能等级", 20),
                               ("skill_cert_no", "证书编号", 60)):
        if len((getattr(data, attr) or "").strip()) > limit:
            problems[label] = t("{label}不能超过 {n} 个字", label=label, n=limit)
    if data.skill_cert_date is not None and data.skill_cert_date > date.today():
        problems["发证日期"] = t("发证日期不能晚于今天")
    # 任职 and 培训 have happened; a 离任日期 may be set ahead (`_active` counts on it).
    for label, value in (("任职日期", data.appoint_date), ("最近培训日期", data.latest_training)):
        if (why := not_after_today(value)) is not None:
            problems[label] = why
    for label, why in post_age_problems(born, appoint, start_label="任职日期",
                                        role=t("灾害信息员")).items():
        problems.setdefault(label, why)
    if appoint is not None and leave is not None and leave < appoint:
        problems["离任日期"] = t("离任日期 {l} 早于任职日期 {a}", l=leave.isoformat(),
                             a=appoint.isoformat())
    if not problems:
        post = (data.post or (OfficerPost(stored.post) if stored else OfficerPost.SINGLE)).value
        status = (data.status or (OfficerStatus(stored.status) if stored
                                  else OfficerStatus.ACTIVE)).value
        problems.update(_conflicts(lookup, _Post(
            stored, person, data.person.name.strip(), region, level, post, status)))
    return level, problems


def _snapshot(*objs: Any) -> list[Any]:
    return [getattr(o, c.key) for o in objs for c in o.__mapper__.column_attrs
            if c.key not in ("updated_at", "created_at")]


def apply_officer(o: InfoOfficer, data: OfficerInput, level: str, *, merge: bool) -> None:
    """Copy a row's officer fields onto `o`; with `merge`, blanks keep what `o` holds."""
    def pick(value: Any, current: Any, default: Any) -> Any:
        if value is not None:
            return value
        return current if merge else default

    o.level = level
    o.region_id = data.region_id
    o.post = pick(data.post, OfficerPost(o.post) if o.post else None, OfficerPost.SINGLE).value
    o.status = pick(data.status, OfficerStatus(o.status) if o.status else None,
                    OfficerStatus.ACTIVE).value
    fulltime = pick(data.fulltime, FullTime(o.fulltime) if o.fulltime else None, None)
    o.fulltime = fulltime.value if fulltime else None
    o.duty_title = pick((data.duty_title or "").strip() or None, o.duty_title, None)
    o.appoint_date = pick(data.appoint_date, o.appoint_date, None)
    o.leave_date = pick(data.leave_date, o.leave_date, None)
    o.in_national_system = bool(pick(data.in_national_system, o.in_national_system, False))
    o.other_roles = pick(join_roles(data.other_roles), o.other_roles, None)
    o.remark = pick((data.remark or "").strip() or None, o.remark, None)
    for attr in ("skill_level", "skill_cert_no"):
        value = getattr(data, attr)
        if value is not None:
            setattr(o, attr, value.strip() or None)
        elif not merge:
            setattr(o, attr, None)
    o.skill_cert_date = pick(data.skill_cert_date, o.skill_cert_date, None)


def save_officer_in(session: Session, data: OfficerInput,
                    officer_id: int | None = None) -> tuple[InfoOfficer, Change]:
    """Create (officer_id None) or overwrite an officer and its person, as the form does.

    Creating reuses the person with the same natural key (one person may also be a team
    member). Raises ValidationFailed with every problem found (field label → reason).
    """
    stored: InfoOfficer | None = None
    if officer_id is not None:
        stored = session.get(InfoOfficer, officer_id)
        if stored is None or stored.is_deleted:
            raise InputRejected(t("该灾害信息员不存在或已删除"))
    clean, problems = check_person(data.person)
    lookup = OfficerLookup(session)
    holder = stored.person if stored else None
    if stored is None and not problems:
        holder = lookup.person(id_card=clean.id_card, name=clean.name, mobile=clean.mobile)
    # The form overwrites a stored person (a cleared 出生日期 is cleared); a new post keeps
    # what the person it reuses already has.
    level, officer_problems = _check(lookup, data, holder, stored,
                                     born_of((clean, problems), None if stored else holder))
    problems.update(officer_problems)
    if problems:
        raise ValidationFailed(problems)
    before = _snapshot(stored, stored.person) if stored else None
    if stored is not None:
        person = update_person_in(session, stored.person_id, data.person)
        o = stored
    else:
        person = find_or_create_in(session, data.person)
        o = InfoOfficer(person_id=person.id)
        session.add(o)
    o.person = person
    apply_officer(o, data, level, merge=False)
    session.flush()
    attended = data.latest_training is not None and \
        record_latest_training(session, person.id, data.latest_training) is not None
    if before is None:
        return o, "inserted"
    return o, "updated" if attended or before != _snapshot(o, person) else "unchanged"


def find_officer_in(lookup: OfficerLookup, person: Person, region_id: int,
                    post: OfficerPost | None, exclude: Container[InfoOfficer] = (),
                    status: OfficerStatus | None = None) -> InfoOfficer | None:
    """The live post an imported row updates: same person, region and post (the one with the
    row's status first: a re-appointed officer has a former and a current record); else the
    person's only active post at the region's level (a B promoted to A, or moved to another
    village). A former post elsewhere is history: a new post is recorded beside it.

    `exclude`: posts an earlier row of the same sheet already wrote. A roster listing one
    person as both A and B of a village must give two posts, not turn the A into a B.
    """
    region = lookup.region(region_id)
    if region is None:
        return None
    rank = _same_rank(region.level)
    # "active" sorts before "left": current posts first.
    posts = [o for o in lookup.posts_of(person) if o.level in rank]

    def best(candidates: list[InfoOfficer]) -> InfoOfficer:
        # All already written by this sheet: return one anyway, the caller reports the repeat.
        pool = [o for o in candidates if o not in exclude] or candidates
        same = [o for o in pool if status is not None and o.status == status.value]
        return (same or pool)[0]

    here = [o for o in posts if o.region_id == region_id and
            (post is None or o.post == post.value)]
    if here:
        hit = best(here)
        # A former post named as current again is a re-appointment: a new post beside the
        # old one (its 离任日期 stays history), not the old record switched back on.
        if not (status == OfficerStatus.ACTIVE and hit.status == OfficerStatus.LEFT.value):
            return hit
    moved = [o for o in posts if o not in exclude and o.status == OfficerStatus.ACTIVE.value]
    return moved[0] if len(moved) == 1 else None


@dataclass
class Upsert:
    """What the rules decided for one roster row: the checked person, who they are (None: a
    new person), the post the row updates (None: a new post) and the level to store."""

    clean: PersonInput
    person: Person | None
    stored: InfoOfficer | None
    level: str


def plan_upsert(lookup: OfficerLookup, data: OfficerInput,
                exclude: Container[InfoOfficer] = (),
                checked: Checked | None = None) -> Upsert:
    """The rules of an imported roster row, for both writers (the ORM one below, the bulk
    import's io/officer_rows.py). Raises ValidationFailed with every problem of the row.
    `checked`: `check_person(data.person)`, when the caller has it already."""
    checked = checked or check_person(data.person)
    clean, problems = checked
    if problems:  # report the officer part's problems too: the whole row at once
        raise ValidationFailed({**problems, **_check(lookup, data, None, None,
                                                     born_of(checked, None))[1]})
    person = lookup.person(id_card=clean.id_card, name=clean.name, mobile=clean.mobile)
    stored = find_officer_in(lookup, person, data.region_id, data.post, exclude,
                             data.status) if person else None
    level, problems = _check(lookup, data, person, stored, born_of(checked, person))
    if problems:
        raise ValidationFailed(problems)
    return Upsert(clean, person, stored, level)


def upsert_officer_in(session: Session, data: OfficerInput,
                      exclude: Container[InfoOfficer] = (),
                      lookup: OfficerLookup | None = None) -> tuple[InfoOfficer, Change]:
    """Import one roster row: natural key 身份证号, else 姓名 + 手机号码 (docs/design.md §2).

    Blank cells keep stored values, so re-importing the same sheet reports "unchanged".
    """
    lookup = lookup or OfficerLookup(session)
    plan = plan_upsert(lookup, data, exclude)
    clean, person, stored, level = plan.clean, plan.person, plan.stored, plan.level
    if stored is None:
        person = merge_person_in(session, clean, person)
        o = InfoOfficer()
        o.person = person
        session.add(o)
        apply_officer(o, data, level, merge=False)
        change: Change = "inserted"
    else:
        assert person is not None
        before = _snapshot(stored, person)
        merge_person_in(session, clean, person)
        apply_officer(stored, data, level, merge=True)
        o = stored
        change = "unchanged" if before == _snapshot(stored, person) else "updated"
    lookup.person_written(person)
    lookup.post_written(o, person)
    if lookup.flush_each_row:
        session.flush()
    when = data.latest_training
    if when is not None:
        latest = lookup.latest_training(person)
        if latest is None or latest < when:
            attend_imported_training(session, person, when)
            lookup.trained(person, when)
            if change == "unchanged":
                change = "updated"
    return o, change


def to_input(o: InfoOfficer) -> OfficerInput:
    """The stored officer as a form would show it (for editing)."""
    p = o.person
    return OfficerInput(
        person=PersonInput(name=p.name, gender=Gender(p.gender) if p.gender else None,
                           birth_date=p.birth_date, id_card=p.id_card, mobile=p.mobile,
                           phone2=p.phone2, employer=p.employer, job_title=p.job_title,
                           remark=p.remark, ethnicity=p.ethnicity, education=p.education,
                           political_status=p.political_status, address=p.address),
        region_id=o.region_id, level=RegionLevel(o.level), post=OfficerPost(o.post),
        duty_title=o.duty_title, fulltime=FullTime(o.fulltime) if o.fulltime else None,
        appoint_date=o.appoint_date, leave_date=o.leave_date, status=OfficerStatus(o.status),
        in_national_system=bool(o.in_national_system), other_roles=split_roles(o.other_roles),
        remark=o.remark, skill_level=o.skill_level, skill_cert_no=o.skill_cert_no,
        skill_cert_date=o.skill_cert_date)


def leave_post_in(session: Session, officer_id: int, leave_date: date,
                  successor_id: int | None = None) -> None:
    """An officer leaves (离岗). When an A leaves, `successor_id` (an active officer of the same
    region, usually the B) takes the A post in the same transaction, so the village is never
    recorded without its A while the form is open."""
    o = session.get(InfoOfficer, officer_id)
    if o is None or o.is_deleted:
        raise InputRejected(t("该灾害信息员不存在或已删除"))
    if o.appoint_date is not None and leave_date < o.appoint_date:
        raise ValidationFailed({"离任日期": t("离任日期 {l} 早于任职日期 {a}",
                                          l=leave_date.isoformat(), a=o.appoint_date.isoformat())})
    was_a = o.post == OfficerPost.A.value and o.status == OfficerStatus.ACTIVE.value
    o.status, o.leave_date = OfficerStatus.LEFT.value, leave_date
    session.flush()
    if successor_id is None:
        return
    s = session.get(InfoOfficer, successor_id)
    if s is None or s.is_deleted or s.status != OfficerStatus.ACTIVE.value or \
            s.region_id != o.region_id:
        raise InputRejected(t("接任人应为同一区划的在岗灾害信息员"))
    if was_a:
        s.post = OfficerPost.A.value
    session.flush()


def restore_officer(session: Session, obj: Any) -> None:
    if not isinstance(obj, InfoOfficer):
        return
    person = session.get(Person, obj.person_id)
    if person is None or person.is_deleted:
        raise InputRejected(t("请先恢复人员“{name}”", name=person.name if person else ""))
    region = session.get(Region, obj.region_id)
    if region is None or region.is_deleted:
        raise InputRejected(t("请先恢复区划“{name}”", name=region.name if region else ""))
    problems = _conflicts(OfficerLookup(session), _Post(obj, person, person.name, region,
                                                        obj.level, obj.post, obj.status))
    if problems:
        raise InputRejected(t("不能恢复：{why}", why="；".join(problems.values())))




@dataclass(frozen=True)
class SaveResult:
    officer_id: int
    person_id: int
    change: Change


class OfficerService:
    """Short transactions for the window; reading lives in views.OfficerViews."""

    def __init__(self, db: Database) -> None:
        self.db = db

    def create(self, data: OfficerInput) -> int:
        with self.db.begin() as s:
            return save_officer_in(s, data)[0].id

    def update(self, officer_id: int, data: OfficerInput) -> None:
        with self.db.begin() as s:
            save_officer_in(s, data, officer_id)

    def upsert(self, data: OfficerInput) -> SaveResult:
        with self.db.begin() as s:
            o, change = upsert_officer_in(s, data)
            return SaveResult(o.id, o.person_id, change)

    def input_of(self, officer_id: int) -> OfficerInput:
        with self.db.read() as s:
            o = s.get(InfoOfficer, officer_id)
            if o is None:
                raise InputRejected(t("该灾害信息员不存在"))
            return to_input(o)

    def leave_post(self, officer_id: int, leave_date: date,
                   successor_id: int | None = None) -> None:
        with self.db.begin() as s:
            leave_post_in(s, officer_id, leave_date, successor_id)

    def delete(self, officer_id: int) -> None:
        """Soft delete the post (the person stays: they may hold other roles)."""
        with self.db.begin() as s:
            o = s.get(InfoOfficer, officer_id)
            if o is None or o.is_deleted:
                raise InputRejected(t("该灾害信息员不存在或已删除"))
            o.is_deleted, o.deleted_at = True, now()


__all__ = ["Change", "InfoOfficer", "OfficerInput", "OfficerService", "SaveResult",
           "apply_officer", "find_officer_in", "join_roles", "leave_post_in", "mask_id_card",
           "plan_upsert", "region_field", "save_officer_in", "split_roles", "to_input",
           "upsert_officer_in"]
