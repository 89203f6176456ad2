"""应急物资 charts for the dashboard and the expiry report: batches by category and expiry band,
and how many batches expire month by month (matplotlib Figures, no pyplot, no Qt)."""

from __future__ import annotations

from collections import Counter
from datetime import date

from matplotlib.figure import Figure
from matplotlib.ticker import MaxNLocator
from sqlalchemy import select

from emergency_desk.data.db import Database
from emergency_desk.data.models import Region
from emergency_desk.data.supplies import TOP_CATEGORIES, StockBatch, SupplyItem, Warehouse
from emergency_desk.i18n import t
from emergency_desk.reports.chart_fit import legend_below
from emergency_desk.reports.charts import chart_figure, style_axes, wrap_tick
from emergency_desk.services.supplies.stock import add_months
from emergency_desk.services.supplies.views import band_of, within_region

BAND_COLOURS = {"expired": "#C0392B", "30": "#E67E22", "90": "#F1C40F", "ok": "#5B8DB8",
                "none": "#95A5A6"}
BAND_NAMES = {"expired": "已过期", "30": "30天内到期", "90": "临期", "ok": "正常",
              "none": "无有效期"}


def _live_batches(db: Database, within_region_id: int | None = None
                  ) -> list[tuple[str | None, date | None]]:
    """(category code, expiry) of each batch in stock; with `within_region_id`, only those in
    warehouses of that region and below (a report's --region)."""
    with db.read() as s:
        stmt = (select(SupplyItem.category_code, StockBatch.expiry_date)
                .join(SupplyItem, SupplyItem.id == StockBatch.item_id)
                .join(Warehouse, Warehouse.id == StockBatch.warehouse_id)
                .where(StockBatch.is_deleted.is_(False), StockBatch.qty > 0,
                       Warehouse.is_deleted.is_(False)))
        if within_region_id is not None:
            stmt = stmt.join(Region, Region.id == Warehouse.region_id).where(
                within_region(s, within_region_id))
        return [(c, e) for c, e in s.execute(stmt)]


def stock_by_category_figure(db: Database, today: date | None = None,
                             near_days: int = 90) -> Figure:
    """Batches in stock per GB/T 38565 top class, stacked by expiry band."""
    today = today or date.today()
    counts: Counter[tuple[str, str]] = Counter()
    for code, expiry in _live_batches(db):
        counts[((code or "?")[0], band_of(expiry, today, near_days))] += 1
    classes = [(c, wrap_tick(t(name))) for c, name in TOP_CATEGORIES] + [("?", t("未分类"))]
    fig = chart_figure(6.4, 2.8)
    ax = fig.add_subplot()
    left = [0] * len(classes)
    for band, colour in BAND_COLOURS.items():
        values = [counts[(c, band)] for c, _ in classes]
        if any(values):
            ax.barh([n for _, n in classes], values, left=left, color=colour,
                    label=t(BAND_NAMES[band]))
            left = [a + b for a, b in zip(left, values, strict=True)]
    ax.invert_yaxis()
    ax.xaxis.set_major_locator(MaxNLocator(integer=True))
    ax.set_xlabel(t("在库批次数"))
    ax.set_title(t("各类物资在库批次（按有效期）"), fontsize=11)
    if any(left):
        legend_below(fig, ncol=5)
    style_axes(ax)
    return fig


def expiry_timeline_figure(db: Database, today: date | None = None, months: int = 12,
                           within_region_id: int | None = None) -> Figure:
    """Batches expiring in each of the coming months, with those already expired first;
    `within_region_id`: only the warehouses of that region and below."""
    today = today or date.today()
    starts = [add_months(today.replace(day=1), i) for i in range(months + 1)]
    labels = [t("已过期")] + [f"{d:%Y-%m}" for d in starts[:-1]]
    values = [0] * (months + 1)
    for _code, expiry in _live_batches(db, within_region_id):
        if expiry is None:
            continue
        if expiry < today:
            values[0] += 1
            continue
        for i in range(months):
            if starts[i] <= expiry < starts[i + 1]:
                values[i + 1] += 1
                break
    fig = chart_figure(6.4, 2.6)
    ax = fig.add_subplot()
    def colour(start: date) -> str:  # the band of the month's first days
        days = (start - today).days
        return BAND_COLOURS["30"] if days < 30 else BAND_COLOURS["90"] if days < 90 \
            else BAND_COLOURS["ok"]

    colours = [BAND_COLOURS["expired"]] + [colour(d) for d in starts[:-1]]
    ax.bar(range(len(values)), values, color=colours)
    ax.set_xticks(range(len(values)), labels, rotation=45, ha="right", fontsize=8)
    ax.yaxis.set_major_locator(MaxNLocator(integer=True))
    ax.set_ylabel(t("批次数"))
    ax.set_title(t("物资到期时间分布（未来 {n} 个月）", n=months), fontsize=11)
    ax.grid(axis="y", color="#DDDDDD", linewidth=0.8)
    ax.set_axisbelow(True)
    for side in ("top", "right"):
        ax.spines[side].set_visible(False)
    return fig
