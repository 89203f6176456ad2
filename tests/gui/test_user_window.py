"""The window with roles on: sign-in, the user in the status bar, 用户 page, refusals."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from emergency_desk.data import access
from emergency_desk.data.db import Database
from emergency_desk.data.enums import RegionLevel
from emergency_desk.data.users import Role
from emergency_desk.services.demo.county import build_demo
from emergency_desk.services.regions.regions import RegionInput, RegionService
from emergency_desk.services.settings import SettingsService
from emergency_desk.services.users import UsersService
from emergency_desk.ui import crash
from emergency_desk.ui.main_window import MainWindow
from emergency_desk.ui.pages.settings_page import SettingsPage
from emergency_desk.ui.pages.users_page import UsersPage
from emergency_desk.ui.sign_in import sign_in_dialog
from emergency_desk.ui.widgets import register_page
from emergency_desk.ui.widgets.form_dialog import FormDialog
from tests.gui.test_regions_page import type_chinese, when_dialog_opens
from tests.services.users.conftest import ADMIN_PW, CLERK_PW, VIEWER_PW

pytestmark = pytest.mark.gui


@pytest.fixture(autouse=True)
def told(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    def fail(dialog: crash.CrashDialog) -> int:
        raise AssertionError(dialog.details.toPlainText())

    messages: list[str] = []
    monkeypatch.setattr(crash.CrashDialog, "exec", fail)
    monkeypatch.setattr(register_page, "inform", lambda _p, _t, text: messages.append(text))
    monkeypatch.setattr(register_page, "confirm", lambda *_a: True)
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text: messages.append(text))
    return messages


@pytest.fixture
def demo_roles_db(roles_db: Database) -> Database:
    UsersService(roles_db).authenticate("admin", ADMIN_PW)
    build_demo(roles_db)
    access.sign_out()
    return roles_db


def open_window(qtbot: Any, db: Database) -> MainWindow:
    w = MainWindow(db)
    qtbot.addWidget(w)
    w.show()
    return w


def test_sign_in_dialog_refuses_a_wrong_password_then_signs_in(
        qtbot: Any, roles_db: Database) -> None:
    d = sign_in_dialog(roles_db, "viewer")
    qtbot.addWidget(d)
    qtbot.keyClicks(d.widget("password"), "nope")
    qtbot.mouseClick(d.ok_button, Qt.MouseButton.LeftButton)
    assert d.banner.isVisibleTo(d) and "用户名或密码不正确" in d.banner.text()
    assert access.current() is None and d.result() != FormDialog.DialogCode.Accepted
    d.widget("password").clear()
    qtbot.keyClicks(d.widget("password"), VIEWER_PW)
    qtbot.mouseClick(d.ok_button, Qt.MouseButton.LeftButton)
    assert d.result() == FormDialog.DialogCode.Accepted
    me = access.current()
    assert me is not None and me.username == "viewer" and me.role is Role.READONLY


def test_sign_in_dialog_shows_the_lock_out(qtbot: Any, roles_db: Database) -> None:
    d = sign_in_dialog(roles_db, "clerk")
    qtbot.addWidget(d)
    for _ in range(5):
        d.widget("password").clear()
        qtbot.keyClicks(d.widget("password"), "guess")
        qtbot.mouseClick(d.ok_button, Qt.MouseButton.LeftButton)
    assert "已被锁定" in d.banner.text() and "15 分钟" in d.banner.text()


def test_readonly_user_sees_the_pages_but_cannot_edit(
        qtbot: Any, demo_roles_db: Database, told: list[str]) -> None:
    UsersService(demo_roles_db).authenticate("viewer", VIEWER_PW)
    w = open_window(qtbot, demo_roles_db)
    assert w.user_label.isVisibleTo(w) and "张只读（只读）" in w.user_label.text()
    page: Any = w.show_page("regions")
    svc = RegionService(demo_roles_db)
    village = next(r for r in svc.list(limit=100000) if r.level is RegionLevel.VILLAGE)
    page.select_key(village.id)
    page.delete_selected()
    assert any("只读" in m for m in told)
    assert not svc.get(village.id).is_deleted
    seen: dict[str, Any] = {}

    def fill(d: FormDialog) -> None:
        type_chinese(d.widget("名称"), "只读新村")
        qtbot.mouseClick(d.ok_button, Qt.MouseButton.LeftButton)
        seen["banner"] = d.banner.text()

    problems = when_dialog_opens(fill)
    page.add_region()
    assert not problems, problems
    assert "只读" in seen["banner"]
    assert "只读新村" not in {r.name for r in svc.list(limit=100000)}


def test_clerk_edits_records_but_settings_are_refused(
        qtbot: Any, demo_roles_db: Database, told: list[str]) -> None:
    UsersService(demo_roles_db).authenticate("clerk", CLERK_PW)
    svc = RegionService(demo_roles_db)
    town = svc.townships()[0]
    svc.create(RegionInput("录入新村", RegionLevel.VILLAGE, town.id))
    page = SettingsPage(demo_roles_db)
    qtbot.addWidget(page)
    page.finish_building()  # as the next turns of the event loop would
    assert "roles_enabled" not in page.editors  # switched on the 用户 page only
    page.editors["backup_keep"].setValue(45)  # type: ignore[attr-defined]
    page.save()
    assert any("只有管理员可以修改设置" in m for m in told)
    assert SettingsService(demo_roles_db).get("backup_keep") == 30


def test_enable_roles_on_the_users_page_then_add_a_user(qtbot: Any, db: Database) -> None:
    page = UsersPage(db)
    qtbot.addWidget(page)
    page.show()
    assert page.enable_button.isVisible() and not page.table.isVisible()

    def enable(d: FormDialog) -> None:
        for key, text in (("password", "first-admin-1"), ("again", "first-admin-1")):
            qtbot.keyClicks(d.widget(key), text)
        qtbot.mouseClick(d.ok_button, Qt.MouseButton.LeftButton)

    problems = when_dialog_opens(enable)
    assert page.enable_roles()
    assert not problems, problems
    assert UsersService(db).enabled()
    me = access.current()
    assert me is not None and me.username == "admin" and me.role is Role.ADMIN
    assert page.table.isVisible() and page.table.rowCount() == 1
    assert not page.enable_button.isVisible()

    def add(d: FormDialog) -> None:
        qtbot.keyClicks(d.widget("username"), "clerk2")
        for key in ("password", "again"):
            qtbot.keyClicks(d.widget(key), "clerk2-pass")
        qtbot.mouseClick(d.ok_button, Qt.MouseButton.LeftButton)

    problems = when_dialog_opens(add)
    assert page.add_user()
    assert not problems, problems
    rows = {u.username: u.role for u in UsersService(db).list()}
    assert rows == {"admin": Role.ADMIN, "clerk2": Role.CLERK}
    assert page.table.rowCount() == 2


def test_users_page_is_in_the_navigation_and_hides_management_from_non_admins(
        qtbot: Any, roles_db: Database) -> None:
    UsersService(roles_db).authenticate("clerk", CLERK_PW)
    w = open_window(qtbot, roles_db)
    page: Any = w.show_page("users")
    assert w.nav.currentItem().text() == "用户"
    assert not page.table.isVisibleTo(page) and not page.buttons["add"].isVisibleTo(page)
    assert page.buttons["password"].isVisibleTo(page)
    assert "只有管理员可以管理用户" in page.status.text()


def test_window_restore_is_refused_for_a_clerk(
        qtbot: Any, roles_db: Database, told: list[str], tmp_path: Any) -> None:
    UsersService(roles_db).authenticate("clerk", CLERK_PW)
    w = open_window(qtbot, roles_db)
    assert not w.restore_from_file(tmp_path / "whatever.sqlite3")
    assert any("只有管理员可以从备份恢复数据" in m for m in told)


def test_roles_off_shows_no_user_in_the_status_bar(qtbot: Any, db: Database) -> None:
    w = open_window(qtbot, db)
    assert not w.user_label.isVisibleTo(w)


def test_background_tasks_write_as_the_signed_in_user(qtbot: Any, roles_db: Database) -> None:
    """Imports run on a worker thread: it must carry the sign-in (and its role) along."""
    from emergency_desk.ui.workers import run_task

    UsersService(roles_db).authenticate("clerk", CLERK_PW)
    results: list[Any] = []

    def work(_progress: Any) -> Any:
        RegionService(roles_db).create(RegionInput("后台新镇", RegionLevel.TOWNSHIP))
        return access.current()

    task = run_task(None, "测试", work, results.append)
    assert task.wait()
    assert results and results[0].username == "clerk"
    from emergency_desk.services.audit_log import AuditService

    rows = AuditService(roles_db).list(table="region")
    assert any(r.user == "clerk" and "后台新镇" in r.summary for r in rows)


def test_restoring_a_file_with_other_users_asks_to_sign_in_again(
        qtbot: Any, roles_db: Database, tmp_path: Any,
        monkeypatch: pytest.MonkeyPatch) -> None:
    from emergency_desk.data.backup import make_backup
    from emergency_desk.data.migrate import open_database
    from emergency_desk.ui import sign_in

    other = open_database(tmp_path / "other.sqlite3")
    UsersService(other).enable("boss", "", "boss-pass-1")
    other.dispose()
    copy = make_backup(tmp_path / "other.sqlite3", tmp_path / "copy.sqlite3")
    UsersService(roles_db).authenticate("admin", ADMIN_PW)
    asked: list[str] = []
    monkeypatch.setattr(sign_in, "run_sign_in",
                        lambda _db, name: asked.append(name) or False)
    w = open_window(qtbot, roles_db)
    assert w.restore_from_file(copy)
    assert asked == ["admin"] and access.current() is None and not w.isVisible()


def test_the_window_does_not_open_without_signing_in(
        qtbot: Any, roles_db: Database, monkeypatch: pytest.MonkeyPatch) -> None:
    from emergency_desk.ui import app, main_window, sign_in

    asked: list[str] = []
    monkeypatch.setattr(sign_in, "run_sign_in", lambda _db, name: asked.append(name) or False)
    opened: list[bool] = []
    monkeypatch.setattr(main_window.MainWindow, "show", lambda self: opened.append(True))
    path = roles_db.path
    roles_db.dispose()
    assert app.run_gui(path, user="clerk") == 0
    assert asked == ["clerk"] and not opened
