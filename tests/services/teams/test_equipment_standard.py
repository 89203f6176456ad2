"""县/乡/村 三级装备配置标准 (issue 16): the table (service, Excel register `equipment-standard`
with round trip, the dialog) and rule T6 naming what a team lacks against it."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import openpyxl
import pytest

from emergency_desk.data.db import Database
from emergency_desk.data.teams import (
    EquipmentCategory,
    EquipmentCondition,
    TeamCategory,
    TeamForce,
    TeamLevel,
)
from emergency_desk.errors import ValidationFailed
from emergency_desk.io.exporter import export_register
from emergency_desk.io.importer import import_file
from emergency_desk.services.checks import Alert, run_checks
from emergency_desk.services.settings import SettingsService
from emergency_desk.services.teams.equipment import EquipmentInput, EquipmentService
from emergency_desk.services.teams.standards import (
    DEFAULT_STANDARDS,
    STANDARD_LEVELS,
    StandardInput,
    StandardService,
)

TeamMaker = Callable[..., int]
TOWN = TeamLevel.TOWNSHIP


def t6(db: Database) -> list[Alert]:
    return run_checks(db, only=["T6"])


@pytest.fixture
def no_category_rule(db: Database) -> None:
    """Only the table speaks: the setting's category check is turned off."""
    SettingsService(db).set("team_equipment_standard", "")


def test_team_below_the_standard_is_named_item_by_item(
        db: Database, make_team: TeamMaker, no_category_rule: None) -> None:
    svc = StandardService(db)
    svc.save(StandardInput(TOWN, "救生衣", 20, unit="件"))
    svc.save(StandardInput(TOWN, "对讲机", 6, unit="台"))
    svc.save(StandardInput(TOWN, "风力灭火机", 5, TeamForce.HALF_PRO_FIRE, unit="台"))
    team = make_team("碧阳镇综合应急救援队", force_type=TeamForce.GOV_FULLTIME)
    eq = EquipmentService(db)
    eq.create(EquipmentInput("救生衣（成人）", EquipmentCategory.PROTECTIVE, quantity=12,
                             team_id=team))
    eq.create(EquipmentInput("救生衣", EquipmentCategory.PROTECTIVE, quantity=8, team_id=team,
                             condition=EquipmentCondition.NEEDS_REPAIR))  # not usable
    eq.create(EquipmentInput("数字对讲机", EquipmentCategory.COMMAND, quantity=6, team_id=team))
    found = t6(db)
    assert [(a.record_id, a.message) for a in found] == [
        (team, "低于三级装备配置标准：救生衣 应配 20件，现有 12")]  # 风力灭火机: another 性质
    eq.create(EquipmentInput("救生衣", EquipmentCategory.PROTECTIVE, quantity=8, team_id=team))
    assert t6(db) == []
    # A village team is not held to the 乡镇级 rows.
    make_team("古筑村应急分队", "古筑村", category=TeamCategory.VOLUNTEER,
              level=TeamLevel.VILLAGE)
    assert t6(db) == []


def test_duplicate_and_bad_rows_are_refused(db: Database) -> None:
    svc = StandardService(db)
    svc.save(StandardInput(TOWN, "救生衣", 20))
    with pytest.raises(ValidationFailed) as exc:
        svc.save(StandardInput(TOWN, "救生衣", 10))
    assert "装备名称" in exc.value.problems
    with pytest.raises(ValidationFailed) as exc:
        svc.save(StandardInput(TeamLevel.ENTERPRISE, "", 0))
    assert set(exc.value.problems) == {"层级", "装备名称", "配备数量"}
    svc.save(StandardInput(TOWN, "救生衣", 10, TeamForce.PATROL))  # another 性质: allowed


def test_defaults_load_once_and_say_where_they_come_from(db: Database) -> None:
    svc = StandardService(db)
    assert svc.load_defaults() == len(DEFAULT_STANDARDS)
    assert svc.load_defaults() == 0
    rows = svc.list()
    assert all("S3(4)" in (r.basis or "") and "假设" in (r.basis or "") for r in rows)
    levels = [STANDARD_LEVELS.index(r.level) for r in rows]
    assert levels == sorted(levels) and levels[0] == 0  # 县 → 乡 → 村


def test_excel_import_with_office_headers_and_round_trip(db: Database, tmp_path: Path) -> None:
    wb = openpyxl.Workbook()
    ws = wb.active
    assert ws is not None
    ws.append(["黟县乡村两级应急装备配置标准"])
    ws.append(["序号", "级别", "队伍类别", "装备", "类别", "应配数量", "单位", "出处"])
    ws.append([1, "乡镇", "全部", "救生衣", "防护", "20", "件", "县应急局文件"])
    ws.append([2, "村", None, "强光手电", "照明动力", 3, "个", None])
    ws.append([3, "乡镇级", "半专业扑火队", "风力灭火机", "专业救援", 10, "台", None])
    ws.append(["填表人：胡晓燕"])
    path = tmp_path / "std.xlsx"
    wb.save(path)
    result = import_file(db, "equipment-standard", path)
    assert result.ok, result.error_lines()
    rows = {(r.level, r.force_type, r.name): r.required_qty for r in StandardService(db).list()}
    assert rows == {(TOWN, None, "救生衣"): 20, (TeamLevel.VILLAGE, None, "强光手电"): 3,
                    (TOWN, TeamForce.HALF_PRO_FIRE, "风力灭火机"): 10}
    out = tmp_path / "out.xlsx"
    export_register(db, "equipment-standard", out)
    again = import_file(db, "equipment-standard", out)
    assert again.ok and (again.inserted, again.updated) == (0, 0)


def test_a_bad_row_names_row_and_column_and_writes_nothing(db: Database,
                                                          tmp_path: Path) -> None:
    wb = openpyxl.Workbook()
    ws = wb.active
    assert ws is not None
    ws.append(["层级", "装备名称", "配备数量"])
    ws.append(["乡镇级", "救生衣", 20])
    ws.append(["企业", "对讲机", 6])
    ws.append(["村级", "灭火器", "四具"])
    path = tmp_path / "bad.xlsx"
    wb.save(path)
    lines = import_file(db, "equipment-standard", path).error_lines()
    assert any("第 3 行" in ln and "层级" in ln for ln in lines)
    assert any("第 4 行" in ln and "配备数量" in ln for ln in lines)
    assert StandardService(db).list() == []


@pytest.mark.gui
def test_dialog_adds_edits_and_loads_defaults(qtbot: Any, db: Database) -> None:
    from emergency_desk.ui.teams.standard_dialog import StandardDialog

    dialog = StandardDialog(db)
    qtbot.addWidget(dialog)
    assert dialog.table.rowCount() == 0 and not dialog.empty.isHidden()
    added = dialog.load_defaults()
    assert dialog.table.rowCount() == added == len(DEFAULT_STANDARDS)
    assert dialog.table.item(0, 0).text() == "县级"
    assert "假设" in dialog.message.text()
