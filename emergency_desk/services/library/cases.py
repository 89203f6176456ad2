"""典型案例库 (register `cases`): emergencies worth learning from, in the seed's headings —
发生原因、采取措施、处置过程、主要经验、存在问题、意见和建议 and, where given, the experts' opinion.

A case is the same by 标题 + 发生日期. 发生地 is a region of the county when it happened here
(so the list filters by township) and free text otherwise (a case from another county).
"""

from __future__ import annotations

import builtins
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, fields
from datetime import date
from pathlib import Path
from typing import Any

from sqlalchemy import ColumnElement, func, select
from sqlalchemy.orm import Session

from emergency_desk.data.base import now
from emergency_desk.data.dates import MonthDate
from emergency_desk.data.db import Database
from emergency_desk.data.library import CaseCategory, CaseGrade, CaseRecord
from emergency_desk.data.models import Region
from emergency_desk.data.names import name_key, same_name
from emergency_desk.errors import InputRejected, ValidationFailed
from emergency_desk.i18n import t
from emergency_desk.services.library.files import (
    FileInfo,
    RecordFiles,
    file_info,
    like_terms,
    tidy,
)
from emergency_desk.services.query import streamed
from emergency_desk.services.regions.references import Reference, register_reference

register_reference(Reference("region", CaseRecord, "region_id", "典型案例", "个"))


@dataclass
class CaseInput:
    title: str
    occurred_on: date | None = None
    category: CaseCategory = CaseCategory.NATURAL
    region_id: int | None = None
    place: str | None = None
    event_type: str | None = None
    grade: CaseGrade | None = None
    summary: str | None = None
    cause: str | None = None
    measures: str | None = None
    handling: str | None = None
    lessons: str | None = None
    problems: str | None = None
    suggestions: str | None = None
    expert_opinion: str | None = None
    remark: str | None = None


@dataclass(frozen=True)
class CaseRow:
    id: int
    title: str
    occurred_on: date | None
    category: CaseCategory
    region_id: int | None
    region_path: str | None
    place: str | None
    event_type: str | None
    grade: CaseGrade | None
    summary: str | None
    cause: str | None
    measures: str | None
    handling: str | None
    lessons: str | None
    problems: str | None
    suggestions: str | None
    expert_opinion: str | None
    remark: str | None
    file: FileInfo | None


# The free-text headings, in the seed's order (forms, sheets and the printout follow it).
TEXT_FIELDS = ("summary", "cause", "measures", "handling", "lessons", "problems",
               "suggestions", "expert_opinion")
_PLAIN = ("title", "occurred_on", "region_id", "place", "event_type", *TEXT_FIELDS, "remark")
CASE_FIELDS = (*_PLAIN, "category", "grade")  # what a case's save writes (case_values)


def _check_in(session: Session, d: CaseInput) -> CaseInput:
    def live(region_id: int) -> bool:
        r = session.get(Region, region_id)
        return r is not None and not r.is_deleted
    return check_case(d, live)


def check_case(d: CaseInput, region_live: Callable[[int], bool]) -> CaseInput:
    """The form's rules on one case (the import runs them on a sheet's row): its values
    tidied, or ValidationFailed (label → reason). `region_live(id)`: the 发生地 is a live
    region (the form asks the database, the import knows it from the region it found)."""
    problems: dict[str, str] = {}
    title = tidy(d.title)
    if title is None:
        problems["标题"] = t("标题不能为空")
    elif len(title) > 200:
        problems["标题"] = t("标题不能超过 {n} 个字", n=200)
    if d.occurred_on is not None and d.occurred_on > date.today():
        problems["发生日期"] = t("发生日期晚于今天")
    if d.region_id is not None and not region_live(d.region_id):
        problems["发生地"] = t("所属区划不存在或已删除")
    if problems:
        raise ValidationFailed(problems)
    out = CaseInput(**{f.name: getattr(d, f.name) for f in fields(CaseInput)})
    for f in ("title", "place", "event_type", *TEXT_FIELDS, "remark"):
        setattr(out, f, tidy(getattr(d, f)))
    out.category = CaseCategory(d.category)
    out.grade = CaseGrade(d.grade) if d.grade is not None else None
    return out


def case_values(d: CaseInput) -> dict[str, Any]:
    """The columns a checked case writes, its date's month flag as data/dates.py keeps it on
    an ORM save (the import writes these with Core)."""
    values: dict[str, Any] = {f: getattr(d, f) for f in _PLAIN}
    values.update(category=d.category.value,
                  grade=d.grade.value if d.grade is not None else None,
                  occurred_on_month=isinstance(d.occurred_on, MonthDate))
    return values


def case_key(title: str, occurred_on: date | None) -> tuple[str, date | None]:
    """标题 + 发生日期 as `_find` compares them: the title in the normal form (data/names.py),
    the date as a day (a MonthDate equals its first day in SQL too)."""
    day = date(occurred_on.year, occurred_on.month, occurred_on.day) \
        if occurred_on is not None else None
    return name_key(title), day


def kept_case_on_file(d: CaseInput, title: str, remark: str | None) -> CaseInput:
    """A row matched to the case on file (its 标题 and 备注 given): a blank 备注 keeps the one
    on file, and retyped brackets or spaces keep the spelling on file."""
    if d.remark is None:
        d.remark = remark
    if name_key(d.title) == name_key(title):
        d.title = title
    return d


def _apply(c: CaseRecord, d: CaseInput) -> None:
    for f, v in case_values(d).items():
        if f != "occurred_on_month":  # kept in step by data/dates.py on flush
            setattr(c, f, v)


def _state(c: CaseRecord) -> tuple[object, ...]:
    # A MonthDate equals the date of its first day: the precision is compared on its own.
    return (*(getattr(c, f) for f in _PLAIN), c.category, c.grade,
            isinstance(c.occurred_on, MonthDate))


def _find(session: Session, title: str, occurred_on: date | None) -> CaseRecord | None:
    return session.scalars(select(CaseRecord).where(
        same_name(CaseRecord.title, title), CaseRecord.is_deleted.is_(False),
        CaseRecord.occurred_on.is_(None) if occurred_on is None
        else CaseRecord.occurred_on == occurred_on)).first()


def restore_case(session: Session, obj: Any) -> None:
    """Recycle bin: a case comes back only while no live case has its 标题 + 发生日期."""
    other = _find(session, obj.title, obj.occurred_on)
    if other is not None and other.id != obj.id:
        raise InputRejected(t("案例库中已有同一天的“{title}”，不能恢复；请先删除或改动那一条",
                              title=obj.title))



def upsert_case_in(session: Session, data: CaseInput) -> tuple[int, str]:
    """One case written by 标题 + 发生日期, through the ORM (the demo; the import writes in bulk
    with the same rules, io/case_rows.py); a blank 备注 keeps the one on file."""
    d = _check_in(session, data)
    found = _find(session, d.title, d.occurred_on)
    if found is None:
        c = CaseRecord()
        _apply(c, d)
        session.add(c)
        session.flush()
        return c.id, "inserted"
    d = kept_case_on_file(d, found.title, found.remark)
    before = _state(found)
    _apply(found, d)
    return found.id, "unchanged" if _state(found) == before else "updated"


def save_case_in(session: Session, data: CaseInput, case_id: int | None = None) -> int:
    """The form's save (a new case, or case `case_id`) inside `session`."""
    d = _check_in(session, data)
    other = _find(session, d.title, d.occurred_on)
    if other is not None and other.id != case_id:
        raise ValidationFailed({"标题": t("案例库中已有同一天的“{title}”", title=d.title)})
    if case_id is None:
        c = CaseRecord()
        session.add(c)
    else:
        found = session.get(CaseRecord, case_id)
        if found is None or found.is_deleted:
            raise InputRejected(t("该案例不存在或已删除"))
        c = found
    _apply(c, d)
    session.flush()
    return c.id


def _cases(*cond: ColumnElement[bool]) -> Any:
    # Newest first: the office reads last summer's flood before the 2008 snowstorm.
    return (select(CaseRecord, Region.path)
            .outerjoin(Region, Region.id == CaseRecord.region_id)
            .where(CaseRecord.is_deleted.is_(False), *cond)
            .order_by(func.coalesce(CaseRecord.occurred_on, date.min).desc(), CaseRecord.title,
                      CaseRecord.id))


def _case_rows(found: Iterable[Any]) -> builtins.list[CaseRow]:
    return [CaseRow(c.id, c.title, c.occurred_on, CaseCategory(c.category), c.region_id, path,
                    c.place, c.event_type, CaseGrade(c.grade) if c.grade else None,
                    c.summary, c.cause, c.measures, c.handling, c.lessons, c.problems,
                    c.suggestions, c.expert_opinion, c.remark, file_info(c))
            for c, path in found]


def case_rows_in(session: Session, *cond: ColumnElement[bool]) -> builtins.list[CaseRow]:
    return _case_rows(session.execute(_cases(*cond)))


def case_rows_streamed(session: Session) -> Iterator[CaseRow]:
    """Every live case in the list's order, a chunk at a time (the export)."""
    return streamed(session, _cases(), _case_rows)


class CaseService:
    def __init__(self, db: Database) -> None:
        self.db = db
        self.files = RecordFiles(db, CaseRecord, lambda: t("该案例不存在或已删除"))

    def save(self, data: CaseInput, case_id: int | None = None) -> int:
        with self.db.begin() as s:
            return save_case_in(s, data, case_id)

    def delete(self, case_id: int) -> None:
        with self.db.begin() as s:
            c = s.get(CaseRecord, case_id)
            if c is None or c.is_deleted:
                raise InputRejected(t("该案例不存在或已删除"))
            c.is_deleted, c.deleted_at = True, now()

    def get(self, case_id: int) -> CaseRow | None:
        with self.db.read() as s:
            rows = case_rows_in(s, CaseRecord.id == case_id)
        return rows[0] if rows else None

    def list(self, search: str = "", category: CaseCategory | None = None,
             township_id: int | None = None) -> builtins.list[CaseRow]:
        cond: builtins.list[ColumnElement[bool]] = []
        if category is not None:
            cond.append(CaseRecord.category == category.value)
        if township_id is not None:
            cond.append((Region.id == township_id) | (Region.parent_id == township_id))
        cond += like_terms([CaseRecord.title, CaseRecord.place, CaseRecord.event_type,
                            Region.path, CaseRecord.remark,
                            *(getattr(CaseRecord, f) for f in TEXT_FIELDS)], search)
        with self.db.read() as s:
            return case_rows_in(s, *cond)

    def attach(self, case_id: int, path: Path | str) -> FileInfo:
        return self.files.attach(case_id, path)

    def remove_file(self, case_id: int) -> None:
        self.files.remove(case_id)

    def open_file(self, case_id: int, folder: Path | None = None) -> Path:
        return self.files.open(case_id, folder)
