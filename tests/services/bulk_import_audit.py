"""Helpers for the bulk imports' tests (issue 20): the audit rows a form's saves write,
compared with those an import writes, and the whole state of a table to show that a refused
file changed nothing."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import openpyxl
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from emergency_desk.data.db import Database
from emergency_desk.data.models import AuditLog
from emergency_desk.io.importer import import_file


def xlsx(tmp_path: Path, header: list[str], rows: list[list[Any]], name: str) -> Path:
    wb = openpyxl.Workbook()
    ws = wb.active
    assert ws is not None
    for r in [header, *rows]:
        ws.append(r)
    path = tmp_path / name
    wb.save(path)
    return path


def audit_since(s: Any, last: int) -> list[tuple[str, str, str, dict[str, Any]]]:
    """(action, table, summary, changes) of each audit row since `last` (the import's own
    row aside), in one order whatever order they were written in."""
    return sorted(((a.action, a.table_name, a.summary, json.loads(a.changes))
                   for a in s.scalars(select(AuditLog).where(
                       AuditLog.id > last, AuditLog.action.not_in(("import", "export"))))),
                  key=lambda a: json.dumps(a, ensure_ascii=False, sort_keys=True))


class _Undo(Exception):
    pass


def form_audit(db: Database, saves: Callable[[Session], None],
               setup: Callable[[Session], Any] | None = None) -> list[Any]:
    """The audit rows the form's saves (`saves(session)`) write, in a transaction then
    rolled back; `setup(session)` runs first, its own audit rows left out (what the import
    does before its rows, such as adding the top categories)."""
    out: list[Any] = []
    try:
        with db.begin() as s:
            if setup is not None:
                setup(s)
            last = s.scalar(select(func.max(AuditLog.id))) or 0
            saves(s)
            out = audit_since(s, last)
            raise _Undo
    except _Undo:
        pass
    return out


def import_audit(db: Database, register: str, path: Path) -> list[Any]:
    with db.read() as s:
        last = s.scalar(select(func.max(AuditLog.id))) or 0
    result = import_file(db, register, path)
    assert result.ok, result.error_lines()
    with db.read() as s:
        return audit_since(s, last)


def state(db: Database, *models: Any) -> list[Any]:
    """Every row of `models`' tables and the number of audit rows."""
    with db.read() as s:
        out = [tuple(r) for m in models for r in s.execute(
            select(m.__table__).order_by(m.id))]
        return [*out, (s.scalar(select(func.count()).select_from(AuditLog)),)]
