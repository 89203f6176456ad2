"""A realistic demo county: 黟县 (安徽省黄山市, code 341023) with its official region tree.

Used by `emergency-desk demo`, the screenshots and the tests: it must look like an office's real
data, including the small gaps real data has (a disaster-prone village whose hazards were never
written down, an area added by hand without a code, a development zone with no villages yet),
so that the work list is not empty on first sight.

One step per register (`regions_step` here, the others in the registers' demo modules): each
takes the session and a `DemoContext` (context.py) and returns how many rows it wrote. The
register list (services/registry.py, `Register.demo`) names them in the order they must run.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import date

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from emergency_desk.data import access, audit
from emergency_desk.data.backup import safety_copy
from emergency_desk.data.base import Base
from emergency_desk.data.db import Database
from emergency_desk.data.enums import RegionLevel
from emergency_desk.errors import InputRejected
from emergency_desk.i18n import t
from emergency_desk.services import registry
from emergency_desk.services.demo.context import DemoContext, Step
from emergency_desk.services.regions.official import RegionData
from emergency_desk.services.regions.regions import RegionInput, create_in
from emergency_desk.services.settings import MANAGED, SettingsService

COUNTY_CODE = "341023"
COUNTY_POPULATION = 92_000
OFFICE_NAME = "黟县应急管理局"

# The tree is the official one (统计用区划代码 2023, bundled: 8 townships, 70 villages and
# communities), built the way `init` builds it; the demo adds what an office typically adds by
# hand afterwards. Hazards and flags below use the display names (柏山村村委会 → 柏山村).
TOWNSHIP_HAZARDS: dict[str, str] = {
    "宏村镇": "山洪、洪涝", "渔亭镇": "洪涝", "柯村镇": "森林火灾、地质灾害",
    "美溪乡": "山洪、地质灾害", "宏潭乡": "山洪、地质灾害、森林火灾",
}

# Villages along rivers and steep valleys: (main hazards). Empty text = flagged but the
# hazards were never written down (fires rule R1).
PRONE_VILLAGES: dict[str, str] = {
    "宏村": "山洪、洪涝",
    "塔川村": "山洪",
    "龙江村": "山洪、地质灾害",
    "泗溪村": "山洪",
    "团结村": "洪涝",
    "汪村": "洪涝",
    "桃源村": "",
    "柯村": "森林火灾",
    "江溪村": "山洪、地质灾害",
    "翠林村": "森林火灾、地质灾害",
    "胡门村": "地质灾害",
    "美坑村": "山洪、地质灾害",
    "庙林村": "地质灾害、森林火灾",
    "宏潭村": "山洪",
    "竹溪村": "山洪、地质灾害",
    "佘溪村": "地质灾害",
    "溪下村": "山洪、森林火灾",
    "关麓村": "森林火灾",
    "石印村": "地质灾害",
}

# Added by the office after the 2023 edition, without a statistical code: a township-level
# zone with no villages entered yet (fires R4) and a new residential area (fires R2).
HAND_ADDED: list[tuple[str | None, str, RegionLevel]] = [
    (None, "黟县经济开发区", RegionLevel.TOWNSHIP),
    ("碧阳镇", "城南片区", RegionLevel.COMMUNITY),
]


@dataclass
class DemoSummary:
    counts: dict[str, int] = field(default_factory=dict)  # register title (Chinese) → rows
    backup: str | None = None  # where the data that --force replaced was copied

    def text(self) -> str:
        parts = "，".join(t("{title} {n} 条", title=t(k), n=v) for k, v in self.counts.items())
        return t("演示数据已生成：{parts}。", parts=parts)


def regions_step(session: Session, ctx: DemoContext) -> int:
    units = RegionData().county_units(COUNTY_CODE)
    county_name = "黟县"
    county = create_in(session, RegionInput(
        name=county_name, level=RegionLevel.COUNTY, code=COUNTY_CODE.ljust(12, "0"),
        population=COUNTY_POPULATION))
    ctx.region_ids[county_name] = county.id
    by_code: dict[str, tuple[int, str]] = {}  # township code → (id, name)
    n = 1
    for u in units:
        if u.level == RegionLevel.TOWNSHIP:
            hazards = TOWNSHIP_HAZARDS.get(u.name, "")
            kids = sum(1 for v in units if v.township_code == u.code) - 1
            town = create_in(session, RegionInput(
                name=u.name, level=u.level, parent_id=county.id, code=u.code,
                official_name=u.official_name, is_disaster_prone=bool(hazards),
                main_hazards=hazards or None,
                population=sum(ctx.rng.randint(600, 2400) for _ in range(kids)) or None))
            by_code[u.code] = (town.id, u.name)
            ctx.region_ids[u.name] = town.id
        else:
            town_id, town_name = by_code[u.township_code]
            hazards_v = PRONE_VILLAGES.get(u.name)
            community = u.level == RegionLevel.COMMUNITY
            r = create_in(session, RegionInput(
                name=u.name, level=u.level, parent_id=town_id, code=u.code,
                official_name=u.official_name, is_disaster_prone=hazards_v is not None,
                main_hazards=hazards_v or None,
                population=ctx.rng.randint(1800, 5200) if community
                else ctx.rng.randint(420, 2600)))
            ctx.region_ids[f"{town_name}/{u.name}"] = r.id
        n += 1
    for under, name, level in HAND_ADDED:
        parent_id = county.id if under is None else ctx.region_ids[under]
        added = create_in(session, RegionInput(
            name=name, level=level, parent_id=parent_id,
            population=None if under is None else ctx.rng.randint(1800, 5200),
            remark="本单位自行添加，2023 年版区划代码之后新设"))
        ctx.region_ids[name if under is None else f"{under}/{name}"] = added.id
        n += 1
    return n


def steps() -> list[tuple[str, Step]]:
    """(title in Chinese, step) in the order they must run: the registers' demo steps, as
    services/registry.py lists them (in dependency order)."""
    return registry.demo_steps()

_OFFICE_SETTINGS = {
    "office_name": OFFICE_NAME,
    "county_name": "黟县",
    "preparer": "汪晓燕",
    "reviewer": "胡建国",
    "contact_phone": "0559-5521110",
    "managers_required": True,  # G1 has examples to show (朱村 and two more)
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
        # Users and roles survive (--force is not a way in), and so does the audit log: it
        # records what was replaced and by whom.
        if table.name in ("app_user", "audit_log"):
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
                "请加 --force（替换前会自动备份）。", path=db.location))
        summary.backup = str(safety_copy(db, "before-demo"))
    ctx = DemoContext(today=today or date.today(), rng=random.Random(341023))
    # The demo office's 制表人 writes its records, as the settings below will name her for
    # every later change (services/settings.adopt_office_person), not the PC's login.
    audit.set_office_person(str(_OFFICE_SETTINGS["preparer"]))
    with db.begin() as s:
        if summary.backup is not None:
            _wipe(s)
            audit.record_event(s, "demo", "*", "用演示数据替换全部数据",
                               {"原数据备份": summary.backup})
        for title, step in steps():
            summary.counts[title] = step(s, ctx)
    settings = SettingsService(db)
    # Part of filling the database, which this user was allowed to do (checked above); not
    # a settings change of their own.
    with access.system():
        # 制表人 first: setting 单位名称 before her would name the office in the log meanwhile.
        for key, value in sorted(_OFFICE_SETTINGS.items(), key=lambda kv: kv[0] != "preparer"):
            settings.set(key, value)
    return summary
