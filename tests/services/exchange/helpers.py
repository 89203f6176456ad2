"""Township databases as offices build them: `init --township`, registers typed in Excel the
way township staff write them (title rows, 序号, 填表人 footers, month dates, numbers as text),
then edits and deletions in the window's services."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import openpyxl
from sqlalchemy import select

from emergency_desk.data.db import Database
from emergency_desk.data.migrate import open_database
from emergency_desk.io.importer import import_file
from emergency_desk.services.exchange.merge import NATURAL_KEYS
from emergency_desk.services.exchange.package import encode
from emergency_desk.services.exchange.scope import exchanged_models, fk_target
from emergency_desk.services.regions.county_setup import init_county
from emergency_desk.values import id_check_char

COUNTY = "341023"
BIYANG, HONGCUN = "341023100000", "341023101000"
TOWNS = {BIYANG: ("碧阳镇", ["马道村", "郭门社区"]), HONGCUN: ("宏村镇", ["宏村", "塔川村"])}
# Given names per township (姓名 takes no digits); 舒共同 is on both townships' rolls.
NAMES = {1: ["汪明", "胡华", "程强"], 2: ["江涛", "余亮", "叶平"]}



def make_id_card(birth: str, seq: int) -> str:
    first17 = f"{COUNTY}{birth}{seq % 1000:03d}"
    return first17 + id_check_char(first17)


SHARED_CARD = make_id_card("19700101", 401)


def sheet(path: Path, title: str, header: list[str], rows: list[list[Any]]) -> Path:
    wb = openpyxl.Workbook()
    ws = wb.active
    assert ws is not None
    ws.append([title])
    ws.append(["序号", *header])
    for i, r in enumerate(rows, 1):
        ws.append([str(i), *r])
    ws.append(["合计", f"{len(rows)}人"])
    ws.append(["填表人：汪某", None, "填报日期：2024.11.5"])
    wb.save(path)
    return path


def _import(db: Database, register: str, path: Path) -> None:
    result = import_file(db, register, path)
    assert not result.errors, result.errors


def build_township(folder: Path, code: str, *, seed: int) -> Database:
    """A township office's database with officers, a team with members and a warehouse."""
    town, villages = TOWNS[code]
    names = NAMES[seed]
    db = open_database(folder / f"{code}.sqlite3")
    init_county(db, COUNTY, office_name=f"{town}应急办", township=code)
    _import(db, "officers", sheet(folder / f"{code}-officers.xlsx", f"{town}灾害信息员花名册",
        ["乡镇", "村(社区)", "姓名", "性别", "出生日期", "身份证号", "手机号码",
         "岗位(A岗/B岗/单岗)"],
        [[town, f"{v}村委会" if v.endswith("村") else v, name, "男", birth,
          card, f"1390559{seed}{i:03d}", post]
         for i, (v, name, birth, card, post) in enumerate([
             (villages[0], names[0], "1980.03", make_id_card("19800301", seed * 10 + 1), "A岗"),
             (villages[0], names[1], "1981.04", make_id_card("19810402", seed * 10 + 3), "B岗"),
             (villages[1], names[2], "1982.05", make_id_card("19820503", seed * 10 + 5), "单岗"),
             (villages[1], "舒共同", "1970.01", SHARED_CARD, "单岗")])]))
    _import(db, "teams", sheet(folder / f"{code}-teams.xlsx", f"{town}救援队伍名册",
        ["队伍名称", "类别", "层级", "所属区划", "队长", "队长电话", "编制人数"],
        [[f"{town}综合应急救援队", "综合性救援队伍", "乡镇级", town, names[0],
          f"1390559{seed}000", "25"],
         [f"{town}森林扑火队", "半专业扑火队", "乡镇级", town, names[1],
          f"1390559{seed}001", "20"]]))
    _import(db, "members", sheet(folder / f"{code}-members.xlsx", "队员名册",
        ["队伍名称", "姓名", "性别", "出生日期", "身份证号", "手机号码"],
        [[f"{town}综合应急救援队", f"李{n}", "男", "1990.1",
          make_id_card("19900101", seed * 100 + i * 2 + 1), f"1370559{seed}{i:03d}"]
         for i, n in enumerate(["一", "二", "三"])]))
    _import(db, "warehouses", sheet(folder / f"{code}-warehouses.xlsx", "储备点",
        ["仓库名称", "类型", "所属区划", "保管员", "联系电话"],
        [[f"{town}物资储备点", "乡镇储备点", town, "汪某", f"0559-55{seed}1234"]]))
    return db


def content(db: Database) -> dict[tuple[str, str], dict[str, Any]]:
    """Every record of every exchanged table, keyed the way a merge matches it, with its
    foreign keys as the keys of what they point at: comparable across databases."""
    models = exchanged_models()
    out: dict[tuple[str, str], dict[str, Any]] = {}
    with db.read() as s:
        keys: dict[str, dict[int, str]] = {}
        for m in models:
            nat = NATURAL_KEYS.get(m.__tablename__)
            keys[m.__tablename__] = {
                o.id: str((getattr(o, nat) if nat else None) or o.uuid)
                for o in s.scalars(select(m))}
        for m in models:
            table = m.__tablename__
            for o in s.scalars(select(m)):
                row: dict[str, Any] = {}
                for c in m.__table__.columns:
                    if c.name in ("id", "uuid", "row_version", "created_at", "updated_at",
                                  "search_key"):
                        continue
                    value = getattr(o, c.key if hasattr(o, c.name) else c.name)
                    target = fk_target(c)
                    if target is not None and value is not None:
                        value = keys[target][value]
                    row[c.name] = encode(value)
                out[(table, keys[table][o.id])] = row
    return out
