"""Hostile input: what a user types never turns into a spreadsheet formula, and search text is
matched literally (% _ ' \\ are characters, not wildcards or SQL) in every register's search."""

from __future__ import annotations

import sqlite3
import zipfile
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import openpyxl
import pytest

from emergency_desk.data.db import Database
from emergency_desk.io.exporter import export_register, needs_text_guard
from emergency_desk.io.privacy import Privacy
from emergency_desk.io.registers import REGISTERS
from emergency_desk.io.template import write_template
from emergency_desk.services.demo.county import build_demo
from emergency_desk.services.officers.trainings import TrainingQuery, TrainingService
from emergency_desk.services.officers.views import OfficerQuery, OfficerViews
from emergency_desk.services.plans.views import DrillQuery, PlanQuery, PlanViews
from emergency_desk.services.regions.regions import RegionQuery, RegionService
from emergency_desk.services.supplies.views import (
    CatalogueViews,
    ItemQuery,
    StockQuery,
    StockViews,
    WarehouseQuery,
)
from emergency_desk.services.teams.views import EquipmentQuery, MemberQuery, TeamQuery, TeamViews

# Formula / DDE payloads as they reach Excel, with the tab and CR prefixes Excel strips first.
PAYLOADS = ['=1+1', '=HYPERLINK("http://evil.example","点我")', "=cmd|' /C calc'!A0",
            "+1+1", "-2+3", "@SUM(A1:A2)", "\t=1+1", "\r=1+1", "\r\n=1+1", "=", "+", "-", "@",
            " =1+1", "=1+1\n第二行"]


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    from emergency_desk.data.migrate import open_database

    path = tmp_path_factory.mktemp("demo") / "demo.sqlite3"
    db = open_database(path)
    build_demo(db)
    db.dispose()
    yield path


@pytest.fixture
def demo(demo_file: Path, tmp_path: Path) -> Iterator[Database]:
    from emergency_desk.data.migrate import open_database

    copy = tmp_path / "demo.sqlite3"
    src, dst = sqlite3.connect(demo_file), sqlite3.connect(copy)
    src.backup(dst)
    src.close()
    dst.close()
    db = open_database(copy)
    yield db
    db.dispose()


# -- formulas -------------------------------------------------------------------------------
TEXT_COLUMNS = {"region": ["remark", "main_hazards"], "person": ["remark"],
                "info_officer": ["remark", "duty_title"], "training_event": ["remark"],
                "rescue_team": ["remark", "supervising_unit", "base_address"],
                "team_member": ["remark"], "equipment": ["remark", "storage_place"],
                "emergency_plan": ["remark", "issuing_unit"], "drill": ["remark", "problems"],
                "warehouse": ["remark", "address"], "supply_item": ["remark", "spec"],
                "stock_batch": ["remark", "batch_no"]}


def plant_payloads(db: Database) -> int:
    """Every text column above gets a payload in every row (straight into the file, as a
    hostile import or an old version might have left it). Returns the cells planted."""
    con = sqlite3.connect(db.path)
    planted = 0
    try:
        for table, cols in TEXT_COLUMNS.items():
            ids = [r[0] for r in con.execute(f"SELECT id FROM {table} ORDER BY id")]
            for i, rid in enumerate(ids):
                for j, col in enumerate(cols):
                    con.execute(f"UPDATE {table} SET {col} = ? WHERE id = ?",
                                (PAYLOADS[(i + j) % len(PAYLOADS)], rid))
                    planted += 1
        con.commit()
    finally:
        con.close()
    db.dispose()
    return planted


def formula_elements(path: Path) -> list[str]:
    with zipfile.ZipFile(path) as z:
        return [n for n in z.namelist() if n.startswith("xl/worksheets/")
                and ("<f>" in z.read(n).decode() or "<f " in z.read(n).decode())]


def test_no_exported_cell_is_ever_a_formula(demo: Database, tmp_path: Path,
                                            capsys: pytest.CaptureFixture[str]) -> None:
    planted = plant_payloads(demo)
    guarded = 0
    for register in REGISTERS:
        out = tmp_path / f"{register}.xlsx"
        export_register(demo, register, out, privacy=Privacy.FULL_ID)
        assert formula_elements(out) == [], register
        ws = openpyxl.load_workbook(out).worksheets[0]
        for row in ws.iter_rows(min_row=2):
            for cell in row:
                if needs_text_guard(cell.value):
                    assert cell.data_type == "s", (register, cell.coordinate, cell.value)
                    assert cell.quotePrefix, (register, cell.coordinate)
                    guarded += 1
    assert guarded >= len(PAYLOADS)
    with capsys.disabled():  # the figures belong in the CI log
        print(f"\n[hostile-input] {planted} payload cells planted ({len(PAYLOADS)} kinds) "
              f"across {len(REGISTERS)} registers: {guarded} exported cells guarded as text, "
              "0 formulas.")


def test_payloads_come_back_as_the_same_text(demo: Database, tmp_path: Path) -> None:
    plant_payloads(demo)
    con = sqlite3.connect(demo.path)
    stored = {r[0] for r in con.execute("SELECT remark FROM region WHERE is_deleted = 0")}
    con.close()
    out = tmp_path / "regions.xlsx"
    export_register(demo, "regions", out)
    rows = list(openpyxl.load_workbook(out).worksheets[0].iter_rows(values_only=True))
    col = list(rows[0]).index("备注")
    # Text in, the same text out, never a computed result (XML itself turns CR into LF).
    assert {r[col] for r in rows[1:]} == {
        v.replace("\r\n", "\n").replace("\r", "\n") if v else v for v in stored}


@pytest.mark.parametrize("register", list(REGISTERS))
def test_templates_hold_no_formula(register: str, tmp_path: Path) -> None:
    out = tmp_path / f"{register}.xlsx"
    write_template(register, out)
    assert formula_elements(out) == []


def test_the_guard_knows_every_prefix() -> None:
    for p in PAYLOADS:
        if p.lstrip(" ") == p:  # a leading space makes Excel read text already
            assert needs_text_guard(p), repr(p)
    for safe in ("张三", "a=1", "1+1", "", "＝1+1"):
        assert not needs_text_guard(safe)


# -- search ---------------------------------------------------------------------------------
Lister = Callable[[Database, str], set[int]]


def _ids(rows: list[Any], attr: str = "id") -> set[int]:
    return {getattr(r, attr) for r in rows}


# register → (table holding search_key, list(search) → ids in that table)
SEARCHES: dict[str, tuple[str, Lister]] = {
    "regions": ("region", lambda db, s: _ids(RegionService(db).list(RegionQuery(search=s)))),
    "officers": ("person", lambda db, s: _ids(
        OfficerViews(db).list(OfficerQuery(search=s)), "person_id")),
    "trainings": ("training_event", lambda db, s: _ids(
        TrainingService(db).list_events(TrainingQuery(search=s)))),
    "teams": ("rescue_team", lambda db, s: _ids(TeamViews(db).list(TeamQuery(search=s)))),
    "members": ("person", lambda db, s: _ids(
        TeamViews(db).members(MemberQuery(search=s)), "person_id")),
    "equipment": ("equipment", lambda db, s: _ids(
        TeamViews(db).equipment(EquipmentQuery(search=s)))),
    "plans": ("emergency_plan", lambda db, s: _ids(PlanViews(db).list(PlanQuery(search=s)))),
    "drills": ("drill", lambda db, s: _ids(PlanViews(db).drills(DrillQuery(search=s)))),
    "warehouses": ("warehouse", lambda db, s: _ids(
        CatalogueViews(db).warehouses(WarehouseQuery(search=s)))),
    "items": ("supply_item", lambda db, s: _ids(CatalogueViews(db).items(ItemQuery(search=s)))),
    "stock": ("stock_batch", lambda db, s: _ids(StockViews(db).list(StockQuery(search=s)))),
}
# The stock search reads a batch's own 批号 as well as its key (supplies/batch_search): the
# 批号 holds the text too, as a batch numbered so would have it in its key.
ALSO_SET = {"stock": ("batch_no",)}
TARGET = "达标100%的 a_b 队 o'brien c:\\d\\e ');drop table region;--"
DECOY = "达标1000的 axb 队 obrien c:de )drop table region--"
NEEDLES = ["%", "_", "'", "\\", "100%", "a_b", "o'brien", "c:\\d", "');drop table region;--",
           "%%", "\\%", "\\_", "'%'"]


@pytest.mark.parametrize("register", list(SEARCHES))
def test_search_matches_wildcards_and_quotes_literally(demo: Database, register: str) -> None:
    table, lister = SEARCHES[register]
    shown = sorted(lister(demo, ""))
    assert len(shown) >= 2, f"the demo has at least two {register}"
    target, decoy = shown[0], shown[1]
    con = sqlite3.connect(demo.path)
    try:
        for column in ("search_key", *ALSO_SET.get(register, ())):
            con.execute(f"UPDATE {table} SET {column} = ? WHERE id = ?", (TARGET, target))
            con.execute(f"UPDATE {table} SET {column} = ? WHERE id = ?", (DECOY, decoy))
        con.commit()
    finally:
        con.close()
    for needle in NEEDLES:
        found = lister(demo, needle)
        if needle in ("\\%", "\\_", "%%", "'%'"):  # not in the target's text either
            assert found == set(), (register, needle, found)
        else:
            assert found == {target}, (register, needle, found)
    assert lister(demo, "axb") == {decoy}  # the decoy is findable: the search itself works
    assert len(lister(demo, "")) == len(shown)  # and the table is still there
