"""应急联络网 (register `contacts`, rule K1, report `contacts`).

A directory is only useful while its numbers are right, so each entry carries the day it was
last verified (someone rang it). K1 flags an entry never verified or verified more than the
configured months ago.
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
from emergency_desk.data.resources import ContactCategory, ContactEntry
from emergency_desk.errors import InputRejected, ValidationFailed
from emergency_desk.i18n import t
from emergency_desk.services.query import streamed
from emergency_desk.services.regions.references import Reference, register_reference
from emergency_desk.services.township.common import check_phone, clean

register_reference(Reference("region", ContactEntry, "region_id", "联络网条目", "条"))


@dataclass
class ContactInput:
    unit: str
    person: str
    category: ContactCategory = ContactCategory.OTHER
    region_id: int | None = None
    role: str | None = None
    office_phone: str | None = None
    mobile: str | None = None
    last_verified: date | None = None
    remark: str | None = None


@dataclass(frozen=True)
class ContactRow:
    id: int
    category: ContactCategory
    unit: str
    region_id: int | None
    region_path: str | None
    role: str | None
    person: str
    office_phone: str | None
    mobile: str | None
    last_verified: date | None
    remark: str | None


def check_contact(d: ContactInput, *, region_ok: bool) -> ContactInput:
    """The entry's rules, for the form (`_check_in`, asking the session) and the import
    (io/contact_rows.py, asking dicts loaded once): the cleaned input, or ValidationFailed.
    `region_ok`: the 所属区划 named, if any, is a live region."""
    problems: dict[str, str] = {}
    unit, person = clean(d.unit), clean(d.person)
    if unit is None:
        problems["单位"] = t("单位不能为空")
    if person is None:
        problems["联系人"] = t("联系人不能为空")
    if d.region_id is not None and not region_ok:
        problems["所属区划"] = t("所属区划不存在或已删除")
    office = check_phone("办公电话", d.office_phone, problems)
    mobile = check_phone("手机号码", d.mobile, problems)
    if not problems and office is None and mobile is None:
        problems["手机号码"] = t("办公电话和手机号码至少填写一个")
    if d.last_verified is not None and d.last_verified > date.today():
        problems["核实日期"] = t("核实日期晚于今天")
    if problems:
        raise ValidationFailed(problems)
    assert unit is not None and person is not None
    return ContactInput(unit, person, ContactCategory(d.category), d.region_id, clean(d.role),
                        office, mobile, d.last_verified, clean(d.remark))


def _check_in(session: Session, d: ContactInput) -> ContactInput:
    r = session.get(Region, d.region_id) if d.region_id is not None else None
    return check_contact(d, region_ok=r is not None and not r.is_deleted)


CONTACT_FIELDS = ("unit", "person", "region_id", "role", "office_phone", "mobile",
                  "last_verified", "remark")


def contact_values(d: ContactInput) -> dict[str, Any]:
    """The stored columns of a checked entry (the form sets them on its object, the import
    writes them)."""
    return {**{f: getattr(d, f) for f in CONTACT_FIELDS}, "category": d.category.value}


def _apply(c: ContactEntry, d: ContactInput) -> None:
    for key, value in contact_values(d).items():
        setattr(c, key, value)


def _find(session: Session, unit: str, person: str) -> ContactEntry | None:
    return session.scalars(select(ContactEntry).where(
        same_name(ContactEntry.unit, unit), same_name(ContactEntry.person, person),
        ContactEntry.is_deleted.is_(False))).first()


def save_contact_in(session: Session, data: ContactInput,
                    contact_id: int | None = None) -> ContactEntry:
    """The form's save: a new entry, or entry `contact_id` changed."""
    d = _check_in(session, data)
    other = _find(session, d.unit, d.person)
    if other is not None and other.id != contact_id:
        raise ValidationFailed({"联系人": t("联络网中已有{unit}的{person}",
                                          unit=d.unit, person=d.person)})
    if contact_id is None:
        c = ContactEntry()
        session.add(c)
    else:
        found = session.get(ContactEntry, contact_id)
        if found is None or found.is_deleted:
            raise InputRejected(t("该联络网条目不存在或已删除"))
        c = found
    _apply(c, d)
    session.flush()
    return c


# Categories in their declared order (县直部门, 乡镇 …), then by region and unit.
_ORDER = case({c.value: i for i, c in enumerate(ContactCategory)},
              value=ContactEntry.category, else_=len(ContactCategory))


def _contacts(*cond: ColumnElement[bool]) -> Any:
    return (select(ContactEntry, Region.path)
            .outerjoin(Region, Region.id == ContactEntry.region_id)
            .where(ContactEntry.is_deleted.is_(False), *cond)
            .order_by(_ORDER, func.coalesce(Region.path, ""), ContactEntry.unit,
                      ContactEntry.id))


def _contact_rows(found: Iterable[Any]) -> builtins.list[ContactRow]:
    return [ContactRow(c.id, ContactCategory(c.category), c.unit, c.region_id, path, c.role,
                       c.person, c.office_phone, c.mobile, c.last_verified, c.remark)
            for c, path in found]


def contact_rows_in(session: Session, *cond: ColumnElement[bool]) -> builtins.list[ContactRow]:
    return _contact_rows(session.execute(_contacts(*cond)))


def contact_rows_streamed(session: Session) -> Iterator[ContactRow]:
    """Every live entry in the list's order, a chunk at a time (the export)."""
    return streamed(session, _contacts(), _contact_rows)


def stale(row: ContactRow, due: date) -> bool:
    """K1: never verified, or last verified before `due`."""
    return row.last_verified is None or row.last_verified < due


class ContactService:
    def __init__(self, db: Database) -> None:
        self.db = db

    def save(self, data: ContactInput, contact_id: int | None = None) -> int:
        with self.db.begin() as s:
            return save_contact_in(s, data, contact_id).id

    def verify(self, contact_ids: builtins.list[int], day: date | None = None) -> int:
        """Mark entries as verified today (the office rang them and the numbers are right)."""
        day = day or date.today()
        with self.db.begin() as s:
            n = 0
            for cid in contact_ids:
                c = s.get(ContactEntry, cid)
                if c is not None and not c.is_deleted:
                    c.last_verified = day
                    n += 1
            return n

    def delete(self, contact_id: int) -> None:
        with self.db.begin() as s:
            c = s.get(ContactEntry, contact_id)
            if c is None or c.is_deleted:
                raise InputRejected(t("该联络网条目不存在或已删除"))
            c.is_deleted, c.deleted_at = True, now()

    def get(self, contact_id: int) -> ContactRow | None:
        with self.db.read() as s:
            rows = contact_rows_in(s, ContactEntry.id == contact_id)
        return rows[0] if rows else None

    def list(self, search: str = "", category: ContactCategory | None = None,
             township_id: int | None = None) -> builtins.list[ContactRow]:
        cond: builtins.list[ColumnElement[bool]] = []
        if category is not None:
            cond.append(ContactEntry.category == category.value)
        if township_id is not None:
            cond.append((Region.id == township_id) | (Region.parent_id == township_id))
        if search.strip():
            like = f"%{search.strip()}%"
            cond.append(ContactEntry.unit.like(like) | ContactEntry.person.like(like)
                        | ContactEntry.role.like(like) | ContactEntry.mobile.like(like)
                        | ContactEntry.office_phone.like(like))
        with self.db.read() as s:
            return contact_rows_in(s, *cond)


def restore_contact(session: Session, obj: Any) -> None:
    """Recycle bin: an entry comes back only while no live entry has its 单位 + 联系人."""
    other = _find(session, obj.unit, obj.person)
    if other is not None and other.id != obj.id:
        raise InputRejected(t("联络网中已有“{unit}”的“{person}”，不能恢复；请先删除或改动那一条",
                              unit=obj.unit, person=obj.person))
