"""Backups and restores with SQLite's online backup API.

A backup is written to a temporary name, synced, then renamed: a pulled USB stick or a power cut
leaves either a complete copy or no copy, never a half file under the real name. A restore
validates the file first, keeps the current data as a backup, and copies into the live database
in one SQLite transaction (the backup API), which is safe with WAL files beside it.
"""

from __future__ import annotations

import contextlib
import os
import re
import shutil
import sqlite3
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from emergency_desk.data import access, audit_carry, schema_check, write_lock
from emergency_desk.data.db import Database
from emergency_desk.data.schema_file import inspect_file, known_revisions
from emergency_desk.data.sqlite_paths import readonly_uri, too_long_for_sqlite
from emergency_desk.errors import DatabaseDamaged, EnvironmentProblem, KnownError, os_reason
from emergency_desk.i18n import t
from emergency_desk.paths import backup_dir_for

_NAME = re.compile(
    r"^(?P<stem>.+)-(?P<stamp>\d{8}-\d{6})-(?P<reason>[a-z]+(?:-[a-z]+)*)(?:-\d+)?\.sqlite3$"
)


@dataclass(frozen=True)
class BackupFile:
    path: Path
    taken_at: datetime
    reason: str
    size: int


@contextlib.contextmanager
def _staging(path: Path) -> Iterator[Path]:
    """A path SQLite can open for `path`: itself, or a file in the temporary folder when `path`
    is too long for SQLite (a deep folder on a network share); the caller copies across."""
    if not too_long_for_sqlite(path):
        yield path
        return
    folder = Path(tempfile.mkdtemp(prefix="emergency-desk-"))
    try:
        yield folder / "staged.sqlite3"
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def _copy_sqlite(src: Path, dest: Path) -> None:
    tmp = dest.with_name(dest.name + ".part")
    try:
        dest.parent.mkdir(parents=True, exist_ok=True)
        with _staging(tmp) as target:
            s = sqlite3.connect(readonly_uri(src), uri=True)
            try:
                d = sqlite3.connect(target)
                try:
                    s.backup(d)
                    d.execute("PRAGMA journal_mode=DELETE")  # one self-contained file
                finally:
                    d.close()
            finally:
                s.close()
            if target != tmp:
                shutil.copyfile(target, tmp)
        with open(tmp, "rb+") as fh:
            os.fsync(fh.fileno())
        os.replace(tmp, dest)
    except (OSError, sqlite3.Error) as exc:
        with contextlib.suppress(OSError):
            tmp.unlink(missing_ok=True)
        raise EnvironmentProblem(
            t("备份没有完成，原数据库未受影响：{err}。请检查目标磁盘是否已插好、是否有足够空间。",
              err=os_reason(exc) if isinstance(exc, OSError) else exc)) from exc


def make_backup(db_path: Path, dest: Path | None = None, *, reason: str = "manual") -> Path:
    """Copy the database to `dest` (or the rotation folder). Returns the file written."""
    if dest is None:
        stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
        folder = backup_dir_for(db_path)
        dest = folder / f"{db_path.stem}-{stamp}-{reason}.sqlite3"
        n = 1
        while dest.exists():  # two backups in the same second
            n += 1
            dest = folder / f"{db_path.stem}-{stamp}-{reason}-{n}.sqlite3"
    _copy_sqlite(db_path, dest)
    return dest


def safety_copy(db: Database, reason: str, dest: Path | None = None) -> Path:
    """A copy of `db` before something replaces its data: the file copied, or the county
    server dumped with pg_dump (data/server_backup.py; refused plainly without it)."""
    if db.server is not None:
        from emergency_desk.data import server_backup

        return server_backup.dump(db, dest or server_backup.rotation_name(db, reason))
    return make_backup(db.path, dest, reason=reason)


def backup_by_user(db: Database, dest: Path) -> Path:
    """A backup someone asked for. Where roles are on it is an administrator's action: a
    backup holds every 身份证号 in full, which a 只读 user's exports never show. Audited."""
    access.require_admin(db, t("备份数据库（备份中有完整的身份证号）"))
    written = safety_copy(db, "manual", dest)
    db.record_event("backup", "*", f"备份数据库：{written}", {"文件": str(written)})
    return written


def clean_leftovers(db_path: Path, *, older_than: float = 600.0) -> list[Path]:
    """Remove `.part` / `.part-journal` files a killed backup or restore left (up to the size
    of the database each) beside the database and in its backups folder. Only ones untouched
    for `older_than` seconds: a backup running in another window is still writing its own."""
    removed: list[Path] = []
    cutoff = datetime.now().timestamp() - older_than
    for folder in {db_path.parent, backup_dir_for(db_path)}:
        if not folder.is_dir():
            continue
        for pattern in ("*.part", "*.part-journal", "*.part-wal", "*.part-shm"):
            for leftover in folder.glob(pattern):
                with contextlib.suppress(OSError):
                    if leftover.stat().st_mtime < cutoff:
                        leftover.unlink()
                        removed.append(leftover)
    return removed


def list_backups(db_path: Path) -> list[BackupFile]:
    folder = backup_dir_for(db_path)
    out: list[BackupFile] = []
    if not folder.exists():
        return out
    for p in folder.glob("*.sqlite3"):
        m = _NAME.match(p.name)
        if not m:
            continue
        taken = datetime.strptime(m["stamp"], "%Y%m%d-%H%M%S")
        out.append(BackupFile(p, taken, m["reason"], p.stat().st_size))
    return sorted(out, key=lambda b: b.taken_at, reverse=True)


def rotate(db_path: Path, keep: int) -> list[Path]:
    """Keep the newest `keep` automatic backups; manual ones are the user's to delete."""
    auto = [b for b in list_backups(db_path) if b.reason != "manual"]
    removed = []
    for b in auto[keep:]:
        with contextlib.suppress(OSError):
            b.path.unlink()
            removed.append(b.path)
    return removed


def auto_backup_if_due(db_path: Path, keep: int = 30) -> Path | None:
    """The daily automatic backup: one per calendar day, on the first start of the day."""
    if not db_path.exists():
        return None
    today = datetime.now().date()

    def taken() -> bool:
        return any(b.reason == "daily" and b.taken_at.date() == today
                   for b in list_backups(db_path))

    if taken():
        return None
    # Two programs starting their first write of the day at once (two imports) must not both
    # write the same copy: the second waits for the first and then finds today's copy.
    with write_lock.held(db_path):
        if taken():
            return None
        made = make_backup(db_path, reason="daily")
        rotate(db_path, keep)
    return made


def restore(db_path: Path, backup_file: Path) -> Path:
    """Replace the database's content with `backup_file`. Returns the safety copy made first.

    The caller must have closed its own connections (engine.dispose()).
    """
    backup_file = Path(backup_file)
    if not backup_file.exists():
        raise EnvironmentProblem(t("找不到备份文件 {path}。", path=backup_file))
    with _staging(backup_file) as readable:
        if readable != backup_file:
            try:
                shutil.copyfile(backup_file, readable)
            except OSError as exc:
                raise EnvironmentProblem(t("无法读取备份文件 {path}：{err}", path=backup_file,
                                           err=exc.strerror or exc)) from exc
        return _restore_from(db_path, readable, backup_file)


def _restore_from(db_path: Path, readable: Path, backup_file: Path) -> Path:
    rev = inspect_file(readable)  # raises for damaged or foreign files
    if rev is None:
        raise EnvironmentProblem(t("{path} 不是应急资源台账的备份文件。", path=backup_file))
    if rev not in known_revisions():
        raise EnvironmentProblem(t("备份 {path} 来自更新版本的程序，不能恢复。请安装最新版本。",
                                   path=backup_file))
    found = schema_check.problems(readable, rev)
    if found:
        raise DatabaseDamaged(t("备份 {path} 的结构或内容与本程序创建的不符（{detail}），没有恢复，"
                                "现有数据未改动。请选择另一份备份。", path=backup_file,
                                detail="；".join(found[:3])))
    # From the safety copy to the end of the copy back no writer may commit: an import saved
    # in between would be in neither file.
    with write_lock.held(db_path):
        carried = audit_carry.live_rows(db_path)
        safety = _keep_current(db_path) if db_path.exists() else db_path
        try:
            with audit_carry.prepared(readable, carried, backup_file, safety) as ready:
                src = sqlite3.connect(ready)
                try:
                    dst = sqlite3.connect(db_path)
                    try:
                        src.backup(dst)
                        dst.execute("PRAGMA journal_mode=WAL")
                    finally:
                        dst.close()
                finally:
                    src.close()
        except sqlite3.Error as exc:
            raise EnvironmentProblem(
                t("恢复没有完成，数据库保持原样：{err}", err=exc)) from exc
    return safety


def _keep_current(db_path: Path) -> Path:
    """Keep the data a restore replaces. A sound file is backed up as usual; a damaged or
    foreign one cannot be read by the backup API, so the file itself (with its WAL) is moved
    into the backups folder untouched — someone may still rescue rows from it."""
    try:
        inspect_file(db_path)
    except DatabaseDamaged:
        return set_aside(db_path, "damaged")
    return make_backup(db_path, reason="before-restore")


def set_aside(db_path: Path, reason: str) -> Path:
    """Move the database file (and its -wal/-shm) into the backups folder; returns the new path."""
    folder = backup_dir_for(db_path)
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    dest = folder / f"{db_path.stem}-{stamp}-{reason}.sqlite3"
    try:
        folder.mkdir(parents=True, exist_ok=True)
        n = 1
        while dest.exists():
            n += 1
            dest = folder / f"{db_path.stem}-{stamp}-{reason}-{n}.sqlite3"
        for suffix in ("-wal", "-shm"):
            side = db_path.with_name(db_path.name + suffix)
            if side.exists():
                os.replace(side, dest.with_name(dest.name + suffix))
        os.replace(db_path, dest)
    except OSError as exc:
        raise EnvironmentProblem(t("无法把损坏的数据库移到备份文件夹：{err}", err=exc)) from exc
    return dest


def latest_good_backup(db_path: Path) -> BackupFile | None:
    """The newest backup that passes the integrity check and that this program can open."""
    known = known_revisions()
    for b in list_backups(db_path):
        if b.reason == "damaged":
            continue
        try:
            rev = inspect_file(b.path)
        except KnownError:
            continue
        if rev is not None and rev in known:
            return b
    return None
