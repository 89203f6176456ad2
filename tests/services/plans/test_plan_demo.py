"""The demo plans and drills: valid records that show the gaps a township office must see."""

from __future__ import annotations

from datetime import date

from emergency_desk.data.db import Database
from emergency_desk.services.checks import run_checks
from emergency_desk.services.demo.county import build_demo
from emergency_desk.services.plans.six_have import Verdict, scorecard
from emergency_desk.services.plans.views import DrillQuery, PlanQuery, PlanViews

TODAY = date(2025, 6, 1)


def test_demo_plans_show_the_expected_gaps(db: Database) -> None:
    summary = build_demo(db, today=TODAY)
    assert summary.counts["应急预案"] > 80 and summary.counts["应急演练"] > 60
    views = PlanViews(db)
    assert views.count(PlanQuery(search="黟县突发事件总体应急预案")) == 1
    found = {(a.rule, a.subject) for a in run_checks(db, today=TODAY)}
    assert ("P1", "黟县突发事件总体应急预案") in found  # the general plan is overdue
    assert ("P1", "黟县低温雨雪冰冻应急预案") in found
    assert ("P3", "黟县民用航空器应急预案") in found  # the never-drilled special plan
    assert {s for r, s in found if r == "P3"} == {"黟县民用航空器应急预案"}
    assert ("P2", "黟县非煤矿山应急预案") in found
    assert ("P4", "黟县油气长输管道应急预案") in found
    assert ("P5", "洪星乡") in found  # the township without its 总体 plan
    assert ("P5", "朱村") in found
    p6 = {s for r, s in found if r == "P6"}
    assert any(s.startswith("柯村镇森林火灾扑救演练") for s in p6)  # no evaluation
    assert any(s.startswith("美溪乡地质灾害避险演练") for s in p6)  # problems open
    assert ("P8", "深冲村") in found
    assert views.count_drills(DrillQuery(unresolved_only=True)) == 3
    cards = {c.township: {i.name: i.verdict for i in c.items}
             for c in scorecard(db, today=TODAY)}
    assert cards["洪星乡"]["有班子"] == Verdict.NOT_ENTERED
    assert cards["宏村镇"]["有班子"] == Verdict.PASS
    assert cards["洪星乡"]["有预案"] == Verdict.FAIL
