"""专家库 (register `experts`, report `experts`): experts the township can call on.

The expert is the shared `person` (name, mobile), matched as everywhere else by 身份证号 or
姓名 + 手机号码; the rest (unit, specialty, title, group, pool, available) is the expert's.
"""

from __future__ import annotations

import builtins
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Any

from sqlalchemy import ColumnElement, select
from sqlalchemy.orm import Session

from emergency_desk.data.base import now
from emergency_desk.data.db import Database
from emergency_desk.data.people import Person
from emergency_desk.data.resources import Expert, ExpertSource
from emergency_desk.errors import InputRejected, ValidationFailed
from emergency_desk.i18n import t
from emergency_desk.services.people import PersonInput, find_or_create_in
from emergency_desk.services.query import streamed
from emergency_desk.services.township.common import clean


@dataclass
class ExpertInput:
    name: str
    mobile: str | None = None
    unit: str | None = None
    specialty: str | None = None
    title: str | None = None
    group: str | None = None
    source: ExpertSource = ExpertSource.COUNTY
    available: bool = True
    remark: str | None = None
    id_card: str | None = None


@dataclass(frozen=True)
class ExpertRow:
    id: int
    person_id: int
    name: str
    mobile: str | None
    unit: str | None
    specialty: str | None
    title: str | None
    group: str | None
    source: ExpertSource
    available: bool
    remark: str | None


def expert_person(d: ExpertInput) -> PersonInput:
    """The expert's person as the people rules take it (matched by 身份证号, else 姓名 +
    手机号码)."""
    return PersonInput(name=d.name or "", mobile=d.mobile, id_card=d.id_card)


def _person_in(session: Session, d: ExpertInput) -> Person:
    return find_or_create_in(session, expert_person(d))


def apply_expert(e: Any, person: Any, d: ExpertInput) -> None:
    """The expert's fields from the input (the form's object, or the import's plain row)."""
    e.person_id, e.unit, e.specialty = person.id, clean(d.unit), clean(d.specialty)
    e.title, e.expert_group = clean(d.title), clean(d.group)
    e.source, e.available, e.remark = ExpertSource(d.source).value, bool(d.available), \
        clean(d.remark)


# What "unchanged" compares of a matched expert (its person is compared by the people rules).
EXPERT_KEYS = ("unit", "specialty", "title", "expert_group", "source", "available", "remark")


def _find(session: Session, person_id: int) -> Expert | None:
    return session.scalars(select(Expert).where(Expert.person_id == person_id,
                                                Expert.is_deleted.is_(False))).first()


def _experts(*cond: ColumnElement[bool]) -> Any:
    return (select(Expert, Person).join(Person, Person.id == Expert.person_id)
            .where(Expert.is_deleted.is_(False), *cond)
            .order_by(Expert.expert_group, Expert.specialty, Person.name, Expert.id))


def _expert_rows(found: Iterable[Any]) -> builtins.list[ExpertRow]:
    return [ExpertRow(e.id, p.id, p.name, p.mobile, e.unit, e.specialty, e.title,
                      e.expert_group, ExpertSource(e.source), e.available, e.remark)
            for e, p in found]


def expert_rows_in(session: Session, *cond: ColumnElement[bool]) -> builtins.list[ExpertRow]:
    return _expert_rows(session.execute(_experts(*cond)))


def expert_rows_streamed(session: Session) -> Iterator[tuple[ExpertRow, str | None]]:
    """Every live expert in the list's order with the 身份证号 the export writes, a chunk at
    a time."""
    return streamed(session, _experts(), lambda part: [
        (r, p.id_card) for r, (_e, p) in zip(_expert_rows(part), part, strict=True)])


def save_expert_in(session: Session, data: ExpertInput,
                   expert_id: int | None = None) -> Expert:
    """The form's save: a new expert, or expert `expert_id` changed (its person found or
    created by 身份证号, else 姓名 + 手机号码)."""
    person = _person_in(session, data)
    other = _find(session, person.id)
    if other is not None and other.id != expert_id:
        raise ValidationFailed({"姓名": t("{name}已在专家库中", name=person.name)})
    if expert_id is None:
        e = Expert()
        session.add(e)
    else:
        found = session.get(Expert, expert_id)
        if found is None or found.is_deleted:
            raise InputRejected(t("该专家不存在或已删除"))
        e = found
    apply_expert(e, person, data)
    session.flush()
    return e


class ExpertService:
    def __init__(self, db: Database) -> None:
        self.db = db

    def save(self, data: ExpertInput, expert_id: int | None = None) -> int:
        with self.db.begin() as s:
            return save_expert_in(s, data, expert_id).id

    def delete(self, expert_id: int) -> None:
        with self.db.begin() as s:
            e = s.get(Expert, expert_id)
            if e is None or e.is_deleted:
                raise InputRejected(t("该专家不存在或已删除"))
            e.is_deleted, e.deleted_at = True, now()

    def get(self, expert_id: int) -> ExpertRow | None:
        with self.db.read() as s:
            rows = expert_rows_in(s, Expert.id == expert_id)
        return rows[0] if rows else None

    def list(self, search: str = "", group: str | None = None,
             available_only: bool = False) -> builtins.list[ExpertRow]:
        cond: builtins.list[ColumnElement[bool]] = []
        if group:
            cond.append(Expert.expert_group == group)
        if available_only:
            cond.append(Expert.available.is_(True))
        if search.strip():
            like = f"%{search.strip().lower()}%"
            cond.append(Person.search_key.like(like) | Expert.specialty.like(like)
                        | Expert.unit.like(like) | Expert.expert_group.like(like))
        with self.db.read() as s:
            return expert_rows_in(s, *cond)

    def groups(self) -> builtins.list[str]:
        with self.db.read() as s:
            return [g for g in s.scalars(select(Expert.expert_group).where(
                Expert.is_deleted.is_(False), Expert.expert_group.is_not(None))
                .distinct().order_by(Expert.expert_group)) if g]


def restore_expert(session: Session, obj: Any) -> None:
    """Recycle bin: an expert comes back only while the person is not in the 专家库 again
    (re-entered after the deletion): two live entries of one person are what the form refuses."""
    other = _find(session, obj.person_id)
    if other is not None and other.id != obj.id:
        raise InputRejected(t("此人已重新录入专家库，不能恢复；请先删除或改动那一条"))
