"""县级汇总 in the window: 导出上报包, 合并乡镇上报包 (progress, then a summary per township and
register) and the conflicts view (记录冲突: both sides changed a record since the last merge).

The work is services/exchange; here only file choice, the worker thread and the tables.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from emergency_desk.data.db import Database
from emergency_desk.i18n import t
from emergency_desk.services.exchange.conflicts import ConflictRow, ConflictService
from emergency_desk.services.exchange.export import ExportSummary, export_package, package_path
from emergency_desk.services.exchange.merge import MergeSummary, merge_package
from emergency_desk.ui import workers
from emergency_desk.ui.widgets import register_page


def _filter() -> str:
    return t("上报包 (*.edx)")


def _table(parent: QWidget, headers: list[str]) -> QTableWidget:
    table = QTableWidget(0, len(headers), parent)
    table.setHorizontalHeaderLabels(headers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.verticalHeader().setVisible(False)
    table.setWordWrap(True)
    return table


def _fill(table: QTableWidget, rows: list[list[str]], *, counts: bool = False) -> None:
    table.setRowCount(len(rows))
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            item = QTableWidgetItem(text)
            if counts and text.isdigit():
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            table.setItem(r, c, item)
    table.resizeColumnsToContents()


# -- export ---------------------------------------------------------------------------------
def export_exchange(parent: QWidget, db: Database) -> workers.Task | None:
    folder = register_page.documents_dir()
    suggested = package_path(db, folder) if folder.is_dir() else folder / "上报包.edx"
    path = register_page.ask_save_path(parent, t("导出上报包"), suggested.name, _filter())
    if path is None:
        return None
    path = package_path(db, path)

    def done(summary: ExportSummary) -> None:
        register_page.inform(parent, t("上报包已导出"), summary.text() + "\n\n" + t(
            "请把这个文件用 U 盘或县里规定的渠道交给县应急管理局。"
            "包中有完整的身份证号，请妥善保管，送达后删除 U 盘上的副本。"))

    return workers.run_task(parent, t("正在导出上报包…"),
                            lambda progress: export_package(db, path, progress), done)


# -- merge ----------------------------------------------------------------------------------
def merge_exchange(parent: QWidget, db: Database, on_merged: Callable[[], None],
                   paths: list[Path] | None = None) -> workers.Task | None:
    if paths is None:
        names, _ = QFileDialog.getOpenFileNames(parent, t("选择要合并的上报包（可多选）"),
                                                str(register_page.documents_dir()), _filter())
        paths = [Path(n) for n in names]
    if not paths:
        return None
    files = list(paths)

    def work(progress: workers.ProgressFn) -> list[MergeSummary]:
        out: list[MergeSummary] = []
        for i, path in enumerate(files):
            def step(done: int, total: int, i: int = i) -> None:
                progress(i * total + done, len(files) * total)
            out.append(merge_package(db, path, step))
        return out

    def done(summaries: list[MergeSummary]) -> None:
        on_merged()
        MergeSummaryDialog(summaries, lambda: ConflictsDialog(db, parent).exec(), parent).exec()

    # One package refused (another county, damaged) stops the rest: those before it are
    # merged (each in its own transaction), the message names the file.
    return workers.run_task(parent, t("正在合并上报包…"), work, done,
                            on_error=lambda _exc: on_merged())


class MergeSummaryDialog(QDialog):
    """What each package changed, per township and register."""

    def __init__(self, summaries: list[MergeSummary], open_conflicts: Callable[[], object],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(t("合并结果"))
        self.resize(820, 460)
        layout = QVBoxLayout(self)
        conflicts = sum(s.conflicts for s in summaries)
        head = t("已合并 {n} 个上报包：新增 {ins} 条，更新 {upd} 条，冲突 {conf} 条。",
                 n=len(summaries), ins=sum(c.inserted for s in summaries
                                           for c in s.registers.values()),
                 upd=sum(c.updated for s in summaries for c in s.registers.values()),
                 conf=conflicts)
        if conflicts:
            head += t("冲突的记录暂时保留县级的版本，请在“合并冲突”中逐条确认。")
        self.label = QLabel(head, self)
        self.label.setWordWrap(True)
        layout.addWidget(self.label)
        self.table = _table(self, [t("乡镇（来源）"), t("台账"), t("新增"), t("更新"),
                                   t("其中删除"), t("本单位较新"), t("冲突")])
        rows: list[list[str]] = []
        for s in summaries:
            changed = [(label, c) for label, c in s.registers.items()
                       if c.changed or c.conflicts or c.kept]
            if not changed:
                rows.append([s.origin_name, t("（没有变化）"), "0", "0", "0", "0", "0"])
            for label, c in changed:
                rows.append([s.origin_name, label, str(c.inserted), str(c.updated),
                             str(c.deleted), str(c.kept), str(c.conflicts)])
        _fill(self.table, rows, counts=True)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        layout.addWidget(self.table)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(t("关闭"))
        self.conflicts_button = QPushButton(t("查看冲突（{n}）…", n=conflicts), self)
        self.conflicts_button.setVisible(conflicts > 0)
        self.conflicts_button.clicked.connect(open_conflicts)
        buttons.addButton(self.conflicts_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)


# -- conflicts ------------------------------------------------------------------------------
class ConflictsDialog(QDialog):
    """记录冲突: a record changed on both sides since the last merge. The county's copy is in
    the registers; the other copy waits here until someone chooses."""

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.service = ConflictService(db)
        self.setWindowTitle(t("合并冲突"))
        self.resize(900, 560)
        layout = QVBoxLayout(self)
        intro = QLabel(t(
            "下面的记录在上次合并之后，县里和乡镇两边都修改过。台账中暂时保留县级的版本；"
            "请核实后选择“保留现有”或“采用另一份”。选择后这条冲突即处理完毕，"
            "结果会随下次上报包发给对方。"), self)
        intro.setWordWrap(True)
        layout.addWidget(intro)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        self.list = _table(splitter, [t("合并时间"), t("来自"), t("类型"), t("记录"),
                                      t("不同之处")])
        self.list.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.details = _table(splitter, [t("字段"), t("现在台账中"), t("另一份")])
        self.details.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.Stretch)
        splitter.addWidget(self.list)
        splitter.addWidget(self.details)
        layout.addWidget(splitter, 1)
        self.empty = QLabel(t("没有待处理的冲突。"), self)
        layout.addWidget(self.empty)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(t("关闭"))
        self.keep_button = QPushButton(t("保留现有"), self)
        self.take_button = QPushButton(t("采用另一份"), self)
        for b in (self.keep_button, self.take_button):
            buttons.addButton(b, QDialogButtonBox.ButtonRole.ActionRole)
        self.keep_button.clicked.connect(lambda: self.resolve(take_other=False))
        self.take_button.clicked.connect(lambda: self.resolve(take_other=True))
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.list.itemSelectionChanged.connect(self._show_current)
        self.reload()

    def reload(self) -> None:
        self.rows = self.service.list()
        _fill(self.list, [[r.created_at.strftime("%Y-%m-%d %H:%M"), r.origin_name, r.register,
                           r.record, "、".join(d.label for d in r.differences)]
                          for r in self.rows])
        self.empty.setVisible(not self.rows)
        if self.rows:
            self.list.selectRow(0)
        self._show_current()

    def current(self) -> ConflictRow | None:
        selected = self.list.selectionModel().selectedRows()
        return self.rows[selected[0].row()] if selected else None

    def _show_current(self) -> None:
        row = self.current()
        self.keep_button.setEnabled(row is not None)
        self.take_button.setEnabled(row is not None)
        if row is None:
            self.details.setRowCount(0)
            return
        self.details.setHorizontalHeaderLabels([t("字段"), row.current_text, row.other_text])
        _fill(self.details, [[d.label, d.current, d.other] for d in row.differences])

    def resolve(self, *, take_other: bool) -> None:
        from emergency_desk.errors import KnownError
        from emergency_desk.ui import crash

        row = self.current()
        if row is None:
            return
        try:
            self.service.resolve(row.id, take_other=take_other)
        except KnownError as exc:
            crash.show_error(self, exc)
        self.reload()
