"""Users and roles: the signed-in user is a context variable, so every test signs out after."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from emergency_desk.data import access
from emergency_desk.data.db import Database
from emergency_desk.data.users import Role
from emergency_desk.services.users import UsersService

ADMIN_PW = "admin-pass-1"
CLERK_PW = "clerk-pass-1"
VIEWER_PW = "viewer-pass-1"


@pytest.fixture(autouse=True)
def _signed_out() -> Iterator[None]:
    access.sign_out()
    yield
    access.sign_out()


@pytest.fixture
def roles_db(db: Database) -> Database:
    """Roles enabled with one user per role: admin, clerk (录入员), viewer (只读); nobody
    signed in at the end."""
    users = UsersService(db)
    users.enable("admin", "王管理", ADMIN_PW)
    users.add("clerk", "李录入", Role.CLERK, CLERK_PW)
    users.add("viewer", "张只读", Role.READONLY, VIEWER_PW)
    access.sign_out()
    return db
