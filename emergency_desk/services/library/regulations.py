"""法规库 (register `regulations`): laws, regulations, normative documents and standards, each
with its document; searched over title, issuer, 文号, category and the document's text.

An entry is the same by 名称 + 文号 (a revised law has a new 主席令 number and stays a separate
entry whose status tells which text is in force).
"""

from __future__ import annotations

import builtins
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from sqlalchemy import ColumnElement, case, func, select
from sqlalchemy.orm import Session, undefer

from emergency_desk.data.base import now
from emergency_desk.data.db import Database
from emergency_desk.data.library import Regulation, RegulationLevel, RegulationStatus
from emergency_desk.data.names import name_key, same_name
from emergency_desk.errors import InputRejected, ValidationFailed
from emergency_desk.i18n import t
from emergency_desk.services.library.files import (
    FileInfo,
    RecordFiles,
    file_info,
    like_terms,
    snippet,
    tidy,
)
from emergency_desk.services.query import streamed
from emergency_desk.services.stored_files import StoredFile, extract_text


@dataclass
class RegulationInput:
    title: str
    issuer: str | None = None
    doc_number: str | None = None
    issued_on: date | None = None
    effective_on: date | None = None
    status: RegulationStatus = RegulationStatus.IN_FORCE
    level: RegulationLevel = RegulationLevel.OTHER
    category: str | None = None
    remark: str | None = None


@dataclass(frozen=True)
class RegulationRow:
    id: int
    title: str
    issuer: str | None
    doc_number: str | None
    issued_on: date | None
    effective_on: date | None
    status: RegulationStatus
    level: RegulationLevel
    category: str | None
    remark: str | None
    file: FileInfo | None
    has_text: bool
    hit: str | None = None  # where the searched words occur in the document


def check_regulation(d: RegulationInput) -> RegulationInput:
    """The form's rules on one entry (the import runs them on a sheet's row): its values
    tidied, or ValidationFailed (label → reason)."""
    problems: dict[str, str] = {}
    title = tidy(d.title)
    if title is None:
        problems["名称"] = t("名称不能为空")
    elif len(title) > 300:
        problems["名称"] = t("名称不能超过 {n} 个字", n=300)
    if d.issued_on is not None and d.issued_on > date.today():
        problems["发布日期"] = t("发布日期晚于今天")
    if d.issued_on and d.effective_on and d.effective_on < d.issued_on:
        problems["施行日期"] = t("施行日期早于发布日期，请核对")
    if problems:
        raise ValidationFailed(problems)
    assert title is not None
    return RegulationInput(title, tidy(d.issuer), tidy(d.doc_number), d.issued_on,
                           d.effective_on, RegulationStatus(d.status), RegulationLevel(d.level),
                           tidy(d.category), tidy(d.remark))


_FIELDS = ("title", "issuer", "doc_number", "issued_on", "effective_on", "category", "remark")
REGULATION_FIELDS = (*_FIELDS, "status", "level")  # what an entry's save writes


def regulation_values(d: RegulationInput) -> dict[str, Any]:
    """The columns a checked entry writes (the form's save and the import's alike)."""
    values: dict[str, Any] = {f: getattr(d, f) for f in _FIELDS}
    values.update(status=d.status.value, level=d.level.value)
    return values


def regulation_key(title: str, doc_number: str | None) -> tuple[str, str | None]:
    """名称 + 文号 in the normal form `_find` compares them in (data/names.py): the import
    matches its rows against a dict of these."""
    return name_key(title), name_key(doc_number) if doc_number is not None else None


def kept_on_file(d: RegulationInput, title: str, doc_number: str | None,
                 remark: str | None) -> RegulationInput:
    """A row matched to the entry on file (its 名称, 文号 and 备注 given): a blank 备注 keeps the
    one on file, and retyped brackets or spaces keep the spelling on file."""
    if d.remark is None:
        d.remark = remark
    if name_key(d.title) == name_key(title):
        d.title = title
    if d.doc_number and doc_number and name_key(d.doc_number) == name_key(doc_number):
        d.doc_number = doc_number
    return d


def _apply(r: Regulation, d: RegulationInput) -> None:
    for f, v in regulation_values(d).items():
        setattr(r, f, v)


def _state(r: Regulation) -> tuple[object, ...]:
    return (*(getattr(r, f) for f in _FIELDS), r.status, r.level)


def _find(session: Session, title: str, doc_number: str | None) -> Regulation | None:
    return session.scalars(select(Regulation).where(
        same_name(Regulation.title, title), Regulation.is_deleted.is_(False),
        Regulation.doc_number.is_(None) if doc_number is None
        else same_name(Regulation.doc_number, doc_number))).first()


def restore_regulation(session: Session, obj: Any) -> None:
    """Recycle bin: a regulation comes back only while no live entry has its 名称 + 文号."""
    other = _find(session, obj.title, obj.doc_number)
    if other is not None and other.id != obj.id:
        raise InputRejected(t("法规库中已有“{title}”{number}，不能恢复；请先删除或改动那一条",
                              title=obj.title, number=obj.doc_number or ""))



def upsert_regulation_in(session: Session, data: RegulationInput) -> tuple[int, str]:
    """One entry written by 名称 + 文号, through the ORM (the demo; the import writes in bulk
    with the same rules, io/regulation_rows.py); a blank 备注 keeps the one on file."""
    d = check_regulation(data)
    found = _find(session, d.title, d.doc_number)
    if found is None:
        r = Regulation()
        _apply(r, d)
        session.add(r)
        session.flush()
        return r.id, "inserted"
    d = kept_on_file(d, found.title, found.doc_number, found.remark)
    before = _state(found)
    _apply(found, d)
    return found.id, "unchanged" if _state(found) == before else "updated"


def save_regulation_in(session: Session, data: RegulationInput,
                       regulation_id: int | None = None) -> int:
    """The form's save (a new entry, or entry `regulation_id`) inside `session`."""
    d = check_regulation(data)
    other = _find(session, d.title, d.doc_number)
    if other is not None and other.id != regulation_id:
        raise ValidationFailed({"名称": t("法规库中已有“{title}”{number}", title=d.title,
                                         number=d.doc_number or "")})
    if regulation_id is None:
        r = Regulation()
        session.add(r)
    else:
        found = session.get(Regulation, regulation_id)
        if found is None or found.is_deleted:
            raise InputRejected(t("该法规不存在或已删除"))
        r = found
    _apply(r, d)
    session.flush()
    return r.id


def _row(r: Regulation, has_text: bool, search: str = "") -> RegulationRow:
    return RegulationRow(
        r.id, r.title, r.issuer, r.doc_number, r.issued_on, r.effective_on,
        RegulationStatus(r.status), RegulationLevel(r.level), r.category, r.remark,
        file_info(r), has_text, snippet(r.full_text, search) if search else None)


# 现行有效 first, then by level (law before rule), newest first.
_LEVEL_ORDER = {x.value: i for i, x in enumerate(RegulationLevel)}
_STATUS_ORDER = {RegulationStatus.IN_FORCE.value: 0, RegulationStatus.PENDING.value: 1,
                 RegulationStatus.AMENDED.value: 2, RegulationStatus.REPEALED.value: 3}


def _regulations(*cond: ColumnElement[bool]) -> Any:
    return (select(Regulation, Regulation.full_text.is_not(None))
            .where(Regulation.is_deleted.is_(False), *cond)
            .order_by(case(_STATUS_ORDER, value=Regulation.status, else_=len(_STATUS_ORDER)),
                      case(_LEVEL_ORDER, value=Regulation.level, else_=len(_LEVEL_ORDER)),
                      func.coalesce(Regulation.issued_on, date.min).desc(), Regulation.title,
                      Regulation.id))


def regulation_rows_in(session: Session, *cond: ColumnElement[bool], search: str = ""
                       ) -> builtins.list[RegulationRow]:
    stmt = _regulations(*cond)
    if search:
        stmt = stmt.options(undefer(Regulation.full_text))  # for the hit line
    return [_row(r, bool(has_text), search) for r, has_text in session.execute(stmt)]


def regulation_rows_streamed(session: Session) -> Iterator[RegulationRow]:
    """Every live regulation in the list's order, a chunk at a time (the export)."""
    return streamed(session, _regulations(), lambda part: [
        _row(r, bool(has_text)) for r, has_text in part])


def set_text(obj: Regulation, f: StoredFile | None) -> None:
    obj.full_text = extract_text(f.name, f.content) if f is not None else None


class RegulationService:
    def __init__(self, db: Database) -> None:
        self.db = db
        self.files = RecordFiles(db, Regulation, lambda: t("该法规不存在或已删除"), set_text)

    def save(self, data: RegulationInput, regulation_id: int | None = None) -> int:
        with self.db.begin() as s:
            return save_regulation_in(s, data, regulation_id)

    def delete(self, regulation_id: int) -> None:
        with self.db.begin() as s:
            r = s.get(Regulation, regulation_id)
            if r is None or r.is_deleted:
                raise InputRejected(t("该法规不存在或已删除"))
            r.is_deleted, r.deleted_at = True, now()

    def get(self, regulation_id: int) -> RegulationRow | None:
        with self.db.read() as s:
            rows = regulation_rows_in(s, Regulation.id == regulation_id)
        return rows[0] if rows else None

    def list(self, search: str = "", status: RegulationStatus | None = None,
             level: RegulationLevel | None = None, category: str | None = None
             ) -> builtins.list[RegulationRow]:
        cond: builtins.list[ColumnElement[bool]] = []
        if status is not None:
            cond.append(Regulation.status == status.value)
        if level is not None:
            cond.append(Regulation.level == level.value)
        if category:
            cond.append(Regulation.category == category)
        search = " ".join(search.split())
        cond += like_terms([Regulation.title, Regulation.issuer, Regulation.doc_number,
                            Regulation.category, Regulation.remark, Regulation.full_text],
                           search)
        with self.db.read() as s:
            return regulation_rows_in(s, *cond, search=search)

    def categories(self) -> builtins.list[str]:
        with self.db.read() as s:
            return [c for c in s.scalars(select(Regulation.category).where(
                Regulation.is_deleted.is_(False), Regulation.category.is_not(None))
                .distinct().order_by(Regulation.category)) if c]

    def attach(self, regulation_id: int, path: Path | str) -> FileInfo:
        return self.files.attach(regulation_id, path)

    def remove_file(self, regulation_id: int) -> None:
        self.files.remove(regulation_id)

    def open_file(self, regulation_id: int, folder: Path | None = None) -> Path:
        return self.files.open(regulation_id, folder)
