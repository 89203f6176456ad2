"""What every command shares: signing in where roles are on, opening the database (with the
daily backup before a write), printing to the console and checking the files it is given.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from emergency_desk.errors import EnvironmentProblem
from emergency_desk.i18n import t

if TYPE_CHECKING:
    from emergency_desk.data.location import Target


def sign_in(args: argparse.Namespace, db_path: Target, *, admin_only: str | None = None,
            damaged_ok: bool = False) -> None:
    """When roles are on, every command (reading ones too) needs a signed-in user: --user and
    the password from EMERGENCY_DESK_PASSWORD or a prompt. Refusals exit with 1."""
    import getpass

    from emergency_desk.data import access
    from emergency_desk.data.location import roles_enabled_at
    from emergency_desk.data.migrate import open_database
    from emergency_desk.errors import InputRejected
    from emergency_desk.services.users import UsersService

    try:
        if not roles_enabled_at(db_path):
            return
    except EnvironmentProblem:
        if damaged_ok:  # restore is how a damaged or too-new database is replaced: let it run
            return
        raise
    username = args.user
    if not username:
        if not sys.stdin.isatty():
            raise InputRejected(t("已启用用户和角色：请用 --user 指定用户名，密码放在环境变量 "
                                  "EMERGENCY_DESK_PASSWORD 中，或在提示时输入。"))
        username = input(t("用户名：")).strip()
    password = os.environ.get("EMERGENCY_DESK_PASSWORD")
    if password is None:
        password = getpass.getpass(t("用户 {name} 的密码：", name=username))
    try:
        db = open_database(db_path)
    except EnvironmentProblem:
        if damaged_ok:  # restore is how a damaged or too-new file is replaced: let it run
            return
        raise
    try:
        users = UsersService(db)
        users.authenticate(username, password)
        if admin_only:
            access.require_admin(db, t(admin_only))
        if users.must_change_password():
            err(t("提示：您正在使用一次性密码，请尽快在主窗口“用户”页中修改密码。"))
    finally:
        db.dispose()


def open_db(db_path: Target, *, writing: bool = False, reading: bool = False) -> Any:
    """Open (create, migrate) the database; before a write, take the daily backup.
    `reading`: the command never writes, not even an audit row (data/migrate.py
    `open_database`; run it inside `damage_reported`)."""
    from emergency_desk.data.backup import auto_backup_if_due
    from emergency_desk.data.migrate import open_database
    from emergency_desk.services.settings import SettingsService, adopt_office_person

    db = open_database(db_path, reading=reading and not writing)
    # Roles off: every change this command makes is the office's person's, not the PC login's.
    adopt_office_person(db)
    if db.read_only:  # a read-only disk: say so before anything else, and refuse writing
        from emergency_desk.data.db import read_only_message

        if writing:
            db.dispose()
            raise EnvironmentProblem(read_only_message(db.path))
        err(t("提示：") + read_only_message(db.path))
    elif writing and db.server is None:  # the server is backed up by its own schedule
        auto_backup_if_due(db.path, keep=int(SettingsService(db).get("backup_keep")))
    return db


def out(text: str = "") -> None:
    print(text, flush=True)


def err(text: str) -> None:
    print(text, file=sys.stderr, flush=True)


def existing_file(path: str) -> Path:
    p = Path(path).expanduser()
    if not p.is_file():
        raise EnvironmentProblem(t("找不到文件 {path}。请检查文件名和所在文件夹。", path=p))
    return p
