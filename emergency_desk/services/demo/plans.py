"""Demo 应急预案 and 演练 for the demo county (services/demo/county.py builds the regions first).

Realistic and realistically incomplete, so the plan rules have something to show: the county's
general plan and two special plans are past their 3-year evaluation (P1), one special plan has
never been drilled (P3) and one was last drilled four years ago (P2), one plan was never filed
(P4), 洪星乡 has no general plan and a few townships lack a special plan (P5), one drill was
never evaluated and one left its problems open (P6), a drill asked for a revision that never
came (P1), a few villages have no plan or no recent drill (P5, P8), and two townships have not
recorded their leadership group (六有 有班子).
"""

from __future__ import annotations

from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from emergency_desk.data.enums import RegionLevel
from emergency_desk.data.models import Region
from emergency_desk.data.plans import (
    AnnualDrill,
    AnnualDrillStatus,
    Drill,
    DrillForm,
    EmergencyPlan,
    EvaluationConclusion,
    EvaluationMethod,
    LeadershipGroup,
    PlanStatus,
    PlanType,
    Rectification,
    RevisionTrigger,
)
from emergency_desk.services.demo.context import DemoContext
from emergency_desk.services.officers.trainings import months_before
from emergency_desk.services.plans.drills import DrillInput, save_drill_in
from emergency_desk.services.plans.plans import (
    EvaluationInput,
    PlanInput,
    RevisionInput,
    add_evaluation_in,
    add_revision_in,
    save_plan_in,
)

COUNTY = "黟县"
# D4 special-plan list: (item, 事件类别, months since issue, evaluated months ago or None).
COUNTY_SPECIALS = [
    ("自然灾害救助", "自然灾害", 30, None),
    ("防汛抗旱", "自然灾害", 50, 20),
    ("生产安全事故", "事故灾难", 44, None),  # P1: issued 44 months ago, never evaluated
    ("地震", "自然灾害", 26, None),
    ("突发地质灾害", "自然灾害", 40, 14),
    ("森林火灾", "自然灾害", 20, None),
    ("低温雨雪冰冻", "自然灾害", 58, None),  # P1
    ("民用航空器", "事故灾难", 28, None),  # P3: never drilled
    ("油气长输管道", "事故灾难", 33, None),
    ("非煤矿山", "事故灾难", 34, None),
    ("危险化学品", "事故灾难", 22, None),
]
NEVER_DRILLED = {"民用航空器"}
DRILLED_LONG_AGO = {"非煤矿山": 49}  # P2: last drill 49 months ago
NOT_FILED = {"油气长输管道"}  # P4
NO_GENERAL_PLAN = {"洪星乡"}  # P5: township without its 总体 plan
TOWNSHIP_SPECIALS = ("防汛抗旱", "森林火灾", "突发地质灾害")
MISSING_TOWNSHIP_SPECIAL = {"西递镇": "突发地质灾害", "碧阳镇": "森林火灾"}  # P5
VILLAGES_WITHOUT_PLAN = {"朱村", "南门村", "联光村"}  # P5
VILLAGES_WITHOUT_DRILL = {"朱村", "深冲村", "杨林村", "红光村", "石印村"}  # P8
NO_LEADERSHIP = {"黟县经济开发区", "洪星乡"}  # 六有 有班子


def _issue(ctx: DemoContext, months: int) -> date:
    return months_before(ctx.today, months)


def _plan(session: Session, ctx: DemoContext, name: str, ptype: PlanType, region: str,
          months: int, *, hazard: str | None = None, unit: str, filed_to: str,
          reviewed: bool = True, filed: bool = True) -> int:
    issued = _issue(ctx, months)
    year = issued.year
    p = save_plan_in(session, PlanInput(
        name=name, plan_type=ptype, region_id=ctx.region_ids[region], hazard_class=hazard,
        issuing_unit=unit, approving_unit=f"{region}人民政府" if ptype != PlanType.VILLAGE
        else None, doc_no=f"{region[:2]}政办〔{year}〕{ctx.rng.randint(3, 60)}号"
        if ptype != PlanType.VILLAGE else None,
        version=f"{year}版", status=PlanStatus.PUBLISHED, issue_date=issued,
        expert_review_date=months_before(issued, 1) if reviewed else None,
        filed_to=filed_to if filed else None,
        filed_date=issued.replace(day=min(issued.day + 10, 28)) if filed else None,
        responsible_person=None))
    return p.id


def build_demo_plans(session: Session, ctx: DemoContext) -> int:
    n = 0
    county_office = "黟县应急管理局"
    general = _plan(session, ctx, "黟县突发事件总体应急预案", PlanType.OVERALL, COUNTY, 40,
                    hazard="综合", unit="黟县人民政府办公室", filed_to="黄山市人民政府")
    # P1 on the general plan too: evaluated 38 months ago as still valid, nothing since.
    add_evaluation_in(session, general, EvaluationInput(
        _issue(ctx, 38), EvaluationMethod.SELF, EvaluationConclusion.VALID, "县应急管理局"))
    n += 1
    for item, hazard, months, evaluated in COUNTY_SPECIALS:
        pid = _plan(session, ctx, f"黟县{item}应急预案", PlanType.SPECIAL, COUNTY, months,
                    hazard=f"{hazard}/{item}", unit=county_office, filed_to="黄山市应急管理局",
                    filed=item not in NOT_FILED)
        if evaluated is not None:
            add_evaluation_in(session, pid, EvaluationInput(
                _issue(ctx, evaluated), EvaluationMethod.EXPERT,
                EvaluationConclusion.REVISE if item == "防汛抗旱" else EvaluationConclusion.VALID,
                "县应急管理局、市级专家3名"))
        if item == "防汛抗旱":
            add_revision_in(session, pid, RevisionInput(
                _issue(ctx, 16), RevisionTrigger.RISK, f"{_issue(ctx, 16).year}版",
                "根据山洪灾害风险普查结果调整转移路线和避险点"))
        n += 1
    for _code, town in _townships(session):
        office = f"{town}人民政府"
        if town not in NO_GENERAL_PLAN:
            _plan(session, ctx, f"{town}突发事件总体应急预案", PlanType.TOWNSHIP, town,
                  ctx.rng.randint(12, 30), hazard="综合", unit=office, filed_to="黟县人民政府")
            n += 1
        if not _villages(session, town):
            continue  # the development zone: a general plan only
        for item in TOWNSHIP_SPECIALS:
            if MISSING_TOWNSHIP_SPECIAL.get(town) == item:
                continue
            _plan(session, ctx, f"{town}{item}应急预案", PlanType.SPECIAL, town,
                  ctx.rng.randint(22, 34), hazard=f"自然灾害/{item}", unit=office,
                  filed_to="黟县应急管理局")
            n += 1
        for village in _villages(session, town):
            if village in VILLAGES_WITHOUT_PLAN:
                continue
            _plan(session, ctx, f"{village}突发事件应急预案", PlanType.VILLAGE,
                  f"{town}/{village}", ctx.rng.randint(12, 34), unit=f"{village}委会",
                  filed_to=office, reviewed=False)
            n += 1
        if town not in NO_LEADERSHIP:
            session.add(LeadershipGroup(
                region_id=ctx.region_ids[town], name=f"{town}应急管理工作领导小组",
                leader=f"{town}党委书记", deputy=f"{town}镇长、分管副镇长",
                members="应急办、派出所、卫生院、各村（社区）主任",
                doc_no=f"{town[:2]}发〔{ctx.today.year - 1}〕{ctx.rng.randint(2, 30)}号",
                established_date=_issue(ctx, ctx.rng.randint(10, 30))))
    session.flush()
    return n


def _townships(session: Session) -> list[tuple[str, str]]:
    return [(c or "", n) for c, n in session.execute(
        select(Region.code, Region.name).where(Region.level == RegionLevel.TOWNSHIP.value,
                                               Region.is_deleted.is_(False))
        .order_by(Region.code))]


def _villages(session: Session, town: str) -> list[str]:
    parent = session.scalar(select(Region.id).where(Region.name == town,
                                                    Region.level == RegionLevel.TOWNSHIP.value))
    return list(session.scalars(select(Region.name).where(
        Region.parent_id == parent, Region.is_deleted.is_(False)).order_by(Region.code,
                                                                          Region.id)))


def _exists(session: Session, name: str) -> bool:
    return session.scalar(select(EmergencyPlan.id).where(EmergencyPlan.name == name)) is not None


def _plan_id(session: Session, name: str) -> int:
    pid = session.scalar(select(EmergencyPlan.id).where(EmergencyPlan.name == name))
    assert pid is not None, name
    return pid


def build_demo_drills(session: Session, ctx: DemoContext) -> int:
    rng, n = ctx.rng, 0

    def drill(title: str, months: int, form: DrillForm, plans: list[str], region: str,
              **kw: object) -> None:
        nonlocal n
        day = _issue(ctx, months)
        kw.setdefault("evaluation", rng.choice([
            "演练达到预期目的，预警传递和人员转移及时", "组织有序，各环节衔接顺畅",
            "基本达到预期效果，个别环节响应偏慢"]))
        save_drill_in(session, DrillInput(
            title=title, date=day, form=form, region_id=ctx.region_ids[region],
            plan_ids=tuple(_plan_id(session, p) for p in plans), **kw))  # type: ignore[arg-type]
        n += 1

    for i, (item, _h, months, _e) in enumerate(COUNTY_SPECIALS):
        if item in NEVER_DRILLED:
            continue
        ago = DRILLED_LONG_AGO.get(item, min(months - 2, 6 + 3 * i))
        drill(f"黟县{item}应急演练", ago, DrillForm.TABLETOP if i % 3 else DrillForm.LIVE,
              [f"黟县{item}应急预案"], COUNTY, organizer="黟县应急管理局",
              location="县应急指挥中心", participants_count=rng.randint(30, 120),
              participant_units="县应急局、消防救援大队、相关乡镇")
    drill("黟县防汛抗旱综合应急演练", 5, DrillForm.COMPREHENSIVE,
          ["黟县防汛抗旱应急预案", "黟县突发事件总体应急预案"], "宏村镇",
          organizer="黟县防汛抗旱指挥部", location="宏村镇雉山村", participants_count=260,
          scenario="强降雨引发山洪，雉山村沿河群众紧急转移",
          problems="部分村预警喇叭覆盖不全；转移路线标识缺失",
          measures="增设预警喇叭6处，补设转移路线标识牌",
          rectification=Rectification.IN_PROGRESS, triggers_revision=True)
    for _code, town in _townships(session):
        villages = _villages(session, town)
        if not villages:
            continue
        plans = [name for name in (f"{town}防汛抗旱应急预案", f"{town}突发地质灾害应急预案",
                                   f"{town}突发事件总体应急预案") if _exists(session, name)]
        drill(f"{town}汛期综合应急演练", rng.randint(2, 10), DrillForm.COMPREHENSIVE, plans,
              town, organizer=f"{town}人民政府", location=f"{villages[0]}",
              participants_count=rng.randint(60, 180))
        if _exists(session, f"{town}森林火灾应急预案"):
            drill(f"{town}森林防灭火演练", rng.randint(6, 20), DrillForm.SINGLE,
                  [f"{town}森林火灾应急预案"], town, organizer=f"{town}人民政府",
                  location=f"{villages[-1]}林区", participants_count=rng.randint(30, 80))
        for village in villages:
            if village in VILLAGES_WITHOUT_DRILL:
                continue
            plan = [f"{village}突发事件应急预案"] if village not in VILLAGES_WITHOUT_PLAN else []
            drill(f"{village}人员转移避险演练", rng.randint(1, 11),
                  rng.choice([DrillForm.LIVE, DrillForm.SINGLE, DrillForm.OPERATION]), plan,
                  f"{town}/{village}", organizer=f"{village}委会",
                  location=f"{village}文化广场", participants_count=rng.randint(20, 90))
    # P6: a drill never evaluated, and one whose problems are still open.
    drill("柯村镇森林火灾扑救演练", 3, DrillForm.LIVE, ["柯村镇森林火灾应急预案"], "柯村镇",
          organizer="柯村镇人民政府", location="翠林村林区", participants_count=75,
          evaluation=None)
    drill("美溪乡地质灾害避险演练", 4, DrillForm.LIVE, ["美溪乡突发地质灾害应急预案"], "美溪乡",
          organizer="美溪乡人民政府", location="庙林村", participants_count=48,
          problems="隐患点监测员不熟悉预警信号；避险点物资不足",
          measures="组织监测员培训，补充避险点物资", rectification=Rectification.PENDING)
    _annual_plan(session, ctx)
    return n


def _annual_plan(session: Session, ctx: DemoContext) -> None:
    """This year's drill plan of each township: the flood drill done, the fire drill to come."""
    year = ctx.today.year
    for _code, town in _townships(session):
        if not _villages(session, town):
            continue
        done = session.scalar(select(Drill.id).where(
            Drill.title == f"{town}汛期综合应急演练", Drill.date >= date(year, 1, 1)))
        flood = session.scalar(select(EmergencyPlan.id).where(
            EmergencyPlan.name == f"{town}防汛抗旱应急预案"))
        fire = session.scalar(select(EmergencyPlan.id).where(
            EmergencyPlan.name == f"{town}森林火灾应急预案"))
        session.add_all([
            AnnualDrill(year=year, region_id=ctx.region_ids[town],
                        title=f"{town}汛期综合应急演练", month=5,
                        form=DrillForm.COMPREHENSIVE.value, plan_id=flood,
                        status=(AnnualDrillStatus.DONE if done else
                                AnnualDrillStatus.PLANNED).value, drill_id=done),
            AnnualDrill(year=year, region_id=ctx.region_ids[town],
                        title=f"{town}冬春森林防灭火演练", month=12,
                        form=DrillForm.LIVE.value, plan_id=fire,
                        status=AnnualDrillStatus.PLANNED.value)])
    session.flush()
