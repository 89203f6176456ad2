"""Issue 15: plan rules on a realistic county — P6 reads “无” as no problem, P5 compares
事件类别 exactly (with synonyms) and names what is missing, P1's cycle depends on the level."""

from __future__ import annotations

from datetime import date

import pytest

from emergency_desk.data.db import Database
from emergency_desk.data.plans import PlanType, Rectification
from emergency_desk.services.checks import Alert, run_checks
from emergency_desk.services.plans.drills import DrillService
from emergency_desk.services.plans.views import DrillQuery, PlanViews
from emergency_desk.services.settings import SettingsService
from tests.services.plans.conftest import DrillMaker, PlanMaker

TODAY = date(2024, 6, 15)
S, G, T, V = PlanType.SPECIAL, PlanType.OVERALL, PlanType.TOWNSHIP, PlanType.VILLAGE


def alerts(db: Database, rule: str, today: date = TODAY) -> list[Alert]:
    return run_checks(db, today=today, only=[rule])


@pytest.mark.parametrize("written", ["无", "没有", "无问题", "未发现问题", "/", "—", " 无。 ",
                                     "——"])
def test_p6_nothing_written_as_a_word_is_no_problem(db: Database, drill: DrillMaker,
                                                    written: str) -> None:
    did = drill("古筑村山洪转移演练", date(2024, 5, 10), region="古筑村", problems=written)
    assert alerts(db, "P6") == []
    assert DrillService(db).input_of(did).rectification is None  # not put on 未整改
    row = PlanViews(db).drills(DrillQuery(drill_id=did))[0]
    assert not row.open_problems and not row.has_problems
    assert PlanViews(db).count_drills(DrillQuery(unresolved_only=True)) == 0


def test_p6_a_real_problem_still_counts(db: Database, drill: DrillMaker) -> None:
    drill("古筑村山洪转移演练", date(2024, 5, 10), region="古筑村", problems="无线广播不响")
    drill("南屏村演练", date(2024, 5, 11), region="南屏村", evaluation="/")
    found = {a.subject.split("（")[0]: a.message for a in alerts(db, "P6")}
    assert found == {
        "古筑村山洪转移演练": "存在问题未整改：无线广播不响，请落实整改并登记整改情况",
        "南屏村演练": "演练后未开展评估，请组织评估并填写评估结论"}
    assert {a.region for a in alerts(db, "P6")} == {"碧阳镇/古筑村", "碧阳镇/南屏村"}


def test_p6_done_rectification_clears(db: Database, drill: DrillMaker) -> None:
    drill("演练", date(2024, 5, 10), region="古筑村", problems="广播不响",
          rectification=Rectification.DONE)
    assert alerts(db, "P6") == []


def test_p5_category_must_match_exactly(db: Database, plan: PlanMaker) -> None:
    settings = SettingsService(db)
    settings.set("county_plan_checklist", "自然灾害救助、防汛抗旱、突发地质灾害")
    plan("黟县突发事件总体应急预案", "黟县", G, hazard_class="综合")
    # 自然灾害 is the broad class, not 自然灾害救助; a plan named for 地质灾害 with no such
    # category covers nothing either.
    plan("黟县自然灾害应急预案", "黟县", S, hazard_class="自然灾害")
    plan("黟县地质灾害应急预案", "黟县", S, hazard_class="自然灾害")
    plan("黟县防汛应急预案", "黟县", S, hazard_class="自然灾害/防汛")  # a synonym
    found = [a for a in alerts(db, "P5") if a.region == "黟县"]
    assert [a.message for a in found] == [
        "缺少专项预案：自然灾害救助、突发地质灾害。请编制；已有的请在预案“事件类别”中写明专项"
        "类别，如“自然灾害/自然灾害救助”"]
    plan("黟县突发地质灾害应急预案", "黟县", S, hazard_class="地质灾害")  # default synonym
    plan("黟县自然灾害救助应急预案", "黟县", S, hazard_class="自然灾害救助")
    assert [a for a in alerts(db, "P5") if a.region == "黟县"] == []


def test_p5_synonyms_are_a_setting(db: Database, plan: PlanMaker) -> None:
    settings = SettingsService(db)
    settings.set("county_plan_checklist", "防汛抗旱")
    plan("黟县突发事件总体应急预案", "黟县", G)
    plan("黟县防汛应急预案", "黟县", S, hazard_class="防汛")
    assert [a for a in alerts(db, "P5") if a.region == "黟县"] == []
    settings.set("plan_category_synonyms", "")
    assert [a.subject for a in alerts(db, "P5") if a.region == "黟县"] == ["黟县"]


def test_p1_cycle_by_level_with_its_source(db: Database, plan: PlanMaker) -> None:
    plan("黟县防汛抗旱应急预案", "黟县", S, issue_date=date(2021, 6, 14))
    plan("碧阳镇防汛抗旱应急预案", "碧阳镇", S, issue_date=date(2021, 6, 14))
    plan("古筑村应急预案", "古筑村", V, issue_date=date(2022, 6, 14))  # 2 years: a near miss
    found = {a.subject: a.message for a in alerts(db, "P1")}
    due = "评估期限 2024-06-14 已过（每 3 年评估一次，依据：{}），请组织评估或修订"
    assert found == {"黟县防汛抗旱应急预案": due.format("国办发〔2024〕5号"),
                     "碧阳镇防汛抗旱应急预案": due.format("本单位默认设置")}
    SettingsService(db).set("local_plan_review_years", 2)
    found = {a.subject: a.message for a in alerts(db, "P1")}
    assert set(found) == {"黟县防汛抗旱应急预案", "碧阳镇防汛抗旱应急预案", "古筑村应急预案"}
    assert "每 2 年评估一次，依据：本单位设置" in found["古筑村应急预案"]
    # The plan catalogue's 下次评估期限 follows the same cycle.
    rows = {r.name: r.cycle_years for r in PlanViews(db).list()}
    assert rows == {"黟县防汛抗旱应急预案": 3, "碧阳镇防汛抗旱应急预案": 2, "古筑村应急预案": 2}


def test_p8_a_village_drill_11_months_ago_raises_nothing(db: Database,
                                                        drill: DrillMaker) -> None:
    from emergency_desk.services.officers.trainings import months_before

    drill("古筑村山洪转移演练", months_before(TODAY, 11), region="古筑村")
    drill("南屏村演练", months_before(TODAY, 13), region="南屏村")
    found = {a.subject: a.message for a in alerts(db, "P8")}
    assert "古筑村" not in found
    assert found["南屏村"].startswith(f"最近演练 {months_before(TODAY, 13).isoformat()}")
