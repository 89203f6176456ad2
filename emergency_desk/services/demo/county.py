"""A realistic demo county, modelled on 黟县 (安徽省黄山市, code 341023).

Used by `emergency-desk demo`, the screenshots and the tests: it must look like an office's real
data, including the small gaps real data has (a disaster-prone village whose hazards were never
written down, a village without its code, a development zone with no villages yet), so that the
work list is not empty on first sight.

One step per register (`regions_step` here, the others in this package's register modules): each
takes the session and a `DemoContext` (context.py) and returns how many rows it wrote. `STEPS`
lists them all, in the order they must run.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import date

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from emergency_desk.data import access
from emergency_desk.data.backup import make_backup
from emergency_desk.data.base import Base
from emergency_desk.data.db import Database
from emergency_desk.data.enums import RegionLevel
from emergency_desk.errors import InputRejected
from emergency_desk.i18n import t
from emergency_desk.services.demo import officers as demo_officers
from emergency_desk.services.demo import plans as demo_plans
from emergency_desk.services.demo import supplies as demo_supplies
from emergency_desk.services.demo import teams as demo_teams
from emergency_desk.services.demo.context import DemoContext, Step
from emergency_desk.services.regions.regions import RegionInput, create_in
from emergency_desk.services.settings import MANAGED, SettingsService

COUNTY = ("341023000000", "黟县", 92_000)
OFFICE_NAME = "黟县应急管理局"

# (code, name, population, disaster-prone, main hazards) per township; villages below.
# Codes follow the statistical scheme: 1xx 镇, 2xx 乡, 4xx 开发区; under a township 0xx are
# 社区 and 2xx are 村.
TOWNSHIPS: list[tuple[str, str, bool, str]] = [
    ("341023100000", "碧阳镇", False, ""),
    ("341023101000", "宏村镇", True, "山洪、洪涝"),
    ("341023102000", "渔亭镇", True, "洪涝"),
    ("341023103000", "西递镇", False, ""),
    ("341023104000", "柯村镇", True, "森林火灾、地质灾害"),
    ("341023200000", "美溪乡", True, "山洪、地质灾害"),
    ("341023201000", "宏潭乡", True, "山洪、地质灾害、森林火灾"),
    ("341023202000", "洪星乡", False, ""),
    # A township-level zone set up recently: no villages entered yet (fires rule R4).
    ("341023400000", "黟县经济开发区", False, ""),
]

COMMUNITIES: dict[str, list[str]] = {
    "碧阳镇": ["城东社区", "城西社区", "东源社区", "北庄社区", "横沟社区"],
    "渔亭镇": ["渔亭社区"],
}

VILLAGES: dict[str, list[str]] = {
    "碧阳镇": ["古筑村", "南屏村", "关麓村", "碧山村", "赤岭村", "郭门村", "五里村", "横岗村",
             "丰梧村", "深冲村", "霞阳村", "石亭村", "朱村村"],
    "宏村镇": ["宏村村", "卢村村", "际联村", "塔川村", "屏山村", "龙江村", "奇墅村", "泗溪村",
             "潭口村", "际村村", "楠玛村", "东坑村"],
    "渔亭镇": ["渔亭村", "团结村", "桃源村", "石山村", "汪村村", "东山村", "碧溪村"],
    "西递镇": ["西递村", "叶村村", "石林村", "竹林村", "霭峰村", "金陵村", "西武村", "珠坑村",
             "旧溪村"],
    "柯村镇": ["柯村村", "江溪村", "翠林村", "方家岭村", "湾里村", "黄姑村", "樟岭村"],
    "美溪乡": ["美坑村", "美溪村", "庐山村", "柏山村", "打鼓岭村", "溪口村"],
    "宏潭乡": ["宏潭村", "竹溪村", "余光村", "秀里村", "马坑村", "苦竹溪村", "红岭村"],
    "洪星乡": ["洪星村", "红旗村", "塘田村", "龙坑村", "黄村村", "石门村"],
}

# Villages along rivers and steep valleys: (main hazards). Empty text = flagged but the
# hazards were never written down (fires rule R1).
PRONE_VILLAGES: dict[str, str] = {
    "宏村村": "山洪、洪涝",
    "卢村村": "洪涝",
    "塔川村": "山洪",
    "龙江村": "山洪、地质灾害",
    "泗溪村": "山洪",
    "渔亭村": "洪涝",
    "团结村": "洪涝",
    "桃源村": "",
    "柯村村": "森林火灾",
    "江溪村": "山洪、地质灾害",
    "翠林村": "森林火灾、地质灾害",
    "方家岭村": "地质灾害",
    "美坑村": "山洪、地质灾害",
    "打鼓岭村": "地质灾害、森林火灾",
    "宏潭村": "山洪",
    "竹溪村": "山洪、地质灾害",
    "余光村": "地质灾害",
    "苦竹溪村": "山洪、森林火灾",
    "关麓村": "森林火灾",
    "石林村": "地质灾害",
}

# A village entered by hand without its code (fires rule R2).
WITHOUT_CODE = {"红岭村"}


@dataclass
class DemoSummary:
    counts: dict[str, int] = field(default_factory=dict)  # register title (Chinese) → rows
    backup: str | None = None  # where the data that --force replaced was copied

    def text(self) -> str:
        parts = "，".join(t("{title} {n} 条", title=t(k), n=v) for k, v in self.counts.items())
        return t("演示数据已生成：{parts}。", parts=parts)


def regions_step(session: Session, ctx: DemoContext) -> int:
    code, name, population = COUNTY
    county = create_in(session, RegionInput(name=name, level=RegionLevel.COUNTY, code=code,
                                            population=population))
    ctx.region_ids[name] = county.id
    n = 1
    for tcode, tname, prone, hazards in TOWNSHIPS:
        kids = COMMUNITIES.get(tname, []) + VILLAGES.get(tname, [])
        town = create_in(session, RegionInput(
            name=tname, level=RegionLevel.TOWNSHIP, parent_id=county.id, code=tcode,
            is_disaster_prone=prone, main_hazards=hazards or None,
            population=sum(ctx.rng.randint(600, 2400) for _ in kids) or None))
        ctx.region_ids[tname] = town.id
        n += 1
        for i, cname in enumerate(COMMUNITIES.get(tname, []), start=1):
            c = create_in(session, RegionInput(
                name=cname, level=RegionLevel.COMMUNITY, parent_id=town.id,
                code=f"{tcode[:9]}{i:03d}", population=ctx.rng.randint(1800, 5200)))
            ctx.region_ids[f"{tname}/{cname}"] = c.id
            n += 1
        for i, vname in enumerate(VILLAGES.get(tname, []), start=1):
            hazards_v = PRONE_VILLAGES.get(vname)
            r = create_in(session, RegionInput(
                name=vname, level=RegionLevel.VILLAGE, parent_id=town.id,
                code=None if vname in WITHOUT_CODE else f"{tcode[:9]}{200 + i:03d}",
                is_disaster_prone=hazards_v is not None, main_hazards=hazards_v or None,
                population=ctx.rng.randint(420, 2600)))
            ctx.region_ids[f"{tname}/{vname}"] = r.id
            n += 1
    return n


# (register title in Chinese, step), in dependency order: regions first; teams after officers
# (captains are officers); drills after the plans they exercise.
STEPS: list[tuple[str, Step]] = [
    ("行政区划", regions_step),
    ("灾害信息员", demo_officers.demo_step),
    ("救援队伍", demo_teams.demo_step),
    ("应急物资", demo_supplies.build_demo_supplies),
    ("应急预案", demo_plans.build_demo_plans),
    ("应急演练", demo_plans.build_demo_drills),
]

_OFFICE_SETTINGS = {
    "office_name": OFFICE_NAME,
    "county_name": "黟县",
    "preparer": "汪晓燕",
    "reviewer": "胡建国",
    "contact_phone": "0559-5521110",
}


def is_empty(db: Database) -> bool:
    """True when no register holds a live or deleted record (settings don't count)."""
    with db.read() as s:
        for table in Base.metadata.sorted_tables:
            if table.name in ("setting", "audit_log", "app_user"):
                continue
            if s.scalar(select(func.count()).select_from(table)):
                return False
    return True


def _wipe(session: Session) -> None:
    """Remove every row of every table. Children before parents; a table that points at
    itself (regions) loses its leaves first, because its foreign key is RESTRICT."""
    for table in reversed(Base.metadata.sorted_tables):
        if table.name == "app_user":  # users and roles survive: --force is not a way in
            continue
        if table.name == "setting":
            session.execute(delete(table).where(table.c.key.not_in(MANAGED)))
            continue
        self_fks = [fk for fk in table.foreign_keys if fk.column.table is table]
        if not self_fks:
            session.execute(delete(table))
            continue
        col = self_fks[0].parent
        key = self_fks[0].column
        while True:
            referenced = select(col).where(col.is_not(None)).scalar_subquery()
            done = session.execute(delete(table).where(key.not_in(referenced)))
            if not getattr(done, "rowcount", 0):
                break
    session.flush()


def build_demo(db: Database, *, force: bool = False, today: date | None = None) -> DemoSummary:
    """Fill `db` with the demo county. Refuses a database with data unless `force`; with
    `force` the old content is first copied to the backups folder, then replaced."""
    summary = DemoSummary()
    if force:
        access.require_admin(db, t("用演示数据替换现有数据"))
    if not is_empty(db):
        if not force:
            raise InputRejected(t(
                "数据库 {path} 中已有数据，没有生成演示数据。如确要用演示数据替换现有数据，"
                "请加 --force（替换前会自动备份）。", path=db.path))
        summary.backup = str(make_backup(db.path, reason="before-demo"))
    ctx = DemoContext(today=today or date.today(), rng=random.Random(341023))
    with db.begin() as s:
        if summary.backup is not None:
            _wipe(s)
        for title, step in STEPS:
            summary.counts[title] = step(s, ctx)
    settings = SettingsService(db)
    # Part of filling the database, which this user was allowed to do (checked above); not
    # a settings change of their own.
    with access.system():
        for key, value in _OFFICE_SETTINGS.items():
            settings.set(key, value)
    return summary
