"""`report plans` (应急预案目录), `report drills` (应急演练记录表 and 年度演练统计) and
`report six` (“六有”自查表), docs/domain.md section 5 items 10, 11 and 13."""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import replace
from datetime import date
from pathlib import Path

from emergency_desk import i18n
from emergency_desk.data.db import Database
from emergency_desk.data.enums import RegionLevel
from emergency_desk.data.plans import DrillForm, PlanStatus, Rectification
from emergency_desk.i18n import t
from emergency_desk.reports.pdf import Col, Group, ReportDocument, Row, Styled
from emergency_desk.reports.scope import (
    current_view,
    resolve_region,
    scope_label,
    with_filters,
    within_path,
)
from emergency_desk.reports.tables import GREY, ORANGE, RED, Cell, colon
from emergency_desk.services.plans.annual_drills import AnnualDrillService
from emergency_desk.services.plans.six_have import Verdict, scorecard
from emergency_desk.services.plans.views import (
    DrillQuery,
    DrillRow,
    PlanQuery,
    PlanRow,
    PlanViews,
)
from emergency_desk.services.regions.regions import RegionRow

PLANS_TITLE = "应急预案目录"
PLANS_COLUMNS = ("序号", "预案名称", "类型", "事件类别", "编制单位", "文号", "版本", "发布日期",
                 "专家评审", "备案单位/日期", "最近修订", "最近演练", "下次评估期限", "状态")
# Shares in mm of a landscape page: every date column fits 2024-05-01 on one line.
_PLAN_WEIGHTS = (10, 34, 17, 16, 20, 22, 15, 21, 21, 24, 21, 21, 21, 12)
DRILLS_TITLE = "应急演练记录表"
DRILLS_COLUMNS = ("序号", "演练名称", "依据预案", "时间", "地点", "形式", "组织单位",
                  "参演单位/人数", "情景", "评估结论", "存在问题", "整改措施", "整改情况")
_DRILL_WEIGHTS = (9, 30, 30, 24, 20, 13, 20, 20, 22, 24, 24, 24, 15)  # mm-like shares
SIX_TITLE = "“六有”自查表"
SIX_COLUMNS = ("序号", "乡镇", "有班子", "有机制", "有预案", "有队伍", "有物资", "有培训演练",
               "达标项")
_CENTRE = {"序号", "类型", "版本", "状态", "形式", "整改情况", "时间", "发布日期", "专家评审",
           "最近修订", "最近演练", "下次评估期限"}


def _cols(names: Sequence[str], weights: Sequence[float]) -> list[Col]:
    return [Col(t(n), w, "right" if n == "序号" else "centre" if n in _CENTRE else "left")
            for n, w in zip(names, weights, strict=True)]


def _plan_query(scope: RegionRow | None) -> PlanQuery:
    """The plans in the --region; printed from the plans page, only those the page shows (its
    类型, 状态, 评估超期 and search filters, issue 17)."""
    q = PlanQuery()
    view = current_view(PlanQuery)
    if view is not None:
        page = view[0]
        q = replace(q, search=page.search, plan_types=page.plan_types, statuses=page.statuses,
                    review_overdue_on=page.review_overdue_on)
    if scope is None or scope.level == RegionLevel.COUNTY:
        return q
    if scope.level == RegionLevel.TOWNSHIP:
        return replace(q, township_id=scope.id)
    return replace(q, region_id=scope.id)


def _d(day: date | None) -> str:
    return day.isoformat() if day else ""


def _plan_cells(n: int, p: PlanRow, today: date) -> list[Cell]:
    due = p.next_review_due
    due_cell: Cell = _d(due)
    if due is not None and p.review_overdue(today):
        due_cell = Styled(due.isoformat(), RED, bold=True)
    filed: Cell = " ".join(x for x in (p.filed_to or "", _d(p.filed_date)) if x) or \
        (Styled(t("未备案"), ORANGE) if p.status != PlanStatus.DRAFT else "")
    reviewed: Cell = _d(p.expert_review_date)
    status: Cell = p.status.label
    if p.status in (PlanStatus.ABOLISHED, PlanStatus.DRAFT):
        status = Styled(p.status.label, GREY)
    return [n, p.name, p.plan_type.label, p.hazard_class or "", p.issuing_unit or "",
            p.doc_no or "", p.version or "", _d(p.issue_date), reviewed, filed,
            _d(p.last_revised_date), _d(p.last_drill_date) or Styled(t("未演练"), ORANGE),
            due_cell, status]


def build_plans(db: Database, out: Path, region: str | None = None) -> Path:
    scope = resolve_region(db, region)
    today = date.today()
    plans = PlanViews(db).list(_plan_query(scope))
    view = current_view(PlanQuery)
    filters = view[1] if view else ""
    doc = ReportDocument.for_db(db, t(PLANS_TITLE), landscape=True,
                                scope=with_filters(scope_label(scope), filters))
    overdue = sum(1 for p in plans if p.review_overdue(today))
    undrilled = sum(1 for p in plans if p.last_drill_date is None
                    and p.status not in (PlanStatus.ABOLISHED, PlanStatus.DRAFT))
    by_status = Counter(p.status for p in plans)
    comma, stop = (", ", ". ") if i18n.language() == "en" else ("，", "。")
    if not plans:  # no "共 0 份预案（）": say why the list is empty
        doc.text(t("统计范围内没有符合筛选条件的应急预案。") if filters else
                 t("尚未录入应急预案。请在“应急预案”页新增或导入预案目录。"))
    else:
        doc.text(t("共 {n} 份预案（{parts}）；", n=len(plans),
                   parts=comma.join(f"{s.label} {by_status[s]}" for s in PlanStatus
                                    if by_status[s])),
                 Styled(t("评估超期 {n} 份", n=overdue), RED if overdue else GREY), comma,
                 Styled(t("从未演练 {n} 份", n=undrilled), ORANGE if undrilled else GREY), stop,
                 t("下次评估期限为红色的已超期。"))
        groups: dict[str, list[PlanRow]] = defaultdict(list)
        for p in plans:
            groups[p.township or p.region_path].append(p)
        items: list[Group] = []
        seq = 0
        for town, rows in groups.items():
            cells: list[Sequence[Cell] | Row] = []
            for p in rows:
                seq += 1
                cells.append(_plan_cells(seq, p, today))
            items.append(Group(t("{town}（{n} 份）", town=town, n=len(rows)), cells))
        doc.table(_cols(PLANS_COLUMNS, _PLAN_WEIGHTS), items)
    doc.signature()
    return doc.save(out)


def _drill_cells(n: int, d: DrillRow) -> list[Cell]:
    units = "；".join(x for x in (d.participant_units or "",
                                 t("{n} 人", n=d.participants_count)
                                 if d.participants_count is not None else "") if x)
    evaluation: Cell = (d.evaluation or "") if d.evaluated else \
        Styled(t("未评估"), RED, bold=True)
    if not d.has_problems:
        rect: Cell = t("无")
    elif d.rectification == Rectification.DONE:
        rect = d.rectification.label
    else:
        rect = Styled((d.rectification or Rectification.PENDING).label, RED, bold=True)
    return [n, d.title, "、".join(d.plan_names), d.date.isoformat(), d.location or "",
            d.form.label if d.form else "", d.organizer or "", units, d.scenario or "",
            evaluation, d.problems or "", d.measures or "", rect]


def _in_scope(d: DrillRow, scope: RegionRow | None) -> bool:
    if scope is None or scope.level == RegionLevel.COUNTY:
        return True
    return within_path(d.region_path, scope.path)


def _drill_query(year: int) -> tuple[DrillQuery, str]:
    """This year's drills; printed from the drills tab, the ones the tab shows (its 年度, 仅未
    评估或未整改 and search filters, year None for 全部年度) and how 统计范围 names them."""
    q = DrillQuery(year=year, descending=False)
    view = current_view(DrillQuery)
    if view is None:
        return q, ""
    page = view[0]
    return replace(q, search=page.search, year=page.year, forms=page.forms,
                   plan_id=page.plan_id, unresolved_only=page.unresolved_only), view[1]


def build_drills(db: Database, out: Path, region: str | None = None) -> Path:
    scope = resolve_region(db, region)
    query, filters = _drill_query(date.today().year)
    year = query.year
    drills = [d for d in PlanViews(db).drills(query) if _in_scope(d, scope)]
    doc = ReportDocument.for_db(db, t(DRILLS_TITLE), landscape=True,
                                scope=with_filters(scope_label(scope), filters))
    counts = {"n": len(drills), "p": sum(d.participants_count or 0 for d in drills),
              "e": sum(1 for d in drills if not d.evaluated),
              "r": sum(1 for d in drills if d.open_problems)}
    if year is not None:
        doc.text(t("{year} 年共记录演练 {n} 次，参演 {p} 人次；未评估 {e} 次，问题未整改 {r} 次。",
                   year=year, **counts))
    else:  # 全部年度 on the tab
        doc.text(t("共记录演练 {n} 次，参演 {p} 人次；未评估 {e} 次，问题未整改 {r} 次。",
                   **counts))
    if drills:
        doc.table(_cols(DRILLS_COLUMNS, _DRILL_WEIGHTS),
                  [_drill_cells(i, d) for i, d in enumerate(drills, 1)])
    elif filters:
        doc.text(t("统计范围内没有符合筛选条件的演练记录。"))
    else:
        doc.text(t("本年度尚无演练记录。"))
    doc.heading(t("{year} 年度演练统计", year=year) if year is not None else t("演练统计"))
    _statistics(doc, drills)
    # The year's plan and its month chart belong to one year: a print of every year has none.
    plan = [] if year is None else AnnualDrillService(db).list(
        year, scope.id if scope and scope.level == RegionLevel.TOWNSHIP else None)
    if plan:
        doc.heading(t("{year} 年度演练计划", year=year))
        doc.table([Col(t("序号"), 0.5, "right"), Col(t("区划"), 1.6), Col(t("演练名称"), 2.6),
                   Col(t("计划月份"), 0.8, "centre"), Col(t("形式"), 0.8, "centre"),
                   Col(t("依据预案"), 2.4), Col(t("完成情况"), 0.8, "centre")],
                  [[i, a.region_path.split("/", 1)[-1], a.title,
                    t("{m} 月", m=a.month) if a.month else "", a.form.label if a.form else "",
                    a.plan_name or "", a.status.label] for i, a in enumerate(plan, 1)])
    if drills and year is not None:
        from emergency_desk.reports.plan_charts import drills_per_month_figure

        doc.figure(drills_per_month_figure(drills, year), width_ratio=0.6)
    doc.signature()
    return doc.save(out)


def _statistics(doc: ReportDocument, drills: list[DrillRow]) -> None:
    """Per township: drills by form, participants, evaluation and rectification."""
    forms = list(DrillForm)
    by_town: dict[str, list[DrillRow]] = defaultdict(list)
    for d in drills:
        by_town[d.township or t("县本级")].append(d)
    rows: list[list[Cell]] = []
    for town in sorted(by_town, key=lambda x: (x != t("县本级"), x)):
        ds = by_town[town]
        rows.append([town, len(ds), *[sum(1 for d in ds if d.form == f) for f in forms],
                     sum(d.participants_count or 0 for d in ds),
                     sum(1 for d in ds if not d.evaluated),
                     sum(1 for d in ds if d.open_problems)])
    total: list[Cell] = [t("合计"), len(drills),
                         *[sum(1 for d in drills if d.form == f) for f in forms],
                         sum(d.participants_count or 0 for d in drills),
                         sum(1 for d in drills if not d.evaluated),
                         sum(1 for d in drills if d.open_problems)]
    cols = [Col(t("乡镇"), 1.6), Col(t("演练次数"), 0.9, "right"),
            *[Col(f.label, 0.8, "right") for f in forms], Col(t("参演人次"), 0.9, "right"),
            Col(t("未评估"), 0.8, "right"), Col(t("问题未整改"), 0.9, "right")]
    doc.table(cols, rows, total=total)


def build_six(db: Database, out: Path, region: str | None = None) -> Path:
    scope = resolve_region(db, region)
    town_id = scope.id if scope is not None and scope.level == RegionLevel.TOWNSHIP else None
    cards = scorecard(db, township_id=town_id)
    doc = ReportDocument.for_db(db, t(SIX_TITLE), landscape=True, scope=scope_label(scope))
    doc.text(t("按各台账预警规则自动判定：有班子＝已录入应急管理领导小组及组长；"
               "有机制＝未来几天值班无缺口（D1）；"
               "有预案＝P5；有队伍＝T1；有物资＝S3、S9；有培训演练＝O4、T4、P2、P3。"
               "“未录入”表示该项所依据的台账尚无记录，无法判定，不计入达标项；"
               "达标项＝达标项数/已判定项数。"))
    colour = {Verdict.PASS: None, Verdict.FAIL: RED, Verdict.UNCHECKED: GREY,
              Verdict.NOT_ENTERED: GREY}
    rows: list[list[Cell]] = []
    for i, c in enumerate(cards, 1):
        marks: list[Cell] = [Styled(("√ " if it.verdict == Verdict.PASS else "") +
                                    it.verdict.label, colour[it.verdict],
                                    it.verdict == Verdict.FAIL) for it in c.items]
        rows.append([i, c.township, *marks, f"{c.passed}/{c.judged}"])
    weights = (0.5, 1.6, 1.0, 1.0, 1.0, 1.0, 1.0, 1.1, 0.8)
    cols = [Col(t(n), w, "left" if n == "乡镇" else "right" if n == "序号" else "centre")
            for n, w in zip(SIX_COLUMNS, weights, strict=True)]
    if not cards:
        doc.text(t("尚未录入乡镇。"))
    else:
        doc.table(cols, rows)
        doc.heading(t("未达标及未录入事项"))
        # An item no township has data for is said once, not on every line.
        nowhere = [it.name for k, it in enumerate(cards[0].items)
                   if all(c.items[k].verdict == Verdict.NOT_ENTERED for c in cards)]
        details: list[list[Cell]] = []  # one row per township keeps the sheet on one page
        for c in cards:
            failed = [t(it.name) + colon() + "；".join(it.problems[:6]) +
                      (t("…等 {n} 项", n=len(it.problems)) if len(it.problems) > 6 else "")
                      for it in c.items if it.verdict == Verdict.FAIL or
                      (it.verdict == Verdict.NOT_ENTERED and it.name not in nowhere)]
            if failed:
                details.append([c.township, "\n".join(failed)])
        if details:
            doc.table([Col(t("乡镇"), 1.2), Col(t("未达标、未录入项目及问题"), 9.0)], details)
        else:
            doc.text(t("各乡镇已判定的“六有”项目均已达标。"))
        for name in nowhere:
            item = cards[0].items[[i.name for i in cards[0].items].index(name)]
            doc.text(t("{item}：各乡镇均{what}，无法判定。", item=t(name),
                       what="；".join(item.problems) or t("未录入")))
    doc.signature()
    return doc.save(out)
