"""救援队伍 register: teams, their members (people), certificates, equipment and its upkeep.

Members point at the shared `person` row (data/people.py): a village cadre who is also the
village's disaster-information officer is one person with one phone number. A member who moves
to another team keeps the old membership row (with its leave date), so the history stays.

Enumeration values are unique across the program (the label table is keyed by value), hence
names like "militia_team" next to the member source "militia".
"""

from __future__ import annotations

from datetime import date

from sqlalchemy import Boolean, Date, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from emergency_desk.data.base import Base, RecordMixin
from emergency_desk.data.dates import month_flag, track_month_precision
from emergency_desk.data.enums import LabelledEnum, register_labels
from emergency_desk.data.models import Region
from emergency_desk.data.people import Person


class TeamCategory(LabelledEnum):
    """C5/C8 team types (docs/domain.md 3 `rescue_team.category`)."""

    COMPREHENSIVE = "comprehensive"
    PROFESSIONAL = "professional"
    SOCIAL = "social_force"
    ENTERPRISE = "enterprise_team"
    MILITIA = "militia_team"
    VOLUNTEER = "volunteer_team"
    MICRO_FIRE = "micro_fire_station"
    FOREST_FIRE = "forest_fire_team"


class TeamForce(LabelledEnum):
    """队伍性质 (issue 16): who staffs the team, beside `category` (what it does: 综合性/专业…).
    The seeds name 半专业扑火队 (S1) and 乡有巡逻队 (S4) and the others as 基层 forces."""

    GOV_FULLTIME = "gov_fulltime"
    VOLUNTEER = "volunteer_force"
    ENTERPRISE_FULLTIME = "enterprise_fulltime"
    MICRO_FIRE = "micro_fire_force"
    MILITIA = "militia_force"
    HALF_PRO_FIRE = "half_pro_fire"
    PATROL = "patrol_team"


class TeamLevel(LabelledEnum):
    COUNTY = "county_level"
    TOWNSHIP = "township_level"
    VILLAGE = "village_level"
    ENTERPRISE = "enterprise_level"


class TeamStatus(LabelledEnum):
    IN_SERVICE = "in_service"
    DISBANDED = "disbanded"


class MemberRole(LabelledEnum):
    CAPTAIN = "captain"
    DEPUTY = "deputy_captain"
    MEMBER = "rank_and_file"

    @property
    def rank(self) -> int:
        """Rosters list 队长 first (issue 5), then 副队长."""
        return {"captain": 0, "deputy_captain": 1}.get(self.value, 2)


class MemberSource(LabelledEnum):
    """C4: 民兵预备役人员、保安员、基层警务人员、医务人员… (docs/domain.md 1C)."""

    MILITIA = "militia"
    SECURITY = "security_guard"
    POLICE = "police"
    MEDICAL = "medical"
    CADRE = "village_cadre"
    VOLUNTEER = "volunteer"
    OTHER = "other_source"


class EquipmentCategory(LabelledEnum):
    """C6: 安全防护、攻坚、专业救援、通信指挥、工程抢险装备 (+ 照明动力)."""

    PROTECTIVE = "protective"
    BREACHING = "breaching"
    RESCUE = "special_rescue"
    COMMAND = "command_comm"
    ENGINEERING = "engineering"
    LIGHTING = "lighting_power"
    OTHER = "other_equipment"


class EquipmentCondition(LabelledEnum):
    GOOD = "good"
    NEEDS_REPAIR = "needs_repair"
    SCRAPPED = "scrapped"


register_labels({
    TeamCategory.COMPREHENSIVE: "综合性", TeamCategory.PROFESSIONAL: "专业",
    TeamCategory.SOCIAL: "社会应急力量", TeamCategory.ENTERPRISE: "企业专兼职",
    TeamCategory.MILITIA: "民兵", TeamCategory.VOLUNTEER: "志愿者",
    TeamCategory.MICRO_FIRE: "微型消防站", TeamCategory.FOREST_FIRE: "半专业扑火队",
    TeamForce.GOV_FULLTIME: "政府专职", TeamForce.VOLUNTEER: "志愿",
    TeamForce.ENTERPRISE_FULLTIME: "企业专职", TeamForce.MICRO_FIRE: "微型消防站",
    TeamForce.MILITIA: "民兵", TeamForce.HALF_PRO_FIRE: "半专业扑火队",
    TeamForce.PATROL: "巡逻队",
    TeamLevel.COUNTY: "县级", TeamLevel.TOWNSHIP: "乡镇级", TeamLevel.VILLAGE: "村级",
    TeamLevel.ENTERPRISE: "企业",
    TeamStatus.IN_SERVICE: "在编", TeamStatus.DISBANDED: "已撤销",
    MemberRole.CAPTAIN: "队长", MemberRole.DEPUTY: "副队长", MemberRole.MEMBER: "队员",
    MemberSource.MILITIA: "民兵", MemberSource.SECURITY: "保安", MemberSource.POLICE: "警务",
    MemberSource.MEDICAL: "医务", MemberSource.CADRE: "村干部",
    MemberSource.VOLUNTEER: "志愿者", MemberSource.OTHER: "其他",
    EquipmentCategory.PROTECTIVE: "防护", EquipmentCategory.BREACHING: "攻坚",
    EquipmentCategory.RESCUE: "专业救援", EquipmentCategory.COMMAND: "通信指挥",
    EquipmentCategory.ENGINEERING: "工程抢险", EquipmentCategory.LIGHTING: "照明动力",
    EquipmentCategory.OTHER: "其他装备",
    EquipmentCondition.GOOD: "完好", EquipmentCondition.NEEDS_REPAIR: "待修",
    EquipmentCondition.SCRAPPED: "报废",
})

# A 类别 that already says who staffs the team implies its 队伍性质 (import, migration 0019).
FORCE_OF_CATEGORY = {TeamCategory.MILITIA: TeamForce.MILITIA,
                     TeamCategory.VOLUNTEER: TeamForce.VOLUNTEER,
                     TeamCategory.MICRO_FIRE: TeamForce.MICRO_FIRE,
                     TeamCategory.FOREST_FIRE: TeamForce.HALF_PRO_FIRE,
                     TeamCategory.ENTERPRISE: TeamForce.ENTERPRISE_FULLTIME}

# C2 specialties; other text is accepted too (a team may list its own).
SPECIALTIES = ("防汛抗旱", "水上搜救", "森林消防", "地质和地震灾害", "工程抢险", "电力保障",
               "通信保障", "道路抢修", "医疗救护", "消防灭火")
LIST_SEPARATOR = "、"


class RescueTeam(RecordMixin, Base):
    """救援队伍 (docs/domain.md 3, C9: 主管单位、分布情况、队伍规模…逐一建档)."""

    __tablename__ = "rescue_team"
    __label__ = "救援队伍"

    name: Mapped[str] = mapped_column(String(100))
    category: Mapped[str] = mapped_column(String(24))  # TeamCategory value
    force_type: Mapped[str | None] = mapped_column(String(24), nullable=True)  # TeamForce
    specialties: Mapped[str | None] = mapped_column(Text, nullable=True)  # joined by 、
    level: Mapped[str] = mapped_column(String(24))  # TeamLevel value
    region_id: Mapped[int] = mapped_column(ForeignKey("region.id", ondelete="RESTRICT"),
                                           index=True)
    supervising_unit: Mapped[str | None] = mapped_column(String(100), nullable=True)
    leader_person_id: Mapped[int | None] = mapped_column(
        ForeignKey("person.id", ondelete="RESTRICT"), nullable=True)
    duty_phone: Mapped[str | None] = mapped_column(String(40), nullable=True)
    planned_size: Mapped[int | None] = mapped_column(Integer, nullable=True)
    response_minutes: Mapped[int | None] = mapped_column(Integer, nullable=True)
    base_address: Mapped[str | None] = mapped_column(String(200), nullable=True)
    gov_purchase: Mapped[bool] = mapped_column(Boolean, default=False)
    founded_date: Mapped[date | None] = mapped_column(Date, nullable=True)
    status: Mapped[str] = mapped_column(String(16), default=TeamStatus.IN_SERVICE.value)
    # Columns of an imported sheet that map to no field (民族, 住址 …): {header: value} JSON.
    extra: Mapped[str | None] = mapped_column(Text, nullable=True)
    search_key: Mapped[str] = mapped_column(Text, default="")

    region: Mapped[Region] = relationship()
    leader: Mapped[Person | None] = relationship()

    # Natural key (docs/design.md §2): name within region.
    __table_args__ = (Index("ix_rescue_team_region_name", "region_id", "name", "is_deleted"),)


class TeamMember(RecordMixin, Base):
    """队员: one person's membership of one team, from join to leave date."""

    __tablename__ = "team_member"
    __label__ = "队员"

    team_id: Mapped[int] = mapped_column(ForeignKey("rescue_team.id", ondelete="RESTRICT"))
    person_id: Mapped[int] = mapped_column(ForeignKey("person.id", ondelete="RESTRICT"))
    role: Mapped[str] = mapped_column(String(16), default=MemberRole.MEMBER.value)
    skills: Mapped[str | None] = mapped_column(String(200), nullable=True)  # 专业特长
    source: Mapped[str | None] = mapped_column(String(16), nullable=True)  # MemberSource
    join_date: Mapped[date | None] = mapped_column(Date, nullable=True)
    join_date_month: Mapped[bool] = month_flag()
    leave_date: Mapped[date | None] = mapped_column(Date, nullable=True)  # set = left
    insurance_expiry: Mapped[date | None] = mapped_column(Date, nullable=True)
    insurance_expiry_month: Mapped[bool] = month_flag()  # 2024.07: good all July
    # Columns of an imported sheet that map to no field (民族, 住址 …): {header: value} JSON.
    extra: Mapped[str | None] = mapped_column(Text, nullable=True)

    team: Mapped[RescueTeam] = relationship()
    person: Mapped[Person] = relationship()

    @property
    def name(self) -> str:
        """For the audit log and the recycle bin: the member's name."""
        return self.person.name if self.person is not None else ""

    __table_args__ = (Index("ix_team_member_team", "team_id", "is_deleted", "leave_date"),
                      Index("ix_team_member_person", "person_id", "is_deleted"))


class Certificate(RecordMixin, Base):
    """证书: a person's qualification (救援员证, 潜水证…); it follows the person between teams."""

    __tablename__ = "certificate"
    __label__ = "证书"

    person_id: Mapped[int] = mapped_column(ForeignKey("person.id", ondelete="RESTRICT"),
                                           index=True)
    name: Mapped[str] = mapped_column(String(100))
    number: Mapped[str | None] = mapped_column(String(60), nullable=True)
    issue_date: Mapped[date | None] = mapped_column(Date, nullable=True)
    expiry_date: Mapped[date | None] = mapped_column(Date, nullable=True)
    expiry_date_month: Mapped[bool] = month_flag()  # 有效期至 2024.07: good all July

    person: Mapped[Person] = relationship()


class Equipment(RecordMixin, Base):
    """装备: owned by a team, or kept at a store (存放地点) until a team draws it."""

    __tablename__ = "equipment"
    __label__ = "装备"

    code: Mapped[str | None] = mapped_column(String(40), nullable=True)  # 装备编号
    name: Mapped[str] = mapped_column(String(100))
    category: Mapped[str] = mapped_column(String(24))  # EquipmentCategory value
    model: Mapped[str | None] = mapped_column(String(100), nullable=True)  # 规格型号
    quantity: Mapped[int] = mapped_column(Integer, default=1)
    unit: Mapped[str | None] = mapped_column(String(10), nullable=True)
    team_id: Mapped[int | None] = mapped_column(
        ForeignKey("rescue_team.id", ondelete="RESTRICT"), nullable=True, index=True)
    storage_place: Mapped[str | None] = mapped_column(String(200), nullable=True)
    acquire_date: Mapped[date | None] = mapped_column(Date, nullable=True)
    acquire_date_month: Mapped[bool] = month_flag()
    service_life_years: Mapped[int | None] = mapped_column(Integer, nullable=True)
    expiry_date: Mapped[date | None] = mapped_column(Date, nullable=True)
    expiry_date_month: Mapped[bool] = month_flag()
    next_maint_date: Mapped[date | None] = mapped_column(Date, nullable=True)
    condition: Mapped[str] = mapped_column(String(16), default=EquipmentCondition.GOOD.value)
    # Columns of an imported sheet that map to no field (民族, 住址 …): {header: value} JSON.
    extra: Mapped[str | None] = mapped_column(Text, nullable=True)
    search_key: Mapped[str] = mapped_column(Text, default="")

    team: Mapped[RescueTeam | None] = relationship()


class EquipmentMaintenance(RecordMixin, Base):
    """维护保养记录 (C10 代储和维护保养): one service of one piece of equipment."""

    __tablename__ = "equipment_maint"
    __label__ = "维护记录"

    # CASCADE: purging equipment from the recycle bin takes its log with it.
    equipment_id: Mapped[int] = mapped_column(
        ForeignKey("equipment.id", ondelete="CASCADE"), index=True)
    date: Mapped[date] = mapped_column(Date)
    action: Mapped[str] = mapped_column(String(200))  # 保养 / 检修 / 更换电池…
    by_whom: Mapped[str | None] = mapped_column(String(50), nullable=True)
    result: Mapped[str | None] = mapped_column(String(100), nullable=True)

    equipment: Mapped[Equipment] = relationship()

    @property
    def name(self) -> str:
        return self.action


class EquipmentStandard(RecordMixin, Base):
    """县/乡/村 三级配置标准 (S3(4) 武胜县《三级应急装备配置标准》; S0 "制定基层各级应急救援
    装备配备目录"): how many of an item a team of this level (and 队伍性质) must hold. T6
    compares each team with the rows that apply to it. The seeds name the standard, not its
    numbers, so each row carries the basis (依据) the office took it from."""

    __tablename__ = "equipment_standard"
    __label__ = "装备配置标准"

    level: Mapped[str] = mapped_column(String(24))  # TeamLevel value (county/township/village)
    force_type: Mapped[str | None] = mapped_column(String(24), nullable=True)  # None = any
    name: Mapped[str] = mapped_column(String(100))  # 装备名称, matched against Equipment.name
    category: Mapped[str | None] = mapped_column(String(24), nullable=True)  # EquipmentCategory
    required_qty: Mapped[int] = mapped_column(Integer, default=1)
    unit: Mapped[str | None] = mapped_column(String(10), nullable=True)
    basis: Mapped[str | None] = mapped_column(String(200), nullable=True)  # 依据

    __table_args__ = (Index("ix_equipment_standard_key", "level", "force_type", "name",
                            "is_deleted"),)


track_month_precision(TeamMember, "join_date", "insurance_expiry")
track_month_precision(Equipment, "acquire_date", "expiry_date")
track_month_precision(Certificate, "expiry_date")
