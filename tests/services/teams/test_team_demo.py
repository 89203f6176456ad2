"""The demo county's rescue teams show every team rule, and captains are shared officers."""

from __future__ import annotations

from datetime import date

import pytest

from emergency_desk.data.db import Database
from emergency_desk.data.teams import MemberRole, TeamCategory, TeamLevel
from emergency_desk.services.checks import run_checks
from emergency_desk.services.demo import county as demo
from emergency_desk.services.demo import teams as demo_teams
from emergency_desk.services.demo.county import build_demo
from emergency_desk.services.demo.officers import build_demo_officers
from emergency_desk.services.teams.views import MemberQuery, TeamQuery, TeamViews

TODAY = date(2025, 6, 1)


@pytest.fixture
def demo_db(db: Database, monkeypatch: pytest.MonkeyPatch) -> Database:
    # The order the integrated program runs: regions, officers, then teams.
    regions = demo.steps()[0]
    monkeypatch.setattr(demo, "steps", lambda: [
        regions, ("灾害信息员", lambda s, ctx: build_demo_officers(s, ctx.today)),
        ("救援队伍", demo_teams.demo_step)])
    build_demo(db, today=TODAY)
    return db


def test_demo_teams_cover_the_kinds_an_office_has(demo_db: Database) -> None:
    teams = TeamViews(demo_db).list(TeamQuery())
    by_name = {r.name: r for r in teams}
    brigade = by_name["黟县综合应急救援大队"]
    assert brigade.level == TeamLevel.COUNTY and brigade.members >= 30
    assert by_name["柯村镇半专业扑火队"].category == TeamCategory.FOREST_FIRE
    assert by_name["西递村微型消防站"].category == TeamCategory.MICRO_FIRE
    assert by_name["黟县水上搜救队"].category == TeamCategory.PROFESSIONAL
    towns = [r for r in teams if r.level == TeamLevel.TOWNSHIP
             and r.category == TeamCategory.COMPREHENSIVE]
    assert len(towns) == 8


def test_demo_gaps_fire_each_team_rule(demo_db: Database) -> None:
    alerts = run_checks(demo_db, today=TODAY, only=["T1", "T2", "T3", "T4", "T5", "T6"])
    by_rule: dict[str, list[str]] = {}
    for a in alerts:
        by_rule.setdefault(a.rule, []).append(a.subject)
    assert by_rule["T1"] == ["渔亭镇综合应急救援队"]
    assert "西递村微型消防站" in by_rule["T2"]
    assert len(by_rule["T3"]) >= 5
    assert by_rule["T4"] == ["洪星乡综合应急救援队"]
    assert any("发电机" in s for s in by_rule["T5"]) and any("冲锋舟" in s for s in by_rule["T5"])
    # 美溪乡: no lighting (the setting's categories and the 乡镇级 standard); the water team's
    # 冲锋舟 waits for repair and 西递村 lacks the 村级 standard's 灭火器 (issue 16).
    assert sorted(by_rule["T6"]) == sorted(["美溪乡综合应急救援队", "黟县水上搜救队",
                                            "西递村微型消防站"])
    t6 = {a.subject: a.message for a in alerts if a.rule == "T6"}
    assert "照明动力" in t6["美溪乡综合应急救援队"] and "移动照明灯" in t6["美溪乡综合应急救援队"]
    assert "冲锋舟 应配 2艘，现有 0" in t6["黟县水上搜救队"]
    assert "灭火器 应配 4具" in t6["西递村微型消防站"]


def test_township_captains_are_the_township_officers(demo_db: Database) -> None:
    captains = [m for m in TeamViews(demo_db).members(MemberQuery())
                if m.role == MemberRole.CAPTAIN]
    shared = [m for m in captains if m.is_officer]
    assert len(shared) >= 7
    assert all(m.team_name.endswith("综合应急救援队") for m in shared)
