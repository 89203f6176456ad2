"""值班 (register `duty`): the roster of 带班领导 and 值班员 per day and shift, and the 值班记录.

Rule D1 and 六有 有机制 read `gaps()`: a day in the coming N days on which no live roster row
of the region names both a 带班领导 and a 值班员. A split day (白班 + 夜班) counts as covered
when every shift recorded that day has both; one 全天 row covers the day on its own.
"""

from __future__ import annotations

import builtins
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any

from sqlalchemy import ColumnElement, select
from sqlalchemy.orm import Session

from emergency_desk.data.base import now
from emergency_desk.data.db import Database
from emergency_desk.data.enums import RegionLevel
from emergency_desk.data.models import Region
from emergency_desk.data.township import DutyLog, DutyRoster, DutyShift
from emergency_desk.errors import InputRejected, ValidationFailed
from emergency_desk.i18n import N_, t
from emergency_desk.services.query import streamed
from emergency_desk.services.regions.references import Reference, register_reference
from emergency_desk.services.township.common import check_phone, check_phones, clean

register_reference(Reference("region", DutyRoster, "region_id", "值班安排", "条"))
register_reference(Reference("region", DutyLog, "region_id", "值班记录", "条"))


WEEKDAYS = (N_("周一"), N_("周二"), N_("周三"), N_("周四"), N_("周五"), N_("周六"), N_("周日"))


def weekday(day: date) -> str:
    """'周三': how a 值班表 heads its second column."""
    return t(WEEKDAYS[day.weekday()])


@dataclass
class RosterInput:
    region_id: int
    duty_date: date
    shift: DutyShift = DutyShift.ALL_DAY
    leader: str | None = None
    leader_phone: str | None = None
    officer: str | None = None
    officer_phone: str | None = None
    duty_phone: str | None = None
    flood_season: bool = False
    remark: str | None = None


@dataclass(frozen=True)
class RosterRow:
    id: int
    region_id: int
    region_path: str
    duty_date: date
    shift: DutyShift
    leader: str | None
    leader_phone: str | None
    officer: str | None
    officer_phone: str | None
    duty_phone: str | None
    flood_season: bool
    remark: str | None

    @property
    def complete(self) -> bool:
        return bool(self.leader and self.officer)


@dataclass
class LogInput:
    region_id: int
    received_at: datetime
    content: str
    caller: str | None = None
    caller_phone: str | None = None
    handler: str | None = None
    reported_to: str | None = None
    reported_at: datetime | None = None
    outcome: str | None = None
    remark: str | None = None


@dataclass(frozen=True)
class LogRow:
    id: int
    region_id: int
    region_path: str
    received_at: datetime
    caller: str | None
    caller_phone: str | None
    content: str
    handler: str | None
    reported_to: str | None
    reported_at: datetime | None
    outcome: str | None


@dataclass(frozen=True)
class DutyGap:
    region_id: int
    region_path: str
    day: date
    missing: str  # 未排班 / 缺带班领导 / 缺值班员 / 缺带班领导和值班员

    @property
    def text(self) -> str:
        """'12月8日缺带班领导' (English: '12/8 no leader on duty')."""
        return t("{m}月{d}日{what}", m=self.day.month, d=self.day.day, what=self.missing)


def _live_region(session: Session, region_id: int, problems: dict[str, str]) -> None:
    r = session.get(Region, region_id)
    if r is None or r.is_deleted:
        problems["单位"] = t("所属区划不存在或已删除")


def check_roster(data: RosterInput, *, region_ok: bool) -> RosterInput:
    """The slot's rules, for the form (`check_roster_in`, asking the session) and the import
    (io/duty_rows.py, asking dicts loaded once): the cleaned input, or ValidationFailed.
    `region_ok`: the 单位 is a live region."""
    problems: dict[str, str] = {}
    if not region_ok:
        problems["单位"] = t("所属区划不存在或已删除")
    if data.duty_date is None:
        problems["值班日期"] = t("值班日期不能为空")
    leader, officer = clean(data.leader), clean(data.officer)
    if leader is not None and len(leader) > 50:
        problems["带班领导"] = t("姓名过长（最多 50 字）")
    if officer is not None and len(officer) > 100:
        problems["值班员"] = t("值班员过长（最多 100 字）")
    if leader is None and officer is None:
        problems["值班员"] = t("带班领导和值班员至少填写一个")
    out = RosterInput(
        data.region_id, data.duty_date, DutyShift(data.shift), leader,
        check_phone("带班领导电话", data.leader_phone, problems), officer,
        check_phones("值班员电话", data.officer_phone, problems),
        check_phone("值班电话", data.duty_phone, problems), bool(data.flood_season),
        clean(data.remark))
    if problems:
        raise ValidationFailed(problems)
    return out


def check_roster_in(session: Session, data: RosterInput) -> RosterInput:
    problems: dict[str, str] = {}
    _live_region(session, data.region_id, problems)
    return check_roster(data, region_ok=not problems)


ROSTER_FIELDS = ("region_id", "duty_date", "shift", "leader", "leader_phone", "officer",
                 "officer_phone", "duty_phone", "flood_season", "remark")


def roster_values(d: RosterInput) -> dict[str, Any]:
    """The stored columns of a checked slot (the form sets them on its object, the import
    writes them)."""
    return {**{f: getattr(d, f) for f in ROSTER_FIELDS}, "shift": d.shift.value}


def _apply_roster(r: DutyRoster, d: RosterInput) -> None:
    for key, value in roster_values(d).items():
        setattr(r, key, value)


def _find_slot(session: Session, d: RosterInput) -> DutyRoster | None:
    return session.scalars(select(DutyRoster).where(
        DutyRoster.region_id == d.region_id, DutyRoster.duty_date == d.duty_date,
        DutyRoster.shift == d.shift.value, DutyRoster.is_deleted.is_(False))).first()


def save_roster_in(session: Session, data: RosterInput,
                   roster_id: int | None = None) -> DutyRoster:
    """The form's save: a new slot, or slot `roster_id` changed."""
    d = check_roster_in(session, data)
    other = _find_slot(session, d)
    if other is not None and other.id != roster_id:
        raise ValidationFailed({"值班日期": t(
            "{day} {shift}已有值班安排，请编辑那一条", day=d.duty_date.isoformat(),
            shift=d.shift.label)})
    if roster_id is None:
        r = DutyRoster()
        session.add(r)
    else:
        found = session.get(DutyRoster, roster_id)
        if found is None or found.is_deleted:
            raise InputRejected(t("该值班安排不存在或已删除"))
        r = found
    _apply_roster(r, d)
    session.flush()
    return r


def _gap_text(rows: builtins.list[tuple[str | None, str | None]]) -> str | None:
    if not rows:
        return t("未排班")
    no_leader = any(not leader for leader, _ in rows)
    no_officer = any(not officer for _, officer in rows)
    if no_leader and no_officer:
        return t("缺带班领导和值班员")
    if no_leader:
        return t("缺带班领导")
    if no_officer:
        return t("缺值班员")
    return None


def gaps_in(session: Session, start: date, days: int,
            region_ids: set[int] | None = None) -> builtins.list[DutyGap]:
    """Uncovered days from `start` for `days` days: every township, and the county office
    when it keeps a roster of its own."""
    end = start + timedelta(days=days - 1)
    regions = session.execute(select(Region.id, Region.path, Region.level).where(
        Region.is_deleted.is_(False), Region.level.in_(
            (RegionLevel.TOWNSHIP.value, RegionLevel.COUNTY.value)))
        .order_by(Region.code, Region.path)).all()
    slots: dict[tuple[int, date], list[tuple[str | None, str | None]]] = {}
    keeps: set[int] = set()
    for rid, day, leader, officer in session.execute(
            select(DutyRoster.region_id, DutyRoster.duty_date, DutyRoster.leader,
                   DutyRoster.officer).where(DutyRoster.is_deleted.is_(False))):
        keeps.add(rid)
        if start <= day <= end:
            slots.setdefault((rid, day), []).append((leader, officer))
    out: list[DutyGap] = []
    for rid, path, level in regions:
        if region_ids is not None and rid not in region_ids:
            continue
        if level == RegionLevel.COUNTY.value and rid not in keeps:
            continue  # a township office's program holds the county only as the tree's root
        for i in range(days):
            day = start + timedelta(days=i)
            text = _gap_text(slots.get((rid, day), []))
            if text is not None:
                out.append(DutyGap(rid, path, day, text))
    return out


def _roster(cond: Iterable[ColumnElement[bool]], descending: bool = False) -> Any:
    order = DutyRoster.duty_date.desc() if descending else DutyRoster.duty_date
    return (select(DutyRoster, Region.path).join(Region, Region.id == DutyRoster.region_id)
            .where(*cond).order_by(order, Region.code, Region.path, DutyRoster.shift,
                                   DutyRoster.id))


def _roster_rows(found: Iterable[Any]) -> list[RosterRow]:
    return [RosterRow(r.id, r.region_id, path, r.duty_date, DutyShift(r.shift), r.leader,
                      r.leader_phone, r.officer, r.officer_phone, r.duty_phone,
                      r.flood_season, r.remark)
            for r, path in found]


def roster_streamed(session: Session) -> Iterator[RosterRow]:
    """The whole live roster in the roster's order, a chunk at a time (the export)."""
    return streamed(session, _roster([DutyRoster.is_deleted.is_(False)]), _roster_rows)


class DutyService:
    def __init__(self, db: Database) -> None:
        self.db = db

    # -- roster --------------------------------------------------------------------------
    def save(self, data: RosterInput, roster_id: int | None = None) -> int:
        with self.db.begin() as s:
            return save_roster_in(s, data, roster_id).id

    def delete(self, roster_id: int) -> None:
        with self.db.begin() as s:
            r = s.get(DutyRoster, roster_id)
            if r is None or r.is_deleted:
                raise InputRejected(t("该值班安排不存在或已删除"))
            r.is_deleted, r.deleted_at = True, now()

    def get(self, roster_id: int) -> RosterRow | None:
        rows = self.roster(ids=(roster_id,))
        return rows[0] if rows else None

    def roster(self, region_id: int | None = None, start: date | None = None,
               end: date | None = None, search: str = "", descending: bool = False,
               ids: tuple[int, ...] | None = None) -> builtins.list[RosterRow]:
        cond: builtins.list[ColumnElement[bool]] = [DutyRoster.is_deleted.is_(False)]
        if ids is not None:
            cond.append(DutyRoster.id.in_(ids))
        if region_id is not None:
            cond.append(DutyRoster.region_id == region_id)
        if start is not None:
            cond.append(DutyRoster.duty_date >= start)
        if end is not None:
            cond.append(DutyRoster.duty_date <= end)
        if search.strip():
            like = f"%{search.strip()}%"
            cond.append(DutyRoster.leader.like(like) | DutyRoster.officer.like(like)
                        | Region.path.like(like) | DutyRoster.remark.like(like))
        with self.db.read() as s:
            return _roster_rows(s.execute(_roster(cond, descending)))

    def gaps(self, start: date, days: int,
             region_ids: set[int] | None = None) -> builtins.list[DutyGap]:
        with self.db.read() as s:
            return gaps_in(s, start, days, region_ids)

    # -- 值班记录 -------------------------------------------------------------------------
    def save_log(self, data: LogInput, log_id: int | None = None) -> int:
        problems: dict[str, str] = {}
        content = clean(data.content)
        if content is None:
            problems["内容"] = t("值班记录内容不能为空")
        if data.received_at is None:
            problems["来电时间"] = t("来电时间不能为空")
        elif data.reported_at is not None and data.reported_at < data.received_at:
            problems["报告时间"] = t("报告时间早于来电时间")
        phone = check_phone("来电电话", data.caller_phone, problems)
        with self.db.begin() as s:
            _live_region(s, data.region_id, problems)
            if problems:
                raise ValidationFailed(problems)
            if log_id is None:
                log = DutyLog()
                s.add(log)
            else:
                found = s.get(DutyLog, log_id)
                if found is None or found.is_deleted:
                    raise InputRejected(t("该值班记录不存在或已删除"))
                log = found
            log.region_id, log.received_at = data.region_id, data.received_at
            log.content, log.caller, log.caller_phone = content or "", clean(data.caller), phone
            log.handler, log.reported_to = clean(data.handler), clean(data.reported_to)
            log.reported_at, log.outcome = data.reported_at, clean(data.outcome)
            log.remark = clean(data.remark)
            s.flush()
            return log.id

    def delete_log(self, log_id: int) -> None:
        with self.db.begin() as s:
            log = s.get(DutyLog, log_id)
            if log is None or log.is_deleted:
                raise InputRejected(t("该值班记录不存在或已删除"))
            log.is_deleted, log.deleted_at = True, now()

    def logs(self, region_id: int | None = None, start: date | None = None,
             end: date | None = None, search: str = "") -> builtins.list[LogRow]:
        cond: builtins.list[ColumnElement[bool]] = [DutyLog.is_deleted.is_(False)]
        if region_id is not None:
            cond.append(DutyLog.region_id == region_id)
        if start is not None:
            cond.append(DutyLog.received_at >= datetime.combine(start, datetime.min.time()))
        if end is not None:
            cond.append(DutyLog.received_at < datetime.combine(end + timedelta(days=1),
                                                               datetime.min.time()))
        if search.strip():
            like = f"%{search.strip()}%"
            cond.append(DutyLog.content.like(like) | DutyLog.caller.like(like)
                        | DutyLog.handler.like(like) | Region.path.like(like))
        stmt = (select(DutyLog, Region.path).join(Region, Region.id == DutyLog.region_id)
                .where(*cond).order_by(DutyLog.received_at.desc(), DutyLog.id.desc()))
        with self.db.read() as s:
            return [LogRow(g.id, g.region_id, path, g.received_at, g.caller, g.caller_phone,
                           g.content, g.handler, g.reported_to, g.reported_at, g.outcome)
                    for g, path in s.execute(stmt)]


def restore_roster(session: Session, obj: Any) -> None:
    """Recycle bin: a duty slot comes back only while its 单位, 日期 and 班次 have no live
    slot (the form asks to edit that one instead)."""
    other = session.scalars(select(DutyRoster).where(
        DutyRoster.region_id == obj.region_id, DutyRoster.duty_date == obj.duty_date,
        DutyRoster.shift == obj.shift, DutyRoster.is_deleted.is_(False))).first()
    if other is not None and other.id != obj.id:
        raise InputRejected(t("{day} 该班次已有值班安排，不能恢复；请先删除或改动那一条",
                              day=obj.duty_date.isoformat()))
