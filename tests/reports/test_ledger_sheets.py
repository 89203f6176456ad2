"""The registers an inspector asks for, as printed: a township that has none of what a
report lists is told so (not that the county has none), and each ledger ends with its 合计."""

from __future__ import annotations

from pathlib import Path

import pypdf
import pytest

from emergency_desk.data.db import Database
from emergency_desk.reports.registry import generate_report
from emergency_desk.services.checks import run_checks
from emergency_desk.services.regions.regions import RegionService
from emergency_desk.services.resources.contacts import ContactService
from emergency_desk.services.resources.experts import ExpertService
from emergency_desk.services.resources.hazards import HazardService
from emergency_desk.services.resources.shelters import ShelterService
from emergency_desk.services.township.managers import ManagersService


def _text(path: Path) -> str:
    return "".join(p.extract_text() or "" for p in pypdf.PdfReader(path).pages)


@pytest.mark.parametrize(("report", "nothing_here", "nothing_anywhere"), [
    ("hazards", "统计范围内没有隐患点。", "尚未录入隐患点。"),
    ("agreements", "统计范围内没有协议储备单位。", "尚未登记协议储备单位。"),
    ("cases", "统计范围内没有案例。", "案例库中尚无案例。"),
])
def test_a_township_without_any_is_told_apart_from_a_county_without_any(
        demo_db: Database, tmp_path: Path, report: str, nothing_here: str,
        nothing_anywhere: str) -> None:
    town = _text(generate_report(demo_db, report, tmp_path / "town.pdf", region="碧阳镇"))
    assert nothing_here in town and nothing_anywhere not in town
    county = _text(generate_report(demo_db, report, tmp_path / "county.pdf"))
    assert nothing_here not in county and nothing_anywhere not in county  # the demo has some


def _last_line(text: str, start: str) -> str:
    return [line for line in text.splitlines() if line.startswith(start)][-1]


def test_each_ledger_ends_with_its_total(demo_db: Database, tmp_path: Path) -> None:
    shelters = ShelterService(demo_db).list()
    total = _last_line(_text(generate_report(demo_db, "shelters", tmp_path / "s.pdf")), "合计")
    people = sum(s.capacity or 0 for s in shelters)
    area = sum(s.effective_area_m2 or 0 for s in shelters)
    assert total == f"合计 {len(shelters)} 处，可容纳 {people} 人，有效避难面积 {area:.0f} ㎡"

    hazards = HazardService(demo_db).list(active_only=True)
    total = _last_line(_text(generate_report(demo_db, "hazards", tmp_path / "h.pdf")), "合计")
    assert total == (f"合计 {len(hazards)} 处，威胁 {sum(h.households or 0 for h in hazards)} "
                     f"户 {sum(h.people or 0 for h in hazards)} 人")

    experts = len(ExpertService(demo_db).list())
    text = _text(generate_report(demo_db, "experts", tmp_path / "e.pdf"))
    assert _last_line(text, "合计") == f"合计 {experts} 人"
    managers = len(ManagersService(demo_db).list(include_left=False))
    text = _text(generate_report(demo_db, "managers", tmp_path / "m.pdf"))
    assert _last_line(text, "合计") == f"合计 {managers} 名"


def test_the_teams_total_explains_red_only_where_a_count_is_red(
        demo_db: Database, tmp_path: Path) -> None:
    key = "红色人数低于综合性队伍最低人数要求"
    short = {a.region.split("/")[0] for a in run_checks(demo_db, only=["T1"])}
    assert short, "the demo has a team below the minimum"
    county = _text(generate_report(demo_db, "teams", tmp_path / "county.pdf"))
    assert key in county.replace("\n", "")
    towns = {r.name for r in RegionService(demo_db).townships()}
    fine = sorted(towns - short)[0]
    town = _text(generate_report(demo_db, "teams", tmp_path / "town.pdf", region=fine))
    assert "合计：队伍" in town and key not in town.replace("\n", "")


def test_a_townships_contact_sheet_keeps_the_county_numbers(
        demo_db: Database, tmp_path: Path) -> None:
    every = ContactService(demo_db).list()
    county_wide = [c for c in every if "/" not in (c.region_path or "")]
    others = [c for c in every if c.region_path and c.region_path.startswith("黟县/宏村镇")]
    assert county_wide and others
    text = _text(generate_report(demo_db, "contacts", tmp_path / "c.pdf", region="碧阳镇"))
    flat = text.replace("\n", "")
    assert all(c.unit in flat for c in county_wide)
    assert "碧阳镇" in flat and not any(c.unit in flat for c in others)


def test_a_village_report_leaves_out_a_sibling_whose_name_starts_the_same(
        db: Database, county: dict[str, int], tmp_path: Path) -> None:
    """宏村's cases are not 宏村新村's: the scope is the village and what lies below it, not
    every path that starts with the same characters."""
    from emergency_desk.data.enums import RegionLevel
    from emergency_desk.services.library.cases import CaseInput, CaseService
    from emergency_desk.services.regions.regions import RegionInput

    sibling = RegionService(db).create(RegionInput("宏村新村", RegionLevel.VILLAGE,
                                                   county["宏村镇"]))
    cases = CaseService(db)
    cases.save(CaseInput("宏村山洪转移", region_id=county["宏村"]))
    cases.save(CaseInput("宏村新村滑坡避险", region_id=sibling))
    village = _text(generate_report(db, "cases", tmp_path / "village.pdf", region="宏村"))
    assert "宏村山洪转移" in village and "宏村新村滑坡避险" not in village
    town = _text(generate_report(db, "cases", tmp_path / "town.pdf", region="宏村镇"))
    assert "宏村山洪转移" in town and "宏村新村滑坡避险" in town
