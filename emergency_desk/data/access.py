"""Who is signed in, and the checks every write goes through when roles are enabled.

The signed-in user lives in a ContextVar (like the audit user), so the window, the CLI and a
worker thread started with a copied context all see the same person. `Database.begin()` calls
`check_write` before opening any write transaction: a 只读 user, or nobody at all, cannot write
through any service, importer or command. Whether roles are enabled is read once per open
database and cached on it, so the check costs an attribute lookup per transaction.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from contextlib import AbstractContextManager, contextmanager
from contextvars import ContextVar
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

from sqlalchemy import select
from sqlalchemy.orm import Session

from emergency_desk import file_peek
from emergency_desk.data import audit
from emergency_desk.data.models import Setting
from emergency_desk.data.users import Role
from emergency_desk.errors import InputRejected
from emergency_desk.i18n import t


class RolesStore(Protocol):
    """What the access rules need of a database (data/db.py's `Database`, which calls them on
    every write): its cached roles flag and a read session."""

    roles_cache: bool | None

    def read(self) -> AbstractContextManager[Session]: ...

ROLES_KEY = file_peek.ROLES_KEY


@dataclass(frozen=True)
class SignedIn:
    user_id: int
    username: str
    name: str
    role: Role

    @property
    def label(self) -> str:
        return t("{name}（{role}）", name=self.name or self.username, role=self.role.label)


_signed_in: ContextVar[SignedIn | None] = ContextVar("signed_in", default=None)
# Set only inside `system()`: the service itself records a failed sign-in or a password
# change, which must work before anyone is signed in or for a 只读 user.
_system: ContextVar[bool] = ContextVar("access_system", default=False)


def sign_in(user: SignedIn) -> None:
    _signed_in.set(user)
    audit.set_user(user.username)


def sign_out() -> None:
    _signed_in.set(None)
    audit.set_user(None)


def current() -> SignedIn | None:
    return _signed_in.get()


@contextmanager
def system() -> Iterator[None]:
    token = _system.set(True)
    try:
        yield
    finally:
        _system.reset(token)


def roles_enabled(db: RolesStore) -> bool:
    """Whether this database has users and roles switched on (cached on the Database)."""
    cached = db.roles_cache
    if cached is None:
        with db.read() as s:
            raw = s.scalar(select(Setting.value).where(Setting.key == ROLES_KEY))
        cached = bool(json.loads(raw)) if raw is not None else False
        db.roles_cache = cached
    return cached


def check_write(db: RolesStore) -> None:
    """Refuse a write transaction for 只读 users or when nobody is signed in."""
    if _system.get() or not roles_enabled(db):
        return
    user = _signed_in.get()
    if user is None:
        raise InputRejected(t("已启用用户和角色：请先登录，再修改数据。"))
    if user.role is Role.READONLY:
        raise InputRejected(t("您的角色是“只读”，不能修改数据。如需修改，请联系管理员。"))


def require_admin(db: RolesStore, what: str) -> None:
    """Refuse an administrators-only operation; `what` is already translated, e.g.
    t("修改设置")."""
    if _system.get() or not roles_enabled(db):
        return
    user = _signed_in.get()
    if user is None or user.role is not Role.ADMIN:
        raise InputRejected(t("只有管理员可以{what}。", what=what))


def roles_enabled_in_file(path: Path) -> bool:
    """Peek at a database file without opening (or migrating) it: are roles on?

    Used by the CLI to decide whether to ask for a password (file_peek.py reads it)."""
    return file_peek.roles_enabled_in_file(path)
