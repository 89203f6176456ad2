"""Forms of the plan register: a plan, a drill, a revision, an evaluation, a rectification.

Field keys are the register's column names, so a service's ValidationFailed lands beside the
field it is about. Every form only builds the input and calls the service; the service checks.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtWidgets import QDialog, QWidget

from emergency_desk.data.db import Database
from emergency_desk.data.plans import (
    Drill,
    DrillForm,
    EmergencyPlan,
    EvaluationConclusion,
    EvaluationMethod,
    PlanStatus,
    PlanType,
    Rectification,
    RevisionTrigger,
)
from emergency_desk.errors import ValidationFailed
from emergency_desk.i18n import t
from emergency_desk.services.extra_fields import extra_fields_of
from emergency_desk.services.plans.drills import DrillInput, DrillService
from emergency_desk.services.plans.leadership import LeadershipInput, LeadershipService
from emergency_desk.services.plans.plans import (
    EvaluationInput,
    PlanInput,
    PlanService,
    RevisionInput,
)
from emergency_desk.services.plans.views import PlanViews
from emergency_desk.services.regions.regions import RegionQuery, RegionService
from emergency_desk.ui.widgets.form_dialog import FieldSpec, FormDialog


def _enum_choices(enum: Any) -> list[tuple[str, Any]]:
    return [(m.label, m) for m in enum]


def region_choices(db: Database) -> list[tuple[str, Any]]:
    """Every live region by its path (名称 search finds '碧阳镇/古筑村' by 古筑)."""
    return [(r.path, r.id) for r in RegionService(db).list(RegionQuery(order_by="path"))]


def _run(dialog: FormDialog) -> Any:
    return dialog.saved_result if dialog.exec() == QDialog.DialogCode.Accepted else None


# -- plan -------------------------------------------------------------------------------------
def plan_fields(db: Database) -> list[FieldSpec]:
    return [
        FieldSpec("预案名称", t("预案名称"), required=True,
                  placeholder=t("如 碧阳镇防汛抗旱应急预案")),
        FieldSpec("预案类型", t("预案类型"), kind="choice", required=True,
                  choices=_enum_choices(PlanType)),
        FieldSpec("所属区划", t("所属区划"), kind="lookup", required=True,
                  choices=region_choices(db), placeholder=t("输入名称查找")),
        FieldSpec("事件类别", t("事件类别"), placeholder=t("如 自然灾害/防汛抗旱"),
                  help=t("专项预案写明专项类别，按它核对应配备的专项预案（P5）")),
        FieldSpec("编制单位", t("编制单位")),
        FieldSpec("审批单位", t("审批单位")),
        FieldSpec("文号", t("文号"), placeholder=t("如 黟政办〔2024〕5号")),
        FieldSpec("版本", t("版本"), placeholder=t("如 2024版")),
        FieldSpec("状态", t("状态"), kind="choice", required=True,
                  choices=_enum_choices(PlanStatus)),
        FieldSpec("发布日期", t("发布日期"), kind="date"),
        FieldSpec("专家评审日期", t("专家评审日期"), kind="date",
                  help=t("未经专家评审的预案会被提醒（P4）")),
        FieldSpec("备案单位", t("备案单位"), placeholder=t("如 黟县应急管理局")),
        FieldSpec("备案日期", t("备案日期"), kind="date"),
        FieldSpec("最近修订日期", t("最近修订日期"), kind="date",
                  help=t("登记修订记录时自动更新")),
        FieldSpec("最近评估日期", t("最近评估日期"), kind="date",
                  help=t("登记评估记录时自动更新")),
        FieldSpec("评估周期(年)", t("评估周期（年）"), kind="int", minimum=1, maximum=10,
                  placeholder=t("空白按设置（默认 3 年）")),
        FieldSpec("责任人", t("责任人")),
        FieldSpec("备注", t("备注"), kind="multiline"),
    ]


def _plan_input(v: dict[str, Any]) -> PlanInput:
    return PlanInput(
        name=v["预案名称"], plan_type=v["预案类型"], region_id=v["所属区划"] or 0,
        hazard_class=v["事件类别"], issuing_unit=v["编制单位"], approving_unit=v["审批单位"],
        doc_no=v["文号"], version=v["版本"], status=v["状态"], issue_date=v["发布日期"],
        expert_review_date=v["专家评审日期"], filed_to=v["备案单位"], filed_date=v["备案日期"],
        last_revised_date=v["最近修订日期"], last_eval_date=v["最近评估日期"],
        review_cycle_years=v["评估周期(年)"], responsible_person=v["责任人"],
        remark=v["备注"])


def make_plan_dialog(db: Database, plan_id: int | None = None, *,
                     region_id: int | None = None, parent: QWidget | None = None) -> FormDialog:
    svc = PlanService(db)

    def stored() -> dict[str, Any]:
        assert plan_id is not None
        p = svc.input_of(plan_id)
        return {
            "预案名称": p.name, "预案类型": p.plan_type, "所属区划": p.region_id,
            "事件类别": p.hazard_class, "编制单位": p.issuing_unit, "审批单位": p.approving_unit,
            "文号": p.doc_no, "版本": p.version, "状态": p.status, "发布日期": p.issue_date,
            "专家评审日期": p.expert_review_date, "备案单位": p.filed_to,
            "备案日期": p.filed_date, "最近修订日期": p.last_revised_date,
            "最近评估日期": p.last_eval_date, "评估周期(年)": p.review_cycle_years,
            "责任人": p.responsible_person, "备注": p.remark}

    values: dict[str, Any]
    if plan_id is not None:
        values = stored()
        title = t("编辑应急预案")
    else:
        values = {"状态": PlanStatus.PUBLISHED, "所属区划": region_id}
        title = t("新增应急预案")

    def save(v: dict[str, Any]) -> int:
        if plan_id is None:
            return svc.create(_plan_input(v))
        svc.update(plan_id, _plan_input(v))
        return plan_id

    return FormDialog(title, plan_fields(db), values, save, parent,
                      extra=extra_fields_of(db, EmergencyPlan, plan_id),
                      reload=stored if plan_id is not None else None)


def edit_plan(db: Database, plan_id: int | None = None, *, region_id: int | None = None,
              parent: QWidget | None = None) -> int | None:
    return _run(make_plan_dialog(db, plan_id, region_id=region_id, parent=parent))


# -- revision and evaluation ------------------------------------------------------------------
def make_revision_dialog(db: Database, plan_id: int, parent: QWidget | None = None
                         ) -> FormDialog:
    name = PlanViews(db).get(plan_id).name
    fields = [
        FieldSpec("修订日期", t("修订日期"), kind="date", required=True),
        FieldSpec("修订情形", t("修订情形"), kind="choice", required=True,
                  choices=_enum_choices(RevisionTrigger)),
        FieldSpec("版本", t("新版本"), placeholder=t("如 2025版")),
        FieldSpec("修订内容", t("修订内容"), kind="multiline"),
    ]

    def save(v: dict[str, Any]) -> int:
        return PlanService(db).add_revision(plan_id, RevisionInput(
            v["修订日期"], v["修订情形"], v["版本"], v["修订内容"]))

    return FormDialog(t("登记修订：{name}", name=name), fields, {"修订日期": date.today()}, save,
                      parent)


def make_evaluation_dialog(db: Database, plan_id: int, parent: QWidget | None = None
                           ) -> FormDialog:
    name = PlanViews(db).get(plan_id).name
    fields = [
        FieldSpec("评估日期", t("评估日期"), kind="date", required=True),
        FieldSpec("评估方式", t("评估方式"), kind="choice", required=True,
                  choices=_enum_choices(EvaluationMethod)),
        FieldSpec("评估结论", t("评估结论"), kind="choice", required=True,
                  choices=_enum_choices(EvaluationConclusion),
                  help=t("“需修订”会把已发布的预案标为修订中")),
        FieldSpec("参加人员", t("参加人员"), kind="multiline"),
    ]

    def save(v: dict[str, Any]) -> int:
        return PlanService(db).add_evaluation(plan_id, EvaluationInput(
            v["评估日期"], v["评估方式"], v["评估结论"], v["参加人员"]))

    return FormDialog(t("登记评估：{name}", name=name), fields, {"评估日期": date.today()}, save,
                      parent)


# -- drill ------------------------------------------------------------------------------------
def drill_fields(db: Database) -> list[FieldSpec]:
    plans = PlanViews(db).plan_choices()
    rect: list[tuple[str, Any]] = [(t("（无问题）"), None), *_enum_choices(Rectification)]
    return [
        FieldSpec("演练名称", t("演练名称"), required=True,
                  placeholder=t("如 古筑村山洪灾害人员转移演练")),
        FieldSpec("演练日期", t("演练日期"), kind="date", required=True),
        FieldSpec("演练形式", t("演练形式"), kind="choice", choices=_enum_choices(DrillForm)),
        FieldSpec("依据预案", t("依据预案"), kind="lookup",
                  choices=[(label, pid) for pid, label in plans],
                  placeholder=t("输入名称查找"), aliases=("关联预案",)),
        FieldSpec("其他依据预案", t("其他依据预案"),
                  placeholder=t("预案名称，多个用“、”分隔")),
        FieldSpec("所属区划", t("演练地区划"), kind="lookup", choices=region_choices(db),
                  placeholder=t("空白时取依据预案的区划"),
                  help=t("村（社区）演练按此统计（P8）")),
        FieldSpec("组织单位", t("组织单位")),
        FieldSpec("地点", t("地点")),
        FieldSpec("参演单位", t("参演单位")),
        FieldSpec("参演队伍", t("参演救援队伍"), placeholder=t("队伍名称，多个用“、”分隔"),
                  help=t("计为这些救援队伍的演练（T4）；参演单位中写出的队伍名称也会计入")),
        FieldSpec("参演人数", t("参演人数"), kind="int", minimum=0),
        FieldSpec("情景", t("情景")),
        FieldSpec("评估结论", t("评估结论"), kind="multiline",
                  help=t("未填写评估结论的演练会被提醒（P6）")),
        FieldSpec("存在问题", t("存在问题"), kind="multiline"),
        FieldSpec("整改措施", t("整改措施"), kind="multiline"),
        FieldSpec("整改情况", t("整改情况"), kind="choice", choices=rect),
        FieldSpec("需修订预案", t("发现预案需修订"), kind="bool"),
        FieldSpec("备注", t("备注")),
    ]


def _drill_plan_ids(db: Database, v: dict[str, Any]) -> tuple[int, ...]:
    from emergency_desk.io.plans import parse_plan_refs, resolve_plan_refs

    ids = [v["依据预案"]] if v["依据预案"] else []
    refs = parse_plan_refs(v["其他依据预案"]) or ()
    if refs:
        more, problems = resolve_plan_refs(db, refs)
        if problems:
            raise ValidationFailed({"其他依据预案": "；".join(problems)})
        ids.extend(i for i in more if i not in ids)
    return tuple(ids)


def _drill_input(db: Database, v: dict[str, Any]) -> DrillInput:
    return DrillInput(
        title=v["演练名称"], date=v["演练日期"], form=v["演练形式"], region_id=v["所属区划"],
        organizer=v["组织单位"], location=v["地点"], scenario=v["情景"],
        participant_units=v["参演单位"], participants_count=v["参演人数"],
        evaluation=v["评估结论"], problems=v["存在问题"], measures=v["整改措施"],
        rectification=v["整改情况"], triggers_revision=v["需修订预案"],
        plan_ids=_drill_plan_ids(db, v), remark=v["备注"], team_ids=_drill_team_ids(db, v))


def _drill_team_ids(db: Database, v: dict[str, Any]) -> tuple[int, ...]:
    from emergency_desk.services.teams.drills import drill_team_ids

    ids, problems = drill_team_ids(db, v["参演队伍"])
    if problems:
        raise ValidationFailed({"参演队伍": "；".join(problems)})
    return tuple(ids)


def _team_names(db: Database, ids: tuple[int, ...]) -> str:
    from emergency_desk.services.teams.drills import drill_team_names

    return drill_team_names(db, ids)


def make_drill_dialog(db: Database, drill_id: int | None = None, *,
                      plan_id: int | None = None, parent: QWidget | None = None) -> FormDialog:
    svc = DrillService(db)

    def stored() -> dict[str, Any]:
        assert drill_id is not None
        d = svc.input_of(drill_id)
        ids = d.plan_ids or ()
        names = [PlanViews(db).get(i).name for i in ids[1:]]
        return {
            "演练名称": d.title, "演练日期": d.date, "演练形式": d.form,
            "依据预案": ids[0] if ids else None, "其他依据预案": "、".join(names),
            "所属区划": d.region_id, "组织单位": d.organizer, "地点": d.location,
            "参演单位": d.participant_units, "参演人数": d.participants_count,
            "参演队伍": _team_names(db, d.team_ids or ()),
            "情景": d.scenario, "评估结论": d.evaluation, "存在问题": d.problems,
            "整改措施": d.measures, "整改情况": d.rectification,
            "需修订预案": d.triggers_revision, "备注": d.remark}

    values: dict[str, Any]
    if drill_id is not None:
        values = stored()
        title = t("编辑演练记录")
    else:
        values = {"演练日期": date.today(), "依据预案": plan_id}
        title = t("登记演练")

    def save(v: dict[str, Any]) -> int:
        if drill_id is None:
            return svc.create(_drill_input(db, v))
        svc.update(drill_id, _drill_input(db, v))
        return drill_id

    return FormDialog(title, drill_fields(db), values, save, parent,
                      extra=extra_fields_of(db, Drill, drill_id),
                      reload=stored if drill_id is not None else None)


def make_rectification_dialog(db: Database, drill_id: int, parent: QWidget | None = None
                              ) -> FormDialog:
    d = DrillService(db).input_of(drill_id)
    fields = [
        FieldSpec("整改情况", t("整改情况"), kind="choice", required=True,
                  choices=_enum_choices(Rectification)),
        FieldSpec("整改措施", t("整改措施"), kind="multiline"),
    ]

    def save(v: dict[str, Any]) -> int:
        DrillService(db).set_rectification(drill_id, v["整改情况"], v["整改措施"])
        return drill_id

    return FormDialog(t("登记整改：{name}", name=d.title), fields,
                      {"整改情况": Rectification.DONE, "整改措施": d.measures}, save, parent)


def make_leadership_dialog(db: Database, township_id: int | None,
                           parent: QWidget | None = None) -> FormDialog:
    towns = [(r.name, r.id) for r in RegionService(db).township_choices()]
    fields = [
        FieldSpec("所属区划", t("乡镇"), kind="choice", required=True, choices=towns),
        FieldSpec("名称", t("名称"), required=True,
                  placeholder=t("如 碧阳镇应急管理工作领导小组")),
        FieldSpec("组长", t("组长")),
        FieldSpec("副组长", t("副组长")),
        FieldSpec("成员", t("成员单位及人员"), kind="multiline"),
        FieldSpec("文号", t("成立文号")),
        FieldSpec("成立日期", t("成立日期"), kind="date"),
    ]

    def save(v: dict[str, Any]) -> int:
        return LeadershipService(db).save(LeadershipInput(
            v["所属区划"], v["名称"], v["组长"], v["副组长"], v["成员"], v["文号"],
            v["成立日期"]))

    return FormDialog(t("登记应急管理领导小组"), fields, {"所属区划": township_id}, save,
                      parent)


def run_dialog(make: Callable[[], FormDialog]) -> Any:
    """Build and show a form modally; the saved result, or None if cancelled."""
    return _run(make())
