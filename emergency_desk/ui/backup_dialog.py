"""备份与恢复: the backups kept beside the database, newest first, with a restore button.

The list is data/backup.list_backups; restoring goes through the main window's own restore
(confirmation, validation, safety copy, reopening every page), passed in as `restore`.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from emergency_desk.data import backup
from emergency_desk.i18n import t


def reason_label(reason: str) -> str:
    """Why a backup was taken (the reason part of its file name), for the list."""
    labels = {"daily": t("每日自动"), "manual": t("手动"), "before-restore": t("恢复前"),
              "before-migration": t("升级前"), "damaged": t("损坏的原文件"),
              "before-demo": t("演示数据前")}
    return labels.get(reason, reason)


def size_text(size: int) -> str:
    if size >= 1024 * 1024:
        return t("{n} MB", n=f"{size / 1024 / 1024:.1f}")
    return t("{n} KB", n=max(1, round(size / 1024)))


class BackupDialog(QDialog):
    def __init__(self, db_path: Path, restore: Callable[[Path], bool],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db_path, self._restore = db_path, restore
        self.setWindowTitle(self.tr("备份与恢复"))
        self.resize(640, 400)
        layout = QVBoxLayout(self)
        note = QLabel(self.tr(
            "备份保存在数据库旁边的 backups 文件夹中。选中一份，点“恢复所选备份”；"
            "恢复前当前数据会先另存一份。"))
        note.setWordWrap(True)  # one line was wider than the screen at 150 % in English
        layout.addWidget(note)
        self.table = QTableWidget(0, 3, self)
        self.table.setHorizontalHeaderLabels([self.tr("备份时间"), self.tr("原因"),
                                              self.tr("大小")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        layout.addWidget(self.table)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.restore_button = QPushButton(self.tr("恢复所选备份…"), self)
        buttons.addButton(self.restore_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.restore_button.clicked.connect(self.restore_selected)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.table.itemSelectionChanged.connect(self._update_button)
        self.reload()

    def reload(self) -> None:
        self.backups = backup.list_backups(self.db_path)
        self.table.setRowCount(len(self.backups))
        for row, b in enumerate(self.backups):
            for col, text in enumerate((b.taken_at.strftime("%Y-%m-%d %H:%M:%S"),
                                        reason_label(b.reason), size_text(b.size))):
                item = QTableWidgetItem(text)
                item.setToolTip(str(b.path))
                self.table.setItem(row, col, item)
        self.table.resizeColumnsToContents()
        self._update_button()

    def _update_button(self) -> None:
        self.restore_button.setEnabled(bool(self.table.selectionModel().selectedRows()))

    def selected(self) -> backup.BackupFile | None:
        rows = self.table.selectionModel().selectedRows()
        return self.backups[rows[0].row()] if rows else None

    def restore_selected(self) -> bool:
        chosen = self.selected()
        if chosen is None:
            return False
        done = self._restore(chosen.path)
        self.reload()  # the restore added a safety copy
        return done
