"""Known failures versus bugs.

A `KnownError` is something a user can act on (a locked file, a bad sheet, a database newer than
the program): it carries a plain message in the current language and the CLI exit code from
docs/design.md section 2. Anything else is a bug and goes to the crash dialog / log.
"""

from __future__ import annotations

import errno
from dataclasses import dataclass, field

EXIT_OK = 0
EXIT_REJECTED = 1
EXIT_USAGE = 2
EXIT_ENVIRONMENT = 3


class KnownError(Exception):
    """An expected failure with a message the user can act on."""

    exit_code = EXIT_ENVIRONMENT

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


class EnvironmentProblem(KnownError):
    """File locked or missing, disk full, corrupt or foreign file (exit 3)."""

    exit_code = EXIT_ENVIRONMENT


class DatabaseTooNew(EnvironmentProblem):
    """The database was written by a newer program; we never open it."""


class DatabaseDamaged(EnvironmentProblem):
    """The file fails the integrity check or is not an EmergencyDesk database."""


def os_reason(exc: BaseException) -> str:
    """The cause of a failed file operation in plain words (the OS text is English)."""
    from emergency_desk.i18n import t

    code = getattr(exc, "errno", None)
    if code == errno.ENOSPC:
        return t("磁盘空间不足")
    if code == errno.EROFS:
        return t("磁盘是只读的")
    if isinstance(exc, PermissionError) or code in (errno.EACCES, errno.EPERM):
        return t("没有写入权限，或文件正被其他程序使用")
    if isinstance(exc, FileNotFoundError) or code in (errno.ENOENT, errno.ENODEV, errno.EIO):
        return t("目标磁盘或文件夹已不可用（U 盘可能已拔出）")
    return str(getattr(exc, "strerror", None) or exc)


class UsageError(KnownError):
    exit_code = EXIT_USAGE


class InputRejected(KnownError):
    """The user's input was refused; nothing was written (exit 1)."""

    exit_code = EXIT_REJECTED


@dataclass
class RowError:
    """One problem in one row of an imported sheet (row = the number Excel shows)."""

    row: int
    column: str
    reason: str
    sheet: str | None = None

    def format(self) -> str:
        from emergency_desk.i18n import t

        prefix = f"{self.sheet} " if self.sheet else ""
        return prefix + t("第 {row} 行 [{column}]: {reason}", row=self.row,
                          column=self.column, reason=self.reason)


@dataclass
class ValidationFailed(Exception):
    """A record failed validation: field → message. Raised by services before writing."""

    problems: dict[str, str] = field(default_factory=dict)

    def __str__(self) -> str:
        return "；".join(f"{k}: {v}" for k, v in self.problems.items())
