"""Wiring for the window: QApplication, bundled font, language, database, main window.

`run_gui` is what `emergency-desk` (no command) calls. Database problems found while opening
(a file newer than the program, a damaged or foreign file, a locked folder) are shown as a
plain message box and end with exit code 3, like the CLI; a bug gets the crash dialog.
"""

from __future__ import annotations

import logging
import os
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from PySide6.QtCore import QCoreApplication, QLockFile, Qt, QTimer
from PySide6.QtGui import QColor, QFont, QFontDatabase, QGuiApplication, QIcon, QPainter, QPixmap
from PySide6.QtWidgets import QApplication, QMessageBox, QSplashScreen, QWidget

from emergency_desk.errors import EXIT_ENVIRONMENT, DatabaseDamaged, KnownError
from emergency_desk.i18n import t
from emergency_desk.paths import (
    APP_AUTHOR,
    APP_NAME,
    FONT_FAMILY,
    FONT_FILE,
    ICON_FILE,
    default_db_path,
)
from emergency_desk.ui import crash, gc_pacing, translator

if TYPE_CHECKING:
    from emergency_desk.data.db import Database
    from emergency_desk.data.server import ServerAddress
    from emergency_desk.ui.main_window import MainWindow
    from emergency_desk.ui.startup_times import StartupTimes

log = logging.getLogger("emergency_desk.ui")
T = TypeVar("T")
# The splash `early_splash` showed before the command line imported the data layer; run_gui
# takes it over.
_EARLY: tuple[QSplashScreen, StartupTimes] | None = None
# The window's shell `early_window` painted before the data layer was imported, with the lock
# it took on its database file; run_gui opens that file into it.
_SHELL: tuple[MainWindow, StartupTimes, QLockFile, Path] | None = None
# How long a worker may keep Python's interpreter lock while the GUI thread waits for it.
# Every paint calls the tables' data() in Python, and a waiting thread gets the lock only
# when the holder's interval is up: at Python's 5 ms, a worker reading the checks or a
# coverage made each of those calls wait, and 工作台 froze 0.19–0.25 s at 50k instead of
# 0.07–0.09 s (benchmarks/bench_gui_blocks.py, docs/performance.md, 2026-12-07). The workers
# lose little: the lock changes hands this often only while the GUI thread asks for it.
GUI_SWITCH_INTERVAL_S = 0.0005


def load_bundled_font(app: QGuiApplication) -> str | None:
    """Register the bundled CJK font and make it the first fallback for every widget.

    Droid Sans Fallback has no Latin letters, so the system UI font stays first for digits and
    letters while every Chinese glyph comes from the bundled font: the window looks the same on
    a PC without Chinese fonts. Returns the family name, or None if the file is missing.
    """
    font_id = QFontDatabase.addApplicationFont(str(FONT_FILE))
    families = QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []
    if not families:
        log.warning("bundled font %s could not be loaded", FONT_FILE)
        return None
    family = families[0] if families else FONT_FAMILY
    base = app.font()
    font = QFont(base)
    font.setFamilies([base.family(), family])
    if font.pointSizeF() < 10:
        font.setPointSizeF(10)  # 9 pt is hard to read on the offices' 1366×768 screens
    app.setFont(font)
    return family


def create_application(lang: str = "zh_CN", argv: list[str] | None = None) -> QApplication:
    """The QApplication (created once), with font, language, crash hook and app names."""
    QGuiApplication.setHighDpiScaleFactorRoundingPolicy(
        Qt.HighDpiScaleFactorRoundingPolicy.PassThrough)  # 125 % and 150 % stay sharp
    app = QApplication.instance()
    if app is None:
        app = QApplication(argv if argv is not None else [sys.argv[0]])
    assert isinstance(app, QApplication)
    QCoreApplication.setOrganizationName(APP_AUTHOR)
    QCoreApplication.setApplicationName(APP_NAME)
    load_bundled_font(app)
    app.setWindowIcon(QIcon(str(ICON_FILE)))
    translator.install(app, lang)
    app.setApplicationDisplayName(app.translate("app", "应急资源台账"))
    crash.install_excepthook()
    gc_pacing.install(app)
    sys.setswitchinterval(GUI_SWITCH_INTERVAL_S)
    return app


def show_splash(app: QApplication, times: StartupTimes | None = None) -> QSplashScreen:
    """The program's name and "正在打开…" on screen before anything slow happens."""
    ratio = app.devicePixelRatio()
    pixmap = QPixmap(int(420 * ratio), int(180 * ratio))
    pixmap.setDevicePixelRatio(ratio)
    pixmap.fill(QColor("#F5F7FA"))
    painter = QPainter(pixmap)
    QIcon(str(ICON_FILE)).paint(painter, 24, 46, 72, 72)
    title = QFont(app.font())
    title.setPointSizeF(18)
    painter.setFont(title)
    painter.setPen(QColor("#1F3A5F"))
    painter.drawText(116, 82, app.translate("app", "应急资源台账"))
    small = QFont(app.font())
    small.setPointSizeF(10)
    painter.setFont(small)
    painter.setPen(QColor("#5D6D7E"))
    painter.drawText(116, 112, app.translate("app", "正在打开，请稍候…"))
    painter.setPen(QColor("#9AA5B1"))
    painter.drawRect(0, 0, 419, 179)
    painter.end()
    splash = QSplashScreen(pixmap)
    if times is not None:
        times.watch(splash, "splash_painted")
    splash.show()
    app.processEvents()
    return splash


def early_splash(lang: str) -> None:
    """The splash before anything else is imported (called by the command line for the
    window): the data layer and the window's modules take a second or more to import on an
    office PC, and the bare window paints in a tenth of that."""
    global _EARLY
    from emergency_desk.ui.startup_times import StartupTimes

    app = create_application(lang)
    times = StartupTimes(app)
    times.times["created"] = time.time()
    _EARLY = (show_splash(app, times), times)


def early_window(lang: str, db_arg: str | None) -> bool:
    """The main window's shell (navigation, menus, 正在打开…) on screen before the data layer
    is imported, when nothing has to be asked before it (file_peek.opens_straight_to_window);
    else the splash, as before a sign-in or the first start. True when the shell is up."""
    global _EARLY, _SHELL
    from emergency_desk import file_peek
    from emergency_desk.ui.startup_times import StartupTimes

    app = create_application(lang)
    times = StartupTimes(app)
    times.times["created"] = time.time()
    path = file_peek.window_file(db_arg)
    if path is not None and file_peek.opens_straight_to_window(path):
        lock = lock_database(path)  # held by another window: it says so, as before
        if lock is not None:
            from emergency_desk.ui.main_window import MainWindow

            window = MainWindow(None)
            times.watch(window, "window_painted")
            window.show_as_remembered()
            _SHELL = (window, times, lock, path)
            return True
    _EARLY = (show_splash(app, times), times)
    return False


def import_while_painting(module: str) -> None:
    """Import `module` on a thread while this one keeps the painted window answering (the
    data layer and the command line take a second or more to import). An import error is
    raised here, by importing again on this thread."""
    import importlib
    import threading

    app = QApplication.instance()
    thread = threading.Thread(target=lambda: _import_quietly(module), daemon=True)
    thread.start()
    while thread.is_alive():
        if app is not None:
            app.processEvents()
        thread.join(0.01)  # waits without the GIL: the import thread runs meanwhile
    importlib.import_module(module)


def while_painting(fn: Callable[[], T]) -> T:
    """`fn()` on a thread while this one keeps the painted shell or splash answering; its
    result, or its exception raised here. The daily backup runs so before the window opens
    the database (a copy of a 170 MB county took 0.25 s on an idle machine, seconds on an
    office disk, and froze the window meanwhile): nothing in this process writes until it
    returns, and other programs wait on the database's write lock (data/backup.py)."""
    import threading

    app = QApplication.instance()
    if app is None:
        return fn()
    outcome: dict[str, Any] = {}

    def run() -> None:
        try:
            outcome["result"] = fn()
        except BaseException as exc:  # raised again on the GUI thread, below
            outcome["error"] = exc

    thread = threading.Thread(target=run, daemon=True)
    thread.start()
    while thread.is_alive():
        app.processEvents()
        thread.join(0.01)
    if "error" in outcome:
        raise outcome["error"]
    result: T = outcome["result"]
    return result


def _import_quietly(module: str) -> None:
    import importlib

    try:
        importlib.import_module(module)
    except Exception:  # raised again on the GUI thread by the caller
        log.debug("import of %s on a thread failed", module, exc_info=True)


def _load_search_dictionary_later(window: QWidget) -> None:
    """pypinyin loads on the first search key (commands that compute none never load it);
    in the window that would be the first save, on the GUI thread, so a worker loads it once
    the window has painted and settled."""
    from emergency_desk.services import search
    from emergency_desk.ui import workers

    QTimer.singleShot(2000, window, lambda: workers.run_in_background(
        window, search.load_dictionary, lambda _none: None))


def lock_database(db_path: Path) -> QLockFile | None:
    """One window per database: a second one would overwrite the first one's edits.

    QLockFile writes the owner's PID beside the database and treats the lock of a process that
    no longer runs (after a crash or a power cut) as stale, so it never blocks for good.
    """
    lock = QLockFile(str(db_path) + ".lock")
    lock.setStaleLockTime(0)  # held as long as the window runs, however long that is
    return lock if lock.tryLock(200) else None


def open_or_recover(db_path: Path | ServerAddress,
                    before_dialog: Callable[[], object] = lambda: None) -> Database | None:
    """Open the database; if it is damaged, offer to restore the newest good backup
    (`before_dialog` first hides what is on screen)."""
    from emergency_desk.data.migrate import open_database
    from emergency_desk.data.sqlite_paths import folder_read_only
    from emergency_desk.ui.recovery import offer_recovery

    if not isinstance(db_path, Path):  # the county server: its administrator restores it
        return _adopted(open_database(db_path))
    try:
        return _adopted(open_database(db_path))
    except DatabaseDamaged as exc:
        if folder_read_only(db_path):  # nothing can be restored there: never offer it
            raise
        before_dialog()
        if not offer_recovery(db_path, exc):
            return None
        return _adopted(open_database(db_path))


def _adopted(db: Database) -> Database:
    """From the moment it is open, what the window changes (before anyone signs in, or with
    roles off) is logged under the office's person from the settings, not the PC login."""
    from emergency_desk.services.settings import adopt_office_person

    adopt_office_person(db)
    return db


def first_start(db: Database) -> str:
    """Ask once for the county and the office ("built", "demo" or "later"); an office with
    data but no name is asked for the name only."""
    from PySide6.QtWidgets import QInputDialog

    from emergency_desk.services.demo.county import is_empty
    from emergency_desk.services.regions.county_setup import first_start_due, mark_first_start_asked
    from emergency_desk.services.settings import SettingsService
    from emergency_desk.ui.first_start import FirstStartDialog

    if not first_start_due(db):
        return "done"
    if not is_empty(db):
        mark_first_start_asked(db)
        name, ok = QInputDialog.getText(None, t("单位名称"), t(
            "请填写本单位名称（印在每一份报表的“填报单位”处，以后可在“设置”页修改）："))
        if ok and name.strip():
            SettingsService(db).set("office_name", name.strip())
        return "later"
    dialog = FirstStartDialog(db)
    dialog.exec()
    if dialog.choice.value != "demo":
        mark_first_start_asked(db)  # the demo choice asks again next time: nothing was chosen
    return dialog.choice.value


def open_demo(db_path: Path) -> Path:
    """The demo county in its own file beside the office's database (built when empty)."""
    from PySide6.QtGui import QGuiApplication

    from emergency_desk.data.migrate import open_database
    from emergency_desk.paths import demo_db_path
    from emergency_desk.services.demo.county import build_demo, is_empty

    path = demo_db_path(db_path)
    demo = open_database(path)
    try:
        if is_empty(demo):
            QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
            try:
                build_demo(demo)
            finally:
                QGuiApplication.restoreOverrideCursor()
    finally:
        demo.dispose()
    return path


def run_gui(target: Path | ServerAddress, lang: str = "zh_CN", user: str | None = None) -> int:
    global _EARLY, _SHELL
    from emergency_desk.ui.startup_times import StartupTimes, requested

    shell: MainWindow | None = None
    splash: QSplashScreen | None = None
    lock: QLockFile | None = None
    if _SHELL is not None and _SHELL[3] != target:  # another database after all: not its window
        _SHELL[2].unlock()
        _SHELL[0].deleteLater()
        _SHELL = None
    if _SHELL is not None:  # painted by the command line already, for this file
        (shell, times, lock, _path), _SHELL = _SHELL, None
        app = QApplication.instance()
        assert isinstance(app, QApplication)
    elif _EARLY is not None:  # shown by the command line already
        (splash, times), _EARLY = _EARLY, None
        app = QApplication.instance()
        assert isinstance(app, QApplication)
    else:
        app = create_application(lang)
        times = StartupTimes(app)
        times.times["created"] = time.time()
        splash = show_splash(app, times)  # at once, before the window's modules are imported
    from emergency_desk.data import access
    from emergency_desk.data.db import read_only_message
    from emergency_desk.data.sqlite_paths import folder_read_only
    from emergency_desk.ui import single_instance  # QtNetwork: after the splash
    from emergency_desk.ui.main_window import MainWindow
    from emergency_desk.ui.sign_in import run_sign_in

    def clear_screen() -> None:
        """Before a dialog: it comes alone, as when nothing was painted before it."""
        if splash is not None:
            splash.close()
        if shell is not None:
            shell.hide()

    # The county server is shared by design; one window per server on this PC is locked in
    # this PC's own folder for it (ServerAddress.placeholder_path).
    db_path = target if isinstance(target, Path) else target.placeholder_path()
    db_path.parent.mkdir(parents=True, exist_ok=True)
    # On a read-only disk no lock file can be made, and no window can write either.
    read_only = folder_read_only(db_path)
    if shell is None:
        lock = None if read_only else lock_database(db_path)
    if lock is None and not read_only:
        clear_screen()
        brought = single_instance.ask_running_window_to_show(db_path)
        box = QMessageBox(QMessageBox.Icon.Information, app.translate("app", "数据库正在使用"), t(
            "数据库 {path} 已在另一个应急资源台账窗口中打开{shown}。"
            "同一个数据库同时只能在一个窗口中修改。", path=target,
            shown=t("，已把那个窗口切换到前面") if brought else ""))
        # In front of the running window, which may just have been raised.
        box.setWindowFlag(Qt.WindowType.WindowStaysOnTopHint, True)
        box.exec()
        return EXIT_ENVIRONMENT
    try:
        try:
            db = open_or_recover(target, clear_screen)
        except KnownError as exc:
            clear_screen()
            QMessageBox.critical(None, app.translate("app", "无法打开数据库"), exc.message)
            return EXIT_ENVIRONMENT
        if db is None:
            clear_screen()
            return EXIT_ENVIRONMENT
        if db.read_only:
            clear_screen()
            QMessageBox.information(None, app.translate("app", "只读"),
                                    read_only_message(db_path))
        if access.roles_enabled(db):
            clear_screen()
            if not run_sign_in(db, user or ""):
                db.dispose()  # the user closed the sign-in: nothing was opened
                return 0
        # The smoke test's window quits by itself and must never wait on a dialog.
        smoke_run = bool(os.environ.get("EMERGENCY_DESK_SMOKE_QUIT_MS")) or requested()
        if not smoke_run and not db.read_only:
            from emergency_desk.services.regions.county_setup import first_start_due

            if first_start_due(db):
                clear_screen()
            chosen = first_start(db)
            if chosen in ("server", "demo") and shell is not None:
                shell.deleteLater()  # another database: its own window
            if chosen == "server":  # saved by the dialog: open the county server instead
                from emergency_desk.data import server_config

                saved = server_config.load()
                if saved is not None:
                    db.dispose()
                    if lock is not None:
                        lock.unlock()
                    return run_gui(saved, lang, user)
            if chosen == "demo":
                db.dispose()
                if lock is not None:
                    lock.unlock()
                # The demo is a file on this PC, also for an office on the server.
                return run_gui(open_demo(db_path if isinstance(target, Path) else
                                         default_db_path()), lang, user)
        if shell is not None:
            window = shell
            window.attach(db)
        else:
            window = MainWindow(db)
            times.watch(window, "window_painted")
        requests = single_instance.ShowRequests(db_path, window.bring_to_front, window)
        if not requests.listening:
            log.info("second-launch requests not available: %s", requests.server.errorString())
        dashboard = window.pages.get("dashboard")
        if dashboard is not None and hasattr(dashboard, "filled"):
            dashboard.filled.connect(times.dashboard_filled)
        if not window.isVisible():
            window.show_as_remembered()
        if splash is not None:
            splash.finish(window)
        _load_search_dictionary_later(window)
        if os.environ.get("EMERGENCY_DESK_SMOKE_QUIT_MS"):  # installer/smoke_test.py
            from emergency_desk.ui import smoke

            smoke.start(app, window, int(os.environ["EMERGENCY_DESK_SMOKE_QUIT_MS"]))
        try:
            return int(app.exec())
        finally:
            from emergency_desk.ui import workers

            workers.finish_all()
            db.dispose()
    finally:
        if lock is not None:
            lock.unlock()
