"""Audit rows of an import and of the form's saves of the same records, to compare (issue 20:
the bulk imports write their audit rows themselves, in data/audit.py's shape)."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from emergency_desk.data.db import Database
from emergency_desk.data.models import AuditLog
from emergency_desk.io.importer import import_file

Audit = list[tuple[str, str, str, dict[str, Any]]]


def audit_since(s: Session, last: int) -> Audit:
    """(action, table, summary, changes) of each audit row since `last` (the import's own
    row aside), in one order whatever order they were written in."""
    return sorted(((a.action, a.table_name, a.summary, json.loads(a.changes))
                   for a in s.scalars(select(AuditLog).where(
                       AuditLog.id > last, AuditLog.action.not_in(("import", "export"))))),
                  key=lambda a: json.dumps(a, ensure_ascii=False, sort_keys=True))


class _Undo(Exception):
    pass


def form_audit(db: Database, saves: Callable[[Session], None]) -> Audit:
    """The audit rows the form's saves (`saves(session)`) write, in a transaction then rolled
    back."""
    out: Audit = []
    try:
        with db.begin() as s:
            last = s.scalar(select(func.max(AuditLog.id))) or 0
            saves(s)
            s.flush()
            out = audit_since(s, last)
            raise _Undo
    except _Undo:
        pass
    return out


def import_audit(db: Database, register: str, path: Path) -> Audit:
    with db.read() as s:
        last = s.scalar(select(func.max(AuditLog.id))) or 0
    result = import_file(db, register, path)
    assert result.ok, result.error_lines()
    with db.read() as s:
        return audit_since(s, last)
