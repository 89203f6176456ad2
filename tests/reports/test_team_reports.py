"""`report teams`, `report members`, `report equipment`: the text an inspector reads."""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import timedelta
from pathlib import Path

import pytest

from emergency_desk.data.db import Database
from emergency_desk.data.teams import (
    EquipmentCategory,
    EquipmentCondition,
    MemberRole,
    TeamCategory,
)
from emergency_desk.reports.registry import REPORTS, generate_report
from emergency_desk.services.people import PersonInput
from emergency_desk.services.teams.equipment import EquipmentInput, EquipmentService
from emergency_desk.services.teams.members import MemberInput, MemberService
from emergency_desk.services.teams.teams import TeamInput, TeamService
from emergency_desk.values import id_check_char
from tests.session_day import SESSION_DAY

TODAY = SESSION_DAY
pytestmark = pytest.mark.usefixtures("on_session_day")
Reader = Callable[[Path], list[str]]



def _numeral(i: int) -> str:
    """Two digits as Chinese numerals: a 姓名 holds no digits (队员零三)."""
    return "".join("零一二三四五六七八九"[int(d)] for d in f"{i:02d}")

def _person(name: str, n: int, mobile: str | None = None) -> PersonInput:
    first17 = f"34102319850101{n:03d}"
    return PersonInput(name=name, id_card=first17 + id_check_char(first17),
                       mobile=mobile or f"1380000{n:04d}")


@pytest.fixture
def teams(db: Database, county: dict[str, int]) -> dict[str, int]:
    svc, members = TeamService(db), MemberService(db)
    a = svc.create(TeamInput("碧阳镇综合应急救援队", county["碧阳镇"],
                             TeamCategory.COMPREHENSIVE, planned_size=20,
                             specialties="防汛抗旱、森林消防", leader_name="汪建国",
                             leader_mobile="13905591234", duty_phone="0559-5521119"))
    members.create(MemberInput(_person("程丽华", 1), a,
                               insurance_expiry=TODAY - timedelta(days=3)))
    members.create(MemberInput(_person("汪建国", 2, "13905591234"), a, MemberRole.CAPTAIN,
                               insurance_expiry=TODAY + timedelta(days=300)))
    b = svc.create(TeamInput("宏村镇综合应急救援队", county["宏村镇"],
                             TeamCategory.COMPREHENSIVE, planned_size=20))
    for i in range(20):
        members.create(MemberInput(_person("队员" + _numeral(i), 10 + i), b))
    EquipmentService(db).create(EquipmentInput("冲锋舟", EquipmentCategory.RESCUE, quantity=2,
                                               unit="艘", team_id=a,
                                               condition=EquipmentCondition.NEEDS_REPAIR))
    return {"a": a, "b": b}


def test_reports_are_in_the_catalogue() -> None:
    assert {"teams", "members", "equipment"} <= set(REPORTS)


def test_team_summary_lists_teams_by_township_with_headcounts(
        db: Database, teams: dict[str, int], tmp_path: Path, read_pdf: Reader,
        assert_fonts_embedded: Callable[[Path], None]) -> None:
    out = generate_report(db, "teams", tmp_path / "teams.pdf")
    text = "\n".join(read_pdf(out))
    assert "应急救援队伍汇总表" in text
    assert "碧阳镇综合应急救援队" in text and "宏村镇综合应急救援队" in text
    assert "2/20" in text and "20/20" in text
    assert "冲锋舟2艘" in text
    assert "合计：队伍 2 支，在队队员 22 人" in text
    assert "13905591234" in text
    assert_fonts_embedded(out)


def test_members_roster_one_team_per_page_captain_first_id_masked(
        db: Database, teams: dict[str, int], tmp_path: Path, read_pdf: Reader,
        assert_fonts_embedded: Callable[[Path], None]) -> None:
    out = generate_report(db, "members", tmp_path / "members.pdf")
    pages = read_pdf(out)
    first = pages[0]
    assert "碧阳镇综合应急救援队（综合性，乡镇级）" in first
    assert first.index("汪建国") < first.index("程丽华")  # 队长 first
    assert "已过期" in first
    assert "3410**********" in first
    assert not re.search(r"341023\d{11}[\dX]", "\n".join(pages)), "unmasked 身份证号"
    assert "宏村镇综合应急救援队" not in first
    assert any("宏村镇综合应急救援队" in p for p in pages[1:])
    assert_fonts_embedded(out)


def test_members_roster_can_be_limited_to_a_township(
        db: Database, teams: dict[str, int], tmp_path: Path, read_pdf: Reader) -> None:
    out = generate_report(db, "members", tmp_path / "m.pdf", region="宏村镇")
    text = "\n".join(read_pdf(out))
    assert "宏村镇综合应急救援队" in text and "碧阳镇综合应急救援队" not in text


def test_equipment_list_marks_repairs(db: Database, teams: dict[str, int], tmp_path: Path,
                                      read_pdf: Reader) -> None:
    out = generate_report(db, "equipment", tmp_path / "e.pdf")
    text = "\n".join(read_pdf(out))
    assert "应急装备清单" in text and "冲锋舟" in text and "待修" in text


def test_dashboard_chart_counts_members_by_township(db: Database,
                                                    teams: dict[str, int]) -> None:
    from emergency_desk.reports.teams import team_members_figure

    ax = team_members_figure(db).axes[0]
    assert [tick.get_text() for tick in ax.get_yticklabels()] == ["碧阳镇", "宏村镇"]
    assert [round(p.get_width()) for p in ax.patches] == [2, 20]


def test_members_who_left_are_not_on_the_roster(db: Database, teams: dict[str, int],
                                                tmp_path: Path, read_pdf: Reader) -> None:
    from emergency_desk.services.teams.views import MemberQuery, TeamViews

    leaver = TeamViews(db).members(MemberQuery(team_id=teams["a"], search="程丽华"))[0]
    MemberService(db).leave(leaver.id, TODAY - timedelta(days=1))
    text = "\n".join(read_pdf(generate_report(db, "members", tmp_path / "m.pdf")))
    assert "程丽华" not in text and "汪建国" in text
