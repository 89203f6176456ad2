"""综合台账汇总 (`report summary --period YYYY-MM|YYYY-Qn|YYYY`): one or two pages for an
inspection — what each register held at the end of the period, what changed within it, the
alerts open at its end, and 六有 per township."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

from emergency_desk.data.db import Database
from emergency_desk.data.enums import RegionLevel
from emergency_desk.i18n import t
from emergency_desk.reports.alerts import in_scope
from emergency_desk.reports.pdf import ReportDocument
from emergency_desk.reports.scope import resolve_region, scope_label
from emergency_desk.reports.tables import GREY, RED, Col, Styled
from emergency_desk.services.checks import rules, run_checks
from emergency_desk.services.plans.six_have import Verdict, scorecard
from emergency_desk.services.summary.counts import changes, register_counts
from emergency_desk.services.summary.period import parse_period

TITLE = "综合台账汇总"
COLUMNS = ("台账", "期末数量", "本期新增", "本期删除")


def build(db: Database, out: Path, region: str | None = None,
          period_text: str | None = None) -> Path:
    period = parse_period(period_text)
    scope = resolve_region(db, region)
    town = scope if scope is not None and scope.level == RegionLevel.TOWNSHIP else None
    # Below the county, every figure is the region's and its villages', as in the other
    # reports; the county itself is everything.
    within = scope if scope is not None and scope.level != RegionLevel.COUNTY else None
    doc = ReportDocument.for_db(db, t(TITLE), scope=scope_label(scope))
    dates = {"label": period.label, "a": period.start.isoformat(), "b": period.end.isoformat()}
    doc.text(t("统计时段：{label}（{a} 至 {b}）。台账数量为全部数据；预警和“六有”按期末日期判定。",
               **dates) if within is None else
             t("统计时段：{label}（{a} 至 {b}）。各项只计{name}及其下属区划（培训按其灾害信息员"
               "和队员参加的计），专家和法规库为全县共用；预警和“六有”按期末日期判定。",
               name=within.name, **dates))
    with db.read() as s:
        counts = register_counts(s, period, within.id if within else None)
        moved = changes(s, period, within.id if within else None)
    doc.heading(t("一、台账数量"))
    doc.table([Col(t(c), w, "left" if c == "台账" else "right")
               for c, w in zip(COLUMNS, (2.4, 1.0, 1.0, 1.0), strict=True)],
              [[c.label, c.at_end, c.added or "", c.removed or ""] for c in counts])
    doc.heading(t("二、本期变动"))
    doc.table([Col(t("事项"), 1.6), Col(t("数量"), 0.7, "right"), Col(t("明细"), 5.0)],
              [[c.label, c.count, c.detail] for c in moved])
    alerts = [a for a in run_checks(db, today=period.end) if in_scope(a, scope)]
    titles = {r.id: r.title for r in rules()}
    by_rule = Counter((a.rule, a.severity) for a in alerts)
    doc.heading(t("三、期末未处理预警（共 {n} 条）", n=len(alerts)))
    if by_rule:
        # One row per severity keeps the summary on two pages; `report alerts` lists them all.
        rows = []
        for sev in sorted({sev for _r, sev in by_rule}, key=lambda x: x.rank):
            mine = sorted((r, n) for (r, v), n in by_rule.items() if v == sev)
            rows.append([Styled(sev.label, RED if sev.rank == 0 else None),
                         sum(n for _r, n in mine),
                         "；".join(f"{r} {t(titles.get(r, ''))} {n}" for r, n in mine)])
        doc.table([Col(t("程度"), 0.7), Col(t("条数"), 0.6, "right"),
                   Col(t("规则 事项 条数"), 6.0)], rows)
        doc.text(t("逐条清单见“预警事项清单”报表（alerts）。"))
    else:
        doc.text(t("无。"))
    cards = scorecard(db, today=period.end, township_id=town.id if town else None)
    doc.heading(t("四、“六有”情况（期末）"))
    if cards:
        names = [i.name for i in cards[0].items]
        colour = {Verdict.PASS: None, Verdict.FAIL: RED, Verdict.UNCHECKED: GREY,
                  Verdict.NOT_ENTERED: GREY}
        doc.table([Col(t("乡镇"), 1.6), *[Col(t(n), 1.0, "centre") for n in names],
                   Col(t("达标项"), 0.8, "centre")],
                  [[c.township, *[Styled(i.verdict.label, colour[i.verdict])
                                  for i in c.items], f"{c.passed}/{c.judged}"]
                   for c in cards])
    else:
        doc.text(t("尚未录入乡镇。"))
    doc.signature()
    return doc.save(out)
