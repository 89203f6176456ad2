"""Resources outside the office (issue 16): 避难场所, 隐患点, 专家库 and 应急联络网.

Shelters use the terms of GB/T 44013-2024 《应急避难场所 分级及分类》 (docs/domain.md section 2,
F6): the sheltering duration (紧急/短期/中期/长期), the space type (室内/室外) and the
functional role (综合/单一/特定). A shelter serves villages (`shelter_region`); rule H1 compares its
capacity with their population. A hazard point names the shelter its people move to (Z1).
"""

from __future__ import annotations

from datetime import date

from sqlalchemy import Boolean, Date, Float, ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from emergency_desk.data.base import Base, RecordMixin
from emergency_desk.data.enums import LabelledEnum, register_labels


class ShelterDuration(LabelledEnum):
    """避难时长 (GB/T 44013-2024)."""

    EMERGENCY = "shelter_emergency"
    SHORT = "shelter_short"
    MEDIUM = "shelter_medium"
    LONG = "shelter_long"


class ShelterSpace(LabelledEnum):
    INDOOR = "shelter_indoor"
    OUTDOOR = "shelter_outdoor"
    MIXED = "shelter_mixed"


class ShelterFunction(LabelledEnum):
    COMPREHENSIVE = "shelter_comprehensive"
    SINGLE = "shelter_single"
    SPECIFIC = "shelter_specific"


class HazardType(LabelledEnum):
    LANDSLIDE = "hz_landslide"
    COLLAPSE = "hz_collapse"
    DEBRIS_FLOW = "hz_debris_flow"
    SUBSIDENCE = "hz_subsidence"
    FLASH_FLOOD = "hz_flash_flood"
    DANGEROUS_HOUSE = "hz_dangerous_house"
    WATERLOGGING = "hz_waterlogging"
    OTHER = "hz_other"


class HazardStatus(LabelledEnum):
    ACTIVE = "hz_active"
    CLOSED = "hz_closed"  # 已销号: treated, no longer a threat


register_labels({
    ShelterDuration.EMERGENCY: "紧急", ShelterDuration.SHORT: "短期",
    ShelterDuration.MEDIUM: "中期", ShelterDuration.LONG: "长期",
    ShelterSpace.INDOOR: "室内", ShelterSpace.OUTDOOR: "室外", ShelterSpace.MIXED: "室内外结合",
    ShelterFunction.COMPREHENSIVE: "综合", ShelterFunction.SINGLE: "单一",
    ShelterFunction.SPECIFIC: "特定",
    HazardType.LANDSLIDE: "滑坡", HazardType.COLLAPSE: "崩塌",
    HazardType.DEBRIS_FLOW: "泥石流", HazardType.SUBSIDENCE: "地面塌陷",
    HazardType.FLASH_FLOOD: "山洪", HazardType.DANGEROUS_HOUSE: "危房",
    HazardType.WATERLOGGING: "内涝", HazardType.OTHER: "其他",
    HazardStatus.ACTIVE: "在册", HazardStatus.CLOSED: "已销号",
})


class Shelter(RecordMixin, Base):
    """避难场所."""

    __tablename__ = "shelter"
    __label__ = "避难场所"

    name: Mapped[str] = mapped_column(String(200))
    region_id: Mapped[int] = mapped_column(ForeignKey("region.id", ondelete="RESTRICT"),
                                           index=True)
    address: Mapped[str | None] = mapped_column(String(200), nullable=True)
    duration: Mapped[str | None] = mapped_column(String(24), nullable=True)
    space: Mapped[str | None] = mapped_column(String(24), nullable=True)
    function: Mapped[str | None] = mapped_column(String(24), nullable=True)
    capacity: Mapped[int | None] = mapped_column(Integer, nullable=True)  # 可容纳人数
    area_m2: Mapped[float | None] = mapped_column(Float, nullable=True)  # 占地面积
    effective_area_m2: Mapped[float | None] = mapped_column(Float, nullable=True)
    manager: Mapped[str | None] = mapped_column(String(50), nullable=True)  # 管理责任人
    manager_phone: Mapped[str | None] = mapped_column(String(30), nullable=True)
    facilities: Mapped[str | None] = mapped_column(Text, nullable=True)  # 设施设备和物资
    last_inspection: Mapped[date | None] = mapped_column(Date, nullable=True)
    longitude: Mapped[float | None] = mapped_column(Float, nullable=True)
    latitude: Mapped[float | None] = mapped_column(Float, nullable=True)
    # The served villages as text ("碧阳镇/古筑村、…"), kept with `shelter_region` so that a
    # change of the served area shows in the audit log like any other field.
    served_summary: Mapped[str | None] = mapped_column(Text, nullable=True)


class ShelterRegion(Base):
    """A village (or township) a shelter serves; the need of rule H1 sums their population."""

    __tablename__ = "shelter_region"

    shelter_id: Mapped[int] = mapped_column(ForeignKey("shelter.id", ondelete="CASCADE"),
                                            primary_key=True)
    region_id: Mapped[int] = mapped_column(ForeignKey("region.id", ondelete="CASCADE"),
                                           primary_key=True, index=True)


class HazardPoint(RecordMixin, Base):
    """隐患点: a geological-hazard point, a flash-flood spot, a dangerous house …"""

    __tablename__ = "hazard_point"
    __label__ = "隐患点"

    name: Mapped[str] = mapped_column(String(200))
    hazard_type: Mapped[str] = mapped_column(String(24), default=HazardType.OTHER.value)
    region_id: Mapped[int] = mapped_column(ForeignKey("region.id", ondelete="RESTRICT"),
                                           index=True)
    location: Mapped[str | None] = mapped_column(String(200), nullable=True)
    households: Mapped[int | None] = mapped_column(Integer, nullable=True)  # 威胁户数
    people: Mapped[int | None] = mapped_column(Integer, nullable=True)  # 威胁人数
    monitor: Mapped[str | None] = mapped_column(String(50), nullable=True)  # 监测人
    monitor_phone: Mapped[str | None] = mapped_column(String(30), nullable=True)
    responsible: Mapped[str | None] = mapped_column(String(50), nullable=True)  # 责任人
    responsible_phone: Mapped[str | None] = mapped_column(String(30), nullable=True)
    route: Mapped[str | None] = mapped_column(Text, nullable=True)  # 转移路线
    shelter_id: Mapped[int | None] = mapped_column(
        ForeignKey("shelter.id", ondelete="SET NULL"), nullable=True, index=True)
    status: Mapped[str] = mapped_column(String(16), default=HazardStatus.ACTIVE.value)


class ExpertSource(LabelledEnum):
    """Which expert pool (专家库) the expert belongs to."""

    COUNTY = "expert_county"
    CITY = "expert_city"
    PROVINCE = "expert_province"


class ContactCategory(LabelledEnum):
    """应急联络网 sections, as county directories group them."""

    DEPARTMENT = "contact_department"
    TOWNSHIP = "contact_township"
    VILLAGE = "contact_village"
    TEAM = "contact_team"
    ENTERPRISE = "contact_enterprise"
    OTHER = "contact_other"


register_labels({
    ExpertSource.COUNTY: "本县", ExpertSource.CITY: "市级", ExpertSource.PROVINCE: "省级",
    ContactCategory.DEPARTMENT: "县直部门", ContactCategory.TOWNSHIP: "乡镇",
    ContactCategory.VILLAGE: "村(社区)", ContactCategory.TEAM: "救援队伍",
    ContactCategory.ENTERPRISE: "企业", ContactCategory.OTHER: "其他",
})


class Expert(RecordMixin, Base):
    """专家库: the person (shared `person` row: name, mobile) and what they are called for."""

    __tablename__ = "expert"
    __label__ = "专家"

    person_id: Mapped[int] = mapped_column(ForeignKey("person.id", ondelete="RESTRICT"),
                                           index=True)
    unit: Mapped[str | None] = mapped_column(String(100), nullable=True)  # 工作单位
    specialty: Mapped[str | None] = mapped_column(String(100), nullable=True)  # 专业
    title: Mapped[str | None] = mapped_column(String(50), nullable=True)  # 职称
    expert_group: Mapped[str | None] = mapped_column(String(50), nullable=True)  # 专家组
    source: Mapped[str] = mapped_column(String(24), default=ExpertSource.COUNTY.value)
    available: Mapped[bool] = mapped_column(Boolean, default=True)  # 可参与应急处置


class ContactEntry(RecordMixin, Base):
    """应急联络网: one unit's emergency contact, with the day someone last rang to check it."""

    __tablename__ = "contact_entry"
    __label__ = "应急联络网"

    category: Mapped[str] = mapped_column(String(24), default=ContactCategory.OTHER.value)
    unit: Mapped[str] = mapped_column(String(100))
    region_id: Mapped[int | None] = mapped_column(
        ForeignKey("region.id", ondelete="RESTRICT"), nullable=True, index=True)
    role: Mapped[str | None] = mapped_column(String(100), nullable=True)  # 职务/职责
    person: Mapped[str] = mapped_column(String(50))
    office_phone: Mapped[str | None] = mapped_column(String(30), nullable=True)
    mobile: Mapped[str | None] = mapped_column(String(20), nullable=True)
    last_verified: Mapped[date | None] = mapped_column(Date, nullable=True)
