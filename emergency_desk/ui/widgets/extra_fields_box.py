"""A form's 其他信息 section: the record's extra fields (data/extra.py), editable.

Columns of an imported sheet that map to no field (民族, 住址, 保管人 …) are kept with the
record and exported again. Here the clerk sees them, corrects a value, adds a field (name and
value) or removes one; the form saves them with the record (services/extra_fields.py).
"""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtWidgets import (
    QAbstractItemView,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

_ROW_HEIGHT = 26
_MAX_ROWS_SHOWN = 5


class ExtraFieldsBox(QGroupBox):
    def __init__(self, values: Mapping[str, str], parent: QWidget | None = None) -> None:
        super().__init__(self.tr("其他信息"), parent)
        self.setObjectName("form_extra")
        self.table = QTableWidget(0, 2, self)
        self.table.setObjectName("extra_table")
        self.table.setHorizontalHeaderLabels([self.tr("名称"), self.tr("内容")])
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(_ROW_HEIGHT)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.add_button = QPushButton(self.tr("添加栏目"))
        self.add_button.setObjectName("extra_add")
        self.add_button.clicked.connect(self.add_field)
        self.remove_button = QPushButton(self.tr("删除栏目"))
        self.remove_button.setObjectName("extra_remove")
        self.remove_button.clicked.connect(self.remove_selected)
        note = QLabel(self.tr("导入表格中没有对应栏目的列，随记录保存，导出时写回。"))
        note.setStyleSheet("color: #666;")
        note.setWordWrap(True)
        buttons = QHBoxLayout()
        buttons.addWidget(note, 1)
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        lay = QVBoxLayout(self)
        lay.addWidget(self.table)
        lay.addLayout(buttons)
        self.set_values(values)

    def set_values(self, values: Mapping[str, str]) -> None:
        self.table.setRowCount(0)
        for name, text in values.items():
            self._append(name, text)
        self._fit()

    def _append(self, name: str, text: str) -> int:
        row = self.table.rowCount()
        self.table.insertRow(row)
        self.table.setItem(row, 0, QTableWidgetItem(name))
        self.table.setItem(row, 1, QTableWidgetItem(text))
        return row

    def _fit(self) -> None:
        """As tall as its rows (up to a few; then it scrolls), so a short list stays short."""
        rows = min(max(self.table.rowCount(), 1), _MAX_ROWS_SHOWN)
        self.table.setFixedHeight(self.table.horizontalHeader().height() + rows * _ROW_HEIGHT
                                  + 2 * self.table.frameWidth())

    def add_field(self, name: str = "", text: str = "") -> None:
        row = self._append(name, text)
        self._fit()
        self.table.setCurrentCell(row, 0 if not name else 1)
        self.table.editItem(self.table.item(row, 0 if not name else 1))

    def remove_selected(self) -> None:
        row = self.table.currentRow()
        if row >= 0:
            self.table.removeRow(row)
            self._fit()

    def _cells(self) -> list[tuple[str, str]]:
        out = []
        for row in range(self.table.rowCount()):
            name, text = self.table.item(row, 0), self.table.item(row, 1)
            out.append(((name.text() if name else "").strip(),
                        (text.text() if text else "").strip()))
        return out

    def values(self) -> dict[str, str]:
        """{name: text}; a row without a name or without a value keeps nothing."""
        return {name: text for name, text in self._cells() if name and text}

    def problem(self) -> str | None:
        """Why the section cannot be saved as it is (a name given twice), else None."""
        seen: set[str] = set()
        for name, text in self._cells():
            if not name and text:
                return self.tr("其他信息：内容“{0}”没有填写名称").replace("{0}", text[:20])
            if name in seen:
                return self.tr("其他信息：栏目“{0}”出现了两次，请合并或删除一行").replace(
                    "{0}", name)
            if name:
                seen.add(name)
        return None
