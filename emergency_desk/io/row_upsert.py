"""A RegisterSpec base for registers imported one row at a time through their services.

Rosters of teams, members and equipment are hundreds of rows, not the 20,000 of a region or
stock sheet, so each row goes through the same service function the window uses (one set of
rules). All rows run inside the importer's single transaction: any error and it rolls back.
"""

from __future__ import annotations

from abc import abstractmethod
from collections.abc import Callable
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from emergency_desk.data.db import Database
from emergency_desk.data.models import Region
from emergency_desk.errors import InputRejected, ValidationFailed
from emergency_desk.i18n import t
from emergency_desk.io.spec import BAD, ImportCounts, Record, RegisterSpec, RowError, kept_extra
from emergency_desk.services.regions.regions import ids_by_path, lookup_in


class CellProblem(Exception):
    """A row's problem in one column (raised while turning a record into service input)."""

    def __init__(self, column: str, reason: str) -> None:
        super().__init__(reason)
        self.column, self.reason = column, reason


def row_problems(spec: RegisterSpec, rec: Record,
                 exc: CellProblem | ValidationFailed) -> list[RowError]:
    """A refused row's messages: its one cell's, or one per field the form's rules refused."""
    if isinstance(exc, CellProblem):
        return [spec.error(rec, exc.column, exc.reason)]
    return [spec.error(rec, label, reason) for label, reason in exc.problems.items()]


class RowUpsertSpec(RegisterSpec):
    """Subclasses set `model` and implement `upsert(session, rec, cache)` → (id, change)."""

    model: Any  # the register's table class (has is_deleted)

    def count(self, db: Database) -> int:
        return live_count(db, self.model)

    @abstractmethod
    def upsert(self, session: Session, rec: Record, cache: dict[str, Any]) -> tuple[int, str]:
        """Write one parsed row; raise CellProblem or ValidationFailed (label → reason)."""

    def import_records(self, session: Session, records: list[Record],
                       progress: Callable[[int, int], None] | None = None) -> ImportCounts:
        counts = ImportCounts()
        seen: dict[int, int] = {}  # record id → the sheet row that wrote it
        cache: dict[str, Any] = {}
        for done, rec in enumerate(records, 1):
            if progress is not None and done % 100 == 0:
                progress(done, len(records))
            if any(v is BAD for v in rec.values.values()):
                continue  # its cell errors are already reported
            try:
                record_id, change = self.upsert(session, rec, cache)
            except (CellProblem, ValidationFailed) as exc:
                counts.errors.extend(row_problems(self, rec, exc))
                continue
            except InputRejected as exc:
                counts.errors.append(self.error(rec, self.columns[0].field, exc.message))
                continue
            if record_id in seen:
                counts.errors.append(self.error(rec, self.columns[0].field, t(
                    "与第 {row} 行重复（同一记录出现两次）", row=seen[record_id])))
                continue
            seen[record_id] = rec.row
            if self.keeps_extra and rec.extra:
                change = kept_extra(session.get(self.model, record_id), change, rec)
            if change == "inserted":
                counts.inserted += 1
            elif change == "updated":
                counts.updated += 1
            else:
                counts.unchanged += 1
        if progress is not None:
            progress(len(records), len(records))
        return counts


def live_count(db: Database, model: Any) -> int:
    """How many live records `model`'s table holds (an export's progress)."""
    with db.read() as s:
        return int(s.scalar(select(func.count()).select_from(model).where(
            model.is_deleted.is_(False))) or 0)


def region_id_in(session: Session, text: str, column: str, cache: dict[str, Any]) -> int:
    """A 所属区划 cell: a name, a 区划代码 or a path ('碧阳镇/古筑村'); else CellProblem with the
    closest known regions."""
    key = "region:" + text
    if key in cache:
        return int(cache[key])
    found = lookup_in(session, text)
    rid = found.region_id
    if rid is None and "/" in text:
        hits = ids_by_path(session, text.strip().strip("/"))
        rid = hits[0] if len(hits) == 1 else None
    if rid is None:
        raise CellProblem(column, found.problem or t("找不到区划“{name}”", name=text))
    cache[key] = rid
    return rid


def region_refs(session: Session) -> dict[int, str]:
    """How exports name each live region so that import finds it again: its name when unique,
    else its 区划代码, else its path below the county."""
    rows = session.execute(select(Region.id, Region.name, Region.code, Region.path)
                           .where(Region.is_deleted.is_(False))).all()
    counts = dict(session.execute(select(Region.name, func.count()).where(
        Region.is_deleted.is_(False)).group_by(Region.name)).all())
    out: dict[int, str] = {}
    for rid, name, code, path in rows:
        if counts.get(name, 0) == 1:
            out[rid] = name
        elif code:
            out[rid] = code
        else:
            out[rid] = "/".join(path.split("/")[1:]) or path
    return out
