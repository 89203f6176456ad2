"""Training prints (DOMAIN.md §5 report 2): the sign-in sheet of one training (`training-signin`)
and the training-rate table by level (`training-rate`, rule O5)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from sqlalchemy import select

from emergency_desk.data.db import Database
from emergency_desk.data.enums import RegionLevel
from emergency_desk.data.people import TrainingEvent
from emergency_desk.errors import InputRejected
from emergency_desk.i18n import t
from emergency_desk.reports.officers import officer_query
from emergency_desk.reports.pdf import Col, ReportDocument, Styled
from emergency_desk.reports.scope import resolve_region, scope_label
from emergency_desk.reports.tables import RED, Cell
from emergency_desk.services.officers.trainings import TrainingRate, TrainingService
from emergency_desk.services.officers.views import OfficerRow, OfficerViews
from emergency_desk.services.regions.regions import RegionService
from emergency_desk.services.settings import SettingsService

SIGNIN_TITLE = "灾害信息员培训签到表"
SIGNIN_COLUMNS = ("序号", "姓名", "单位/村(社区)", "职务", "电话", "签名")
_SIGNIN_WEIGHTS = (0.5, 1.1, 1.6, 1.6, 1.4, 3.0)
SPARE_LINES = 5  # blank lines for people who come without being on the list
# The signature cell: two lines of no-break spaces, so the row is tall enough to sign by hand
# and the column stays wide (tables size rows and columns by their cells' text; ordinary
# whitespace would collapse).
_SIGN_SPACE = "\u00a0" * 36 + "\n\u00a0"
RATE_TITLE = "灾害信息员培训率统计表"
RATE_COLUMNS = ("层级", "在岗人数", "本年已培训人数", "培训率", "目标", "达标情况")



def latest_event_id(db: Database) -> int:
    """The training a sign-in sheet is for when none is chosen: the latest real one."""
    with db.read() as s:
        eid = s.scalar(select(TrainingEvent.id).where(
            TrainingEvent.is_deleted.is_(False), TrainingEvent.is_imported.is_(False))
            .order_by(TrainingEvent.date.desc(), TrainingEvent.id.desc()).limit(1))
    if eid is None:
        raise InputRejected(t("尚未登记培训，无法生成签到表。请先在“培训”页新增培训。"))
    return int(eid)


def _where(r: OfficerRow) -> str:
    return r.region_name if r.level != RegionLevel.COUNTY else t("县级")


def build_signin(db: Database, out: Path, event_id: int | None = None,
                 region: str | None = None) -> Path:
    """The sign-in sheet: the attendance taken so far, or (none yet) every active officer of
    the scope, so the sheet can go to the training and come back signed."""
    scope = resolve_region(db, region)
    event = TrainingService(db).get_event(event_id or latest_event_id(db))
    officers = OfficerViews(db).list(officer_query(scope))
    by_person = {r.person_id: r for r in officers}
    rows: list[list[Cell]] = []
    attendees = TrainingService(db).attendees(event.id)
    if attendees:
        for a in attendees:
            o = by_person.get(a.person_id)
            if scope is not None and o is None:
                continue  # someone outside the printed region
            rows.append([len(rows) + 1, a.name, _where(o) if o else a.employer or "",
                         (o.duty_title if o else None) or a.job_title or "",
                         a.mobile or "", _SIGN_SPACE])
    else:
        for o in officers:
            rows.append([len(rows) + 1, o.name, _where(o), o.duty_title or "", o.mobile or "",
                         _SIGN_SPACE])
    for _ in range(SPARE_LINES):
        rows.append([len(rows) + 1, "", "", "", "", _SIGN_SPACE])
    doc = ReportDocument.for_db(db, t(SIGNIN_TITLE), scope=scope_label(scope), as_of=event.date)
    doc.text(t("培训名称：{v}", v=event.title))
    doc.text(t("培训时间：{d}；学时：{h}；地点：{p}", d=event.date.isoformat(),
               h=f"{event.hours:g}" if event.hours is not None else "____",
               p=event.location or "__________"))
    doc.text(t("组织单位：{v}；层级：{l}；类型：{k}", v=event.organizer or "__________",
               l=event.level_label or "____", k=event.kind or "____"))
    cols = [Col(t(c), w, "right" if c == "序号" else "left")
            for c, w in zip(SIGNIN_COLUMNS, _SIGNIN_WEIGHTS, strict=True)]
    doc.table(cols, rows)
    doc.signature()
    return doc.save(out)


def build_signin_report(db: Database, out: Path, region: str | None = None) -> Path:
    """`report training-signin`: the latest training; --region limits the people listed."""
    return build_signin(db, out, None, region)


def _rate_text(r: TrainingRate) -> str:
    return f"{r.rate:.1f}%" if r.rate is not None else "—"


def _rate_cell(r: TrainingRate, target: float) -> Cell:
    if r.rate is None:
        return "—"
    return Styled(_rate_text(r), RED, True) if r.rate < target else _rate_text(r)


def build_rate(db: Database, out: Path, region: str | None = None,
               year: int | None = None) -> Path:
    """`report training-rate`: per level, then per township, for the current year."""
    scope = resolve_region(db, region)
    year = year or date.today().year
    target = float(SettingsService(db).get("training_rate_target"))
    service = TrainingService(db)
    whole = scope is None or scope.level == RegionLevel.COUNTY
    regions = RegionService(db)
    if scope is None or scope.level == RegionLevel.COUNTY:
        towns = sorted(regions.townships(), key=lambda r: (r.code or "~", r.name))
    elif scope.level == RegionLevel.TOWNSHIP:
        towns = [scope]
    else:  # a village: its township's table, as the township reports it
        towns = [regions.get(scope.parent_id)] if scope.parent_id else []
    rates = service.training_rates(year, None if whole or not towns else towns[0].id)
    doc = ReportDocument.for_db(db, t(RATE_TITLE), scope=scope_label(scope))
    doc.text(t("统计年度：{y} 年；培训率 = 本年参加过培训的在岗灾害信息员 ÷ 在岗灾害信息员；"
               "目标 {target:.0f}%（可在“设置”中修改）。", y=year, target=target))
    rows: list[list[Cell]] = []
    for r in rates:
        if whole or r.tier != "county":
            ok: Cell = "—" if r.rate is None else (
                t("达标") if r.rate >= target else Styled(t("未达标"), RED, True))
            rows.append([r.label, r.officers, r.trained, _rate_cell(r, target),
                         f"{target:.0f}%", ok])
    n = sum(r.officers for r in rates if whole or r.tier != "county")
    k = sum(r.trained for r in rates if whole or r.tier != "county")
    total: list[Cell] = [t("合计"), n, k, f"{100 * k / n:.1f}%" if n else "—", "", ""]
    doc.table([Col(t(c), 1.0, "left" if c == "层级" else "right") for c in RATE_COLUMNS],
              rows, total=total)
    if len(towns) > 1 or not whole:
        doc.heading(t("分乡镇统计"))
        lines: list[list[Cell]] = []
        for town in towns:
            per = {r.tier: r for r in service.training_rates(year, town.id)}
            tn, vn = per["township"], per["village"]
            both = TrainingRate("all", "", tn.officers + vn.officers, tn.trained + vn.trained)
            lines.append([town.name, f"{tn.trained}/{tn.officers}", _rate_cell(tn, target),
                          f"{vn.trained}/{vn.officers}", _rate_cell(vn, target),
                          _rate_cell(both, target)])
        doc.table([Col(t("乡镇")), Col(t("乡镇级 已培训/在岗"), 1.0, "right"),
                   Col(t("乡镇级 培训率"), 1.0, "right"),
                   Col(t("村（社区）级 已培训/在岗"), 1.0, "right"),
                   Col(t("村（社区）级 培训率"), 1.0, "right"),
                   Col(t("合计 培训率"), 1.0, "right")], lines)
    doc.signature()
    return doc.save(out)
