"""Import, export and template actions shared by register pages (run off the GUI thread)."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtWidgets import QWidget

from emergency_desk.data.db import Database
from emergency_desk.i18n import t
from emergency_desk.ui import register_page, workers


def import_with_wizard(parent: QWidget, db: Database, register: str) -> bool:
    """The import wizard for `register`; True when it wrote to the database."""
    from emergency_desk.ui.import_wizard import ImportWizard

    wizard = ImportWizard(db, register, parent)
    wizard.exec()
    return bool(wizard.committed)


def export_to_excel(parent: QWidget, db: Database, register: str, dialog_title: str,
                    file_stem: str) -> workers.Task | None:
    """Ask where, then export `register` (file named `file_stem_YYYYMMDD.xlsx` by default)."""
    from emergency_desk.io.exporter import export_register

    stamp = datetime.now().strftime("%Y%m%d")
    path = register_page.ask_save_path(parent, dialog_title, f"{file_stem}_{stamp}.xlsx")
    if path is None:
        return None
    path = path.with_suffix(".xlsx")
    return workers.run_task(
        parent, t("正在导出…"), lambda progress: export_register(db, register, path, progress),
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
