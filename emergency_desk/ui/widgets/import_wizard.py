"""Import wizard for any register: file → preview → column mapping → check → commit.

Only the last step writes, and it writes all rows or none (io.importer's contract). The check
step runs the same import as a dry run, lists every problem as `第 n 行 [列名]: reason` and
shows the rejected rows in an editable grid (ui/rejected_grid.py): corrections typed there are
laid over the file by every later check and by the import, and 导入 ("检查并导入" after an
edit) only writes once every row passes, so what the check promised is what the commit does.
A file chosen with 浏览… whose header is recognised goes straight to the check. The check and
commit steps live in import_run_pages.py; this module holds the first three and the state.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from emergency_desk.data.db import Database
from emergency_desk.errors import KnownError
from emergency_desk.i18n import t
from emergency_desk.io.importer import Preview, preview_file
from emergency_desk.io.registers import get_register
from emergency_desk.ui import crash, workers
from emergency_desk.ui.widgets import register_page
from emergency_desk.ui.widgets.import_run_pages import (
    ERROR_STYLE,
    CheckPage,
    CommitPage,
    wrapped_label,
)
from emergency_desk.ui.widgets.table_model import display_text

EXCEL_FILTER = "Excel 文件 (*.xlsx *.xls)"


class FilePage(QWizardPage):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self.wiz = wizard
        self.recognised = False
        self.setTitle(self.tr("第 1 步：选择文件"))
        self.setSubTitle(self.tr("选择要导入的 Excel 文件（.xlsx 或旧版 .xls）和工作表。"))
        self.path_edit = QLineEdit()
        self.path_edit.setObjectName("path")
        self.path_edit.setPlaceholderText(self.tr("点击“浏览…”选择文件"))
        self.path_edit.editingFinished.connect(self._path_changed)
        self.browse = browse = QPushButton(self.tr("浏览…"))
        browse.setObjectName("browse")
        browse.clicked.connect(self._browse)
        template = QPushButton(self.tr("保存空白模板…"))
        template.clicked.connect(self._save_template)
        self.sheet_combo = QComboBox()
        self.sheet_combo.setObjectName("sheet")
        self.sheet_combo.setMinimumContentsLength(16)
        self.message = wrapped_label(style=ERROR_STYLE)
        row = QHBoxLayout()
        row.addWidget(self.path_edit, 1)
        row.addWidget(browse)
        form = QFormLayout()
        form.addRow(self.tr("文件"), row)
        form.addRow(self.tr("工作表"), self.sheet_combo)
        lay = QVBoxLayout(self)
        lay.addLayout(form)
        lay.addWidget(self.message)
        lay.addStretch(1)
        lay.addWidget(wrapped_label(self.tr("还没有表格？可先保存空白模板，填好后再导入。")))
        lay.addWidget(template, 0, Qt.AlignmentFlag.AlignLeft)

    def _browse(self) -> None:
        path = register_page.ask_open_path(self, self.tr("选择要导入的文件"), EXCEL_FILTER)
        if path is None:
            return
        self.set_path(path)
        # A file whose header is recognised with every required column goes straight to the
        # check (preview and mapping stay one "上一步" away): fewer clicks for the usual case.
        if self.recognised:
            self.wiz.quick = True
            self.wiz.next()

    def nextId(self) -> int:
        return self.wiz.check_id if self.wiz.quick else super().nextId()

    def _save_template(self) -> None:
        from emergency_desk.io.template import write_template

        path = register_page.ask_save_path(
            self, self.tr("保存导入模板"), t("{title}导入模板.xlsx", title=self.wiz.title))
        if path is not None:
            workers.run_task(self, self.tr("正在生成模板…"),
                             lambda _p: write_template(self.wiz.register, path),
                             lambda _r: register_page.inform(self, self.tr("模板已保存"),
                                                             str(path)))

    def set_path(self, path: Path | str) -> None:
        self.path_edit.setText(str(path))
        self._path_changed()

    def _path_changed(self) -> None:
        """Read the sheet names (and the sheet the importer would pick) straight away."""
        self.sheet_combo.clear()
        self.message.clear()
        self.wiz.quick = self.recognised = False
        self.wiz.check_page.grid.overrides.clear()  # corrections belong to the file read
        text = self.path_edit.text().strip()
        if text:
            try:
                preview = preview_file(text, self.wiz.register, max_rows=1)
            except KnownError as exc:
                self.message.setText(exc.message)
            except Exception as exc:  # a bug, not a bad file
                crash.show_error(self, exc)
            else:
                self.sheet_combo.addItems(preview.sheets)
                self.sheet_combo.setCurrentText(preview.sheet)
                self.recognised = preview.header_row is not None and \
                    not preview.missing_required
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        return self.sheet_combo.count() > 0

    def validatePage(self) -> bool:
        try:
            self.wiz.preview = preview_file(self.path_edit.text().strip(), self.wiz.register,
                                            sheet=self.sheet_combo.currentText() or None)
        except KnownError as exc:
            self.message.setText(exc.message)
            return False
        self.wiz.path = Path(self.path_edit.text().strip())
        return True


class PreviewPage(QWizardPage):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self.wiz = wizard
        self.setTitle(self.tr("第 2 步：预览"))
        self.setSubTitle(self.tr("这是文件开头几行的原样内容，请确认选对了文件和工作表。"))
        self.info = wrapped_label()
        self.table = QTableWidget()
        self.table.setObjectName("preview")
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setDefaultSectionSize(24)
        lay = QVBoxLayout(self)
        lay.addWidget(self.info)
        lay.addWidget(self.table, 1)

    def initializePage(self) -> None:
        p = self.wiz.preview
        assert p is not None
        width = max([len(p.headers), *(len(r) for r in p.rows)], default=0)
        self.table.clear()
        self.table.setColumnCount(width)
        self.table.setRowCount(len(p.rows))
        heads = [h or "" for h in p.headers] + [""] * (width - len(p.headers))
        self.table.setHorizontalHeaderLabels(heads)
        self.table.setVerticalHeaderLabels([str(n) for n in p.row_numbers[:len(p.rows)]])
        for i, row in enumerate(p.rows):
            for j, value in enumerate(row):
                self.table.setItem(i, j, QTableWidgetItem(display_text(value)))
        self.table.resizeColumnsToContents()
        for j in range(width):  # long remarks must not push every other column off-screen
            self.table.setColumnWidth(j, min(self.table.columnWidth(j), 220))
        if p.header_row is None:
            self.info.setStyleSheet(ERROR_STYLE)
            required = "、".join(c.name for c in self.wiz.spec.columns if c.required)
            self.info.setText(t("在前 10 行中没有找到表头行。表头应包含这些列：{cols}。"
                                "请检查工作表，或先保存空白模板照着填写。", cols=required))
        else:
            self.info.setStyleSheet("")
            self.info.setText(t("工作表“{sheet}”：表头在第 {row} 行，下面是开头 {n} 行。",
                                sheet=p.sheet, row=p.header_row, n=len(p.rows)))
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        return self.wiz.preview is not None and self.wiz.preview.header_row is not None


class MappingPage(QWizardPage):
    """Each register column ← one of the sheet's headers (auto-filled; * = required)."""

    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self.wiz = wizard
        self.setTitle(self.tr("第 3 步：列对应"))
        self.setSubTitle(self.tr("为每一列选择表格中对应的列。已自动识别的列无需改动；"
                                 "带 * 的列必须有。"))
        self.combos: dict[str, QComboBox] = {}
        # A required column the sheet lacks can be set once for every row (所属区划 of a
        # whole plans file): the same as the CLI's --set.
        self.constants: dict[str, QLineEdit] = {}
        self.form = QFormLayout()
        inner = QWidget()
        inner.setLayout(self.form)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(inner)
        self.message = wrapped_label(style=ERROR_STYLE)
        lay = QVBoxLayout(self)
        lay.addWidget(scroll, 1)
        lay.addWidget(self.message)

    def initializePage(self) -> None:
        p = self.wiz.preview
        assert p is not None
        while self.form.rowCount():
            self.form.removeRow(0)
        self.combos.clear()
        self.constants.clear()
        chosen = {col: raw for raw, col in p.mapping.items() if col}
        headers = [h for h in dict.fromkeys(p.headers) if h]
        for col in self.wiz.spec.columns:
            combo = QComboBox()
            combo.setObjectName(f"map_{col.name}")
            combo.setMinimumWidth(220)
            combo.setMaximumWidth(360)
            combo.addItem(self.tr("（不导入）"), None)
            for h in headers:
                combo.addItem(h, h)
            sample = wrapped_label(style="color: #666;")
            combo.setCurrentIndex(max(combo.findData(chosen.get(col.name)), 0))
            combo.currentIndexChanged.connect(
                lambda _i, c=combo, lab=sample: self._changed(c, lab))
            self._show_sample(combo, sample)
            self.combos[col.name] = combo
            row = QHBoxLayout()
            row.addWidget(combo)
            if col.required:
                fixed = QLineEdit()
                fixed.setObjectName(f"set_{col.name}")
                fixed.setPlaceholderText(self.tr("或统一填写（每行相同）"))
                fixed.setToolTip(self.tr("表格没有这一列时，在此填写的值用于每一行，"
                                         "如整个文件都属于碧阳镇"))
                fixed.setMaximumWidth(220)
                fixed.setVisible(combo.currentData() is None)
                fixed.textChanged.connect(lambda _t: self._changed())
                self.constants[col.name] = fixed
                row.addWidget(fixed)
            row.addWidget(sample, 1)
            star = "<span style='color:#b00020'> *</span>" if col.required else ""
            self.form.addRow(QLabel(col.name + star), row)
        self._changed()

    def _show_sample(self, combo: QComboBox, label: QLabel) -> None:
        """The first value under the chosen header, so a wrong choice is visible at once."""
        p = self.wiz.preview
        raw = combo.currentData()
        text = ""
        if p is not None and raw is not None and raw in p.headers:
            j = p.headers.index(raw)
            values = [v for v in (display_text(r[j]) for r in p.rows[:3] if j < len(r)) if v]
            text = self.tr("例：") + "、".join(values)[:60] if values else ""
        label.setText(text)

    def _changed(self, combo: QComboBox | None = None, label: QLabel | None = None) -> None:
        if combo is not None and label is not None:
            self._show_sample(combo, label)
        problems: list[str] = []
        used: dict[str, str] = {}
        for col in self.wiz.spec.columns:
            raw = self.combos[col.name].currentData()
            fixed = self.constants.get(col.name)
            if fixed is not None:
                fixed.setVisible(raw is None)
            if raw is None:
                if col.required and not (fixed is not None and fixed.text().strip()):
                    problems.append(t("必填列“{c}”还没有对应的列，也没有统一填写", c=col.name))
            elif raw in used:
                problems.append(t("表格的“{h}”同时对应了“{a}”和“{b}”", h=raw, a=used[raw],
                                  b=col.name))
            else:
                used[raw] = col.name
        self.message.setText("\n".join(problems))
        self.completeChanged.emit()

    def mapping(self) -> dict[str, str | None]:
        """Raw sheet header → register column name (None = ignored), for import_file."""
        assert self.wiz.preview is not None
        out: dict[str, str | None] = {h: None for h in self.wiz.preview.headers if h}
        for name, combo in self.combos.items():
            if combo.currentData() is not None:
                out[combo.currentData()] = name
        return out

    def isComplete(self) -> bool:
        return bool(self.combos) and not self.message.text()

    def fixed_values(self) -> dict[str, str]:
        """Required columns set once for the whole file (only those mapped to nothing)."""
        return {name: box.text().strip() for name, box in self.constants.items()
                if box.text().strip() and self.combos[name].currentData() is None}

    def validatePage(self) -> bool:
        self.wiz.mapping = self.mapping()
        self.wiz.constants = self.fixed_values()
        return True


class ImportWizard(QWizard):
    """`ImportWizard(db, register, parent)`; after exec(), `committed` says whether it wrote."""

    def __init__(self, db: Database, register: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db, self.register = db, register
        self.spec = get_register(register)
        self.title = t(self.spec.title_zh)
        self.path: Path | None = None
        self.preview: Preview | None = None
        self.mapping: dict[str, str | None] | None = None
        self.constants: dict[str, str] = {}
        self.committed = False
        self.quick = False  # the file page goes straight to the check
        self.replace = False  # 本表为在岗人员全部名单 (io/replace.py)
        self.browse_on_open = False  # show the file dialog as soon as the wizard opens
        self.setWindowTitle(t("导入{title}", title=self.title))
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, True)
        self.setOption(QWizard.WizardOption.NoCancelButtonOnLastPage, True)
        for button, text in ((QWizard.WizardButton.BackButton, self.tr("< 上一步")),
                             (QWizard.WizardButton.NextButton, self.tr("下一步 >")),
                             (QWizard.WizardButton.CommitButton, self.tr("导入")),
                             (QWizard.WizardButton.FinishButton, self.tr("完成")),
                             (QWizard.WizardButton.CancelButton, self.tr("取消"))):
            self.setButtonText(button, text)
        self.file_page = FilePage(self)
        self.preview_page = PreviewPage(self)
        self.mapping_page = MappingPage(self)
        self.check_page = CheckPage(self)
        self.commit_page = CommitPage(self)
        ids = [self.addPage(page) for page in (self.file_page, self.preview_page,
                                               self.mapping_page, self.check_page,
                                               self.commit_page)]
        self.check_id = ids[3]
        self.resize(1000, 660)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self.browse_on_open:
            self.browse_on_open = False
            QTimer.singleShot(0, self.file_page.browse.click)

    def reject(self) -> None:
        # Closing while the commit runs would hide its outcome; the import finishes anyway.
        task = self.commit_page.task
        if task is not None and not task.is_finished:
            return
        super().reject()

    def result_of_commit(self) -> Any:
        return self.commit_page.result
