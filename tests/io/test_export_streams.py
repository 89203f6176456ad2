"""Issue 20: an export streams its rows from the database into the write-only sheet, so its
memory does not grow with the register. Exporting 2.5 times the rows must not take (nearly)
2.5 times the memory: before, the stock export held every batch as an ORM object and the
exporter listed all rows of a register with extra columns to find their headers first.

The extra columns (保管人 here) still come out, after the template's, for every row.
"""

from __future__ import annotations

import tracemalloc
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from excel_helpers import COUNTY, HEADER, TOWN, VILLAGE, MakeXlsx
from sqlalchemy.engine import Result

from emergency_desk.data.db import Database
from emergency_desk.io.exporter import export_register
from emergency_desk.io.importer import import_file

STOCK = ["仓库", "物资名称", "计量单位", "数量", "批号", "有效期至", "保管人"]
TRAININGS = ["培训名称", "培训日期", "姓名", "手机号码", "培训结果", "保管人"]


def _stock(first: int, n: int) -> list[list[Any]]:
    return [["碧阳镇应急物资储备库", ("棉被", "帐篷", "折叠床")[i % 3], "件", 1 + i % 50,
             f"B{i:06d}", f"{2027 + i % 5}.{1 + i % 12:02d}", f"保管员{i % 7}"]
            for i in range(first, first + n)]


def _name(i: int) -> str:
    given = "建国志强华永红海涛立新卫东振晓燕丽秀英美玲春梅玉兰明德文"
    n = len(given)
    return "汪胡程叶余王李江舒孙"[i % 10] + given[i // 10 % n] + given[i // (10 * n) % n]


def _trainings(first: int, n: int) -> list[list[Any]]:
    day = date(2024, 1, 1)
    return [[f"第{i // 50 + 1}期灾害信息员培训", day + timedelta(days=i // 50), _name(i),
             f"139{i:08d}", "合格", f"保管员{i % 7}"] for i in range(first, first + n)]


ROWS = {"stock": (STOCK, _stock), "trainings": (TRAININGS, _trainings)}


def _peak(db: Database, register: str, path: Path) -> tuple[int, int]:
    tracemalloc.start()
    try:
        n = export_register(db, register, path)
        return n, tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()


@pytest.mark.parametrize("register", sorted(ROWS))
def test_export_memory_does_not_grow_with_the_rows(
        register: str, db: Database, make_xlsx: MakeXlsx, tmp_path: Path) -> None:
    assert import_file(db, "regions", make_xlsx([HEADER, COUNTY, TOWN, VILLAGE])).ok
    assert import_file(db, "warehouses", make_xlsx(
        [["仓库名称", "类型", "所属区划"], ["碧阳镇应急物资储备库", "乡镇库", "碧阳镇"]],
        name="warehouses.xlsx")).ok
    header, rows = ROWS[register]
    # Rows stream 1,000 at a time and two chunks meet while the next is fetched: 2,000 rows
    # already take all the memory an export needs.
    assert import_file(db, register, make_xlsx([header, *rows(0, 2000)], name="a.xlsx")).ok
    export_register(db, register, tmp_path / "warm.xlsx")  # imports and caches, not rows
    small = _peak(db, register, tmp_path / "small.xlsx")
    assert import_file(db, register, make_xlsx([header, *rows(2000, 3000)], name="b.xlsx")).ok
    large = _peak(db, register, tmp_path / "large.xlsx")

    assert (small[0], large[0]) == (2000, 5000)
    # All the rows in memory at once would take about two and a half times as much.
    assert large[1] < 1.5 * small[1], (small, large)
    ws = openpyxl.load_workbook(tmp_path / "large.xlsx", read_only=True).worksheets[0]
    values = list(ws.iter_rows(values_only=True))
    assert values[0][-1] == "保管人"
    assert len(values) == 5001 and all(str(r[-1]).startswith("保管员") for r in values[1:])


PLANS = ["预案名称", "预案类型", "所属区划", "保管人"]


def test_streamed_exports_on_both_engines(any_db: Database, make_xlsx: MakeXlsx,
                                          tmp_path: Path) -> None:
    """PostgreSQL streams through a server-side cursor while the export asks other questions
    (each chunk's extra fields, a plan's region) on the same connection."""
    db = any_db
    assert import_file(db, "regions", make_xlsx([HEADER, COUNTY, TOWN, VILLAGE])).ok
    assert import_file(db, "warehouses", make_xlsx(
        [["仓库名称", "类型", "所属区划"], ["碧阳镇应急物资储备库", "乡镇库", "碧阳镇"]],
        name="warehouses.xlsx")).ok
    plans = [[f"古筑村防汛应急预案（{i}）", "村(社区)", "古筑村", f"保管员{i % 7}"]
             for i in range(1200)]
    sheets = {"stock": [STOCK, *_stock(0, 1200)], "trainings": [TRAININGS, *_trainings(0, 1200)],
              "plans": [PLANS, *plans]}
    for register, rows in sheets.items():
        assert import_file(db, register, make_xlsx(rows, name=f"{register}.xlsx")).ok
        out = tmp_path / f"{register}-out.xlsx"
        assert export_register(db, register, out) == 1200  # more than one chunk
        ws = openpyxl.load_workbook(out, read_only=True).worksheets[0]
        values = list(ws.iter_rows(values_only=True))
        assert values[0][-1] == "保管人" and len(values) == 1201
        assert all(str(r[-1]).startswith("保管员") for r in values[1:])
        back = import_file(db, register, out)
        assert back.ok and (back.inserted, back.updated) == (0, 0), back.summary()


def test_every_register_that_keeps_extra_columns_names_their_tables() -> None:
    """The exporter reads the extra columns' headers from these tables before streaming the
    rows; a register without them would export its kept columns under no header."""
    from emergency_desk.io.registers import REGISTERS

    missing = [n for n, spec in REGISTERS.items() if spec.keeps_extra and not spec.extra_models]
    assert missing == []
    for spec in REGISTERS.values():
        assert all(hasattr(m, "extra") for m in spec.extra_models), spec.name


# The registers whose export reads a service's rows: the window's list (key fields of each
# row) and the export's columns holding the same fields. The export must give the list's
# rows in the list's order without building the list.
def _listed(db: Database) -> dict[str, tuple[list[tuple[Any, ...]], tuple[str, ...]]]:
    from emergency_desk.services.library.cases import CaseService
    from emergency_desk.services.library.regulations import RegulationService
    from emergency_desk.services.plans.views import PlanViews
    from emergency_desk.services.resources.contacts import ContactService
    from emergency_desk.services.resources.experts import ExpertService
    from emergency_desk.services.resources.hazards import HazardService
    from emergency_desk.services.resources.shelters import ShelterService
    from emergency_desk.services.teams.standards import StandardService
    from emergency_desk.services.township.duty import DutyService
    from emergency_desk.services.township.leaders import LeadersService
    from emergency_desk.services.township.managers import ManagersService
    from emergency_desk.services.township.pledges import PledgeService

    return {
        "contacts": ([(c.unit, c.person) for c in ContactService(db).list()], ("单位", "联系人")),
        "duty": ([(r.shift.zh, r.leader, r.officer) for r in DutyService(db).roster()],
                 ("班次", "带班领导", "值班员")),
        "hazards": ([(h.name, h.location) for h in HazardService(db).list()],
                    ("隐患点名称", "位置")),
        "shelters": ([(r.name, r.address) for r in ShelterService(db).list()],
                     ("场所名称", "地址")),
        "managers": ([(m.name, m.mobile) for m in ManagersService(db).list()],
                     ("姓名", "手机号码")),
        "pledges": ([(p.year, p.responsible) for p in PledgeService(db).list()],
                    ("年度", "责任人")),
        "experts": ([(r.name, r.specialty) for r in ExpertService(db).list()], ("姓名", "专业")),
        "leaders": ([(m.group_name, m.name, m.role.zh) for m in LeadersService(db).members()],
                    ("领导小组名称", "姓名", "小组职务")),
        "equipment-standard": ([(r.level.zh, r.name) for r in StandardService(db).list()],
                               ("层级", "装备名称")),
        "regulations": ([(r.title, r.issuer) for r in RegulationService(db).list()],
                        ("名称", "发布机关")),
        "cases": ([(c.title, c.place) for c in CaseService(db).list()], ("标题", "地点")),
        "plans": ([(p.name, p.doc_no, p.plan_type.zh, p.status.zh, p.version)
                   for p in PlanViews(db).list()],
                  ("预案名称", "文号", "预案类型", "状态", "版本")),
    }


def test_registers_read_through_a_service_stream_in_the_lists_order(
        db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from emergency_desk.services import query
    from emergency_desk.services.demo.county import build_demo

    build_demo(db)
    listed = _listed(db)
    assert all(rows for rows, _cols in listed.values())  # the demo has rows in each
    # Three rows a chunk, so every register's export crosses chunks on the demo; and a
    # whole-list read during the export fails the test.
    monkeypatch.setattr(query.streamed, "__defaults__", (3,))
    chunks: list[int] = []
    original = Result.partitions

    def counted(self: Any, size: int | None = None) -> Any:
        for part in original(self, size):
            chunks.append(len(part))
            yield part

    monkeypatch.setattr(Result, "partitions", counted)
    for module, name in [("library.cases", "case_rows_in"),
                         ("library.regulations", "regulation_rows_in"),
                         ("resources.contacts", "contact_rows_in"),
                         ("resources.experts", "expert_rows_in"),
                         ("resources.hazards", "hazard_rows_in"),
                         ("resources.shelters", "shelter_rows_in"),
                         ("teams.standards", "standards_in")]:
        monkeypatch.setattr(f"emergency_desk.services.{module}.{name}", _no_list)
    for cls in ("township.duty.DutyService.roster", "township.leaders.LeadersService.members",
                "township.managers.ManagersService.list",
                "township.pledges.PledgeService.list", "plans.views.PlanViews.list"):
        monkeypatch.setattr(f"emergency_desk.services.{cls}", _no_list)
    for register, (rows, cols) in listed.items():
        chunks.clear()
        out = tmp_path / f"{register}.xlsx"
        assert export_register(db, register, out) == len(rows), register
        ws = openpyxl.load_workbook(out, read_only=True).worksheets[0]
        values = list(ws.iter_rows(values_only=True))
        at = [values[0].index(c) for c in cols]
        assert [tuple(r[i] for i in at) for r in values[1:]] == rows, register
        assert max(chunks) <= 3 and sum(chunks) >= len(rows), (register, chunks)


def _no_list(*args: Any, **kwargs: Any) -> Any:
    raise AssertionError("the export built the whole list")
