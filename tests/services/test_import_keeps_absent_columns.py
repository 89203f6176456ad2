"""An update from a sheet that lacks some of a register's columns leaves those columns as
they are, in every register: a list of monitors' phones, a leaders' phone list or a pledge
roll without 签订日期 had erased the hazard types, the leaders' roles and the signing dates of
the records they matched (the 7 registers below; the others always kept them)."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

import openpyxl
import pytest

from emergency_desk.data.db import Database
from emergency_desk.data.migrate import open_database
from emergency_desk.io.exporter import export_register
from emergency_desk.io.importer import import_file

# register → (its table, the columns of a narrow sheet: the key and one or two more)
NARROW: dict[str, tuple[str, list[str]]] = {
    "hazards": ("hazard_point", ["隐患点名称", "所属区划", "监测人", "监测人电话"]),
    "shelters": ("shelter", ["场所名称", "所属区划", "管理责任人", "联系电话"]),
    "contacts": ("contact_entry", ["单位", "联系人", "手机号码"]),
    "experts": ("expert", ["姓名", "手机号码", "工作单位"]),
    "leaders": ("leadership_member", ["乡镇", "姓名", "手机号码"]),
    "managers": ("village_manager", ["乡镇", "村(社区)", "姓名", "手机号码"]),
    "pledges": ("flood_pledge", ["年度", "签订单位", "责任人"]),
}
_MOVING = {"updated_at", "row_version"}


def _copy(db: Database, to: Path) -> Database:
    """The demo county, copied through SQLite's backup (the shared one stays as it is)."""
    src = sqlite3.connect(db.path)
    dst = sqlite3.connect(to)
    src.backup(dst)
    src.close()
    dst.close()
    return open_database(to)


def _table(path: Path, table: str) -> list[tuple[Any, ...]]:
    con = sqlite3.connect(path)
    cols = [r[1] for r in con.execute(f"PRAGMA table_info({table})") if r[1] not in _MOVING]
    rows = con.execute(f"SELECT {', '.join(cols)} FROM {table} ORDER BY id").fetchall()
    con.close()
    return rows


def _narrow_sheet(export: Path, columns: list[str], out: Path,
                  change: tuple[str, str] | None = None) -> None:
    """The export's first record with only `columns`, under a title row and 序号, as an
    office's own list; `change` sets one cell to a new value."""
    rows = list(openpyxl.load_workbook(export, read_only=True).worksheets[0].values)
    at = next(i for i, r in enumerate(rows) if columns[0] in r)
    header = list(rows[at])
    first = rows[at + 1]
    picked = [first[header.index(c)] for c in columns]
    if change is not None:
        picked[columns.index(change[0])] = change[1]
    wb = openpyxl.Workbook()
    ws = wb.active
    assert ws is not None
    ws.append(["名单"])
    ws.append(["序号", *columns])
    ws.append([1, *picked])
    ws.append(["填表人：汪晓燕"])
    wb.save(out)


@pytest.mark.parametrize("register", list(NARROW))
def test_a_narrow_sheet_changes_only_its_own_columns(
        demo_county: Database, tmp_path: Path, register: str) -> None:
    table, columns = NARROW[register]
    db = _copy(demo_county, tmp_path / "county.sqlite3")
    export_register(db, register, tmp_path / "export.xlsx")
    before = _table(db.path, table)
    _narrow_sheet(tmp_path / "export.xlsx", columns, tmp_path / "narrow.xlsx")
    result = import_file(db, register, tmp_path / "narrow.xlsx")
    assert result.error_lines() == []
    assert (result.inserted, result.updated, result.unchanged) == (0, 0, 1)
    assert _table(db.path, table) == before  # nothing erased, nothing reset to a default
    db.dispose()


def test_a_narrow_sheet_still_updates_what_it_holds(
        demo_county: Database, tmp_path: Path) -> None:
    db = _copy(demo_county, tmp_path / "county.sqlite3")
    export_register(db, "hazards", tmp_path / "export.xlsx")
    before = _table(db.path, "hazard_point")
    _narrow_sheet(tmp_path / "export.xlsx", NARROW["hazards"][1], tmp_path / "narrow.xlsx",
                  ("监测人电话", "139 0559 1234"))
    result = import_file(db, "hazards", tmp_path / "narrow.xlsx")
    assert result.error_lines() == [] and result.updated == 1
    after = _table(db.path, "hazard_point")
    changed = [(b, a) for b, a in zip(before, after, strict=True) if b != a]
    assert len(changed) == 1
    old, new = changed[0]
    assert "13905591234" in new and "13905591234" not in old
    assert [x for x in new if x not in old] == ["13905591234"]  # the phone alone moved
    db.dispose()
