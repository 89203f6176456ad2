"""Teams, members, certificates and equipment through the services, as the window uses them."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta

import pytest
from sqlalchemy import select

from emergency_desk.data.db import Database
from emergency_desk.data.models import AuditLog
from emergency_desk.data.officers import OfficerPost
from emergency_desk.data.people import Gender
from emergency_desk.data.teams import (
    EquipmentCategory,
    EquipmentCondition,
    MemberRole,
    TeamCategory,
    TeamLevel,
)
from emergency_desk.errors import InputRejected, ValidationFailed
from emergency_desk.services.officers.officers import OfficerInput, OfficerService
from emergency_desk.services.people import PeopleService, PersonInput
from emergency_desk.services.recycle import RecycleBin
from emergency_desk.services.regions.regions import RegionService
from emergency_desk.services.teams.equipment import (
    EquipmentInput,
    EquipmentService,
    MaintenanceInput,
)
from emergency_desk.services.teams.members import (
    CertificateInput,
    MemberInput,
    MemberService,
)
from emergency_desk.services.teams.teams import TeamInput, TeamService
from emergency_desk.services.teams.views import EquipmentQuery, MemberQuery, TeamQuery, TeamViews
from emergency_desk.values import id_check_char


def test_team_is_created_with_leader_and_listed_with_its_headcount(
        db: Database, county: dict[str, int], make_team: Callable[..., int],
        make_member: Callable[..., int]) -> None:
    tid = make_team("碧阳镇综合应急救援队", planned_size=20, leader_name="汪建国",
                    leader_mobile="13905591234", specialties="防汛抗旱, 森林消防")
    make_member(tid, "程志强")
    make_member(tid, "叶海涛", leave_date=date(2024, 1, 1))  # left: not counted
    row = TeamViews(db).get(tid)
    assert row.leader_name == "汪建国" and row.leader_mobile == "13905591234"
    assert row.level == TeamLevel.TOWNSHIP  # from its region
    assert row.specialties == ("防汛抗旱", "森林消防")
    assert row.members == 1 and row.headcount_text == "1/20"
    with db.read() as s:
        assert s.scalar(select(AuditLog).where(AuditLog.table_name == "rescue_team"))


def test_team_name_is_unique_within_its_region_only(
        db: Database, county: dict[str, int], make_team: Callable[..., int]) -> None:
    make_team("应急救援队", "碧阳镇")
    make_team("应急救援队", "宏村镇")  # another township: fine
    with pytest.raises(ValidationFailed) as exc:
        make_team("应急救援队", "碧阳镇")
    assert "队伍名称" in exc.value.problems


def test_bad_duty_phone_and_leader_mobile_are_refused_with_field_names(
        db: Database, county: dict[str, int]) -> None:
    with pytest.raises(ValidationFailed) as exc:
        TeamService(db).create(TeamInput(name="队", region_id=county["碧阳镇"],
                                         category=TeamCategory.COMPREHENSIVE, duty_phone="12",
                                         leader_name="张三", leader_mobile="1234"))
    assert {"值班电话", "队长电话"} <= set(exc.value.problems)


def test_search_by_pinyin_initials_and_filters_by_township_and_category(
        db: Database, county: dict[str, int], make_team: Callable[..., int]) -> None:
    make_team("碧阳镇综合应急救援队", "碧阳镇")
    make_team("宏村镇半专业扑火队", "宏村镇", category=TeamCategory.FOREST_FIRE)
    make_team("古筑村微型消防站", "古筑村", category=TeamCategory.MICRO_FIRE)
    views = TeamViews(db)
    assert [r.name for r in views.list(TeamQuery(search="hcz"))] == ["宏村镇半专业扑火队"]
    assert [r.name for r in views.list(TeamQuery(search="bizhen"))] == []
    by_town = views.list(TeamQuery(township_id=county["碧阳镇"]))
    assert {r.name for r in by_town} == {"碧阳镇综合应急救援队", "古筑村微型消防站"}
    fire = views.list(TeamQuery(categories=(TeamCategory.MICRO_FIRE,)))
    assert [r.name for r in fire] == ["古筑村微型消防站"]
    assert views.count(TeamQuery()) == 3
    assert len(views.list(TeamQuery(), offset=1, limit=1)) == 1


def test_member_who_is_also_an_officer_is_one_person(
        db: Database, county: dict[str, int], make_team: Callable[..., int]) -> None:
    first17 = "34102319850110001"
    person = PersonInput(name="胡国华", id_card=first17 + id_check_char(first17),
                         mobile="13905590001")
    OfficerService(db).create(OfficerInput(person=person, region_id=county["古筑村"],
                                           post=OfficerPost.A))
    tid = make_team("碧阳镇综合应急救援队")
    mid = MemberService(db).create(MemberInput(
        person=PersonInput(name="胡国华", mobile="13905590001"), team_id=tid))
    rows = TeamViews(db).members(MemberQuery(team_id=tid))
    assert [(r.id, r.is_officer) for r in rows] == [(mid, True)]
    officer_person = OfficerService(db).input_of(1).person
    assert rows[0].id_card == officer_person.id_card
    assert rows[0].gender == Gender.MALE
    # The shared person cannot be deleted while the membership refers to it.
    with pytest.raises(InputRejected) as exc:
        PeopleService(db).delete(rows[0].person_id)
    assert "队员记录" in exc.value.message


def test_captain_becomes_the_leader_and_leaving_clears_it(
        db: Database, county: dict[str, int], make_team: Callable[..., int],
        make_member: Callable[..., int]) -> None:
    tid = make_team("碧阳镇综合应急救援队")
    mid = make_member(tid, "汪建国", role=MemberRole.CAPTAIN)
    views = TeamViews(db)
    assert views.get(tid).leader_name == "汪建国"
    MemberService(db).leave(mid, date.today() - timedelta(days=1))
    assert views.get(tid).leader_name is None
    assert views.get(tid).members == 0


def test_members_list_puts_the_captain_first(
        db: Database, county: dict[str, int], make_team: Callable[..., int],
        make_member: Callable[..., int]) -> None:
    tid = make_team("队")
    make_member(tid, "阿大")
    make_member(tid, "赵副", role=MemberRole.DEPUTY)
    make_member(tid, "钱队长", role=MemberRole.CAPTAIN)
    names = [r.name for r in TeamViews(db).members(MemberQuery(team_id=tid))]
    assert names == ["钱队长", "赵副", "阿大"]


def test_same_person_cannot_be_entered_twice_in_one_team(
        db: Database, county: dict[str, int], make_team: Callable[..., int],
        make_member: Callable[..., int]) -> None:
    tid = make_team("队")
    make_member(tid, "张三")
    with pytest.raises(ValidationFailed) as exc:
        make_member(tid, "张三")
    assert "姓名" in exc.value.problems


def test_member_moved_between_teams_keeps_their_history(
        db: Database, county: dict[str, int], make_team: Callable[..., int],
        make_member: Callable[..., int]) -> None:
    a = make_team("碧阳镇综合应急救援队")
    b = make_team("宏村镇综合应急救援队", "宏村镇")
    mid = make_member(a, "程立新", skills="冲锋舟驾驶", insurance_expiry=date(2030, 1, 1))
    svc, views = MemberService(db), TeamViews(db)
    svc.save_certificate(CertificateInput(person_id=views.members(
        MemberQuery(team_id=a))[0].person_id, name="救援员证", expiry_date=date(2029, 5, 1)))
    moved_on = date.today() - timedelta(days=3)
    new_id = svc.move(mid, b, moved_on)
    assert views.get(a).members == 0 and views.get(b).members == 1
    now_row = views.members(MemberQuery(team_id=b))[0]
    assert now_row.id == new_id and now_row.skills == "冲锋舟驾驶"
    assert now_row.insurance_expiry == date(2030, 1, 1)
    assert now_row.certificates_text == "救援员证（至 2029-05-01）"
    history = views.person_memberships(now_row.person_id)
    assert [(h.team_name, h.leave_date) for h in history] == [
        ("宏村镇综合应急救援队", None), ("碧阳镇综合应急救援队", moved_on)]
    assert views.members(MemberQuery(team_id=a, include_left=True))[0].leave_date == moved_on


def test_team_with_members_cannot_be_deleted_and_says_why(
        db: Database, county: dict[str, int], make_team: Callable[..., int],
        make_member: Callable[..., int]) -> None:
    tid = make_team("队")
    mid = make_member(tid, "张三")
    EquipmentService(db).create(EquipmentInput(name="冲锋舟", category=EquipmentCategory.RESCUE,
                                               team_id=tid))
    with pytest.raises(InputRejected) as exc:
        TeamService(db).delete(tid)
    assert "1 名队员" in exc.value.message and "1 项装备" in exc.value.message
    # The region, too, is still used by the team.
    with pytest.raises(InputRejected) as exc2:
        RegionService(db).delete(county["碧阳镇"])
    assert "救援队伍" in exc2.value.message
    MemberService(db).delete(mid)
    assert TeamViews(db).get(tid).members == 0


def test_deleted_team_goes_to_the_recycle_bin_and_comes_back(
        db: Database, county: dict[str, int], make_team: Callable[..., int]) -> None:
    tid = make_team("队")
    TeamService(db).delete(tid)
    assert TeamViews(db).count(TeamQuery()) == 0
    bin_ = RecycleBin(db)
    assert [(r.table, r.name) for r in bin_.list()] == [("rescue_team", "队")]
    bin_.restore("rescue_team", tid)
    assert TeamViews(db).count(TeamQuery()) == 1


def test_equipment_maintenance_clears_the_overdue_date(
        db: Database, county: dict[str, int], make_team: Callable[..., int]) -> None:
    tid = make_team("队")
    svc = EquipmentService(db)
    eid = svc.create(EquipmentInput(
        name="发电机", category=EquipmentCategory.LIGHTING, model="5kW", quantity=2,
        team_id=tid, acquire_date=date(2020, 5, 1), service_life_years=8,
        next_maint_date=date(2024, 1, 1), condition=EquipmentCondition.NEEDS_REPAIR))
    row = TeamViews(db).equipment(EquipmentQuery(team_id=tid))[0]
    assert row.end_of_service == date(2028, 5, 1)
    assert row.maint_due(12) == date(2024, 1, 1)
    done = date.today() - timedelta(days=2)
    svc.add_maintenance(MaintenanceInput(eid, done, "更换火花塞", "程师傅",
                                         condition=EquipmentCondition.GOOD))
    row = TeamViews(db).equipment(EquipmentQuery(team_id=tid))[0]
    assert row.next_maint_date is None and row.last_maint == done
    assert row.condition == EquipmentCondition.GOOD
    assert [m.action for m in TeamViews(db).maintenance(eid)] == ["更换火花塞"]
    assert TeamViews(db).get(tid).equipment == 2


def test_equipment_code_is_unique(db: Database, county: dict[str, int]) -> None:
    svc = EquipmentService(db)
    svc.create(EquipmentInput(name="对讲机", category=EquipmentCategory.COMMAND, code="ZB-001"))
    with pytest.raises(ValidationFailed) as exc:
        svc.create(EquipmentInput(name="卫星电话", category=EquipmentCategory.COMMAND,
                                  code="ZB-001"))
    assert "装备编号" in exc.value.problems
