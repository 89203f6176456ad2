"""Paths as they are on office PCs: Chinese folder names with spaces (C:\\Users\\张 三\\桌面\\…),
and paths longer than Windows' old 260-character limit (deep network-share folders).

Every command that takes a file is driven through the CLI with such paths: template, import,
export, report, backup and restore. The database itself lives in a Chinese folder with spaces;
SQLite cannot open a database under a path that long, and says so plainly (last test)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import openpyxl
import pytest
from pypdf import PdfReader

from emergency_desk.cli import main

HEADER = ["区划代码", "名称", "层级", "上级", "灾害多发频发", "人口", "主要灾种", "备注"]


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def chinese_folder(tmp_path: Path) -> Path:
    folder = tmp_path / "张 三" / "桌面" / "应急 台账（2024 年）"
    folder.mkdir(parents=True)
    return folder


def long_folder(tmp_path: Path) -> Path:
    """A folder whose path is over 300 characters (each part stays under 255 bytes)."""
    folder = tmp_path
    level = 1
    while len(str(folder)) < 300:
        folder = folder / f"乡镇应急管理办公室 共享文件夹 第{level}层 资料"
        level += 1
    folder.mkdir(parents=True)
    assert len(str(folder)) > 300
    return folder


@pytest.fixture(params=["chinese_with_spaces", "longer_than_260"])
def folder(request: pytest.FixtureRequest, tmp_path: Path) -> Path:
    return chinese_folder(tmp_path / "文件") if request.param == "chinese_with_spaces" \
        else long_folder(tmp_path / "文件")


def test_every_file_command_works_in_such_folders(
        folder: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = chinese_folder(tmp_path) / "数据 库" / "台账 数据.sqlite3"
    base = ("--db", str(db))
    template = folder / "行政区划 导入模板.xlsx"
    assert run(capsys, *base, "template", "regions", str(template))[0] == 0
    wb = openpyxl.load_workbook(template)
    ws = wb.worksheets[0]
    assert [c.value for c in ws[1]][:8] == HEADER
    ws.append(["341023000000", "黟县", "县", None, "否", 90000, None, None])
    ws.append(["341023100000", "碧阳镇", "乡镇", "黟县", "是", None, "山洪", "文件夹 测试"])
    wb.save(template)

    code, out, err = run(capsys, *base, "import", "regions", str(template))
    assert code == 0, err
    assert "新增 2 条" in out and db.is_file()

    exported = folder / "导出 结果" / "行政区划 导出.xlsx"
    exported.parent.mkdir()
    code, _, err = run(capsys, *base, "export", "regions", str(exported))
    assert code == 0, err
    names = [r[1] for r in openpyxl.load_workbook(exported).worksheets[0]
             .iter_rows(min_row=2, values_only=True)]
    assert names == ["黟县", "碧阳镇"]

    pdf = folder / "报表 输出.pdf"
    code, _, err = run(capsys, *base, "report", "regions", "--out", str(pdf))
    assert code == 0, err
    assert "碧阳镇" in "".join(p.extract_text() for p in PdfReader(pdf).pages)

    copy = folder / "备份 文件夹"
    copy.mkdir()
    code, out, err = run(capsys, *base, "backup", str(copy))  # a folder: the file is named
    assert code == 0, err
    backups = list(copy.glob("*.sqlite3"))
    assert len(backups) == 1 and "manual" in backups[0].name

    # A change, then restore: the change is gone, and the restore's safety copy is beside db.
    extra = folder / "补充.xlsx"
    wb2 = openpyxl.Workbook()
    ws2 = wb2.active
    assert ws2 is not None
    ws2.append(HEADER)
    ws2.append(["341023101000", "宏村镇", "乡镇", "黟县", "否", None, None, None])
    wb2.save(extra)
    assert run(capsys, *base, "import", "regions", str(extra))[0] == 0
    code, out, err = run(capsys, *base, "restore", str(backups[0]))
    assert code == 0, err
    code, out, _ = run(capsys, *base, "export", "regions", str(exported))
    names = [r[1] for r in openpyxl.load_workbook(exported).worksheets[0]
             .iter_rows(min_row=2, values_only=True)]
    assert names == ["黟县", "碧阳镇"]
    assert list((db.parent / "backups").glob("*before-restore*"))


def test_a_missing_file_in_a_chinese_folder_is_named_in_the_message(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    missing = chinese_folder(tmp_path) / "没有 这个文件.xlsx"
    code, _, err = run(capsys, "import", "regions", str(missing))
    assert code == 3
    assert str(missing) in err and "找不到文件" in err


def test_the_program_started_as_a_process_takes_such_paths_as_arguments(tmp_path: Path) -> None:
    """argv and the console carry the Chinese path in and out (UTF-8 mode, as installed)."""
    folder = chinese_folder(tmp_path)
    db = folder / "台账 数据.sqlite3"
    pdf = folder / "预警 清单.pdf"
    for args in (["demo"], ["report", "alerts", "--out", str(pdf)]):
        proc = subprocess.run([sys.executable, "-X", "utf8", "-m", "emergency_desk",
                               "--db", str(db), *args],
                              capture_output=True, timeout=120, encoding="utf-8")
        assert proc.returncode == 0, proc.stderr
    assert str(pdf) in proc.stdout
    assert pdf.read_bytes().startswith(b"%PDF")


def test_a_database_path_too_long_for_sqlite_is_refused_with_what_to_do(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = long_folder(tmp_path) / "台账.sqlite3"
    code, _, err = run(capsys, "--db", str(db), "demo")
    assert code == 3  # an environment problem, not a crash
    assert "路径太长" in err and "Traceback" not in err
    assert not db.exists()


def test_folder_names_with_url_characters_work(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """`#` and `%` are legal in Windows folder names and must not be read as URL syntax."""
    folder = tmp_path / "资料#1 进度100%20"
    folder.mkdir()
    db = folder / "台账 #2.sqlite3"
    assert run(capsys, "--db", str(db), "demo")[0] == 0
    assert db.is_file() and not (tmp_path / "资料").exists()
    copy = folder / "备份 #1.sqlite3"
    assert run(capsys, "--db", str(db), "backup", str(copy))[0] == 0
    code, _, err = run(capsys, "--db", str(db), "restore", str(copy))
    assert code == 0, err
    assert run(capsys, "--db", str(db), "check")[0] == 0
