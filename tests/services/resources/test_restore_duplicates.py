"""The recycle bin brings nothing back that the forms would refuse: a deleted expert, hazard
point, shelter, contact, duty slot, village manager, flood pledge or leadership-group member
whose twin was entered again after the deletion stays in
the bin with a message saying why, and the database keeps one live record. Without a twin it
comes back as before."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

import pytest
from sqlalchemy import func, select

from emergency_desk.data.db import Database
from emergency_desk.data.models import Region
from emergency_desk.data.plans import LeadershipGroup
from emergency_desk.data.resources import ContactEntry, Expert, HazardPoint, Shelter
from emergency_desk.data.township import DutyRoster, FloodPledge, LeadershipMember, VillageManager
from emergency_desk.errors import InputRejected
from emergency_desk.services.plans.leadership import LeadershipInput, LeadershipService
from emergency_desk.services.recycle import RecycleBin
from emergency_desk.services.resources.contacts import ContactInput, ContactService
from emergency_desk.services.resources.experts import ExpertInput, ExpertService
from emergency_desk.services.resources.hazards import HazardInput, HazardService
from emergency_desk.services.resources.shelters import ShelterInput, ShelterService
from emergency_desk.services.township.duty import DutyService, RosterInput
from emergency_desk.services.township.leaders import LeadersService, MemberInput
from emergency_desk.services.township.managers import ManagerInput, ManagersService
from emergency_desk.services.township.pledges import PledgeInput, PledgeService

DAY = date(2025, 7, 1)

# register → (model, a way to save the same record again, what the refusal says)
CASES: dict[str, tuple[Any, Callable[[Database, dict[str, int]], tuple[Any, int]], str]] = {
    "expert": (Expert, lambda db, ids: (ExpertService(db), ExpertService(db).save(
        ExpertInput("何建国", mobile="13905591234", specialty="地质灾害"))),
               "此人已重新录入专家库"),
    "hazard_point": (HazardPoint, lambda db, ids: (HazardService(db), HazardService(db).save(
        HazardInput("宏村山洪沟", ids["宏村村"]))), "该区划已有同名隐患点“宏村山洪沟”"),
    "shelter": (Shelter, lambda db, ids: (ShelterService(db), ShelterService(db).save(
        ShelterInput("宏村小学", ids["宏村村"]))), "该区划已有同名避难场所“宏村小学”"),
    "contact_entry": (ContactEntry, lambda db, ids: (ContactService(db), ContactService(db).save(
        ContactInput("宏村镇人民政府", "汪晓燕", mobile="13905590001"))),
                      "联络网中已有“宏村镇人民政府”的“汪晓燕”"),
    "duty_roster": (DutyRoster, lambda db, ids: (DutyService(db), DutyService(db).save(
        RosterInput(ids["宏村镇"], DAY, leader="胡建国", officer="汪晓燕"))),
                    "2025-07-01 该班次已有值班安排"),
    "village_manager": (VillageManager, lambda db, ids: (ManagersService(db), ManagersService(
        db).save(ManagerInput(ids["宏村村"], "胡建国", mobile="13955910001"))),
                        "此人已重新登记为该村（社区）应急管理员"),
    "flood_pledge": (FloodPledge, lambda db, ids: (PledgeService(db), PledgeService(db).save(
        PledgeInput(2025, ids["宏村村"], "胡建国"))), "该区划已有 2025 年的防汛责任书"),
    "leadership_member": (LeadershipMember, lambda db, ids: (LeadersService(db), LeadersService(
        db).save(MemberInput(_group(db, ids), "汪晓燕", post="党委委员"))),
                          "“汪晓燕”已重新录入该领导小组"),
}


def _group(db: Database, ids: dict[str, int]) -> int:
    """宏村镇's 领导小组, made the first time."""
    with db.read() as s:
        found = s.scalar(select(LeadershipGroup.id).where(
            LeadershipGroup.region_id == ids["宏村镇"], LeadershipGroup.is_deleted.is_(False)))
    return found or LeadershipService(db).save(LeadershipInput(
        ids["宏村镇"], "宏村镇应急管理领导小组", "胡建国", None, None, None, None))


def _live(db: Database, model: Any) -> int:
    with db.read() as s:
        return int(s.scalar(select(func.count()).select_from(model)
                            .where(model.is_deleted.is_(False))) or 0)


@pytest.mark.parametrize("table", list(CASES))
def test_a_record_entered_again_keeps_its_deleted_twin_in_the_bin(
        db: Database, county: dict[str, int], table: str) -> None:
    model, save, refusal = CASES[table]
    svc, first = save(db, county)
    svc.delete(first)
    _svc, again = save(db, county)  # the clerk enters it again rather than restoring it
    assert again != first and _live(db, model) == 1
    with pytest.raises(InputRejected) as info:
        RecycleBin(db).restore(table, first)
    assert refusal in str(info.value) and "不能恢复" in str(info.value)
    assert _live(db, model) == 1
    assert [r.id for r in RecycleBin(db).list() if r.table == table] == [first]
    # Once the new one is deleted, the old one comes back.
    svc.delete(again)
    RecycleBin(db).restore(table, first)
    assert _live(db, model) == 1


def test_a_member_of_a_deleted_group_stays_in_the_bin(
        db: Database, county: dict[str, int]) -> None:
    group = _group(db, county)
    member = LeadersService(db).save(MemberInput(group, "汪晓燕"))
    LeadersService(db).delete(member)
    LeadershipService(db).delete(group)
    with pytest.raises(InputRejected, match="请先恢复领导小组“宏村镇应急管理领导小组”"):
        RecycleBin(db).restore("leadership_member", member)
    assert _live(db, LeadershipMember) == 0
    RecycleBin(db).restore("leadership_group", group)
    RecycleBin(db).restore("leadership_member", member)
    assert _live(db, LeadershipMember) == 1


@pytest.mark.parametrize("table", ["shelter", "hazard_point", "village_manager", "flood_pledge"])
def test_a_record_of_a_deleted_village_stays_in_the_bin(
        db: Database, county: dict[str, int], table: str) -> None:
    """Deleted, then its village deleted (nothing live names it any more): restoring it would
    give a live record in a region nobody can reach. It waits for the village."""
    from emergency_desk.services.regions.regions import RegionService

    model, save, _refusal = CASES[table]
    svc, first = save(db, county)
    svc.delete(first)
    with db.read() as s:
        region_id = s.get(model, first).region_id
        name = s.get(Region, region_id).name
    RegionService(db).delete(region_id)
    with pytest.raises(InputRejected, match=f"请先恢复区划“{name}”"):
        RecycleBin(db).restore(table, first)
    assert _live(db, model) == 0
    RecycleBin(db).restore("region", region_id)
    RecycleBin(db).restore(table, first)
    assert _live(db, model) == 1


def test_an_expert_whose_person_was_deleted_stays_in_the_bin(
        db: Database, county: dict[str, int]) -> None:
    from emergency_desk.services.people import PeopleService

    model, save, _refusal = CASES["expert"]
    svc, first = save(db, county)
    svc.delete(first)
    with db.read() as s:
        person_id = s.get(model, first).person_id
    PeopleService(db).delete(person_id)
    with pytest.raises(InputRejected, match="请先恢复人员“何建国”"):
        RecycleBin(db).restore("expert", first)
    RecycleBin(db).restore("person", person_id)
    RecycleBin(db).restore("expert", first)
    assert _live(db, model) == 1
