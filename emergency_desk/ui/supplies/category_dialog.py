"""物资分类 dialog: the GB/T 38565 category tree, editable by the office (F1)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from emergency_desk.data.db import Database
from emergency_desk.errors import KnownError
from emergency_desk.services.supplies.supplies import SuppliesService
from emergency_desk.ui.supplies.dialogs import tr
from emergency_desk.ui.widgets.form_dialog import FieldSpec, FormDialog


class CategoryDialog(QDialog):
    """物资分类 (F1): the GB/T 38565 top classes and the office's own lower levels, as a tree
    edited here (codes 1 + 2 + 2 + 2 digits; a code's parent is the code minus two digits)."""

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db, self.svc = db, SuppliesService(db)
        self.setWindowTitle(tr("物资分类"))
        self.resize(520, 520)
        self.svc.ensure_categories()
        self.tree = QTreeWidget()
        self.tree.setObjectName("category_tree")
        self.tree.setHeaderLabels([tr("分类编码"), tr("名称")])
        self.add_button = QPushButton(tr("新增下级分类"))
        self.rename_button = QPushButton(tr("改名"))
        self.delete_button = QPushButton(tr("删除"))
        self.import_button = QPushButton(tr("导入分类表…"))
        self.import_button.setToolTip(tr("从 Excel 导入更完整的分类表（分类编码、名称、备注）"))
        self.import_button.clicked.connect(lambda: self.import_table())
        self.add_button.clicked.connect(lambda: self.add_child())
        self.rename_button.clicked.connect(lambda: self.rename())
        self.delete_button.clicked.connect(lambda: self.delete())
        self.message = QLabel()
        self.message.setStyleSheet("color: #b00020;")
        self.message.setWordWrap(True)
        row = QHBoxLayout()
        for b in (self.add_button, self.rename_button, self.delete_button, self.import_button):
            row.addWidget(b)
        row.addStretch(1)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.button(QDialogButtonBox.StandardButton.Close).setText(tr("关闭"))
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(tr("1 位大类（GB/T 38565）+ 2 位中类 + 2 位小类 + 2 位细类；"
                                   "下级分类由本单位按需建立。")))
        layout.addWidget(self.tree, 1)
        layout.addLayout(row)
        layout.addWidget(self.message)
        layout.addWidget(close)
        self.reload()

    def reload(self, select: str | None = None) -> None:
        self.tree.clear()
        items: dict[str, QTreeWidgetItem] = {}
        for cid, code, name, _level in self.svc.categories():
            item = QTreeWidgetItem([code, name])
            item.setData(0, Qt.ItemDataRole.UserRole, cid)
            parent = items.get(code[:-2]) if len(code) > 1 else None
            if parent is not None:
                parent.addChild(item)
            else:
                self.tree.addTopLevelItem(item)
            items[code] = item
            if code == select:
                self.tree.setCurrentItem(item)
        self.tree.expandAll()
        self.tree.resizeColumnToContents(0)

    def import_table(self) -> bool:
        """The generic import wizard on the `categories` register (io/categories.py)."""
        from emergency_desk.ui.widgets.import_wizard import ImportWizard

        wizard = ImportWizard(self.db, "categories", self)
        wizard.exec()
        if wizard.committed:
            self.reload()
        return bool(wizard.committed)

    def current(self) -> tuple[int, str, str] | None:
        item = self.tree.currentItem()
        if item is None:
            return None
        return int(item.data(0, Qt.ItemDataRole.UserRole)), item.text(0), item.text(1)

    def _form(self, title: str, code: str, name: str, category_id: int | None) -> bool:
        fields = [FieldSpec("分类编码", tr("分类编码"), required=True),
                  FieldSpec("名称", tr("名称"), required=True)]

        def save(v: dict[str, Any]) -> int:
            return self.svc.save_category(v["分类编码"], v["名称"], category_id)

        dialog = FormDialog(title, fields, {"分类编码": code, "名称": name}, save, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.reload(dialog.value("分类编码"))
            return True
        return False

    def add_child(self) -> bool:
        cur = self.current()
        if cur is None or len(cur[1]) >= 7:
            self.message.setText(tr("请先选择一个上级分类（细类下不能再分）"))
            return False
        return self._form(tr("新增下级分类"), cur[1], "", None)

    def rename(self) -> bool:
        cur = self.current()
        return cur is not None and self._form(tr("改名"), cur[1], cur[2], cur[0])

    def delete(self) -> bool:
        cur = self.current()
        if cur is None:
            return False
        try:
            self.svc.delete_category(cur[0])
        except KnownError as exc:
            self.message.setText(exc.message)
            return False
        self.reload()
        return True
