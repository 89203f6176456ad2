"""Commands about the database as a whole: the window, `init`, `demo`, `backup`, `restore` and
`users reset-admin`.
"""

from __future__ import annotations

import argparse
import logging
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from emergency_desk import i18n
from emergency_desk.cli.console import existing_file, open_db, out
from emergency_desk.errors import EXIT_OK, EnvironmentProblem, KnownError
from emergency_desk.i18n import t

if TYPE_CHECKING:
    from emergency_desk.data.location import Target
    from emergency_desk.data.server import ServerAddress

log = logging.getLogger(__name__)


def cmd_gui(args: argparse.Namespace, db_path: Target) -> int:
    try:
        from emergency_desk.ui.app import run_gui, while_painting
    except ImportError as exc:
        log.exception("cannot load the window")
        raise EnvironmentProblem(t(
            "无法加载图形界面（{err}）。命令行功能仍可使用；请重新安装本程序，"
            "或在 Linux 上安装 Qt 所需的系统库（libegl1、libxkbcommon0 等）。", err=exc)) from exc
    try:
        from emergency_desk.data.backup import auto_backup_if_due

        if isinstance(db_path, Path):  # the server is backed up by its own schedule
            path = db_path
            # Off the GUI thread, before the window opens the database (ui.app.while_painting).
            while_painting(lambda: auto_backup_if_due(path))
    except KnownError as exc:  # the window shows database problems itself, in a dialog
        log.warning("daily backup skipped: %s", exc.message)
    return int(run_gui(db_path, i18n.language(), user=args.user) or 0)


def cmd_init(args: argparse.Namespace, db_path: Target) -> int:
    from emergency_desk.services.regions.county_setup import apply, plan

    # Checked against the bundled data before the database file is even opened (or created).
    p = plan(args.county, office_name=args.office, township=args.township)
    db = open_db(db_path, writing=True)
    try:
        summary = apply(db, p)
    finally:
        db.dispose()
    out(summary.text())
    out(t("单位名称：{office}。区划数据截至 2023-06-30；"
           "此后的村（社区）变动请在“行政区划”页中修改。", office=p.office_name))
    return EXIT_OK


def cmd_demo(args: argparse.Namespace, db_path: Target) -> int:
    from emergency_desk.services.demo.county import build_demo

    db = open_db(db_path, writing=True)
    try:
        summary = build_demo(db, force=args.force)
    finally:
        db.dispose()
    if summary.backup:
        out(t("原有数据已备份到 {path}。", path=summary.backup))
    out(summary.text())
    out(t("数据库：{path}", path=db.location))
    return EXIT_OK


def cmd_backup(args: argparse.Namespace, db_path: Target) -> int:
    from emergency_desk.data.backup import backup_by_user

    dest = Path(args.file).expanduser()
    if dest.is_dir():
        stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
        name, suffix = (db_path.stem, ".sqlite3") if isinstance(db_path, Path) else \
            (db_path.database, ".pgdump")
        dest = dest / f"{name}-{stamp}-manual{suffix}"
    db = open_db(db_path)
    try:
        written = backup_by_user(db, dest)
    finally:
        db.dispose()
    out(t("已备份到 {path}。", path=written))
    return EXIT_OK


def cmd_restore(args: argparse.Namespace, db_path: Target) -> int:
    from emergency_desk.data.backup import restore

    # The current file is not opened first: restoring must work when it is damaged or newer.
    source = existing_file(args.file)
    if not isinstance(db_path, Path):
        return _restore_server(db_path, source)
    safety = restore(db_path, source)
    db = open_db(db_path)  # migrates a backup taken by an older version
    db.dispose()
    out(t("已从 {path} 恢复数据。", path=source))
    if safety != db_path:
        out(t("恢复前的数据已另存为 {path}。", path=safety))
    return EXIT_OK


def _restore_server(address: ServerAddress, source: Path) -> int:
    from emergency_desk.data import server_backup
    from emergency_desk.data.server_open import open_server

    db = open_db(address)
    try:
        safety = server_backup.restore(db, source, open_server)
    finally:
        db.dispose()
    out(t("已从 {path} 恢复数据。", path=source))
    out(t("恢复前的数据已另存为 {path}。", path=safety))
    return EXIT_OK


def cmd_users(args: argparse.Namespace, db_path: Target) -> int:
    """`users reset-admin [NAME]`: the recovery path for a forgotten administrator password.
    Whoever can reach the database file could replace it anyway, so file access is the proof;
    the audit log records the reset and the operating-system login that did it."""
    from emergency_desk.services.users import UsersService

    db = open_db(db_path, writing=True)
    try:
        name, password = UsersService(db).reset_admin(args.name)
    finally:
        db.dispose()
    out(t("管理员 {name} 的一次性密码：{password}", name=name, password=password))
    out(t("请用它登录主窗口，登录后须立即设置新密码。此次重置已记入操作日志。"))
    return EXIT_OK
