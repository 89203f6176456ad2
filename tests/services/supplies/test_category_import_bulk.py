"""Issue 20: the categories import checks its rows on a dict of the live categories and writes
them with Core statements (io/category_rows.py), with the form's rules (`check_category`) and
the audit rows `save_category_in` writes; a code written as a number or in full-width digits
finds its category, a code twice is refused, and a refused file leaves nothing behind even
after whole chunks were written."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from openpyxl import Workbook
from sqlalchemy import select
from sqlalchemy.orm import Session

from emergency_desk.data.db import Database
from emergency_desk.data.supplies import SupplyCategory
from emergency_desk.io import bulk
from emergency_desk.io.importer import import_file
from emergency_desk.services.supplies.supplies import ensure_top_categories_in, save_category_in
from tests.services import bulk_import_audit
from tests.services.bulk_import_audit import import_audit


def sheet(path: Path, rows: list[list[Any]]) -> Path:
    wb = Workbook()
    ws = wb.active
    assert ws is not None
    ws.append(["分类编码", "名称", "备注"])
    for r in rows:
        ws.append(r)
    wb.save(path)
    return path


def stored(db: Database) -> list[tuple[Any, ...]]:
    with db.read() as s:
        return [tuple(r) for r in s.execute(
            select(SupplyCategory.id, SupplyCategory.code, SupplyCategory.name,
                   SupplyCategory.level, SupplyCategory.parent_code, SupplyCategory.remark,
                   SupplyCategory.is_deleted).order_by(SupplyCategory.id))]


def form_audit(db: Database, saves: list[tuple[str, str, str | None, bool]]) -> list[Any]:
    """The audit rows of the form's saves ((code, name, 备注, update?)), rolled back after;
    the top categories the import adds first are there before (their audit rows aside)."""
    def save(s: Session) -> None:
        for code, name, remark, update in saves:
            cid = s.scalar(select(SupplyCategory.id).where(SupplyCategory.code == code)) \
                if update else None
            save_category_in(s, code, name, cid, {"remark": remark})

    return bulk_import_audit.form_audit(db, save, setup=ensure_top_categories_in)


def test_categories_are_audited_as_the_form_saves_them(db: Database, tmp_path: Path) -> None:
    with db.begin() as s:
        ensure_top_categories_in(s)
    first = sheet(tmp_path / "first.xlsx", [
        ["10101", "住宿类", "县级自定"], ["101", "生活类", None], ["2", "应急装备类", None]])
    expected = form_audit(db, [("101", "生活类", None, False),
                               ("10101", "住宿类", "县级自定", False),
                               ("2", "应急装备类", None, True)])
    assert sorted(a[0] for a in expected) == ["insert", "insert", "update"]
    assert import_audit(db, "categories", first) == expected

    again = sheet(tmp_path / "again.xlsx", [
        ["10101", "住宿类", None], ["101", "生活保障类", "改名"], ["2", "应急装备类", None]])
    expected = form_audit(db, [("10101", "住宿类", None, True),
                               ("101", "生活保障类", "改名", True)])
    assert [a[0] for a in expected] == ["update", "update"]
    assert import_audit(db, "categories", again) == expected
    result = import_file(db, "categories", again)
    assert (result.inserted, result.updated, result.unchanged) == (0, 0, 3)


def test_codes_as_numbers_find_their_category_and_a_code_twice_is_refused(
        db: Database, tmp_path: Path) -> None:
    import_file(db, "categories", sheet(tmp_path / "one.xlsx", [["101", "生活类", None]]))
    before = stored(db)
    result = import_file(db, "categories", sheet(tmp_path / "num.xlsx", [
        [101, "生活类", None], ["１０１０１", "住宿类", None]]))
    assert result.ok and (result.inserted, result.unchanged) == (1, 1), result.error_lines()
    assert stored(db)[:len(before)] == before

    before = stored(db)
    result = import_file(db, "categories", sheet(tmp_path / "twice.xlsx", [
        ["102", "救援类", None], [102, "救援类（重复）", None], ["30501", "上级不存在", None]]))
    assert result.error_lines()[:2] == [
        "第 3 行 [分类编码]: 与第 2 行重复（同一记录出现两次）",
        "第 4 行 [分类编码]: 上级分类 305 不存在，请先建立上级分类"]
    assert stored(db) == before


def test_a_refused_row_after_written_chunks_leaves_nothing(
        db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(bulk, "CHUNK", 2)  # the first rows are written before the bad one
    import_file(db, "categories", sheet(tmp_path / "one.xlsx", [["101", "生活类", None]]))
    before = stored(db)
    result = import_file(db, "categories", sheet(tmp_path / "late.xlsx", [
        ["101", "生活保障类", None], *[[f"101{n:02d}", f"小类{n}", None] for n in range(1, 6)],
        ["1010199", None, None]]))
    assert [line[:12] for line in result.error_lines()] == ["第 8 行 [名称]: "]
    assert stored(db) == before
