"""队伍性质 (issue 16): 政府专职 / 志愿 / 企业专职 / 微型消防站 / 民兵 / 半专业扑火队 / 巡逻队
beside the 类别 — stored, filtered, imported with aliases (or implied by a 类别 that says it),
exported (round trip) and shown and counted in the 队伍汇总表."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import openpyxl
import pypdf

from emergency_desk.data.db import Database
from emergency_desk.data.teams import TeamCategory, TeamForce
from emergency_desk.io.exporter import export_register
from emergency_desk.io.importer import import_file
from emergency_desk.reports.teams import build_teams, force_summary
from emergency_desk.services.teams.views import TeamQuery, TeamViews

TeamMaker = Callable[..., int]


def test_stored_listed_and_filtered(db: Database, make_team: TeamMaker) -> None:
    make_team("碧阳镇综合应急救援队", force_type=TeamForce.GOV_FULLTIME)
    make_team("碧阳镇森林防火巡逻队", category=TeamCategory.PROFESSIONAL,
              force_type=TeamForce.PATROL)
    make_team("宏村镇综合应急救援队", "宏村镇")
    views = TeamViews(db)
    assert [r.name for r in views.list(TeamQuery(forces=(TeamForce.PATROL,)))] == [
        "碧阳镇森林防火巡逻队"]
    rows = {r.name: r for r in views.list(TeamQuery())}
    assert rows["碧阳镇综合应急救援队"].force_label == "政府专职"
    assert rows["宏村镇综合应急救援队"].force_type is None
    assert force_summary(list(rows.values())) == (
        "按队伍性质：政府专职 1 支（0 人）、巡逻队 1 支（0 人）、未填性质 1 支（0 人）")


def test_import_with_aliases_implied_by_category_and_round_trip(
        db: Database, county: dict[str, int], tmp_path: Path) -> None:
    wb = openpyxl.Workbook()
    ws = wb.active
    assert ws is not None
    ws.append(["黟县救援队伍统计表"])
    ws.append(["序号", "队伍名称", "类别", "所属区划", "人员性质"])
    ws.append([1, "碧阳镇护林巡逻队", "专业", "碧阳镇", "护林巡逻队"])
    ws.append([2, "宏村镇民兵应急排", "民兵", "宏村镇", None])
    ws.append([3, "古筑村志愿服务队", "社会应急力量", "古筑村", "志愿者"])
    ws.append(["合计", "3支"])
    path = tmp_path / "teams.xlsx"
    wb.save(path)
    result = import_file(db, "teams", path)
    assert result.ok, result.error_lines()
    forces = {r.name: r.force_type for r in TeamViews(db).list(TeamQuery())}
    assert forces == {"碧阳镇护林巡逻队": TeamForce.PATROL, "宏村镇民兵应急排": TeamForce.MILITIA,
                      "古筑村志愿服务队": TeamForce.VOLUNTEER}
    out = tmp_path / "out.xlsx"
    export_register(db, "teams", out)
    again = import_file(db, "teams", out)
    assert again.ok and (again.inserted, again.updated) == (0, 0)


def test_a_bad_force_names_row_and_column(db: Database, county: dict[str, int],
                                          tmp_path: Path) -> None:
    wb = openpyxl.Workbook()
    ws = wb.active
    assert ws is not None
    ws.append(["队伍名称", "类别", "所属区划", "队伍性质"])
    ws.append(["碧阳镇综合应急救援队", "综合性", "碧阳镇", "外包"])
    path = tmp_path / "bad.xlsx"
    wb.save(path)
    result = import_file(db, "teams", path)
    assert not result.ok
    assert any("第 2 行" in line and "队伍性质" in line and "巡逻队" in line
               for line in result.error_lines())
    assert TeamViews(db).list(TeamQuery()) == []


def test_summary_pdf_shows_the_force(db: Database, make_team: TeamMaker,
                                     tmp_path: Path) -> None:
    make_team("碧阳镇森林防火巡逻队", category=TeamCategory.PROFESSIONAL,
              force_type=TeamForce.PATROL)
    pdf = build_teams(db, tmp_path / "teams.pdf")
    # pypdf, not poppler's pdftotext: a fresh machine has only what the project installs.
    text = "".join(p.extract_text() or "" for p in pypdf.PdfReader(pdf).pages)
    flat = text.replace(" ", "").replace("\n", "")
    assert "类别（性质）" in flat and "专业（巡逻队）" in flat and "按队伍性质：巡逻队1支" in flat
