"""法规库目录 (`report regulations`) and 典型案例汇编 (`report cases`)."""

from __future__ import annotations

from pathlib import Path

from emergency_desk.data.db import Database
from emergency_desk.data.enums import RegionLevel
from emergency_desk.data.library import RegulationLevel, RegulationStatus
from emergency_desk.i18n import t
from emergency_desk.reports.pdf import ReportDocument
from emergency_desk.reports.scope import resolve_region, scope_label, within_path
from emergency_desk.reports.tables import GREY, Col, Group, Styled, colon
from emergency_desk.services.library.cases import CaseRow, CaseService
from emergency_desk.services.library.regulations import RegulationService

REGULATIONS_TITLE = "应急管理法规库目录"
REGULATIONS_COLUMNS = ("序号", "名称", "发布机关", "文号", "发布日期", "施行日期", "时效性",
                       "类别", "原文")
CASES_TITLE = "突发事件典型案例汇编"
CASES_COLUMNS = ("序号", "发生日期", "标题", "发生地", "事件类别", "级别")
# The seed's headings, in its order (S3 "一网五库" (六)), each printed as a paragraph.
CASE_HEADINGS = (("summary", "基本情况"), ("cause", "发生原因"), ("measures", "采取措施"),
                 ("handling", "处置过程"), ("lessons", "主要经验"), ("problems", "存在问题"),
                 ("suggestions", "意见和建议"), ("expert_opinion", "专家意见"))


def build_regulations(db: Database, out: Path, region: str | None = None) -> Path:
    scope = resolve_region(db, region)  # the library serves the whole county: checked only
    rows = RegulationService(db).list()
    doc = ReportDocument.for_db(db, t(REGULATIONS_TITLE), landscape=True,
                                scope=scope_label(scope))
    doc.text(t("按效力层级分类；已修订、已废止的以灰字列出，仅供查阅历史文本。"))
    groups: dict[str, Group] = {}
    for r in rows:
        g = groups.setdefault(r.level.value, Group(r.level.label))
        live = r.status in (RegulationStatus.IN_FORCE, RegulationStatus.PENDING)
        status = r.status.label if live else Styled(r.status.label, GREY)
        title = r.title if live else Styled(r.title, GREY)
        g.rows.append([len(g.rows) + 1, title, r.issuer, r.doc_number, r.issued_on,
                       r.effective_on, status, r.category,
                       t("有") if r.file is not None else Styled(t("无"), GREY)])
    for g in groups.values():
        g.subtotal = t("小计 {n} 件", n=len(g.rows))
    cols = [Col(t(n), w, "right" if n == "序号" else "left")
            for n, w in zip(REGULATIONS_COLUMNS, (0.5, 3.2, 1.6, 1.6, 0.9, 0.9, 0.8, 0.9, 0.5),
                            strict=True)]
    if groups:
        doc.table(cols, [groups[x.value] for x in RegulationLevel if x.value in groups])
    else:
        doc.text(t("法规库中尚无条目。"))
    doc.signature()
    return doc.save(out)


def build_cases(db: Database, out: Path, region: str | None = None) -> Path:
    scope = resolve_region(db, region)
    prefix = scope.path if scope is not None and scope.level != RegionLevel.COUNTY else None
    rows = [c for c in CaseService(db).list() if within_path(c.region_path, prefix)]
    doc = ReportDocument.for_db(db, t(CASES_TITLE), scope=scope_label(scope))
    if not rows:
        doc.text(t("统计范围内没有案例。") if prefix else t("案例库中尚无案例。"))
        doc.signature()
        return doc.save(out)
    cols = [Col(t(n), w, "right" if n == "序号" else "left")
            for n, w in zip(CASES_COLUMNS, (0.5, 1.0, 3.0, 1.8, 1.1, 0.7), strict=True)]
    doc.table(cols, [[i, c.occurred_on, c.title, _place(c), c.category.label,
                      c.grade.label if c.grade else None] for i, c in enumerate(rows, 1)])
    for i, c in enumerate(rows, 1):
        doc.heading(f"{i}. {c.title}")
        facts = [t("发生日期：{v}", v=c.occurred_on.isoformat() if c.occurred_on else "—"),
                 t("发生地：{v}", v=_place(c) or "—"),
                 t("事件类别：{v}", v=c.category.label + (f"（{c.event_type}）"
                                                       if c.event_type else ""))]
        if c.grade is not None:
            facts.append(t("级别：{v}", v=c.grade.label))
        doc.text("　".join(facts))
        for field, label in CASE_HEADINGS:
            value = getattr(c, field)
            if value:
                doc.text(Styled(t(label) + colon(), bold=True), value)
    doc.signature()
    return doc.save(out)


def _place(c: CaseRow) -> str:
    """'碧阳镇/古筑村 村东山塘' — the region below the county, then the spot."""
    path = c.region_path
    where = path.split("/", 1)[-1] if path and "/" in path else (path or "")
    return " ".join(p for p in (where, c.place or "") if p)
