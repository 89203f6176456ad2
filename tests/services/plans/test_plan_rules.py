"""Rules P1–P8 and the 六有 scorecard: each rule fires on a crafted case and stays silent on
its near miss."""

from __future__ import annotations

from datetime import date

from emergency_desk.data.db import Database
from emergency_desk.data.plans import (
    DrillForm,
    PlanStatus,
    PlanType,
    Rectification,
    RevisionTrigger,
)
from emergency_desk.services.checks import Alert, Severity, rules, run_checks
from emergency_desk.services.people import PeopleService, PersonInput, find_or_create_in
from emergency_desk.services.plans.leadership import LeadershipInput, LeadershipService
from emergency_desk.services.plans.plans import PlanService, RevisionInput
from emergency_desk.services.plans.six_have import Verdict, scorecard
from emergency_desk.services.settings import SettingsService
from tests.services.plans.conftest import DrillMaker, PlanMaker

TODAY = date(2024, 6, 15)
S, D, G, V, T = (PlanType.SPECIAL, PlanType.DEPARTMENT, PlanType.OVERALL, PlanType.VILLAGE,
                 PlanType.TOWNSHIP)


def alerts(db: Database, rule: str, today: date = TODAY) -> list[Alert]:
    return run_checks(db, today=today, only=[rule])


def subjects(found: list[Alert], table: str | None = "emergency_plan") -> set[str]:
    return {a.subject for a in found if table is None or a.table == table}


def test_rules_are_registered() -> None:
    assert {f"P{i}" for i in range(1, 9)} <= {r.id for r in rules()}


def test_p1_review_overdue_after_three_years(db: Database, plan: PlanMaker) -> None:
    plan("过期", "黟县", issue_date=date(2021, 6, 14))  # due 2024-06-14: one day late
    plan("未到期", "黟县", issue_date=date(2021, 6, 16))  # due 2024-06-16
    plan("评估过", "黟县", issue_date=date(2019, 1, 1), last_eval_date=date(2022, 1, 1))
    plan("五年周期", "黟县", issue_date=date(2020, 1, 1), review_cycle_years=5)
    plan("已废止", "黟县", issue_date=date(2010, 1, 1), status=PlanStatus.ABOLISHED)
    found = alerts(db, "P1")
    assert subjects(found) == {"过期"}
    assert "2024-06-14" in found[0].message
    SettingsService(db).set("plan_review_years", 4)
    assert subjects(alerts(db, "P1")) == set()


def test_p1_drill_that_calls_for_revision(db: Database, plan: PlanMaker,
                                          drill: DrillMaker) -> None:
    a = plan("待修订", "碧阳镇", issue_date=date(2023, 1, 1))
    b = plan("已修订", "碧阳镇", issue_date=date(2023, 1, 1))
    drill("防汛演练", date(2024, 3, 1), plans=[a, b], triggers_revision=True)
    PlanService(db).add_revision(b, RevisionInput(date(2024, 4, 1), RevisionTrigger.DRILL))
    found = alerts(db, "P1")
    assert subjects(found) == {"待修订"}
    assert "防汛演练" in found[0].message


def test_p2_special_plan_drilled_35_months_ago_is_fine_37_is_not(
        db: Database, plan: PlanMaker, drill: DrillMaker) -> None:
    SettingsService(db).set("comprehensive_drills_per_year", 0)
    fresh = plan("35个月", "黟县", S, issue_date=date(2018, 1, 1))
    stale = plan("37个月", "黟县", S, issue_date=date(2018, 1, 1))
    drill("演练甲", date(2021, 7, 15), plans=[fresh])
    drill("演练乙", date(2021, 5, 15), plans=[stale])
    plan("部门旧", "黟县", D, issue_date=date(2021, 1, 1))  # never drilled, 41 months
    plan("部门新", "黟县", D, issue_date=date(2022, 1, 1))  # never drilled, 29 months
    plan("总体", "黟县", G, issue_date=date(2015, 1, 1))  # P2 is about special/department
    found = alerts(db, "P2")
    assert subjects(found, None) == {"37个月", "部门旧"}
    SettingsService(db).set("plan_drill_months", 48)
    assert subjects(alerts(db, "P2"), None) == set()


def test_p2_enterprise_and_onsite_intervals(db: Database, plan: PlanMaker,
                                            drill: DrillMaker) -> None:
    SettingsService(db).set("comprehensive_drills_per_year", 0)
    e = plan("企业预案", "宏村镇", PlanType.ENTERPRISE, issue_date=date(2020, 1, 1))
    o = plan("现场处置", "宏村镇", PlanType.ONSITE, issue_date=date(2020, 1, 1))
    drill("企业演练", date(2023, 8, 1), plans=[e])  # 10.5 months: fine
    drill("现场演练", date(2023, 11, 1), plans=[o])  # 7.5 months: over half a year
    assert subjects(alerts(db, "P2")) == {"现场处置"}


def test_p2_township_comprehensive_drill_target(db: Database, plan: PlanMaker,
                                                drill: DrillMaker) -> None:
    drill("综合演练", date(2023, 9, 1), region="古筑村", form=DrillForm.COMPREHENSIVE)
    drill("桌面推演", date(2024, 1, 1), region="宏村村", form=DrillForm.TABLETOP)
    found = [a for a in alerts(db, "P2") if a.table == "region"]
    assert {a.subject for a in found} == {"宏村镇"}
    assert found[0].severity == Severity.INFO


def test_p3_special_plan_never_drilled(db: Database, plan: PlanMaker, drill: DrillMaker) -> None:
    never = plan("从未演练", "黟县", S)
    done = plan("演练过", "黟县", S)
    plan("部门预案", "黟县", D)
    drill("演练", date(2024, 1, 1), plans=[done])
    assert subjects(alerts(db, "P3")) == {"从未演练"}
    assert subjects(alerts(db, "P2")) == set()  # P2 leaves never-drilled special plans to P3
    drill("首次演练", date(2024, 2, 1), plans=[never])
    assert alerts(db, "P3") == []


def test_p4_expert_review_and_filing(db: Database, plan: PlanMaker) -> None:
    plan("齐全", "黟县")
    plan("未评审", "黟县", expert_review_date=None)
    plan("未备案", "黟县", filed_date=None, filed_to=None)
    plan("村预案不需专家评审", "古筑村", V, expert_review_date=None)
    plan("草稿", "黟县", status=PlanStatus.DRAFT, expert_review_date=None, filed_date=None)
    found = {a.subject: a.message for a in alerts(db, "P4")}
    assert found == {"未评审": "未经专家评审", "未备案": "发布后未备案"}


def test_p5_coverage_checklist(db: Database, plan: PlanMaker) -> None:
    settings = SettingsService(db)
    settings.set("county_plan_checklist", "防汛抗旱、地震")
    settings.set("township_plan_checklist", "防汛抗旱、突发地质灾害")
    plan("黟县突发事件总体应急预案", "黟县", G)
    plan("黟县防汛抗旱应急预案", "黟县", S, hazard_class="自然灾害/防汛抗旱")
    plan("黟县地震应急预案", "黟县", S, hazard_class="地震")
    plan("碧阳镇突发事件总体应急预案", "碧阳镇", T)
    plan("碧阳镇防汛抗旱应急预案", "碧阳镇", S, hazard_class="防汛抗旱")
    # 地质灾害 is a default synonym of 突发地质灾害 (setting plan_category_synonyms).
    plan("碧阳镇地质灾害应急预案", "碧阳镇", S, hazard_class="自然灾害/地质灾害")
    plan("宏村镇防汛抗旱应急预案", "宏村镇", S, hazard_class="自然灾害/防汛抗旱")
    plan("宏村镇总体预案（草稿）", "宏村镇", T, status=PlanStatus.DRAFT)
    for village in ("古筑村", "南屏村", "城东社区"):
        plan(f"{village}应急预案", village, V)
    found = {(a.subject, a.message) for a in alerts(db, "P5")}
    assert found == {("宏村镇", "没有现行有效的总体应急预案"),
                     ("宏村镇", "缺少专项预案：突发地质灾害。请编制；已有的请在预案“事件类别”中"
                                "写明专项类别，如“自然灾害/突发地质灾害”"),
                     ("宏村村", "没有现行有效的村（社区）应急预案")}


def test_p6_drill_follow_up(db: Database, drill: DrillMaker) -> None:
    drill("无评估", date(2024, 1, 1), region="古筑村", evaluation=None)
    drill("未整改", date(2024, 2, 1), region="古筑村", problems="广播不响")
    drill("整改中", date(2024, 2, 2), region="古筑村", problems="广播不响",
          rectification=Rectification.IN_PROGRESS)
    drill("已整改", date(2024, 3, 1), region="古筑村", problems="广播不响",
          rectification=Rectification.DONE)
    drill("无问题", date(2024, 4, 1), region="古筑村")
    found = {a.subject.split("（")[0]: a.message for a in alerts(db, "P6")}
    assert set(found) == {"无评估", "未整改", "整改中"}
    assert found["无评估"] == "演练后未开展评估，请组织评估并填写评估结论"
    assert "广播不响" in found["未整改"]


def test_p7_plan_relying_on_a_removed_person_or_team(db: Database, plan: PlanMaker) -> None:
    with db.begin() as s:
        gone = find_or_create_in(s, PersonInput("汪建国", mobile="13900000001")).id
        kept = find_or_create_in(s, PersonInput("胡丽华", mobile="13900000002")).id
    a = plan("依托已删除人员", "碧阳镇")
    b = plan("依托在册人员", "碧阳镇")
    svc = PlanService(db)
    svc.add_resource(a, "person", gone, "汪建国")
    svc.add_resource(b, "person", kept, "胡丽华")
    assert alerts(db, "P7") == []
    PeopleService(db).delete(gone)
    found = alerts(db, "P7")
    assert subjects(found) == {"依托已删除人员"}
    assert "汪建国" in found[0].message
    svc.add_resource(b, "team", 99, "碧阳镇综合应急救援队")  # a team no longer in the register
    by_plan = {a.subject: a.message for a in alerts(db, "P7")}
    assert "碧阳镇综合应急救援队" in by_plan["依托在册人员"]


def test_p8_village_drill_within_12_months(db: Database, drill: DrillMaker) -> None:
    drill("古筑村演练", date(2023, 7, 15), region="古筑村")  # 11 months
    drill("南屏村演练", date(2023, 5, 15), region="南屏村")  # 13 months
    drill("城东社区演练", date(2024, 1, 1), region="城东社区")
    found = {a.subject: a.message for a in alerts(db, "P8")}
    assert set(found) == {"南屏村", "宏村村"}
    assert found["宏村村"] == "没有演练记录"


def test_six_have_scorecard_follows_the_rules(db: Database, county: dict[str, int],
                                              plan: PlanMaker, drill: DrillMaker) -> None:
    settings = SettingsService(db)
    settings.set("township_plan_checklist", "防汛抗旱")
    settings.set("comprehensive_drills_per_year", 0)
    for town in ("碧阳镇", "宏村镇"):
        plan(f"{town}总体应急预案", town, T)
    p = plan("碧阳镇防汛抗旱应急预案", "碧阳镇", S, hazard_class="自然灾害/防汛抗旱")
    drill("碧阳镇防汛演练", date(2024, 5, 1), plans=[p], region="碧阳镇")
    for village in ("古筑村", "南屏村", "城东社区", "宏村村"):
        plan(f"{village}应急预案", village, V)
    LeadershipService(db).save(LeadershipInput(county["碧阳镇"], "碧阳镇应急管理领导小组",
                                               leader="镇长"))
    cards = {c.township: {i.name: i for i in c.items} for c in scorecard(db, TODAY)}
    bi, hong = cards["碧阳镇"], cards["宏村镇"]
    # No leadership group on record is 未录入, not 未达标 (issue 15).
    assert bi["有班子"].verdict == Verdict.PASS and hong["有班子"].verdict == Verdict.NOT_ENTERED
    assert bi["有预案"].verdict == Verdict.PASS
    assert hong["有预案"].verdict == Verdict.FAIL  # no 防汛抗旱 plan (P5)
    assert any("防汛抗旱" in p for p in hong["有预案"].problems)
    # No duty roster entered for the township: 未录入, never a silent pass nor a 未达标.
    assert bi["有机制"].verdict == Verdict.NOT_ENTERED
    assert bi["有机制"].basis == "未录入：值班表"
    assert {c.township: (c.passed, c.judged) for c in scorecard(db, TODAY)}["宏村镇"][1] == 4
    known = {r.id for r in rules()}
    if "T1" not in known:
        assert bi["有队伍"].verdict == Verdict.UNCHECKED
    drills = bi["有培训演练"]
    assert "P2" in drills.checked and "P3" in drills.checked


def test_six_have_counts_the_officer_rule_o4(db: Database, county: dict[str, int]) -> None:
    """有培训演练 also follows O4 (officers register): an untrained officer fails it."""
    from emergency_desk.services.officers.officers import OfficerInput, OfficerService

    settings = SettingsService(db)
    settings.set("comprehensive_drills_per_year", 0)
    OfficerService(db).create(OfficerInput(
        person=PersonInput("程志强", mobile="13900000009"), region_id=county["古筑村"],
        appoint_date=date(2020, 1, 1)))
    cards = {c.township: {i.name: i for i in c.items} for c in scorecard(db, TODAY)}
    drills = cards["碧阳镇"]["有培训演练"]
    assert drills.verdict == Verdict.FAIL and any(p.startswith("O4") for p in drills.problems)
    assert cards["宏村镇"]["有培训演练"].verdict == Verdict.PASS


def test_six_have_needs_a_comprehensive_team_in_the_township(
        db: Database, county: dict[str, int]) -> None:
    """有队伍: T1 judges teams that exist; a township with no comprehensive team fails too."""
    from emergency_desk.data.teams import TeamCategory, TeamLevel
    from emergency_desk.services.teams.teams import TeamInput, TeamService

    SettingsService(db).set("team_min_township", 1)
    TeamService(db).create(TeamInput("宏村镇半专业扑火队", county["宏村镇"],
                                     category=TeamCategory.FOREST_FIRE,
                                     level=TeamLevel.TOWNSHIP))
    cards = {c.township: {i.name: i for i in c.items} for c in scorecard(db, TODAY)}
    hong = cards["宏村镇"]["有队伍"]
    assert hong.verdict == Verdict.FAIL  # a forest-fire team is not the comprehensive team
    assert any("综合性应急救援队伍" in p for p in hong.problems)
    TeamService(db).create(TeamInput("碧阳镇综合应急救援队", county["碧阳镇"],
                                     category=TeamCategory.COMPREHENSIVE,
                                     level=TeamLevel.TOWNSHIP))
    cards = {c.township: {i.name: i for i in c.items} for c in scorecard(db, TODAY)}
    bi = cards["碧阳镇"]["有队伍"]
    assert not any("没有在编" in p for p in bi.problems)  # T1 may still count its members
