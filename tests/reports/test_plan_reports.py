"""`report plans` (预案目录), `report drills` (演练记录表 and statistics) and `report six`
(六有自查表): read back, scoped by --region, fonts embedded."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from emergency_desk.data.db import Database
from emergency_desk.data.plans import DrillForm, PlanType, Rectification
from emergency_desk.reports.registry import REPORTS, generate_report
from emergency_desk.services.officers.trainings import months_before
from emergency_desk.services.plans.drills import DrillInput, DrillService
from emergency_desk.services.plans.leadership import LeadershipInput, LeadershipService
from emergency_desk.services.plans.plans import PlanInput, PlanService, add_years
from emergency_desk.services.plans.six_have import scorecard
from tests.session_day import SESSION_DAY

TODAY = SESSION_DAY
pytestmark = pytest.mark.usefixtures("on_session_day")


def _data(db: Database, county: dict[str, int]) -> None:
    svc = PlanService(db)
    old = svc.create(PlanInput("黟县突发事件总体应急预案", PlanType.OVERALL, county["黟县"],
                               issue_date=months_before(TODAY, 40), doc_no="黟政〔2020〕1号",
                               expert_review_date=months_before(TODAY, 41),
                               filed_to="黄山市人民政府", filed_date=months_before(TODAY, 40)))
    svc.create(PlanInput("黟县民用航空器应急预案", PlanType.SPECIAL, county["黟县"],
                         issue_date=months_before(TODAY, 5)))
    flood = svc.create(PlanInput("碧阳镇防汛抗旱应急预案", PlanType.SPECIAL, county["碧阳镇"],
                                 issue_date=months_before(TODAY, 12)))
    drills = DrillService(db)
    drills.create(DrillInput("古筑村山洪转移演练", TODAY, DrillForm.LIVE,
                             region_id=county["古筑村"], plan_ids=(flood,),
                             participants_count=85, evaluation="转移及时",
                             problems="预警喇叭覆盖不全", measures="增设喇叭"))
    drills.create(DrillInput("全县综合应急演练", TODAY, DrillForm.COMPREHENSIVE,
                             region_id=county["黟县"], plan_ids=(old,), participants_count=200,
                             rectification=Rectification.DONE))
    LeadershipService(db).save(LeadershipInput(county["碧阳镇"], "碧阳镇应急管理领导小组"))


def test_catalogue_lists_the_three_reports() -> None:
    assert REPORTS["plans"].title == "应急预案目录"
    assert "下次评估期限" in REPORTS["plans"].columns_zh
    assert REPORTS["drills"].columns_zh[-1] == "整改情况"
    assert REPORTS["six"].columns_zh[2:8] == ("有班子", "有机制", "有预案", "有队伍", "有物资",
                                             "有培训演练")


def test_plan_catalogue_shows_due_dates_and_gaps(
        db: Database, county: dict[str, int], tmp_path: Path,
        read_pdf: Callable[[Path], list[str]],
        assert_fonts_embedded: Callable[[Path], None]) -> None:
    _data(db, county)
    out = generate_report(db, "plans", tmp_path / "plans.pdf")
    text = "".join(read_pdf(out))
    assert "应急预案目录" in text and "黟县突发事件总体应急预案" in text
    due = add_years(months_before(TODAY, 40), 3)
    assert due.isoformat() in text  # 下次评估期限 = issued + 3 years
    assert "评估超期 1 份" in text and "从未演练 1 份" in text and "未备案" in text
    assert_fonts_embedded(out)
    town = "".join(read_pdf(generate_report(db, "plans", tmp_path / "t.pdf", region="碧阳镇")))
    assert "碧阳镇防汛抗旱应急预案" in town and "黟县突发事件总体应急预案" not in town


def test_drill_record_and_statistics(db: Database, county: dict[str, int], tmp_path: Path,
                                     read_pdf: Callable[[Path], list[str]]) -> None:
    _data(db, county)
    text = "".join(read_pdf(generate_report(db, "drills", tmp_path / "drills.pdf")))
    assert "古筑村山洪转移演练" in text and "碧阳镇防汛抗旱应急预案" in text
    assert "预警喇叭覆盖不全" in text and "未整改" in text and "未评估" in text
    assert f"{TODAY.year} 年共记录演练 2 次，参演 285 人次；未评估 1 次，问题未整改 1 次" in text
    assert f"{TODAY.year} 年度演练统计" in text
    town = "".join(read_pdf(generate_report(db, "drills", tmp_path / "d.pdf", region="碧阳镇")))
    assert "全县综合应急演练" not in town and "古筑村山洪转移演练" in town


def test_six_have_self_check(db: Database, county: dict[str, int], tmp_path: Path,
                             read_pdf: Callable[[Path], list[str]]) -> None:
    _data(db, county)
    text = "".join(read_pdf(generate_report(db, "six", tmp_path / "six.pdf")))
    assert "“六有”自查表" in text and "碧阳镇" in text and "宏村镇" in text
    assert "未录入应急管理领导小组" in text  # 宏村镇 has no leadership group
    # The printed score is the service's, whichever registers' rules are in force.
    rows = {r.township: r for r in scorecard(db)}
    assert "未达标" in text
    assert f"{rows['碧阳镇'].passed}/{rows['碧阳镇'].judged}" in text
    assert f"{rows['宏村镇'].passed}/{rows['宏村镇'].judged}" in text
    assert "有机制：各乡镇均未录入值班表，无法判定。" in text
    assert rows["宏村镇"].passed < rows["碧阳镇"].passed  # no group, no plans, no drill
