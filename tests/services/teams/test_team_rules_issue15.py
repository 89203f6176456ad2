"""Issue 15: team rules on a realistic county — drills count for T4, warehouse equipment has
a place (T5), expired 完好 equipment is not serviceable (T6)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta

import pytest

from emergency_desk.data.db import Database
from emergency_desk.data.supplies import WarehouseType
from emergency_desk.data.teams import EquipmentCategory
from emergency_desk.errors import ValidationFailed
from emergency_desk.services.checks import Alert, run_checks
from emergency_desk.services.officers.trainings import months_before
from emergency_desk.services.plans.drills import DrillInput, DrillService
from emergency_desk.services.supplies.supplies import SuppliesService, WarehouseInput
from emergency_desk.services.teams.equipment import EquipmentInput, EquipmentService

TODAY = date(2024, 6, 15)


def alerts(db: Database, rule: str, today: date = TODAY) -> list[Alert]:
    return run_checks(db, today=today, only=[rule])


def drill(db: Database, title: str, day: date, **kw: object) -> int:
    return DrillService(db).create(DrillInput(title, day, **kw))  # type: ignore[arg-type]


def test_t4_a_team_named_among_the_drills_participants_has_drilled(
        db: Database, make_team: Callable[..., int]) -> None:
    make_team("碧阳镇综合应急救援队", founded_date=date(2019, 5, 1))
    make_team("宏村镇综合应急救援队", "宏村镇", founded_date=date(2019, 5, 1))
    assert {a.subject for a in alerts(db, "T4")} == {"碧阳镇综合应急救援队", "宏村镇综合应急救援队"}
    # As offices type it: full-width brackets, spaces, other units around the team's name.
    drill(db, "碧阳镇山洪灾害人员转移演练", months_before(TODAY, 11),
          participant_units="碧阳镇政府、 碧阳镇综合应急救援队 、镇卫生院、古筑村村委会")
    found = alerts(db, "T4")
    assert [(a.subject, a.region) for a in found] == [("宏村镇综合应急救援队", "宏村镇")]
    assert found[0].message == "没有训练或演练记录，请组织队伍训练或参加演练"


def test_t4_a_drill_13_months_ago_is_too_old(db: Database,
                                             make_team: Callable[..., int]) -> None:
    make_team("碧阳镇综合应急救援队", founded_date=date(2019, 5, 1))
    drill(db, "森林火灾扑救演练", months_before(TODAY, 13),
          participant_units="碧阳镇综合应急救援队")
    found = alerts(db, "T4")
    assert [a.message for a in found] == [
        f"最近一次训练或演练为 {months_before(TODAY, 13).isoformat()}，已超过 12 个月，"
        "请组织队伍训练或参加演练"]


def test_t4_a_team_linked_in_the_drill_form(db: Database,
                                            make_team: Callable[..., int]) -> None:
    team = make_team("宏村镇民兵应急分队", "宏村镇", founded_date=date(2019, 5, 1))
    did = drill(db, "宏村镇防汛综合演练", TODAY - timedelta(days=40),
                participant_units="镇防汛办、各村", team_ids=(team,))
    assert alerts(db, "T4") == []
    assert DrillService(db).input_of(did).team_ids == (team,)
    DrillService(db).update(did, DrillInput("宏村镇防汛综合演练", TODAY - timedelta(days=40),
                                            participant_units="镇防汛办、各村", team_ids=()))
    assert [a.record_id for a in alerts(db, "T4")] == [team]


def test_drill_form_names_an_unknown_team(db: Database,
                                          make_team: Callable[..., int]) -> None:
    from emergency_desk.services.teams.drills import resolve_team_names, split_names

    make_team("碧阳镇综合应急救援队")
    with db.read() as s:
        ids, problems = resolve_team_names(s, split_names("碧阳镇综合应急救援队、渔亭镇救援队"))
    assert len(ids) == 1
    assert problems == ["没有名为“渔亭镇救援队”的救援队伍，请核对队伍名称"]
    with pytest.raises(ValidationFailed) as err:
        drill(db, "演练", TODAY, team_ids=(9999,))
    assert "参演队伍" in err.value.problems


def test_t5_equipment_in_a_warehouse_takes_the_warehouses_township(
        db: Database, county: dict[str, int]) -> None:
    SuppliesService(db).create_warehouse(WarehouseInput(
        "古筑村应急物资储备点", WarehouseType.VILLAGE, county["古筑村"]))
    broken = EquipmentService(db).create(EquipmentInput(
        "汽油发电机", EquipmentCategory.LIGHTING, storage_place="古筑村应急物资储备点 东侧库房",
        next_maint_date=TODAY - timedelta(days=10)))
    found = alerts(db, "T5")
    assert [(a.record_id, a.region) for a in found] == [(broken, "碧阳镇")]


def test_t6_expired_equipment_marked_good_is_not_serviceable(
        db: Database, make_team: Callable[..., int]) -> None:
    team = make_team("碧阳镇综合应急救援队")
    svc = EquipmentService(db)
    svc.create(EquipmentInput("头盔", EquipmentCategory.PROTECTIVE, team_id=team))
    svc.create(EquipmentInput("对讲机", EquipmentCategory.COMMAND, team_id=team))
    lamp = svc.create(EquipmentInput("强光照明灯", EquipmentCategory.LIGHTING, team_id=team,
                                     expiry_date=TODAY - timedelta(days=1)))
    found = alerts(db, "T6")
    assert [(a.record_id, a.message) for a in found] == [
        (team, "缺少完好且在有效期内的照明动力类装备，请按配备标准补充")]
    assert lamp in {a.record_id for a in alerts(db, "T5")}
    # The last day of validity still counts.
    assert alerts(db, "T6", TODAY - timedelta(days=1)) == []
