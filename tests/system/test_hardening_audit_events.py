"""Issue 18, points 3 and 12: backups and exports are in the audit log; where roles are on a
backup (every 身份证号 in full) is an administrator's action, in the window and the CLI."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from emergency_desk import cli
from emergency_desk.data import access, backup
from emergency_desk.data.db import Database
from emergency_desk.data.users import Role
from emergency_desk.errors import InputRejected
from emergency_desk.io.exporter import export_register
from emergency_desk.services.users import UsersService


def actions(path: Path) -> list[str]:
    con = sqlite3.connect(path)
    try:
        return [r[0] for r in con.execute("SELECT action FROM audit_log ORDER BY id")]
    finally:
        con.close()


def test_backups_and_exports_are_audited(db: Database, db_path: Path, tmp_path: Path) -> None:
    backup.backup_by_user(db, tmp_path / "copy.sqlite3")
    export_register(db, "regions", tmp_path / "regions.xlsx")
    assert actions(db_path)[-2:] == ["backup", "export"]


def test_a_readonly_user_may_not_back_up(db: Database, tmp_path: Path,
                                         monkeypatch: pytest.MonkeyPatch,
                                         capsys: pytest.CaptureFixture[str]) -> None:
    users = UsersService(db)
    users.enable("admin", "王管理", "admin-pass-1")
    users.add("viewer", "张只读", Role.READONLY, "viewer-pass-1")
    access.sign_out()
    users.authenticate("viewer", "viewer-pass-1")
    try:
        with pytest.raises(InputRejected, match="只有管理员"):
            backup.backup_by_user(db, tmp_path / "copy.sqlite3")
        export_register(db, "regions", tmp_path / "regions.xlsx")  # masked: allowed, audited
    finally:
        access.sign_out()
    assert not (tmp_path / "copy.sqlite3").exists()
    path = db.path
    db.dispose()
    monkeypatch.setenv("EMERGENCY_DESK_PASSWORD", "viewer-pass-1")
    code = cli.main(["--db", str(path), "--user", "viewer", "backup", str(tmp_path / "b.sqlite3")])
    assert code == 1 and "只有管理员" in capsys.readouterr().err
    assert not (tmp_path / "b.sqlite3").exists()
    assert "export" in actions(path)
    access.sign_out()
