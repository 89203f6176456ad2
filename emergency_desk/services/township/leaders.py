"""领导小组 members and 应急办 staff (register `leaders`); 六有 有班子 is derived from them.

A township's group (`leadership_group`, data/plans.py) is the header: name, 成立文号, date. Its
people are `leadership_member` rows with a 小组职务, 本职职务 and phones. 有班子 holds when the
township has a live group with a 组长 — a member whose role is 组长, or the group's own 组长
field that offices filled in before members could be listed.
"""

from __future__ import annotations

import builtins
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import ColumnElement, case, func, select
from sqlalchemy.orm import Session

from emergency_desk.data.base import now
from emergency_desk.data.db import Database
from emergency_desk.data.models import Region
from emergency_desk.data.names import same_name
from emergency_desk.data.plans import LeadershipGroup
from emergency_desk.data.township import GroupRole, LeadershipMember
from emergency_desk.errors import InputRejected, ValidationFailed
from emergency_desk.i18n import t
from emergency_desk.services.query import streamed
from emergency_desk.services.township.common import check_phone, clean

Change = str  # "inserted" / "updated" / "unchanged"


@dataclass
class MemberInput:
    group_id: int
    name: str
    role: GroupRole = GroupRole.MEMBER
    post: str | None = None
    mobile: str | None = None
    office_phone: str | None = None
    sort_order: int | None = None
    remark: str | None = None


@dataclass(frozen=True)
class MemberRow:
    id: int
    group_id: int
    group_name: str
    region_id: int
    region_path: str
    name: str
    role: GroupRole
    post: str | None
    mobile: str | None
    office_phone: str | None
    doc_no: str | None
    remark: str | None


def check_member(data: MemberInput, *, group_ok: bool) -> MemberInput:
    """The member's rules, for the form (`_check`, asking the session) and the import
    (io/leader_rows.py, whose groups are found or created first): the cleaned input, or
    ValidationFailed. `group_ok`: the group is a live one."""
    problems: dict[str, str] = {}
    name = (data.name or "").strip()
    if not name:
        problems["姓名"] = t("姓名不能为空")
    elif len(name) > 50:
        problems["姓名"] = t("姓名过长（最多 50 字）")
    mobile = check_phone("手机号码", data.mobile, problems)
    office = check_phone("办公电话", data.office_phone, problems)
    if not group_ok:
        problems["领导小组"] = t("该领导小组不存在或已删除，请先登记领导小组")
    if problems:
        raise ValidationFailed(problems)
    return MemberInput(data.group_id, name, GroupRole(data.role), clean(data.post),
                       mobile, office, data.sort_order, clean(data.remark))


def _check(session: Session, data: MemberInput) -> tuple[LeadershipGroup, MemberInput]:
    group = session.get(LeadershipGroup, data.group_id)
    clean_data = check_member(data, group_ok=group is not None and not group.is_deleted)
    assert group is not None
    return group, clean_data


def member_values(data: MemberInput) -> dict[str, Any]:
    """The stored columns of a checked member but its sort_order (the form sets them on its
    object, the import writes them)."""
    return {"group_id": data.group_id, "name": data.name, "role": data.role.value,
            "post": data.post, "mobile": data.mobile, "office_phone": data.office_phone,
            "remark": data.remark}


def _apply(m: LeadershipMember, data: MemberInput) -> None:
    for key, value in member_values(data).items():
        setattr(m, key, value)
    if data.sort_order is not None:
        m.sort_order = data.sort_order


def find_member_in(session: Session, group_id: int, name: str) -> LeadershipMember | None:
    return session.scalars(select(LeadershipMember).where(
        LeadershipMember.group_id == group_id, same_name(LeadershipMember.name, name),
        LeadershipMember.is_deleted.is_(False))).first()


def _next_order(session: Session, group_id: int) -> int:
    return int(session.scalar(select(func.coalesce(func.max(LeadershipMember.sort_order), 0))
                              .where(LeadershipMember.group_id == group_id)) or 0) + 1


def group_for_in(session: Session, region_id: int, name: str | None) -> LeadershipGroup:
    """The township's live group (by name when given), created when it has none yet."""
    stmt = select(LeadershipGroup).where(LeadershipGroup.region_id == region_id,
                                         LeadershipGroup.is_deleted.is_(False))
    groups = list(session.scalars(stmt.order_by(LeadershipGroup.id)))
    wanted = clean(name)
    for g in groups:
        if wanted is None or g.name == wanted:
            return g
    region = session.get(Region, region_id)
    if region is None or region.is_deleted:
        raise InputRejected(t("所属区划不存在或已删除"))
    g = LeadershipGroup(region_id=region_id,
                        name=wanted or t("{town}应急管理工作领导小组", town=region.name))
    session.add(g)
    session.flush()
    return g


_ROLE_ORDER = {GroupRole.LEADER.value: 0, GroupRole.DEPUTY.value: 1, GroupRole.MEMBER.value: 2,
               GroupRole.OFFICE_HEAD.value: 3, GroupRole.OFFICE_STAFF.value: 4}


def staffed_townships(session: Session) -> set[int]:
    """Regions whose live 领导小组 has a 组长 (六有 有班子)."""
    with_leader = set(session.scalars(
        select(LeadershipGroup.region_id).join(
            LeadershipMember, LeadershipMember.group_id == LeadershipGroup.id).where(
            LeadershipGroup.is_deleted.is_(False), LeadershipMember.is_deleted.is_(False),
            LeadershipMember.role == GroupRole.LEADER.value)))
    with_leader |= set(session.scalars(select(LeadershipGroup.region_id).where(
        LeadershipGroup.is_deleted.is_(False), LeadershipGroup.leader.is_not(None),
        LeadershipGroup.leader != "")))
    return with_leader


def save_member_in(session: Session, data: MemberInput,
                   member_id: int | None = None) -> LeadershipMember:
    """The form's save: a new member (last in its group), or member `member_id` changed."""
    _group, clean_data = _check(session, data)
    other = find_member_in(session, clean_data.group_id, clean_data.name)
    if other is not None and other.id != member_id:
        raise ValidationFailed({"姓名": t("“{name}”已在该领导小组中", name=clean_data.name)})
    if member_id is None:
        m = LeadershipMember(sort_order=_next_order(session, clean_data.group_id))
        session.add(m)
    else:
        found = session.get(LeadershipMember, member_id)
        if found is None or found.is_deleted:
            raise InputRejected(t("该成员不存在或已删除"))
        m = found
    _apply(m, clean_data)
    session.flush()
    return m


class LeadersService:
    def __init__(self, db: Database) -> None:
        self.db = db

    def save(self, data: MemberInput, member_id: int | None = None) -> int:
        with self.db.begin() as s:
            return save_member_in(s, data, member_id).id

    def delete(self, member_id: int) -> None:
        with self.db.begin() as s:
            m = s.get(LeadershipMember, member_id)
            if m is None or m.is_deleted:
                raise InputRejected(t("该成员不存在或已删除"))
            m.is_deleted, m.deleted_at = True, now()

    def get(self, member_id: int) -> MemberRow | None:
        rows = self._rows(LeadershipMember.id == member_id)
        return rows[0] if rows else None

    def members(self, group_id: int | None = None, township_id: int | None = None,
                search: str = "") -> builtins.list[MemberRow]:
        cond: builtins.list[ColumnElement[bool]] = [
            LeadershipMember.is_deleted.is_(False), LeadershipGroup.is_deleted.is_(False)]
        if group_id is not None:
            cond.append(LeadershipMember.group_id == group_id)
        if township_id is not None:
            cond.append(LeadershipGroup.region_id == township_id)
        if search.strip():
            like = f"%{search.strip()}%"
            cond.append(LeadershipMember.name.like(like) | LeadershipMember.post.like(like)
                        | Region.path.like(like) | LeadershipMember.mobile.like(like))
        return self._rows(*cond)

    def _rows(self, *cond: ColumnElement[bool]) -> builtins.list[MemberRow]:
        with self.db.read() as s:
            return [row for row, _est in _member_rows(s.execute(_members(cond)))]


def _members(cond: Iterable[ColumnElement[bool]]) -> Any:
    # Townships in 区划代码 order, as the county lists them; in a group, 组长 first.
    return (select(LeadershipMember, LeadershipGroup, Region.path)
            .join(LeadershipGroup, LeadershipGroup.id == LeadershipMember.group_id)
            .join(Region, Region.id == LeadershipGroup.region_id).where(*cond)
            .order_by(func.coalesce(Region.code, ""), Region.path, LeadershipGroup.id,
                      case(_ROLE_ORDER, value=LeadershipMember.role, else_=9),
                      LeadershipMember.sort_order, LeadershipMember.id))


def _member_rows(found: Iterable[Any]) -> builtins.list[tuple[MemberRow, date | None]]:
    """Each member's row and its group's 成立日期 (the export writes it)."""
    return [(MemberRow(m.id, g.id, g.name, g.region_id, path, m.name, GroupRole(m.role),
                       m.post, m.mobile, m.office_phone, g.doc_no, m.remark),
             g.established_date) for m, g, path in found]


def members_streamed(session: Session) -> Iterator[tuple[MemberRow, date | None]]:
    """Every live member of a live group in the list's order, with the group's 成立日期, a
    chunk at a time (the export)."""
    return streamed(session, _members([LeadershipMember.is_deleted.is_(False),
                                       LeadershipGroup.is_deleted.is_(False)]), _member_rows)


def restore_member(session: Session, obj: Any) -> None:
    """Recycle bin: a member comes back into a live group only, and not while someone of the
    same name was entered into it again (two live entries are what the form refuses)."""
    group = session.get(LeadershipGroup, obj.group_id)
    if group is None or group.is_deleted:
        raise InputRejected(t("所在的领导小组已删除，请先恢复领导小组“{name}”",
                              name=group.name if group is not None else ""))
    other = find_member_in(session, obj.group_id, obj.name)
    if other is not None and other.id != obj.id:
        raise InputRejected(t("“{name}”已重新录入该领导小组，不能恢复；请先删除或改动那一条",
                              name=obj.name))
