"""Saving over a record someone else changed is refused: 记录已被他人修改.

Every register row has a `row_version` (RecordMixin, migration 0016) that SQLAlchemy raises by one
on each UPDATE (`version_id_col`). This module remembers, per thread, the version of each record
as this thread last *read* it (a form is filled from a read session). When a writing session
then changes that record and finds another version in the database, someone else (the command
line, another window, an import) saved it in between: the save is refused before anything is
written, with a message asking to reload. Records this thread never read (an import's own
lookups) are not checked: the writer's BEGIN IMMEDIATE already isolates them.

Per thread, not per context: the window's main thread keeps what its forms showed; a worker
thread (an import) has its own memory and cannot make a stale form look fresh. The check is
plain ORM events, so the county server's engine gets it unchanged.
"""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Iterator
from typing import Any

from sqlalchemy import event
from sqlalchemy.orm import Session

from emergency_desk.data.base import Base, RecordMixin
from emergency_desk.errors import InputRejected
from emergency_desk.i18n import t

READING = "emergency_desk_reading"  # Session.info key set on read sessions
DATABASE = "emergency_desk_db"  # Session.info key: the database file, to tell files apart
_MAX_REMEMBERED = 200_000
_local = threading.local()


class RecordChanged(InputRejected):
    """The record was saved by someone else after this form was filled."""

    what = ""  # the record's name, as the message gives it


def _seen() -> dict[tuple[str, str, int], int]:
    seen: dict[tuple[str, str, int], int] | None = getattr(_local, "seen", None)
    if seen is None or len(seen) > _MAX_REMEMBERED:
        seen = _local.seen = {}
    return seen


def _key(session: Session | None, obj: RecordMixin) -> tuple[str, str, int] | None:
    if session is None or obj.id is None:
        return None
    table = str(getattr(obj.__class__, "__tablename__", ""))
    return str(session.info.get(DATABASE, "")), table, int(obj.id)


@contextlib.contextmanager
def untracked() -> Iterator[None]:
    """Reads in this block are the service's own, not what a user was shown (the sign-in's
    look-up before counting a failure): they must not make a later write look stale."""
    before = getattr(_local, "untracked", False)
    _local.untracked = True
    try:
        yield
    finally:
        _local.untracked = before


def _on_load(obj: Any, context: Any) -> None:
    if not isinstance(obj, RecordMixin) or getattr(_local, "untracked", False):
        return
    session = context.session
    if session is None or not session.info.get(READING):
        return
    key = _key(session, obj)
    if key is not None and obj.row_version is not None:
        _seen()[key] = int(obj.row_version)


def _before_flush(session: Session, _ctx: Any, _instances: Any) -> None:
    if session.info.get(READING):
        return
    seen = _seen()
    # This transaction's own earlier flushes (an autoflush halfway through a service's save)
    # raised the version already: compare with that, not with what the form showed.
    own = session.info.get("emergency_desk_versions", {})
    for obj in session.dirty:
        if not isinstance(obj, RecordMixin) or not session.is_modified(obj):
            continue
        key = _key(session, obj)
        shown = (own[key] if key in own else seen.get(key)) if key is not None else None
        if shown is not None and obj.row_version is not None and int(obj.row_version) != shown:
            if key is not None:
                seen.pop(key, None)  # after the reload the form shows the new version
            what = getattr(obj, "name", None) or obj.__label__
            changed = RecordChanged(t(
                "记录已被他人修改：“{what}”在您打开之后已被保存过（可能是另一个窗口、命令行或导入）。"
                "您的修改没有保存。请关闭此窗口，重新打开该记录后再改。", what=what))
            changed.what = str(what)  # a form that can reload says so instead (ui FormDialog)
            raise changed


def _after_flush(session: Session, _ctx: Any) -> None:
    """This thread's own save: remember the new version (after the flush raised it)."""
    if session.info.get(READING):
        return
    pending = session.info.setdefault("emergency_desk_versions", {})
    for obj in session.identity_map.values():
        if isinstance(obj, RecordMixin):
            key = _key(session, obj)
            if key is not None and key in _seen():
                pending[key] = obj.row_version


def _after_commit(session: Session) -> None:
    pending = session.info.pop("emergency_desk_versions", None)
    if pending:
        seen = _seen()
        for key, version in pending.items():
            if version is not None:
                seen[key] = int(version)


def _after_rollback(session: Session) -> None:
    session.info.pop("emergency_desk_versions", None)


def install() -> None:
    """Called once (data/db.py)."""
    if getattr(install, "done", False):
        return
    event.listen(Base, "load", _on_load, propagate=True)
    event.listen(Base, "refresh", lambda obj, ctx, _attrs: _on_load(obj, ctx), propagate=True)
    event.listen(Session, "before_flush", _before_flush)
    event.listen(Session, "after_flush", _after_flush)
    event.listen(Session, "after_commit", _after_commit)
    event.listen(Session, "after_rollback", _after_rollback)
    install.done = True  # type: ignore[attr-defined]

