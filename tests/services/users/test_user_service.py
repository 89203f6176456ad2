"""Roles are enforced in the service and data layer: whatever calls the services."""

from __future__ import annotations

import json
import sqlite3
from datetime import timedelta
from pathlib import Path

import pytest
from sqlalchemy import select

from emergency_desk.data import access
from emergency_desk.data.base import now
from emergency_desk.data.db import Database
from emergency_desk.data.enums import RegionLevel
from emergency_desk.data.models import AuditLog, Region
from emergency_desk.data.users import Role, User
from emergency_desk.errors import InputRejected, ValidationFailed
from emergency_desk.services.recycle import RecycleBin
from emergency_desk.services.regions.regions import RegionInput, RegionService
from emergency_desk.services.settings import SettingsService
from emergency_desk.services.users import UsersService
from tests.services.users.conftest import ADMIN_PW, CLERK_PW, VIEWER_PW


def add_region(db: Database, name: str = "碧阳镇") -> int:
    return RegionService(db).create(RegionInput(name=name, level=RegionLevel.TOWNSHIP))


def test_enabling_creates_the_first_admin_and_signs_them_in(db: Database) -> None:
    users = UsersService(db)
    assert not users.enabled()
    me = users.enable("admin", "王管理", ADMIN_PW)
    assert me.role is Role.ADMIN and access.current() == me
    assert users.enabled() and SettingsService(db).get("roles_enabled") is True
    assert [(u.username, u.role) for u in users.list()] == [("admin", Role.ADMIN)]
    with pytest.raises(InputRejected, match="已经启用"):
        users.enable("other", "", "whatever-123")


def test_enabling_needs_a_long_enough_password(db: Database) -> None:
    with pytest.raises(ValidationFailed, match="至少 6 位"):
        UsersService(db).enable("admin", "", "123")
    assert not UsersService(db).enabled()


def test_passwords_are_never_stored_in_clear(roles_db: Database) -> None:
    con = sqlite3.connect(roles_db.path)
    rows = con.execute("SELECT username, password_hash FROM app_user").fetchall()
    dump = "\n".join(con.iterdump())
    audit = json.dumps(con.execute("SELECT * FROM audit_log").fetchall(), ensure_ascii=False)
    con.close()
    assert len(rows) == 3
    for _, stored in rows:
        assert stored.startswith("scrypt$")
    assert len({stored.split("$")[4] for _, stored in rows}) == 3  # a salt per user
    for pw in (ADMIN_PW, CLERK_PW, VIEWER_PW):
        assert pw not in dump and pw not in audit
    assert "scrypt$" not in audit  # not even the hashes go into the audit log


def test_readonly_user_cannot_change_a_record_through_a_service(roles_db: Database) -> None:
    users = UsersService(roles_db)
    users.authenticate("admin", ADMIN_PW)
    rid = add_region(roles_db)
    users.authenticate("viewer", VIEWER_PW)
    with pytest.raises(InputRejected, match="只读"):
        RegionService(roles_db).update(rid, RegionInput(name="改名镇",
                                                        level=RegionLevel.TOWNSHIP))
    with pytest.raises(InputRejected, match="只读"):
        add_region(roles_db, "新镇")
    with pytest.raises(InputRejected, match="只读"):
        RegionService(roles_db).delete(rid)
    with roles_db.read() as s:
        assert [r.name for r in s.scalars(select(Region))] == ["碧阳镇"]
        assert not s.scalars(select(Region)).one().is_deleted
    # reading is allowed
    assert RegionService(roles_db).get(rid).name == "碧阳镇"


def test_nobody_signed_in_cannot_write_when_roles_are_on(roles_db: Database) -> None:
    with pytest.raises(InputRejected, match="请先登录"):
        add_region(roles_db)


def test_clerk_edits_records_but_not_settings_users_or_the_bin(roles_db: Database) -> None:
    users = UsersService(roles_db)
    users.authenticate("clerk", CLERK_PW)
    rid = add_region(roles_db)
    RegionService(roles_db).update(rid, RegionInput(name="改名镇", level=RegionLevel.TOWNSHIP))
    RegionService(roles_db).delete(rid)
    with pytest.raises(InputRejected, match="只有管理员可以修改设置"):
        SettingsService(roles_db).set("backup_keep", 40)
    with pytest.raises(InputRejected, match="只有管理员"):
        RecycleBin(roles_db).purge("region", rid)
    with pytest.raises(InputRejected, match="只有管理员"):
        users.add("x", "", Role.ADMIN, "password-1")
    with pytest.raises(InputRejected, match="只有管理员"):
        users.disable()
    assert SettingsService(roles_db).get("backup_keep") == 30
    users.authenticate("admin", ADMIN_PW)
    SettingsService(roles_db).set("backup_keep", 40)
    RecycleBin(roles_db).purge("region", rid)
    assert SettingsService(roles_db).get("backup_keep") == 40


def test_roles_enabled_is_not_a_plain_setting(db: Database) -> None:
    with pytest.raises(InputRejected, match="用户"):
        SettingsService(db).set("roles_enabled", True)
    assert not UsersService(db).enabled()


def test_lock_out_after_repeated_failures(roles_db: Database) -> None:
    users = UsersService(roles_db)
    SettingsService(roles_db)  # defaults: 5 failures, 15 minutes
    t0 = now()
    for _ in range(4):
        with pytest.raises(InputRejected, match="用户名或密码不正确"):
            users.authenticate("clerk", "wrong", at=t0)
    with pytest.raises(InputRejected, match="已被锁定，请 15 分钟后再试"):
        users.authenticate("clerk", "wrong", at=t0)
    # locked: even the right password is refused, and nobody is signed in
    with pytest.raises(InputRejected, match="已被锁定"):
        users.authenticate("clerk", CLERK_PW, at=t0 + timedelta(minutes=14))
    assert access.current() is None
    me = users.authenticate("clerk", CLERK_PW, at=t0 + timedelta(minutes=16))
    assert me.username == "clerk" and me.role is Role.CLERK


def test_lock_out_thresholds_are_settings(roles_db: Database) -> None:
    users = UsersService(roles_db)
    users.authenticate("admin", ADMIN_PW)
    SettingsService(roles_db).set("login_max_failures", 2)
    SettingsService(roles_db).set("login_lock_minutes", 60)
    access.sign_out()
    with pytest.raises(InputRejected, match="不正确"):
        users.authenticate("viewer", "x")
    with pytest.raises(InputRejected, match="请 60 分钟后再试"):
        users.authenticate("viewer", "x")


def test_admin_reset_unlocks_and_forces_a_change(roles_db: Database) -> None:
    users = UsersService(roles_db)
    for _ in range(5):
        with pytest.raises(InputRejected):
            users.authenticate("clerk", "wrong")
    users.authenticate("admin", ADMIN_PW)
    clerk = next(u for u in users.list() if u.username == "clerk")
    otp = users.reset_password(clerk.id)
    users.authenticate("clerk", otp)
    assert users.must_change_password()
    with pytest.raises(ValidationFailed, match="原密码"):
        users.change_own_password("bad", "new-pass-1")
    users.change_own_password(otp, "new-pass-1")
    assert not users.must_change_password()
    access.sign_out()
    users.authenticate("clerk", "new-pass-1")


def test_unknown_user_and_deactivated_user(roles_db: Database) -> None:
    users = UsersService(roles_db)
    with pytest.raises(InputRejected, match="用户名或密码不正确"):
        users.authenticate("nobody", "x")
    users.authenticate("admin", ADMIN_PW)
    viewer = next(u for u in users.list() if u.username == "viewer")
    users.set_active(viewer.id, False)
    with pytest.raises(InputRejected, match="已停用"):
        users.authenticate("viewer", VIEWER_PW)


def test_the_last_active_admin_is_kept(roles_db: Database) -> None:
    users = UsersService(roles_db)
    me = users.authenticate("admin", ADMIN_PW)
    with pytest.raises(InputRejected, match="自己"):
        users.set_active(me.user_id, False)
    with pytest.raises(InputRejected, match="至少要保留一名"):
        users.edit(me.user_id, "王管理", Role.CLERK)


def test_readonly_user_can_change_their_own_password(roles_db: Database) -> None:
    users = UsersService(roles_db)
    users.authenticate("viewer", VIEWER_PW)
    users.change_own_password(VIEWER_PW, "viewer-new-2")
    access.sign_out()
    assert users.authenticate("viewer", "viewer-new-2").role is Role.READONLY


def test_audit_rows_carry_the_signed_in_user(roles_db: Database) -> None:
    users = UsersService(roles_db)
    users.authenticate("clerk", CLERK_PW)
    add_region(roles_db, "古筑村镇")
    users.authenticate("admin", ADMIN_PW)
    SettingsService(roles_db).set("backup_keep", 31)
    with roles_db.read() as s:
        region_row = s.scalars(select(AuditLog).where(AuditLog.table_name == "region")).one()
        setting_row = s.scalars(select(AuditLog).where(AuditLog.action == "setting")
                                .order_by(AuditLog.id.desc())).first()
    assert region_row.user == "clerk"
    assert setting_row is not None and setting_row.user == "admin"


def test_disable_turns_everything_back_to_single_user(roles_db: Database) -> None:
    users = UsersService(roles_db)
    users.authenticate("admin", ADMIN_PW)
    users.disable()
    access.sign_out()
    assert not users.enabled()
    add_region(roles_db)  # anyone writes again
    SettingsService(roles_db).set("backup_keep", 35)
    # enabling again keeps the users; the named admin gets the new password
    users.enable("admin", "王管理", "brand-new-9")
    assert {u.username for u in users.list()} == {"admin", "clerk", "viewer"}


def test_reset_admin_recovery_gives_a_one_time_password(roles_db: Database) -> None:
    users = UsersService(roles_db)
    for _ in range(5):
        with pytest.raises(InputRejected):
            users.authenticate("admin", "forgotten")
    name, otp = users.reset_admin()
    assert name == "admin" and len(otp) == 10
    me = users.authenticate("admin", otp)
    assert me.role is Role.ADMIN and users.must_change_password()
    with roles_db.read() as s:
        row = s.scalars(select(AuditLog).where(AuditLog.action == "recover")).one()
        stored = s.scalars(select(User).where(User.username == "admin")).one().password_hash
    assert "重置管理员密码：admin" in row.summary
    assert otp not in stored


def test_roles_off_means_no_checks(db: Database) -> None:
    add_region(db)
    SettingsService(db).set("backup_keep", 33)
    assert access.current() is None


def test_full_id_exports_are_for_administrators_when_roles_are_on(
        roles_db: Database, tmp_path: Path) -> None:
    from emergency_desk.io.exporter import export_register
    from emergency_desk.io.privacy import Privacy

    users = UsersService(roles_db)
    users.authenticate("clerk", CLERK_PW)
    out = tmp_path / "officers.xlsx"
    with pytest.raises(InputRejected, match="只有管理员"):
        export_register(roles_db, "officers", out, privacy=Privacy.FULL_ID)
    assert not out.exists()
    export_register(roles_db, "officers", out)  # masked: any signed-in role
    assert out.exists()
    export_register(roles_db, "regions", tmp_path / "r.xlsx", privacy=Privacy.FULL_ID)  # no IDs
    users.authenticate("admin", ADMIN_PW)
    export_register(roles_db, "officers", out, privacy=Privacy.FULL_ID)
