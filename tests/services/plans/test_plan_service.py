"""Plans and drills services: validation, natural keys, revisions and evaluations moving the
plan's dates, soft delete with reference checks, and SQL queries (search, filters, paging)."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import select

from emergency_desk.data.db import Database
from emergency_desk.data.models import AuditLog
from emergency_desk.data.plans import (
    DrillForm,
    EvaluationConclusion,
    EvaluationMethod,
    PlanStatus,
    PlanType,
    Rectification,
    RevisionTrigger,
)
from emergency_desk.errors import InputRejected, ValidationFailed
from emergency_desk.services.plans.drills import DrillInput, DrillService
from emergency_desk.services.plans.plans import (
    EvaluationInput,
    PlanInput,
    PlanService,
    RevisionInput,
    add_years,
)
from emergency_desk.services.plans.views import DrillQuery, PlanQuery, PlanViews
from emergency_desk.services.recycle import RecycleBin
from emergency_desk.services.regions.regions import RegionService
from tests.services.plans.conftest import DrillMaker, PlanMaker


def test_plan_is_validated_and_named_once_per_region(db: Database, county: dict[str, int],
                                                     plan: PlanMaker) -> None:
    plan("黟县防汛抗旱应急预案", "黟县")
    svc = PlanService(db)
    with pytest.raises(ValidationFailed) as err:
        svc.create(PlanInput("黟县防汛抗旱应急预案", PlanType.SPECIAL, county["黟县"]))
    assert "已有同名预案" in err.value.problems["预案名称"]
    # The same name in another region is another plan.
    svc.create(PlanInput("黟县防汛抗旱应急预案", PlanType.SPECIAL, county["碧阳镇"]))
    with pytest.raises(ValidationFailed) as err:
        svc.create(PlanInput("", None, county["黟县"], issue_date=date(2024, 5, 1),
                             filed_date=date(2024, 4, 1), review_cycle_years=0))
    assert set(err.value.problems) == {"预案名称", "预案类型", "备案日期", "评估周期(年)"}


def test_revision_and_evaluation_move_the_plans_dates(db: Database, plan: PlanMaker) -> None:
    pid = plan("黟县地震应急预案", "黟县", issue_date=date(2020, 1, 10), version="2020版")
    svc, views = PlanService(db), PlanViews(db)
    assert views.get(pid).next_review_due == date(2023, 1, 10)
    svc.add_evaluation(pid, EvaluationInput(date(2023, 2, 1), EvaluationMethod.EXPERT,
                                            EvaluationConclusion.REVISE, "县应急局、专家3人"))
    row = views.get(pid)
    assert row.last_eval_date == date(2023, 2, 1)
    assert row.status == PlanStatus.REVISING  # 需修订 opens a revision
    svc.add_revision(pid, RevisionInput(date(2023, 6, 1), RevisionTrigger.RISK, "2023版",
                                        "补充地震次生灾害处置"))
    row = views.get(pid)
    assert (row.last_revised_date, row.version, row.status) == \
        (date(2023, 6, 1), "2023版", PlanStatus.PUBLISHED)
    assert row.next_review_due == date(2026, 6, 1)
    # An older revision entered late does not move the dates back.
    svc.add_revision(pid, RevisionInput(date(2021, 3, 1), RevisionTrigger.LAW, "2021版"))
    assert views.get(pid).version == "2023版"
    assert [r.version for r in views.revisions(pid)] == ["2023版", "2021版"]
    # Deleting the latest revision shows the latest remaining one.
    svc.delete_revision(views.revisions(pid)[0].id)
    assert views.get(pid).last_revised_date == date(2021, 3, 1)
    with pytest.raises(ValidationFailed):  # before the plan was issued
        svc.add_revision(pid, RevisionInput(date(2019, 1, 1), RevisionTrigger.OTHER))


def test_add_years_handles_29_february() -> None:
    assert add_years(date(2024, 2, 29), 3) == date(2027, 2, 28)


def test_plan_still_drilled_cannot_be_deleted_and_comes_back_from_the_bin(
        db: Database, plan: PlanMaker, drill: DrillMaker) -> None:
    pid = plan("黟县森林火灾应急预案", "黟县")
    PlanService(db).add_revision(pid, RevisionInput(date(2024, 1, 5), RevisionTrigger.RISK))
    did = drill("森林火灾扑救演练", date(2024, 3, 1), plans=[pid])
    with pytest.raises(InputRejected) as err:
        PlanService(db).delete(pid)
    assert "1 条演练记录" in err.value.message
    DrillService(db).delete(did)
    PlanService(db).delete(pid)
    assert PlanViews(db).count() == 0
    bin_ = RecycleBin(db)
    assert {r.table for r in bin_.list()} >= {"emergency_plan", "drill", "plan_revision"}
    bin_.restore("emergency_plan", pid)
    assert len(PlanViews(db).revisions(pid)) == 1  # deleted with it, restored with it
    bin_.restore("drill", did)
    assert PlanViews(db).get(pid).last_drill_date == date(2024, 3, 1)
    with db.read() as s:
        actions = {a for a, in s.execute(select(AuditLog.action).where(
            AuditLog.table_name == "emergency_plan"))}
    assert {"insert", "delete", "restore"} <= actions


def test_region_with_plans_cannot_be_deleted(db: Database, county: dict[str, int],
                                             plan: PlanMaker) -> None:
    plan("宏村村应急预案", "宏村村", PlanType.VILLAGE)
    with pytest.raises(InputRejected) as err:
        RegionService(db).delete(county["宏村村"])
    assert "应急预案" in err.value.message


def test_plan_list_searches_by_pinyin_and_filters_in_sql(db: Database, plan: PlanMaker) -> None:
    plan("黟县突发事件总体应急预案", "黟县", PlanType.OVERALL, issue_date=date(2019, 5, 1))
    plan("碧阳镇突发事件总体应急预案", "碧阳镇", PlanType.TOWNSHIP, issue_date=date(2024, 1, 1))
    plan("古筑村应急预案", "古筑村", PlanType.VILLAGE, issue_date=date(2024, 2, 1))
    plan("宏村镇防汛应急预案", "宏村镇", PlanType.SPECIAL, status=PlanStatus.DRAFT)
    views = PlanViews(db)
    assert [r.name for r in views.list(PlanQuery(search="gzc"))] == ["古筑村应急预案"]
    assert [r.name for r in views.list(PlanQuery(search="fangxun"))] == ["宏村镇防汛应急预案"]
    town = views.list(PlanQuery(township_id=views.get(1).region_id + 1))
    assert {r.name for r in town} == {"碧阳镇突发事件总体应急预案", "古筑村应急预案"}
    assert views.count(PlanQuery(statuses=(PlanStatus.DRAFT,))) == 1
    assert views.count(PlanQuery(plan_types=(PlanType.VILLAGE, PlanType.TOWNSHIP))) == 2
    overdue = views.list(PlanQuery(review_overdue_on=date(2024, 6, 1)))
    assert [r.name for r in overdue] == ["黟县突发事件总体应急预案"]
    first, second = views.list(limit=2), views.list(offset=2, limit=2)
    assert len({r.id for r in first + second}) == 4
    assert first[0].name == "黟县突发事件总体应急预案"  # county first, 总体 first


def test_drill_links_plans_and_takes_their_region(db: Database, county: dict[str, int],
                                                  plan: PlanMaker) -> None:
    a = plan("古筑村应急预案", "古筑村", PlanType.VILLAGE)
    b = plan("碧阳镇防汛应急预案", "碧阳镇")
    svc = DrillService(db)
    did = svc.create(DrillInput("古筑村山洪转移演练", date(2024, 5, 20), DrillForm.LIVE,
                                plan_ids=(a, b), participants_count=85,
                                problems="预警喇叭覆盖不全"))
    row = PlanViews(db).get_drill(did)
    assert row.region_id == county["古筑村"]
    assert row.plan_names == ("古筑村应急预案", "碧阳镇防汛应急预案")
    assert row.rectification == Rectification.PENDING and row.open_problems
    data = svc.input_of(did)
    data.plan_ids = (b,)
    svc.update(did, data)
    assert PlanViews(db).get_drill(did).plan_names == ("碧阳镇防汛应急预案",)
    svc.set_rectification(did, Rectification.DONE, "增设喇叭2处")
    assert not PlanViews(db).get_drill(did).open_problems
    views = PlanViews(db)
    assert views.count_drills(DrillQuery(plan_id=b)) == 1
    assert views.count_drills(DrillQuery(plan_id=a)) == 0
    assert views.count_drills(DrillQuery(search="shanhong")) == 1
    with pytest.raises(ValidationFailed) as err:
        svc.create(DrillInput("", date(2999, 1, 1), participants_count=-1))
    assert set(err.value.problems) == {"演练名称", "演练日期", "参演人数"}


def test_unresolved_drill_filter(db: Database, drill: DrillMaker) -> None:
    drill("无评估", date(2024, 1, 1), region="古筑村", evaluation=None)
    drill("问题未整改", date(2024, 2, 1), region="古筑村", problems="通讯中断")
    drill("已整改", date(2024, 3, 1), region="古筑村", problems="通讯中断",
          rectification=Rectification.DONE)
    drill("顺利", date(2024, 4, 1), region="古筑村")
    found = PlanViews(db).drills(DrillQuery(unresolved_only=True))
    assert {d.title for d in found} == {"无评估", "问题未整改"}


def test_plan_enums_keep_other_registers_labels() -> None:
    """Plan codes must not relabel equal-valued members of other enums (shared label table)."""
    from emergency_desk.data.enums import RegionLevel
    from emergency_desk.data.officers import OfficerPost

    assert RegionLevel.TOWNSHIP.zh == "乡镇" and RegionLevel.VILLAGE.zh == "村"
    assert OfficerPost.SINGLE.zh == "单岗"
    assert PlanType.TOWNSHIP.zh == "乡镇(街道)" and DrillForm.SINGLE.zh == "单项"
    assert Rectification.DONE.zh == "已整改"


def test_annual_drill_plan(db: Database, county: dict[str, int], plan: PlanMaker,
                           drill: DrillMaker) -> None:
    from emergency_desk.data.plans import AnnualDrillStatus
    from emergency_desk.services.plans.annual_drills import AnnualDrillInput, AnnualDrillService

    svc = AnnualDrillService(db)
    pid = plan("碧阳镇防汛抗旱应急预案", "碧阳镇")
    with pytest.raises(ValidationFailed) as err:
        svc.add(AnnualDrillInput(2024, county["碧阳镇"], "", month=13))
    assert set(err.value.problems) == {"演练名称", "月份"}
    item = svc.add(AnnualDrillInput(2024, county["碧阳镇"], "汛前演练", 5, DrillForm.LIVE, pid))
    svc.add(AnnualDrillInput(2024, county["宏村镇"], "森林防火演练", 11))
    did = drill("碧阳镇汛前演练", date(2024, 5, 20), plans=[pid])
    svc.mark_done(item, did)
    rows = svc.list(2024, county["碧阳镇"])
    assert [(r.title, r.status, r.plan_name) for r in rows] == \
        [("汛前演练", AnnualDrillStatus.DONE, "碧阳镇防汛抗旱应急预案")]
    assert len(svc.list(2024)) == 2 and svc.list(2023) == []
