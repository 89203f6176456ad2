"""Demo county: 避难场所 in every township and 隐患点 in the flash-flood and landslide villages.

Examples the rules should find (H1, Z1): 柯村镇's school playground has no 管理责任人, 宏潭乡's
activity centre was last inspected two years ago, 碧阳镇's small hall is too small for the
villages it serves, 江溪村's landslide has no 监测人 and 龙江村's flash-flood gully no shelter.
"""

from __future__ import annotations

import random
from datetime import timedelta

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
from emergency_desk.services.demo import PRONE_VILLAGES, STEPS, DemoContext
from emergency_desk.services.township.demo import _mobile, _name

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
            manager = None if (town == NO_MANAGER_TOWN and k == 0) else _name(rng)
            sh = Shelter(name=place, region_id=tid, address=f"{town}{served[0][1]}附近",
                         duration=duration.value, space=space.value,
                         function=ShelterFunction.COMPREHENSIVE.value, capacity=capacity,
                         area_m2=float(capacity * 4), effective_area_m2=float(capacity * 2),
                         manager=manager, manager_phone=_mobile(rng) if manager else None,
                         facilities="应急照明、饮用水、简易厕所、广播", last_inspection=inspected,
                         served_summary="、".join(f"{town}/{v}" for _r, v, _p in served))
            session.add(sh)
            session.flush()
            session.add_all(ShelterRegion(shelter_id=sh.id, region_id=r) for r, _v, _p in served)
            for r, _v, _p in served:
                shelter_of.setdefault(r, sh.id)
            n += 1
    for vname, hazards in PRONE_VILLAGES.items():
        if not any(h in hazards for h in ("山洪", "地质灾害")):
            continue
        hit = session.execute(select(Region.id).where(Region.name == vname)).first()
        if hit is None:
            continue
        rid = hit[0]
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
                monitor=None if no_monitor else _name(rng),
                monitor_phone=None if no_monitor else _mobile(rng),
                responsible=_name(rng), responsible_phone=_mobile(rng),
                route=f"沿村道向{rng.choice(('东', '南', '西', '北'))}撤离至安置点",
                shelter_id=None if no_shelter else shelter_of.get(rid)))
            n += 1
    session.flush()
    return n


STEPS.append(("避难场所和隐患点", build_demo_resources))
