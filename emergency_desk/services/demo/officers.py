"""Demo 灾害信息员 for the demo county (services/demo/county.py builds the regions first).

Realistic and realistically incomplete, so that every officer rule has something to show:
most villages have an A (村书记/主任) and a B (两委委员); one village has nobody (O1); a few
disaster-prone villages lack their B and one has the same person in both posts (O2); one old
record has no mobile (O3); some officers missed the last training (O4/O5); a few are not yet in
the national system (O6). Names, 身份证号 (with correct check characters) and mobiles are made up.
"""

from __future__ import annotations

import random
from datetime import date, timedelta
from typing import TYPE_CHECKING, Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from emergency_desk.data.enums import RegionLevel
from emergency_desk.data.models import Region
from emergency_desk.data.officers import FullTime, OfficerPost, OfficerStatus
from emergency_desk.data.people import Gender, TrainingAudience
from emergency_desk.services.officers.officers import OfficerInput, save_officer_in

if TYPE_CHECKING:
    from emergency_desk.services.demo.context import DemoContext
from emergency_desk.services.officers.trainings import (
    TrainingEventInput,
    add_attendance_in,
    create_event_in,
    months_before,
)
from emergency_desk.services.people import PersonInput
from emergency_desk.values import id_check_char

SURNAMES = "汪胡程叶余王李江舒孙方吴黄朱金章查许卢韩谢郑何项"
GIVEN_M = ["建国", "志强", "国华", "永红", "海涛", "立新", "卫东", "振华", "明", "军", "斌",
           "文龙", "春生", "福林", "德胜", "光辉", "新民", "成林", "学军", "小兵"]
GIVEN_F = ["晓燕", "丽华", "秀英", "美玲", "春梅", "海燕", "玉兰", "静", "芳", "红霞", "慧",
           "桂香", "雪琴", "文娟"]
MOBILE_PREFIXES = ["139", "138", "135", "136", "137", "150", "151", "152", "158", "159",
                   "187", "188", "180", "181", "189", "133", "153", "177"]

# The gaps the demo must show (names from services/demo/county.py).
NO_OFFICER = {"朱村"}  # O1: a village nobody was appointed in
PRONE_WITHOUT_B = {"溪下村", "庙林村", "佘溪村"}  # O2: B post vacant
SAME_PERSON_AB = {"塔川村"}  # O2: the secretary entered as both A and B
SINGLE_POST = {"石亭村", "星火村", "叶村", "源川村", "塘田村", "红光村"}  # non-prone: one post


class People:
    """Made-up but valid people: unique names, checksummed 身份证号, unique mobiles."""

    def __init__(self, rng: random.Random, today: date) -> None:
        self.rng, self.today = rng, today
        self.names: set[str] = set()
        self.mobiles: set[str] = set()
        self.seq = 0

    def person(self, *, female: bool | None = None, employer: str | None = None,
               job: str | None = None) -> PersonInput:
        rng = self.rng
        if female is None:
            female = rng.random() < 0.3
        while True:
            name = rng.choice(SURNAMES) + rng.choice(GIVEN_F if female else GIVEN_M)
            if name not in self.names:
                break
        self.names.add(name)
        born = date(rng.randint(1966, 1996), rng.randint(1, 12), rng.randint(1, 28))
        self.seq += 1
        order = (self.seq * 2 % 998) + (0 if female else 1)  # 17th digit: odd = man
        first17 = f"341023{born:%Y%m%d}{order:03d}"
        while True:
            mobile = rng.choice(MOBILE_PREFIXES) + f"{rng.randint(0, 99_999_999):08d}"
            if mobile not in self.mobiles:
                break
        self.mobiles.add(mobile)
        # The 花名册 fields (issue 16) draw from their own generator so that adding them left
        # every name, date and number the demo already had unchanged.
        more = random.Random(self.seq)
        return PersonInput(name=name, gender=Gender.FEMALE if female else Gender.MALE,
                           birth_date=born, id_card=first17 + id_check_char(first17),
                           mobile=mobile, employer=employer, job_title=job,
                           ethnicity="汉族" if more.random() < 0.97 else "畲族",
                           education=more.choice(("大学本科", "大学专科", "大学专科", "高中",
                                                  "中专", "初中")),
                           political_status="中共党员" if more.random() < 0.6 else "群众")

    def appointed(self) -> date:
        return self.today - timedelta(days=self.rng.randint(420, 2600))


def _skill(rng: random.Random, today: date) -> dict[str, Any]:
    """About a third of officers hold a 灾害信息员 职业技能等级证书, mostly 初级 and 中级."""
    if rng.random() > 0.35:
        return {}
    level = rng.choice(("初级", "初级", "中级", "中级", "高级", "灾害信息师"))
    issued = today - timedelta(days=rng.randint(60, 1400))
    return {"skill_level": level, "skill_cert_date": issued,
            "skill_cert_no": f"S{issued:%Y}34{rng.randint(0, 99_999_999):08d}"}


def build_demo_officers(session: Session, today: date,
                        rng: random.Random | None = None) -> int:
    """Create the demo officers and trainings for the regions already in `session`.

    Returns the number of officer posts written.
    """
    rng = rng or random.Random(20200213)  # 应急〔2020〕11号's date: any fixed seed will do
    people = People(rng, today)
    regions = session.execute(select(Region.id, Region.name, Region.level, Region.path,
                                     Region.is_disaster_prone, Region.main_hazards)
                              .where(Region.is_deleted.is_(False)).order_by(Region.path)).all()
    officers: list[tuple[int, int, str]] = []  # (officer id, person id, region level)
    skills = random.Random(16)  # 职业技能等级: its own generator (see People.person)

    def add(region_id: int, person: PersonInput, post: OfficerPost, duty: str, *,
            roles: list[str] | None = None, fulltime: bool = False,
            status: OfficerStatus = OfficerStatus.ACTIVE, leave: date | None = None) -> None:
        o, _ = save_officer_in(session, OfficerInput(
            person=person, region_id=region_id, post=post, duty_title=duty,
            fulltime=FullTime.FULL if fulltime else FullTime.PART,
            appoint_date=people.appointed() if leave is None else leave - timedelta(days=900),
            leave_date=leave, status=status, in_national_system=rng.random() < 0.88,
            other_roles=tuple(roles or ()), **_skill(skills, today)))
        if status == OfficerStatus.ACTIVE:
            officers.append((o.id, o.person_id, o.level))

    def roles_for(hazards: str | None) -> list[str]:
        roles = ["网格员"] if rng.random() < 0.5 else []
        if hazards and ("地质" in hazards or "山洪" in hazards):
            roles.append("群测群防员")
        if hazards and "森林" in hazards:
            roles.append(rng.choice(["护林员", "火情信息员"]))
        if rng.random() < 0.3:
            roles.append("气象信息员")
        return roles

    for rid, name, level, path, prone, hazards in regions:
        town = path.split("/")[1] if "/" in path else ""
        if level == RegionLevel.COUNTY.value:
            for duty in ("减灾救灾股股长", "减灾救灾股科员"):
                add(rid, people.person(employer=f"{name}应急管理局", job=duty),
                    OfficerPost.SINGLE, duty, fulltime=True)
            continue
        if level == RegionLevel.TOWNSHIP.value:
            employer = f"{name}人民政府"
            if "开发区" in name:  # a new zone: one part-time officer for now
                add(rid, people.person(employer=employer, job="综合办科员"),
                    OfficerPost.SINGLE, "综合办科员")
                continue
            add(rid, people.person(employer=employer, job="应急管理中心主任"), OfficerPost.A,
                "应急管理中心主任", fulltime=True)
            add(rid, people.person(employer=employer, job="应急管理中心工作人员"), OfficerPost.B,
                "应急管理中心工作人员", roles=["网格员"])
            continue
        if name in NO_OFFICER:
            continue
        is_community = level == RegionLevel.COMMUNITY.value
        employer = f"{town}{name}{'居委会' if is_community else '村委会'}"
        head = rng.choice(["社区党委书记", "社区居委会主任"] if is_community
                          else ["村党总支书记", "村委会主任", "村党支部书记"])
        if name in SINGLE_POST and not prone:
            add(rid, people.person(employer=employer, job="村委委员"), OfficerPost.SINGLE,
                "村委委员", roles=roles_for(hazards))
            continue
        a_person = people.person(female=False, employer=employer, job=head)
        if rng.random() < 0.15:  # the previous A, who left when the 两委 changed
            add(rid, people.person(employer=employer, job=head), OfficerPost.A, head,
                status=OfficerStatus.LEFT, leave=today - timedelta(days=rng.randint(200, 700)))
        add(rid, a_person, OfficerPost.A, head, roles=roles_for(hazards))
        if name in SAME_PERSON_AB:
            add(rid, a_person, OfficerPost.B, head)
            continue
        if name in PRONE_WITHOUT_B:
            continue
        member = rng.choice(["村委委员", "村会计", "妇女主任", "村文书"] if not is_community
                            else ["社区委员", "社区网格长"])
        b_person = people.person(female=True if member == "妇女主任" else None,
                                 employer=employer, job=member)
        if name == "雉山村":  # an old record nobody completed: no mobile (O3)
            b_person.mobile = None
        add(rid, b_person, OfficerPost.B, member, roles=roles_for(hazards))

    _trainings(session, today, rng, officers)
    return len(officers)


def demo_step(session: Session, ctx: DemoContext) -> int:
    """The officers register's demo step (services/registry.py). Its own fixed seed: the gaps
    above must not depend on how many random numbers earlier steps drew."""
    return build_demo_officers(session, ctx.today)


def _trainings(session: Session, today: date, rng: random.Random,
               officers: list[tuple[int, int, str]]) -> None:
    """A county course 13 months ago (only-attended-that = overdue), a system course 7 months
    ago and a pre-flood video course 2 months ago."""
    people = sorted({pid for _, pid, _ in officers})
    courses = [
        (TrainingEventInput("全县灾害信息员业务培训班", months_before(today, 13),
                            RegionLevel.COUNTY, "专题培训", "黟县应急管理局", 8,
                            "县应急管理局三楼会议室", "灾情统计报送制度、灾情核查评估",
                            audience=TrainingAudience.OFFICERS), 0.85),
        (TrainingEventInput("国家灾害信息员管理系统操作培训", months_before(today, 7),
                            RegionLevel.COUNTY, "业务培训", "黟县应急管理局", 4,
                            "县政务服务中心培训室", "系统录入、灾情报送演练",
                            audience=TrainingAudience.OFFICERS), 0.6),
        (TrainingEventInput("汛前灾害信息员培训（视频会议）", months_before(today, 2),
                            RegionLevel.COUNTY, "业务培训", "黟县应急管理局", 3,
                            "各乡镇分会场", "山洪灾害预警传递、转移避险",
                            audience=TrainingAudience.OFFICERS), 0.25),
    ]
    for data, share in courses:
        event = create_event_in(session, data)
        for pid in people:
            if rng.random() < share:
                add_attendance_in(session, event.id, pid,
                                  result="合格" if data.kind == "专题培训" else None)
