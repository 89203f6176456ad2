"""Issue 20: the experts import finds each row's person by the people rules from a chunk's
people loaded at once and writes people and experts with Core statements
(io/expert_rows.py, io/person_chunk.py), with the form's audit rows; a person named by the
normal form of their 身份证号 or 手机号码 is the stored one, an expert named twice is refused
(also across chunks), and a refused file leaves nothing behind even after whole chunks were
written."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from emergency_desk.data.db import Database
from emergency_desk.data.people import Person
from emergency_desk.data.resources import Expert, ExpertSource
from emergency_desk.io import bulk, person_chunk
from emergency_desk.io.importer import import_file
from emergency_desk.services.resources.experts import ExpertInput, save_expert_in
from emergency_desk.values import id_check_char
from tests.services import bulk_import_audit
from tests.services.query_plans import person_lookup_plans

HEADER = ["姓名", "专业", "职称", "工作单位", "手机号码", "专家组", "专家库", "可参与处置",
          "身份证号", "备注"]


def id_card(seq: int) -> str:
    first17 = f"34102319800101{seq:03d}"
    return first17 + id_check_char(first17)


# A 身份证号 whose check character is X (a sheet may write it x).
X_CARD = next(c for c in map(id_card, range(100, 999)) if c.endswith("X"))


# A 身份证号 whose check character is wrong.
BAD_CARD = id_card(5)[:-1] + ("1" if id_card(5)[-1] != "1" else "2")


def xlsx(tmp_path: Path, rows: list[list[Any]], name: str) -> Path:
    return bulk_import_audit.xlsx(tmp_path, HEADER, rows, name)


def form_audit(db: Database, saves: list[tuple[ExpertInput, int | None]]) -> list[Any]:
    def save(s: Session) -> None:
        for data, expert_id in saves:
            save_expert_in(s, data, expert_id)
    return bulk_import_audit.form_audit(db, save)


def state(db: Database) -> list[Any]:
    return bulk_import_audit.state(db, Person, Expert)


def expert_ids(db: Database) -> dict[str, int]:
    with db.read() as s:
        return {n: i for i, n in s.execute(select(Expert.id, Person.name).join(
            Person, Person.id == Expert.person_id).where(Expert.is_deleted.is_(False)))}


def test_expert_rows_are_audited_as_the_form_saves_them(db: Database, tmp_path: Path) -> None:
    first = xlsx(tmp_path, [
        ["胡建国", "水利工程", "高级工程师", "县水利局", "13955910001", "防汛抗旱", "本县", "是",
         id_card(11), "可夜间联系"],
        ["汪晓燕", "急救", None, "县人民医院", "13955910002", "医疗卫生", "市级", "否", None,
         None],
    ], "first.xlsx")
    expected = form_audit(db, [
        (ExpertInput("胡建国", "13955910001", "县水利局", "水利工程", "高级工程师", "防汛抗旱",
                     ExpertSource.COUNTY, True, "可夜间联系", id_card(11)), None),
        (ExpertInput("汪晓燕", "13955910002", "县人民医院", "急救", None, "医疗卫生",
                     ExpertSource.CITY, False), None)])
    assert [a[0] for a in expected] == ["insert"] * 4  # two people, two experts
    assert bulk_import_audit.import_audit(db, "experts", first) == expected

    # A re-import: a new mobile and title for one (found by 身份证号; a blank 备注 keeps the
    # stored one), the other unchanged.
    ids = expert_ids(db)
    again = xlsx(tmp_path, [
        ["胡建国", "水利工程", "正高级工程师", "县水利局", "13955910009", "防汛抗旱", "本县", "是",
         id_card(11), None],
        ["汪晓燕", "急救", None, "县人民医院", "13955910002", "医疗卫生", "市级", "否", None,
         None],
    ], "again.xlsx")
    expected = form_audit(db, [
        (ExpertInput("胡建国", "13955910009", "县水利局", "水利工程", "正高级工程师", "防汛抗旱",
                     ExpertSource.COUNTY, True, "可夜间联系", id_card(11)), ids["胡建国"])])
    assert [a[0] for a in expected] == ["update"] * 2  # the person's mobile, the title
    assert bulk_import_audit.import_audit(db, "experts", again) == expected
    result = import_file(db, "experts", again)
    assert (result.inserted, result.updated, result.unchanged) == (0, 0, 2)


def test_rows_find_people_by_normal_keys_and_an_expert_twice_is_refused(
        db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    result = import_file(db, "experts", xlsx(tmp_path, [
        ["胡建国", "水利工程", None, None, "13955910001", None, None, None, None, None],
        ["叶丽华", "地质", None, None, None, None, None, None, X_CARD, None],
    ], "one.xlsx"))
    assert result.ok, result.error_lines()
    ids = expert_ids(db)
    # A mobile written with spaces and a 身份证号 ending in a small x name the same people.
    result = import_file(db, "experts", xlsx(tmp_path, [
        ["胡建国", "水利", None, None, "139 5591 0001", None, None, None, None, None],
        ["叶丽华", "地质", None, None, None, None, None, None, X_CARD.lower(), None],
    ], "spaced.xlsx"))
    assert result.ok, result.error_lines()
    assert (result.inserted, result.updated, result.unchanged) == (0, 1, 1)
    assert expert_ids(db) == ids

    monkeypatch.setattr(bulk, "CHUNK", 2)
    monkeypatch.setattr(person_chunk, "CHUNK_ROWS", 2)  # the second naming comes chunks later
    before = state(db)
    result = import_file(db, "experts", xlsx(tmp_path, [
        ["程明", None, None, None, "13955910003", None, None, None, None, None],
        ["李华", None, None, None, "13955910004", None, None, None, None, None],
        ["胡建国", "水利", None, None, "13955910001", None, None, None, None, None],
        ["程明", "应急", None, None, "13955910003", None, None, None, None, None],
        ["王五", None, None, None, "12345", None, None, None, None, None],
    ], "twice.xlsx"))
    lines = result.error_lines()
    assert lines[0] == "第 5 行 [姓名]: 与第 2 行重复（同一记录出现两次）", lines
    assert lines[1].startswith("第 6 行 [手机号码]: 手机号码应为 11 位"), lines
    assert state(db) == before


def test_a_refused_row_after_written_chunks_leaves_nothing(
        db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(bulk, "CHUNK", 2)
    monkeypatch.setattr(person_chunk, "CHUNK_ROWS", 2)  # rows written before the bad one
    before = state(db)
    result = import_file(db, "experts", xlsx(tmp_path, [
        [f"专家{'甲乙丙丁戊'[i]}", None, None, None, f"1395591000{i}", None, None, None, None, None]
        for i in range(5)] + [
        ["专家己", None, None, None, None, None, None, None, BAD_CARD, None],
    ], "late_bad.xlsx"))
    assert result.error_lines()[0].startswith("第 7 行 [身份证号]: "), result.error_lines()
    assert state(db) == before


def test_a_chunk_finds_its_peoples_experts_by_person_not_by_walking_the_register(
        db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Each chunk loads the live experts of its people. Asked "is_deleted IS 0", SQLite
    walked every live expert through the is_deleted index once a chunk (10,000 rows grew
    quadratically): the lookup must go through the person_id index."""
    monkeypatch.setattr(person_chunk, "CHUNK_ROWS", 2)
    rows = [[f"专家{'甲乙丙丁戊'[i]}", None, None, None, f"1395591000{i}", None, None, None,
             None, None] for i in range(5)]
    assert import_file(db, "experts", xlsx(tmp_path, rows, "first.xlsx")).ok
    with person_lookup_plans(db, "expert") as plans:
        assert import_file(db, "experts", xlsx(tmp_path, rows, "again.xlsx")).ok
    assert len(plans) == 3, plans  # one a chunk of two rows
    assert all("ix_expert_person_id" in p for p in plans), plans
