"""The dashboard card's numbers and the two charts of the plan register."""

from __future__ import annotations

from datetime import date

from emergency_desk.data.db import Database
from emergency_desk.data.plans import PlanStatus, PlanType
from emergency_desk.reports.plan_charts import drills_per_month_figure, plans_by_status_figure
from emergency_desk.services.plans.views import PlanViews, plan_summary
from tests.services.plans.conftest import DrillMaker, PlanMaker

TODAY = date(2024, 6, 15)


def test_summary_counts(db: Database, plan: PlanMaker, drill: DrillMaker) -> None:
    old = plan("过期总体", "黟县", PlanType.OVERALL, issue_date=date(2020, 1, 1))
    plan("未演练专项", "黟县", PlanType.SPECIAL)
    plan("草稿", "碧阳镇", PlanType.SPECIAL, status=PlanStatus.DRAFT)
    drill("今年演练", date(2024, 3, 1), plans=[old])
    drill("去年演练", date(2023, 3, 1), plans=[old], evaluation=None)
    s = plan_summary(db, TODAY)
    assert (s.plans, s.in_force, s.review_overdue, s.never_drilled) == (3, 2, 1, 1)
    assert (s.drills_this_year, s.unresolved_drills) == (1, 1)
    assert s.by_status[PlanStatus.DRAFT] == 1 and s.by_status[PlanStatus.PUBLISHED] == 2


def test_charts_draw_the_counts(db: Database, plan: PlanMaker, drill: DrillMaker) -> None:
    pid = plan("防汛", "黟县")
    for i, month in enumerate((3, 3, 5)):
        drill(f"演练{i}", date(2024, month, 1), plans=[pid])
    drill("前一年", date(2023, 3, 1), plans=[pid])
    fig = drills_per_month_figure(PlanViews(db).drills(), 2024)
    heights = [int(b.get_height()) for b in fig.axes[0].patches]
    assert heights == [0, 0, 2, 0, 1, 0, 0, 0, 0, 0, 0, 0]
    fig2 = plans_by_status_figure(PlanViews(db).list())
    assert sum(int(b.get_width()) for b in fig2.axes[0].patches) == 1
