"""预案附件: the text, short version, operations map and evaluation reports of a plan.

Files are copied into the database (deduplicated by SHA-256) so that backups and restores carry
them; opening one writes it to the managed `attachments` folder beside the database, checks
its checksum and hands the path to the system viewer.
"""

from __future__ import annotations

import builtins
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from emergency_desk.data.base import now
from emergency_desk.data.db import Database
from emergency_desk.data.plans import (
    AttachmentKind,
    EmergencyPlan,
    PlanAttachment,
)
from emergency_desk.errors import InputRejected
from emergency_desk.i18n import t
from emergency_desk.services import stored_files


@dataclass(frozen=True)
class AttachmentRow:
    id: int
    plan_id: int
    kind: AttachmentKind
    name: str
    size: int
    sha256: str


def restore_attachment(session: Session, obj: Any) -> None:
    if isinstance(obj, PlanAttachment):
        plan = session.get(EmergencyPlan, obj.plan_id)
        if plan is None or plan.is_deleted:
            raise InputRejected(t("请先恢复预案“{name}”", name=plan.name if plan else ""))


class AttachmentService:
    def __init__(self, db: Database) -> None:
        self.db = db

    def add(self, plan_id: int, kind: AttachmentKind, path: Path | str) -> int:
        """Copy the file into the database and attach it to the plan."""
        f = stored_files.read_file(path)
        with self.db.begin() as s:
            plan = s.get(EmergencyPlan, plan_id)
            if plan is None or plan.is_deleted:
                raise InputRejected(t("该预案不存在或已删除"))
            stored_files.keep_blob(s, f)
            a = PlanAttachment(plan_id=plan_id, kind=kind.value, name=f.name, size=f.size,
                               sha256=f.sha256)
            s.add(a)
            s.flush()
            return a.id

    def list(self, plan_id: int) -> builtins.list[AttachmentRow]:
        with self.db.read() as s:
            return [AttachmentRow(a.id, a.plan_id, AttachmentKind(a.kind), a.name, a.size,
                                  a.sha256)
                    for a in s.scalars(select(PlanAttachment).where(
                        PlanAttachment.plan_id == plan_id,
                        PlanAttachment.is_deleted.is_(False)).order_by(PlanAttachment.id))]

    def materialise(self, attachment_id: int, folder: Path | None = None) -> Path:
        """Write the file out (to open it or hand it on); the checksum proves it is intact."""
        with self.db.read() as s:
            a = s.get(PlanAttachment, attachment_id)
            if a is None or a.is_deleted:
                raise InputRejected(t("该附件不存在或已删除"))
            name, digest = a.name, a.sha256
        return stored_files.write_out(self.db, name, digest, folder)

    def delete(self, attachment_id: int) -> None:
        with self.db.begin() as s:
            a = s.get(PlanAttachment, attachment_id)
            if a is None or a.is_deleted:
                raise InputRejected(t("该附件不存在或已删除"))
            a.is_deleted, a.deleted_at = True, now()
