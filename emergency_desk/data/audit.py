"""Audit rows for every insert, update and soft delete, written in the same transaction.

The listener runs after each flush, while the session still knows the old values, and inserts
AuditLog rows through the same connection: the audit row and the change commit or roll back
together, so the log can never disagree with the data.
"""

from __future__ import annotations

import getpass
import json
import weakref
from contextvars import ContextVar
from datetime import date, datetime
from typing import Any

from sqlalchemy import event, insert, inspect
from sqlalchemy.orm import Session, sessionmaker

from emergency_desk.data.base import RecordMixin, now

_current_user: ContextVar[str | None] = ContextVar("audit_user", default=None)
# Password hashes never go into the log (data/users.py).
_SKIP = {"updated_at", "created_at", "search_key", "path", "sort_town", "sort_village",
         "password_hash", "row_version",
         "full_text"}  # full_text: derived from the attached file, whose checksum is audited


# The office's own person (设置 → 制表人, else the office's name): who the log names when
# nobody is signed in (roles off, or before sign-in), in the window and on the command line
# alike. Set from the settings whenever a database is opened or they change.
_office_person: ContextVar[str | None] = ContextVar("audit_office_person", default=None)


def set_user(name: str | None) -> None:
    """The signed-in user (roles on); None when nobody is signed in."""
    _current_user.set(name)


def set_office_person(name: str | None) -> None:
    _office_person.set((name or "").strip() or None)


def current_user() -> str:
    """Who an audit row names: the signed-in user, else the office's person from the settings,
    and the PC's login (often "root" or "Administrator") only when the office named nobody."""
    user = _current_user.get() or _office_person.get()
    if user:
        return user
    try:
        return getpass.getuser()
    except Exception:  # no login name on some Windows service accounts
        return "unknown"


def _plain(value: Any) -> Any:
    if isinstance(value, datetime | date):
        return value.isoformat()
    return value


def _changes(obj: RecordMixin, *, is_new: bool) -> dict[str, list[Any]]:
    state = inspect(obj)
    out: dict[str, list[Any]] = {}
    if is_new:  # every value is new: no history to ask for (an import adds thousands)
        for key in _insert_keys(state.mapper):
            value = getattr(obj, key)
            if value is not None:
                out[key] = [None, _plain(value)]
        return out
    for attr in state.mapper.column_attrs:
        key = attr.key
        if key in _SKIP:
            continue
        hist = state.attrs[key].history
        if hist.has_changes():
            old = hist.deleted[0] if hist.deleted else None
            new = hist.added[0] if hist.added else None
            if old != new:
                out[key] = [_plain(old), _plain(new)]
    return out


_INSERT_KEYS: dict[Any, list[str]] = {}


def _insert_keys(mapper: Any) -> list[str]:
    """The columns an insert's audit row lists, in mapper order (cached per model)."""
    keys = _INSERT_KEYS.get(mapper)
    if keys is None:
        keys = _INSERT_KEYS[mapper] = [
            a.key for a in mapper.column_attrs
            if a.key not in _SKIP and a.key not in ("id", "uuid", "is_deleted", "deleted_at")]
    return keys


def insert_keys(model: Any) -> list[str]:
    """The columns an insert's audit row lists, for bulk writers that build it themselves
    (io/bulk.py): the same keys, in the same order, as an ORM insert gets."""
    return _insert_keys(inspect(model))


_UPDATE_KEYS: dict[Any, list[str]] = {}


def update_keys(model: Any) -> list[str]:
    """The columns an update's audit row may list, in mapper order (as `_changes` walks them)."""
    mapper = inspect(model)
    keys = _UPDATE_KEYS.get(mapper)
    if keys is None:
        keys = _UPDATE_KEYS[mapper] = [a.key for a in mapper.column_attrs if a.key not in _SKIP]
    return keys


def _table(obj: RecordMixin) -> str:
    return str(getattr(obj.__class__, "__tablename__", obj.__class__.__name__))


def _summary(obj: RecordMixin) -> str:
    name = getattr(obj, "name", None) or getattr(obj, "title", None) or ""
    return f"{obj.__label__}{('：' + str(name)) if name else ''}"[:200]


def _after_flush(session: Session, _ctx: Any) -> None:
    from emergency_desk.data.models import AuditLog

    rows: list[dict[str, Any]] = []
    user = current_user()
    for obj, is_new in [(o, True) for o in session.new] + [(o, False) for o in session.dirty]:
        if not isinstance(obj, RecordMixin):
            continue
        changes = _changes(obj, is_new=is_new)
        if not changes:
            continue
        if is_new:
            action = "insert"
        elif "is_deleted" in changes:
            action = "delete" if changes["is_deleted"][1] else "restore"
        else:
            action = "update"
        rows.append(dict(at=now(), user=user, action=action,
                         table_name=_table(obj), record_id=obj.id,
                         record_uuid=obj.uuid, summary=_summary(obj),
                         changes=json.dumps(changes, ensure_ascii=False)))
    for obj in session.deleted:  # hard deletes happen only when purging the recycle bin
        if isinstance(obj, RecordMixin):
            rows.append(dict(at=now(), user=user, action="purge",
                             table_name=_table(obj), record_id=obj.id,
                             record_uuid=obj.uuid, summary=_summary(obj), changes="{}"))
    if rows:
        session.connection().execute(insert(AuditLog), rows)


# Factories that have the listener. Not event.contains(): SQLAlchemy keys its registry by id(),
# and a new factory reusing the id of a collected one (whose entry is cleaned up later) was
# then taken as installed, so that database silently got no audit rows (a flaky test showed it).
_installed: weakref.WeakSet[sessionmaker[Session]] = weakref.WeakSet()


def install(factory: sessionmaker[Session]) -> None:
    if factory not in _installed:
        event.listen(factory, "after_flush", _after_flush)
        _installed.add(factory)


def record_event(session: Session, action: str, table_name: str, summary: str,
                 changes: dict[str, Any] | None = None, *, user: str | None = None,
                 record: RecordMixin | None = None) -> None:
    """An audit row for something that is not a record change: a sign-in, a backup, an
    export, a restore, a password recovery. Written in the caller's transaction."""
    from emergency_desk.data.models import AuditLog

    session.add(AuditLog(user=user or current_user(), action=action[:16],
                         table_name=table_name[:64], summary=summary[:200],
                         record_id=record.id if record is not None else None,
                         record_uuid=record.uuid if record is not None else None,
                         changes=json.dumps(changes or {}, ensure_ascii=False)))
