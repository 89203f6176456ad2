"""When the database cannot be opened because it is damaged: offer the newest good backup.

Two clicks from a damaged file to working data: 恢复此备份 (or 选择其他备份…), then the window
opens on the restored data. The damaged file is moved into the backups folder, never deleted.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from emergency_desk.data import backup
from emergency_desk.errors import KnownError
from emergency_desk.i18n import t
from emergency_desk.ui.widgets import register_page

BACKUP_FILTER = "数据库备份 (*.sqlite3 *.db);;所有文件 (*)"


def ask(box: QMessageBox) -> object:
    """Show the question and return the button pressed (tests replace this)."""
    box.exec()
    return box.clickedButton()


def offer_recovery(db_path: Path, problem: KnownError, parent: QWidget | None = None) -> bool:
    """Ask to restore a backup over a damaged database. True when a restore was done."""
    tr = QApplication.translate
    good = backup.latest_good_backup(db_path)
    box = QMessageBox(QMessageBox.Icon.Critical, tr("recovery", "数据库已损坏"), problem.message,
                      parent=parent)
    use_latest = None
    if good is not None:
        box.setInformativeText(t("可以恢复最近的完好备份：{path}（{at}）。损坏的文件会移到备份文件夹保存。",
                                 path=good.path.name, at=good.taken_at.strftime("%Y-%m-%d %H:%M")))
        use_latest = box.addButton(tr("recovery", "恢复此备份"), QMessageBox.ButtonRole.AcceptRole)
    choose = box.addButton(tr("recovery", "选择其他备份…"), QMessageBox.ButtonRole.ActionRole)
    box.addButton(tr("recovery", "退出"), QMessageBox.ButtonRole.RejectRole)
    clicked = ask(box)
    if clicked is use_latest and good is not None:
        source: Path | None = good.path
    elif clicked is choose:
        source = register_page.ask_open_path(parent, tr("recovery", "选择要恢复的备份文件"),
                                             BACKUP_FILTER)
    else:
        return False
    if source is None:
        return False
    try:
        kept = backup.restore(db_path, source)
    except KnownError as exc:
        QMessageBox.warning(parent, tr("recovery", "恢复没有完成"), exc.message)
        return False
    register_page.inform(parent, tr("recovery", "恢复完成"), t(
        "已从 {src} 恢复数据。原来的文件保存在 {kept}。", src=source, kept=kept))
    return True
