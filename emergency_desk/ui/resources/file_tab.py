"""A register tab whose records each carry one file: 附加 / 打开 / 移除 from the toolbar (the
法规库's text, a case's report, a 防汛责任书 scan). The file goes into the database, so
backups carry it; opening writes it out and hands it to the system viewer."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from emergency_desk.errors import KnownError
from emergency_desk.i18n import t
from emergency_desk.services.library.files import DOCUMENT_SUFFIXES, FileInfo
from emergency_desk.ui import crash
from emergency_desk.ui.township.tabs import ListTab
from emergency_desk.ui.widgets import register_page


def file_filter() -> str:
    pattern = " ".join("*" + s for s in DOCUMENT_SUFFIXES)
    return t("文档和扫描件 ({p});;所有文件 (*)", p=pattern)


def file_label(f: FileInfo | None) -> str:
    return f.name if f is not None else ""


class FileTab(ListTab):
    """A list whose records each carry one file (附加文件 / 打开文件 / 移除文件)."""

    def add_file_tools(self, attach: Callable[[int, Any], Any], open_: Callable[[int], Any],
                       remove: Callable[[int], None], what: str) -> None:
        tr = self.tr
        self.toolbar.addSeparator()
        self._attach, self._open, self._remove = attach, open_, remove
        self.add_action(t("附加{what}", what=what), self.attach_file, needs_selection=True,
                        tip=tr("把文件复制进台账（随备份保存）；已有文件时替换"))
        self.add_action(t("打开{what}", what=what), self.open_current, needs_selection=True)
        self.add_action(t("移除{what}", what=what), self.remove_file, needs_selection=True)

    def attach_file(self) -> None:
        row = self.current_row()
        if row is None:
            return
        path = register_page.ask_open_path(self, self.tr("选择文件"), file_filter())
        if path is None:
            return
        try:
            self._attach(row.id, path)
        except KnownError as exc:
            crash.show_error(self, exc)
            return
        self.after_edit(row.id)

    def open_current(self) -> None:
        row = self.current_row()
        if row is None:
            return
        try:
            register_page.open_file(self._open(row.id))
        except KnownError as exc:
            crash.show_error(self, exc)

    def remove_file(self) -> None:
        row = self.current_row()
        if row is None or row.file is None:
            return
        if not register_page.confirm(self, self.tr("移除文件"), t(
                "移除“{name}”？记录保留，文件仍在以前的备份中。", name=row.file.name)):
            return
        try:
            self._remove(row.id)
        except KnownError as exc:
            crash.show_error(self, exc)
            return
        self.after_edit(row.id)
