"""`report regions`: 行政区划一览表, grouped by township with subtotals."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from pathlib import Path

from emergency_desk.data.db import Database
from emergency_desk.data.enums import RegionLevel
from emergency_desk.i18n import t
from emergency_desk.reports.pdf import Col, Group, ReportDocument, Row, Styled
from emergency_desk.reports.scope import resolve_region, scope_label
from emergency_desk.reports.tables import RED, Cell
from emergency_desk.services.regions.regions import RegionQuery, RegionRow, RegionService

TITLE = "行政区划一览表"
COLUMNS = ("序号", "区划代码", "名称", "层级", "上级", "灾害多发频发", "人口", "主要灾种", "备注")
_WEIGHTS = (0.6, 1.6, 1.5, 0.6, 1.3, 1.0, 0.9, 1.6, 1.6)
_ALIGN = {"序号": "right", "层级": "centre", "灾害多发频发": "centre", "人口": "right"}
_LOWEST = (RegionLevel.VILLAGE, RegionLevel.COMMUNITY)
Item = Sequence[Cell] | Row | Group


class _Tally:
    """Counts for a subtotal or the grand total."""

    def __init__(self) -> None:
        self.by_level: dict[RegionLevel, int] = defaultdict(int)
        self.prone: dict[RegionLevel, int] = defaultdict(int)
        self.population = 0
        self.no_population = 0

    def add(self, r: RegionRow) -> None:
        self.by_level[r.level] += 1
        if r.is_disaster_prone:
            self.prone[r.level] += 1
        if r.level in _LOWEST:  # population is summed over villages, never double-counted
            if r.population is None:
                self.no_population += 1
            else:
                self.population += r.population

    def lowest(self) -> int:
        return sum(self.by_level[lv] for lv in _LOWEST)

    def lowest_prone(self) -> int:
        return sum(self.prone[lv] for lv in _LOWEST)

    def population_text(self) -> str:
        text = t("人口 {n} 人", n=self.population)
        if self.no_population:
            text += t("（{n} 个村（社区）未填人口）", n=self.no_population)
        return text


def _cells(n: int, r: RegionRow) -> list[Cell]:
    prone: Cell = Styled(t("是"), RED, bold=True) if r.is_disaster_prone else t("否")
    return [n, r.code or "", r.name, r.level.label, r.parent_name or "", prone,
            r.population, r.main_hazards or "", r.remark or ""]


def _items(rows: list[RegionRow]) -> tuple[list[Item], _Tally]:
    ids = {r.id for r in rows}
    children: dict[int | None, list[RegionRow]] = defaultdict(list)
    for r in rows:
        children[r.parent_id if r.parent_id in ids else None].append(r)
    for kids in children.values():
        kids.sort(key=lambda r: (r.code or "~", r.name))
    items: list[Item] = []
    total = _Tally()
    seq = 0

    def emit(r: RegionRow) -> None:
        nonlocal seq
        seq += 1
        total.add(r)
        if r.level == RegionLevel.TOWNSHIP:
            tally = _Tally()
            group_rows: list[Sequence[Cell] | Row] = [Row(_cells(seq, r), "emphasis")]
            for v in children[r.id]:
                seq += 1
                total.add(v)
                tally.add(v)
                group_rows.append(_cells(seq, v))
            subtotal = t("{name} 小计：村（社区）{n} 个，其中灾害多发频发 {p} 个；{pop}",
                         name=r.name, n=tally.lowest(), p=tally.lowest_prone(),
                         pop=tally.population_text())
            items.append(Group(None, group_rows, subtotal, running=r.name))
        elif r.level == RegionLevel.COUNTY:
            items.append(Row(_cells(seq, r), "emphasis"))
            for c in children[r.id]:
                emit(c)
        else:
            items.append(_cells(seq, r))

    for root in children[None]:
        emit(root)
    return items, total


def build(db: Database, out: Path, region: str | None = None) -> Path:
    scope = resolve_region(db, region)
    q = RegionQuery(within_id=scope.id if scope else None)
    rows = RegionService(db).list(q)
    items, total = _items(rows)
    doc = ReportDocument.for_db(db, t(TITLE), scope=scope_label(scope))
    towns = total.by_level[RegionLevel.TOWNSHIP]
    # Scoped to one township, its subtotal already says everything a total would.
    whole = scope is None or scope.level == RegionLevel.COUNTY
    summary = t("合计：乡镇 {towns} 个（灾害多发频发 {tp} 个）；村 {v} 个、社区 {c} 个"
                "（灾害多发频发 {p} 个）；{pop}",
                towns=towns, tp=total.prone[RegionLevel.TOWNSHIP],
                v=total.by_level[RegionLevel.VILLAGE], c=total.by_level[RegionLevel.COMMUNITY],
                p=total.lowest_prone(), pop=total.population_text())
    if not rows:
        doc.text(t("尚未录入行政区划。"))
    else:
        cols = [Col(t(name), w, _ALIGN.get(name, "left"))
                for name, w in zip(COLUMNS, _WEIGHTS, strict=True)]
        doc.table(cols, items, total=summary if whole else None)
    if whole and towns > 1:  # a chart needs townships to compare
        from emergency_desk.reports.charts import regions_by_township_figure

        doc.figure(regions_by_township_figure(db), width_ratio=0.75)
    doc.signature()
    return doc.save(out)
