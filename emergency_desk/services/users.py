"""Users and roles: enable/disable, manage users, sign in with lock-out, change passwords.

Off by default (a single-user office never sees a sign-in). Enabling creates the first 管理员
and signs them in. Everything here except signing in, changing one's own password and the
file-access recovery (`reset_admin`) is for administrators; the checks are in this layer, so
the window and the CLI cannot get round them.
"""

from __future__ import annotations

import math
import secrets
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from emergency_desk.data import access, audit, versions
from emergency_desk.data.access import ROLES_KEY, SignedIn
from emergency_desk.data.audit import current_user
from emergency_desk.data.base import now
from emergency_desk.data.db import Database
from emergency_desk.data.models import AuditLog
from emergency_desk.data.users import (
    Role,
    User,
    dummy_hash,
    hash_password,
    needs_rehash,
    verify_password,
)
from emergency_desk.errors import InputRejected, ValidationFailed
from emergency_desk.i18n import t
from emergency_desk.services.settings import SettingsService, write_setting

# No 0/O, 1/l/I: a one-time password is read off a screen and typed by hand.
_OTP_ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZabcdefghjkmnpqrstuvwxyz23456789"


@dataclass(frozen=True)
class UserRow:
    id: int
    username: str
    name: str
    role: Role
    active: bool
    locked_until: datetime | None
    must_change_password: bool


def one_time_password() -> str:
    return "".join(secrets.choice(_OTP_ALPHABET) for _ in range(10))


def _signed(u: User) -> SignedIn:
    return SignedIn(u.id, u.username, u.name, Role(u.role))


def _row(u: User) -> UserRow:
    return UserRow(u.id, u.username, u.name, Role(u.role), u.active, u.locked_until,
                   u.must_change_password)


class UsersService:
    def __init__(self, db: Database) -> None:
        self.db = db

    def enabled(self) -> bool:
        return access.roles_enabled(self.db)

    # -- checks --------------------------------------------------------------------------
    def _check_password(self, password: str) -> None:
        n = int(SettingsService(self.db).get("password_min_length"))
        if len(password) < n:
            raise ValidationFailed({t("密码"): t("至少 {n} 位", n=n)})
        if len(password) > 128:
            raise ValidationFailed({t("密码"): t("不能超过 128 位")})

    @staticmethod
    def _check_username(username: str) -> str:
        name = username.strip()
        if not name:
            raise ValidationFailed({t("用户名"): t("必填")})
        if len(name) > 64 or any(c.isspace() for c in name):
            raise ValidationFailed({t("用户名"): t("不能含空格，最多 64 个字符")})
        return name

    @staticmethod
    def _by_name(s: Session, username: str) -> User | None:
        return s.scalar(select(User).where(User.username == username.strip()))

    @staticmethod
    def _get(s: Session, user_id: int) -> User:
        u = s.get(User, user_id)
        if u is None:
            raise InputRejected(t("找不到该用户。"))
        return u

    @staticmethod
    def _other_active_admins(s: Session, user_id: int) -> int:
        return int(s.scalar(select(func.count()).select_from(User).where(
            User.role == Role.ADMIN.value, User.active.is_(True), User.id != user_id)) or 0)

    # -- enabling ------------------------------------------------------------------------
    def enable(self, username: str, name: str, password: str) -> SignedIn:
        """Switch roles on and create (or re-create) the first 管理员, who is signed in."""
        if self.enabled():
            raise InputRejected(t("用户和角色已经启用。"))
        username = self._check_username(username)
        self._check_password(password)
        with access.system(), self.db.begin() as s:
            u = self._by_name(s, username)
            if u is None:  # a user kept from an earlier enable becomes the administrator
                u = User(username=username)
                s.add(u)
            u.name, u.role, u.active = name.strip(), Role.ADMIN.value, True
            u.password_hash = hash_password(password)
            u.failed_attempts, u.locked_until, u.must_change_password = 0, None, False
            write_setting(s, ROLES_KEY, True)
            s.flush()
            signed = _signed(u)
        self.db.roles_cache = True
        access.sign_in(signed)
        return signed

    def disable(self) -> None:
        """Switch roles off (管理员 only). Users are kept for the next time they are enabled."""
        access.require_admin(self.db, t("关闭用户和角色"))
        with self.db.begin() as s:
            write_setting(s, ROLES_KEY, False)
        self.db.roles_cache = False

    # -- user management (管理员) ----------------------------------------------------------
    def list(self) -> list[UserRow]:
        with self.db.read() as s:
            return [_row(u) for u in s.scalars(select(User).order_by(User.username))]

    def add(self, username: str, name: str, role: Role, password: str) -> int:
        access.require_admin(self.db, t("管理用户"))
        username = self._check_username(username)
        self._check_password(password)
        with self.db.begin() as s:
            if self._by_name(s, username) is not None:
                raise ValidationFailed({t("用户名"): t("“{name}”已被使用", name=username)})
            u = User(username=username, name=name.strip(), role=Role(role).value,
                     password_hash=hash_password(password))
            s.add(u)
            s.flush()
            return u.id

    def edit(self, user_id: int, name: str, role: Role) -> None:
        access.require_admin(self.db, t("管理用户"))
        with self.db.begin() as s:
            u = self._get(s, user_id)
            if role is not Role.ADMIN and u.role == Role.ADMIN.value and u.active \
                    and not self._other_active_admins(s, user_id):
                raise InputRejected(t("至少要保留一名启用的管理员。"))
            u.name, u.role = name.strip(), Role(role).value

    def set_active(self, user_id: int, active: bool) -> None:
        access.require_admin(self.db, t("管理用户"))
        me = access.current()
        with self.db.begin() as s:
            u = self._get(s, user_id)
            if not active and me is not None and me.user_id == user_id:
                raise InputRejected(t("不能停用自己的账户。"))
            if not active and u.role == Role.ADMIN.value \
                    and not self._other_active_admins(s, user_id):
                raise InputRejected(t("至少要保留一名启用的管理员。"))
            u.active = active

    def reset_password(self, user_id: int, password: str | None = None) -> str:
        """Set a new password (or a one-time one) and unlock; the user must change it."""
        access.require_admin(self.db, t("重置密码"))
        new = password if password is not None else one_time_password()
        self._check_password(new)
        with self.db.begin() as s:
            u = self._get(s, user_id)
            u.password_hash = hash_password(new)
            u.failed_attempts, u.locked_until, u.must_change_password = 0, None, True
        return new

    # -- signing in ------------------------------------------------------------------------
    def authenticate(self, username: str, password: str, *,
                     at: datetime | None = None) -> SignedIn:
        """Check the password and sign the user in; lock the account after repeated failures.

        The expensive hash check runs outside any transaction; the failure count is then
        re-read and changed inside one writing transaction (BEGIN IMMEDIATE), so a burst of
        parallel wrong passwords is counted in full. `at` is the moment of the attempt (tests
        pass one instead of waiting)."""
        when = at or now()
        settings = SettingsService(self.db).all()
        max_failures = int(settings["login_max_failures"])
        lock_minutes = int(settings["login_lock_minutes"])
        wrong = InputRejected(t("用户名或密码不正确。"))
        with versions.untracked(), self.db.read() as s:
            known = self._by_name(s, username)
        if known is None:
            verify_password(password, dummy_hash())  # as slow as a known name
            raise wrong
        if known.locked_until is not None and known.locked_until > when:
            raise self._locked(known, when)
        stored = known.password_hash
        right = verify_password(password, stored)
        if self.db.read_only:  # nothing can be counted or logged on a read-only disk
            if not right:
                raise wrong
            if not known.active:
                raise InputRejected(t("账户“{name}”已停用，请联系管理员。", name=known.username))
            access.sign_in(_signed(known))
            return _signed(known)
        rehashed = hash_password(password) if right and needs_rehash(stored) else None
        problem: InputRejected | None = None
        with access.system(), self.db.begin() as s:
            u = self._by_name(s, username)
            if u is None:
                raise wrong
            if u.password_hash != stored:  # changed meanwhile: check against the new one
                right, rehashed = verify_password(password, u.password_hash), None
            if u.locked_until is not None and u.locked_until > when:
                problem = self._locked(u, when)
            elif not right:
                u.failed_attempts = (u.failed_attempts or 0) + 1
                if u.failed_attempts >= max_failures:
                    u.failed_attempts = 0
                    u.locked_until = when + timedelta(minutes=lock_minutes)
                    problem = self._locked(u, when)
                else:
                    problem = wrong
            elif not u.active:
                problem = InputRejected(t("账户“{name}”已停用，请联系管理员。", name=u.username))
            else:
                u.failed_attempts, u.locked_until = 0, None
                if rehashed is not None:
                    u.password_hash = rehashed
                audit.record_event(s, "login", User.__tablename__,
                                   f"登录：{u.username}（{Role(u.role).label}）",
                                   user=u.username, record=u)
                signed = _signed(u)
        if problem is not None:  # raised after the commit: the failure count must be kept
            raise problem
        access.sign_in(signed)
        return signed

    def _locked(self, u: User, when: datetime) -> InputRejected:
        assert u.locked_until is not None
        minutes = max(1, math.ceil((u.locked_until - when).total_seconds() / 60))
        return InputRejected(t("账户“{name}”因连续输错密码已被锁定，请 {m} 分钟后再试，"
                               "或请管理员重置密码。", name=u.username, m=minutes))

    def still_valid(self, me: SignedIn) -> bool:
        """Whether this database still knows `me` as an active user with the same role (a
        restore may bring back a file with other users)."""
        with self.db.read() as s:
            u = s.get(User, me.user_id)
            return bool(u is not None and u.username == me.username and u.active
                        and u.role == me.role.value)

    def must_change_password(self) -> bool:
        me = access.current()
        if me is None:
            return False
        with self.db.read() as s:
            u = s.get(User, me.user_id)
            return bool(u is not None and u.must_change_password)

    def change_own_password(self, old: str, new: str) -> None:
        """Any signed-in user, 只读 included, may change their own password."""
        me = access.current()
        if me is None:
            raise InputRejected(t("请先登录。"))
        self._check_password(new)
        with access.system(), self.db.begin() as s:
            u = self._get(s, me.user_id)
            if not verify_password(old, u.password_hash):
                raise ValidationFailed({t("原密码"): t("不正确")})
            u.password_hash = hash_password(new)
            u.must_change_password = False

    # -- recovery --------------------------------------------------------------------------
    def reset_admin(self, username: str | None = None) -> tuple[str, str]:
        """Forgotten administrator password: whoever can reach the database file gets a
        one-time password for an existing administrator (unlocked, re-activated); it never
        makes anyone an administrator. Returns
        (username, password); an audit row records who did it from which login."""
        if not self.enabled():
            raise InputRejected(t("没有启用用户和角色，不需要恢复管理员密码。"))
        password = one_time_password()
        with access.system(), self.db.begin() as s:
            if username:
                u = self._by_name(s, username)
                if u is None:
                    raise InputRejected(t("没有名为“{name}”的用户。", name=username))
                if u.role != Role.ADMIN.value:  # recovery, not a way to promote anyone
                    raise InputRejected(t("“{name}”不是管理员。此命令只能重置管理员账户的密码；"
                                          "其他用户的密码请由管理员在“用户”页重置。",
                                          name=u.username))
            else:
                u = s.scalar(select(User).where(User.role == Role.ADMIN.value)
                             .order_by(User.active.desc(), User.id))
                if u is None:
                    raise InputRejected(t("数据库中没有管理员；请用 --user 指定一个用户。"))
            u.active = True
            u.password_hash = hash_password(password)
            u.failed_attempts, u.locked_until, u.must_change_password = 0, None, True
            s.add(AuditLog(user=current_user(), action="recover", table_name=User.__tablename__,
                           record_id=u.id, record_uuid=u.uuid,
                           summary=f"重置管理员密码：{u.username}（命令行恢复）"[:200],
                           changes="{}"))
            name = u.username
        return name, password
