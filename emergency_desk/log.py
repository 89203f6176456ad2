"""Rotating log file in the user log folder. Never log ID numbers or phone numbers."""

from __future__ import annotations

import faulthandler
import logging
import logging.handlers
import re
from pathlib import Path

from emergency_desk.paths import log_dir

_ID_OR_PHONE = re.compile(r"(?<!\d)(\d{17}[\dXx]|\d{15}|1[3-9]\d{9})(?!\d)")


class _RedactPersonalData(logging.Filter):
    """Blanks 身份证号 and mobile numbers that slip into a message."""

    def filter(self, record: logging.LogRecord) -> bool:
        msg = record.getMessage()
        red = redact(msg)
        if red != msg:
            record.msg, record.args = red, None
        # A traceback repeats the exception's text (a ValueError quoting a cell, say): format
        # it here and keep the redacted text, which the Formatter then uses as it is.
        if record.exc_info and not record.exc_text:
            record.exc_text = _FORMATTER.formatException(record.exc_info)
        if record.exc_text:
            record.exc_text = redact(record.exc_text)
        if record.stack_info:
            record.stack_info = redact(record.stack_info)
        return True


_FORMATTER = logging.Formatter()
# Held open for faulthandler, which writes into it from a signal handler.
_FAULT_FILE: list[object] = []


def redact(text: str) -> str:
    """`text` with every 18/15-digit 身份证号 and 11-digit mobile number replaced."""
    return _ID_OR_PHONE.sub("[已隐去]", text)


def setup_logging(directory: Path | None = None, level: int = logging.INFO) -> Path:
    directory = directory or log_dir()
    directory.mkdir(parents=True, exist_ok=True)
    path = directory / "emergency_desk.log"
    root = logging.getLogger("emergency_desk")
    if any(isinstance(h, logging.handlers.RotatingFileHandler) for h in root.handlers):
        return path
    handler = logging.handlers.RotatingFileHandler(
        path, maxBytes=1_000_000, backupCount=5, encoding="utf-8"
    )
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    handler.addFilter(_RedactPersonalData())
    root.addHandler(handler)
    root.setLevel(level)
    _trace_hard_crashes(directory)
    return path


def _trace_hard_crashes(directory: Path) -> None:
    """A crash inside Qt or another C library ends the process without a Python traceback
    or a log line; faulthandler then writes every thread's Python stack into
    `crash-traces.log` beside the log, so the office can send us where it happened. (Only
    file and function names: no data.) Left alone where it is on already (pytest, -X)."""
    if faulthandler.is_enabled():
        return
    try:
        stream = open(directory / "crash-traces.log", "a", encoding="utf-8")  # noqa: SIM115
    except OSError:
        return
    _FAULT_FILE.append(stream)
    faulthandler.enable(stream, all_threads=True)
