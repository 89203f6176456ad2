"""Import, export and template actions shared by register pages (run off the GUI thread)."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from emergency_desk.data.db import Database
from emergency_desk.i18n import t
from emergency_desk.io.privacy import Privacy, has_personal_columns
from emergency_desk.io.registers import get_register
from emergency_desk.ui import workers
from emergency_desk.ui.widgets import register_page


def import_with_wizard(parent: QWidget, db: Database, register: str) -> bool:
    """The import wizard for `register`; True when it wrote to the database."""
    from emergency_desk.ui.widgets.import_wizard import ImportWizard

    wizard = ImportWizard(db, register, parent)
    wizard.browse_on_open = True  # the file dialog first: choosing the file is the first step
    wizard.exec()
    return bool(wizard.committed)


class PrivacyDialog(QDialog):
    """How much personal data an export carries; masked 身份证号 is the preselected choice."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(t("导出中的个人信息"))
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(t("导出的文件可能被复制和转发。请选择身份证号等个人信息如何导出：")))
        self.group = QButtonGroup(self)
        for privacy, text in (
                (Privacy.MASKED, t("身份证号打码（推荐，如 3410**********1234）")),
                (Privacy.FULL_ID, t("完整身份证号（修改后要再导入时选这一项）")),
                (Privacy.NO_PERSONAL, t("不含个人信息（去掉身份证号、手机号码、出生日期等列；"
                                        "只供查阅，不能再导入）"))):
            button = QRadioButton(text, self)
            button.setProperty("privacy", privacy.value)
            button.setChecked(privacy is Privacy.MASKED)
            self.group.addButton(button)
            layout.addWidget(button)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def choice(self) -> Privacy:
        checked = self.group.checkedButton()
        return Privacy(checked.property("privacy")) if checked else Privacy.MASKED


def ask_privacy(parent: QWidget, register: str) -> Privacy | None:
    """The user's choice for `register`'s personal columns; None when cancelled. Registers
    without personal columns need no question."""
    if not has_personal_columns(get_register(register)):
        return Privacy.MASKED
    dialog = PrivacyDialog(parent)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return dialog.choice()


def export_to_excel(parent: QWidget, db: Database, register: str, dialog_title: str,
                    file_stem: str) -> workers.Task | None:
    """Ask how much personal data and where, then export `register` (file named
    `file_stem_YYYYMMDD.xlsx` by default)."""
    from emergency_desk.io.exporter import export_register

    privacy = ask_privacy(parent, register)
    if privacy is None:
        return None
    stamp = datetime.now().strftime("%Y%m%d")
    path = register_page.ask_save_path(parent, dialog_title, f"{file_stem}_{stamp}.xlsx")
    if path is None:
        return None
    path = path.with_suffix(".xlsx")
    return workers.run_task(
        parent, t("正在导出…"),
        lambda progress: export_register(db, register, path, progress, privacy=privacy),
        lambda n: register_page.inform(parent, t("导出完成"),
                                       t("已导出 {n} 条到 {path}", n=n, path=path)))


def save_template(parent: QWidget, register: str, file_name: str) -> workers.Task | None:
    from emergency_desk.io.template import write_template

    path = register_page.ask_save_path(parent, t("保存导入模板"), file_name)
    if path is None:
        return None
    path = path.with_suffix(".xlsx")
    return workers.run_task(parent, t("正在生成模板…"), lambda _p: write_template(register, path),
                            lambda _r: register_page.inform(parent, t("模板已保存"), str(path)))


def print_roster(parent: QWidget, db: Database, report: str, title: str) -> workers.Task:
    """Report `report` for the whole database as PDF in the documents folder, opened at once."""
    from emergency_desk.reports.registry import generate_report

    stamp = datetime.now().strftime("%Y%m%d_%H%M%S")
    out = register_page.documents_dir() / t("{title}花名册_{s}.pdf", title=title, s=stamp)
    return workers.run_task(parent, t("正在生成报表…"),
                            lambda _p: generate_report(db, report, out),
                            lambda path: register_page.open_file(path))
