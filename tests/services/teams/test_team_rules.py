"""Rules T1–T6: each fires on a crafted case and stays silent on its near miss."""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta

import pytest

from emergency_desk.data.db import Database
from emergency_desk.data.teams import (
    EquipmentCategory,
    EquipmentCondition,
    MemberRole,
    TeamCategory,
)
from emergency_desk.services.checks import Alert, run_checks
from emergency_desk.services.officers.trainings import TrainingEventInput, TrainingService
from emergency_desk.services.settings import SettingsService
from emergency_desk.services.teams.equipment import (
    EquipmentInput,
    EquipmentService,
    MaintenanceInput,
)
from emergency_desk.services.teams.members import CertificateInput, MemberService
from emergency_desk.services.teams.views import MemberQuery, TeamViews
from tests.session_day import SESSION_DAY

# The program's clock reads SESSION_DAY too (the fixture): a run crossing midnight had judged
# 还早 (31 days ahead of a TODAY read the day before) as expiring within 30 days.
TODAY = SESSION_DAY
pytestmark = pytest.mark.usefixtures("on_session_day")


def alerts(db: Database, rule: str) -> list[Alert]:
    return run_checks(db, only=[rule])


def test_t1_township_team_under_20_fires_and_20_is_enough(
        db: Database, make_team: Callable[..., int], fill_team: Callable[..., None]) -> None:
    short = make_team("碧阳镇综合应急救援队", "碧阳镇")
    full = make_team("宏村镇综合应急救援队", "宏村镇")
    fill_team(short, 19, "甲")
    fill_team(full, 20, "乙")
    found = alerts(db, "T1")
    assert [(a.subject, a.record_id, a.severity.value) for a in found] == [
        ("碧阳镇综合应急救援队", short, "red")]
    assert "在队 19 人" in found[0].message and "20" in found[0].message
    assert found[0].region == "碧阳镇"


def test_t1_county_team_needs_30_and_only_comprehensive_teams_count(
        db: Database, make_team: Callable[..., int], fill_team: Callable[..., None],
        make_member: Callable[..., int]) -> None:
    county = make_team("黟县综合应急救援大队", "黟县")
    fill_team(county, 29, "丙")
    make_team("宏村镇半专业扑火队", "宏村镇", category=TeamCategory.FOREST_FIRE)  # 0 members
    assert [a.subject for a in alerts(db, "T1")] == ["黟县综合应急救援大队"]
    make_member(county, "第三十人")
    assert alerts(db, "T1") == []


def test_t1_threshold_is_a_setting_and_leavers_do_not_count(
        db: Database, make_team: Callable[..., int], fill_team: Callable[..., None],
        make_member: Callable[..., int]) -> None:
    team = make_team("碧阳镇综合应急救援队")
    fill_team(team, 15)
    SettingsService(db).set("team_min_township", 15)
    assert alerts(db, "T1") == []
    make_member(team, "离队者", leave_date=TODAY - timedelta(days=1))
    SettingsService(db).set("team_min_township", 16)
    assert len(alerts(db, "T1")) == 1


def test_t2_missing_leader_duty_phone_or_member_mobile(
        db: Database, make_team: Callable[..., int], make_member: Callable[..., int]) -> None:
    ok = make_team("有队长的队", duty_phone="0559-5521119")
    make_member(ok, "队长甲", role=MemberRole.CAPTAIN)
    bad = make_team("没队长的队", "宏村镇", duty_phone=None)
    make_member(bad, "无手机", mobile=None)
    found = alerts(db, "T2")
    assert {(a.subject, a.table) for a in found} == {("没队长的队", "rescue_team"),
                                                    ("无手机", "team_member")}
    team_alert = next(a for a in found if a.table == "rescue_team")
    assert "队长" in team_alert.message and "值班电话" in team_alert.message


def test_t3_expired_and_expiring_insurance_and_certificates(
        db: Database, make_team: Callable[..., int], make_member: Callable[..., int]) -> None:
    team = make_team("队")
    make_member(team, "已过期", insurance_expiry=TODAY - timedelta(days=1))
    make_member(team, "快到期", insurance_expiry=TODAY + timedelta(days=30))
    make_member(team, "还早", insurance_expiry=TODAY + timedelta(days=31))
    holder = make_member(team, "持证人", insurance_expiry=TODAY + timedelta(days=400))
    person_id = TeamViews(db).members(MemberQuery(team_id=team, search="持证人"))[0].person_id
    svc = MemberService(db)
    svc.save_certificate(CertificateInput(person_id, "救援员证", expiry_date=TODAY - timedelta(1)))
    svc.save_certificate(CertificateInput(person_id, "潜水证", expiry_date=TODAY + timedelta(31)))
    found = alerts(db, "T3")
    by_subject = {(a.subject, a.severity.value) for a in found}
    assert ("已过期", "orange") in by_subject and ("快到期", "info") in by_subject
    assert all(a.subject != "还早" for a in found)
    certs = [a for a in found if a.subject == "持证人"]
    assert [(a.message, a.record_id) for a in certs] == [
        (f"证书“救援员证”已于 {(TODAY - timedelta(1)).isoformat()} 过期", holder)]


def test_t4_team_without_training_in_12_months(
        db: Database, make_team: Callable[..., int], make_member: Callable[..., int]) -> None:
    trained = make_team("训练过的队")
    stale = make_team("很久没训练的队", "宏村镇")
    make_team("新成立的队", "古筑村", founded_date=TODAY - timedelta(days=30))
    ours = [make_member(trained, f"甲{n}") for n in "一二三"]
    theirs = [make_member(stale, f"乙{n}") for n in "一二三"]
    pid = {m.id: m.person_id for m in TeamViews(db).members(MemberQuery())}
    svc = TrainingService(db)
    recent = svc.create_event(TrainingEventInput("汛前拉练", TODAY - timedelta(days=300),
                                                 kind="演练"))
    old = svc.create_event(TrainingEventInput("技能比武", TODAY - timedelta(days=400)))
    svc.add_attendees(recent, [pid[m] for m in ours])  # 3 members: the team trained
    svc.add_attendees(recent, [pid[m] for m in theirs[:2]])  # 2 of them: not a team drill
    svc.add_attendees(old, [pid[m] for m in theirs])
    found = alerts(db, "T4")
    assert [a.subject for a in found] == ["很久没训练的队"]
    assert (TODAY - timedelta(days=400)).isoformat() in found[0].message
    SettingsService(db).set("team_activity_min_attendees", 2)
    assert alerts(db, "T4") == []


def test_t5_equipment_past_life_overdue_or_waiting_for_repair(
        db: Database, make_team: Callable[..., int]) -> None:
    team = make_team("队")
    svc = EquipmentService(db)
    old = svc.create(EquipmentInput("救生衣", EquipmentCategory.PROTECTIVE, team_id=team,
                                    acquire_date=TODAY.replace(year=TODAY.year - 6),
                                    service_life_years=5, next_maint_date=TODAY + timedelta(9)))
    overdue = svc.create(EquipmentInput("发电机", EquipmentCategory.LIGHTING, team_id=team,
                                        next_maint_date=TODAY - timedelta(days=1)))
    broken = svc.create(EquipmentInput("冲锋舟", EquipmentCategory.RESCUE, team_id=team,
                                       condition=EquipmentCondition.NEEDS_REPAIR))
    fine = svc.create(EquipmentInput("对讲机", EquipmentCategory.COMMAND, team_id=team,
                                     acquire_date=TODAY - timedelta(days=300),
                                     service_life_years=5))
    svc.create(EquipmentInput("旧水泵", EquipmentCategory.ENGINEERING, team_id=team,
                              condition=EquipmentCondition.SCRAPPED,
                              next_maint_date=TODAY - timedelta(days=100)))
    found = {a.record_id: a.message for a in alerts(db, "T5")}
    assert set(found) == {old, overdue, broken}
    assert "使用年限" in found[old] and "维护保养已超期" in found[overdue]
    assert "待修" in found[broken] and fine not in found
    # Maintenance done: the overdue line is cleared (next due = today + 12 months).
    svc.add_maintenance(MaintenanceInput(overdue, TODAY, "保养"))
    assert overdue not in {a.record_id for a in alerts(db, "T5")}


def test_t5_maintenance_interval_counts_from_purchase_when_no_date_is_set(
        db: Database, make_team: Callable[..., int]) -> None:
    team = make_team("队")
    svc = EquipmentService(db)
    due = svc.create(EquipmentInput("油锯", EquipmentCategory.BREACHING, team_id=team,
                                    acquire_date=TODAY - timedelta(days=400)))
    svc.create(EquipmentInput("风力灭火机", EquipmentCategory.RESCUE, team_id=team,
                              acquire_date=TODAY - timedelta(days=300)))
    assert [a.record_id for a in alerts(db, "T5")] == [due]


def test_t6_comprehensive_team_below_its_equipment_standard(
        db: Database, make_team: Callable[..., int]) -> None:
    team = make_team("碧阳镇综合应急救援队")
    svc = EquipmentService(db)
    for name, cat in (("头盔", EquipmentCategory.PROTECTIVE),
                      ("对讲机", EquipmentCategory.COMMAND)):
        svc.create(EquipmentInput(name, cat, team_id=team))
    svc.create(EquipmentInput("照明灯", EquipmentCategory.LIGHTING, team_id=team,
                              condition=EquipmentCondition.NEEDS_REPAIR))
    found = alerts(db, "T6")
    assert [(a.record_id, a.message) for a in found] == [
        (team, "缺少完好且在有效期内的照明动力类装备，请按配备标准补充")]
    svc.create(EquipmentInput("移动照明灯塔", EquipmentCategory.LIGHTING, team_id=team))
    assert alerts(db, "T6") == []
    SettingsService(db).set("team_equipment_standard", "防护、工程抢险")
    assert "工程抢险" in alerts(db, "T6")[0].message
