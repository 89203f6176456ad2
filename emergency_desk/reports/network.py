"""应急联络网通讯录 (`report contacts`) and 专家库名册 (`report experts`)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from emergency_desk.data.db import Database
from emergency_desk.data.enums import RegionLevel
from emergency_desk.i18n import t
from emergency_desk.reports.pdf import ReportDocument
from emergency_desk.reports.scope import resolve_region, scope_label, within_path
from emergency_desk.reports.tables import GREY, RED, Col, Group, Styled
from emergency_desk.services.officers.trainings import months_before
from emergency_desk.services.resources.contacts import ContactService, stale
from emergency_desk.services.resources.experts import ExpertService
from emergency_desk.services.settings import SettingsService

CONTACTS_TITLE = "应急联络网通讯录"
CONTACTS_COLUMNS = ("序号", "单位", "职务", "联系人", "办公电话", "手机号码", "核实日期")
EXPERTS_TITLE = "应急管理专家库名册"
EXPERTS_COLUMNS = ("序号", "姓名", "专业", "职称", "工作单位", "手机号码", "专家库", "可参与处置")


def build_contacts(db: Database, out: Path, region: str | None = None) -> Path:
    scope = resolve_region(db, region)
    prefix = scope.path if scope is not None and scope.level != RegionLevel.COUNTY else None
    # A township's sheet keeps the numbers it calls upward too: the county's own entries
    # (县直部门, with no region or the county's) besides its own and its villages'.
    rows = [c for c in ContactService(db).list()
            if "/" not in (c.region_path or "") or within_path(c.region_path, prefix)]
    months = int(SettingsService(db).get("contact_verify_months"))
    due = months_before(date.today(), months)
    doc = ReportDocument.for_db(db, t(CONTACTS_TITLE), scope=scope_label(scope))
    doc.text(t("核实日期早于 {d}（超过 {n} 个月）或从未核实的以红字标出，请打电话核实后更新。",
               d=due.isoformat(), n=months))
    groups: dict[str, Group] = {}
    for c in rows:
        g = groups.setdefault(c.category.value, Group(c.category.label))
        verified = c.last_verified.isoformat() if c.last_verified else t("未核实")
        g.rows.append([len(g.rows) + 1, c.unit, c.role, c.person, c.office_phone, c.mobile,
                       Styled(verified, RED) if stale(c, due) else verified])
    cols = [Col(t(n), w, "right" if n == "序号" else "left")
            for n, w in zip(CONTACTS_COLUMNS, (0.5, 2.2, 1.4, 0.9, 1.3, 1.3, 1.0), strict=True)]
    if groups:
        doc.table(cols, list(groups.values()))
    else:
        doc.text(t("尚未录入应急联络网。"))
    doc.signature()
    return doc.save(out)


def build_experts(db: Database, out: Path, region: str | None = None) -> Path:
    scope = resolve_region(db, region)  # experts serve the whole county: checked, not used
    rows = ExpertService(db).list()
    doc = ReportDocument.for_db(db, t(EXPERTS_TITLE), landscape=True, scope=scope_label(scope))
    groups: dict[str, Group] = {}
    for e in rows:
        title = e.group or t("未分组")
        g = groups.setdefault(title, Group(title))
        g.rows.append([len(g.rows) + 1, e.name, e.specialty, e.title, e.unit, e.mobile,
                       e.source.label,
                       t("是") if e.available else Styled(t("否"), GREY)])
    for g in groups.values():
        g.subtotal = t("小计 {n} 人", n=len(g.rows))
    cols = [Col(t(n), w, "right" if n == "序号" else "left")
            for n, w in zip(EXPERTS_COLUMNS, (0.5, 0.9, 1.6, 1.2, 2.0, 1.2, 0.7, 0.8),
                            strict=True)]
    if groups:
        doc.table(cols, list(groups.values()), total=t("合计 {n} 人", n=len(rows)))
    else:
        doc.text(t("尚未录入专家。"))
    doc.signature()
    return doc.save(out)
