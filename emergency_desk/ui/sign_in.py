"""登录 before the main window when users and roles are on; 修改密码 dialogs.

The dialogs only collect text: checking the password, the lock-out and the one-time password
rules are all in services/users.py.
"""

from __future__ import annotations

from PySide6.QtWidgets import QLineEdit, QWidget

from emergency_desk.data.db import Database
from emergency_desk.i18n import t
from emergency_desk.services.users import UsersService
from emergency_desk.ui.widgets.form_dialog import FieldSpec, FormDialog


def hide_typing(dialog: FormDialog, *keys: str) -> None:
    for key in keys:
        widget = dialog.widget(key)
        assert isinstance(widget, QLineEdit)
        widget.setEchoMode(QLineEdit.EchoMode.Password)


def sign_in_dialog(db: Database, username: str = "",
                   parent: QWidget | None = None) -> FormDialog:
    users = UsersService(db)
    dialog = FormDialog(t("登录 — 应急资源台账"), [
        FieldSpec("username", t("用户名"), required=True),
        FieldSpec("password", t("密码"), required=True, aliases=(t("密码"),)),
    ], {"username": username},
        lambda v: users.authenticate(v["username"], v["password"]), parent)
    hide_typing(dialog, "password")
    dialog.ok_button.setText(t("登录"))
    dialog.setObjectName("sign_in")
    if username:
        dialog.widget("password").setFocus()
    return dialog


def change_password_dialog(db: Database, parent: QWidget | None = None, *,
                           forced: bool = False) -> FormDialog:
    users = UsersService(db)

    def save(v: dict[str, str]) -> None:
        from emergency_desk.errors import ValidationFailed

        if v["new"] != v["again"]:
            raise ValidationFailed({"again": t("两次输入的新密码不一致")})
        users.change_own_password(v["old"], v["new"])

    title = t("请设置新密码（当前是一次性密码）") if forced else t("修改我的密码")
    dialog = FormDialog(title, [
        FieldSpec("old", t("原密码"), required=True, aliases=(t("原密码"),)),
        FieldSpec("new", t("新密码"), required=True, aliases=(t("密码"),)),
        FieldSpec("again", t("再输一次新密码"), required=True),
    ], None, save, parent)
    hide_typing(dialog, "old", "new", "again")
    dialog.setObjectName("change_password")
    return dialog


def run_sign_in(db: Database, username: str = "") -> bool:
    """Ask until the user signs in (True) or gives up (False). A one-time password must be
    replaced before the window opens."""
    if sign_in_dialog(db, username).exec() != FormDialog.DialogCode.Accepted:
        return False
    if UsersService(db).must_change_password():
        return change_password_dialog(db, forced=True).exec() == FormDialog.DialogCode.Accepted
    return True


def ensure_signed_in(db: Database, parent: QWidget | None = None) -> bool:
    """After the database was replaced (restore): sign in again if roles are on there and the
    current user is not an active user with the same role in it. False: the user gave up."""
    from emergency_desk.data import access

    if not access.roles_enabled(db):
        return True
    me = access.current()
    if me is not None and UsersService(db).still_valid(me):
        return True
    access.sign_out()
    return run_sign_in(db, me.username if me is not None else "")
