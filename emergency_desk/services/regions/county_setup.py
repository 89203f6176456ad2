"""`init`: an office's own county tree from the bundled official data, and its own name.

Checked before anything is written: the county code (unknown → the closest names), the optional
township, the office name, the bundled file (damaged → EnvironmentProblem, exit 3), and that the
database does not already hold another county. Then one transaction creates what is missing and
nothing else, so running it again changes nothing and an office's own edits (a renamed or
deleted village, an added 自然村 or 片区) survive it.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field

from sqlalchemy import select
from sqlalchemy.orm import Session

from emergency_desk.data import access
from emergency_desk.data.db import Database
from emergency_desk.data.enums import RegionLevel
from emergency_desk.data.models import Region, Setting
from emergency_desk.errors import InputRejected
from emergency_desk.i18n import t
from emergency_desk.services.regions.official import Division, OfficialUnit, RegionData
from emergency_desk.services.regions.regions import RegionInput, create_in
from emergency_desk.services.settings import write_setting


@dataclass
class InitPlan:
    """What `init` will build, worked out from the bundled data alone (no database)."""

    county: Division
    county_path: str  # 安徽省 黄山市 黟县
    units: list[OfficialUnit]  # townships and villages to build, in code order
    office_name: str
    township: OfficialUnit | None = None


@dataclass
class InitSummary:
    county: str
    townships: int = 0  # in the plan
    villages: int = 0
    created: int = 0  # regions actually added this time
    settings: list[str] = field(default_factory=list)  # labels of settings that changed

    def text(self) -> str:
        head = t("{county}：{towns} 个乡镇（街道），{villages} 个村（社区）",
                 county=self.county, towns=self.townships, villages=self.villages)
        if not self.created and not self.settings:
            return head + t("，均已存在，未作改动。")
        return head + t("；本次新建 {n} 个区划。", n=self.created)


def _county_of(data: RegionData, text: str) -> Division:
    text = text.strip()
    code = text[:6] if text.isdigit() and len(text) == 12 and text.endswith("000000") else text
    found = data.division(code) if code.isdigit() and len(code) == 6 else None
    if found is None and not text.isdigit():  # a county name also works when it is unique
        named = [d for d in data.counties() if d.name == text]
        if len(named) == 1:
            found = named[0]
        elif named:
            raise InputRejected(t("有多个“{name}”，请用 6 位县级代码：{list}", name=text,
                                  list="、".join(f"{data.path_of(d)} {d.code}" for d in named)))
    if found is None:
        close = "、".join(f"{data.path_of(d)}（{d.code}）" for d in data.closest(text))
        raise InputRejected(t("找不到县级区划“{code}”（应为 6 位县级代码，如 341023）。", code=text)
                            + (t("最接近的是：{names}", names=close) if close else ""))
    return found


def plan(county: str, *, office_name: str, township: str | None = None,
         data: RegionData | None = None) -> InitPlan:
    """Check the request against the bundled data; raises InputRejected or
    EnvironmentProblem before any database is touched."""
    data = data or RegionData()
    office = (office_name or "").strip()
    if not office:
        raise InputRejected(t("请填写单位名称（如 浮梁县应急管理局），它印在每一份报表上。"))
    if len(office) > 100:
        raise InputRejected(t("单位名称不能超过 100 个字"))
    division = _county_of(data, county)
    units = data.county_units(division.code)
    chosen: OfficialUnit | None = None
    if township:
        text = township.strip()
        code = text.ljust(12, "0") if text.isdigit() and len(text) == 9 else text
        towns = [u for u in units if u.level == RegionLevel.TOWNSHIP]
        chosen = next((u for u in towns if code in (u.code, u.name, u.official_name)), None)
        if chosen is None:
            raise InputRejected(t("{county}没有乡镇（街道）“{town}”。"
                                  "{county}的乡镇（街道）有：{list}",
                                  county=division.name, town=text,
                                  list="、".join(f"{u.name}（{u.code[:9]}）" for u in towns)))
        units = [u for u in units if u.township_code == chosen.code]
    return InitPlan(division, data.path_of(division), units, office, chosen)


def _other_county(s: Session, county: Division) -> str | None:
    """The name of a county already in the database that is not this one."""
    for name, code in s.execute(select(Region.name, Region.code).where(
            Region.is_deleted.is_(False), Region.level == RegionLevel.COUNTY.value)):
        if (code or "")[:6] != county.code and not (code is None and name == county.name):
            return f"{name}（{code}）" if code else name
    return None


def _unique_name(s: Session, parent_id: int, unit: OfficialUnit) -> str:
    """The display name, unless a sibling already has it (two 新村村委会 in one township):
    then the official name, then that with the code's last digits."""
    for name in (unit.name, unit.official_name, f"{unit.name}（{unit.code[-3:]}）"):
        clash = s.scalar(select(Region.id).where(Region.parent_id == parent_id,
                                                 Region.name == name,
                                                 Region.is_deleted.is_(False)).limit(1))
        if clash is None:
            return name
    return f"{unit.official_name}（{unit.code}）"


def _known(s: Session, code: str) -> Region | None:
    """A region with this code, deleted ones too: a village the office deleted stays deleted."""
    return s.scalars(select(Region).where(Region.code == code)
                     .order_by(Region.is_deleted, Region.id)).first()


def apply(db: Database, p: InitPlan) -> InitSummary:
    """Build the plan into `db` (one transaction). Refuses a database holding another county."""
    access.require_admin(db, t("初始化本单位的区划和单位名称"))
    summary = InitSummary(county=p.county_path)
    summary.townships = sum(1 for u in p.units if u.level == RegionLevel.TOWNSHIP)
    summary.villages = len(p.units) - summary.townships
    with db.begin() as s:
        other = _other_county(s, p.county)
        if other is not None:
            raise InputRejected(t(
                "数据库中已有另一个县“{other}”，没有写入任何数据。一个数据库只放一个县的台账；"
                "请用 --db 另建一个数据库文件。", other=other))
        county = _known(s, p.county.full_code) or s.scalars(select(Region).where(
            Region.parent_id.is_(None), Region.name == p.county.name,
            Region.is_deleted.is_(False))).first()
        if county is None:
            county = create_in(s, RegionInput(name=p.county.name, level=RegionLevel.COUNTY,
                                              code=p.county.full_code))
            summary.created += 1
        parents: dict[str, int] = {}
        for unit in p.units:
            parent_id = county.id if unit.level == RegionLevel.TOWNSHIP \
                else parents.get(unit.township_code)
            found = _known(s, unit.code)
            if found is None and parent_id is not None:
                found = s.scalars(select(Region).where(
                    Region.parent_id == parent_id, Region.is_deleted.is_(False),
                    Region.name.in_([unit.name, unit.official_name]))).first()
            if found is None and parent_id is not None:
                found = create_in(s, RegionInput(
                    name=_unique_name(s, parent_id, unit), level=unit.level,
                    parent_id=parent_id, code=unit.code, official_name=unit.official_name))
                summary.created += 1
            if unit.level == RegionLevel.TOWNSHIP and found is not None and not found.is_deleted:
                parents[unit.code] = found.id
        for key, label, value in (("office_name", "单位名称", p.office_name),
                                  ("county_name", "县（区）名称", p.county.name)):
            row = s.get(Setting, key)
            if row is None or json.loads(row.value) != value:
                write_setting(s, key, value)
                summary.settings.append(label)
    return summary


def init_county(db: Database, county: str, *, office_name: str, township: str | None = None,
                data: RegionData | None = None) -> InitSummary:
    return apply(db, plan(county, office_name=office_name, township=township, data=data))


def first_start_due(db: Database) -> bool:
    """The window asks for the county and office once: when no office name is set and it has
    not asked before."""
    from emergency_desk.services.settings import SettingsService

    values = SettingsService(db).all()
    return not values["first_start_asked"] and not str(values["office_name"] or "").strip()


def mark_first_start_asked(db: Database) -> None:
    with access.system(), db.begin() as s:  # the program's own note, not a settings change
        write_setting(s, "first_start_asked", True)
