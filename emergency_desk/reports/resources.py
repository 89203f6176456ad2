"""避难场所一览表 (`report shelters`) and 隐患点台账 (`report hazards`), each followed by the
problems its rule finds (H1, Z1) so that the sheet an inspector reads also says what to fix."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from emergency_desk import i18n
from emergency_desk.data.db import Database
from emergency_desk.data.enums import RegionLevel
from emergency_desk.i18n import t
from emergency_desk.reports.pdf import ReportDocument
from emergency_desk.reports.scope import resolve_region, scope_label, within_path
from emergency_desk.reports.tables import RED, Cell, Col, Group, Styled
from emergency_desk.services.resources.hazards import HazardService
from emergency_desk.services.resources.shelters import ShelterService, shelter_problems_in
from emergency_desk.services.settings import SettingsService

SHELTERS_TITLE = "避难场所一览表"
SHELTERS_COLUMNS = ("序号", "场所名称", "所属区划", "地址", "类别", "可容纳人数",
                    "有效避难面积(㎡)", "管理责任人", "联系电话", "最近检查", "服务村(社区)")
HAZARDS_TITLE = "隐患点台账"
HAZARDS_COLUMNS = ("序号", "隐患点名称", "类型", "村(社区)", "位置", "威胁户数", "威胁人数",
                   "监测人", "监测人电话", "责任人", "责任人电话", "转移路线", "避难场所")


def _scope(db: Database, region: str | None) -> tuple[str | None, str | None]:
    scope = resolve_region(db, region)
    if scope is None or scope.level == RegionLevel.COUNTY:
        return None, scope_label(scope)
    return scope.path, scope_label(scope)


def _missing(text: str | None) -> Cell:
    return text if text else Styled(t("缺"), RED, True)


def _shelter_sum(label: str, rows: list[list[Any]]) -> str:
    """小计/合计: the places, the people they hold and their area (columns 6 and 7), what an
    inspector adds up against the population to shelter."""
    people = sum(r[5] or 0 for r in rows)
    area = sum(r[6] or 0 for r in rows)
    return t("{label} {n} 处，可容纳 {p} 人，有效避难面积 {a} ㎡", label=label, n=len(rows),
             p=people, a=f"{area:.0f}")


def build_shelters(db: Database, out: Path, region: str | None = None) -> Path:
    prefix, label = _scope(db, region)
    rows = [r for r in ShelterService(db).list() if within_path(r.region_path, prefix)]
    doc = ReportDocument.for_db(db, t(SHELTERS_TITLE), landscape=True, scope=label)
    doc.text(t("分类依据 GB/T 44013-2024《应急避难场所 分级及分类》："
               "避难时长、空间类型、功能类型。"))
    groups: dict[str, Group] = {}
    for r in rows:
        parts = r.region_path.split("/")
        g = groups.setdefault(parts[1] if len(parts) > 1 else parts[0],
                              Group(parts[1] if len(parts) > 1 else parts[0]))
        # 短期·室内·综合 is one short word; its English (Short-term·Indoor·Comprehensive) was
        # too long to stay whole, so it is joined where a line may break.
        kind = (", " if i18n.language() == "en" else "·").join(
            x.label for x in (r.duration, r.space, r.function) if x)
        g.rows.append([len(g.rows) + 1, r.name, r.region_path.split("/", 1)[-1], r.address,
                       kind, r.capacity, r.effective_area_m2, _missing(r.manager),
                       r.manager_phone, r.last_inspection,
                       "、".join(p.rsplit("/", 1)[-1] for p in r.served)])
    for g in groups.values():
        g.subtotal = _shelter_sum(t("小计"), [r for r in g.rows if isinstance(r, list)])
    weights = (0.4, 1.6, 1.2, 1.5, 1.2, 0.8, 0.9, 0.8, 1.1, 0.9, 1.6)
    cols = [Col(t(n), w, "right" if n in ("序号", "可容纳人数", "有效避难面积(㎡)") else "left")
            for n, w in zip(SHELTERS_COLUMNS, weights, strict=True)]
    if groups:
        every = [r for g in groups.values() for r in g.rows if isinstance(r, list)]
        doc.table(cols, list(groups.values()), total=_shelter_sum(t("合计"), every))
    else:
        doc.text(t("尚未录入避难场所。"))
    problems = [p for p in _shelter_problems(db) if within_path(p[0], prefix)]
    doc.heading(t("需要处理的问题（规则 H1）"))
    if problems:
        doc.table([Col(t("场所名称"), 2.0), Col(t("所属区划"), 1.5), Col(t("问题"), 5.0)],
                  [[name, path.split("/", 1)[-1], Styled(msg, RED)]
                   for path, name, msg in problems])
    else:
        doc.text(t("无。"))
    doc.signature()
    return doc.save(out)


def _shelter_problems(db: Database) -> list[tuple[str, str, str]]:
    """(region path, shelter, problem) as rule H1 finds them today."""
    settings = SettingsService(db)
    with db.read() as s:
        return [(p.shelter.region_path, p.shelter.name, p.message) for p in shelter_problems_in(
            s, date.today(), int(settings.get("shelter_inspection_months")),
            int(settings.get("shelter_need_percent")))]


def _hazard_sum(label: str, rows: list[list[Any]]) -> str:
    """小计/合计: the points and the households and people they threaten (columns 6, 7)."""
    people = sum(r[6] or 0 for r in rows)
    if all(r[5] is None for r in rows):  # no household counted: "0 户" would be a figure
        return t("{label} {n} 处，威胁 {p} 人", label=label, n=len(rows), p=people)
    households = sum(r[5] or 0 for r in rows)
    return t("{label} {n} 处，威胁 {h} 户 {p} 人", label=label, n=len(rows), h=households,
             p=people)


def build_hazards(db: Database, out: Path, region: str | None = None) -> Path:
    prefix, label = _scope(db, region)
    rows = [h for h in HazardService(db).list(active_only=True)
            if within_path(h.region_path, prefix)]
    doc = ReportDocument.for_db(db, t(HAZARDS_TITLE), landscape=True, scope=label)
    groups: dict[str, Group] = {}
    for h in rows:
        parts = h.region_path.split("/")
        town = parts[1] if len(parts) > 1 else parts[0]
        g = groups.setdefault(town, Group(town))
        g.rows.append([len(g.rows) + 1, h.name, h.hazard_type.label,
                       h.region_path.rsplit("/", 1)[-1], h.location, h.households, h.people,
                       _missing(h.monitor), h.monitor_phone, _missing(h.responsible),
                       h.responsible_phone, h.route, _missing(h.shelter_name)])
    for g in groups.values():
        g.subtotal = _hazard_sum(t("小计"), [r for r in g.rows if isinstance(r, list)])
    weights = (0.4, 1.5, 0.6, 0.9, 1.3, 0.6, 0.6, 0.7, 1.1, 0.7, 1.1, 1.8, 1.3)
    cols = [Col(t(n), w, "right" if n in ("序号", "威胁户数", "威胁人数") else "left")
            for n, w in zip(HAZARDS_COLUMNS, weights, strict=True)]
    if groups:
        every = [r for g in groups.values() for r in g.rows if isinstance(r, list)]
        doc.table(cols, list(groups.values()), total=_hazard_sum(t("合计"), every))
    else:
        # A township's empty list is not the county's: say which.
        doc.text(t("统计范围内没有隐患点。") if prefix else t("尚未录入隐患点。"))
    doc.heading(t("需要处理的问题（规则 Z1）"))
    found = [[h.name, h.region_path.split("/", 1)[-1], Styled("；".join(h.problems()), RED)]
             for h in rows if h.problems()]
    if found:
        doc.table([Col(t("隐患点名称"), 2.0), Col(t("所属区划"), 1.5), Col(t("问题"), 5.0)],
                  found)
    else:
        doc.text(t("无。"))
    doc.signature()
    return doc.save(out)
