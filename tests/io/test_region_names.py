"""Region cells as townships write them: 柏山村村委会, 柏山, 碧阳 all find the official tree; an
ambiguous short form is an error listing the candidates; the dry run shows each match; the
published layout (区划代码 + 名称 only) imports into the region register."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import openpyxl
import pytest

from emergency_desk.cli import main
from emergency_desk.data.enums import RegionLevel
from emergency_desk.data.migrate import open_database
from emergency_desk.services.officers.views import officers_in
from emergency_desk.services.regions.regions import RegionInput, RegionQuery, RegionService

HEADER = ["乡镇", "村(社区)", "姓名", "性别", "手机号码", "层级", "岗位(A岗/B岗/单岗)"]


def sheet(path: Path, rows: list[list[Any]]) -> Path:
    wb = openpyxl.Workbook()
    ws = wb.active
    assert ws is not None
    for r in rows:
        ws.append(r)
    wb.save(path)
    return path


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def officer_places(db_path: Path) -> dict[str, str]:
    """Each officer's region below the county, by name."""
    db = open_database(db_path)
    try:
        with db.read() as s:
            return {r.name: r.region_path.split("/", 1)[1] for r in officers_in(s)}
    finally:
        db.dispose()


@pytest.fixture
def yixian(db_path: Path, capsys: pytest.CaptureFixture[str]) -> Path:
    code, _, err = run(capsys, "--db", str(db_path), "init", "--county", "341023",
                       "--office", "黟县应急管理局")
    assert code == 0, err
    return db_path


def test_roster_names_with_committee_suffix_and_short_forms_match(
        yixian: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    roster = sheet(tmp_path / "名册.xlsx", [
        ["黟县灾害信息员名册"], HEADER,
        ["碧阳镇", "柏山村村委会", "汪春生", "男", "13905590001", "村", "A岗"],
        ["碧阳", "柏山", "胡丽华", "女", "13905590002", "村", "B岗"],
        ["碧阳镇", "郭门社区居委会", "程建国", "男", "13905590003", "社区", "A岗"],
        ["西递镇", "霭峰村", "叶晓燕", "女", "13905590004", "村", "A岗"],
    ])
    code, out, err = run(capsys, "--db", str(yixian), "import", "officers", str(roster),
                         "--dry-run")
    assert code == 0, err
    assert "柏山 → 柏山村" in out and "碧阳 → 碧阳镇" in out
    assert "柏山村村委会 → 柏山村" in out and "郭门社区居委会 → 郭门社区" in out
    assert "将新增 4 条" in out
    code, out, err = run(capsys, "--db", str(yixian), "import", "officers", str(roster))
    assert code == 0, err


def test_an_ambiguous_short_form_lists_the_candidates(
        yixian: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    # 碧阳镇 has both 郭门村 and 郭门社区: "郭门" could be either.
    roster = sheet(tmp_path / "r.xlsx", [HEADER,
                                         ["碧阳镇", "郭门", "汪春生", "男", "13905590001", "村",
                                          "A岗"]])
    code, _, err = run(capsys, "--db", str(yixian), "import", "officers", str(roster))
    assert code == 1
    line = err.splitlines()[0]
    assert line.startswith("第 2 行") and "郭门村" in line and "郭门社区" in line


def test_the_published_layout_imports_into_regions(
        db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    official = sheet(tmp_path / "统计用区划代码.xlsx", [
        ["统计用区划代码", "名称"],
        ["341023000000", "黟县"],
        ["341023100000", "碧阳镇"],
        ["341023100203", "柏山村村委会"],
        ["341023100001", "郭门社区居委会"],
        [341023103000, "西递镇"],
        ["341023103201", "靄峰村村委会"],
    ])
    code, out, err = run(capsys, "--db", str(db_path), "import", "regions", str(official))
    assert code == 0, err
    db = open_database(db_path)
    try:
        rows = {r.name: r for r in RegionService(db).list(RegionQuery())}
    finally:
        db.dispose()
    assert rows["柏山村"].path == "黟县/碧阳镇/柏山村" and rows["柏山村"].level.zh == "村"
    assert rows["郭门社区"].level.zh == "社区"
    assert rows["西递镇"].level.zh == "乡镇" and rows["西递镇"].parent_name == "黟县"
    assert rows["霭峰村"].parent_name == "西递镇"
    # the same file again changes nothing; `init` over it finds every region already there
    assert "新增 0 条" in run(capsys, "--db", str(db_path), "import", "regions",
                            str(official))[1]
    code, out, _ = run(capsys, "--db", str(db_path), "init", "--county", "341023",
                       "--office", "黟县应急管理局")
    assert code == 0 and "新建 73 个" in out  # 78 units - 5 already imported


def test_a_row_without_code_or_level_in_the_published_layout_is_an_error(
        db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    official = sheet(tmp_path / "o.xlsx", [["区划代码", "名称"], ["341023000000", "黟县"],
                                           [None, "某村"]])
    code, _, err = run(capsys, "--db", str(db_path), "import", "regions", str(official))
    assert code == 1 and err.startswith("第 3 行 [层级]")


def test_roster_communities_written_as_juweihui_match_the_community(
        yixian: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    # A 居委会 is a community's committee: 郭门居委会 is 郭门社区, never 郭门村 beside it.
    db = open_database(yixian)
    try:
        svc = RegionService(db)
        town = svc.lookup("碧阳镇").region_id
        svc.create(RegionInput("城南片区", RegionLevel.COMMUNITY, town))
    finally:
        db.dispose()
    roster = sheet(tmp_path / "名册.xlsx", [HEADER,
        ["碧阳镇", "北街居委会", "汪春生", "男", "13905590001", "社区", "A岗"],
        ["碧阳镇", "麻田居委会", "胡丽华", "女", "13905590002", "社区", "A岗"],
        ["碧阳镇", "城南片区居委会", "程建国", "男", "13905590003", "社区", "A岗"],
        ["碧阳镇", "郭门居委会", "叶晓燕", "女", "13905590004", "社区", "A岗"],
        ["碧阳镇", "郭门村委会", "余志强", "男", "13905590005", "村", "A岗"],
    ])
    code, out, err = run(capsys, "--db", str(yixian), "import", "officers", str(roster))
    assert code == 0, err
    assert "北街居委会 → 北街社区" in out and "城南片区居委会 → 城南片区" in out
    assert officer_places(yixian) == {
        "汪春生": "碧阳镇/北街社区", "胡丽华": "碧阳镇/麻田社区", "程建国": "碧阳镇/城南片区",
        "叶晓燕": "碧阳镇/郭门社区", "余志强": "碧阳镇/郭门村"}


def test_roster_villages_written_as_a_path_match_and_agree_with_the_township(
        yixian: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    roster = sheet(tmp_path / "名册.xlsx", [HEADER,
        [None, "黟县/碧阳镇/横岗村", "汪春生", "男", "13905590001", "村", "A岗"],
        ["碧阳镇", "碧阳镇/柏山村", "胡丽华", "女", "13905590002", "村", "A岗"],
        [None, "碧阳镇郭门村", "程建国", "男", "13905590003", "村", "A岗"],
        ["碧阳镇", "黟县/碧阳镇/北街社区", "叶晓燕", "女", "13905590004", "社区", "A岗"],
    ])
    code, out, err = run(capsys, "--db", str(yixian), "import", "officers", str(roster))
    assert code == 0, err
    assert "碧阳镇郭门村 → 郭门村" in out
    assert "黟县/碧阳镇/横岗村 →" not in out  # the path as written is no fuzzy match
    assert officer_places(yixian) == {
        "汪春生": "碧阳镇/横岗村", "胡丽华": "碧阳镇/柏山村", "程建国": "碧阳镇/郭门村",
        "叶晓燕": "碧阳镇/北街社区"}
    # a path under another township than the 乡镇 column's is refused
    other = sheet(tmp_path / "r.xlsx", [HEADER,
        ["宏村镇", "碧阳镇/横岗村", "余志强", "男", "13905590005", "村", "B岗"]])
    code, _, err = run(capsys, "--db", str(yixian), "import", "officers", str(other))
    assert code == 1 and err.startswith("第 2 行 [村(社区)]") and "碧阳镇/横岗村" in err


def test_the_suggested_region_imports_when_written_back(
        yixian: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    typo = sheet(tmp_path / "r.xlsx", [HEADER,
        ["碧阳镇", "横刚村", "汪春生", "男", "13905590001", "村", "A岗"]])
    code, _, err = run(capsys, "--db", str(yixian), "import", "officers", str(typo))
    assert code == 1 and "是否为：黟县/碧阳镇/横岗村" in err
    fixed = sheet(tmp_path / "fixed.xlsx", [HEADER,
        ["碧阳镇", "黟县/碧阳镇/横岗村", "汪春生", "男", "13905590001", "村", "A岗"]])
    code, _, err = run(capsys, "--db", str(yixian), "import", "officers", str(fixed))
    assert code == 0, err
    assert officer_places(yixian) == {"汪春生": "碧阳镇/横岗村"}
