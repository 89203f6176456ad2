"""The main window: left navigation, one page per register, menus for backup and restore.

Pages are built the first time they are shown, and their modules imported then (the officers
page alone pulls in pypinyin, the reports page reportlab and pdfium): the window paints with
only the current page's module loaded, and the dashboard fills itself from a worker.
A page that changes records emits `changed`; the dashboard then checks again.
Clicking an alert opens the register page that owns its record (`show_record`).
"""

from __future__ import annotations

import importlib
import logging
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QSettings, Qt, QUrl
from PySide6.QtGui import (
    QAction,
    QCloseEvent,
    QDesktopServices,
    QFont,
    QFontMetrics,
    QKeySequence,
)
from PySide6.QtWidgets import (
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QSplitter,
    QStackedWidget,
    QWidget,
)

from emergency_desk import __version__
from emergency_desk.i18n import t
from emergency_desk.paths import backup_dir_for
from emergency_desk.ui.navigation import PAGES, PageEntry

if TYPE_CHECKING:
    from emergency_desk.data.db import Database
    from emergency_desk.services.checks import Alert
    from emergency_desk.ui import workers

# This module imports neither the data layer nor the services at load time (each method
# imports what it uses): the window's shell paints before they are loaded (ui/app.py
# `early_window`), and SQLAlchemy with every model takes a second or more on an office PC.

log = logging.getLogger("emergency_desk.ui")
SQLITE_FILTER = "数据库备份 (*.sqlite3 *.db);;所有文件 (*)"
SERVER_FILTER = "服务器备份 (*.pgdump);;所有文件 (*)"  # pg_dump archives (data/server_backup.py)


# What the pages import beyond the window: the registers (io/registers, which loads the
# exchange layer and every register's service), imported by a worker (_import_page_layers).
PAGE_LAYERS = ("emergency_desk.io.registers", "emergency_desk.io.privacy")


def _placeholder() -> QLabel:
    """Where a page goes until its first visit; seen only while the database opens."""
    label = QLabel(t("正在打开…"))
    label.setAlignment(Qt.AlignmentFlag.AlignCenter)
    label.setStyleSheet("color: #5D6D7E; font-size: 12pt;")
    return label


def ask_open_backup(parent: QWidget, server: bool = False) -> Path | None:
    from emergency_desk.ui.widgets import register_page

    return register_page.ask_open_path(parent, parent.tr("选择要恢复的备份文件"),
                                       SERVER_FILTER if server else SQLITE_FILTER)


class MainWindow(QMainWindow):
    """`db` None builds the shell (navigation, menus, status bar) that paints before the
    database is open; `attach` then gives it the database and shows the page."""

    def __init__(self, db: Database | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db: Database = db  # type: ignore[assignment]  # set by attach() in the shell
        self._start_page = "dashboard"
        self.setObjectName("main_window")
        self.entries = list(PAGES)
        self.pages: dict[str, QWidget] = {}
        self.nav = QListWidget()
        self.nav.setObjectName("nav")
        self.nav.setMinimumWidth(120)
        # The side margin is the list's, not the items': Qt wraps a label for the item's
        # whole width, so an item's own side padding cut a label that just fit
        # ("Shelters and …" at 150 % in English) instead of wrapping it.
        self.nav.setStyleSheet("QListWidget { font-size: 11pt; padding: 0px 6px; } "
                               "QListWidget::item { padding: 8px 4px; }")
        self.stack = QStackedWidget()
        self._titles: dict[str, str] = {}
        self._factories: dict[str, PageEntry] = {}
        for e in self.entries:
            self._titles[e.key] = e.title
            self._factories[e.key] = e
            item = QListWidgetItem(t(e.title))
            item.setData(Qt.ItemDataRole.UserRole, e.key)
            self.nav.addItem(item)
            self.stack.addWidget(_placeholder())  # replaced by the real page on first visit
        self.nav.currentRowChanged.connect(self._show_row)
        # As wide as the longest label (English ones are longer), never wider than needed.
        nav_font = QFont(self.nav.font())
        nav_font.setPointSizeF(11)
        metrics = QFontMetrics(nav_font)
        longest = max(metrics.horizontalAdvance(self.nav.item(i).text())
                      for i in range(self.nav.count()))
        # Long English labels wrap onto a second line instead of widening the column.
        self.nav.setWordWrap(True)
        self.nav.setMaximumWidth(min(max(150, longest + 48), 190))
        self.nav.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        # Lay the labels out again when the width changes: at 150 % the list scrolls, its
        # scroll bar narrows it, and labels laid out for the wider list were cut
        # ("Shelters and …") instead of wrapping.
        self.nav.setResizeMode(QListWidget.ResizeMode.Adjust)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.nav)
        splitter.addWidget(self.stack)
        splitter.setStretchFactor(1, 1)
        splitter.setChildrenCollapsible(False)
        splitter.setSizes([self.nav.maximumWidth(), 1100])
        self.setCentralWidget(splitter)
        self._build_menus()
        self.user_label = QLabel()
        self.user_label.setObjectName("user_label")
        self.statusBar().addPermanentWidget(self.user_label)
        self.db_label = QLabel()
        self.statusBar().addPermanentWidget(self.db_label)
        self._fit_to_screen()
        if db is None:
            # Nothing here reads the database yet: the menus wait for it, a page chosen in
            # the navigation meanwhile opens once it is there.
            self.setWindowTitle(t("应急资源台账"))
            self.menuBar().setEnabled(False)
            self.statusBar().showMessage(t("正在打开数据库…"))
        else:
            self._update_title()
            self._import_page_layers()
        self._restore_state()

    def attach(self, db: Database) -> None:
        """The database, opened after the shell painted: title, menus, and the page the
        user left last time (or picked in the navigation while it opened)."""
        self.db = db
        self.menuBar().setEnabled(True)
        self.statusBar().clearMessage()
        self._update_title()
        self._import_page_layers()
        self.show_page(self._start_page)

    def _import_page_layers(self) -> None:
        """The layers the register pages import on their first visit (the registers'
        columns and the services behind them, 0.2–0.4 s at load) imported by a worker while
        the dashboard fills, so that first visit does not freeze the window for them. Only
        modules outside ui/ (no Qt): a page being imported on the GUI thread meanwhile may
        wait for a module the worker is importing, never the other way round, so the two
        cannot deadlock. (Here, not at the top: the shell loads before the data layer.)"""
        from emergency_desk.ui import gc_pacing, workers

        # Imported: start-up is done, what it loaded lives as long as the window.
        workers.run_in_background(
            self, lambda: [importlib.import_module(m) for m in PAGE_LAYERS],
            lambda _m: gc_pacing.startup_done())

    # -- pages ---------------------------------------------------------------------------
    def page(self, key: str) -> QWidget:
        """The page for `key`, building it on first use."""
        if key not in self.pages:
            row = [e.key for e in self.entries].index(key)
            widget = self._factories[key].cls(self.db)
            widget.setObjectName(f"page_{key}")
            old = self.stack.widget(row)
            self.stack.insertWidget(row, widget)
            self.stack.removeWidget(old)
            old.deleteLater()
            self.pages[key] = widget
            changed = getattr(widget, "changed", None)
            if changed is not None:
                changed.connect(lambda k=key: self._page_changed(k))
            if key == "dashboard":
                widget.open_alert.connect(self.open_alert)
        return self.pages[key]

    def show_page(self, key: str) -> QWidget:
        row = [e.key for e in self.entries].index(key)
        if self.db is None:  # the shell: remembered, built by attach()
            self._start_page = key
            self._select_row(row)
            self.stack.setCurrentIndex(row)
            return self.stack.widget(row)
        widget = self.page(key)
        self._select_row(row)
        self.stack.setCurrentIndex(row)
        return widget

    def _select_row(self, row: int) -> None:
        if self.nav.currentRow() != row:
            self.nav.setCurrentRow(row)

    def current_key(self) -> str:
        item = self.nav.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item is not None else "dashboard"

    def _show_row(self, row: int) -> None:
        if 0 <= row < len(self.entries):
            self.show_page(self.entries[row].key)

    def _page_changed(self, key: str) -> None:
        for other, widget in self.pages.items():
            if other == "dashboard":
                widget.mark_stale()
            elif other != key and other in ("reports", "recycle", "audit"):
                refresh = getattr(widget, "refresh", None)
                if refresh is not None:
                    refresh()
        if key in ("settings", "users"):
            self._update_title()

    def open_alert(self, alert: Alert) -> bool:
        """Show the record an alert is about on the page of its register."""
        from emergency_desk.services.checks import rules

        register = next((r.register for r in rules() if r.id == alert.rule), "")
        for e in self.entries:
            if register in e.registers:
                page = self.show_page(e.key)
                show = getattr(page, "show_record", None)
                if alert.record_id is not None and show is not None:
                    return bool(show(alert.table, alert.record_id))
                return False
        return False

    # -- menus ---------------------------------------------------------------------------
    def _build_menus(self) -> None:
        tr = self.tr
        file_menu = self.menuBar().addMenu(tr("文件(&F)"))
        self._action(file_menu, tr("立即备份…"), self.backup_now, "Ctrl+Shift+B")
        self._action(file_menu, tr("从备份恢复…"), self.restore_from_file)
        self._action(file_menu, tr("备份与恢复…"), self.show_backups)
        self._action(file_menu, tr("打开备份文件夹"), self.open_backup_folder)
        file_menu.addSeparator()
        self._action(file_menu, t("按区划代码建立本县区划…"), self.setup_regions)
        file_menu.addSeparator()
        self._action(file_menu, t("导出上报包…"), self.export_exchange)
        self._action(file_menu, t("合并乡镇上报包…"), self.merge_exchange)
        self._action(file_menu, t("合并冲突…"), self.show_conflicts)
        file_menu.addSeparator()
        self._action(file_menu, tr("退出"), self.close, QKeySequence.StandardKey.Quit)
        go = self.menuBar().addMenu(tr("转到(&G)"))
        for i, e in enumerate(self.entries):
            action = self._action(go, t(self._titles[e.key]),
                                  lambda k=e.key: self.show_page(k))
            if i < 9:
                action.setShortcut(QKeySequence(f"Ctrl+{i + 1}"))
        help_menu = self.menuBar().addMenu(tr("帮助(&H)"))
        self._action(help_menu, tr("关于"), self.about)

    def _action(self, menu, text: str, slot: Callable[[], object],  # type: ignore[no-untyped-def]
                shortcut: object = None) -> QAction:
        action = QAction(text, self)
        action.triggered.connect(lambda _c=False: slot())
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        menu.addAction(action)
        return action

    def _update_title(self) -> None:
        from emergency_desk.data import access
        from emergency_desk.services.settings import SettingsService

        self._set_audit_user()
        office = SettingsService(self.db).get("office_name")
        self.setWindowTitle(t("{office} — 应急资源台账", office=office) if office
                            else t("应急资源台账"))
        self.db_label.setText(t("单位服务器：{path}", path=self.db.location) if self.db.server
                              else t("数据库：{path}", path=self.db.path))
        me = access.current()
        on = access.roles_enabled(self.db) and me is not None
        self.user_label.setText(t("当前用户：{user}", user=me.label) if on and me else "")
        self.user_label.setVisible(on)

    def _set_audit_user(self) -> None:
        """Who the 操作日志 names: the signed-in user where roles are on, else the office's
        填表人 from the settings (else the office), never the PC's login such as "root"."""
        from emergency_desk.services.settings import adopt_office_person

        adopt_office_person(self.db)

    # -- backup and restore ----------------------------------------------------------------
    def backup_now(self) -> workers.Task | None:
        from emergency_desk.data import access, backup
        from emergency_desk.errors import KnownError
        from emergency_desk.ui import crash, workers
        from emergency_desk.ui.widgets import register_page

        try:  # before asking where: an administrator's action where roles are on
            access.require_admin(self.db, t("备份数据库（备份中有完整的身份证号）"))
        except KnownError as exc:
            crash.show_error(self, exc)
            return None
        stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
        if self.db.server is not None:  # pg_dump (data/server_backup.py)
            name, kind = f"{self.db.server.database}-{stamp}-manual.pgdump", SERVER_FILTER
        else:
            name, kind = f"{self.db.path.stem}-{stamp}-manual.sqlite3", SQLITE_FILTER
        path = register_page.ask_save_path(self, self.tr("备份数据库"), name, kind)
        if path is None:
            return None
        return workers.run_task(self, self.tr("正在备份…"),
                                lambda _p: backup.backup_by_user(self.db, path),
                                lambda p: register_page.inform(
                                    self, self.tr("备份完成"), t("已备份到 {path}", path=p)))

    def restore_from_file(self, source: Path | None = None) -> bool:
        from emergency_desk.data import access, backup
        from emergency_desk.data.migrate import open_database
        from emergency_desk.errors import KnownError
        from emergency_desk.ui import crash, sign_in
        from emergency_desk.ui.widgets import register_page

        try:
            access.require_admin(self.db, t("从备份恢复数据"))
        except KnownError as exc:
            crash.show_error(self, exc)
            return False
        source = source or ask_open_backup(self, server=self.db.server is not None)
        if source is None:
            return False
        if self.db.server is not None:
            return self._restore_server(source)
        if not register_page.confirm(self, self.tr("从备份恢复"), t(
                "用备份 {path} 替换当前全部数据吗？\n"
                "当前数据会先另存到备份文件夹，可以再恢复回来。",
                path=source)):
            return False
        self.db.dispose()
        try:
            safety = backup.restore(self.db.path, source)
        except KnownError as exc:
            crash.show_error(self, exc)
            return False
        finally:
            # Reopen in every case: after a refused restore the old file is still there.
            self._reopen(open_database(self.db.path))
        if not sign_in.ensure_signed_in(self.db, self):
            self.close()  # the restored file has other users and nobody signed in
            return True
        self._update_title()
        register_page.inform(self, self.tr("恢复完成"), t(
            "已从 {src} 恢复数据。恢复前的数据另存为 {safety}。", src=source, safety=safety))
        return True

    def _restore_server(self, source: Path) -> bool:
        """The county server: pg_restore in one transaction (data/server_backup.py); every PC
        connected to it sees the restored data on its next reload."""
        from emergency_desk.data import server_backup
        from emergency_desk.data.migrate import open_database
        from emergency_desk.data.server_open import open_server
        from emergency_desk.errors import KnownError
        from emergency_desk.ui import crash, sign_in
        from emergency_desk.ui.widgets import register_page

        server = self.db.server
        assert server is not None
        if not register_page.confirm(self, self.tr("从备份恢复"), t(
                "用备份 {path} 替换单位服务器 {where} 上的全部数据吗？"
                "所有同事都会看到恢复后的数据。\n"
                "当前数据会先另存到备份文件夹，可以再恢复回来。", path=source, where=server.where)):
            return False
        try:
            safety = server_backup.restore(self.db, source, open_server)
        except KnownError as exc:
            crash.show_error(self, exc)
            return False
        finally:
            self._reopen(open_database(server))
        if not sign_in.ensure_signed_in(self.db, self):
            self.close()
            return True
        register_page.inform(self, self.tr("恢复完成"), t(
            "已从 {src} 恢复数据。恢复前的数据另存为 {safety}。", src=source, safety=safety))
        return True

    def _reopen(self, db: Database) -> None:
        """Use a freshly opened database: every page is rebuilt on its next visit."""
        self.db = db
        current = self.current_key()
        for key in list(self.pages):
            widget = self.pages.pop(key)
            row = self.stack.indexOf(widget)
            self.stack.insertWidget(row, _placeholder())
            self.stack.removeWidget(widget)
            widget.deleteLater()
        self._update_title()
        self.show_page(current)

    def setup_regions(self) -> bool:
        """The first-start dialog again (without the demo): for an office that chose 以后再说,
        or one adding the rest of its county. Existing regions are never changed."""
        from emergency_desk.ui.first_start import Choice, FirstStartDialog

        dialog = FirstStartDialog(self.db, parent=self)
        dialog.demo_button.hide()
        dialog.later_button.setText(t("取消"))
        dialog.exec()
        if dialog.choice != Choice.BUILT:
            return False
        self._reopen(self.db)  # every page shows the new tree and the office name
        return True

    # -- 县级汇总: exchange packages (ui/exchange_dialogs.py) ----------------------------------
    def export_exchange(self) -> workers.Task | None:
        from emergency_desk.ui.exchange_dialogs import export_exchange

        return export_exchange(self, self.db)

    def merge_exchange(self, paths: list[Path] | None = None) -> workers.Task | None:
        from emergency_desk.ui.exchange_dialogs import merge_exchange

        return merge_exchange(self, self.db, lambda: self._reopen(self.db), paths)

    def show_conflicts(self) -> None:
        from emergency_desk.ui.exchange_dialogs import ConflictsDialog

        ConflictsDialog(self.db, self).exec()

    def show_backups(self) -> None:
        from emergency_desk.ui.backup_dialog import BackupDialog

        if self.db.server is not None:  # its dumps: choose one (the list reads SQLite files)
            self.restore_from_file()
            return
        BackupDialog(self.db.path, lambda p: self.restore_from_file(p), self).exec()

    def open_backup_folder(self) -> None:
        folder = backup_dir_for(self.db.path)
        folder.mkdir(parents=True, exist_ok=True)
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))

    def about(self) -> None:
        from emergency_desk.services.regions.official import CUTOFF
        from emergency_desk.ui.widgets import register_page

        register_page.inform(self, self.tr("关于"), t(
            "应急资源台账 {v}\n"
            "乡镇、县应急管理办公室的应急物资、救援队伍、灾害信息员和应急预案台账。\n"
            "数据库：{path}\n字体：Droid Sans Fallback（Apache-2.0）\n"
            "区划数据：统计用区划代码 2023 年版，数据截至 {cutoff}", v=__version__,
            path=self.db.location, cutoff=CUTOFF))

    # -- window state ----------------------------------------------------------------------
    def _fit_to_screen(self) -> None:
        """1280×800, or less on the 1366×768 screens many offices still have."""
        screen = self.screen()
        avail = screen.availableGeometry() if screen is not None else None
        if avail is None or avail.width() <= 0:
            self.resize(1280, 800)
            return
        self.resize(min(1280, int(avail.width() * 0.95)), min(800, int(avail.height() * 0.92)))
        self.move(avail.left() + (avail.width() - self.width()) // 2,
                  avail.top() + (avail.height() - self.height()) // 2)

    def _restore_state(self) -> None:
        s = QSettings()
        geometry = s.value("main/geometry")
        # First start: open maximised (an office laptop's 1366×768 has no pixel to spare);
        # afterwards the size and the maximised state the user left are restored.
        self.first_start = not isinstance(geometry, QByteArray)
        if isinstance(geometry, QByteArray):
            self.restoreGeometry(geometry)
        last = s.value("main/page", "dashboard")
        self.show_page(last if last in self._factories else "dashboard")

    def show_as_remembered(self) -> None:
        """Show the window maximised on first start, else as it was left."""
        if self.first_start:
            self.showMaximized()
        else:
            self.show()

    def bring_to_front(self) -> None:
        """Another launch on the same database asked for this window (ui/single_instance.py)."""
        if self.isMinimized():
            self.showNormal()
        self.raise_()
        self.activateWindow()

    def closeEvent(self, event: QCloseEvent) -> None:
        s = QSettings()
        s.setValue("main/geometry", self.saveGeometry())
        s.setValue("main/page", self.current_key())
        super().closeEvent(event)
