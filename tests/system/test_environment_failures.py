"""A full disk, a read-only folder, an Excel file held by another program, a USB stick pulled out
mid-backup: each gives a plain Chinese message, exit code 3 on the CLI, no traceback, and nothing
half-written — neither in the database nor at the destination."""

from __future__ import annotations

import builtins
import errno
import gc
import hashlib
import os
import shutil
import sqlite3
from collections.abc import Callable
from pathlib import Path
from typing import Any

import openpyxl
import pytest

from emergency_desk.cli import main
from emergency_desk.data import backup
from emergency_desk.data import db as db_module
from emergency_desk.data.db import Database
from emergency_desk.data.enums import RegionLevel
from emergency_desk.errors import EnvironmentProblem
from emergency_desk.services.regions.regions import RegionInput, RegionService

HEADER = ["区划代码", "名称", "层级", "上级", "灾害多发频发", "人口", "主要灾种", "备注"]


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def assert_refused(result: tuple[int, str, str], *words: str) -> None:
    code, _, err = result
    assert code == 3, err
    assert "Traceback" not in err and "程序内部出错" not in err, err
    for w in words:
        assert w in err, err


def region_names(path: Path) -> list[str]:
    con = sqlite3.connect(path)
    try:
        return [r[0] for r in con.execute("SELECT name FROM region ORDER BY id")]
    finally:
        con.close()


def digest(path: Path) -> str:
    con = sqlite3.connect(path)  # the content, not the bytes: a WAL checkpoint moves pages
    try:
        assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        return hashlib.sha256("\n".join(con.iterdump()).encode()).hexdigest()
    finally:
        con.close()


@pytest.fixture
def county(db: Database, db_path: Path) -> Path:
    RegionService(db).create(RegionInput(name="黟县", level=RegionLevel.COUNTY,
                                         code="341023000000"))
    db.dispose()
    return db_path


@pytest.fixture
def sheet(tmp_path: Path) -> Path:
    wb = openpyxl.Workbook()
    ws = wb.active
    assert ws is not None
    ws.append(HEADER)
    for i in range(300):  # enough rows to need new pages in the file
        ws.append([f"341023{100 + i:03d}000", f"测试{i}镇", "乡镇", "黟县", "否", 1000,
                   "洪涝、地质灾害", "备注" * 20])
    path = tmp_path / "乡镇.xlsx"
    wb.save(path)
    return path


def on_every_connection(monkeypatch: pytest.MonkeyPatch, *pragmas: str) -> None:
    """Every new database connection runs `pragmas` (how a test makes SQLite's storage fail)."""
    original = db_module._on_connect

    def connect(conn: sqlite3.Connection, record: Any) -> None:
        original(conn, record)
        for p in pragmas:
            conn.execute(p)

    monkeypatch.setattr(db_module, "_on_connect", connect)


def failing_open(monkeypatch: pytest.MonkeyPatch, module: Any, target: Callable[[Path], bool],
                 exc: OSError) -> None:
    """`open` inside `module` raises `exc` for paths `target` accepts (a lock held by Excel, a
    read-only folder); other files open normally."""
    def fake(file: Any, *args: Any, **kwargs: Any) -> Any:
        if target(Path(file)):
            raise exc
        return builtins.open(file, *args, **kwargs)

    monkeypatch.setattr(module, "open", fake, raising=False)


# -- import -------------------------------------------------------------------------------
def test_import_onto_a_full_disk_writes_nothing(
        county: Path, sheet: Path, capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch) -> None:
    con = sqlite3.connect(county)
    pages = con.execute("PRAGMA page_count").fetchone()[0]
    con.close()
    on_every_connection(monkeypatch, f"PRAGMA max_page_count={pages}")  # the disk is full
    assert_refused(run(capsys, "--db", str(county), "import", "regions", str(sheet)),
                   "磁盘空间不足", "没有写入任何内容")
    assert region_names(county) == ["黟县"]


def test_import_into_a_read_only_database_writes_nothing(
        county: Path, sheet: Path, capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch) -> None:
    on_every_connection(monkeypatch, "PRAGMA query_only=ON")
    assert_refused(run(capsys, "--db", str(county), "import", "regions", str(sheet)), "只读")
    assert region_names(county) == ["黟县"]


def test_a_form_save_on_a_full_disk_is_a_plain_message(
        county: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    con = sqlite3.connect(county)
    pages = con.execute("PRAGMA page_count").fetchone()[0]
    con.close()
    on_every_connection(monkeypatch, f"PRAGMA max_page_count={pages}")
    db = Database(county)
    saved = 0
    try:
        with pytest.raises(EnvironmentProblem, match="磁盘空间不足"):
            for i in range(2000):  # each save its own transaction, until the disk is full
                RegionService(db).create(RegionInput(name=f"测试{i}县", level=RegionLevel.COUNTY,
                                                     remark="备注" * 40))
                saved += 1
    finally:
        db.dispose()
    assert len(region_names(county)) == 1 + saved  # every earlier save kept, the failed one not
    digest(county)  # and the file is sound


def test_import_of_a_file_held_open_by_excel(
        county: Path, sheet: Path, capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch) -> None:
    from emergency_desk.io import reader

    failing_open(monkeypatch, reader, lambda p: p == sheet,
                 PermissionError(errno.EACCES, "Permission denied", str(sheet)))
    assert_refused(run(capsys, "--db", str(county), "import", "regions", str(sheet)),
                   "正被其他程序使用", "Excel")
    assert region_names(county) == ["黟县"]


# -- export -------------------------------------------------------------------------------
@pytest.mark.filterwarnings("ignore::pytest.PytestUnraisableExceptionWarning")
def test_export_onto_a_full_disk_keeps_the_previous_file(
        county: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch) -> None:
    out = tmp_path / "out" / "区划.xlsx"
    assert run(capsys, "--db", str(county), "export", "regions", str(out))[0] == 0
    before = out.read_bytes()

    def save_half(self: openpyxl.Workbook, filename: Any) -> None:
        Path(filename).write_bytes(b"PK\x03\x04half a workbook")
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(openpyxl.Workbook, "save", save_half)
    assert_refused(run(capsys, "--db", str(county), "export", "regions", str(out)),
                   "磁盘空间不足", "没有保存")
    assert out.read_bytes() == before
    assert sorted(p.name for p in out.parent.iterdir()) == ["区划.xlsx"]
    gc.collect()  # the abandoned write-only workbook complains here, not in a later test


@pytest.mark.parametrize("existing", [False, True])
def test_export_to_a_read_only_folder_or_a_file_open_in_excel(
        county: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch, existing: bool) -> None:
    from emergency_desk.io import exporter

    folder = tmp_path / "只读"
    folder.mkdir()
    out = folder / "区划.xlsx"
    if existing:
        out.write_bytes(b"the user's open workbook")
    failing_open(monkeypatch, exporter, lambda p: p.parent == folder,
                 PermissionError(errno.EACCES, "Permission denied"))
    assert_refused(run(capsys, "--db", str(county), "export", "regions", str(out)),
                   "无法写入", "没有权限", "Excel")
    assert [p.name for p in folder.iterdir()] == (["区划.xlsx"] if existing else [])
    if existing:
        assert out.read_bytes() == b"the user's open workbook"


@pytest.mark.filterwarnings("ignore::pytest.PytestUnraisableExceptionWarning")
def test_template_to_a_full_disk(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                 monkeypatch: pytest.MonkeyPatch) -> None:
    def no_space(self: openpyxl.Workbook, filename: Any) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(openpyxl.Workbook, "save", no_space)
    out = tmp_path / "模板.xlsx"
    assert_refused(run(capsys, "template", "regions", str(out)), "磁盘空间不足")
    assert list(tmp_path.glob("*.xlsx*")) == []
    gc.collect()


# -- report -------------------------------------------------------------------------------
@pytest.mark.parametrize(("code", "words"), [
    (errno.ENOSPC, "磁盘空间不足"), (errno.EACCES, "没有权限")])
def test_report_that_cannot_be_written_leaves_no_file(
        county: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch, code: int, words: str) -> None:
    from emergency_desk.reports.pdf import ReportDocument

    def save_half(self: ReportDocument, path: Any) -> Path:
        Path(path).write_bytes(b"%PDF-1.4 half")
        raise (PermissionError if code == errno.EACCES else OSError)(code, os.strerror(code))

    monkeypatch.setattr(ReportDocument, "save", save_half)
    folder = tmp_path / "reports"
    folder.mkdir()
    result = run(capsys, "--db", str(county), "report", "alerts", "--out",
                 str(folder / "预警.pdf"))
    assert_refused(result, words)
    assert list(folder.iterdir()) == []


# -- backup -------------------------------------------------------------------------------
def pull_the_stick_during_copy(monkeypatch: pytest.MonkeyPatch, stick: Path) -> None:
    """The destination folder vanishes after the copy is written and before it is finished."""
    real_fsync = os.fsync

    def fsync(fd: int) -> None:
        shutil.rmtree(stick)
        real_fsync(fd)

    monkeypatch.setattr(backup.os, "fsync", fsync)


def test_a_stick_pulled_out_mid_backup_leaves_the_source_untouched_and_says_so(
        county: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    before = digest(county)
    stick = tmp_path / "U盘"
    stick.mkdir()
    pull_the_stick_during_copy(monkeypatch, stick)
    with pytest.raises(EnvironmentProblem) as info:
        backup.make_backup(county, stick / "备份.sqlite3")
    assert "备份没有完成，原数据库未受影响" in info.value.message
    assert "U 盘可能已拔出" in info.value.message
    assert digest(county) == before and not stick.exists()


def test_a_stick_pulled_out_mid_backup_on_the_cli(
        county: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch) -> None:
    before = digest(county)
    stick = tmp_path / "U盘"
    stick.mkdir()
    pull_the_stick_during_copy(monkeypatch, stick)
    assert_refused(run(capsys, "--db", str(county), "backup", str(stick / "备份.sqlite3")),
                   "原数据库未受影响")
    assert digest(county) == before


@pytest.mark.parametrize(("exc", "words"), [
    (OSError(errno.ENOSPC, "No space left on device"), "磁盘空间不足"),
    (PermissionError(errno.EACCES, "Permission denied"), "没有写入权限"),
    (OSError(errno.EIO, "Input/output error"), "U 盘可能已拔出")])
def test_backup_errors_from_the_copy_leave_no_partial_file(
        county: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch, exc: OSError, words: str) -> None:
    before = digest(county)
    stick = tmp_path / "U盘"
    stick.mkdir()

    def fail(_fd: int) -> None:
        raise exc

    monkeypatch.setattr(backup.os, "fsync", fail)
    assert_refused(run(capsys, "--db", str(county), "backup", str(stick / "备份.sqlite3")),
                   "原数据库未受影响", words)
    assert digest(county) == before
    assert list(stick.iterdir()) == []
