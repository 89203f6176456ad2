"""Issue 20: the managers import finds each row's village and person from what a chunk loads
at once and writes people and managers with Core statements (io/manager_rows.py), with the
form's rules (`check_manager`, the people rules) and the form's audit rows; the village's
灾害信息员 is linked, not retyped; a person named by the normal form of their 手机号码 is the
stored one, a manager named twice is refused (also across chunks), and a refused file leaves
nothing behind even after whole chunks were written."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from emergency_desk.data.db import Database
from emergency_desk.data.people import Person
from emergency_desk.data.township import ManagerRole, VillageManager
from emergency_desk.io import bulk, person_chunk
from emergency_desk.io.importer import import_file
from emergency_desk.services.township.managers import ManagerInput, save_manager_in
from tests.services import bulk_import_audit
from tests.services.township.test_managers import officer

HEADER = ["乡镇", "村(社区)", "姓名", "身份证号", "手机号码", "职责", "本职职务", "任职日期",
          "离任日期", "备注"]


def xlsx(tmp_path: Path, rows: list[list[Any]], name: str) -> Path:
    return bulk_import_audit.xlsx(tmp_path, HEADER, rows, name)


def form_audit(db: Database, saves: list[tuple[ManagerInput, int | None]]) -> list[Any]:
    def save(s: Session) -> None:
        for data, manager_id in saves:
            save_manager_in(s, data, manager_id)
    return bulk_import_audit.form_audit(db, save)


def state(db: Database) -> list[Any]:
    return bulk_import_audit.state(db, Person, VillageManager)


def manager_ids(db: Database) -> dict[str, int]:
    with db.read() as s:
        return {n: i for i, n in s.execute(select(VillageManager.id, Person.name).join(
            Person, Person.id == VillageManager.person_id).where(
            VillageManager.is_deleted.is_(False)))}


def test_manager_rows_are_audited_as_the_form_saves_them(
        db: Database, county: dict[str, int], tmp_path: Path) -> None:
    pid = officer(db, county["古筑村"], "胡建国", "13955910001")
    first = xlsx(tmp_path, [
        ["碧阳镇", "古筑村委会", "胡建国", None, "13955910001", "兼网格员", "村书记", "2023.3.1",
         None, "兼任"],
        [None, "宏村村", "余光", None, "13955910003", None, None, None, None, None],
    ], "first.xlsx")
    expected = form_audit(db, [
        (ManagerInput(county["古筑村"], "胡建国", "13955910001", role=ManagerRole.BOTH,
                      duty_title="村书记", appoint_date=date(2023, 3, 1), remark="兼任"), None),
        (ManagerInput(county["宏村村"], "余光", "13955910003"), None)])
    assert [a[:2] for a in expected] == [
        ("insert", "person"), ("insert", "village_manager"), ("insert", "village_manager")]
    assert bulk_import_audit.import_audit(db, "managers", first) == expected
    with db.read() as s:  # the officer's person, linked
        assert s.scalar(select(VillageManager.person_id).where(
            VillageManager.region_id == county["古筑村"])) == pid

    # A re-import: one leaves (a blank 备注 keeps the stored one), the other unchanged.
    ids = manager_ids(db)
    again = xlsx(tmp_path, [
        ["碧阳镇", "古筑村", "胡建国", None, "13955910001", "兼网格员", "村书记", "2023.3.1",
         "2026.1.5", None],
        [None, "宏村村", "余光", None, "13955910003", None, None, None, None, None],
    ], "again.xlsx")
    expected = form_audit(db, [
        (ManagerInput(county["古筑村"], "胡建国", "13955910001", role=ManagerRole.BOTH,
                      duty_title="村书记", appoint_date=date(2023, 3, 1),
                      leave_date=date(2026, 1, 5), remark="兼任"), ids["胡建国"])])
    assert [a[:2] for a in expected] == [("update", "village_manager")]
    assert bulk_import_audit.import_audit(db, "managers", again) == expected
    result = import_file(db, "managers", again)
    assert (result.inserted, result.updated, result.unchanged) == (0, 0, 2)


def test_rows_find_people_by_normal_keys_and_a_manager_twice_is_refused(
        db: Database, county: dict[str, int], tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    result = import_file(db, "managers", xlsx(tmp_path, [
        [None, "古筑村", "胡建国", None, "13955910001", None, None, None, None, None],
    ], "one.xlsx"))
    assert result.ok, result.error_lines()
    ids = manager_ids(db)
    result = import_file(db, "managers", xlsx(tmp_path, [  # the mobile with spaces
        [None, "古筑村", "胡建国", None, "139 5591 0001", None, "村主任", None, None, None],
    ], "spaced.xlsx"))
    assert result.ok and (result.inserted, result.updated) == (0, 1), result.error_lines()
    assert manager_ids(db) == ids

    before = state(db)  # a new person named twice in one chunk
    result = import_file(db, "managers", xlsx(tmp_path, [
        [None, "宏村村", "程明", None, "13955910003", None, None, None, None, None],
        [None, "宏村村", "程明", None, "13955910003", None, None, None, None, None],
    ], "new_twice.xlsx"))
    assert result.error_lines()[:1] == ["第 3 行 [乡镇]: 与第 2 行重复（同一记录出现两次）"]
    assert state(db) == before

    monkeypatch.setattr(bulk, "CHUNK", 2)
    monkeypatch.setattr(person_chunk, "CHUNK_ROWS", 2)  # the second naming chunks later
    result = import_file(db, "managers", xlsx(tmp_path, [
        [None, "宏村村", "程明", None, "13955910003", None, None, None, None, None],
        [None, "宏村村", "李华", None, "13955910004", None, None, None, None, None],
        [None, "古筑村", "胡建国", None, "13955910001", None, None, None, None, None],
        [None, "宏村村", "程明", None, "13955910003", "网格员", None, None, None, None],
        ["碧阳镇", "碧阳镇", "王五", None, "13955910005", None, None, None, None, None],
        [None, "宏村村", "赵六", None, "13955910006", None, None, "2024.1.1", "2023.1.1", None],
    ], "twice.xlsx"))
    assert result.error_lines()[:3] == [
        "第 5 行 [乡镇]: 与第 2 行重复（同一记录出现两次）",
        "第 6 行 [村(社区)]: 应急管理员按村（社区）配备，请选择村或社区",
        "第 7 行 [离任日期]: 离任日期早于任职日期"], result.error_lines()
    assert state(db) == before


def test_a_refused_row_after_written_chunks_leaves_nothing(
        db: Database, county: dict[str, int], tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(bulk, "CHUNK", 2)
    monkeypatch.setattr(person_chunk, "CHUNK_ROWS", 2)  # rows written before the bad one
    before = state(db)
    result = import_file(db, "managers", xlsx(tmp_path, [
        [None, "古筑村", f"管理员{'甲乙丙丁戊'[i]}", None, f"1395591000{i}", None, None, None,
         None, None] for i in range(5)] + [
        [None, "没有的村", "汪洋", None, "13955910009", None, None, None, None, None],
    ], "late_bad.xlsx"))
    assert result.error_lines()[0].startswith("第 7 行 [村(社区)]: "), result.error_lines()
    assert state(db) == before
