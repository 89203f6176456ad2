"""One way for failures to reach the user.

A `KnownError` (locked file, bad sheet, refused input) gets a plain warning with its message;
anything else is a bug and gets the crash dialog: what happened in one sentence, the traceback
in a copyable box and the path of the log file, so the office can send it to whoever maintains
the program. Nothing crashes silently (qutebrowser's split of known errors from bugs; Vorta's
exception dialog).
"""

from __future__ import annotations

import logging
import logging.handlers
import sys
import traceback
from types import TracebackType

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from emergency_desk.errors import KnownError
from emergency_desk.log import setup_logging

log = logging.getLogger("emergency_desk.ui")


def log_file_path() -> str:
    """The file our rotating handler writes to (set it up if nobody has yet)."""
    for handler in logging.getLogger("emergency_desk").handlers:
        if isinstance(handler, logging.handlers.RotatingFileHandler):
            return handler.baseFilename
    try:
        return str(setup_logging())
    except OSError:  # an unwritable log folder must not hide the original error
        return ""


def format_exception(exc: BaseException) -> str:
    return "".join(traceback.format_exception(type(exc), exc, exc.__traceback__))


class CrashDialog(QDialog):
    """An unexpected error: a sentence, the copyable details and where the log is."""

    def __init__(self, details: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("程序出错"))
        self.resize(720, 460)
        path = log_file_path()
        intro = self.tr("程序遇到了意外错误，刚才的操作没有完成。已保存的数据不受影响。\n"
                        "请点击“复制”，把下面的详细信息连同日志文件发给维护人员。")
        self.message = QLabel(intro)
        self.message.setWordWrap(True)
        self.details = QPlainTextEdit(details)
        self.details.setReadOnly(True)
        self.details.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        self.log_label = QLabel(self.tr("日志文件：{0}").replace("{0}", path or self.tr("（无）")))
        self.log_label.setWordWrap(True)
        # Selectable so the path can be copied into Explorer's address bar.
        self.log_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("关闭"))
        self.copy_button = QPushButton(self.tr("复制"))
        buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.copy_button.clicked.connect(self.copy_details)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.message)
        layout.addWidget(self.details, 1)
        layout.addWidget(self.log_label)
        layout.addWidget(buttons)

    def copy_details(self) -> None:
        text = self.details.toPlainText()
        path = log_file_path()
        if path:
            text += "\n" + self.tr("日志文件：{0}").replace("{0}", path)
        QGuiApplication.clipboard().setText(text)
        self.copy_button.setText(self.tr("已复制"))


def show_error(parent: QWidget | None, exc: BaseException) -> None:
    """KnownError → a warning with its message; anything else → logged and the crash dialog."""
    if isinstance(exc, KnownError):
        log.info("known error shown to user: %s", exc.message)
        QMessageBox.warning(parent, QApplication.translate("crash", "无法完成"), exc.message)
        return
    log.error("unexpected error", exc_info=(type(exc), exc, exc.__traceback__))
    CrashDialog(format_exception(exc), parent).exec()


_in_hook = False


def _excepthook(exc_type: type[BaseException], exc: BaseException,
                tb: TracebackType | None) -> None:
    global _in_hook
    if issubclass(exc_type, KeyboardInterrupt) or QApplication.instance() is None or _in_hook:
        sys.__excepthook__(exc_type, exc, tb)
        return
    _in_hook = True  # an error while showing the dialog must not recurse forever
    try:
        if exc.__traceback__ is None and tb is not None:
            exc = exc.with_traceback(tb)
        show_error(QApplication.activeWindow(), exc)
    except Exception:
        sys.__excepthook__(exc_type, exc, tb)
    finally:
        _in_hook = False


def install_excepthook() -> None:
    """Errors escaping a slot or event handler are logged and shown, never swallowed."""
    log_file_path()
    sys.excepthook = _excepthook
