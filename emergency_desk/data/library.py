"""法规库 and 典型案例库 (issue 16): the last two of 一网五库 (DOMAIN.md E7).

The seed (S3 "一网五库") asks for regulations collected "按类别、分层次" — by subject and by
legal level — and for cases with 发生原因、采取措施、处置过程、主要经验、存在问题、意见和建议 and,
where there is one, the experts' opinion. Files (the regulation's text, a case's report) are
stored like plan attachments: the bytes in `attachment_blob`, so a backup carries them.
"""

from __future__ import annotations

from datetime import date

from sqlalchemy import Date, ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from emergency_desk.data.base import Base, RecordMixin
from emergency_desk.data.dates import month_flag, track_month_precision
from emergency_desk.data.enums import LabelledEnum, register_labels


class RegulationStatus(LabelledEnum):
    """时效性, as 国家法律法规数据库 labels it."""

    IN_FORCE = "reg_in_force"
    AMENDED = "reg_amended"
    REPEALED = "reg_repealed"
    PENDING = "reg_pending"  # 尚未施行: published, in force from a later date


class RegulationLevel(LabelledEnum):
    """效力层级: the "层次" the seed sorts the library by."""

    LAW = "reg_law"
    ADMIN_REGULATION = "reg_admin_regulation"
    DEPT_RULE = "reg_dept_rule"
    LOCAL_REGULATION = "reg_local_regulation"
    LOCAL_RULE = "reg_local_rule"
    NORMATIVE = "reg_normative"
    STANDARD = "reg_standard"
    PLAN = "reg_plan"
    OTHER = "reg_other"


class CaseCategory(LabelledEnum):
    """突发事件 categories of 《突发事件应对法》 第二条."""

    NATURAL = "case_natural"
    ACCIDENT = "case_accident"
    HEALTH = "case_health"
    SOCIAL = "case_social"


class CaseGrade(LabelledEnum):
    """事件级别: the seed collects 较大、重大、特别重大 cases; townships add 一般 local ones."""

    ORDINARY = "case_ordinary"
    LARGE = "case_large"
    MAJOR = "case_major"
    GRAVE = "case_grave"


register_labels({
    RegulationStatus.IN_FORCE: "现行有效", RegulationStatus.AMENDED: "已修订",
    RegulationStatus.REPEALED: "已废止", RegulationStatus.PENDING: "尚未施行",
    RegulationLevel.LAW: "法律", RegulationLevel.ADMIN_REGULATION: "行政法规",
    RegulationLevel.DEPT_RULE: "部门规章", RegulationLevel.LOCAL_REGULATION: "地方性法规",
    RegulationLevel.LOCAL_RULE: "地方政府规章", RegulationLevel.NORMATIVE: "规范性文件",
    RegulationLevel.STANDARD: "标准规范", RegulationLevel.PLAN: "应急预案",
    RegulationLevel.OTHER: "其他",
    CaseCategory.NATURAL: "自然灾害", CaseCategory.ACCIDENT: "事故灾难",
    CaseCategory.HEALTH: "公共卫生事件", CaseCategory.SOCIAL: "社会安全事件",
    CaseGrade.ORDINARY: "一般", CaseGrade.LARGE: "较大", CaseGrade.MAJOR: "重大",
    CaseGrade.GRAVE: "特别重大",
})


class FileColumns:
    """One attached file kept on the record itself: its name as given, size and checksum."""

    file_name: Mapped[str | None] = mapped_column(String(255), nullable=True)
    file_size: Mapped[int | None] = mapped_column(Integer, nullable=True)
    file_sha256: Mapped[str | None] = mapped_column(
        ForeignKey("attachment_blob.sha256", ondelete="RESTRICT"), nullable=True, index=True)


class Regulation(FileColumns, RecordMixin, Base):
    """法规库: a law, regulation, rule, normative document or standard, with its text."""

    __tablename__ = "regulation"
    __label__ = "法规"

    title: Mapped[str] = mapped_column(String(300))
    issuer: Mapped[str | None] = mapped_column(String(200), nullable=True)  # 发布机关
    doc_number: Mapped[str | None] = mapped_column(String(100), nullable=True)  # 文号
    issued_on: Mapped[date | None] = mapped_column(Date, nullable=True)  # 发布日期
    effective_on: Mapped[date | None] = mapped_column(Date, nullable=True)  # 施行日期
    status: Mapped[str] = mapped_column(String(16), default=RegulationStatus.IN_FORCE.value)
    level: Mapped[str] = mapped_column(String(24), default=RegulationLevel.OTHER.value)
    category: Mapped[str | None] = mapped_column(String(50), nullable=True)  # 类别: 防汛抗旱…
    # The attached document's text (.txt/.docx/.pdf with a text layer), searched with LIKE so
    # that the same query works on SQLite and on the county's PostgreSQL. Not audited.
    full_text: Mapped[str | None] = mapped_column(Text, nullable=True, deferred=True)


class CaseRecord(FileColumns, RecordMixin, Base):
    """典型案例库: an emergency worth learning from, in the seed's own headings."""

    __tablename__ = "case_record"
    __label__ = "典型案例"

    title: Mapped[str] = mapped_column(String(200))
    occurred_on: Mapped[date | None] = mapped_column(Date, nullable=True, index=True)
    occurred_on_month: Mapped[bool] = month_flag()  # old cases are often known to the month
    region_id: Mapped[int | None] = mapped_column(
        ForeignKey("region.id", ondelete="RESTRICT"), nullable=True, index=True)
    place: Mapped[str | None] = mapped_column(String(200), nullable=True)  # 发生地点
    category: Mapped[str] = mapped_column(String(16), default=CaseCategory.NATURAL.value)
    event_type: Mapped[str | None] = mapped_column(String(50), nullable=True)  # 山洪、森林火灾…
    grade: Mapped[str | None] = mapped_column(String(16), nullable=True)
    summary: Mapped[str | None] = mapped_column(Text, nullable=True)  # 基本情况、损失
    cause: Mapped[str | None] = mapped_column(Text, nullable=True)  # 发生原因
    measures: Mapped[str | None] = mapped_column(Text, nullable=True)  # 采取措施
    handling: Mapped[str | None] = mapped_column(Text, nullable=True)  # 处置过程
    lessons: Mapped[str | None] = mapped_column(Text, nullable=True)  # 主要经验
    problems: Mapped[str | None] = mapped_column(Text, nullable=True)  # 存在问题
    suggestions: Mapped[str | None] = mapped_column(Text, nullable=True)  # 意见和建议
    expert_opinion: Mapped[str | None] = mapped_column(Text, nullable=True)  # 专家意见


track_month_precision(CaseRecord, "occurred_on")
