"""`report teams` (应急救援队伍汇总表), `report members` (应急救援队伍花名册, one roster per
team, 队长 first, 身份证号 masked) and `report equipment` (应急装备清单): docs/domain.md section 5,
items 8–9.

What an inspector checks is coloured: a headcount below T1's minimum, expired insurance,
equipment past its life, overdue for maintenance or waiting for repair.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

from emergency_desk.data.db import Database
from emergency_desk.data.enums import RegionLevel
from emergency_desk.data.teams import TeamForce
from emergency_desk.i18n import t
from emergency_desk.reports.pdf import Col, Group, ReportDocument, Row, Styled, mask_id
from emergency_desk.reports.scope import current_view, resolve_region, scope_label, with_filters
from emergency_desk.reports.tables import ORANGE, RED, Cell
from emergency_desk.services.checks import run_checks
from emergency_desk.services.regions.regions import RegionRow
from emergency_desk.services.settings import SettingsService
from emergency_desk.services.teams.views import (
    EquipmentQuery,
    EquipmentRow,
    MemberQuery,
    MemberRow,
    TeamQuery,
    TeamRow,
    TeamViews,
)

if TYPE_CHECKING:
    from matplotlib.figure import Figure

TEAMS_TITLE = "应急救援队伍汇总表"
# 类别（性质）: 综合性（政府专职）in one column, so the 主要装备 keep their width (issue 16).
TEAMS_COLUMNS = ("序号", "队伍名称", "类别（性质）", "专业", "层级", "所属区划", "在队/编制",
                 "队长", "队长电话", "值班电话", "驻地", "主要装备")
_TEAMS_WEIGHTS = (0.45, 1.9, 0.95, 1.35, 0.7, 0.9, 1.05, 0.75, 1.5, 1.65, 1.25, 2.0)
MEMBERS_TITLE = "应急救援队伍花名册"
MEMBERS_COLUMNS = ("序号", "姓名", "性别", "年龄", "身份证号", "手机号码", "队内职务", "专业特长",
                   "人员来源", "工作单位", "证书", "保险有效期")
_MEMBERS_WEIGHTS = (0.45, 0.8, 0.45, 0.45, 1.6, 1.15, 0.75, 1.3, 0.75, 1.7, 1.9, 1.05)
EQUIPMENT_TITLE = "应急装备清单"
EQUIPMENT_COLUMNS = ("序号", "装备名称", "类别", "规格型号", "数量", "购置日期", "使用期限至",
                     "状态", "下次维护")
_EQUIPMENT_WEIGHTS = (0.45, 1.5, 0.9, 1.4, 0.7, 1.0, 1.0, 0.7, 1.0)
_ALIGN = {"序号": "right", "数量": "right", "年龄": "right", "性别": "centre", "层级": "centre",
          "在队/编制": "centre", "状态": "centre", "队内职务": "centre"}


def _cols(names: Sequence[str], weights: Sequence[float]) -> list[Col]:
    return [Col(t(n), w, _ALIGN.get(n, "left")) for n, w in zip(names, weights, strict=True)]


def _scoped_teams(db: Database, scope: RegionRow | None) -> list[TeamRow]:
    """The teams a report lists: those in the --region, and when printed from the teams page
    only those the page shows (its 类别, 队伍性质, 状态 and search filters, issue 17)."""
    within = scope.path if scope is not None and scope.level != RegionLevel.COUNTY else None
    q = TeamQuery(within_path=within)
    view = current_view(TeamQuery)
    if view is not None:
        page = view[0]
        q = replace(q, search=page.search, categories=page.categories, forces=page.forces,
                    levels=page.levels, status=page.status)
    return TeamViews(db).list(q)


def _scope_text(scope: RegionRow | None) -> str | None:
    """统计范围: the region, then the page's filters when printed from the teams page."""
    view = current_view(TeamQuery)
    return with_filters(scope_label(scope), view[1] if view else "")


def _none_text() -> str:
    """What an empty report says: the page's filters left nothing, or nothing is on file."""
    view = current_view(TeamQuery)
    if view and view[1]:
        return t("统计范围内没有符合筛选条件的救援队伍。")
    return t("尚未登记救援队伍。请在“救援队伍”页新增或导入队伍。")


def _main_equipment(items: list[EquipmentRow], limit: int = 4) -> str:
    """'冲锋舟 2艘、对讲机 10台…': the team's biggest lines, usable ones only."""
    usable = sorted((e for e in items if e.condition.value != "scrapped"),
                    key=lambda e: -e.quantity)
    # 冲锋舟2艘 as offices write it: with a space a line could part the count from its name
    # (抢险救援头盔 / 20顶、救生衣 reads as 20顶 of 救生衣); one only after a model (对讲机T8 10台).
    text = "、".join(f"{e.name}{' ' if e.name[-1:].isascii() else ''}{e.quantity}{e.unit or ''}"
                    for e in usable[:limit])
    if len(usable) > limit:
        text += t("等 {n} 项", n=len(usable))
    return text


def build_teams(db: Database, out: Path, region: str | None = None) -> Path:
    scope = resolve_region(db, region)
    teams = _scoped_teams(db, scope)
    views = TeamViews(db)
    equipment: dict[int, list[EquipmentRow]] = defaultdict(list)
    if teams:
        for e in views.equipment(EquipmentQuery(team_ids=tuple(r.id for r in teams))):
            equipment[e.team_id or 0].append(e)
    short = {a.record_id for a in run_checks(db, only=["T1"])}
    by_town: dict[str, list[TeamRow]] = defaultdict(list)
    for r in teams:  # the scoped list, so not teams_by_township
        by_town[r.township or t("县本级")].append(r)
    doc = ReportDocument.for_db(db, t(TEAMS_TITLE), landscape=True, scope=_scope_text(scope))
    if not teams:
        doc.text(_none_text())
    else:
        groups: list[Group] = []
        seq = 0
        for town, rows in by_town.items():
            cells: list[Sequence[Cell] | Row] = []
            for r in rows:
                seq += 1
                count: Cell = r.headcount_text
                if r.id in short:
                    count = Styled(r.headcount_text, RED, bold=True)
                kind = r.category.label + (t("（{force}）", force=r.force_label)
                                           if r.force_type else "")
                cells.append([seq, r.name, kind, r.specialties_text, r.level.label,
                              r.region_name, count, r.leader_name or "",
                              r.leader_mobile or "", r.duty_phone or "", r.base_address or "",
                              _main_equipment(equipment.get(r.id, []))])
            groups.append(Group(town, cells, t("{town} 小计：队伍 {n} 支，在队队员 {m} 人",
                                               town=town, n=len(rows),
                                               m=sum(r.members for r in rows))))
        n, m = len(teams), sum(r.members for r in teams)
        # The key to the red only when a count here is red: a key to nothing reads as a finding.
        if any(r.id in short for r in teams):
            total = t("合计：队伍 {n} 支，在队队员 {m} 人；红色人数低于综合性队伍最低人数要求",
                      n=n, m=m)
        else:
            total = t("合计：队伍 {n} 支，在队队员 {m} 人", n=n, m=m)
        doc.table(_cols(TEAMS_COLUMNS, _TEAMS_WEIGHTS), groups, total=total)
        doc.text(force_summary(teams))
        if len(by_town) > 1:
            doc.figure(members_by_township_figure(by_town), width_ratio=0.55)
    doc.signature()
    return doc.save(out)


def force_summary(teams: Sequence[TeamRow]) -> str:
    """'按队伍性质：政府专职 2 支（38 人）、志愿 3 支（45 人）…' in TeamForce order."""
    counts: dict[str, list[int]] = {}
    for r in sorted(teams, key=lambda r: list(TeamForce).index(r.force_type)
                    if r.force_type else len(TeamForce)):
        tally = counts.setdefault(r.force_label or t("未填性质"), [0, 0])
        tally[0] += 1
        tally[1] += r.members
    return t("按队伍性质：{parts}", parts="、".join(
        t("{force} {n} 支（{m} 人）", force=f, n=n, m=m) for f, (n, m) in counts.items()))


def teams_by_township(db: Database) -> dict[str, list[TeamRow]]:
    """Teams in service grouped by township in code order ('县本级' for county teams)."""
    out: dict[str, list[TeamRow]] = defaultdict(list)
    for r in TeamViews(db).list(TeamQuery()):
        out[r.township or t("县本级")].append(r)
    return dict(out)


def team_members_figure(db: Database) -> Figure:
    """The dashboard's chart: current team members per township."""
    return members_by_township_figure(teams_by_township(db))


def members_by_township_figure(by_town: dict[str, list[TeamRow]]) -> Figure:
    """Current team members per township (bars), for the summary and the dashboard."""
    # matplotlib is imported here: the rosters (`report members`) draw no chart and should
    # not pay its ≈0.2 s import (issue 20).
    from matplotlib.ticker import MaxNLocator

    from emergency_desk.reports.charts import OTHER_COLOUR, chart_figure, style_axes

    names = list(by_town)
    counts = [sum(r.members for r in by_town[n]) for n in names]
    fig = chart_figure(6.0, max(2.4, 0.42 * len(names) + 1.2))
    ax = fig.add_subplot()
    y = list(range(len(names)))
    bars = ax.barh(y, counts, color=OTHER_COLOUR, height=0.6)
    ax.bar_label(bars, padding=3)
    ax.set_yticks(y, names)
    ax.invert_yaxis()
    ax.set_xlim(0, max([*counts, 1]) * 1.15)
    ax.xaxis.set_major_locator(MaxNLocator(integer=True))
    ax.set_xlabel(t("在队队员（人）"))
    ax.set_title(t("各乡镇救援队伍在队队员"))
    style_axes(ax)
    return fig


def _insurance_cell(expiry: date | None, today: date, warn_days: int) -> Cell:
    if expiry is None:
        return Styled(t("未登记"), ORANGE)
    if expiry < today:
        return Styled(t("{d} 已过期", d=expiry.isoformat()), RED, bold=True)
    if expiry <= today + timedelta(days=warn_days):
        return Styled(expiry.isoformat(), ORANGE)
    return expiry


def _member_cells(n: int, m: MemberRow, today: date, warn_days: int) -> list[Cell]:
    age = m.age(today)
    return [n, m.name, m.gender.label if m.gender else "", age, mask_id(m.id_card),
            m.mobile or "", m.role.label, m.skills or "", m.source.label if m.source else "",
            m.employer or "", _certificates_cell(m, today),
            _insurance_cell(m.insurance_expiry, today, warn_days)]


def _certificates_cell(m: MemberRow, today: date) -> Cell:
    expired = any(c.expiry_date is not None and c.expiry_date < today for c in m.certificates)
    return Styled(m.certificates_text, RED) if expired else m.certificates_text


def build_members(db: Database, out: Path, region: str | None = None) -> Path:
    scope = resolve_region(db, region)
    teams = _scoped_teams(db, scope)
    views = TeamViews(db)
    today = date.today()
    warn = int(SettingsService(db).get("insurance_warning_days"))
    roster: dict[int, list[MemberRow]] = defaultdict(list)
    if teams:
        for m in views.members(MemberQuery(team_ids=tuple(r.id for r in teams))):
            roster[m.team_id].append(m)
    doc = ReportDocument.for_db(db, t(MEMBERS_TITLE), landscape=True, scope=_scope_text(scope))
    if not teams:
        doc.text(_none_text())
        doc.signature()
    # One sheet per team (docs/domain.md section 5, report 8), each signed on its own.
    for i, team in enumerate(teams):
        if i:
            doc.page_break()
        doc.heading(t("{name}（{category}，{level}）", name=team.name,
                      category=team.category.label, level=team.level.label))
        leader = f"{team.leader_name} {team.leader_mobile or ''}".strip() \
            if team.leader_name else Styled(t("未登记"), RED)
        doc.text(t("所属区划：{r}　主管单位：{u}　队长：", r=team.region_path.split("/")[-1],
                   u=team.supervising_unit or "—"), leader,
                 t("　值班电话：{p}　在队 {n} 人", p=team.duty_phone or "—", n=team.members),
                 t("（编制 {m} 人）", m=team.planned_size) if team.planned_size else "")
        members = roster.get(team.id, [])
        if not members:
            doc.text(t("尚无在队队员。"))
        else:
            doc.table(_cols(MEMBERS_COLUMNS, _MEMBERS_WEIGHTS),
                      [_member_cells(n, m, today, warn) for n, m in enumerate(members, 1)])
        doc.signature()
    return doc.save(out)


def build_equipment(db: Database, out: Path, region: str | None = None) -> Path:
    """Grouped by owner: the county store first, then each team in region-code order."""
    scope = resolve_region(db, region)
    views = TeamViews(db)
    months = int(SettingsService(db).get("equipment_maint_months"))
    today = date.today()
    teams = _scoped_teams(db, scope)
    # The county store and every team's kit, unless a region or the page's filters narrow
    # the teams: then only what those teams hold.
    view = current_view(TeamQuery)
    whole = (scope is None or scope.level == RegionLevel.COUNTY) and not (view and view[1])
    owned: dict[int | None, list[EquipmentRow]] = defaultdict(list)
    ids = tuple(r.id for r in teams)
    query = EquipmentQuery() if whole else EquipmentQuery(team_ids=ids)
    names: dict[int | None, str] = {}
    for e in views.equipment(query) if whole or ids else []:
        owned[e.team_id].append(e)
        names[e.team_id] = e.team_name or ""
    doc = ReportDocument.for_db(db, t(EQUIPMENT_TITLE), scope=_scope_text(scope))
    if not owned:
        doc.text(t("尚未登记应急装备。"))
        doc.signature()
        return doc.save(out)
    groups: list[Group] = []
    seq = 0
    titles: list[tuple[int | None, str]] = [(None, t("仓库存放（未配发队伍）"))]
    titles += [(r.id, r.name) for r in teams]
    # Teams not listed (disbanded) still own what they hold: show it last.
    titles += [(tid, name) for tid, name in names.items() if tid not in {x for x, _ in titles}]
    for team_id, title in titles:
        items = owned.get(team_id, [])
        if not items:
            continue
        rows: list[Sequence[Cell] | Row] = []
        for e in items:
            seq += 1
            rows.append(_equipment_cells(seq, e, today, months, with_place=team_id is None))
        groups.append(Group(title, rows, t("小计：{n} 项，{q} 件（套）", n=len(items),
                                           q=sum(e.quantity for e in items))))
    every = [e for items in owned.values() for e in items]
    doc.table(_cols(EQUIPMENT_COLUMNS, _EQUIPMENT_WEIGHTS), groups,
              total=t("合计：{n} 项，{q} 件（套）；红色为待修、报废、超期或维护超期",
                      n=len(every), q=sum(e.quantity for e in every)))
    doc.signature()
    return doc.save(out)


def _equipment_cells(n: int, e: EquipmentRow, today: date, months: int, *,
                     with_place: bool) -> list[Cell]:
    end, due = e.end_of_service, e.maint_due(months)
    state: Cell = e.condition.label
    if e.condition.value != "good":
        state = Styled(e.condition.label, RED, bold=True)
    elif end is not None and end < today:
        state = Styled(t("超期"), RED, bold=True)
    end_cell: Cell = Styled(end.isoformat(), RED) if end is not None and end < today else end
    due_cell: Cell = due
    if due is not None and due < today and e.condition.value != "scrapped":
        due_cell = Styled(due.isoformat(), RED, bold=True)
    name = f"{e.name}（{e.storage_place}）" if with_place and e.storage_place else e.name
    return [n, name, e.category.label, e.model or "", f"{e.quantity}{e.unit or ''}",
            e.acquire_date, end_cell, state, due_cell]
