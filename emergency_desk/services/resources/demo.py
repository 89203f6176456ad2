"""Demo county: 避难场所 in every township, 隐患点 in the flash-flood and landslide villages,
the county's 应急联络网 and a small 专家库.

Examples the rules should find (H1, Z1): 柯村镇's school playground has no 管理责任人, 宏潭乡's
activity centre was last inspected two years ago, 碧阳镇's small hall is too small for the
villages it serves, 江溪村's landslide has no 监测人 and 龙江村's flash-flood gully no shelter;
the 县气象局 number was never verified and the 县供电公司 one not for eight months (K1).
"""

from __future__ import annotations

import random
from datetime import date, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from emergency_desk.data.enums import RegionLevel
from emergency_desk.data.models import Region
from emergency_desk.data.resources import (
    HazardPoint,
    HazardType,
    Shelter,
    ShelterDuration,
    ShelterFunction,
    ShelterRegion,
    ShelterSpace,
)
from emergency_desk.services.demo.context import DemoContext
from emergency_desk.services.township.demo import mobile_number, person_name

NO_MANAGER_TOWN = "柯村镇"
OLD_INSPECTION_TOWN = "宏潭乡"
TOO_SMALL_TOWN = "碧阳镇"
NO_MONITOR = "江溪村"
NO_SHELTER = "龙江村"


def build_demo_resources(session: Session, ctx: DemoContext) -> int:
    rng = random.Random(1617)
    towns = session.execute(select(Region.id, Region.name).where(
        Region.level == RegionLevel.TOWNSHIP.value).order_by(Region.code)).all()
    villages: dict[int | None, list[tuple[int, str, int]]] = {}
    for rid, name, parent, pop in session.execute(select(
            Region.id, Region.name, Region.parent_id, Region.population).where(
            Region.level.in_((RegionLevel.VILLAGE.value, RegionLevel.COMMUNITY.value)))
            .order_by(Region.code, Region.id)):
        villages.setdefault(parent, []).append((rid, name, pop or 0))
    n = 0
    shelter_of: dict[int, int] = {}  # village → the shelter its people go to
    for tid, town in towns:
        kids = villages.get(tid, [])
        if not kids:
            continue
        halves = [kids[: (len(kids) + 1) // 2], kids[(len(kids) + 1) // 2:]]
        for k, (place, duration, space) in enumerate((
                (f"{town}中心学校操场", ShelterDuration.EMERGENCY, ShelterSpace.OUTDOOR),
                (f"{town}综合文化站", ShelterDuration.SHORT, ShelterSpace.INDOOR))):
            served = halves[k] or halves[0]
            people = sum(p for _r, _n, p in served)
            capacity = max(200, people * rng.randint(35, 60) // 100)
            if town == TOO_SMALL_TOWN and k == 1:
                capacity = 120  # H1: well below 30% of the served villages
            inspected = ctx.today - timedelta(days=rng.randint(20, 200))
            if town == OLD_INSPECTION_TOWN and k == 1:
                inspected = ctx.today - timedelta(days=740)
            manager = None if (town == NO_MANAGER_TOWN and k == 0) else person_name(rng)
            sh = Shelter(name=place, region_id=tid, address=f"{town}{served[0][1]}附近",
                         duration=duration.value, space=space.value,
                         function=ShelterFunction.COMPREHENSIVE.value, capacity=capacity,
                         area_m2=float(capacity * 4), effective_area_m2=float(capacity * 2),
                         manager=manager, manager_phone=mobile_number(rng) if manager else None,
                         facilities="应急照明、饮用水、简易厕所、广播", last_inspection=inspected,
                         served_summary="、".join(f"{town}/{v}" for _r, v, _p in served))
            session.add(sh)
            session.flush()
            session.add_all(ShelterRegion(shelter_id=sh.id, region_id=r) for r, _v, _p in served)
            for r, _v, _p in served:
                shelter_of.setdefault(r, sh.id)
            n += 1
    prone = session.execute(select(Region.id, Region.name, Region.main_hazards).where(
        Region.level == RegionLevel.VILLAGE.value, Region.main_hazards.is_not(None))
        .order_by(Region.code, Region.id)).all()
    for rid, vname, written in prone:
        hazards = written or ""
        if not any(h in hazards for h in ("山洪", "地质灾害")):
            continue
        kinds = ([HazardType.FLASH_FLOOD] if "山洪" in hazards else []) + (
            [HazardType.LANDSLIDE] if "地质灾害" in hazards else [])
        for kind in kinds:
            households = rng.randint(2, 12)
            label = "山洪沟" if kind == HazardType.FLASH_FLOOD else "后山滑坡"
            no_monitor = vname == NO_MONITOR and kind == HazardType.LANDSLIDE
            no_shelter = vname == NO_SHELTER and kind == HazardType.FLASH_FLOOD
            session.add(HazardPoint(
                name=f"{vname}{label}", hazard_type=kind.value, region_id=rid,
                location=f"{vname}{rng.choice(('上组', '下组', '后山', '河边'))}",
                households=households, people=households * rng.randint(2, 4),
                monitor=None if no_monitor else person_name(rng),
                monitor_phone=None if no_monitor else mobile_number(rng),
                responsible=person_name(rng), responsible_phone=mobile_number(rng),
                route=f"沿村道向{rng.choice(('东', '南', '西', '北'))}撤离至安置点",
                shelter_id=None if no_shelter else shelter_of.get(rid)))
            n += 1
    session.flush()
    return n



UNVERIFIED = "县气象局"  # K1: never verified
LONG_AGO = "县供电公司"  # K1: verified eight months ago
_DEPARTMENTS = [("县应急管理局", "值班室"), ("县水利局", "分管副局长"),
                ("县自然资源局", "地灾股长"), ("县气象局", "预报员"),
                ("县林业局", "森林防火办主任"), ("县卫生健康委", "应急办主任"),
                ("县公安局", "指挥中心"), ("县消防救援大队", "值班室"), ("县供电公司", "调度"),
                ("县人武部", "参谋")]
_EXPERTS = [("防汛抗旱", "水利工程", "高级工程师", "县水利局"),
            ("防汛抗旱", "水文", "工程师", "黄山市水文局"),
            ("地质灾害", "地质灾害防治", "高级工程师", "县自然资源局"),
            ("地质灾害", "岩土工程", "教授级高工", "安徽省地质环境监测总站"),
            ("森林防火", "森林保护", "高级工程师", "县林业局"),
            ("安全生产", "化工安全", "注册安全工程师", "县应急管理局"),
            ("安全生产", "建筑施工", "高级工程师", "县住建局"),
            ("医疗卫生", "急诊医学", "副主任医师", "县人民医院"),
            ("医疗卫生", "疾病预防控制", "主管医师", "县疾控中心")]


def build_demo_network(session: Session, ctx: DemoContext) -> int:
    from emergency_desk.data.people import Person
    from emergency_desk.data.resources import (
        ContactCategory,
        ContactEntry,
        Expert,
        ExpertSource,
    )
    from emergency_desk.services.search import search_key

    rng = random.Random(1618)
    n = 0
    for unit, role in _DEPARTMENTS:
        verified: date | None = ctx.today - timedelta(days=rng.randint(10, 120))
        if unit == UNVERIFIED:
            verified = None
        elif unit == LONG_AGO:
            verified = ctx.today - timedelta(days=245)
        session.add(ContactEntry(category=ContactCategory.DEPARTMENT.value, unit=unit,
                                 role=role, person=person_name(rng),
                                 office_phone=f"0559-55{rng.randint(10000, 99999)}",
                                 mobile=mobile_number(rng), last_verified=verified))
        n += 1
    for tid, town in session.execute(select(Region.id, Region.name).where(
            Region.level == RegionLevel.TOWNSHIP.value).order_by(Region.code)).all():
        session.add(ContactEntry(category=ContactCategory.TOWNSHIP.value,
                                 unit=f"{town}人民政府", region_id=tid, role="应急办值班室",
                                 person=person_name(rng),
                                 office_phone=f"0559-55{rng.randint(10000, 99999)}",
                                 mobile=mobile_number(rng),
                                 last_verified=ctx.today - timedelta(days=rng.randint(5, 150))))
        n += 1
    for k, (group, specialty, title, unit) in enumerate(_EXPERTS):
        name, mobile = person_name(rng), mobile_number(rng)
        p = Person(name=name, mobile=mobile, search_key=search_key(name, mobile))
        session.add(p)
        session.flush()
        session.add(Expert(person_id=p.id, unit=unit, specialty=specialty, title=title,
                           expert_group=group,
                           source=(ExpertSource.PROVINCE if "省" in unit else ExpertSource.CITY
                                   if "市" in unit else ExpertSource.COUNTY).value,
                           available=k != 6))
        n += 1
    session.flush()
    return n

