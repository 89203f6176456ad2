"""Issue 20: the equipment-standard import finds a chunk's standards at once (StandardIndex)
and flushes once a chunk, yet behaves as the row-by-row import did: the audit rows
`upsert_standard_in` writes row by row, a stored standard found by its normalised name (the
spelling on file kept), a row repeated in the file reported within a chunk and across chunks,
nothing written when any row is refused."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import openpyxl
import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from emergency_desk.data.db import Database
from emergency_desk.data.models import AuditLog
from emergency_desk.data.teams import EquipmentCategory, EquipmentStandard, TeamForce, TeamLevel
from emergency_desk.io.importer import import_file
from emergency_desk.services.teams.standards import (
    StandardInput,
    StandardService,
    upsert_standard_in,
)
from tests.services import bulk_import_audit

HEADER = ["序号", "层级", "队伍性质", "装备名称", "装备类别", "配备数量", "计量单位", "依据",
          "备注"]
_LEVEL = {lv.zh: lv for lv in TeamLevel}
_FORCE = {f.zh: f for f in TeamForce}
_CATEGORY = {c.zh: c for c in EquipmentCategory}


def _rows(changed: bool) -> list[list[Any]]:
    rows: list[list[Any]] = [
        ["县级", "全部", "救生衣", "防护", 20, "件", "县标准", None],
        ["县级", "志愿", "救生衣", "防护", 10, "件", None, None],  # another key: 队伍性质
        ["乡镇级", None, "对讲机", "通信指挥", 6, "台", "县标准", "每班一台"],
        ["村级", None, "强光手电", None, 3, "个", None, None],
    ]
    if changed:  # a new number, a blank 依据 (kept), a new remark; unchanged; a new row
        rows[0][4], rows[0][6] = 24, None
        rows[2][7] = "每班两台"
        rows.append(["村级", None, "灭火器", "专业救援", 4, "具", None, None])
    return rows


def _sheet(path: Path, rows: list[list[Any]]) -> Path:
    wb = openpyxl.Workbook()
    ws = wb.active
    assert ws is not None
    ws.append(["装备配置标准"])
    ws.append(HEADER)
    for i, r in enumerate(rows, 1):
        ws.append([i, *r])
    wb.save(path)
    return path


def _inputs(rows: list[list[Any]]) -> list[StandardInput]:
    return [StandardInput(_LEVEL[level], name, qty, _FORCE.get(force or ""),
                          _CATEGORY.get(cat or ""), unit, basis, remark)
            for level, force, name, cat, qty, unit, basis, remark in rows]


def _row_by_row_audit(db: Database, inputs: list[StandardInput]) -> list[Any]:
    def saves(s: Session) -> None:
        for data in inputs:
            upsert_standard_in(s, data)
        s.flush()

    return bulk_import_audit.form_audit(db, saves)


def _import_audit(db: Database, path: Path) -> list[Any]:
    return bulk_import_audit.import_audit(db, "equipment-standard", path)


def _census(db: Database) -> tuple[int, int]:
    with db.read() as s:
        return (int(s.scalar(select(func.count()).select_from(EquipmentStandard)) or 0),
                int(s.scalar(select(func.count()).select_from(AuditLog)) or 0))


def test_the_import_audits_each_standard_as_row_by_row(db: Database, tmp_path: Path) -> None:
    first = _rows(changed=False)
    expected = _row_by_row_audit(db, _inputs(first))
    got = _import_audit(db, _sheet(tmp_path / "first.xlsx", first))
    assert got == expected
    assert [a[:2] for a in got] == [("insert", "equipment_standard")] * 4

    second = _rows(changed=True)
    expected = _row_by_row_audit(db, _inputs(second))
    got = _import_audit(db, _sheet(tmp_path / "second.xlsx", second))
    assert got == expected
    assert sorted(a[0] for a in got) == ["insert", "update", "update"]
    with db.read() as s:  # the blank 依据 kept what was stored
        assert s.scalar(select(EquipmentStandard.basis).where(
            EquipmentStandard.required_qty == 24)) == "县标准"
    assert _import_audit(db, tmp_path / "second.xlsx") == []
    result = import_file(db, "equipment-standard", tmp_path / "second.xlsx")
    assert (result.inserted, result.updated, result.unchanged) == (0, 0, 5)


def test_a_row_finds_the_stored_standard_by_its_normalised_name(
        db: Database, tmp_path: Path) -> None:
    """Typed in the form with full-width brackets; the sheet folds them."""
    StandardService(db).save(StandardInput(TeamLevel.VILLAGE, "救生衣（成人）", 5))
    rows = [["村级", None, "救生衣(成人)", None, 8, "件", None, None]]
    before = _census(db)[0]
    result = import_file(db, "equipment-standard", _sheet(tmp_path / "a.xlsx", rows))
    assert result.ok, result.error_lines()
    assert (result.inserted, result.updated) == (0, 1)
    assert _census(db)[0] == before
    with db.read() as s:
        row = s.scalar(select(EquipmentStandard))
        assert row is not None and (row.name, row.required_qty) == ("救生衣（成人）", 8)


@pytest.mark.parametrize("chunk", [1000, 2])
def test_a_standard_twice_in_the_file_is_an_error_and_nothing_is_written(
        db: Database, tmp_path: Path, chunk: int, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("emergency_desk.io.equipment_standard.CHUNK_ROWS", chunk)
    rows = _rows(changed=False)
    rows.append(["乡镇级", "全部", "对讲机", None, 8, "台", None, None])
    before = _census(db)
    result = import_file(db, "equipment-standard", _sheet(tmp_path / "twice.xlsx", rows))
    assert not result.ok
    assert result.error_lines()[0] == "第 7 行 [层级]: 与第 5 行重复（同一记录出现两次）"
    assert _census(db) == before


def test_a_refused_row_leaves_nothing_written(db: Database, tmp_path: Path) -> None:
    rows = _rows(changed=False)
    rows[3][0] = "企业"  # not a level of the standard
    before = _census(db)
    result = import_file(db, "equipment-standard", _sheet(tmp_path / "bad.xlsx", rows))
    assert not result.ok
    assert result.error_lines()[0].startswith("第 6 行 [层级]: ")
    assert _census(db) == before
