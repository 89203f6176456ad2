"""村(社区)应急管理员花名册 (`report managers`): the managers by township, then the villages
without one (rule G1's list, printed whether or not the office turned the rule on)."""

from __future__ import annotations

from pathlib import Path

from emergency_desk.data.db import Database
from emergency_desk.data.enums import RegionLevel
from emergency_desk.i18n import t
from emergency_desk.reports.pdf import ReportDocument
from emergency_desk.reports.scope import resolve_region, scope_label, within_path
from emergency_desk.reports.tables import RED, Col, Group, Styled
from emergency_desk.services.township.managers import ManagersService

TITLE = "村(社区)应急管理员花名册"
COLUMNS = ("序号", "村(社区)", "姓名", "手机号码", "职责", "本职职务", "兼灾害信息员", "任职日期")


def build(db: Database, out: Path, region: str | None = None) -> Path:
    scope = resolve_region(db, region)
    prefix = scope.path if scope is not None and scope.level != RegionLevel.COUNTY else None
    svc = ManagersService(db)
    rows = [m for m in svc.list(include_left=False) if within_path(m.region_path, prefix)]
    doc = ReportDocument.for_db(db, t(TITLE), landscape=True, scope=scope_label(scope))
    groups: dict[str, Group] = {}
    for m in rows:
        town = m.region_path.split("/")[1]
        g = groups.setdefault(town, Group(town))
        g.rows.append([len(g.rows) + 1, m.region_path.rsplit("/", 1)[-1], m.name, m.mobile,
                       m.role.label, m.duty_title, t("是") if m.also_officer else "",
                       m.appoint_date])
    for g in groups.values():
        g.subtotal = t("小计 {n} 名", n=len(g.rows))
    cols = [Col(t(n), w, "right" if n == "序号" else "left")
            for n, w in zip(COLUMNS, (0.5, 1.4, 0.9, 1.2, 1.4, 1.5, 0.9, 1.0), strict=True)]
    if groups:
        doc.table(cols, list(groups.values()), total=t("合计 {n} 名", n=len(rows)))
    else:
        doc.text(t("尚未录入村（社区）应急管理员。"))
    cover = [c for c in svc.coverage() if within_path(c.path, prefix)]
    gaps = [c for c in cover if not c.covered]
    doc.heading(t("未配备应急管理员的村（社区）（规则 G1）"))
    if not cover:
        # No villages at all: "all covered" would claim a check that was never made.
        doc.text(Styled(t("无法检查配备情况：尚未建立村（社区）。请先在“行政区划”页从区划代码"
                          "建立区划树或导入区划，再打印本表。"), RED))
    elif gaps:
        doc.table([Col(t("乡镇"), 1.0), Col(t("村(社区)"), 1.5), Col(t("情况"), 2.0)],
                  [[c.path.split("/")[1], c.path.rsplit("/", 1)[-1],
                    Styled(t("未配备"), RED)] for c in gaps])
    else:
        doc.text(t("各村（社区）均已配备。"))
    doc.signature()
    return doc.save(out)
