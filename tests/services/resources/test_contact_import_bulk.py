"""Issue 20: the contacts import checks its rows on dicts and writes them with Core statements
(io/contact_rows.py), with the form's rules (`check_contact`) and the form's audit rows; rows
find stored entries by the normal form of 单位 + 联系人 (the stored spelling stays), an entry
named twice is refused (also across chunks), and a refused file leaves nothing behind even
after whole chunks were written."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from emergency_desk.data.db import Database
from emergency_desk.data.resources import ContactCategory, ContactEntry
from emergency_desk.io import bulk
from emergency_desk.io.importer import import_file
from emergency_desk.services.resources.contacts import (
    ContactInput,
    ContactService,
    save_contact_in,
)
from tests.services import bulk_import_audit

HEADER = ["类别", "单位", "所属区划", "职务", "联系人", "办公电话", "手机号码", "核实日期", "备注"]


def xlsx(tmp_path: Path, rows: list[list[Any]], name: str) -> Path:
    return bulk_import_audit.xlsx(tmp_path, HEADER, rows, name)


def form_audit(db: Database, saves: list[tuple[ContactInput, int | None]]) -> list[Any]:
    def save(s: Session) -> None:
        for data, contact_id in saves:
            save_contact_in(s, data, contact_id)
    return bulk_import_audit.form_audit(db, save)


def import_audit(db: Database, path: Path) -> list[Any]:
    return bulk_import_audit.import_audit(db, "contacts", path)


def state(db: Database) -> list[Any]:
    return bulk_import_audit.state(db, ContactEntry)


def entry_ids(db: Database) -> dict[str, int]:
    with db.read() as s:
        return {u: i for i, u in s.execute(select(ContactEntry.id, ContactEntry.unit).where(
            ContactEntry.is_deleted.is_(False)))}


def test_contact_rows_are_audited_as_the_form_saves_them(
        db: Database, county: dict[str, int], tmp_path: Path) -> None:
    first = xlsx(tmp_path, [
        ["县直部门", "县水利局", None, "分管副局长", "汪成林", "0559-5521110", None, "2026.6.1",
         "汛期24小时"],
        ["乡镇", "碧阳镇人民政府", "碧阳镇", "值班室", "程明", None, "13955910002", None, None],
        [None, "古筑村委会", "古筑村", None, "胡明", None, "13955910003", None, None],
    ], "first.xlsx")
    expected = form_audit(db, [
        (ContactInput("县水利局", "汪成林", ContactCategory.DEPARTMENT, None, "分管副局长",
                      "0559-5521110", None, date(2026, 6, 1), "汛期24小时"), None),
        (ContactInput("碧阳镇人民政府", "程明", ContactCategory.TOWNSHIP, county["碧阳镇"],
                      "值班室", None, "13955910002"), None),
        (ContactInput("古筑村委会", "胡明", ContactCategory.OTHER, county["古筑村"], None, None,
                      "13955910003"), None)])
    assert [a[0] for a in expected] == ["insert"] * 3
    assert import_audit(db, first) == expected

    # A re-import: one entry changed (a blank 备注 keeps the stored one), two unchanged.
    ids = entry_ids(db)
    again = xlsx(tmp_path, [
        ["县直部门", "县水利局", None, "局长", "汪成林", "0559-5521110", "13955910001",
         "2026.6.1", None],
        ["乡镇", "碧阳镇人民政府", "碧阳镇", "值班室", "程明", None, "13955910002", None, None],
        [None, "古筑村委会", "古筑村", None, "胡明", None, "13955910003", None, None],
    ], "again.xlsx")
    expected = form_audit(db, [
        (ContactInput("县水利局", "汪成林", ContactCategory.DEPARTMENT, None, "局长",
                      "0559-5521110", "13955910001", date(2026, 6, 1), "汛期24小时"),
         ids["县水利局"])])
    assert [a[0] for a in expected] == ["update"]
    assert import_audit(db, again) == expected
    result = import_file(db, "contacts", again)
    assert (result.inserted, result.updated, result.unchanged) == (0, 0, 3)


def test_rows_find_entries_by_normal_names_and_an_entry_twice_is_refused(
        db: Database, county: dict[str, int], tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    # Typed in the form (the importer folds full-width brackets as it reads).
    ContactService(db).save(ContactInput("徽州建材（代储点）", "汪洋", ContactCategory.ENTERPRISE,
                                         mobile="13955910004", remark="备"))
    ids = entry_ids(db)
    # Half-width brackets and spaces name the same entry; its spelling stays as stored.
    result = import_file(db, "contacts", xlsx(tmp_path, [
        ["企业", "徽州建材 (代储点)", None, None, "汪洋", None, "13955910005", None, None],
    ], "spaced.xlsx"))
    assert result.ok and (result.inserted, result.updated) == (0, 1), result.error_lines()
    assert entry_ids(db) == ids
    with db.read() as s:
        assert s.execute(select(ContactEntry.unit, ContactEntry.mobile,
                                ContactEntry.remark)).one() == ("徽州建材（代储点）", "13955910005",
                                                                "备")

    monkeypatch.setattr(bulk, "CHUNK", 2)  # the second naming comes chunks later
    before = state(db)
    result = import_file(db, "contacts", xlsx(tmp_path, [
        [None, "县水利局", None, None, "汪成林", None, "13955910001", None, None],
        [None, "县应急局", None, None, "程明", None, "13955910002", None, None],
        [None, "县气象局", None, None, "胡明", None, "13955910003", None, None],
        [None, "县 水利局", None, None, "汪成林", None, "13955910009", None, None],
        [None, "县民政局", None, None, "李华", None, None, None, None],
    ], "twice.xlsx"))
    assert result.error_lines()[:2] == [
        "第 5 行 [类别]: 与第 2 行重复（同一记录出现两次）",
        "第 6 行 [手机号码]: 办公电话和手机号码至少填写一个"]
    assert state(db) == before


def test_a_refused_row_after_written_chunks_leaves_nothing(
        db: Database, county: dict[str, int], tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(bulk, "CHUNK", 2)  # the first rows are written before the bad one
    before = state(db)
    result = import_file(db, "contacts", xlsx(tmp_path, [
        [None, f"单位{i}", "碧阳镇", None, "联系人", None, f"1395591000{i}", None, None]
        for i in range(5)] + [
        [None, "单位9", "没有的镇", None, "联系人", None, "13955910009", None, None],
    ], "late_bad.xlsx"))
    assert result.error_lines()[0].startswith("第 7 行 [所属区划]: ")
    assert state(db) == before
