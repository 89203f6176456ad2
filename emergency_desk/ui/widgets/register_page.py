"""The frame every register page shares: toolbar, instant search, filters, a lazy table.

A page subclasses `RegisterPage`, adds its actions and filter widgets, sets a LazyTableModel,
and implements `build_query()` (search text + filters → the service's query) and `edit_row()`.
Dialog helpers (file choosers, confirmations, opening a PDF) are module functions so tests can
replace them with monkeypatch instead of clicking through native dialogs.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import QItemSelectionModel, QStandardPaths, Qt, QTimer, QUrl, Signal
from PySide6.QtGui import QAction, QDesktopServices, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableView,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from emergency_desk import i18n
from emergency_desk.data.db import Database
from emergency_desk.errors import KnownError
from emergency_desk.i18n import counted, t
from emergency_desk.ui import crash, workers
from emergency_desk.ui.widgets.combo_fit import fit_to_content
from emergency_desk.ui.widgets.flow_layout import FlowLayout
from emergency_desk.ui.widgets.table_model import LazyTableModel

SEARCH_DELAY_MS = 150  # long enough to skip keystrokes of a fast typist, short enough to feel live
XLSX_FILTER = "Excel 工作簿 (*.xlsx)"


# -- replaceable dialog helpers (tests monkeypatch these) -------------------------------------
def open_file(path: Path) -> bool:
    """Open a file (a PDF) with the system's viewer."""
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))


def documents_dir() -> Path:
    base = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    folder = Path(base or Path.home()) / "EmergencyDesk"
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def print_pdf(parent: QWidget, name: str, build: Callable[[Path], Any]) -> workers.Task:
    """Write a PDF named `name` and a time stamp into the documents folder off the GUI thread
    (`build(out)` writes it), then open it."""
    stamp = datetime.now().strftime("%Y%m%d_%H%M%S")
    out = documents_dir() / f"{name}_{stamp}.pdf"
    return workers.run_task(parent, t("正在生成报表…"), lambda _p: build(out),
                            lambda path: open_file(path))


def filtered(query: Any, parts: list[str], build: Callable[..., Any]) -> Callable[..., Any]:
    """`build` run with the page's query and the names of its filters (`parts`, e.g.
    "岗位：A岗"), so that the report prints the rows the page shows and says which in its
    统计范围 (issue 17). Run in the worker thread: the context is entered there."""
    from emergency_desk import i18n
    from emergency_desk.reports.scope import PageView, page_view

    view = PageView(query, ("; " if i18n.language() == "en" else "；").join(parts))

    def run(*args: Any) -> Any:
        with page_view(view):
            return build(*args)

    return run


def combo_filter(label: str, combo: QComboBox) -> list[str]:
    """ "岗位：A岗" when the combo box filters (its current item has data), else nothing."""
    if combo.currentData() in (None, ""):
        return []
    return [t("{label}：{value}", label=label, value=combo.currentText())]


def ask_save_path(parent: QWidget | None, title: str, default_name: str,
                  file_filter: str = XLSX_FILTER) -> Path | None:
    path, _ = QFileDialog.getSaveFileName(parent, title, str(documents_dir() / default_name),
                                          file_filter)
    return Path(path) if path else None


def ask_open_path(parent: QWidget | None, title: str, file_filter: str) -> Path | None:
    path, _ = QFileDialog.getOpenFileName(parent, title, str(documents_dir()), file_filter)
    return Path(path) if path else None


def confirm(parent: QWidget | None, title: str, text: str) -> bool:
    box = QMessageBox(QMessageBox.Icon.Question, title, text,
                      QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, parent)
    box.button(QMessageBox.StandardButton.Yes).setText(box.tr("确定"))
    box.button(QMessageBox.StandardButton.No).setText(box.tr("取消"))
    box.setDefaultButton(QMessageBox.StandardButton.No)
    return box.exec() == QMessageBox.StandardButton.Yes


def choose(parent: QWidget | None, title: str, label: str, items: list[str]) -> str | None:
    """One item from a list (None if cancelled)."""
    text, ok = QInputDialog.getItem(parent, title, label, items, 0, False)
    return text if ok and text in items else None


def inform(parent: QWidget | None, title: str, text: str) -> None:
    QMessageBox.information(parent, title, text)


def fit_columns(view: QTableView, model: LazyTableModel[Any, Any]) -> None:
    """Starting widths: each column's own (sized for Chinese), never narrower than its header.
    English words are longer than the Chinese the widths were chosen for ("Single post" in
    单岗's 50 pixels read "Singl…"): in English a column also widens to its first rows'
    values, up to twice its width."""
    header = view.horizontalHeader()
    english = i18n.language() == "en"
    for i, col in enumerate(model.columns):
        width = max(col.width or 0, header.sectionSizeHint(i))
        if english and col.width:
            width = max(width, min(view.sizeHintForColumn(i), 2 * col.width))
        view.setColumnWidth(i, width)


class RegisterPage(QWidget):
    """Toolbar + search + filters + table (+ an optional side panel such as a tree)."""

    changed = Signal()  # after the user changed records (the dashboard re-counts)
    empty_hint = ""  # a page's own "no records yet: do this" (see empty_text)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model: LazyTableModel[Any, Any] | None = None
        self._selection_actions: list[QAction] = []
        self.toolbar = QToolBar()
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self._build_search_bar()
        self._build_table_view()
        self._build_status_area()
        find = QShortcut(QKeySequence.StandardKey.Find, self, self.focus_search)
        find.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        refresh = QShortcut(QKeySequence(Qt.Key.Key_F5), self, self.refresh)
        refresh.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        right = QWidget()
        rl = QVBoxLayout(right)
        rl.setContentsMargins(0, 0, 0, 0)
        rl.addWidget(self.filter_box)
        rl.addWidget(self.table, 1)
        rl.addWidget(self.status)
        rl.addWidget(self.empty_box)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(right)
        self.splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 4, 6, 4)
        layout.addWidget(self.toolbar)
        layout.addWidget(self.splitter, 1)

    def _build_search_bar(self) -> None:
        """The search box (debounced) in a flow layout the pages add their filters to."""
        self.search = QLineEdit()
        self.search.setObjectName("search")
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(self.tr("搜索：名称、代码、拼音或首字母（Ctrl+F）"))
        # Narrow enough that the search, the filters and the table fit a 1366×768 screen at
        # 150 % scaling (about 760 logical pixels beside the navigation).
        self.search.setMinimumWidth(120)
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(SEARCH_DELAY_MS)
        self._debounce.timeout.connect(self.apply_filters)
        self.search.textChanged.connect(lambda _t: self._debounce.start())
        # The search and the filters wrap onto a second line when the window is narrow
        # (English at 150 % scaling) instead of widening the page past the screen.
        self.filter_box = QWidget()
        self.filter_bar = FlowLayout(self.filter_box)
        self.filter_bar.addWidget(self.search)

    def _build_table_view(self) -> None:
        self.table = QTableView()
        self.table.setObjectName("table")
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setAlternatingRowColors(False)  # row tints carry meaning; stripes blur them
        self.table.setWordWrap(False)
        self.table.verticalHeader().setDefaultSectionSize(28)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setHighlightSections(False)
        self.table.doubleClicked.connect(lambda _i: self.edit_current())
        enter = QShortcut(QKeySequence(Qt.Key.Key_Return), self.table, self.edit_current)
        enter.setContext(Qt.ShortcutContext.WidgetShortcut)
        enter2 = QShortcut(QKeySequence(Qt.Key.Key_Enter), self.table, self.edit_current)
        enter2.setContext(Qt.ShortcutContext.WidgetShortcut)

    def _build_status_area(self) -> None:
        """The count (or an empty register's hint) under the table, and the empty state's
        buttons."""
        self.status = QLabel()
        self.status.setObjectName("status")
        self.status.setWordWrap(True)  # an empty page's hint is a sentence, not a count
        # An empty register shows, under its hint, the buttons that put the first records in
        # (新增, 导入, and a page's own such as 从区划代码建立): a clerk need not find them in
        # the toolbar.
        self.empty_box = QWidget()
        self.empty_box.setObjectName("empty_actions")
        self._empty_row = QHBoxLayout(self.empty_box)
        self._empty_row.setContentsMargins(0, 0, 0, 0)
        self._empty_row.addStretch(1)
        self.empty_box.hide()

    # -- building ------------------------------------------------------------------------
    def add_action(self, text: str, slot: Callable[[], Any], shortcut: Any = None, *,
                   needs_selection: bool = False, tip: str = "",
                   empty_state: bool | None = None) -> QAction:
        """A toolbar action. `empty_state`: also offered as a button while the register is
        empty; by default the page's 新增 (the New shortcut) and 导入 (its import_file)."""
        action = QAction(text, self)
        action.triggered.connect(lambda _checked=False: slot())
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
            # Only while this page is showing: other pages use the same keys.
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            self.addAction(action)
            keys = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
            tip = f"{tip or text}（{keys}）"
        action.setToolTip(tip or text)
        self.toolbar.addAction(action)
        if needs_selection:
            action.setEnabled(False)
            self._selection_actions.append(action)
        if empty_state is None:
            empty_state = (shortcut == QKeySequence.StandardKey.New
                           or slot == getattr(self, "import_file", None))
        if empty_state and not needs_selection:
            self.add_empty_button(text, action.trigger, tip or text)
        return action

    def add_empty_button(self, text: str, slot: Callable[[], Any], tip: str = "") -> QPushButton:
        """A button shown under the hint while the register is empty."""
        button = QPushButton(text)
        button.setToolTip(tip or text)
        button.clicked.connect(lambda _checked=False: slot())
        self._empty_row.insertWidget(self._empty_row.count() - 1, button)
        return button

    def add_filter(self, widget: QWidget, label: str | None = None) -> None:
        if isinstance(widget, QComboBox):
            # As wide as its choices, but a long warehouse name does not push the page wider
            # than the screen; the open list still shows all.
            fit_to_content(widget)
        if label:
            # A label and its filter wrap together.
            pair = QWidget()
            row = QHBoxLayout(pair)
            row.setContentsMargins(0, 0, 0, 0)
            lab = QLabel(label)
            lab.setBuddy(widget)
            row.addWidget(lab)
            row.addWidget(widget)
            self.filter_bar.addWidget(pair)
            return
        self.filter_bar.addWidget(widget)

    def set_side_panel(self, widget: QWidget, width: int = 260) -> None:
        self.splitter.insertWidget(0, widget)
        self.splitter.setStretchFactor(0, 0)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([width, 1000])

    def set_model(self, model: LazyTableModel[Any, Any]) -> None:
        self.model = model
        self.table.setModel(model)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        # Show the query's order as the header's indicator before enabling clicks on it.
        sc = model.sort_column()
        desc = bool(getattr(model.query, "descending", False))
        header.setSortIndicator(sc, Qt.SortOrder.DescendingOrder if desc
                                else Qt.SortOrder.AscendingOrder)
        self.table.setSortingEnabled(True)
        fit_columns(self.table, model)  # after sorting is on: a header makes room for its arrow
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_state())
        model.modelReset.connect(self._update_state)
        model.rowsInserted.connect(lambda *_: self._update_state())
        model.loading.connect(lambda _on: self._update_state())
        model.counted.connect(self._update_state)
        self._update_state()

    # -- behaviour -----------------------------------------------------------------------
    def build_query(self) -> Any:
        raise NotImplementedError

    def edit_row(self, row: Any) -> None:
        """Open the record's form (subclasses)."""

    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    def apply_filters(self) -> None:
        """Search text or a filter changed: query again from the first page."""
        self._debounce.stop()
        if self.model is not None:
            self.model.set_query(self.build_query())

    def refresh(self) -> None:
        if self.model is not None:
            self.model.refresh()

    def notify_changed(self) -> None:
        self.refresh()
        self.changed.emit()

    def selected_rows(self) -> list[Any]:
        if self.model is None or self.table.selectionModel() is None:
            return []
        rows = sorted({i.row() for i in self.table.selectionModel().selectedRows()})
        return [r for r in (self.model.row_at(i) for i in rows) if r is not None]

    def current_row(self) -> Any:
        if self.model is None:
            return None
        sel = self.selected_rows()
        if len(sel) == 1:
            return sel[0]
        idx = self.table.currentIndex()
        return self.model.row_at(idx) if idx.isValid() and sel else None

    def delete_selected_rows(self, title: str, describe: Callable[[list[Any]], str],
                             delete: Callable[[Any], None]) -> None:
        """Ask once, then soft-delete each selected row through `delete(row)`. Rows a service
        refuses (still referenced) are listed together; the others stay deleted."""
        rows = self.selected_rows()
        if not rows or not confirm(self, title, self.tr(
                "确定删除{0}吗？\n删除后可在“回收站”中恢复。").replace("{0}", describe(rows))):
            return
        refused: list[str] = []
        for r in rows:
            try:
                delete(r)
            except KnownError as exc:
                refused.append(exc.message)
        if len(refused) < len(rows):
            self.notify_changed()
        if refused:
            crash.show_error(self, KnownError("\n".join(refused)))

    def edit_current(self) -> None:
        row = self.current_row()
        if row is not None:
            self.edit_row(row)

    def select_key(self, key: Any) -> bool:
        """Select and scroll to the row with this key (loading pages as needed)."""
        if self.model is None:
            return False
        i = self.model.find_row(key)
        if i is None:
            return False
        index = self.model.index(i, 0)
        flags = (QItemSelectionModel.SelectionFlag.ClearAndSelect
                 | QItemSelectionModel.SelectionFlag.Rows)
        self.table.selectionModel().setCurrentIndex(index, flags)
        self.table.scrollTo(index, QAbstractItemView.ScrollHint.PositionAtCenter)
        return True

    def _update_state(self) -> None:
        n = len(self.selected_rows())
        for a in self._selection_actions:
            a.setEnabled(n > 0)
        if self.model is not None and self.model.is_loading():  # read on a worker
            self.empty_box.hide()
            self.status.setText(self.tr("正在加载…"))
            self.status.setStyleSheet("")
        elif self.model is not None and self.model.is_counting():  # rows shown, count to come
            self.empty_box.hide()
            self.status.setText(self.tr("正在统计条数…") + self._selected_text(n))
            self.status.setStyleSheet("")
        elif self.model is not None:
            total = self.model.total_count()
            text = counted(self.tr("共 {0} 条"), total) + self._selected_text(n)
            if total == 0:  # an empty page says what to do next
                text = self.empty_text()
            self.empty_box.setVisible(total == 0 and not self.search.text().strip()
                                      and self._empty_row.count() > 1)
            self.status.setText(text)
            self.status.setStyleSheet("color: #A04000;" if total == 0 else "")

    def _selected_text(self, n: int) -> str:
        return self.tr("，已选 {0} 条").replace("{0}", str(n)) if n else ""

    def empty_text(self) -> str:
        """What an empty table tells the user: a search that finds nothing, or (pages set
        `empty_hint`) how to put the first records in."""
        if self.search.text().strip():
            return self.tr("没有找到符合条件的记录：请换一个搜索词，或清空搜索框和筛选条件。")
        return self.empty_hint or self.tr(
            "还没有记录：用下面的按钮（工具栏中也有）逐条新增，或从 Excel 台账导入。")


def print_roster(parent: QWidget, db: Database, report: str, title: str) -> workers.Task:
    """Report `report` for the whole database as PDF in the documents folder, opened at once."""
    from emergency_desk.reports.registry import generate_report

    stamp = datetime.now().strftime("%Y%m%d_%H%M%S")
    out = documents_dir() / t("{title}花名册_{s}.pdf", title=title, s=stamp)
    return workers.run_task(parent, t("正在生成报表…"),
                            lambda _p: generate_report(db, report, out),
                            lambda path: open_file(path))
