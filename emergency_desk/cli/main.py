"""The command line (docs/design.md section 2, a contract): `emergency-desk [--db PATH] [--lang]
[COMMAND ...]`.

Every command goes through the same services as the window. Exit codes: 0 done, 1 input
rejected (nothing written), 2 usage error, 3 environment problem. A KnownError prints its plain
message; anything else is a bug: it is logged with its traceback and the user gets one line
pointing at the log. Qt is imported only when the window is asked for.

The commands live in the modules next to this one, by what they work on.
"""

from __future__ import annotations

import argparse
import contextlib
import logging
import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from emergency_desk import i18n
from emergency_desk.cli.console import sign_in
from emergency_desk.cli.database_commands import (
    cmd_backup,
    cmd_demo,
    cmd_gui,
    cmd_init,
    cmd_restore,
    cmd_users,
)
from emergency_desk.cli.parser import argparse_zh, build_parser, preset_language
from emergency_desk.cli.register_commands import (
    cmd_exchange,
    cmd_export,
    cmd_import,
    cmd_registers,
    cmd_template,
)
from emergency_desk.cli.report_commands import cmd_check, cmd_report
from emergency_desk.data import write_lock
from emergency_desk.errors import EXIT_ENVIRONMENT, EXIT_OK, KnownError
from emergency_desk.i18n import t

if TYPE_CHECKING:
    from emergency_desk.data.location import Target

log = logging.getLogger(__name__)


def _setup_logging() -> Path | None:
    from emergency_desk.log import setup_logging

    try:
        return setup_logging()
    except OSError:  # an unwritable log folder must not stop the program
        return None


def main(argv: Sequence[str] | None = None) -> int:
    args_list = list(sys.argv[1:] if argv is None else argv)
    for stream in (sys.stdout, sys.stderr):
        # A Windows console redirected to a file uses the ANSI code page (GBK): a character it
        # lacks must not turn a finished import into a crash.
        if hasattr(stream, "reconfigure"):
            with contextlib.suppress(ValueError, OSError):
                stream.reconfigure(errors="replace")
    i18n.set_language("zh_CN")  # Chinese unless --lang says otherwise, also when called twice
    preset_language(args_list)
    try:
        with argparse_zh():  # section titles and -h help are fixed when the parser is built
            args = build_parser().parse_args(args_list)
    except SystemExit as exc:  # argparse: --help (0) or a usage error (2)
        return exc.code if isinstance(exc.code, int) else EXIT_OK
    if args.lang:
        i18n.set_language(args.lang)
    log_path = _setup_logging()
    command = args.command or "gui"
    try:
        if command not in ("gui", "users"):  # the window signs in with a dialog
            sign_in(args, _db_path(args), admin_only=_ADMIN_ONLY.get(command),
                    damaged_ok=command == "restore")
        with write_lock.reporting(_print_waiting):
            return _COMMANDS[command](args, _db_path(args))
    except KnownError as exc:
        print(exc.message, file=sys.stderr)
        return exc.exit_code
    except BrokenPipeError:  # `emergency-desk check | head`: the reader left; not an error
        with contextlib.suppress(OSError):
            sys.stdout = open(os.devnull, "w")  # noqa: SIM115  keeps exit-time flush quiet
        return EXIT_OK
    except KeyboardInterrupt:
        print(t("已中断。"), file=sys.stderr)
        return EXIT_ENVIRONMENT
    except Exception:
        log.exception("unexpected error in command %s", command)
        print(t("程序内部出错（这是程序的缺陷，不是您的操作问题）。详细信息已写入日志：{path}",
                path=log_path or "-"), file=sys.stderr)
        return EXIT_ENVIRONMENT


def _print_waiting(seconds: float | None) -> None:
    """Another writer holds the database (data/write_lock.py): say so every few seconds on
    stderr, so a script's log shows why the command is slow."""
    if seconds is not None:
        print(write_lock.waiting_message(seconds), file=sys.stderr, flush=True)


def _db_path(args: argparse.Namespace) -> Target:
    from emergency_desk.data.location import resolve

    return resolve(args.db)


# Commands only an administrator may run where roles are on (t() at use: the language is set
# by then). A backup holds every 身份证号 in full. (`exchange` is checked by its services.)
_ADMIN_ONLY = {"restore": "从备份恢复数据", "backup": "备份数据库（备份中有完整的身份证号）"}
_COMMANDS: dict[str, Callable[[argparse.Namespace, Target], int]] = {
    "gui": cmd_gui, "init": cmd_init, "demo": cmd_demo, "import": cmd_import, "export": cmd_export,
    "template": cmd_template, "report": cmd_report, "check": cmd_check,
    "backup": cmd_backup, "restore": cmd_restore, "registers": cmd_registers,
    "users": cmd_users, "exchange": cmd_exchange,
}
