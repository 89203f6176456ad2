"""`report replenishment` (储备补充计划, issue 16), counted by hand on a small case:

碧阳镇储备点  救灾帐篷  定额 最低 10 / 标准 20; 在库 4 顶            → 缺口 6, 建议 16
县级库        瓶装饮用水 定额 最低 20 / 标准 30; 在库 25 箱 (远期) + 10 箱 (20 天后到期)
              + 5 箱 (已过期, 不计)                                 → 可用 35, 缺口 0,
                                                                       建议 30 − (35 − 10) = 5
县级库        救生衣    定额 最低 5 (无标准); 在库 8 件               → 不需补充, 不列出
"""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

from emergency_desk.reports.registry import REPORTS, generate_report
from emergency_desk.reports.replenishment import plan_in
from emergency_desk.services.supplies.quota import QuotaInput, QuotaService
from tests.reports.conftest import pdf_pages
from tests.services.supplies.conftest import Depot


def _case(depot: Depot) -> None:
    today = date.today()
    quotas = QuotaService(depot.db)
    quotas.save_quota(QuotaInput(depot.town_wh, depot.tent, 10, 20))
    quotas.save_quota(QuotaInput(depot.county_wh, depot.water, 20, 30))
    quotas.save_quota(QuotaInput(depot.county_wh, depot.jacket, 5))
    depot.receive(depot.town_wh, depot.tent, 4, "T-1")
    depot.receive(depot.county_wh, depot.water, 25, "W-FAR", today + timedelta(days=400))
    depot.receive(depot.county_wh, depot.water, 10, "W-NEAR", today + timedelta(days=20))
    depot.receive(depot.county_wh, depot.water, 5, "W-OLD", today - timedelta(days=2))
    depot.receive(depot.county_wh, depot.jacket, 8, "J-1")


def test_plan_counts_match_the_hand_count(depot: Depot) -> None:
    _case(depot)
    today = date.today()
    needed, batches, looked_at, _ = plan_in(depot.db, today)
    assert looked_at == 3
    got = {(p.item_name, p.available, p.shortfall, p.suggested) for p in needed}
    assert got == {("救灾帐篷", 4.0, 6.0, 16.0), ("瓶装饮用水", 35.0, 0.0, 5.0)}
    water = next(p for p in needed if p.item_name == "瓶装饮用水")
    near_day = (today + timedelta(days=20)).isoformat()
    assert batches[(water.warehouse_id, water.item_id)] == [f"W-NEAR 10（{near_day} 到期）"]


def test_pdf_lists_the_lines_with_header_and_signature(depot: Depot, tmp_path: Path) -> None:
    _case(depot)
    assert "replenishment" in REPORTS
    pages = pdf_pages(generate_report(depot.db, "replenishment", tmp_path / "plan.pdf"))
    text = "".join(pages).replace(" ", "").replace("\n", "")
    assert "储备补充计划" in text
    assert "共3项储备定额，需补充2项，其中低于最低储备1项" in text
    assert "救灾帐篷" in text and "瓶装饮用水" in text and "救生衣" not in text
    assert "W-NEAR" in text and "W-FAR" not in text and "W-OLD" not in text
    assert "碧阳镇应急物资储备点小计：1项" in text
    assert "填表人" in text and "审核人" in text  # the signature block


def test_without_quotas_the_report_says_what_to_do(depot: Depot, tmp_path: Path) -> None:
    pages = pdf_pages(generate_report(depot.db, "replenishment", tmp_path / "plan.pdf"))
    assert "尚未设置储备定额" in "".join(pages).replace("\n", "")
