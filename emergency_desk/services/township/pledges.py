"""防汛责任书 (register `pledges`, rule F1): flood-control responsibility letters signed down
the chain, 县→乡镇 and 乡镇→村(社区), one per region and year.

F1 flags, during the flood-season months (a setting), every live village or community that
has no letter for the current year.
"""

from __future__ import annotations

import builtins
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from sqlalchemy import ColumnElement, select
from sqlalchemy.orm import Session

from emergency_desk.data.base import now
from emergency_desk.data.db import Database
from emergency_desk.data.enums import RegionLevel
from emergency_desk.data.models import Region
from emergency_desk.data.township import FloodPledge, PledgeLevel
from emergency_desk.errors import InputRejected, ValidationFailed
from emergency_desk.i18n import t
from emergency_desk.services.library.files import FileInfo, RecordFiles, file_info
from emergency_desk.services.query import streamed
from emergency_desk.services.regions.references import Reference, register_reference
from emergency_desk.services.township.common import clean

register_reference(Reference("region", FloodPledge, "region_id", "防汛责任书", "份"))
_VILLAGES = (RegionLevel.VILLAGE.value, RegionLevel.COMMUNITY.value)


@dataclass
class PledgeInput:
    year: int
    region_id: int
    responsible: str
    post: str | None = None
    signed_date: date | None = None
    issuer: str | None = None
    remark: str | None = None


@dataclass(frozen=True)
class PledgeRow:
    id: int
    year: int
    level: PledgeLevel
    region_id: int
    region_path: str
    responsible: str
    post: str | None
    issuer: str | None
    signed_date: date | None
    remark: str | None
    file: FileInfo | None = None  # the scanned letter (PDF/JPG)


def check_pledge(d: PledgeInput, *, region_level: Callable[[int], str | None],
                 ) -> tuple[PledgeInput, PledgeLevel]:
    """The form's rules on `d`: its cleaned values and the letter's level, or
    ValidationFailed (label → reason). The signing region's level (None when it is not
    live) is asked through a callable, which the form answers with a select and the import
    from a dict loaded once (io/pledge_rows.py)."""
    problems: dict[str, str] = {}
    level = PledgeLevel.TOWNSHIP_VILLAGE
    region = region_level(d.region_id)
    if region is None:
        problems["签订单位"] = t("所属区划不存在或已删除")
    elif region == RegionLevel.TOWNSHIP.value:
        level = PledgeLevel.COUNTY_TOWNSHIP
    elif region not in _VILLAGES:
        problems["签订单位"] = t("防汛责任书由乡镇或村（社区）签订")
    if not 2000 <= (d.year or 0) <= date.today().year + 1:
        problems["年度"] = t("年度应在 2000 到 {y} 之间", y=date.today().year + 1)
    responsible = clean(d.responsible)
    if responsible is None:
        problems["责任人"] = t("责任人不能为空")
    if d.signed_date is not None and d.signed_date > date.today():
        problems["签订日期"] = t("签订日期晚于今天")
    if problems:
        raise ValidationFailed(problems)
    assert responsible is not None
    return PledgeInput(d.year, d.region_id, responsible, clean(d.post), d.signed_date,
                       clean(d.issuer), clean(d.remark)), level


def _check_in(session: Session, d: PledgeInput) -> tuple[PledgeInput, PledgeLevel]:
    def region_level(region_id: int) -> str | None:
        region = session.get(Region, region_id)
        return None if region is None or region.is_deleted else region.level

    return check_pledge(d, region_level=region_level)


def pledge_values(d: PledgeInput, level: PledgeLevel) -> dict[str, Any]:
    """The letter's columns (its file aside) for checked input `d`, as the form's save sets
    them."""
    return {"year": d.year, "region_id": d.region_id, "level": level.value,
            "responsible": d.responsible, "post": d.post, "signed_date": d.signed_date,
            "issuer": d.issuer, "remark": d.remark}


def _apply(p: FloodPledge, d: PledgeInput, level: PledgeLevel) -> None:
    for f, v in pledge_values(d, level).items():
        setattr(p, f, v)


def _find(session: Session, year: int, region_id: int) -> FloodPledge | None:
    return session.scalars(select(FloodPledge).where(
        FloodPledge.year == year, FloodPledge.region_id == region_id,
        FloodPledge.is_deleted.is_(False))).first()


def upsert_pledge_in(session: Session, data: PledgeInput) -> tuple[int, str]:
    """The import's write: one letter per region and year."""
    d, level = _check_in(session, data)
    found = _find(session, d.year, d.region_id)
    if found is None:
        p = FloodPledge()
        _apply(p, d, level)
        session.add(p)
        session.flush()
        return p.id, "inserted"
    if d.remark is None:
        d.remark = found.remark
    keys = ("responsible", "post", "signed_date", "issuer", "remark", "level")
    before = tuple(getattr(found, k) for k in keys)
    _apply(found, d, level)
    return found.id, "unchanged" if tuple(getattr(found, k) for k in keys) == before \
        else "updated"


def _pledges(*cond: ColumnElement[bool]) -> Any:
    return (select(FloodPledge, Region.path).join(Region, Region.id == FloodPledge.region_id)
            .where(FloodPledge.is_deleted.is_(False), *cond)
            .order_by(FloodPledge.year.desc(), FloodPledge.level, Region.code, Region.path,
                      FloodPledge.id))


def _pledge_rows(found: Iterable[Any]) -> builtins.list[PledgeRow]:
    return [PledgeRow(p.id, p.year, PledgeLevel(p.level), p.region_id, path, p.responsible,
                      p.post, p.issuer, p.signed_date, p.remark, file_info(p))
            for p, path in found]


def pledge_rows_in(session: Session, *cond: ColumnElement[bool]) -> builtins.list[PledgeRow]:
    return _pledge_rows(session.execute(_pledges(*cond)))


def pledge_rows_streamed(session: Session) -> Iterator[PledgeRow]:
    """Every live pledge in the list's order, a chunk at a time (the export)."""
    return streamed(session, _pledges(), _pledge_rows)


def villages_without_in(session: Session, year: int) -> builtins.list[tuple[int, str]]:
    """(id, path) of live villages and communities with no letter for `year` (F1)."""
    signed = select(FloodPledge.region_id).where(FloodPledge.year == year,
                                                 FloodPledge.is_deleted.is_(False))
    return [(rid, path) for rid, path in session.execute(
        select(Region.id, Region.path).where(
            Region.is_deleted.is_(False), Region.level.in_(_VILLAGES),
            Region.id.not_in(signed)).order_by(Region.code, Region.path))]


def flood_months(text: str) -> set[int]:
    """The 汛期 setting ('5-9' or '5、6、7、8、9') as month numbers; blank or unreadable → none."""
    months: set[int] = set()
    for part in text.replace("、", ",").replace("，", ",").split(","):
        part = part.strip().replace("月", "")
        if "-" in part:
            a, _, b = part.partition("-")
            if a.strip().isdigit() and b.strip().isdigit():
                months |= set(range(int(a), int(b) + 1))
        elif part.isdigit():
            months.add(int(part))
    return {m for m in months if 1 <= m <= 12}


class PledgeService:
    def __init__(self, db: Database) -> None:
        self.db = db
        self.files = RecordFiles(db, FloodPledge, lambda: t("该防汛责任书不存在或已删除"))

    def save(self, data: PledgeInput, pledge_id: int | None = None) -> int:
        with self.db.begin() as s:
            d, level = _check_in(s, data)
            other = _find(s, d.year, d.region_id)
            if other is not None and other.id != pledge_id:
                raise ValidationFailed({"签订单位": t("该单位 {y} 年的防汛责任书已登记", y=d.year)})
            if pledge_id is None:
                p = FloodPledge()
                s.add(p)
            else:
                found = s.get(FloodPledge, pledge_id)
                if found is None or found.is_deleted:
                    raise InputRejected(t("该防汛责任书不存在或已删除"))
                p = found
            _apply(p, d, level)
            s.flush()
            return p.id

    def delete(self, pledge_id: int) -> None:
        with self.db.begin() as s:
            p = s.get(FloodPledge, pledge_id)
            if p is None or p.is_deleted:
                raise InputRejected(t("该防汛责任书不存在或已删除"))
            p.is_deleted, p.deleted_at = True, now()

    def attach_scan(self, pledge_id: int, path: Path | str) -> FileInfo:
        """Keep the signed letter's scan with the record (and so in every backup)."""
        return self.files.attach(pledge_id, path)

    def remove_scan(self, pledge_id: int) -> None:
        self.files.remove(pledge_id)

    def open_scan(self, pledge_id: int, folder: Path | None = None) -> Path:
        return self.files.open(pledge_id, folder)

    def villages_without(self, year: int) -> builtins.list[tuple[int, str]]:
        with self.db.read() as s:
            return villages_without_in(s, year)

    def get(self, pledge_id: int) -> PledgeRow | None:
        with self.db.read() as s:
            rows = pledge_rows_in(s, FloodPledge.id == pledge_id)
        return rows[0] if rows else None

    def list(self, year: int | None = None, township_id: int | None = None,
             search: str = "") -> builtins.list[PledgeRow]:
        cond: builtins.list[ColumnElement[bool]] = []
        if year is not None:
            cond.append(FloodPledge.year == year)
        if township_id is not None:
            cond.append((Region.id == township_id) | (Region.parent_id == township_id))
        if search.strip():
            like = f"%{search.strip()}%"
            cond.append(FloodPledge.responsible.like(like) | Region.path.like(like))
        with self.db.read() as s:
            return pledge_rows_in(s, *cond)


def restore_pledge(session: Session, obj: Any) -> None:
    """Recycle bin: a 防汛责任书 comes back only while its 区划 has no live one for that year."""
    other = _find(session, obj.year, obj.region_id)
    if other is not None and other.id != obj.id:
        raise InputRejected(t("该区划已有 {year} 年的防汛责任书，不能恢复；请先删除或改动那一条",
                              year=obj.year))
