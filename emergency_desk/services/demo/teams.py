"""Demo 救援队伍 for the demo county (services/demo/county.py builds the regions first).

Realistic and realistically incomplete, so that every team rule has something to show: a county
comprehensive brigade of 32 and a county water-rescue team; a comprehensive team in every
township, 渔亭镇's short of its 20 (T1); a 半专业扑火队 in 柯村镇, a 微型消防站 in 西递村 with
no duty phone (T2); some members' insurance expired or expiring (T3); 洪星乡's team has not
trained for 14 months (T4); a generator overdue for maintenance and a boat waiting for repair
(T5); one team without lighting equipment, and the example 三级配置标准 that the water team
(boat in repair) and the micro fire station fall short of (T6). Township captains are the
township's A-post 灾害信息员 when the officers step ran first: one person, two roles
(docs/domain.md A7).
"""

from __future__ import annotations

import random
from datetime import date, timedelta
from typing import TYPE_CHECKING

from sqlalchemy import select
from sqlalchemy.orm import Session

from emergency_desk.data.models import Region
from emergency_desk.data.officers import InfoOfficer, OfficerPost, OfficerStatus
from emergency_desk.data.people import Gender, Person, TrainingAudience
from emergency_desk.data.teams import (
    FORCE_OF_CATEGORY,
    EquipmentCategory,
    EquipmentCondition,
    MemberRole,
    MemberSource,
    TeamCategory,
    TeamForce,
    TeamLevel,
)
from emergency_desk.services.demo.officers import People
from emergency_desk.services.officers.trainings import (
    TrainingEventInput,
    add_attendance_in,
    create_event_in,
    months_before,
)
from emergency_desk.services.people import PersonInput
from emergency_desk.services.teams.equipment import (
    EquipmentInput,
    MaintenanceInput,
    add_maintenance_in,
    save_equipment_in,
)
from emergency_desk.services.teams.members import (
    CertificateInput,
    MemberInput,
    save_certificate_in,
    save_member_in,
)
from emergency_desk.services.teams.standards import load_default_standards_in
from emergency_desk.services.teams.teams import TeamInput, save_team_in

if TYPE_CHECKING:
    from emergency_desk.services.demo.context import DemoContext

SHORT_TOWN = "渔亭镇"  # T1: 16 members against 20
STALE_TOWN = "洪星乡"  # T4: last training 14 months ago
NO_LIGHTING_TOWN = "美溪乡"  # T6: no lighting equipment
SKILLS = ["冲锋舟驾驶", "医疗救护", "水上救生", "破拆", "绳索救援", "无人机操作", "电工",
          "驾驶员", "通信保障", "山地搜救", "油锯操作", "挖掘机操作"]
CERTIFICATES = {"冲锋舟驾驶": "内河船舶驾驶证", "医疗救护": "红十字救护员证",
                "水上救生": "救生员证", "电工": "特种作业操作证（电工）",
                "无人机操作": "无人机驾驶员执照", "挖掘机操作": "特种设备作业人员证"}
SOURCES = [MemberSource.MILITIA] * 5 + [MemberSource.CADRE] * 3 + [
    MemberSource.SECURITY, MemberSource.POLICE, MemberSource.MEDICAL, MemberSource.VOLUNTEER]


class _Builder:
    def __init__(self, session: Session, today: date, rng: random.Random) -> None:
        self.s, self.today, self.rng = session, today, rng
        self.people = People(rng, today)
        # Made-up people must not collide with the officers step's: other 身份证号 sequence
        # numbers, other names.
        self.people.seq = 300
        self.people.names.update(session.scalars(select(Person.name)))
        self.members: dict[int, list[int]] = {}  # team id → person ids

    def team(self, name: str, region_id: int, category: TeamCategory, size: int, *,
             planned: int, specialties: str, unit: str, captain: PersonInput | None = None,
             duty_phone: str | None = "auto", level: TeamLevel | None = None,
             address: str = "", minutes: int = 30, force: TeamForce | None = None) -> int:
        rng = self.rng
        if duty_phone == "auto":
            duty_phone = f"0559-55{rng.randint(10000, 99999)}"
        team = save_team_in(self.s, TeamInput(
            name=name, region_id=region_id, category=category, level=level,
            force_type=force or FORCE_OF_CATEGORY.get(category), specialties=specialties,
            supervising_unit=unit, duty_phone=duty_phone,
            planned_size=planned, response_minutes=minutes, base_address=address or None,
            founded_date=self.today - timedelta(days=rng.randint(900, 3000))))
        self.members[team.id] = []
        captain = captain or self.people.person(female=False, employer=unit, job="队长")
        self.member(team.id, captain, MemberRole.CAPTAIN)
        if size > 1:
            self.member(team.id, self.people.person(female=False, employer=unit),
                        MemberRole.DEPUTY)
        for _ in range(size - 2):
            self.member(team.id, self.people.person(employer=unit), MemberRole.MEMBER)
        return team.id

    def member(self, team_id: int, person: PersonInput, role: MemberRole) -> None:
        rng = self.rng
        roll = rng.random()
        if roll < 0.06:  # T3: expired
            insurance = self.today - timedelta(days=rng.randint(5, 90))
        elif roll < 0.12:  # T3: expiring within the warning days
            insurance = self.today + timedelta(days=rng.randint(1, 25))
        else:
            insurance = self.today + timedelta(days=rng.randint(60, 330))
        m, _ = save_member_in(self.s, MemberInput(
            person=person, team_id=team_id, role=role, skills=rng.choice(SKILLS),
            source=rng.choice(SOURCES), insurance_expiry=insurance,
            join_date=self.today - timedelta(days=rng.randint(100, 1500))))
        self.members[team_id].append(m.person_id)
        cert = CERTIFICATES.get(m.skills or "")
        if cert is not None and rng.random() < 0.7:
            issued = self.today - timedelta(days=rng.randint(200, 1600))
            save_certificate_in(self.s, CertificateInput(
                m.person_id, cert, f"{rng.randint(10**9, 10**10 - 1)}", issued,
                issued + timedelta(days=365 * 4)))  # some of them expired (T3)

    def kit(self, team_id: int, *, water: bool = False, forest: bool = False,
            lighting: bool = True, faults: bool = False) -> None:
        rng = self.rng
        lines = [("救生衣", EquipmentCategory.PROTECTIVE, "船用工作救生衣", 20, "件", 5),
                 ("抢险救援头盔", EquipmentCategory.PROTECTIVE, "GA 1000", 20, "顶", 8),
                 ("数字对讲机", EquipmentCategory.COMMAND, "DP4400", 8, "台", 6),
                 ("液压破拆工具组", EquipmentCategory.BREACHING, "LKS-20", 1, "套", 10),
                 ("发电机", EquipmentCategory.LIGHTING, "5kW 汽油", 1, "台", 8)]
        if lighting:
            lines.append(("移动照明灯", EquipmentCategory.LIGHTING, "FW6128", 2, "台", 8))
        else:
            lines = [ln for ln in lines if ln[1] != EquipmentCategory.LIGHTING]
        if water:
            lines += [("冲锋舟", EquipmentCategory.RESCUE, "HJ-520 橡皮艇", 2, "艘", 10),
                      ("抛投器", EquipmentCategory.RESCUE, "PTQ7.0", 2, "台", 8)]
        if forest:
            lines += [("风力灭火机", EquipmentCategory.RESCUE, "6MF-30", 10, "台", 8),
                      ("油锯", EquipmentCategory.BREACHING, "MS382", 3, "台", 8),
                      ("二号工具", EquipmentCategory.RESCUE, "扑火拍", 30, "把", 3)]
        for name, cat, model, qty, unit, life in lines:
            bought = self.today - timedelta(days=rng.randint(200, 1500))
            condition = EquipmentCondition.GOOD
            next_maint = self.today + timedelta(days=rng.randint(20, 300))
            if faults and name == "发电机":  # T5: maintenance overdue
                next_maint = self.today - timedelta(days=24)
            if faults and name == "冲锋舟":  # T5: waiting for repair
                condition = EquipmentCondition.NEEDS_REPAIR
            e = save_equipment_in(self.s, EquipmentInput(
                name=name, category=cat, model=model, quantity=qty, unit=unit, team_id=team_id,
                acquire_date=bought, service_life_years=life, next_maint_date=next_maint,
                condition=condition))
            if rng.random() < 0.4:
                done = max(bought, self.today - timedelta(days=rng.randint(30, 180)))
                add_maintenance_in(self.s, MaintenanceInput(
                    e.id, done, rng.choice(["例行保养", "检查充电", "更换易损件"]), "装备管理员",
                    "正常", next_maint_date=next_maint if next_maint > done else None))

    def trainings(self, stale_team: int | None) -> None:
        """A pre-flood drill 3 months ago for everyone but the stale team, whose last skills
        contest was 14 months ago."""
        recent = create_event_in(self.s, TrainingEventInput(
            "汛前应急救援队伍拉练", months_before(self.today, 3), kind="演练",
            organizer="黟县应急管理局", hours=4, location="渔亭镇横江河段",
            content="冲锋舟操作、抛投救援、转移避险",
            audience=TrainingAudience.TEAMS))
        old = create_event_in(self.s, TrainingEventInput(
            "全县应急救援技能比武", months_before(self.today, 14), kind="技能比武",
            organizer="黟县应急管理局", hours=6, location="县消防救援大队训练场",
            audience=TrainingAudience.TEAMS))
        for team_id, people in self.members.items():
            event = old if team_id == stale_team else recent
            for pid in people[: max(3, len(people) // 2)]:
                add_attendance_in(self.s, event.id, pid)


def _township_officer(session: Session, town_id: int) -> PersonInput | None:
    """The township's active A-post officer (one person, two roles), if the officers step
    ran first."""
    p = session.scalar(select(Person).join(InfoOfficer, InfoOfficer.person_id == Person.id).where(
        InfoOfficer.region_id == town_id, InfoOfficer.is_deleted.is_(False),
        InfoOfficer.status == OfficerStatus.ACTIVE.value,
        InfoOfficer.post == OfficerPost.A.value).limit(1))
    if p is None:
        return None
    return PersonInput(name=p.name, gender=Gender(p.gender) if p.gender else None,
                       birth_date=p.birth_date, id_card=p.id_card, mobile=p.mobile)


def build_demo_teams(session: Session, today: date, rng: random.Random | None = None) -> int:
    """Create the demo teams, members and equipment; returns the number of teams."""
    rng = rng or random.Random(20211231)  # 浮梁县规划's date: any fixed seed will do
    b = _Builder(session, today, rng)
    regions = {path: (rid, level) for rid, path, level in session.execute(
        select(Region.id, Region.path, Region.level).where(Region.is_deleted.is_(False)))}
    county_path = next(p for p, (_, lv) in regions.items() if lv == "county")
    county_id = regions[county_path][0]
    brigade = b.team("黟县综合应急救援大队", county_id, TeamCategory.COMPREHENSIVE, 32,
                     planned=40, specialties="防汛抗旱、地质和地震灾害、工程抢险、道路抢修",
                     unit="黟县应急管理局", address="黟县碧阳镇漳河路应急指挥中心", minutes=15,
                     force=TeamForce.GOV_FULLTIME)
    b.kit(brigade, water=True)
    water = b.team("黟县水上搜救队", county_id, TeamCategory.PROFESSIONAL, 14, planned=15,
                   specialties="水上搜救、防汛抗旱", unit="黟县应急管理局",
                   address="黟县渔亭镇横江码头", minutes=20, force=TeamForce.VOLUNTEER)
    b.kit(water, water=True, faults=True)
    stale: int | None = None
    towns = [(p, rid) for p, (rid, lv) in regions.items() if lv == "township"
             and "开发区" not in p]
    for path, town_id in sorted(towns):
        town = path.split("/")[-1]
        size = 16 if town == SHORT_TOWN else rng.randint(20, 24)
        tid = b.team(f"{town}综合应急救援队", town_id, TeamCategory.COMPREHENSIVE, size,
                     planned=20, specialties=rng.choice(["防汛抗旱、森林消防",
                                                         "防汛抗旱、地质和地震灾害"]),
                     unit=f"{town}人民政府", captain=_township_officer(session, town_id),
                     address=f"{town}人民政府院内",
                     # Township teams are built on the 基干民兵, a few with full-time staff.
                     force=TeamForce.GOV_FULLTIME if town in ("碧阳镇", "宏村镇")
                     else TeamForce.MILITIA)
        b.kit(tid, water=town in ("渔亭镇", "宏村镇"), lighting=town != NO_LIGHTING_TOWN)
        if town == STALE_TOWN:
            stale = tid
    forest_town = next((rid for p, rid in towns if p.endswith("柯村镇")), None)
    if forest_town is not None:
        tid = b.team("柯村镇半专业扑火队", forest_town, TeamCategory.FOREST_FIRE, 18, planned=20,
                     specialties="森林消防", unit="柯村镇人民政府", address="柯村镇林业站")
        b.kit(tid, forest=True)
    village = next((rid for p, (rid, lv) in regions.items() if p.endswith("/西递村")), None)
    if village is not None:
        tid = b.team("西递村微型消防站", village, TeamCategory.MICRO_FIRE, 8, planned=8,
                     specialties="消防灭火", unit="西递村村委会", duty_phone=None,
                     address="西递村游客中心旁", minutes=3)
        b.kit(tid)
    # Kept in the county store until a team draws them.
    for name, model, qty in (("卫星电话", "天通 T900", 4), ("无人机", "经纬 M30", 2)):
        save_equipment_in(session, EquipmentInput(
            name=name, category=EquipmentCategory.COMMAND, model=model, quantity=qty, unit="台",
            storage_place="黟县应急物资储备库", acquire_date=today - timedelta(days=400),
            service_life_years=6, next_maint_date=today + timedelta(days=60)))
    b.trainings(stale)
    # The example 三级配置标准: the water team's 冲锋舟 waiting for repair and the village
    # micro fire station's missing 灭火器 and 强光手电 show what T6 names.
    load_default_standards_in(session)
    return len(b.members)


def demo_step(session: Session, ctx: DemoContext) -> int:
    """The teams register's demo step (services/registry.py), with its own fixed seed (see
    demo_officers)."""
    return build_demo_teams(session, ctx.today)
