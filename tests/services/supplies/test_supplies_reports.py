"""`report stock`, `report expiry` and the printed slips: read the PDFs back."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest

from emergency_desk.reports.registry import generate_report
from emergency_desk.reports.supplies import build_slip
from emergency_desk.services.supplies.quota import QuotaInput, QuotaService
from emergency_desk.services.supplies.stock import DocHeader, LineOut, StockService
from tests.reports.conftest import SUBSET, pdf_fonts, pdf_pages
from tests.services.supplies.conftest import Depot


def _flat(path: Path) -> str:
    return "".join("".join(pdf_pages(path)).split())


def test_stock_ledger_lists_batches_by_warehouse_with_a_summary(depot: Depot,
                                                                tmp_path: Path) -> None:
    today = date.today()
    depot.receive(depot.county_wh, depot.tent, 280, "ZP2025", today + timedelta(days=900))
    depot.receive(depot.town_wh, depot.water, 60, "W-OLD", today - timedelta(days=3))
    out = generate_report(depot.db, "stock", tmp_path / "stock.pdf")
    text = _flat(out)
    for needle in ("应急物资储备台账（明细表）", "县级救灾物资储备库", "碧阳镇应急物资储备点",
                   "救灾帐篷", "ZP2025", "280", "已过期", "仓库汇总表", "合计：2个批次"):
        assert needle in text, needle
    fonts = [str(f["/BaseFont"]) for f in pdf_fonts(out)]
    assert fonts and all(SUBSET.match(f) for f in fonts)  # embedded subsets: no boxes
    assert any("DroidSansFallback" in f for f in fonts)
    scoped = _flat(generate_report(depot.db, "stock", tmp_path / "by.pdf", region="碧阳镇"))
    assert "W-OLD" in scoped and "ZP2025" not in scoped


def test_expiry_list_and_replenishment_plan(depot: Depot, tmp_path: Path) -> None:
    today = date.today()
    depot.receive(depot.town_wh, depot.water, 30, "W-OLD", today - timedelta(days=3))
    depot.receive(depot.town_wh, depot.water, 40, "W-NEAR", today + timedelta(days=20))
    depot.receive(depot.town_wh, depot.water, 50, "W-FAR", today + timedelta(days=300))
    QuotaService(depot.db).save_quota(QuotaInput(depot.town_wh, depot.water, 100, 150))
    text = _flat(generate_report(depot.db, "expiry", tmp_path / "expiry.pdf"))
    assert "W-OLD" in text and "W-NEAR" in text and "W-FAR" not in text
    assert text.index("W-OLD") < text.index("W-NEAR")  # expired first
    assert "储备补充计划" in text
    # Usable 90 (the expired 30 do not count) → short 10; suggested 150 − (90 − 40) = 100.
    assert "瓶装饮用水" in text.split("储备补充计划")[1]
    assert "10100" in text.split("储备补充计划")[1].replace("箱", "")


def test_issue_slip_carries_number_lines_and_signatures(depot: Depot, tmp_path: Path) -> None:
    batch = depot.receive(depot.county_wh, depot.tent, 10, "T1")
    booked = StockService(depot.db).issue(depot.county_wh, DocHeader(
        date(2026, 7, 3), handler="汪建国", approver="胡建国", receiver="宏村村委会",
        purpose="抢险"), [LineOut(batch, 4)])
    text = _flat(build_slip(depot.db, booked.doc_id, tmp_path / "slip.pdf"))
    for needle in ("应急物资出库（发放）单", booked.doc_no, "救灾帐篷", "T1", "抢险",
                   "经办人（签字）", "审批人（签字）", "接收人（签字）", "汪建国胡建国宏村村委会"):
        assert needle in text, needle


def test_count_sheet_prints_book_quantities_and_blank_counts(depot: Depot,
                                                            tmp_path: Path) -> None:
    from emergency_desk.reports.supplies_sheets import build_count_sheet

    depot.receive(depot.town_wh, depot.jacket, 40, "J-77")
    text = _flat(build_count_sheet(depot.db, depot.town_wh, tmp_path / "count.pdf"))
    for needle in ("应急物资盘点表", "碧阳镇应急物资储备点", "J-77", "账面数", "实存数",
                   "盘点人（签字）", "监盘人（签字）"):
        assert needle in text, needle


def test_agreements_directory_marks_ones_ending_soon(depot: Depot, tmp_path: Path) -> None:
    from emergency_desk.services.supplies.quota import AgreementInput

    today = date.today()
    QuotaService(depot.db).save_agreement(AgreementInput(
        "黟县百货超市", "XY-01", depot.regions["碧阳镇"], today - timedelta(days=300),
        today + timedelta(days=10), "程海涛", "13905591234", 6, [(depot.water, 500)]))
    text = _flat(generate_report(depot.db, "agreements", tmp_path / "agr.pdf"))
    for needle in ("协议储备单位名录", "黟县百货超市", "XY-01", "即将到期", "瓶装饮用水", "500箱",
                   "6小时", "13905591234"):
        assert needle in text, needle


def test_expiry_chart_covers_the_same_region_as_the_list(depot: Depot, tmp_path: Path,
                                                         monkeypatch: pytest.MonkeyPatch
                                                         ) -> None:
    """`report expiry --region 碧阳镇`: the chart under the list counts the township's batches
    only, as the list does (it drew the whole county: the county store's expired batch and
    its batches due next month showed in a township's chart)."""
    from emergency_desk.reports.pdf import ReportDocument

    today = date.today()
    depot.receive(depot.county_wh, depot.water, 5, "C-OLD", today - timedelta(days=3))
    depot.receive(depot.county_wh, depot.water, 5, "C-NEAR1", today + timedelta(days=20))
    depot.receive(depot.county_wh, depot.water, 5, "C-NEAR2", today + timedelta(days=25))
    depot.receive(depot.town_wh, depot.water, 5, "T-NEAR", today + timedelta(days=20))
    charts: list[Any] = []
    monkeypatch.setattr(ReportDocument, "figure",
                        lambda self, fig, *a, **k: charts.append(fig))
    text = _flat(generate_report(depot.db, "expiry", tmp_path / "town.pdf", region="碧阳镇"))
    assert "T-NEAR" in text and "C-OLD" not in text and "C-NEAR1" not in text
    assert "已过期0批" in text and "1批" in text
    heights = [p.get_height() for p in charts[-1].axes[0].patches]
    assert heights[0] == 0 and sum(heights) == 1  # none expired; the township's one batch
    generate_report(depot.db, "expiry", tmp_path / "all.pdf")  # the county: all four
    heights = [p.get_height() for p in charts[-1].axes[0].patches]
    assert heights[0] == 1 and sum(heights) == 4
