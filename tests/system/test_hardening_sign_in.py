"""Issue 18, points 10 and 12: `users reset-admin` resets only administrators and leaves an
audit row; an unknown user name costs as much as a wrong password; old, cheaper hashes are
raised to today's cost on the next successful sign-in; sign-ins are in the audit log."""

from __future__ import annotations

import time

import pytest
from sqlalchemy import select

from emergency_desk.data import access, users
from emergency_desk.data.db import Database
from emergency_desk.data.models import AuditLog
from emergency_desk.data.users import Role, User
from emergency_desk.errors import InputRejected
from emergency_desk.services.users import UsersService


@pytest.fixture
def roles_db(db: Database) -> Database:
    service = UsersService(db)
    service.enable("admin", "王管理", "admin-pass-1")
    service.add("viewer", "张只读", Role.READONLY, "viewer-pass-1")
    access.sign_out()
    return db


def test_reset_admin_refuses_to_promote_a_non_administrator(roles_db: Database) -> None:
    with pytest.raises(InputRejected, match="不是管理员"):
        UsersService(roles_db).reset_admin("viewer")
    with roles_db.read() as s:
        viewer = s.scalars(select(User).where(User.username == "viewer")).one()
        assert viewer.role == Role.READONLY.value
    name, _ = UsersService(roles_db).reset_admin("admin")
    with roles_db.read() as s:
        rows = s.scalars(select(AuditLog).where(AuditLog.action == "recover")).all()
    assert name == "admin" and len(rows) == 1


def test_an_unknown_user_takes_as_long_as_a_known_one(roles_db: Database) -> None:
    service = UsersService(roles_db)
    users.dummy_hash()  # made once per process, like the first sign-in of the day

    def timed(name: str) -> float:
        started = time.perf_counter()
        with pytest.raises(InputRejected):
            service.authenticate(name, "wrong-password")
        return time.perf_counter() - started

    known = min(timed("viewer") for _ in range(2))
    unknown = min(timed("nobody") for _ in range(2))
    assert unknown > known * 0.5, f"unknown {unknown * 1000:.0f} ms, known {known * 1000:.0f} ms"


def test_an_old_cheap_hash_is_raised_on_the_next_sign_in(roles_db: Database,
                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(users, "_N", 2**14)
    old = users.hash_password("viewer-pass-2")
    monkeypatch.undo()
    with access.system(), roles_db.begin() as s:
        s.scalars(select(User).where(User.username == "viewer")).one().password_hash = old
    UsersService(roles_db).authenticate("viewer", "viewer-pass-2")
    with roles_db.read() as s:
        stored = s.scalars(select(User).where(User.username == "viewer")).one().password_hash
        logins = s.scalars(select(AuditLog).where(AuditLog.action == "login")).all()
    assert stored.startswith(f"scrypt${2**17}$") and users.verify_password("viewer-pass-2", stored)
    assert [r.user for r in logins] == ["viewer"]
