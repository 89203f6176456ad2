"""`report officers`: 灾害信息员花名册 (docs/domain.md §5 report 1).

Active officers only (O3: former officers are not on the roster), grouped township → village
with a subtotal per township, then the gap list: the villages and townships without an officer
(O1) and the disaster-prone ones without their A and B posts (O2), from the same `coverage_in`
as the window and `check`, so the three never disagree. 身份证号 are masked.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import replace
from datetime import date
from pathlib import Path

from emergency_desk.data.db import Database
from emergency_desk.data.enums import RegionLevel
from emergency_desk.data.officers import OfficerPost, OfficerStatus
from emergency_desk.i18n import t
from emergency_desk.reports.pdf import Col, Group, ReportDocument, Row, Styled, mask_id
from emergency_desk.reports.scope import (
    current_view,
    resolve_region,
    scope_label,
    with_filters,
)
from emergency_desk.reports.tables import GREY, RED, Cell
from emergency_desk.services.officers.coverage import CoverageRow, PostHolder, holder_name
from emergency_desk.services.officers.views import (
    OfficerQuery,
    OfficerRow,
    OfficerViews,
    code_order,
)
from emergency_desk.services.regions.regions import RegionRow

TITLE = "灾害信息员花名册"
COLUMNS = ("序号", "村(社区)", "姓名", "性别", "出生年月", "身份证号", "本职职务", "AB岗",
           "专兼职", "手机/备用电话", "任职时间", "最近培训", "录入国家系统", "兼任", "备注")
# Numbers and dates must never wrap (a phone split over two lines is misread); the weights
# leave the wrapping to 本职职务, 兼任 and 备注. The level is not a column: the group and the
# 村(社区) cell ("乡镇本级") already say it.
_WEIGHTS = (0.45, 1.1, 0.9, 0.4, 0.85, 1.9, 1.6, 0.55, 0.55, 1.25, 1.0, 1.0, 0.6, 1.3, 1.0)
_ALIGN = {"序号": "right", "性别": "centre", "AB岗": "centre", "专兼职": "centre",
          "录入国家系统": "centre"}


def gap_columns() -> list[Col]:
    return [Col(t("序号"), 0.5, "right"), Col(t("乡镇"), 1.2), Col(t("村(社区)"), 1.4),
            Col(t("灾害多发频发"), 1.0), Col(t("在岗A岗"), 1.4), Col(t("在岗B岗"), 1.4),
            Col(t("缺口说明"), 4.0)]


def officer_query(scope: RegionRow | None) -> OfficerQuery:
    """The roster's rows for a --region: a township takes its villages too. Only people on
    post today: a 离任日期 that has passed takes them off the roster even when the status was
    left at 在岗 (O3 says to correct it)."""
    q = OfficerQuery(status=OfficerStatus.ACTIVE, on_post_on=date.today())
    view = current_view(OfficerQuery)
    if view is not None:  # printed from the page: its 岗位, 状态 and search filters too
        page = view[0]
        q = replace(q, search=page.search, posts=page.posts, status=page.status,
                    disaster_prone_only=page.disaster_prone_only,
                    on_post_on=q.on_post_on if page.status == OfficerStatus.ACTIVE else None)
    if scope is None or scope.level == RegionLevel.COUNTY:
        return q
    if scope.level == RegionLevel.TOWNSHIP:
        q.township_id = scope.id
    else:
        q.region_id = scope.id
    return q


def coverage_rows(views: OfficerViews, scope: RegionRow | None,
                  gaps_only: bool = False) -> list[CoverageRow]:
    if scope is None or scope.level == RegionLevel.COUNTY:
        return views.coverage(gaps_only=gaps_only)
    town = scope.id if scope.level == RegionLevel.TOWNSHIP else scope.parent_id
    rows = views.coverage(township_id=town, gaps_only=gaps_only)
    return rows if scope.level == RegionLevel.TOWNSHIP else \
        [r for r in rows if r.region_id == scope.id]


def _cells(n: int, r: OfficerRow, village: Cell) -> list[Cell]:
    post: Cell = r.post.label
    if r.post == OfficerPost.A:
        post = Styled(r.post.label, bold=True)
    national: Cell = t("是") if r.in_national_system else Styled(t("否"), RED)
    phones: Cell = "\n".join(p for p in (r.mobile, r.phone2) if p)
    if not r.mobile:
        phones = Styled("\n".join((t("未填手机"), r.phone2 or "")).strip(), RED)
    return [n, village, r.name, r.gender.label if r.gender else "",
            r.birth_date.strftime("%Y-%m") if r.birth_date else "", mask_id(r.id_card),
            r.duty_title or "", post, r.fulltime.label if r.fulltime else "",
            phones, r.appoint_date,
            r.latest_training or Styled(t("无记录"), GREY), national,
            "、".join(r.other_roles), r.remark or ""]


def _subtotal(name: str, rows: Sequence[OfficerRow], cover: Sequence[CoverageRow]) -> str:
    posts = Counter(r.post for r in rows)
    town_level = sum(1 for r in rows if r.level == RegionLevel.TOWNSHIP)
    villages = [c for c in cover if c.level.rank == 2]
    empty = sum(1 for c in villages if c.active == 0)
    text = t("{name} 小计：在岗灾害信息员 {n} 名（乡镇级 {tn} 名、村（社区）级 {vn} 名；"
             "A岗 {a} 名、B岗 {b} 名、单岗 {s} 名）；村（社区）{v} 个",
             name=name, n=len(rows), tn=town_level, vn=len(rows) - town_level,
             a=posts[OfficerPost.A], b=posts[OfficerPost.B], s=posts[OfficerPost.SINGLE],
             v=len(villages))
    if empty:
        text += t("，其中 {e} 个未配备", e=empty)
    return text


def roster_items(rows: list[OfficerRow], cover: list[CoverageRow]) -> list[Group]:
    """Groups per township (county officers first), villages in path order within each."""
    by_town: dict[str, list[OfficerRow]] = {}
    for r in rows:
        by_town.setdefault(r.township or t("县级"), []).append(r)
    cover_by_town: dict[str, list[CoverageRow]] = {}
    for c in cover:
        cover_by_town.setdefault(c.township, []).append(c)
    groups: list[Group] = []
    seq = 0
    for town, members in by_town.items():
        lines: list[Sequence[Cell] | Row] = []
        for r in members:
            seq += 1
            # The same village on every row: the table prints it once per run (a merged
            # cell) and again at the top of a page the run continues onto.
            village: Cell = r.village if r.level.rank == 2 else ""
            if r.level == RegionLevel.TOWNSHIP:
                village = Styled(t("乡镇本级"), GREY)
            lines.append(_cells(seq, r, village))
        county = not members[0].township
        subtotal = None if county else _subtotal(town, members, cover_by_town.get(town, []))
        groups.append(Group(town, lines, subtotal))
    return groups


# Holders named in a gap row before the rest are counted: the row is about what is missing,
# and a village with hundreds of A holders (a county-scale test file) would otherwise make
# one row taller than a page, which cannot be printed at all.
GAP_NAMES = 10


def _holders(holders: Sequence[PostHolder]) -> str:
    names = "、".join(holder_name(h) for h in holders[:GAP_NAMES])
    if len(holders) > GAP_NAMES:
        return t("{names}等 {n} 人", names=names, n=len(holders))
    return names


def gap_items(gaps: list[CoverageRow]) -> list[list[Cell]]:
    out: list[list[Cell]] = []
    for n, g in enumerate(gaps, 1):
        village = g.name if g.level.rank == 2 else Styled(t("乡镇本级"), GREY)
        out.append([n, g.township, village,
                    Styled(t("是"), RED, True) if g.is_disaster_prone else t("否"),
                    _holders(g.a) or Styled(t("无"), RED),
                    _holders(g.b) or
                    (Styled(t("无"), RED) if g.is_disaster_prone else t("无")),
                    Styled("；".join(g.gaps), RED)])
    return out


def build(db: Database, out: Path, region: str | None = None,
          today: date | None = None) -> Path:
    scope = resolve_region(db, region)
    views = OfficerViews(db)
    order = code_order(db)
    rows = sorted(views.list(officer_query(scope)),
                  key=lambda r: (order(r.region_path), r.post.rank, r.name))
    cover = sorted(coverage_rows(views, scope), key=lambda c: order(c.path))
    gaps = [c for c in cover if c.gaps]
    view = current_view(OfficerQuery)
    doc = ReportDocument.for_db(db, t(TITLE), landscape=True, as_of=today,
                                scope=with_filters(scope_label(scope), view[1] if view else ""))
    posts = Counter(r.post for r in rows)
    doc.text(t("在岗灾害信息员 {n} 名：A岗 {a} 名、B岗 {b} 名、单岗 {s} 名。", n=len(rows),
               a=posts[OfficerPost.A], b=posts[OfficerPost.B], s=posts[OfficerPost.SINGLE]),
             Styled(t("配备缺口 {g} 处，见文末清单。", g=len(gaps)), RED if gaps else None))
    if rows:
        cols = [Col(t(c), w, _ALIGN.get(c, "left"), merge=c == "村(社区)")
                for c, w in zip(COLUMNS, _WEIGHTS, strict=True)]
        whole = scope is None or scope.level == RegionLevel.COUNTY
        total = t("合计：在岗灾害信息员 {n} 名，覆盖乡镇和村（社区）{c}/{all} 个",
                  n=len(rows), c=sum(1 for c in cover if c.active), all=len(cover))
        doc.table(cols, roster_items(rows, cover), total=total if whole else None)
    else:
        doc.text(Styled(t("尚未登记在岗灾害信息员：以下缺口清单列出每个需要配备的乡镇和村（社区）。"
                          "请在“灾害信息员”页新增或导入花名册。"), RED))
    doc.heading(t("附：配备缺口清单（O1 未配备灾害信息员 / O2 灾害多发频发区划未落实AB岗）"))
    if gaps:
        cols = gap_columns()
        doc.table(cols, gap_items(gaps))
    elif not cover:
        # No regions at all: "no gaps" would claim a coverage that was never checked.
        doc.text(Styled(t("无法检查配备情况：尚未建立乡镇和村（社区）。请先在“行政区划”页"
                          "从区划代码建立区划树或导入区划，再打印本表。"), RED))
    else:
        doc.text(t("未发现配备缺口：每个乡镇和村（社区）都有在岗灾害信息员，"
                   "灾害多发频发区划均已落实AB岗。"))
    doc.signature()
    return doc.save(out)
