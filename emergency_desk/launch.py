"""The program's entry point (`emergency-desk`, `python -m emergency_desk`, the frozen build):
the window (or its splash) first, then the command line.

Importing the command line imports the data layer (SQLAlchemy and every model), which takes a
second or more on an office PC, while a bare Qt window paints in a tenth of that. When no
command is given (the window is wanted), the window's shell is shown before that import
(ui/app.py `early_window`; the splash instead when a sign-in or the first start comes before
the window), and the import runs on a thread while the shell answers, so the user sees the
program start at once. Telling the window
apart from a command needs no parser: any word that is not an option is a command; an option
we do not know (or -h, --version) leaves the splash to run_gui as before.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence

# The global options that take a value (cli/parser.py): `--db PATH`, `--lang en`, `--user NAME`.
_VALUED = ("--db", "--lang", "--user")


def wants_window(argv: Sequence[str]) -> str | None:
    """The window's language when `argv` opens the window, else None."""
    lang = "zh_CN"
    args = list(argv)
    i = 0
    while i < len(args):
        arg = args[i]
        name, eq, value = arg.partition("=")
        if name not in _VALUED:
            return None  # a command, -h, --version, or an option this does not know
        if not eq:
            i += 1
            if i >= len(args):
                return None
            value = args[i]
        if name == "--lang":
            lang = value
        i += 1
    return lang if lang in ("zh_CN", "en") else None


def _db_arg(args: Sequence[str]) -> str | None:
    """The value of `--db` in arguments `wants_window` accepted."""
    found = None
    for i, arg in enumerate(args):
        if arg == "--db" and i + 1 < len(args):
            found = args[i + 1]
        elif arg.startswith("--db="):
            found = arg.partition("=")[2]
    return found


def main(argv: Sequence[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    lang = wants_window(args)
    if lang is not None:
        try:
            from emergency_desk.ui import app
        except ImportError:  # no Qt libraries: the command line says what is missing
            pass
        else:
            if app.early_window(lang, _db_arg(args)):
                app.import_while_painting("emergency_desk.cli")
    from emergency_desk.cli import main as cli_main

    return cli_main(argv)


if __name__ == "__main__":
    sys.exit(main())
