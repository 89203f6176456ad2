"""Issue 18, point 12: a person's 姓名 holds letters and the 间隔号, nothing else. A formula
("=HYPERLINK(…)", "+1+1") or digits are refused in forms and imports alike."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest

from emergency_desk.data.db import Database
from emergency_desk.data.enums import RegionLevel
from emergency_desk.io.importer import import_file
from emergency_desk.services.people import PersonInput, check_person
from emergency_desk.services.regions.regions import RegionInput, RegionService


@pytest.mark.parametrize("name", ['=HYPERLINK("http://evil.example","点我")', "+1+1", "-2+3",
                                  "@SUM(A1)", "张三1", "李<四>"])
def test_not_a_name_is_refused(name: str) -> None:
    _, problems = check_person(PersonInput(name=name))
    assert "间隔号" in problems.get("姓名", "")


@pytest.mark.parametrize("name", ["张三", "阿卜杜·热合曼", "买买提•吐尔逊", "欧阳 修", "Anna"])
def test_real_names_pass(name: str) -> None:
    assert "姓名" not in check_person(PersonInput(name=name))[1]


def test_an_officer_import_refuses_a_formula_name(db: Database, tmp_path: Path) -> None:
    regions = RegionService(db)
    county = regions.create(RegionInput("黟县", RegionLevel.COUNTY, code="341023000000"))
    town = regions.create(RegionInput("碧阳镇", RegionLevel.TOWNSHIP, county, "341023100000"))
    regions.create(RegionInput("古筑村", RegionLevel.VILLAGE, town))
    wb = openpyxl.Workbook()
    ws = wb.active
    assert ws is not None
    ws.append(["乡镇", "村(社区)", "姓名", "手机号码", "岗位(A岗/B岗/单岗)"])
    ws.append(["碧阳镇", "古筑村", "=HYPERLINK(\"http://evil.example\",\"点我\")", "13905591001",
               "A岗"])
    ws["C2"].data_type = "s"  # as text, the way a pasted value arrives, not a formula
    sheet = tmp_path / "roster.xlsx"
    wb.save(sheet)
    result = import_file(db, "officers", sheet)
    assert not result.ok
    assert any(line.startswith("第 2 行 [姓名]") and "间隔号" in line
               for line in result.error_lines()), result.error_lines()
