"""`report alerts`: 预警事项清单, every alert from the checks, most severe first, grouped by rule.

Each rule heads its own group (O4 灾害信息员培训逾期（12 项）) instead of filling a column on every
row: the long rule titles took a third of the width, and in English pushed every row onto two
lines (12 pages against 8, issue 17); the heading also repeats on a continuation page.
"""

from __future__ import annotations

from itertools import groupby
from pathlib import Path

from emergency_desk import i18n
from emergency_desk.data.db import Database
from emergency_desk.data.enums import RegionLevel
from emergency_desk.i18n import t
from emergency_desk.reports.pdf import Col, Group, ReportDocument, Styled
from emergency_desk.reports.scope import resolve_region, scope_label
from emergency_desk.reports.tables import GREY, ORANGE, RED
from emergency_desk.services.checks import Alert, Severity, rules, run_checks
from emergency_desk.services.checks.registry import region_label
from emergency_desk.services.regions.regions import RegionRow, RegionService

TITLE = "预警事项清单"
COLUMNS = ("序号", "级别", "区划", "对象", "问题说明")
_WEIGHTS = (0.5, 0.6, 2.0, 1.6, 6.2)
COLOURS = {Severity.RED: RED, Severity.ORANGE: ORANGE, Severity.INFO: GREY}


def in_scope(alert: Alert, scope: RegionRow | None) -> bool:
    """Alerts name regions below the county ('碧阳镇/古筑村'); a county covers them all."""
    if scope is None or scope.level == RegionLevel.COUNTY:
        return True
    label = region_label(scope.path)
    return alert.region == label or alert.region.startswith(label + "/")


def build(db: Database, out: Path, region: str | None = None) -> Path:
    scope = resolve_region(db, region)
    alerts = [a for a in run_checks(db) if in_scope(a, scope)]  # in the order to print
    titles = {r.id: t(r.title) for r in rules()}
    doc = ReportDocument.for_db(db, t(TITLE), landscape=True, scope=scope_label(scope))
    pieces: list[str | Styled] = [t("共 {n} 项：", n=len(alerts))]
    for i, sev in enumerate((Severity.RED, Severity.ORANGE, Severity.INFO)):
        n = sum(1 for a in alerts if a.severity == sev)
        pieces.append(Styled(t("{label} {n} 项", label=sev.label, n=n), COLOURS[sev]))
        if i < 2:
            pieces.append(", " if i18n.language() == "en" else "，")
    doc.text(*pieces)
    if not alerts and not RegionService(db).townships():
        # Nothing to check yet: "no alerts" would claim checks that were never made.
        doc.text(Styled(t("无法检查：尚未建立乡镇和村（社区）。请先在“行政区划”页从区划代码"
                          "建立区划树或导入区划，再录入各台账。"), RED))
    elif not alerts:
        doc.text(t("未发现预警事项。"))
    else:
        groups: list[Group] = []
        seq = 0
        # Sorted by severity, then rule: each run of one rule is one group.
        for (_rank, rule_id), run in groupby(alerts, key=lambda a: (a.severity.rank, a.rule)):
            found = list(run)
            rule = f"{rule_id} {titles.get(rule_id, '')}".strip()
            group = Group(t("{rule}（{n} 项）", rule=rule, n=len(found)))
            for a in found:
                seq += 1
                level = Styled(a.severity.label, COLOURS[a.severity],
                               a.severity == Severity.RED)
                group.rows.append([seq, level, a.region, a.subject, a.message])
            groups.append(group)
        cols = [Col(t(c), w, {"序号": "right", "级别": "centre"}.get(c, "left"))
                for c, w in zip(COLUMNS, _WEIGHTS, strict=True)]
        doc.table(cols, groups)
    doc.signature()
    return doc.save(out)
