"""Reading the audit log (the window's 操作日志 page)."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import func, select

from emergency_desk.data.base import Base
from emergency_desk.data.db import Database
from emergency_desk.data.models import AuditLog
from emergency_desk.i18n import t
from emergency_desk.services.search import like_pattern


def table_labels() -> dict[str, str]:
    """Table name → its Chinese noun, for every model that has one (`__label__`), so the
    window lists tables without walking the ORM itself."""
    labels = {"setting": t("设置")}
    for mapper in Base.registry.mappers:
        cls = mapper.class_
        label = getattr(cls, "__label__", None)
        if label:
            labels[cls.__tablename__] = t(label)
    return labels


ACTION_LABELS = {"insert": "新增", "update": "修改", "delete": "删除", "restore": "恢复",
                 "purge": "彻底删除", "import": "导入", "setting": "设置"}


@dataclass(frozen=True)
class AuditRow:
    id: int
    at: datetime
    user: str
    action: str
    table_name: str
    record_id: int | None
    summary: str
    changes: dict[str, Any]

    def changes_text(self) -> str:
        return "；".join(f"{k}: {old!s} → {new!s}" for k, (old, new) in self.changes.items())


class AuditService:
    def __init__(self, db: Database) -> None:
        self.db = db

    def _stmt(self, search: str, table: str | None):  # type: ignore[no-untyped-def]
        stmt = select(AuditLog)
        if table:
            stmt = stmt.where(AuditLog.table_name == table)
        if search.strip():
            pat = like_pattern(search.strip())
            stmt = stmt.where(func.lower(AuditLog.summary).like(pat, escape="\\")
                              | func.lower(AuditLog.changes).like(pat, escape="\\"))
        return stmt

    def count(self, search: str = "", table: str | None = None) -> int:
        with self.db.read() as s:
            return int(s.scalar(select(func.count()).select_from(
                self._stmt(search, table).subquery())) or 0)

    def list(self, search: str = "", table: str | None = None, offset: int = 0,
             limit: int | None = 200) -> list[AuditRow]:
        stmt = self._stmt(search, table).order_by(AuditLog.id.desc()).offset(offset)
        if limit is not None:
            stmt = stmt.limit(limit)
        with self.db.read() as s:
            return [AuditRow(a.id, a.at, a.user, a.action, a.table_name, a.record_id, a.summary,
                             json.loads(a.changes or "{}")) for a in s.scalars(stmt)]

    def record(self, action: str, table: str, summary: str,
               changes: dict[str, Any] | None = None) -> None:
        """An audit row for something that is not a record change (a setting, an import)."""
        from emergency_desk.data.audit import current_user

        with self.db.begin() as s:
            s.add(AuditLog(user=current_user(), action=action, table_name=table,
                           summary=summary[:200],
                           changes=json.dumps(changes or {}, ensure_ascii=False, default=str)))
