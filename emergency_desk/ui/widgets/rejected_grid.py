"""The import wizard's fix-in-place grid (issue 13 point 5): rejected rows, editable, next to
their messages.

Each row is a refused sheet row with the sheet's own columns; the cells an error names are
tinted and carry the reason as a tooltip; the first column says what is wrong. What the clerk
types becomes an override (io/rejected.py) that the next check and the import lay over the
file. Typing and Enter move on to the next wrong cell, so a handful of fixes need no mouse.
"""

from __future__ import annotations

from datetime import datetime, time
from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from emergency_desk.i18n import counted, t
from emergency_desk.io.importer import ImportResult
from emergency_desk.io.rejected import Overrides, RejectedRow, write_rejected
from emergency_desk.ui import workers
from emergency_desk.ui.widgets import register_page
from emergency_desk.ui.widgets.table_model import display_text

_BAD = QBrush(QColor("#fde0e0"))
_FIXED = QBrush(QColor("#e3f4e3"))
_NOTE = QBrush(QColor("#f7f7f7"))
_KEY = Qt.ItemDataRole.UserRole  # (sheet, row, cell index) on editable items


class RejectedGrid(QTableWidget):
    """`load(rows, headers)`; `overrides` holds every correction typed so far."""

    edited = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("rejected_grid")
        self.overrides: Overrides = {}
        self._bad: list[tuple[int, int]] = []  # (grid row, grid column) of wrong cells
        self._loading = False
        self.setEditTriggers(QAbstractItemView.EditTrigger.AnyKeyPressed
                             | QAbstractItemView.EditTrigger.DoubleClicked
                             | QAbstractItemView.EditTrigger.EditKeyPressed)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setWordWrap(False)
        self.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.verticalHeader().setDefaultSectionSize(26)
        self.itemChanged.connect(self._changed)

    def load(self, rows: list[RejectedRow], headers: dict[str, list[str]],
             several_sheets: bool = False) -> None:
        self._loading = True
        self.clear()
        self._bad = []
        width = max([0, *(len(headers.get(r.sheet, [])) for r in rows),
                     *(len(r.cells) for r in rows)])
        first = headers.get(rows[0].sheet, []) if rows else []
        names = [(first[i] if i < len(first) and first[i] else _letter(i)) for i in range(width)]
        self.setColumnCount(width + 1)
        self.setRowCount(len(rows))
        self.setHorizontalHeaderLabels([self.tr("错误说明"), *names])
        self.setVerticalHeaderLabels([f"{r.sheet} {r.row}" if several_sheets else str(r.row)
                                      for r in rows])
        for i, r in enumerate(rows):
            note = QTableWidgetItem(r.explanation())
            note.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
            note.setBackground(_NOTE)
            note.setToolTip(r.explanation())
            self.setItem(i, 0, note)
            bad = r.bad_cells(headers.get(r.sheet, []))
            reasons = {e.column: e.reason for e in r.errors}
            sheet_head = headers.get(r.sheet, [])
            fixes = self.overrides.get((r.sheet, r.row), {})
            for j in range(width):
                value = r.cells[j] if j < len(r.cells) else None
                item = QTableWidgetItem(_cell_text(value))
                item.setData(_KEY, (r.sheet, r.row, j))
                if j in bad:
                    item.setBackground(_BAD)
                    head = sheet_head[j] if j < len(sheet_head) else ""
                    item.setToolTip(reasons.get(head, ""))
                    self._bad.append((i, j + 1))
                elif j in fixes:
                    item.setBackground(_FIXED)
                self.setItem(i, j + 1, item)
        self.setColumnWidth(0, 260)
        for j in range(1, width + 1):
            self.resizeColumnToContents(j)
            self.setColumnWidth(j, max(56, min(self.columnWidth(j), 160)))
        self._loading = False
        if self._bad:
            self.setCurrentCell(*self._bad[0])
            # Once laid out, from the left: the message and the row's first cells in view,
            # scrolling right only as far as the wrong cell needs.
            QTimer.singleShot(0, self._home)

    def _home(self) -> None:
        self.horizontalScrollBar().setValue(0)
        item = self.currentItem()
        if item is not None:
            self.scrollToItem(item, QAbstractItemView.ScrollHint.EnsureVisible)

    def _changed(self, item: QTableWidgetItem) -> None:
        if self._loading:
            return
        key: Any = item.data(_KEY)
        if key is None:
            return
        sheet, row, index = key
        self.overrides.setdefault((sheet, row), {})[index] = item.text().strip()
        # The rest once the editor has closed: touching the view inside its commit (tint,
        # the wizard's buttons, the current cell) makes Qt commit a stale editor.
        QTimer.singleShot(0, lambda: self._after_edit(self.row(item), self.column(item)))

    def _after_edit(self, row: int, column: int) -> None:
        item = self.item(row, column)
        if item is not None:
            self._loading = True
            item.setBackground(_FIXED)
            self._loading = False
        self.edited.emit()
        self._next_bad(row, column)

    def _next_bad(self, row: int, column: int) -> None:
        """Move to the next wrong cell after the one just corrected (Enter goes on)."""
        later = [p for p in self._bad if p > (row, column)]
        if later:
            self.setCurrentCell(*later[0])

    def wrong_cells(self) -> int:
        return len(self._bad)

    def bad_positions(self) -> list[tuple[int, int]]:
        return list(self._bad)


class FixPanel(QWidget):
    """The check page's lower part: the complete-roster box, who leaves, the grid of rejected
    rows with 重新检查 / 保存被拒绝的行, and the plain list of every message."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.replace = QCheckBox(self.tr(
            "本表为在岗人员全部名单（表中没有的人员按今天办理离任/离队，保留历史记录）"))
        self.replace.setObjectName("replace")
        self.leavers = QLabel()
        self.leavers.setObjectName("leavers")
        self.leavers.setWordWrap(True)
        self.leavers.setVisible(False)
        self.leavers_shown: list[str] = []
        self.grid = RejectedGrid()
        # The current row's message stays in sight however far the grid scrolls sideways.
        self.current = QLabel()
        self.current.setObjectName("current_message")
        self.current.setWordWrap(True)
        self.current.setStyleSheet("color: #b00020;")
        self.grid.currentCellChanged.connect(self._show_current)
        self.recheck = QPushButton(self.tr("重新检查"))
        self.recheck.setObjectName("recheck")
        self.save = QPushButton(self.tr("保存被拒绝的行…"))
        self.save.setObjectName("save_rejected")
        self.save.setToolTip(self.tr("另存为 Excel：原表头，另加“错误说明”列；改好后可直接再导入"))
        fix = QWidget()
        buttons = QHBoxLayout()
        buttons.addWidget(self.recheck)
        buttons.addWidget(self.save)
        buttons.addStretch(1)
        fix_lay = QVBoxLayout(fix)
        fix_lay.setContentsMargins(0, 0, 0, 0)
        fix_lay.addWidget(self.current)
        fix_lay.addWidget(self.grid, 1)
        fix_lay.addLayout(buttons)
        self.tabs = QTabWidget()
        self.tabs.addTab(fix, self.tr("改正被拒绝的行"))
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(self.replace)
        lay.addWidget(self.leavers)
        lay.addWidget(self.tabs, 1)
        self._set_rows_visible(False)

    def _show_current(self, row: int, *_: int) -> None:
        note = self.grid.item(row, 0) if row >= 0 else None
        header = self.grid.verticalHeaderItem(row) if row >= 0 else None
        self.current.setText(self.tr("第 {0} 行：").replace("{0}", header.text()) + note.text()
                             if note is not None and header is not None else "")

    def add_details(self, details: QPlainTextEdit) -> None:
        self.tabs.addTab(details, self.tr("全部说明（可复制）"))

    def _set_rows_visible(self, on: bool) -> None:
        self.tabs.setTabVisible(0, on)
        self.tabs.setVisible(on or self.tabs.count() > 1)

    def show_result(self, result: ImportResult, several: bool) -> None:
        self.leavers_shown = result.leaver_lines()
        if self.leavers_shown:
            shown = self.leavers_shown[:12]
            more = len(self.leavers_shown) - len(shown)
            text = counted(self.tr("以下 {0} 人不在本表中，导入后将办理离任/离队（记录保留）："),
                           len(self.leavers_shown)) + "\n" + "；".join(shown)
            if more:
                text += self.tr(" …等（完整名单见“全部说明”）")
            self.leavers.setText(text)
        self.leavers.setVisible(bool(self.leavers_shown))
        self.grid.load(result.rejected, result.headers, several)
        has_rows = bool(result.rejected)
        self._set_rows_visible(has_rows)
        self.save.setEnabled(has_rows)
        if has_rows:
            self.tabs.setCurrentIndex(0)
            self.grid.setFocus()


    def save_rejected(self, result: ImportResult, stem: str) -> None:
        """保存被拒绝的行: original header + 错误说明, to fix elsewhere and import again."""
        if not result.rejected:
            return
        path = register_page.ask_save_path(self, self.tr("保存被拒绝的行"),
                                           t("{name}_被拒绝的行.xlsx", name=stem))
        if path is None:
            return
        out = path.with_suffix(".xlsx")
        rows, headers = result.rejected, result.headers
        workers.run_task(self, self.tr("正在保存…"),
                         lambda _p: write_rejected(out, headers, rows),
                         lambda n: register_page.inform(self, self.tr("已保存"), t(
                             "被拒绝的 {n} 行（含“错误说明”列）已保存到 {path}，"
                             "改好后可直接再导入。", n=n, path=out)))


def _cell_text(value: Any) -> str:
    """A cell as the clerk typed it: a date without the 00:00 Excel adds."""
    if isinstance(value, datetime) and value.time() == time(0, 0):
        return value.date().isoformat()
    return display_text(value)


def _letter(i: int) -> str:
    """A blank header cell is shown as its Excel column letter."""
    out = ""
    i += 1
    while i:
        i, rem = divmod(i - 1, 26)
        out = chr(65 + rem) + out
    return out


__all__ = ["FixPanel", "RejectedGrid"]
