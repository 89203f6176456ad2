"""What the registers' imports share about a row: a cell's problem, a refused row's messages,
the region a cell names, the live count an export shows.

The smaller registers used a `RowUpsertSpec` here, which sent each row through the window's
service function one at a time (a flush and a select per row); each now has a bulk path
(io/<register>_rows.py, io/bulk.py) applying the same rules as the form (issue 20), and that
base class is gone. All rows still run inside the importer's single transaction: any error
and it rolls back.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from emergency_desk.data.db import Database
from emergency_desk.data.models import Region
from emergency_desk.errors import ValidationFailed
from emergency_desk.i18n import t
from emergency_desk.io.spec import Record, RegisterSpec, RowError
from emergency_desk.services.regions.regions import lookup_in


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


def live_count(db: Database, model: Any) -> int:
    """How many live records `model`'s table holds (an export's progress)."""
    with db.read() as s:
        return int(s.scalar(select(func.count()).select_from(model).where(
            model.is_deleted.is_(False))) or 0)


def region_id_in(session: Session, text: str, column: str, cache: dict[str, Any]) -> int:
    """A 所属区划 cell: a name, a 区划代码 or a path ('碧阳镇/古筑村', '碧阳镇/柏山村村委会'), found
    as lookup_in finds it (services/regions/match.py); else CellProblem with the closest known
    regions."""
    key = "region:" + text
    if key in cache:
        return int(cache[key])
    found = lookup_in(session, text)
    if found.region_id is None:
        raise CellProblem(column, found.problem or t("找不到区划“{name}”", name=text))
    cache[key] = found.region_id
    return found.region_id


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
