"""连接单位服务器: a county office whose staff share one PostgreSQL database on the LAN (issue 19).

Host, port, database, user and password, a 测试连接 button that says plainly what is wrong
(server off, wrong password, no such database), and 连接, which remembers the server for this
Windows user (data/server_config.py); the program then opens the server instead of the file.
Opened from the first-start dialog and from the 设置 page.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from emergency_desk.data import server_config
from emergency_desk.data.server import DEFAULT_PORT, ServerAddress, address
from emergency_desk.errors import KnownError
from emergency_desk.i18n import t


def test_connection(addr: ServerAddress) -> None:
    """Open the server as the program will (connect, check, migrate); raises KnownError with
    the plain message otherwise."""
    from emergency_desk.data.migrate import open_database

    open_database(addr).dispose()


class ServerDialog(QDialog):
    def __init__(self, parent: QWidget | None = None,
                 current: ServerAddress | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("server_dialog")
        self.setWindowTitle(t("连接单位服务器"))
        self.address: ServerAddress | None = None
        current = current or server_config.load()
        layout = QVBoxLayout(self)
        intro = QLabel(t(
            "县级单位有几位同事同时录入时，可以共用一台 PostgreSQL 服务器上的数据库。"
            "服务器由单位的信息化人员或服务商安装，并告诉您下面这些信息。"
            "乡镇只用本机的数据库文件，不需要服务器。"), self)
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        self.host = QLineEdit(current.host if current else "", self)
        self.host.setObjectName("host")
        self.host.setPlaceholderText(t("服务器名称或 IP 地址，如 192.168.1.10"))
        self.port = QSpinBox(self)
        self.port.setObjectName("port")
        self.port.setRange(1, 65535)
        self.port.setValue(current.port if current else DEFAULT_PORT)
        self.database = QLineEdit(current.database if current else "emergency_desk", self)
        self.database.setObjectName("database")
        self.user = QLineEdit(current.user if current else "", self)
        self.user.setObjectName("user")
        self.password = QLineEdit(str(current.url.password or "") if current else "", self)
        self.password.setObjectName("password")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        form.addRow(t("服务器"), self.host)
        form.addRow(t("端口"), self.port)
        form.addRow(t("数据库名"), self.database)
        form.addRow(t("用户名"), self.user)
        form.addRow(t("密码"), self.password)
        layout.addLayout(form)
        self.status = QLabel("", self)
        self.status.setObjectName("result")
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.status)
        buttons = QHBoxLayout()
        self.test_button = QPushButton(t("测试连接"), self)
        self.cancel_button = QPushButton(t("取消"), self)
        self.connect_button = QPushButton(t("连接"), self)
        self.connect_button.setDefault(True)
        buttons.addWidget(self.test_button)
        buttons.addStretch(1)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.connect_button)
        layout.addLayout(buttons)
        self.test_button.clicked.connect(lambda: self._try(save=False))
        self.connect_button.clicked.connect(lambda: self._try(save=True))
        self.cancel_button.clicked.connect(self.reject)
        self.resize(520, self.sizeHint().height())

    def entered(self) -> ServerAddress | None:
        """The address the fields describe; None (with the reason shown) when incomplete."""
        missing = [label for label, field in ((t("服务器"), self.host),
                                              (t("数据库名"), self.database),
                                              (t("用户名"), self.user))
                   if not field.text().strip()]
        if missing:
            self._show(False, t("请填写：{fields}。", fields="、".join(missing)))
            return None
        return address(self.host.text().strip(), self.port.value(),
                       self.database.text().strip(), self.user.text().strip(),
                       self.password.text())

    def _show(self, ok: bool, text: str) -> None:
        self.status.setStyleSheet("color: #1b5e20;" if ok else "color: #b71c1c;")
        self.status.setText(text)

    def _try(self, *, save: bool) -> None:
        addr = self.entered()
        if addr is None:
            return
        self._show(True, t("正在连接 {where}…", where=addr.where))
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            QGuiApplication.processEvents()
            test_connection(addr)
        except KnownError as exc:
            self._show(False, exc.message)
            return
        finally:
            QGuiApplication.restoreOverrideCursor()
        if not save:
            self._show(True, t("连接成功：{where} 上的数据库“{name}”可以使用。",
                               where=addr.where, name=addr.database))
            return
        server_config.save(addr)
        self.address = addr
        self.accept()
