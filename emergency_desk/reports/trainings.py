"""Training prints (docs/domain.md §5 report 2): the sign-in sheet of one training
(`training-signin`) and the training-rate table by level (`training-rate`, rule O5)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from sqlalchemy import ColumnElement, select

from emergency_desk.data.db import Database
from emergency_desk.data.enums import RegionLevel
from emergency_desk.data.people import TrainingEvent
from emergency_desk.errors import InputRejected
from emergency_desk.i18n import t
from emergency_desk.reports.officers import officer_query
from emergency_desk.reports.pdf import Col, ReportDocument, Styled
from emergency_desk.reports.scope import resolve_region, scope_label
from emergency_desk.reports.tables import RED, Cell
from emergency_desk.services.officers.trainings import (
    TrainingRate,
    TrainingService,
    for_officers,
    rate_targets,
)
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
RATE_COLUMNS = ("层级", "在岗人数", "本年已培训人数", "培训率", "目标", "达标情况", "目标依据")



def latest_event_id(db: Database) -> int:
    """The training a sign-in sheet is for when none is chosen: the latest one held for
    灾害信息员 (a rescue team's drill is not this sheet's)."""
    with db.read() as s:
        eid = s.scalar(select(TrainingEvent.id).where(
            TrainingEvent.is_deleted.is_(False), TrainingEvent.is_imported.is_(False),
            for_officers())
            .order_by(TrainingEvent.date.desc(), TrainingEvent.id.desc()).limit(1))
    if eid is None:
        raise InputRejected(t("尚未登记培训对象为“灾害信息员”的培训，无法生成签到表。"
                              "请先在“培训”页新增培训。"))
    return int(eid)


def _iso_date(text: str) -> date | None:
    try:
        return date.fromisoformat(text.strip())
    except ValueError:
        return None


def find_event_id(db: Database, text: str) -> int:
    """`report training-signin --event`: the training named by 培训名称, by its date
    (2025-04-01) or by both ("汛前培训@2025-04-01"); several matches must be told apart."""
    text = text.strip()
    title, sep, day_text = text.rpartition("@")
    if not sep:
        title, day_text = text, ""
    day = _iso_date(day_text or title)
    if day is not None and not day_text:
        title = ""  # the text was a date alone
    conds: list[ColumnElement[bool]] = [TrainingEvent.is_deleted.is_(False)]
    if day is not None:
        conds.append(TrainingEvent.date == day)
    if title.strip():
        conds.append(TrainingEvent.title == title.strip())
    with db.read() as s:
        found = s.execute(select(TrainingEvent.id, TrainingEvent.title, TrainingEvent.date)
                          .where(*conds).order_by(TrainingEvent.date.desc())).all()
    if not found:
        raise InputRejected(t("没有找到培训“{v}”。请写培训名称、培训日期（如 2025-04-01）或"
                              "“培训名称@日期”。", v=text))
    if len(found) > 1:
        raise InputRejected(t("“{v}”对应多次培训：{list}。请写“培训名称@日期”。", v=text,
                              list="、".join(f"{title}@{day.isoformat()}"
                                            for _i, title, day in found[:6])))
    return int(found[0][0])


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
    # The sheet is for one day's training, not a statistic: its header says 培训日期.
    doc = ReportDocument.for_db(db, t(SIGNIN_TITLE), scope=scope_label(scope), as_of=event.date,
                                as_of_label=t("培训日期"))
    doc.text(t("培训名称：{v}", v=event.title))
    doc.text(t("培训时间：{d}；学时：{h}；地点：{p}", d=event.date.isoformat(),
               h=f"{event.hours:g}" if event.hours is not None else "____",
               p=event.location or "__________"))
    doc.text(t("组织单位：{v}；层级：{l}；类型：{k}；培训对象：{a}",
               v=event.organizer or "__________", l=event.level_label or "____",
               k=event.kind or "____", a=event.audience_label or "____"))
    doc.text(t("名单为应到人员（已登记参训的按登记名单，否则为在岗灾害信息员）；"
               "名单外到场人员请在末尾空行补签。") if not attendees else
             t("名单为已登记的参训人员；名单外到场人员请在末尾空行补签。"))
    cols = [Col(t(c), w, "right" if c == "序号" else "left")
            for c, w in zip(SIGNIN_COLUMNS, _SIGNIN_WEIGHTS, strict=True)]
    doc.table(cols, rows)
    doc.signature()
    return doc.save(out)


def build_signin_report(db: Database, out: Path, region: str | None = None,
                        event: str | None = None) -> Path:
    """`report training-signin`: the training chosen with --event (default the latest
    灾害信息员 training); --region limits the people listed."""
    return build_signin(db, out, find_event_id(db, event) if event else None, region)


def _rate_text(r: TrainingRate) -> str:
    return f"{r.rate:.1f}%" if r.rate is not None else "—"


def _rate_cell(r: TrainingRate, target: float | None) -> Cell:
    """The rate, red when below `target` (None: no target, e.g. the two tiers together)."""
    if r.rate is None:
        return "—"
    below = target is not None and r.rate < target
    return Styled(_rate_text(r), RED, True) if below else _rate_text(r)


def build_rate(db: Database, out: Path, region: str | None = None,
               year: int | None = None) -> Path:
    """`report training-rate`: per level, then per township, for the current year."""
    scope = resolve_region(db, region)
    year = year or date.today().year
    targets = rate_targets(SettingsService(db).all())
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
    doc.text(t("统计年度：{y} 年；培训率 = 本年参加过灾害信息员培训的在岗人数 ÷ 在岗人数"
               "（按人计，一人兼两岗只计一人；救援队伍的训练演练不计）；各层级目标可在“设置”中"
               "修改。", y=year))
    rows: list[list[Cell]] = []
    for r in rates:
        if whole or r.tier != "county":
            target, source = targets[r.tier]
            ok: Cell = "—" if r.rate is None else (
                t("达标") if r.rate >= target else Styled(t("未达标"), RED, True))
            rows.append([r.label, r.officers, r.trained, _rate_cell(r, target),
                         f"≥{target:.0f}%", ok, source])
    all_ = service.training_rates(year, None if whole or not towns else towns[0].id,
                                  overall=True)[0]
    total: list[Cell] = [t("合计"), all_.officers, all_.trained, _rate_text(all_), "", "", ""]
    weights = {"层级": 1.0, "目标依据": 3.2}
    doc.table([Col(t(c), weights.get(c, 0.9), "left" if c in weights else "right")
               for c in RATE_COLUMNS], rows, total=total)
    if len(towns) > 1 or not whole:
        doc.heading(t("分乡镇统计"))
        lines: list[list[Cell]] = []
        for town in towns:
            per = {r.tier: r for r in service.training_rates(year, town.id)}
            tn, vn = per["township"], per["village"]
            both = service.training_rates(year, town.id, overall=True)[0]
            lines.append([town.name, f"{tn.trained}/{tn.officers}",
                          _rate_cell(tn, targets["township"][0]),
                          f"{vn.trained}/{vn.officers}",
                          _rate_cell(vn, targets["village"][0]), _rate_cell(both, None)])
        doc.table([Col(t("乡镇")), Col(t("乡镇级 已培训/在岗"), 1.0, "right"),
                   Col(t("乡镇级 培训率"), 1.0, "right"),
                   Col(t("村（社区）级 已培训/在岗"), 1.0, "right"),
                   Col(t("村（社区）级 培训率"), 1.0, "right"),
                   Col(t("合计 培训率"), 1.0, "right")], lines)
    doc.signature()
    return doc.save(out)
