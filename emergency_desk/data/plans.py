"""应急预案 and 演练 (docs/domain.md 1D, section 3 "Plans"): plans, their revisions and evaluations,
drills linked to the plans they exercise, the annual drill plan and the township 领导小组
(for 六有 "有班子").

Teams and warehouses live in other registers that may be added later, so a plan's reliance
on them (`plan_resource`) names the table and id instead of a foreign key; rule P7 looks the
row up when that table exists.
"""

from __future__ import annotations

from datetime import date

from sqlalchemy import Boolean, Date, ForeignKey, Index, Integer, LargeBinary, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from emergency_desk.data.base import Base, RecordMixin
from emergency_desk.data.enums import LabelledEnum, register_labels
from emergency_desk.data.models import Region

# Stored codes are unique across all registers on purpose: labels are kept in one dict keyed by
# StrEnum members, and members with equal strings are equal keys ("township" would relabel
# RegionLevel.TOWNSHIP, "single" OfficerPost.SINGLE).


class PlanType(LabelledEnum):
    """预案类型 (D1 hierarchy: 总体 → 专项/部门 → 乡镇、村、企业)."""

    OVERALL = "overall_plan"
    SPECIAL = "special_plan"
    DEPARTMENT = "department_plan"
    TOWNSHIP = "township_plan"
    VILLAGE = "village_plan"
    ENTERPRISE = "enterprise_plan"
    EVENT = "event_plan"
    CATASTROPHE = "catastrophe_plan"
    ONSITE = "onsite_plan"


class PlanStatus(LabelledEnum):
    DRAFT = "plan_draft"
    REVIEWING = "plan_reviewing"
    PUBLISHED = "plan_published"
    REVISING = "plan_revising"
    ABOLISHED = "plan_abolished"


class RevisionTrigger(LabelledEnum):
    """修订情形 (F2): laws or parent plan, command body, risks, key resources, problems found."""

    LAW = "rev_law"
    ORGANISATION = "rev_organisation"
    RISK = "rev_risk"
    RESOURCE = "rev_resource"
    DRILL = "rev_drill"
    OTHER = "rev_other"


class EvaluationMethod(LabelledEnum):
    SELF = "eval_self"
    EXPERT = "eval_expert"
    THIRD_PARTY = "eval_third_party"


class EvaluationConclusion(LabelledEnum):
    VALID = "eval_valid"
    REVISE = "eval_revise"


class DrillForm(LabelledEnum):
    LIVE = "drill_live"
    TABLETOP = "drill_tabletop"
    OPERATION = "drill_operation"
    COMPREHENSIVE = "drill_comprehensive"
    SINGLE = "drill_single"
    JOINT = "drill_joint"


class Rectification(LabelledEnum):
    """整改情况 of the problems a drill found."""

    DONE = "rect_done"
    IN_PROGRESS = "rect_in_progress"
    PENDING = "rect_pending"


class AttachmentKind(LabelledEnum):
    """预案附件 (D10): the text, the short version, the operations map, evaluation reports."""

    TEXT = "att_text"
    SUMMARY = "att_summary"
    MAP = "att_map"
    EVALUATION = "att_evaluation"
    OTHER = "att_other"


class AnnualDrillStatus(LabelledEnum):
    PLANNED = "annual_planned"
    DONE = "annual_done"
    CANCELLED = "annual_cancelled"


register_labels({
    PlanType.OVERALL: "总体", PlanType.SPECIAL: "专项", PlanType.DEPARTMENT: "部门",
    PlanType.TOWNSHIP: "乡镇(街道)", PlanType.VILLAGE: "村(社区)",
    PlanType.ENTERPRISE: "企事业单位", PlanType.EVENT: "重大活动", PlanType.CATASTROPHE: "巨灾",
    PlanType.ONSITE: "现场处置方案",
    PlanStatus.DRAFT: "起草", PlanStatus.REVIEWING: "评审中", PlanStatus.PUBLISHED: "已发布",
    PlanStatus.REVISING: "修订中", PlanStatus.ABOLISHED: "废止",
    RevisionTrigger.LAW: "法规", RevisionTrigger.ORGANISATION: "机构职责",
    RevisionTrigger.RISK: "风险", RevisionTrigger.RESOURCE: "资源",
    RevisionTrigger.DRILL: "演练或实战问题", RevisionTrigger.OTHER: "其他",
    EvaluationMethod.SELF: "自评", EvaluationMethod.EXPERT: "专家",
    EvaluationMethod.THIRD_PARTY: "第三方",
    EvaluationConclusion.VALID: "继续有效", EvaluationConclusion.REVISE: "需修订",
    DrillForm.LIVE: "实战", DrillForm.TABLETOP: "桌面推演", DrillForm.OPERATION: "操作",
    DrillForm.COMPREHENSIVE: "综合", DrillForm.SINGLE: "单项", DrillForm.JOINT: "联合",
    Rectification.DONE: "已整改", Rectification.IN_PROGRESS: "整改中",
    Rectification.PENDING: "未整改",
    AttachmentKind.TEXT: "正文", AttachmentKind.SUMMARY: "简本", AttachmentKind.MAP: "作战图",
    AttachmentKind.EVALUATION: "评估报告", AttachmentKind.OTHER: "其他附件",
    AnnualDrillStatus.PLANNED: "计划", AnnualDrillStatus.DONE: "已完成",
    AnnualDrillStatus.CANCELLED: "取消",
})

# Tables a plan may rely on (plan_resource.kind → table name); P7 checks those that exist.
RESOURCE_TABLES = {"team": "rescue_team", "warehouse": "warehouse", "person": "person"}


class EmergencyPlan(RecordMixin, Base):
    __tablename__ = "emergency_plan"
    __label__ = "应急预案"

    name: Mapped[str] = mapped_column(String(200))
    plan_type: Mapped[str] = mapped_column(String(16))  # PlanType value
    hazard_class: Mapped[str | None] = mapped_column(String(50), nullable=True)  # 事件类别
    region_id: Mapped[int] = mapped_column(ForeignKey("region.id", ondelete="RESTRICT"))
    issuing_unit: Mapped[str | None] = mapped_column(String(100), nullable=True)  # 编制单位
    approving_unit: Mapped[str | None] = mapped_column(String(100), nullable=True)  # 审批单位
    doc_no: Mapped[str | None] = mapped_column(String(100), nullable=True)  # 文号
    version: Mapped[str | None] = mapped_column(String(30), nullable=True)
    status: Mapped[str] = mapped_column(String(16), default=PlanStatus.PUBLISHED.value)
    issue_date: Mapped[date | None] = mapped_column(Date, nullable=True)
    expert_review_date: Mapped[date | None] = mapped_column(Date, nullable=True)
    filed_to: Mapped[str | None] = mapped_column(String(100), nullable=True)  # 备案单位
    filed_date: Mapped[date | None] = mapped_column(Date, nullable=True)
    last_revised_date: Mapped[date | None] = mapped_column(Date, nullable=True)
    last_eval_date: Mapped[date | None] = mapped_column(Date, nullable=True)
    # None: the office setting plan_review_years applies.
    review_cycle_years: Mapped[int | None] = mapped_column(Integer, nullable=True)
    responsible_person: Mapped[str | None] = mapped_column(String(50), nullable=True)
    search_key: Mapped[str] = mapped_column(Text, default="")
    # Columns of an imported sheet that map to no field (data/extra.py).
    extra: Mapped[str | None] = mapped_column(Text, nullable=True)

    region: Mapped[Region] = relationship()

    __table_args__ = (Index("ix_emergency_plan_region_name", "region_id", "name",
                            "is_deleted"),
                      # A region's plans of a type (rule P5): two equality columns, so SQLite
                      # prefers it to ix_emergency_plan_is_deleted, which it otherwise picked
                      # for the lookup and scanned every plan per region (130 s at 50k).
                      Index("ix_emergency_plan_region_type", "region_id", "is_deleted",
                            "plan_type"))


class PlanRevision(RecordMixin, Base):
    __tablename__ = "plan_revision"
    __label__ = "预案修订记录"

    plan_id: Mapped[int] = mapped_column(
        ForeignKey("emergency_plan.id", ondelete="CASCADE"), index=True)
    version: Mapped[str | None] = mapped_column(String(30), nullable=True)
    date: Mapped[date] = mapped_column(Date)
    trigger: Mapped[str] = mapped_column(String(16))  # RevisionTrigger value
    summary: Mapped[str | None] = mapped_column(Text, nullable=True)


class PlanEvaluation(RecordMixin, Base):
    __tablename__ = "plan_evaluation"
    __label__ = "预案评估记录"

    plan_id: Mapped[int] = mapped_column(
        ForeignKey("emergency_plan.id", ondelete="CASCADE"), index=True)
    date: Mapped[date] = mapped_column(Date)
    method: Mapped[str] = mapped_column(String(16))  # EvaluationMethod value
    conclusion: Mapped[str] = mapped_column(String(16))  # EvaluationConclusion value
    participants: Mapped[str | None] = mapped_column(Text, nullable=True)


class PlanResource(RecordMixin, Base):
    """A team, warehouse or person the plan relies on (P7 "重要应急资源发生变化")."""

    __tablename__ = "plan_resource"
    __label__ = "预案依托资源"

    plan_id: Mapped[int] = mapped_column(
        ForeignKey("emergency_plan.id", ondelete="CASCADE"), index=True)
    kind: Mapped[str] = mapped_column(String(16))  # key of RESOURCE_TABLES
    ref_id: Mapped[int] = mapped_column(Integer)
    name: Mapped[str] = mapped_column(String(200))  # as it was when linked


class PlanAttachment(RecordMixin, Base):
    """A file attached to a plan; its bytes live in `attachment_blob` (by checksum)."""

    __tablename__ = "plan_attachment"
    __label__ = "预案附件"

    plan_id: Mapped[int] = mapped_column(
        ForeignKey("emergency_plan.id", ondelete="CASCADE"), index=True)
    kind: Mapped[str] = mapped_column(String(16))  # AttachmentKind value
    name: Mapped[str] = mapped_column(String(255))  # the file name as the user gave it
    size: Mapped[int] = mapped_column(Integer)
    sha256: Mapped[str] = mapped_column(ForeignKey("attachment_blob.sha256",
                                                   ondelete="RESTRICT"), index=True)


class AttachmentBlob(Base):
    """The bytes of an attached file, once per content.

    Kept inside the database on purpose: a backup is one SQLite file (docs/design.md §4), so a
    backup or restore always carries the attachments with the records that name them. Not a
    RecordMixin: audit rows describe the attachment row, never the bytes.
    """

    __tablename__ = "attachment_blob"

    sha256: Mapped[str] = mapped_column(String(64), primary_key=True)
    content: Mapped[bytes] = mapped_column(LargeBinary)


class Drill(RecordMixin, Base):
    __tablename__ = "drill"
    __label__ = "应急演练"

    title: Mapped[str] = mapped_column(String(200))
    date: Mapped[date] = mapped_column(Date, index=True)
    form: Mapped[str | None] = mapped_column(String(16), nullable=True)  # DrillForm value
    # Where it took place: P8 counts drills per village; lists filter by township.
    region_id: Mapped[int | None] = mapped_column(
        ForeignKey("region.id", ondelete="RESTRICT"), nullable=True, index=True)
    organizer: Mapped[str | None] = mapped_column(String(100), nullable=True)
    location: Mapped[str | None] = mapped_column(String(200), nullable=True)
    scenario: Mapped[str | None] = mapped_column(Text, nullable=True)
    participant_units: Mapped[str | None] = mapped_column(Text, nullable=True)
    participants_count: Mapped[int | None] = mapped_column(Integer, nullable=True)
    evaluation: Mapped[str | None] = mapped_column(Text, nullable=True)  # 评估结论
    problems: Mapped[str | None] = mapped_column(Text, nullable=True)
    measures: Mapped[str | None] = mapped_column(Text, nullable=True)  # 整改措施
    rectification: Mapped[str | None] = mapped_column(String(16), nullable=True)
    triggers_revision: Mapped[bool] = mapped_column(Boolean, default=False)
    search_key: Mapped[str] = mapped_column(Text, default="")
    # Columns of an imported sheet that map to no field (data/extra.py).
    extra: Mapped[str | None] = mapped_column(Text, nullable=True)

    region: Mapped[Region | None] = relationship()

    __table_args__ = (Index("ix_drill_title_date", "title", "date", "is_deleted"),)


class DrillPlan(RecordMixin, Base):
    """演练依据预案: which plans a drill exercised (P2/P3 read it)."""

    __tablename__ = "drill_plan"
    __label__ = "演练关联预案"

    drill_id: Mapped[int] = mapped_column(ForeignKey("drill.id", ondelete="CASCADE"))
    plan_id: Mapped[int] = mapped_column(ForeignKey("emergency_plan.id", ondelete="RESTRICT"))

    __table_args__ = (Index("ix_drill_plan_plan", "plan_id", "is_deleted", "drill_id"),
                      Index("ix_drill_plan_drill", "drill_id", "is_deleted"))


class DrillTeam(RecordMixin, Base):
    """参演队伍: a rescue team linked to a drill in the drill form (T4 counts it as the team's
    drill, besides teams named in 参演单位)."""

    __tablename__ = "drill_team"
    __label__ = "演练参演队伍"

    drill_id: Mapped[int] = mapped_column(ForeignKey("drill.id", ondelete="CASCADE"))
    team_id: Mapped[int] = mapped_column(ForeignKey("rescue_team.id", ondelete="CASCADE"))

    __table_args__ = (Index("ix_drill_team_team", "team_id", "is_deleted", "drill_id"),
                      Index("ix_drill_team_drill", "drill_id", "is_deleted"))


class AnnualDrill(RecordMixin, Base):
    """年度演练计划 (D9): one planned drill of a region's year."""

    __tablename__ = "annual_drill"
    __label__ = "年度演练计划"

    year: Mapped[int] = mapped_column(Integer, index=True)
    region_id: Mapped[int] = mapped_column(ForeignKey("region.id", ondelete="RESTRICT"))
    title: Mapped[str] = mapped_column(String(200))
    month: Mapped[int | None] = mapped_column(Integer, nullable=True)
    form: Mapped[str | None] = mapped_column(String(16), nullable=True)
    plan_id: Mapped[int | None] = mapped_column(
        ForeignKey("emergency_plan.id", ondelete="SET NULL"), nullable=True)
    status: Mapped[str] = mapped_column(String(16), default=AnnualDrillStatus.PLANNED.value)
    drill_id: Mapped[int | None] = mapped_column(
        ForeignKey("drill.id", ondelete="SET NULL"), nullable=True)


class LeadershipGroup(RecordMixin, Base):
    """应急管理领导小组 of a township (六有 "有班子")."""

    __tablename__ = "leadership_group"
    __label__ = "应急领导小组"

    region_id: Mapped[int] = mapped_column(ForeignKey("region.id", ondelete="RESTRICT"),
                                           index=True)
    name: Mapped[str] = mapped_column(String(200))
    leader: Mapped[str | None] = mapped_column(String(50), nullable=True)
    deputy: Mapped[str | None] = mapped_column(String(100), nullable=True)
    members: Mapped[str | None] = mapped_column(Text, nullable=True)
    doc_no: Mapped[str | None] = mapped_column(String(100), nullable=True)
    established_date: Mapped[date | None] = mapped_column(Date, nullable=True)
