"""用户: the people who may sign in when users and roles are enabled (off by default).

Passwords are never stored: only a scrypt hash (memory-hard, per-user random salt) in the form
`scrypt$n$r$p$salt_hex$hash_hex`, so the cost can be raised later without breaking old hashes.
"""

from __future__ import annotations

import functools
import hashlib
import hmac
import os
from datetime import datetime

from sqlalchemy import Boolean, DateTime, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from emergency_desk.data.base import Base, RecordMixin
from emergency_desk.data.enums import LabelledEnum, register_labels


class Role(LabelledEnum):
    # Codes prefixed "role_" so that they never clash with another enumeration's codes.
    ADMIN = "role_admin"
    CLERK = "role_clerk"
    READONLY = "role_readonly"


register_labels({Role.ADMIN: "管理员", Role.CLERK: "录入员", Role.READONLY: "只读"})


class User(RecordMixin, Base):
    __tablename__ = "app_user"
    __label__ = "用户"

    username: Mapped[str] = mapped_column(String(64), unique=True)
    name: Mapped[str] = mapped_column(String(50), default="")  # display name
    role: Mapped[str] = mapped_column(String(16), default=Role.READONLY.value)
    password_hash: Mapped[str] = mapped_column(String(200))
    failed_attempts: Mapped[int] = mapped_column(Integer, default=0)
    locked_until: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    # Set by a reset: the window asks for a new password right after signing in.
    must_change_password: Mapped[bool] = mapped_column(Boolean, default=False)


# scrypt with n=2**17, r=8 (current advice, OWASP 2023): 128 MiB and roughly 0.4 s per attempt
# on an office PC, which makes guessing a copied file's passwords slow. Hashes made with a lower
# cost (n=2**14 before issue 18) still verify and are rehashed on the next successful sign-in.
_N, _R, _P = 2**17, 8, 1
_MAXMEM = 256 * 1024 * 1024


def hash_password(password: str) -> str:
    salt = os.urandom(16)
    digest = hashlib.scrypt(password.encode("utf-8"), salt=salt, n=_N, r=_R, p=_P, dklen=32,
                            maxmem=_MAXMEM)
    return f"scrypt${_N}${_R}${_P}${salt.hex()}${digest.hex()}"


def needs_rehash(stored: str) -> bool:
    """Whether `stored` was made with a lower cost than today's."""
    try:
        scheme, n, r, p, _salt, _digest = stored.split("$")
        return scheme != "scrypt" or (int(n), int(r), int(p)) < (_N, _R, _P)
    except ValueError:
        return True


def verify_password(password: str, stored: str) -> bool:
    try:
        scheme, n, r, p, salt, digest = stored.split("$")
        if scheme != "scrypt":
            return False
        got = hashlib.scrypt(password.encode("utf-8"), salt=bytes.fromhex(salt), n=int(n),
                             r=int(r), p=int(p), dklen=len(bytes.fromhex(digest)),
                             maxmem=_MAXMEM)
    except ValueError:
        return False
    return hmac.compare_digest(got, bytes.fromhex(digest))


@functools.cache
def dummy_hash() -> str:
    """A hash to check an unknown user's password against, so that a wrong user name takes
    as long as a wrong password (no probing for which names exist by timing)."""
    return hash_password(os.urandom(16).hex())
