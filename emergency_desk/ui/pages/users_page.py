"""用户: switch users and roles on or off, manage users (管理员), change one's own password.

Every button calls services/users.py, which makes the real checks: a 录入员 or 只读 user who
reaches a button here is refused there with the same message as on the command line.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from emergency_desk.data import access
from emergency_desk.data.base import now
from emergency_desk.data.db import Database
from emergency_desk.data.users import Role
from emergency_desk.errors import KnownError, ValidationFailed
from emergency_desk.i18n import t
from emergency_desk.services.users import UserRow, UsersService
from emergency_desk.ui import crash
from emergency_desk.ui.sign_in import change_password_dialog, hide_typing
from emergency_desk.ui.widgets import register_page
from emergency_desk.ui.widgets.form_dialog import FieldSpec, FormDialog

PAGE_TITLE = "用户"


def _role_choices() -> list[tuple[str, Role]]:
    return [(r.label, r) for r in Role]  # built on use: labels follow the language


def _same_twice(v: dict[str, Any]) -> None:
    if v["password"] != v["again"]:
        raise ValidationFailed({"again": t("两次输入的密码不一致")})


class UsersPage(QWidget):
    changed = Signal()

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.service = UsersService(db)
        tr = self.tr
        self.status = QLabel()
        self.status.setObjectName("users_status")
        self.status.setWordWrap(True)
        self.enable_button = QPushButton(tr("启用用户和角色…"))
        self.enable_button.setObjectName("enable_roles")
        self.enable_button.clicked.connect(self.enable_roles)
        self.table = QTableWidget(0, 4)
        self.table.setObjectName("users_table")
        self.table.setHorizontalHeaderLabels([tr("用户名"), tr("姓名"), tr("角色"), tr("状态")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.doubleClicked.connect(lambda _i: self.edit_user())
        self.buttons: dict[str, QPushButton] = {}
        row = QHBoxLayout()
        for key, text, slot in (("add", tr("添加用户…"), self.add_user),
                                ("edit", tr("修改…"), self.edit_user),
                                ("toggle", tr("停用/启用"), self.toggle_active),
                                ("reset", tr("重置密码…"), self.reset_password),
                                ("password", tr("修改我的密码…"), self.change_my_password),
                                ("disable", tr("关闭用户和角色"), self.disable_roles)):
            b = QPushButton(text)
            b.setObjectName(key)
            b.clicked.connect(lambda _c=False, s=slot: s())
            self.buttons[key] = b
            row.addWidget(b)
        row.addStretch(1)
        self.help = QLabel(tr(
            "管理员：管理用户和设置、从备份恢复、清空回收站。录入员：录入和修改台账。"
            "只读：只能查看、导出和打印。忘记管理员密码时，请按说明书“忘记管理员密码”一节操作。"))
        self.help.setWordWrap(True)
        self.help.setStyleSheet("color: #666666;")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 8, 10, 8)
        layout.addWidget(self.status)
        top = QHBoxLayout()
        top.addWidget(self.enable_button)
        top.addStretch(1)
        layout.addLayout(top)
        layout.addLayout(row)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.help)
        self.rows: list[UserRow] = []
        self.refresh()

    # -- view ----------------------------------------------------------------------------
    def refresh(self) -> None:
        on = self.service.enabled()
        me = access.current()
        admin = on and me is not None and me.role is Role.ADMIN
        if not on:
            self.status.setText(self.tr(
                "未启用用户和角色：打开本程序的人都能修改全部数据（适合一人使用的办公室）。"
                "启用后须登录，并按角色限制操作。"))
        elif me is not None:
            self.status.setText(t("已启用用户和角色。当前用户：{user}", user=me.label))
        self.enable_button.setVisible(not on)
        self.table.setVisible(admin)
        for key, b in self.buttons.items():
            b.setVisible(admin if key != "password" else on)
        if on and not admin:
            self.status.setText(self.status.text() + "\n" + self.tr("只有管理员可以管理用户。"))
        self.rows = self.service.list() if admin else []
        self.table.setRowCount(len(self.rows))
        when = now()
        for i, u in enumerate(self.rows):
            if not u.active:
                state = t("已停用")
            elif u.locked_until is not None and u.locked_until > when:
                state = t("锁定至 {at}", at=u.locked_until.strftime("%H:%M"))
            else:
                state = t("正常") + (t("（须改密码）") if u.must_change_password else "")
            for col, text in enumerate((u.username, u.name, u.role.label, state)):
                self.table.setItem(i, col, QTableWidgetItem(text))

    def selected(self) -> UserRow | None:
        rows = self.table.selectionModel().selectedRows()
        return self.rows[rows[0].row()] if rows else None

    def _done(self) -> None:
        self.refresh()
        self.changed.emit()

    def _run(self, action: Any) -> bool:
        try:
            action()
        except KnownError as exc:
            crash.show_error(self, exc)
            return False
        self._done()
        return True

    # -- actions -------------------------------------------------------------------------
    def enable_roles(self) -> bool:
        def save(v: dict[str, Any]) -> None:
            _same_twice(v)
            self.service.enable(v["username"], v["name"], v["password"])

        dialog = FormDialog(self.tr("启用用户和角色：创建第一位管理员"), [
            FieldSpec("username", self.tr("管理员用户名"), required=True,
                      aliases=(t("用户名"),)),
            FieldSpec("name", self.tr("姓名")),
            FieldSpec("password", self.tr("密码"), required=True, aliases=(t("密码"),)),
            FieldSpec("again", self.tr("再输一次密码"), required=True),
        ], {"username": "admin"}, save, self)
        hide_typing(dialog, "password", "again")
        if dialog.exec() != FormDialog.DialogCode.Accepted:
            return False
        self._done()
        return True

    def disable_roles(self) -> bool:
        if not register_page.confirm(self, self.tr("关闭用户和角色"), self.tr(
                "关闭后不再需要登录，打开本程序的人都能修改全部数据。用户会保留，"
                "以后可以再启用。确定关闭吗？")):
            return False
        return self._run(self.service.disable)

    def add_user(self) -> bool:
        def save(v: dict[str, Any]) -> int:
            _same_twice(v)
            return self.service.add(v["username"], v["name"], v["role"], v["password"])

        dialog = FormDialog(self.tr("添加用户"), [
            FieldSpec("username", self.tr("用户名"), required=True, aliases=(t("用户名"),)),
            FieldSpec("name", self.tr("姓名")),
            FieldSpec("role", self.tr("角色"), "choice", required=True, choices=_role_choices()),
            FieldSpec("password", self.tr("初始密码"), required=True, aliases=(t("密码"),)),
            FieldSpec("again", self.tr("再输一次密码"), required=True),
        ], {"role": Role.CLERK}, save, self)
        hide_typing(dialog, "password", "again")
        if dialog.exec() != FormDialog.DialogCode.Accepted:
            return False
        self._done()
        return True

    def edit_user(self) -> bool:
        u = self.selected()
        if u is None:
            return False
        dialog = FormDialog(t("修改用户 {name}", name=u.username), [
            FieldSpec("name", self.tr("姓名")),
            FieldSpec("role", self.tr("角色"), "choice", required=True, choices=_role_choices()),
        ], {"name": u.name, "role": u.role},
            lambda v: self.service.edit(u.id, v["name"], v["role"]), self)
        if dialog.exec() != FormDialog.DialogCode.Accepted:
            return False
        self._done()
        return True

    def toggle_active(self) -> bool:
        u = self.selected()
        if u is None:
            return False
        return self._run(lambda: self.service.set_active(u.id, not u.active))

    def reset_password(self) -> bool:
        u = self.selected()
        if u is None:
            return False
        if not register_page.confirm(self, self.tr("重置密码"), t(
                "为 {name} 生成一次性密码并解除锁定吗？对方登录后须立即设置新密码。",
                name=u.username)):
            return False
        result: list[str] = []
        if not self._run(lambda: result.append(self.service.reset_password(u.id))):
            return False
        register_page.inform(self, self.tr("重置密码"), t(
            "{name} 的一次性密码：{password}\n请当面或电话告知本人。", name=u.username,
            password=result[0]))
        return True

    def change_my_password(self) -> bool:
        accepted = change_password_dialog(self.db, self).exec() == FormDialog.DialogCode.Accepted
        if accepted:
            register_page.inform(self, self.tr("修改我的密码"), self.tr("密码已修改。"))
            self._done()
        return accepted

    def show_record(self, table: str, record_id: int) -> bool:
        return False
