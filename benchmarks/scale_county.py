"""A county at scale for benchmarks/bench_scale.py: the demo county grown with plain sqlite3.

`county(officers, batches, members, plans)` returns a database file with about that many live
officers, in-stock batches, team members and plans, built once and kept in the temp folder
(building 100,000 of each takes a minute or two; timing the pages should not).

The county is grown the way a real one is large, not by piling copies onto the demo's villages:
new townships of 250 villages each, an A and a B officer in every new village (so coverage has
as many regions to walk as a county with that many officers would), most of them trained this
year, batches spread over the warehouses with an opening-stock document line each (so the
ledger rule S6 finds the books in order, as it would after a real 期初 import), members spread
over the teams, and a village plan per new village. Names, mobiles and ID numbers are unique and
well-formed, and the search keys are the program's own (pinyin included), so searching them
costs what it costs in an office.
"""

from __future__ import annotations

import sqlite3
import subprocess
import sys
import tempfile
import uuid
from collections.abc import Callable
from pathlib import Path
from typing import Any

from emergency_desk.services.search import search_key

_VILLAGES_PER_TOWN = 250
_GIVEN = "明华建国英秀兰军平志强伟芳丽敏静海燕桂春红霞玉梅德胜"
_FAMILY = "王李张刘陈杨黄赵吴周徐孙胡朱高林何郭马罗汪程韩叶余"
_PLACE = "古筑南屏宏村西递碧阳柯美溪潭洪星渔亭武黄龙江横丰梧竹协里石山叶余家关麓际"


def _name(i: int, chars: str, n: int) -> str:
    out = ""
    for _ in range(n):
        out += chars[i % len(chars)]
        i //= len(chars)
    return out


def person_name(i: int) -> str:
    return _FAMILY[i % len(_FAMILY)] + _name(i // len(_FAMILY), _GIVEN, 2)


def _columns(con: sqlite3.Connection, table: str) -> list[str]:
    return [r[1] for r in con.execute(f"PRAGMA table_info({table})") if r[1] != "id"]


def _dicts(con: sqlite3.Connection, sql: str) -> list[dict[str, Any]]:
    cur = con.execute(sql)
    names = [d[0] for d in cur.description]
    return [dict(zip(names, r, strict=True)) for r in cur]


def _insert(con: sqlite3.Connection, table: str, template: list[dict[str, Any]], n: int,
            change: Callable[[dict[str, Any], int], None]) -> list[int]:
    """Insert n copies of the template rows (cycled), each changed by change(row, i); their ids."""
    cols = _columns(con, table)
    sql = f"INSERT INTO {table} ({', '.join(cols)}) VALUES ({', '.join('?' * len(cols))})"
    start = con.execute(f"SELECT COALESCE(MAX(id), 0) FROM {table}").fetchone()[0]
    rows = []
    for i in range(n):
        row = dict(template[i % len(template)])
        row["uuid"] = str(uuid.uuid4())
        change(row, i)
        rows.append([row[c] for c in cols])
    con.executemany(sql, rows)
    return list(range(start + 1, start + n + 1))


def _people(con: sqlite3.Connection, n: int, tag: int) -> list[int]:
    template = _dicts(con, "SELECT * FROM person WHERE is_deleted = 0 AND birth_date IS NOT NULL "
                      "LIMIT 50")

    def change(row: dict[str, Any], i: int) -> None:
        k = tag * 1_000_000 + i
        row["name"] = person_name(k)
        row["id_card"] = None if i % 7 == 0 else f"3410{tag:02d}{k:012d}"[:18]
        row["mobile"] = f"13{tag}{i:08d}"
        row["search_key"] = search_key(row["name"], row["mobile"])

    return _insert(con, "person", template, n, change)


def _villages(con: sqlite3.Connection, n: int) -> list[int]:
    """n new villages in new townships of 250 each."""
    county = _dicts(con, "SELECT * FROM region WHERE level = 'county' LIMIT 1")[0]
    town_t = _dicts(con, "SELECT * FROM region WHERE level = 'township' LIMIT 1")
    village_t = _dicts(con, "SELECT * FROM region WHERE level = 'village' LIMIT 20")
    towns = (n + _VILLAGES_PER_TOWN - 1) // _VILLAGES_PER_TOWN
    town_names: list[str] = []
    town_codes: list[str] = []

    def town(row: dict[str, Any], i: int) -> None:
        row["name"] = _name(i, _PLACE, 2) + "镇"
        row["code"] = f"{county['code'][:6]}{200 + i:03d}000"
        row["path"] = f"{county['path']}/{row['name']}"
        row["parent_id"] = county["id"]
        row["is_disaster_prone"] = i % 3 == 0
        row["search_key"] = search_key(row["name"], row["code"], row["path"])
        town_names.append(row["path"])
        town_codes.append(row["code"])

    town_ids = _insert(con, "region", town_t, towns, town)

    def village(row: dict[str, Any], i: int) -> None:
        t, v = divmod(i, _VILLAGES_PER_TOWN)
        row["name"] = _name(i, _PLACE, 2) + ("村" if i % 6 else "社区")
        row["level"] = "village" if i % 6 else "community"
        row["code"] = town_codes[t][:9] + f"{v + 1:03d}"
        row["path"] = f"{town_names[t]}/{row['name']}"
        row["parent_id"] = town_ids[t]
        row["is_disaster_prone"] = i % 4 == 0
        row["main_hazards"] = "山洪、地质灾害" if i % 4 == 0 else None
        row["search_key"] = search_key(row["name"], row["code"], row["path"])

    return _insert(con, "region", village_t, n, village)


def _officers(con: sqlite3.Connection, n: int) -> None:
    template = _dicts(con, "SELECT * FROM info_officer WHERE is_deleted = 0 AND status = 'active'"
                      " AND level = 'village' AND post = 'a'")
    villages = _villages(con, (n + 1) // 2)
    people = _people(con, n, 1)

    def officer(row: dict[str, Any], i: int) -> None:
        row["person_id"] = people[i]
        row["region_id"] = villages[i // 2]
        row["level"] = "village"
        row["post"] = "a" if i % 2 == 0 else "b"
        row["leave_date"] = None
        row["in_national_system"] = i % 9 != 0

    _insert(con, "info_officer", template, n, officer)
    # Nine villages in ten have their A officer as 应急管理员 too and drilled this year; the
    # tenth is what G1 and P8 are for.
    manager_t = _dicts(con, "SELECT * FROM village_manager LIMIT 1")
    managed = [k for k in range(len(villages)) if k % 10]

    def manager(row: dict[str, Any], i: int) -> None:
        k = managed[i]
        row.update(region_id=villages[k], person_id=people[2 * k], leave_date=None)

    _insert(con, "village_manager", manager_t, len(managed), manager)
    drill_t = _dicts(con, "SELECT * FROM drill WHERE region_id IN (SELECT id FROM region "
                     "WHERE level = 'village') AND is_deleted = 0 LIMIT 1")
    day = con.execute("SELECT MAX(date) FROM drill").fetchone()[0]

    def drill(row: dict[str, Any], i: int) -> None:
        row.update(region_id=villages[managed[i]], date=day, triggers_revision=0)

    _insert(con, "drill", drill_t, len(managed), drill)
    # Most officers were trained this year; the rest are what O4 and O5 are for.
    event = con.execute("SELECT id FROM training_event WHERE audience = 'aud_officers' "
                        "ORDER BY date DESC LIMIT 1").fetchone()[0]
    attendance = _dicts(con, "SELECT * FROM training_attendance LIMIT 1")
    trained = [p for k, p in enumerate(people) if k % 7]

    def attend(row: dict[str, Any], i: int) -> None:
        row["person_id"] = trained[i]
        row["event_id"] = event

    _insert(con, "training_attendance", attendance, len(trained), attend)


def _batches(con: sqlite3.Connection, n: int) -> None:
    template = _dicts(con, "SELECT * FROM stock_batch WHERE is_deleted = 0 AND qty > 0")
    warehouses = [r[0] for r in con.execute("SELECT id FROM warehouse WHERE is_deleted = 0")]
    names = dict(con.execute("SELECT id, name FROM warehouse"))
    items = {r["id"]: r for r in _dicts(con, "SELECT * FROM supply_item")}
    made: list[tuple[int, int, int, float]] = []

    def batch(row: dict[str, Any], i: int) -> None:
        row["warehouse_id"] = warehouses[i % len(warehouses)]
        row["batch_no"] = f"S{i:07d}"
        item = items[row["item_id"]]
        row["search_key"] = search_key(item["name"], item["spec"], row["batch_no"],
                                       names[row["warehouse_id"]])
        made.append((row["warehouse_id"], row["item_id"], i, row["qty"]))

    ids = _insert(con, "stock_batch", template, n, batch)
    doc_t = _dicts(con, "SELECT * FROM stock_doc LIMIT 1")

    def doc(row: dict[str, Any], i: int) -> None:
        row.update(doc_no=f"QC-SCALE-{warehouses[i]}", doc_type="opening",
                   doc_date="2025-01-01", warehouse_id=warehouses[i], peer_warehouse_id=None,
                   handler="程建国", approver="汪志强", receiver=None, stocktake_id=None)

    docs = dict(zip(warehouses, _insert(con, "stock_doc", doc_t, len(warehouses), doc),
                    strict=True))
    line_t = _dicts(con, "SELECT * FROM stock_doc_line LIMIT 1")

    def line(row: dict[str, Any], i: int) -> None:
        wid, item, k, qty = made[i]
        row.update(doc_id=docs[wid], batch_id=ids[k], item_id=item, warehouse_id=wid,
                   direction=1, qty=qty, is_deleted=0)

    _insert(con, "stock_doc_line", line_t, n, line)


def _members(con: sqlite3.Connection, n: int) -> None:
    template = _dicts(con, "SELECT * FROM team_member WHERE is_deleted = 0 "
                      "AND leave_date IS NULL")
    teams = [r[0] for r in con.execute("SELECT id FROM rescue_team WHERE is_deleted = 0")]
    people = _people(con, n, 2)

    def member(row: dict[str, Any], i: int) -> None:
        row["person_id"] = people[i]
        row["team_id"] = teams[i % len(teams)]

    _insert(con, "team_member", template, n, member)


def _plans(con: sqlite3.Connection, n: int) -> None:
    template = _dicts(con, "SELECT * FROM emergency_plan WHERE is_deleted = 0 "
                      "AND plan_type = 'village_plan'")
    villages = _dicts(con, "SELECT id, name FROM region WHERE is_deleted = 0 AND level IN "
                      "('village', 'community') ORDER BY id DESC")

    def plan(row: dict[str, Any], i: int) -> None:
        village = villages[i % len(villages)]
        row["region_id"] = village["id"]
        kind = row["name"].split("村", 1)[-1] if "村" in row["name"] else "应急预案"
        row["name"] = f"{village['name']}{kind}" + (f"（{i // len(villages) + 1}）"
                                                    if i >= len(villages) else "")
        row["search_key"] = search_key(row["name"], row["doc_no"], row["hazard_class"],
                                       row["issuing_unit"])

    _insert(con, "emergency_plan", template, n, plan)


def _live(con: sqlite3.Connection, table: str, where: str) -> int:
    return int(con.execute(f"SELECT COUNT(*) FROM {table} WHERE is_deleted = 0 {where}")
               .fetchone()[0])


def grow(db: Path, officers: int, batches: int, members: int, plans: int) -> None:
    """Grow a demo county to about these many live officers, batches, members and plans."""
    con = sqlite3.connect(db)
    with con:
        _officers(con, max(officers - _live(con, "info_officer", "AND status = 'active'"), 0))
        _batches(con, max(batches - _live(con, "stock_batch", "AND qty > 0"), 0))
        _members(con, max(members - _live(con, "team_member", "AND leave_date IS NULL"), 0))
        _plans(con, max(plans - _live(con, "emergency_plan", ""), 0))
    con.close()


def county(officers: int, batches: int, members: int, plans: int,
           folder: Path | None = None) -> Path:
    """The grown county's file, built by `emergency-desk demo` + grow() the first time."""
    folder = folder or Path(tempfile.gettempdir()) / "emergency_desk_bench_scale"
    folder.mkdir(parents=True, exist_ok=True)
    db = folder / f"county-{officers}-{batches}-{members}-{plans}.sqlite3"
    if db.exists():
        return db
    part = db.with_suffix(".part")
    part.unlink(missing_ok=True)
    subprocess.run([sys.executable, "-m", "emergency_desk", "--db", str(part), "demo"],
                   check=True, stdout=subprocess.DEVNULL)
    grow(part, officers, batches, members, plans)
    part.rename(db)
    part.with_name(part.name + ".write-lock").unlink(missing_ok=True)  # the demo run's lock
    return db
