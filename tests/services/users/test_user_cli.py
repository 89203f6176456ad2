"""The command line with roles on: sign in first; 只读 cannot change anything, even here."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from emergency_desk.data import access
from emergency_desk.data.migrate import open_database
from emergency_desk.data.users import Role
from emergency_desk.services.settings import SettingsService
from emergency_desk.services.users import UsersService
from tests.services.users.conftest import ADMIN_PW, CLERK_PW, VIEWER_PW
from tests.system.test_cli import fingerprint, region_count, run, write_sheet


@pytest.fixture
def roles_file(db_path: Path, capsys: pytest.CaptureFixture[str]) -> Path:
    code, _, err = run(capsys, "--db", str(db_path), "demo")
    assert code == 0, err
    db = open_database(db_path)
    users = UsersService(db)
    users.enable("admin", "王管理", ADMIN_PW)
    users.add("clerk", "李录入", Role.CLERK, CLERK_PW)
    users.add("viewer", "张只读", Role.READONLY, VIEWER_PW)
    db.dispose()
    access.sign_out()
    return db_path


@pytest.fixture
def new_villages(tmp_path: Path) -> Path:
    return write_sheet(tmp_path / "新增村.xlsx", [
        ["区划代码", "名称", "层级", "上级", "灾害多发频发", "人口", "主要灾种", "备注"],
        [341023103210, "新建村", "村", "西递镇", "是", 1200, "山洪", None],
    ])


def as_user(monkeypatch: pytest.MonkeyPatch, password: str) -> None:
    monkeypatch.setenv("EMERGENCY_DESK_PASSWORD", password)


def test_readonly_user_cannot_import_and_nothing_is_written(
        roles_file: Path, new_villages: Path, capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch) -> None:
    before = fingerprint(roles_file)
    as_user(monkeypatch, VIEWER_PW)
    code, _, err = run(capsys, "--db", str(roles_file), "--user", "viewer",
                       "import", "regions", str(new_villages))
    assert code == 1
    assert "只读" in err and "Traceback" not in err
    assert fingerprint(roles_file) == before
    code, _, err = run(capsys, "--db", str(roles_file), "--user", "viewer", "check")
    assert code == 0, err  # reading is fine


def test_clerk_imports_but_may_not_restore_or_replace_with_demo(
        roles_file: Path, new_villages: Path, tmp_path: Path,
        capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    before = region_count(roles_file)
    as_user(monkeypatch, CLERK_PW)
    code, _, err = run(capsys, "--db", str(roles_file), "--user", "clerk",
                         "import", "regions", str(new_villages))
    assert code == 0, err
    assert region_count(roles_file) == before + 1
    backup = tmp_path / "b.sqlite3"
    # a backup holds every ID number in full: administrators only (issue 18)
    code, _, err = run(capsys, "--db", str(roles_file), "--user", "clerk", "backup", str(backup))
    assert code == 1 and "只有管理员" in err and not backup.exists()
    as_user(monkeypatch, ADMIN_PW)
    code, _, err = run(capsys, "--db", str(roles_file), "--user", "admin", "backup", str(backup))
    assert code == 0, err
    as_user(monkeypatch, CLERK_PW)
    code, _, err = run(capsys, "--db", str(roles_file), "--user", "clerk", "restore", str(backup))
    assert code == 1 and "只有管理员" in err
    code, _, err = run(capsys, "--db", str(roles_file), "--user", "clerk", "demo", "--force")
    assert code == 1 and "只有管理员" in err
    assert region_count(roles_file) == before + 1
    as_user(monkeypatch, ADMIN_PW)
    code, _, err = run(capsys, "--db", str(roles_file), "--user", "admin", "restore", str(backup))
    assert code == 0, err


def test_every_command_needs_a_user_and_the_right_password(
        roles_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("EMERGENCY_DESK_PASSWORD", raising=False)
    for argv in (["check"], ["registers"], ["template", "regions", str(tmp_path / "t.xlsx")],
                 ["export", "regions", str(tmp_path / "e.xlsx")]):
        code, _, err = run(capsys, "--db", str(roles_file), *argv)
        assert code == 1 and "--user" in err, argv
    assert not (tmp_path / "t.xlsx").exists() and not (tmp_path / "e.xlsx").exists()
    as_user(monkeypatch, "wrong")
    code, _, err = run(capsys, "--db", str(roles_file), "--user", "viewer", "check")
    assert code == 1 and "用户名或密码不正确" in err


def test_lock_out_on_the_command_line_and_recovery(
        roles_file: Path, capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch) -> None:
    as_user(monkeypatch, "guess")
    for _ in range(4):
        assert run(capsys, "--db", str(roles_file), "--user", "admin", "check")[0] == 1
    code, _, err = run(capsys, "--db", str(roles_file), "--user", "admin", "check")
    assert code == 1 and "锁定" in err
    as_user(monkeypatch, ADMIN_PW)
    code, _, err = run(capsys, "--db", str(roles_file), "--user", "admin", "check")
    assert code == 1 and "锁定" in err  # the right password does not help while locked
    # README "忘记管理员密码": whoever has the file gets a one-time password
    code, out, err = run(capsys, "--db", str(roles_file), "users", "reset-admin")
    assert code == 0, err
    otp = out.split("一次性密码：")[1].split()[0]
    as_user(monkeypatch, otp)
    code, _, err = run(capsys, "--db", str(roles_file), "--user", "admin", "check")
    assert code == 0, err
    assert "一次性密码" in err  # reminded to choose a new one


def test_reset_admin_without_roles_says_there_is_nothing_to_recover(
        db_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(capsys, "--db", str(db_path), "users", "reset-admin")
    assert code == 1 and "没有启用用户和角色" in err


def test_roles_off_needs_no_user(db_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(capsys, "--db", str(db_path), "demo")
    assert code == 0, err
    db = open_database(db_path)
    assert SettingsService(db).get("roles_enabled") is False
    db.dispose()
    assert run(capsys, "--db", str(db_path), "check")[0] == 0


def test_readonly_refused_in_a_separate_process(
        roles_file: Path, new_villages: Path, tmp_path: Path) -> None:
    before = fingerprint(roles_file)
    env = {**os.environ, "EMERGENCY_DESK_PASSWORD": VIEWER_PW}
    proc = subprocess.run(
        [sys.executable, "-m", "emergency_desk", "--db", str(roles_file), "--user", "viewer",
         "import", "regions", str(new_villages)],
        capture_output=True, text=True, encoding="utf-8", timeout=120, env=env,
        stdin=subprocess.DEVNULL)
    assert proc.returncode == 1, proc.stderr
    assert "只读" in proc.stderr and "Traceback" not in proc.stderr
    assert fingerprint(roles_file) == before


def test_readme_documents_the_recovery_command_the_tests_use() -> None:
    readme = (Path(__file__).resolve().parents[3] / "README.md").read_text(encoding="utf-8")
    section = readme.split("#### 忘记管理员密码", 1)[1].split("###", 1)[0]
    assert "users reset-admin" in section and "一次性密码" in section
