"""The audit log survives a restore: its rows are carried into the restored data.

A restore puts back an older copy of the data, and with it an older audit log; without this,
a restore would erase the record of everything done since (and of the restore itself). Before
the copy back, the live log is read; the rows the backup lacks are added to a private copy of
the backup, with one row recording the restore, and that copy is what is copied into place,
in one step, so the live file never holds the data without its log.
"""

from __future__ import annotations

import contextlib
import json
import shutil
import sqlite3
import tempfile
from collections.abc import Iterator
from pathlib import Path

from emergency_desk.data.audit import current_user
from emergency_desk.data.base import now
from emergency_desk.data.sqlite_paths import readonly_uri

_COLUMNS = ("at", "user", "action", "table_name", "record_id", "record_uuid", "summary",
            "changes")
_SELECT = "SELECT " + ", ".join(f'"{c}"' for c in _COLUMNS) + " FROM audit_log ORDER BY id"
_INSERT = ("INSERT INTO audit_log (" + ", ".join(f'"{c}"' for c in _COLUMNS) + ") VALUES ("
           + ", ".join("?" for _ in _COLUMNS) + ")")
Row = tuple[object, ...]


def live_rows(db_path: Path) -> list[Row]:
    """The live database's audit rows; none when it is missing or cannot be read (a damaged
    file is moved aside whole by the restore, its log with it)."""
    if not db_path.exists():
        return []
    try:
        con = sqlite3.connect(readonly_uri(db_path), uri=True)
        try:
            return [tuple(r) for r in con.execute(_SELECT)]
        finally:
            con.close()
    except sqlite3.Error:
        return []


@contextlib.contextmanager
def prepared(readable: Path, carried: list[Row], backup_file: Path,
             safety: Path) -> Iterator[Path]:
    """A private copy of the backup with the live log's missing rows and a restore row."""
    folder = Path(tempfile.mkdtemp(prefix="emergency-desk-restore-"))
    try:
        target = folder / "restore.sqlite3"
        src = sqlite3.connect(readonly_uri(readable), uri=True)
        try:
            dst = sqlite3.connect(target)
            try:
                src.backup(dst)
                dst.execute("PRAGMA journal_mode=DELETE")
                have = {tuple(r) for r in dst.execute(_SELECT)}
                missing = [r for r in carried if r not in have]
                dst.executemany(_INSERT, missing)
                changes = {"备份文件": str(backup_file), "恢复前的数据": str(safety),
                           "带回的日志条数": len(missing)}
                dst.execute(_INSERT, (now().isoformat(sep=" ") + ".000000", current_user(),
                                      "restore-db", "*", None, None,
                                      f"从备份恢复数据：{backup_file.name}"[:200],
                                      json.dumps(changes, ensure_ascii=False)))
                dst.commit()
            finally:
                dst.close()
        finally:
            src.close()
        yield target
    finally:
        shutil.rmtree(folder, ignore_errors=True)
