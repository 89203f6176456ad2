"""The import wizard's two steps that run io.importer.import_file: the check and the commit.

The check (CheckPage) is a dry run: every problem as `第 n 行 [列名]: reason`, the rejected rows
in an editable grid (ui/widgets/rejected_grid.py) whose corrections every later run lays over
the file, and the leavers of a complete roster listed before anything is written. The commit
(CommitPage) runs the same import for real, all rows or none. The wizard itself
(import_wizard.py) owns the file, preview and mapping steps and the state both steps read.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, Protocol

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWizard,
    QWizardPage,
)

from emergency_desk.data.db import Database
from emergency_desk.errors import KnownError
from emergency_desk.i18n import t
from emergency_desk.io.importer import ImportResult, Preview, import_file
from emergency_desk.io.replace import can_replace
from emergency_desk.ui import workers
from emergency_desk.ui.widgets import register_page
from emergency_desk.ui.widgets.rejected_grid import FixPanel

# Registers whose import is followed by printing their roster (the report of the same name).
ROSTER_REPORTS = {"officers": "officers", "members": "members"}
ERROR_STYLE = "color: #b00020;"
OK_STYLE = "color: #1b5e20;"


def wrapped_label(text: str = "", style: str = "") -> QLabel:
    lab = QLabel(text)
    lab.setWordWrap(True)
    if style:
        lab.setStyleSheet(style)
    return lab


class ImportRun(Protocol):
    """What the run pages read from the wizard (import_wizard.ImportWizard), named here so this
    module need not import the wizard that imports it."""

    db: Database
    register: str
    title: str
    path: Path | None
    preview: Preview | None
    mapping: dict[str, str | None] | None
    constants: dict[str, str]
    replace: bool
    committed: bool
    check_page: CheckPage

    def next(self) -> None: ...


class _RunPage(QWizardPage):
    """Runs import_file on a worker when shown; `result` holds the outcome."""

    dry_run = True

    def __init__(self, wizard: ImportRun) -> None:
        super().__init__()
        self.wiz = wizard
        self.result: ImportResult | None = None
        self.failed: BaseException | None = None
        self.task: workers.Task | None = None
        self.summary = wrapped_label()
        self.summary.setObjectName("summary")
        self.details = QPlainTextEdit()
        self.details.setObjectName("details")
        self.details.setReadOnly(True)
        self.details.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        self.lay = QVBoxLayout(self)
        self.lay.addWidget(self.summary)

    def initializePage(self) -> None:
        self.run()

    def run(self) -> None:
        self.result, self.failed = None, None
        self.summary.setStyleSheet("")
        self.summary.setText(self.tr("正在读取并检查……"))
        self.details.clear()
        wiz = self.wiz
        assert wiz.path is not None and wiz.preview is not None
        path, sheet, mapping, replace = wiz.path, wiz.preview.sheet, wiz.mapping, wiz.replace
        constants = wiz.constants
        # A copy: the clerk may go on typing in the grid while the worker reads.
        overrides = {k: dict(v) for k, v in wiz.check_page.grid.overrides.items()}
        self.task = workers.run_task(
            self, self.tr("正在检查…") if self.dry_run else self.tr("正在导入…"),
            lambda progress: import_file(wiz.db, wiz.register, path, dry_run=self.dry_run,
                                         progress=progress, mapping=mapping, sheet=sheet,
                                         overrides=overrides, replace=replace,
                                         constants=constants),
            self._done, self._failed)
        self.completeChanged.emit()

    def _done(self, result: ImportResult) -> None:
        self.result = result
        lines = result.leaver_lines() + result.error_lines()
        if result.region_matches:  # shown before writing, so a wrong guess can be caught
            lines += [t("按简称或去掉村委会、居委会、人民政府后对应的区划："),
                      *(f"  {m}" for m in result.region_matches)]
        self.details.setPlainText("\n".join(lines))
        self.summary.setStyleSheet(OK_STYLE if result.ok else ERROR_STYLE)
        self.summary.setText(self.describe(result))
        self.completeChanged.emit()

    def _failed(self, exc: BaseException) -> None:
        self.failed = exc
        self.summary.setStyleSheet(ERROR_STYLE)
        msg = exc.message if isinstance(exc, KnownError) else self.tr("检查时程序出错。")
        self.summary.setText(msg + "\n" + self.tr("数据库未改动。"))
        self.completeChanged.emit()

    def describe(self, result: ImportResult) -> str:
        return result.summary()


class CheckPage(_RunPage):
    """The dry run; rejected rows in an editable grid (fix in place), the leavers of a
    complete roster (--replace) listed before anything is written."""

    def __init__(self, wizard: ImportRun) -> None:
        super().__init__(wizard)
        self.setTitle(self.tr("第 4 步：检查"))
        self.setSubTitle(self.tr("逐行检查，不写入数据库。有错误的行列在下表中，可直接改正后"
                                 "“重新检查”或“检查并导入”；也可保存被拒绝的行，改好后再导入。"))
        self.setCommitPage(True)  # after 导入 there is no going back
        self.setButtonText(QWizard.WizardButton.CommitButton, self.tr("导入"))
        self.checked: dict[tuple[str, int], dict[int, Any]] = {}  # overrides of the last check
        self.go_on = False  # 检查并导入: import as soon as the re-check passes
        self.fix = FixPanel(self)
        self.grid = self.fix.grid
        self.replace = self.fix.replace
        self.replace.setVisible(can_replace(wizard.register))
        self.replace.toggled.connect(self._replace_toggled)
        self.grid.edited.connect(self._edited)
        self.fix.recheck.clicked.connect(self.run)
        self.fix.save.clicked.connect(self._save_rejected)
        self.fix.add_details(self.details)
        self.lay.addWidget(self.fix, 1)

    def run(self) -> None:
        self.checked = {k: dict(v) for k, v in self.grid.overrides.items()}
        super().run()

    def _replace_toggled(self, on: bool) -> None:
        self.wiz.replace = on
        self.run()

    def pending(self) -> bool:
        """Corrections typed since the last check."""
        return self.grid.overrides != self.checked

    def _edited(self) -> None:
        self.setButtonText(QWizard.WizardButton.CommitButton, self.tr("检查并导入"))
        self.completeChanged.emit()

    def _done(self, result: ImportResult) -> None:
        previous = self.fix.leavers_shown
        super()._done(result)
        self.setButtonText(QWizard.WizardButton.CommitButton, self.tr("导入"))
        self.fix.show_result(result, several=len(result.sheets) > 1)
        go_on, self.go_on = self.go_on, False
        # Import straight on only when the re-check passed and shows the same leavers the
        # clerk already saw; otherwise stop here so the new list can be read first.
        if go_on and result.ok and result.leaver_lines() == previous:
            self.wiz.next()

    def _failed(self, exc: BaseException) -> None:
        self.go_on = False
        super()._failed(exc)

    def describe(self, result: ImportResult) -> str:
        if result.ok:
            return result.summary() + "\n" + self.tr("点击“导入”写入数据库。")
        return result.summary() + "\n" + self.tr(
            "请在下表中改正标红的单元格（输入后按回车跳到下一处），然后点“检查并导入”。")

    def _save_rejected(self) -> None:
        if self.result is not None:
            self.fix.save_rejected(self.result, self.wiz.path.stem if self.wiz.path
                                   else self.wiz.title)

    def isComplete(self) -> bool:
        if self.task is not None and not self.task.is_finished:
            return False
        return self.result is not None and (self.result.ok or self.pending())

    def validatePage(self) -> bool:
        if self.result is not None and self.result.ok and not self.pending():
            return True
        self.go_on = True  # re-check first; _done goes on when every row passes
        self.run()
        return False


class CommitPage(_RunPage):
    dry_run = False

    def __init__(self, wizard: ImportRun) -> None:
        super().__init__(wizard)
        self.setTitle(self.tr("第 5 步：导入"))
        self.setSubTitle(self.tr("所有行一次写入：要么全部导入，要么一条也不写。"))
        self.setFinalPage(True)
        self.print_button = QPushButton(self.tr("打印花名册"))
        self.print_button.setObjectName("print_roster")
        self.print_button.setVisible(False)
        self.print_button.clicked.connect(self.print_roster)
        self.lay.addWidget(self.print_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.lay.addWidget(self.details, 1)
        self.lay.addStretch(0)

    def _done(self, result: ImportResult) -> None:
        super()._done(result)
        self.wiz.committed = result.ok
        self.print_button.setVisible(result.ok and self.wiz.register in ROSTER_REPORTS)
        self.details.setVisible(bool(self.details.toPlainText()))  # no empty box

    def print_roster(self) -> workers.Task:
        """The roster just imported, as PDF, opened at once (the clerk's next step)."""
        return register_page.print_roster(self, self.wiz.db, ROSTER_REPORTS[self.wiz.register],
                                             self.wiz.title)

    def describe(self, result: ImportResult) -> str:
        if result.ok:
            return t("导入完成：新增 {i} 条、更新 {u} 条、未变 {n} 条。", i=result.inserted,
                     u=result.updated, n=result.unchanged) + result.leaving(will=False)
        return result.summary()

    def isComplete(self) -> bool:
        return self.result is not None or self.failed is not None


