"""预案附件: the text, short version, operations map and evaluation reports of a plan.

Files are copied into the database (deduplicated by SHA-256) so that backups and restores carry
them; opening one writes it to the managed `attachments` folder beside the database, checks
its checksum and hands the path to the system viewer.
"""

from __future__ import annotations

import builtins
import hashlib
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from emergency_desk.data.base import now
from emergency_desk.data.db import Database
from emergency_desk.data.plans import (
    AttachmentBlob,
    AttachmentKind,
    EmergencyPlan,
    PlanAttachment,
)
from emergency_desk.errors import EnvironmentProblem, InputRejected
from emergency_desk.i18n import t

MAX_BYTES = 100 * 1024 * 1024  # a scanned plan with maps; larger files belong elsewhere
_UNSAFE = re.compile(r'[\\/:*?"<>|\x00-\x1f]')


@dataclass(frozen=True)
class AttachmentRow:
    id: int
    plan_id: int
    kind: AttachmentKind
    name: str
    size: int
    sha256: str


def attachments_dir(db: Database) -> Path:
    """Where opened attachments are written: beside the database, like the backups."""
    return db.path.parent / "attachments"


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
        path = Path(path)
        try:
            size = path.stat().st_size
            if size > MAX_BYTES:
                raise InputRejected(t("文件 {name} 超过 {n} MB，请压缩或拆分后再添加",
                                      name=path.name, n=MAX_BYTES // (1024 * 1024)))
            content = path.read_bytes()
        except OSError as exc:
            raise EnvironmentProblem(t("无法读取文件 {path}：{err}", path=path,
                                       err=exc.strerror or exc)) from exc
        digest = hashlib.sha256(content).hexdigest()
        with self.db.begin() as s:
            plan = s.get(EmergencyPlan, plan_id)
            if plan is None or plan.is_deleted:
                raise InputRejected(t("该预案不存在或已删除"))
            if s.get(AttachmentBlob, digest) is None:
                s.add(AttachmentBlob(sha256=digest, content=content))
                s.flush()
            a = PlanAttachment(plan_id=plan_id, kind=kind.value, name=path.name[:255],
                               size=len(content), sha256=digest)
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
            blob = s.get(AttachmentBlob, a.sha256)
            content = blob.content if blob is not None else b""
            name, digest = a.name, a.sha256
        if hashlib.sha256(content).hexdigest() != digest:
            raise EnvironmentProblem(t("附件“{name}”已损坏（校验值不符），请从备份恢复", name=name))
        target_dir = (folder or attachments_dir(self.db)) / digest[:12]
        target = target_dir / (_UNSAFE.sub("_", name) or "attachment")
        try:
            target_dir.mkdir(parents=True, exist_ok=True)
            if not target.exists() or hashlib.sha256(target.read_bytes()).hexdigest() != digest:
                target.write_bytes(content)
        except OSError as exc:
            raise EnvironmentProblem(t("无法写出附件 {path}：{err}", path=target,
                                       err=exc.strerror or exc)) from exc
        return target

    def delete(self, attachment_id: int) -> None:
        with self.db.begin() as s:
            a = s.get(PlanAttachment, attachment_id)
            if a is None or a.is_deleted:
                raise InputRejected(t("该附件不存在或已删除"))
            a.is_deleted, a.deleted_at = True, now()
