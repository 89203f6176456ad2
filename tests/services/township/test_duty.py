"""值班表: the service's rules, the gaps behind D1 and 六有 有机制, the log."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest
from sqlalchemy import select

from emergency_desk.data.db import Database
from emergency_desk.data.models import AuditLog
from emergency_desk.data.township import DutyShift
from emergency_desk.errors import ValidationFailed
from emergency_desk.services.checks import run_checks
from emergency_desk.services.plans.six_have import Verdict, scorecard
from emergency_desk.services.recycle import RecycleBin
from emergency_desk.services.settings import SettingsService
from emergency_desk.services.township.duty import DutyService, LogInput, RosterInput

TODAY = date(2026, 7, 1)


def fill(db: Database, region_id: int, days: int, start: date = TODAY) -> None:
    svc = DutyService(db)
    for i in range(days):
        svc.save(RosterInput(region_id, start + timedelta(days=i), leader="胡建国",
                             leader_phone="139 5591 0001", officer="汪晓燕",
                             officer_phone="13955910002"))


def test_a_slot_is_checked_and_phones_are_normalised(db: Database,
                                                      county: dict[str, int]) -> None:
    svc = DutyService(db)
    rid = svc.save(RosterInput(county["碧阳镇"], TODAY, leader=" 胡建国 ",
                               leader_phone="139-5591-0001", duty_phone="05595521110"))
    row = svc.get(rid)
    assert row is not None and row.leader == "胡建国" and row.leader_phone == "13955910001"
    assert row.duty_phone == "0559-5521110" and not row.complete
    with pytest.raises(ValidationFailed) as exc:
        svc.save(RosterInput(county["碧阳镇"], TODAY, officer="汪晓燕"))
    assert "已有值班安排" in exc.value.problems["值班日期"]
    with pytest.raises(ValidationFailed) as exc:
        svc.save(RosterInput(county["碧阳镇"], TODAY + timedelta(days=1)))
    assert "至少填写一个" in exc.value.problems["值班员"]
    with pytest.raises(ValidationFailed) as exc:
        svc.save(RosterInput(county["碧阳镇"], TODAY + timedelta(days=1), leader="胡建国",
                             leader_phone="12345"))
    assert "带班领导电话" in exc.value.problems


def test_two_duty_officers_give_a_number_each(db: Database, county: dict[str, int]) -> None:
    """值班员 “胡干事、李委员” takes their two numbers (it was refused as one bad number); each
    is tidied, and a bad one is named."""
    svc = DutyService(db)
    rid = svc.save(RosterInput(county["碧阳镇"], TODAY, officer="胡干事、李委员",
                               officer_phone="139 0559 0002，13905590003"))
    row = svc.get(rid)
    assert row is not None and row.officer_phone == "13905590002、13905590003"
    with pytest.raises(ValidationFailed) as exc:
        svc.save(RosterInput(county["碧阳镇"], TODAY + timedelta(days=1), officer="胡干事、李委员",
                             officer_phone="13905590002、5591"))
    assert "“5591”" in exc.value.problems["值班员电话"]


def test_gaps_name_each_uncovered_day(db: Database, county: dict[str, int]) -> None:
    svc = DutyService(db)
    fill(db, county["碧阳镇"], 7)
    # 宏村镇: day 0 full, day 1 only 值班员, day 2 split shift with the night missing a leader.
    svc.save(RosterInput(county["宏村镇"], TODAY, leader="甲", officer="乙"))
    svc.save(RosterInput(county["宏村镇"], TODAY + timedelta(days=1), officer="乙"))
    svc.save(RosterInput(county["宏村镇"], TODAY + timedelta(days=2), DutyShift.DAY,
                         leader="甲", officer="乙"))
    svc.save(RosterInput(county["宏村镇"], TODAY + timedelta(days=2), DutyShift.NIGHT,
                         officer="丙"))
    gaps = svc.gaps(TODAY, 4)
    assert [(g.region_path, g.day.day, g.missing) for g in gaps] == [
        ("黟县/宏村镇", 2, "缺带班领导"), ("黟县/宏村镇", 3, "缺带班领导"),
        ("黟县/宏村镇", 4, "未排班")]  # the county keeps no roster: not listed


def test_d1_and_you_ji_zhi(db: Database, county: dict[str, int]) -> None:
    fill(db, county["碧阳镇"], 7)
    fill(db, county["宏村镇"], 5)
    alerts = [a for a in run_checks(db, today=TODAY, only={"D1"})]
    assert [(a.region, a.severity.value) for a in alerts] == [("宏村镇", "orange")]
    assert "未来 7 天中有 2 天值班缺口" in alerts[0].message
    assert "7月6日未排班" in alerts[0].message
    cards = {c.township: c for c in scorecard(db, today=TODAY)}
    mechanism = {k: next(i for i in c.items if i.name == "有机制") for k, c in cards.items()}
    assert mechanism["碧阳镇"].verdict == Verdict.PASS
    assert mechanism["宏村镇"].verdict == Verdict.FAIL
    assert "7月6日未排班" in mechanism["宏村镇"].problems[0]
    # The look-ahead is a setting: 5 days and 宏村镇 passes too.
    SettingsService(db).set("duty_lookahead_days", 5)
    assert run_checks(db, today=TODAY, only={"D1"}) == []


def test_delete_is_soft_audited_and_restorable(db: Database, county: dict[str, int]) -> None:
    svc = DutyService(db)
    rid = svc.save(RosterInput(county["碧阳镇"], TODAY, leader="胡建国", officer="汪晓燕"))
    svc.delete(rid)
    assert svc.roster() == []
    bin_rows = [r for r in RecycleBin(db).list() if r.table == "duty_roster"]
    assert [r.id for r in bin_rows] == [rid]
    RecycleBin(db).restore("duty_roster", rid)
    assert [r.id for r in svc.roster()] == [rid]
    with db.read() as s:
        actions = list(s.scalars(select(AuditLog.action).where(
            AuditLog.table_name == "duty_roster", AuditLog.record_id == rid)
            .order_by(AuditLog.id)))
    assert actions[0] == "insert" and "restore" in actions


def test_log_entries(db: Database, county: dict[str, int]) -> None:
    svc = DutyService(db)
    at = datetime(2026, 7, 1, 20, 30)
    lid = svc.save_log(LogInput(county["宏村镇"], at, "县防指转发暴雨橙色预警", "县防指",
                                "0559-5521110", "汪晓燕", "分管应急副镇长",
                                at + timedelta(minutes=10), "已通知各村"))
    rows = svc.logs(county["宏村镇"], start=date(2026, 7, 1), end=date(2026, 7, 1))
    assert [(r.id, r.caller_phone, r.reported_to) for r in rows] == [
        (lid, "0559-5521110", "分管应急副镇长")]
    assert svc.logs(start=date(2026, 7, 2)) == []
    with pytest.raises(ValidationFailed) as exc:
        svc.save_log(LogInput(county["宏村镇"], at, "  ", reported_at=at - timedelta(hours=1)))
    assert set(exc.value.problems) == {"内容", "报告时间"}
