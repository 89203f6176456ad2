"""值班表 report (`report duty`): the coming weeks' roster per township, its gaps (D1) and the
recent 值班记录 log; and the 领导小组 roster that goes with it (`report leaders`)."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

from emergency_desk.data.db import Database
from emergency_desk.data.enums import RegionLevel
from emergency_desk.i18n import t
from emergency_desk.reports.pdf import ReportDocument
from emergency_desk.reports.scope import resolve_region, scope_label
from emergency_desk.reports.tables import RED, Cell, Col, Group, Styled
from emergency_desk.services.settings import SettingsService
from emergency_desk.services.township.duty import DutyService, weekday
from emergency_desk.services.township.leaders import LeadersService

DUTY_TITLE = "值班表"
DUTY_COLUMNS = ("日期", "星期", "班次", "带班领导", "带班领导电话", "值班员", "值班员电话",
                "值班电话", "汛期")
LEADERS_TITLE = "应急管理领导小组名单"
LEADERS_COLUMNS = ("序号", "姓名", "小组职务", "本职职务", "手机号码", "办公电话")
PRINT_DAYS = 31  # one month ahead: what a township posts on the duty-room wall
LOG_DAYS = 30


def _region_ids(db: Database, region: str | None) -> tuple[set[int] | None, str | None]:
    scope = resolve_region(db, region)
    if scope is None:
        return None, None
    if scope.level in (RegionLevel.TOWNSHIP, RegionLevel.COUNTY):
        return {scope.id}, scope_label(scope)
    return {scope.parent_id} if scope.parent_id else set(), scope_label(scope)


def build_duty(db: Database, out: Path, region: str | None = None,
               today: date | None = None) -> Path:
    today = today or date.today()
    ids, label = _region_ids(db, region)
    svc = DutyService(db)
    end = today + timedelta(days=PRINT_DAYS - 1)
    rows = [r for r in svc.roster(start=today, end=end)
            if ids is None or r.region_id in ids]
    doc = ReportDocument.for_db(db, t(DUTY_TITLE), landscape=True, scope=label)
    doc.text(t("值班时段：{a} 至 {b}。24小时值班，领导干部带班；汛期加强值班。",
               a=today.isoformat(), b=end.isoformat()))
    groups: dict[str, Group] = {}
    for r in rows:
        g = groups.setdefault(r.region_path, Group(r.region_path.split("/", 1)[-1]))
        g.rows.append([r.duty_date, weekday(r.duty_date),
                       r.shift.label, r.leader or Styled(t("缺"), RED, True), r.leader_phone,
                       r.officer or Styled(t("缺"), RED, True), r.officer_phone, r.duty_phone,
                       t("是") if r.flood_season else ""])
    cols = [Col(t(n), w, "centre" if n in ("星期", "班次", "汛期") else "left")
            for n, w in zip(DUTY_COLUMNS, (1.1, 0.6, 0.6, 1.0, 1.3, 1.8, 1.3, 1.3, 0.5),
                            strict=True)]
    if groups:
        doc.table(cols, list(groups.values()))
    else:
        doc.text(t("这段时间没有值班安排。"))
    days = int(SettingsService(db).get("duty_lookahead_days"))
    gaps = svc.gaps(today, days, ids)
    doc.heading(t("值班缺口（未来 {n} 天，规则 D1）", n=days))
    if gaps:
        doc.table([Col(t("单位"), 2.0), Col(t("日期"), 1.2), Col(t("缺口"), 2.0)],
                  [[g.region_path.split("/", 1)[-1], g.day, Styled(g.missing, RED)]
                   for g in gaps])
    else:
        doc.text(t("无缺口。"))
    logs = [g for g in svc.logs(start=today - timedelta(days=LOG_DAYS), end=today)
            if ids is None or g.region_id in ids]
    doc.heading(t("值班记录（近 {n} 天）", n=LOG_DAYS))
    if logs:
        log_rows: list[list[Cell]] = [
            [g.received_at.strftime("%Y-%m-%d %H:%M"), g.region_path.split("/", 1)[-1],
             g.caller, g.content, g.handler, g.reported_to,
             g.reported_at.strftime("%m-%d %H:%M") if g.reported_at else "", g.outcome]
            for g in logs]
        doc.table([Col(t("来电时间"), 1.3), Col(t("单位"), 1.0), Col(t("来电单位或人员"), 1.2),
                   Col(t("内容"), 3.2), Col(t("值班员"), 0.8), Col(t("报告对象"), 1.1),
                   Col(t("报告时间"), 0.9), Col(t("处理结果"), 1.4)], log_rows)
    else:
        doc.text(t("没有值班记录。"))
    doc.signature()
    return doc.save(out)


def build_leaders(db: Database, out: Path, region: str | None = None) -> Path:
    ids, label = _region_ids(db, region)
    members = [m for m in LeadersService(db).members() if ids is None or m.region_id in ids]
    doc = ReportDocument.for_db(db, t(LEADERS_TITLE), scope=label)
    groups: dict[int, Group] = {}
    for m in members:
        g = groups.get(m.group_id)
        if g is None:
            title = f"{m.region_path.split('/', 1)[-1]}  {m.group_name}"
            if m.doc_no:
                title += t("（{doc}）", doc=m.doc_no)
            g = groups[m.group_id] = Group(title)
        g.rows.append([len(g.rows) + 1, m.name, m.role.label, m.post, m.mobile,
                       m.office_phone])
    cols = [Col(t(n), w, "right" if n == "序号" else "left")
            for n, w in zip(LEADERS_COLUMNS, (0.5, 1.0, 1.2, 2.2, 1.3, 1.3), strict=True)]
    if groups:
        doc.table(cols, list(groups.values()))
    else:
        doc.text(t("尚未录入领导小组成员。"))
    doc.signature()
    return doc.save(out)
