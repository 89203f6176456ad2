"""`exchange export` / `exchange import` as an office scripts them: two townships built with
`init --township`, their packages merged by the county, refusals with exit 1."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

import pytest
from pypdf import PdfReader
from sqlalchemy import func, select

from emergency_desk.cli import main
from emergency_desk.data.migrate import open_database
from emergency_desk.data.officers import InfoOfficer
from emergency_desk.data.server import ServerAddress
from tests.conftest import db_arg


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def _officers(target: Path | ServerAddress) -> tuple[int, int]:
    db = open_database(target)
    try:
        with db.read() as s:
            live = s.scalar(select(func.count()).select_from(InfoOfficer).where(
                InfoOfficer.is_deleted.is_(False)))
            gone = s.scalar(select(func.count()).select_from(InfoOfficer).where(
                InfoOfficer.is_deleted.is_(True)))
        return int(live or 0), int(gone or 0)
    finally:
        db.dispose()


def _roster(path: Path, town: str, village: str, people: list[tuple[str, str]]) -> Path:
    import openpyxl

    from emergency_desk.values import id_check_char

    wb = openpyxl.Workbook()
    ws = wb.active
    assert ws is not None
    ws.append([f"{town}灾害信息员名册"])
    ws.append(["序号", "乡镇", "村(社区)", "姓名", "身份证号", "手机号码", "岗位"])
    for i, (name, birth) in enumerate(people, 1):
        first17 = f"341023{birth}{i * 2 + 1:03d}"
        ws.append([i, town, village, name, first17 + id_check_char(first17),
                   f"139055{i:05d}", "A岗" if i == 1 else "B岗"])
    ws.append(["填表人：", "汪某"])
    wb.save(path)
    return path


def test_two_townships_merge_at_the_county_and_again_changes_nothing(
        tmp_path: Path, capsys: pytest.CaptureFixture[str],
        any_target: Path | ServerAddress) -> None:
    """Townships keep SQLite files; the county is a file or the county server (any_target)."""
    towns = {"341023100000": ("碧阳镇", "马道村", [("汪明", "19800301"), ("胡华", "19810402")]),
             "341023101000": ("宏村镇", "塔川村", [("江涛", "19750101"), ("余亮", "19860606"),
                                                 ("叶平", "19900909")])}
    packages = []
    for code, (town, village, people) in towns.items():
        db = tmp_path / f"{town}.sqlite3"
        assert run(capsys, "--db", str(db), "init", "--county", "341023", "--township", code,
                   "--office", f"{town}应急办")[0] == 0
        sheet = _roster(tmp_path / f"{town}.xlsx", town, village, people)
        assert run(capsys, "--db", str(db), "import", "officers", str(sheet))[0] == 0
        package = tmp_path / town  # no suffix: .edx is added
        code_, out, _err = run(capsys, "--db", str(db), "exchange", "export", "--out",
                               str(package))
        assert code_ == 0 and "灾害信息员" in out
        packages.append(package.with_suffix(".edx"))
    county = any_target
    assert run(capsys, "--db", db_arg(county), "init", "--county", "341023",
               "--office", "黟县应急管理局")[0] == 0
    for package in packages:
        code, out, _ = run(capsys, "--db", db_arg(county), "exchange", "import", str(package))
        assert code == 0 and "新增" in out
    assert _officers(county) == (5, 0)
    code, out, _ = run(capsys, "--db", db_arg(county), "exchange", "import", str(packages[1]))
    assert code == 0 and "没有需要合并的变化" in out
    assert _officers(county) == (5, 0)
    roster = tmp_path / "全县灾害信息员.pdf"  # the county-wide roster holds both townships
    assert run(capsys, "--db", db_arg(county), "report", "officers", "--out", str(roster))[0] == 0
    text = "".join(page.extract_text() for page in PdfReader(roster).pages)
    for name in ("汪明", "胡华", "江涛", "余亮", "叶平"):
        assert name in text
    assert "碧阳镇" in text and "宏村镇" in text


def test_a_damaged_or_foreign_package_exits_1_and_writes_nothing(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    town, county = tmp_path / "town.sqlite3", tmp_path / "county.sqlite3"
    run(capsys, "--db", str(town), "init", "--county", "341023", "--township", "341023100000",
        "--office", "碧阳镇应急办")
    run(capsys, "--db", str(county), "init", "--county", "360222", "--office", "浮梁县应急管理局")
    package = tmp_path / "碧阳镇.edx"
    assert run(capsys, "--db", str(town), "exchange", "export", "--out", str(package))[0] == 0
    before = county.read_bytes()
    code, _out, err = run(capsys, "--db", str(county), "exchange", "import", str(package))
    assert code == 1 and "另一个县" in err
    with zipfile.ZipFile(package) as z:
        parts = {n: z.read(n) for n in z.namelist()}
    manifest = json.loads(parts["manifest.json"])
    manifest["format_version"] = 99
    parts["manifest.json"] = json.dumps(manifest).encode()
    newer = tmp_path / "newer.edx"
    with zipfile.ZipFile(newer, "w") as z:
        for n, data in parts.items():
            z.writestr(n, data)
    code, _out, err = run(capsys, "--db", str(town), "exchange", "import", str(newer))
    assert code == 1 and "升级" in err
    not_zip = tmp_path / "照片.edx"
    not_zip.write_bytes(b"\xff\xd8\xff\xe0 not a package")
    code, _out, err = run(capsys, "--db", str(town), "exchange", "import", str(not_zip))
    assert code == 1 and "损坏" in err
    assert county.read_bytes() == before
    code, _out, err = run(capsys, "--db", str(town), "exchange", "import",
                          str(tmp_path / "missing.edx"))
    assert code == 3 and "找不到文件" in err
