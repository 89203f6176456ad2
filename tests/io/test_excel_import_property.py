"""Property test: random sheets never crash the importer — every problem is a row error or a
known error, and a rejected file leaves the database as it was."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path
from typing import Any

import openpyxl
from excel_helpers import COUNTY, HEADER, TOWN, snapshot
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

from emergency_desk.data.db import Database
from emergency_desk.errors import KnownError
from emergency_desk.io.importer import import_file

# Values that look like what offices type, plus junk.
REGIONISH = st.sampled_from(["黟县", "碧阳镇", "古筑村", "县", "乡镇", "村", "社区", "是", "否",
                             "341023000000", "341023100000", "341023", "黟县/碧阳镇", "=1+1",
                             "√", "１２３", " ", "N/A", "#REF!"])
CELL = st.one_of(
    st.none(), REGIONISH, st.text(max_size=12), st.text(min_size=90, max_size=300),
    st.integers(min_value=-10**13, max_value=10**13),
    st.floats(allow_nan=False, allow_infinity=False, width=32), st.booleans(),
    st.dates(min_value=date(1900, 1, 1), max_value=date(2100, 1, 1)),
    st.datetimes(min_value=datetime(1900, 1, 1), max_value=datetime(2100, 1, 1)))
ROW = st.lists(CELL, min_size=0, max_size=9)
# Rows that are mostly right, so that some files import and the write path is exercised.
PLAUSIBLE = st.fixed_dictionaries({
    "区划代码": st.one_of(st.none(), st.sampled_from(["341023000000", "341023100000",
                                                     "341023100201", 341023100202.0])),
    "名称": st.sampled_from(["黟县", "碧阳镇", "古筑村", "南屏村", "渔亭镇", None, "碧阳 镇"]),
    "层级": st.sampled_from(["县", "乡镇", "村", "社区", "镇", None]),
    "上级": st.sampled_from([None, "黟县", "碧阳镇", "341023", "黟县/碧阳镇", "渔亭镇"]),
    "灾害多发频发": st.sampled_from(["是", "否", "√", None, "x"]),
    "人口": st.one_of(st.none(), st.integers(min_value=-5, max_value=10**6)),
    "主要灾种": st.one_of(st.none(), st.text(max_size=5)),
    "备注": st.one_of(st.none(), st.text(max_size=5)),
})
SHEET = st.tuples(
    st.lists(ROW, max_size=3),  # rows above the header
    st.permutations(HEADER),  # header order varies
    st.lists(st.one_of(ROW, PLAUSIBLE, PLAUSIBLE), max_size=8))


def _clean(v: object) -> object:
    # openpyxl refuses control characters; Excel cannot hold them either.
    if isinstance(v, str):
        return "".join(c for c in v if c.isprintable() or c in "\n\t") or None
    return v


@settings(max_examples=40, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(sheet=SHEET)
def test_random_sheets_never_crash(db: Database, tmp_path: Path,
                                   sheet: tuple[list[list[object]], list[str], list[Any]],
                                   ) -> None:
    above, header, body = sheet
    wb = openpyxl.Workbook()
    ws = wb.active
    assert ws is not None
    body = [dict(zip(HEADER, COUNTY, strict=True)), dict(zip(HEADER, TOWN, strict=True)), *body]
    rows = [*above, list(header)] + [
        [r[h] for h in header] if isinstance(r, dict) else r for r in body]
    for row in rows:
        ws.append([_clean(v) for v in row])
    path = tmp_path / "random.xlsx"
    wb.save(path)
    before = snapshot(db)
    try:
        result = import_file(db, "regions", path)
    except KnownError as exc:
        assert exc.message
        assert snapshot(db) == before
        event("known error")
        return
    for line in result.error_lines():
        assert line.startswith("第 ") and "行 [" in line
    event("rejected" if not result.ok else "accepted")
    if not result.ok:
        assert snapshot(db) == before
    else:
        assert result.inserted + result.updated + result.unchanged == result.total
