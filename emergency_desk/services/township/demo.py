"""Demo county: 领导小组 members and 应急办 staff, a month of 值班表 and some 值班记录.

Examples the rules should find: 宏村镇 has no 带班领导 three days from now and 柯村镇 has not
filled in the roster beyond four days from now (D1, 六有 有机制). The groups missing in
demo_plans (NO_LEADERSHIP) stay missing (有班子).
"""

from __future__ import annotations

import random
from datetime import datetime, time, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from emergency_desk.data.enums import RegionLevel
from emergency_desk.data.models import Region
from emergency_desk.data.plans import LeadershipGroup
from emergency_desk.data.township import DutyLog, DutyRoster, DutyShift, GroupRole
from emergency_desk.data.township import LeadershipMember as Member
from emergency_desk.services.demo.context import DemoContext
from emergency_desk.services.demo.officers import GIVEN_F, GIVEN_M, MOBILE_PREFIXES, SURNAMES
from emergency_desk.services.search import search_key

NO_LEADER_DAY = {"宏村镇": 3}  # D1: that day has a 值班员 but no 带班领导
ROSTER_ENDS = {"柯村镇": 4}  # D1: nothing entered after this many days from today
NO_ROSTER = {"黟县经济开发区"}  # D1: no roster at all
DAYS_BACK, DAYS_AHEAD = 30, 14
_GROUP = [  # (小组职务, 本职职务)
    (GroupRole.LEADER, "党委书记"), (GroupRole.DEPUTY, "镇长"),
    (GroupRole.DEPUTY, "分管应急副镇长"), (GroupRole.MEMBER, "派出所所长"),
    (GroupRole.MEMBER, "卫生院院长"), (GroupRole.MEMBER, "自然资源所所长"),
    (GroupRole.OFFICE_HEAD, "应急管理办公室主任"), (GroupRole.OFFICE_STAFF, "应急办工作人员"),
    (GroupRole.OFFICE_STAFF, "应急办工作人员"),
]
_CALLS = [
    ("县防指办", "转发气象部门暴雨橙色预警，要求各村做好山洪地质灾害防范", "分管应急副镇长"),
    ("村灾害信息员", "村内小河水位上涨，已组织沿河两户群众临时转移", "镇长"),
    ("县应急管理局", "通知开展汛前安全隐患排查，周五前上报排查情况", "分管应急副镇长"),
    ("群众来电", "山脚一处挡土墙出现裂缝，请求派人查看", "应急办主任"),
    ("县森林防火指挥部", "清明期间加强野外用火管控，落实护林员巡山", "镇长"),
    ("供电所", "计划停电检修，值班室启用备用电源", "应急办主任"),
]


def person_name(rng: random.Random) -> str:
    return rng.choice(SURNAMES) + rng.choice(GIVEN_M + GIVEN_F)


def mobile_number(rng: random.Random) -> str:
    return rng.choice(MOBILE_PREFIXES) + f"{rng.randint(0, 99_999_999):08d}"


def build_demo_township(session: Session, ctx: DemoContext) -> int:
    rng = random.Random(16)  # its own stream: the other registers' demo stays as it was
    n = 0
    groups = session.scalars(select(LeadershipGroup).where(
        LeadershipGroup.is_deleted.is_(False)).order_by(LeadershipGroup.id)).all()
    leaders_of: dict[int, list[str]] = {}
    staff_of: dict[int, list[str]] = {}
    for g in groups:
        for order, (role, post) in enumerate(_GROUP, 1):
            name = person_name(rng)
            session.add(Member(group_id=g.id, name=name, role=role.value,
                               post=post.replace("镇长", "乡长") if "乡" in g.name else post,
                               mobile=mobile_number(rng), office_phone=None, sort_order=order))
            n += 1
            if role in (GroupRole.LEADER, GroupRole.DEPUTY, GroupRole.OFFICE_HEAD):
                leaders_of.setdefault(g.region_id, []).append(name)
            else:
                staff_of.setdefault(g.region_id, []).append(name)
    phones = {}
    towns = session.execute(select(Region.name, Region.id).where(
        Region.level == RegionLevel.TOWNSHIP.value).order_by(Region.code)).all()
    for town, rid in towns:
        if town in NO_ROSTER:
            continue
        phones[town] = f"0559-55{rng.randint(10000, 99999)}"
        leaders = leaders_of.get(rid) or [person_name(rng) for _ in range(3)]
        staff = staff_of.get(rid) or [person_name(rng) for _ in range(4)]
        last = ROSTER_ENDS.get(town, DAYS_AHEAD)
        for i in range(-DAYS_BACK, last + 1):
            day = ctx.today + timedelta(days=i)
            flood = 6 <= day.month <= 9
            leader = None if NO_LEADER_DAY.get(town) == i else leaders[i % len(leaders)]
            officer = staff[i % len(staff)]
            if flood:  # 汛期加强值班: two on duty
                officer += "、" + staff[(i + 1) % len(staff)]
            session.add(DutyRoster(region_id=rid, duty_date=day, shift=DutyShift.ALL_DAY.value,
                                   leader=leader,
                                   leader_phone=mobile_number(rng) if leader else None,
                                   officer=officer, officer_phone=mobile_number(rng),
                                   duty_phone=phones[town], flood_season=flood))
            n += 1
    kept = sorted(phones)
    for k in range(12):
        town = kept[k % len(kept)]
        caller, content, to = _CALLS[k % len(_CALLS)]
        at = datetime.combine(ctx.today - timedelta(days=2 + k * 2),
                              time(rng.randint(7, 22), rng.choice((5, 20, 35, 50))))
        session.add(DutyLog(region_id=ctx.region_ids[town], received_at=at, caller=caller,
                            content=content, handler=staff_of.get(ctx.region_ids[town],
                                                                  ["值班员"])[0],
                            reported_to=to, reported_at=at + timedelta(minutes=15),
                            outcome="已按要求落实" if k % 3 else "已报告并跟踪处理"))
        n += 1
    session.flush()
    return n



NO_MANAGER = {"朱村", "杨家墩村", "石印村"}  # G1: villages nobody was appointed in
GRID_ONLY = {"城东社区"}  # a community whose 网格员 is listed, not a 应急管理员


def build_demo_managers(session: Session, ctx: DemoContext) -> int:
    """One 应急管理员 per village: mostly the village's A-post 灾害信息员 (the same person,
    A7 一岗多能), elsewhere a 村委委员 of its own."""
    from emergency_desk.data.officers import InfoOfficer, OfficerPost, OfficerStatus
    from emergency_desk.data.people import Person
    from emergency_desk.data.township import ManagerRole, VillageManager

    rng = random.Random(1616)
    a_posts = dict(session.execute(select(InfoOfficer.region_id, InfoOfficer.person_id).where(
        InfoOfficer.is_deleted.is_(False), InfoOfficer.status == OfficerStatus.ACTIVE.value,
        InfoOfficer.post.in_((OfficerPost.A.value, OfficerPost.SINGLE.value)))).all())
    villages = session.execute(select(Region.id, Region.name).where(
        Region.level.in_((RegionLevel.VILLAGE.value, RegionLevel.COMMUNITY.value)))
        .order_by(Region.code, Region.id)).all()
    n = 0
    for i, (rid, name) in enumerate(villages):
        if name in NO_MANAGER:
            continue
        person_id = a_posts.get(rid) if i % 3 else None
        if person_id is None:
            name_, mobile = person_name(rng), mobile_number(rng)
            p = Person(name=name_, mobile=mobile, search_key=search_key(name_, mobile))
            session.add(p)
            session.flush()
            person_id = p.id
        role = ManagerRole.GRID if name in GRID_ONLY else (
            ManagerRole.BOTH if i % 4 == 0 else ManagerRole.MANAGER)
        session.add(VillageManager(
            region_id=rid, person_id=person_id, role=role.value,
            duty_title="村党组织书记" if person_id == a_posts.get(rid) else "村委委员",
            appoint_date=ctx.today.replace(year=ctx.today.year - 1 - i % 3, day=1)))
        n += 1
    session.flush()
    return n



NO_PLEDGE = {"朱村", "深冲村", "美坑村"}  # F1 (in the flood season): no letter this year


def build_demo_pledges(session: Session, ctx: DemoContext) -> int:
    """This year's and last year's 防汛责任书: 县→every township, each township→its villages."""
    from datetime import date as _date

    from emergency_desk.data.township import FloodPledge, PledgeLevel

    rng = random.Random(1619)
    n = 0
    rows = session.execute(select(Region.id, Region.name, Region.level, Region.parent_id)
                           .where(Region.level != RegionLevel.COUNTY.value)
                           .order_by(Region.code, Region.id)).all()
    names = {rid: name for rid, name, _lvl, _p in rows}
    for year in (ctx.today.year - 1, ctx.today.year):
        signed = _date(year, 4, rng.randint(10, 28))
        for rid, name, level, parent in rows:
            if year == ctx.today.year and name in NO_PLEDGE:
                continue
            town = level == RegionLevel.TOWNSHIP.value
            session.add(FloodPledge(
                year=year, region_id=rid,
                level=(PledgeLevel.COUNTY_TOWNSHIP if town
                       else PledgeLevel.TOWNSHIP_VILLAGE).value,
                responsible=person_name(rng), post="乡镇长" if town else "村党组织书记",
                issuer="黟县防汛抗旱指挥部" if town or parent is None
                else f"{names.get(parent, '')}人民政府",
                signed_date=min(signed, ctx.today)))
            n += 1
    session.flush()
    return n

