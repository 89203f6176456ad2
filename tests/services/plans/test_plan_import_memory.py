"""Issue 20: the plans import's memory does not grow with the file. It kept every plan it
wrote with a dict of its 22 values (≈ 1.7 KB a row, 268 MiB peak at 50,000 rows); now a
plan's values are held only until its chunk is written, and read back from the database when a
later row names the plan again. Counted, not timed: the most plans holding values at once.

Chunks are made small here (100 rows) so that a few hundred rows span many of them."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from emergency_desk.data.db import Database
from emergency_desk.data.plans import EmergencyPlan
from emergency_desk.io import bulk
from emergency_desk.io.importer import import_file
from emergency_desk.io.plans_import import PlanBulk
from tests.services.plans.test_plan_bulk_import import _plan, _plans
from tests.services.plans.test_plan_excel import PLAN_HEADER, book

ROWS = 600


def _holding(plans: PlanBulk) -> int:
    return sum(p.values is not None for hits in plans._plans.values() for p in hits)


@pytest.fixture
def most_held(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """[the most plans holding their values after any row of the last import]"""
    monkeypatch.setattr(bulk, "CHUNK", 100)
    most = [0]
    real = PlanBulk.row_done

    def counting(self: PlanBulk, refused: bool) -> None:
        real(self, refused)
        most[0] = max(most[0], _holding(self))

    monkeypatch.setattr(PlanBulk, "row_done", counting)
    return most


def _rows() -> list[list[Any]]:
    villages = ("古筑村", "南屏村", "城东社区", "宏村村")
    return [_plan(f"第{i}号防汛应急预案", villages[i % 4], unit=f"单位{i % 7}")
            for i in range(ROWS)]


def test_a_plans_import_holds_a_chunk_of_plans_not_the_file(
        db: Database, county: dict[str, int], tmp_path: Path, most_held: list[int]) -> None:
    path = book(tmp_path, "p.xlsx", PLAN_HEADER, _rows())
    result = import_file(db, "plans", path)
    assert result.ok and result.inserted == ROWS, result.error_lines()[:3]
    assert most_held[0] <= 100, most_held[0]  # it was every plan written: 600
    most_held[0] = 0
    again = import_file(db, "plans", path)  # the plans on record are loaded with values
    assert again.ok and again.unchanged == ROWS, again.error_lines()[:3]
    assert most_held[0] == ROWS


def test_a_later_row_naming_a_written_plan_reads_it_back(
        db: Database, county: dict[str, int], tmp_path: Path, most_held: list[int]) -> None:
    rows = _rows()
    rows[0] = _plan("古筑村防汛预案（试行）", unit="县应急局")
    # Five chunks later: the same plan by the names' normal form, a new 编制单位.
    rows.append(_plan("古筑村防汛预案 (试行)", unit="古筑村委会"))
    result = import_file(db, "plans", book(tmp_path, "p.xlsx", PLAN_HEADER, rows))
    assert result.ok, result.error_lines()[:3]
    assert (result.inserted, result.updated) == (ROWS, 1)
    assert _plans(db)[0] == ("古筑村防汛预案(试行)", "古筑村委会", 2)  # the first spelling stays
    assert most_held[0] <= 100, most_held[0]
    with db.read() as s:  # the values read back are those written: nothing else changed
        plan = s.scalars(select(EmergencyPlan).where(
            EmergencyPlan.name == "古筑村防汛预案(试行)")).one()
        assert (plan.plan_type, plan.region_id) == ("village_plan", county["古筑村"])
