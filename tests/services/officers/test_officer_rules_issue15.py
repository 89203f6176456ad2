"""Issue 15: officer rules on a realistic county — status follows the dates (O2), only
灾害信息员 trainings count (O4/O5), rates count people (O5), one target per level (O5)."""

from __future__ import annotations

from datetime import date, timedelta

from officer_helpers import OfficerMaker

from emergency_desk.data.db import Database
from emergency_desk.data.officers import OfficerPost
from emergency_desk.data.people import TrainingAudience
from emergency_desk.services.checks import Alert, run_checks
from emergency_desk.services.officers.officers import OfficerService
from emergency_desk.services.officers.trainings import TrainingEventInput, TrainingService
from emergency_desk.services.officers.views import OfficerViews
from emergency_desk.services.settings import SettingsService

A, B = OfficerPost.A, OfficerPost.B
TODAY = date(2024, 6, 15)


def alerts(db: Database, rule: str, today: date = TODAY) -> list[Alert]:
    return run_checks(db, today=today, only=[rule])


def training(db: Database, title: str, day: date, people: list[int],
             audience: TrainingAudience | None = TrainingAudience.OFFICERS) -> int:
    svc = TrainingService(db)
    eid = svc.create_event(TrainingEventInput(title, day, audience=audience))
    svc.add_attendees(eid, people)
    return eid


def test_o2_a_b_whose_leave_date_has_passed_no_longer_counts(
        db: Database, officer: OfficerMaker) -> None:
    svc = OfficerService(db)
    svc.create(officer("汪村书记", "宏村村", A))
    # The clerk typed the 离任日期 but left the status at 在岗.
    svc.create(officer("胡委员", "宏村村", B, leave_date=TODAY - timedelta(days=3)))
    found = [a for a in alerts(db, "O2") if a.region == "宏村镇/宏村村"]
    assert [a.message for a in found] == ["灾害多发频发，缺B岗"]
    assert found[0].table == "region"


def test_o2_b_post_ending_tomorrow_or_today_still_covers(
        db: Database, officer: OfficerMaker) -> None:
    svc = OfficerService(db)
    svc.create(officer("汪村书记", "宏村村", A))
    svc.create(officer("胡委员", "宏村村", B, leave_date=TODAY + timedelta(days=1)))
    assert [a for a in alerts(db, "O2") if a.region == "宏村镇/宏村村"] == []
    assert [a for a in alerts(db, "O2", TODAY + timedelta(days=1))
            if a.region == "宏村镇/宏村村"] == []
    assert [a.message for a in alerts(db, "O2", TODAY + timedelta(days=2))
            if a.region == "宏村镇/宏村村"] == ["灾害多发频发，缺B岗"]


def test_o1_a_post_starting_next_month_does_not_cover_yet(
        db: Database, officer: OfficerMaker) -> None:
    OfficerService(db).create(officer("新书记", "古筑村", appoint_date=date(2024, 7, 1)))
    assert "碧阳镇/古筑村" in {a.region for a in alerts(db, "O1")}
    assert "碧阳镇/古筑村" not in {a.region for a in alerts(db, "O1", date(2024, 7, 1))}


def test_o4_a_rescue_team_drill_is_not_an_officer_training(
        db: Database, officer: OfficerMaker) -> None:
    o = OfficerService(db).create(officer("程队员", "古筑村", appoint_date=date(2020, 1, 1)))
    pid = OfficerViews(db).get(o).person_id
    training(db, "汛前应急救援队伍拉练", date(2024, 4, 1), [pid], TrainingAudience.TEAMS)
    found = [a for a in alerts(db, "O4") if a.region == "碧阳镇/古筑村"]
    assert [(a.subject, a.message) for a in found] == [
        ("程队员", "没有灾害信息员培训记录，请安排参加培训")]
    training(db, "灾害信息员业务培训", date(2023, 7, 1), [pid])  # 11 months and a half ago
    assert [a for a in alerts(db, "O4") if a.region == "碧阳镇/古筑村"] == []


def test_o5_counts_people_not_posts_and_only_officer_trainings(
        db: Database, officer: OfficerMaker) -> None:
    svc = OfficerService(db)
    # A village clerk holds both the A and the B post (O2 flags it, but the rate must not
    # count her twice); a second village officer only joined a rescue-team drill.
    first = svc.create(officer("李会计", "古筑村", A))
    svc.create(officer("李会计", "古筑村", B))
    other = svc.create(officer("王主任", "卢村村"))
    training(db, "灾害信息员业务培训", date(2024, 3, 1), [OfficerViews(db).get(first).person_id])
    training(db, "救援队伍拉练", date(2024, 3, 2), [OfficerViews(db).get(other).person_id],
             TrainingAudience.TEAMS)
    rates = {r.tier: (r.trained, r.officers) for r in TrainingService(db).training_rates(2024)}
    assert rates["village"] == (1, 2)
    SettingsService(db).set("training_rate_target_village", 60)
    found = alerts(db, "O5")
    assert [(a.subject, a.message) for a in found] == [
        ("村（社区）级", "2024 年参加灾害信息员培训 1/2 人（50%），低于目标 60%（本单位设置），"
                       "请组织未培训人员参训")]


def test_o5_targets_per_level_with_their_source(db: Database, officer: OfficerMaker) -> None:
    svc = OfficerService(db)
    town = svc.create(officer("镇应急办主任", "碧阳镇"))
    svc.create(officer("镇应急办干事", "宏村镇"))
    villagers = [svc.create(officer("村干部" + "零一二三四五六七八九"[i], v)) for i, v in
                 enumerate(["古筑村", "南屏村", "城东社区", "宏村村", "卢村村"])]
    training(db, "灾害信息员培训", date(2024, 3, 1),
             [OfficerViews(db).get(town).person_id, OfficerViews(db).get(villagers[0]).person_id])
    # 乡镇 1/2 = 50 % meets the default 50 %; 村 1/5 = 20 % meets 20 % (烈山区, F4).
    assert alerts(db, "O5") == []
    SettingsService(db).set("training_rate_target_township", 60)
    found = alerts(db, "O5")
    assert [a.subject for a in found] == ["乡镇级"]
    assert "低于目标 60%（本单位设置）" in found[0].message


def test_o5_default_source_is_shown(db: Database, officer: OfficerMaker) -> None:
    OfficerService(db).create(officer("镇应急办主任", "碧阳镇"))
    found = alerts(db, "O5")
    assert [a.subject for a in found] == ["乡镇级"]
    assert ("低于目标 50%（默认值，参照烈山区做法：乡镇灾害信息员每年培训率不低于50%）"
            in found[0].message)


def test_o3_a_successor_after_the_old_a_left(db: Database, officer: OfficerMaker,
                                            tmp_path: object) -> None:
    """The old village secretary's 离任日期 has passed, status still 在岗; the new one is A.
    Not "two As": one reminder to mark the old post 离岗, and the roster lists the new A."""
    from pathlib import Path

    import pypdf

    from emergency_desk.reports.registry import generate_report

    svc = OfficerService(db)
    svc.create(officer("老书记", "古筑村", A, leave_date=TODAY - timedelta(days=20)))
    svc.create(officer("新书记", "古筑村", A, appoint_date=TODAY - timedelta(days=19)))
    found = [(a.subject, a.message) for a in alerts(db, "O3")]
    assert found == [("老书记", f"已于 {(TODAY - timedelta(days=20)).isoformat()} 离任，"
                                "状态仍为在岗，请改为离岗")]
    out = generate_report(db, "officers", Path(str(tmp_path)) / "roster.pdf")
    text = "".join(p.extract_text() or "" for p in pypdf.PdfReader(out).pages)
    assert "新书记" in text and "老书记" not in text
