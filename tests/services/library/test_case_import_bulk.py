"""Issue 20: the cases import checks its rows with the form's rules on plain values and writes
them with Core a chunk at a time (io/case_rows.py): the form's audit rows (a month-precision
date's flag included), rows finding their case by the normal form of 标题 + 发生日期, a case
named twice refused within a chunk and across chunks, a refused row leaving nothing behind
after written chunks."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from emergency_desk.data.dates import MonthDate
from emergency_desk.data.db import Database
from emergency_desk.data.library import CaseCategory, CaseGrade, CaseRecord
from emergency_desk.data.models import AuditLog
from emergency_desk.io import bulk
from emergency_desk.io.importer import import_file
from emergency_desk.services.library.cases import CaseInput, save_case_in
from tests.services import bulk_import_audit
from tests.services.bulk_import_audit import form_audit
from tests.services.library.test_regulation_import_bulk import xlsx

HEADER = ["标题", "发生日期", "发生地", "地点", "事件类别", "事件级别", "处置过程", "备注"]
FLOOD = "古筑村“7·7”山洪（2020）"
HANDLING = "02:10 网格员报告；\n02:30 镇带班领导到场"


def import_audit(db: Database, path: Path) -> list[Any]:
    return bulk_import_audit.import_audit(db, "cases", path)


def state(db: Database) -> tuple[Any, ...]:
    with db.read() as s:
        rows = s.execute(select(CaseRecord.id, CaseRecord.title, CaseRecord.occurred_on,
                                CaseRecord.occurred_on_month, CaseRecord.grade,
                                CaseRecord.remark, CaseRecord.row_version)
                         .order_by(CaseRecord.id)).all()
        return tuple(rows), s.scalar(select(func.count()).select_from(AuditLog))


def test_rows_are_audited_as_the_form_saves_them(db: Database, county: dict[str, int],
                                                 tmp_path: Path) -> None:
    first = xlsx(tmp_path, [
        HEADER,
        [FLOOD, "2020.07", "古筑村", "村东山塘", "自然灾害", "一般", HANDLING, "首例"],
        ["县城燃气泄漏", "2023-03-05", None, "县城", "事故灾难", None, None, None],
        ["外县山体滑坡", None, None, "外县", None, "较大", None, None],
    ], "first.xlsx")

    def saves(s: Session) -> None:
        save_case_in(s, CaseInput(FLOOD, MonthDate.first(2020, 7), CaseCategory.NATURAL,
                                  county["古筑村"], "村东山塘", None, CaseGrade.ORDINARY,
                                  handling=HANDLING, remark="首例"))
        save_case_in(s, CaseInput("县城燃气泄漏", date(2023, 3, 5), CaseCategory.ACCIDENT, None,
                                  "县城"))
        save_case_in(s, CaseInput("外县山体滑坡", None, CaseCategory.NATURAL, None, "外县",
                                  grade=CaseGrade.LARGE))

    expected = form_audit(db, saves)
    assert [a[0] for a in expected] == ["insert"] * 3
    assert import_audit(db, first) == expected
    with db.read() as s:
        known = {t: i for i, t in s.execute(select(CaseRecord.id, CaseRecord.title))}
        flood = s.get(CaseRecord, known[FLOOD])
        assert flood is not None and isinstance(flood.occurred_on, MonthDate)

    # A changing re-import: the title retyped (half-width brackets, a space) and the day
    # given finds the case (a month is its first day) and keeps its spelling; the date's
    # precision and the grade change, a blank 备注 keeps the stored one.
    again = xlsx(tmp_path, [
        HEADER,
        ["古筑村 “7·7”山洪(2020)", "2020-07-01", "古筑村", "村东山塘", "自然灾害", "较大",
         HANDLING, None],
        ["县城燃气泄漏", "2023-03-05", None, "县城", "事故灾难", None, None, None],
    ], "again.xlsx")

    def change(s: Session) -> None:
        save_case_in(s, CaseInput(FLOOD, date(2020, 7, 1), CaseCategory.NATURAL,
                                  county["古筑村"], "村东山塘", None, CaseGrade.LARGE,
                                  handling=HANDLING, remark="首例"), known[FLOOD])

    expected = form_audit(db, change)
    assert [a[0] for a in expected] == ["update"]
    assert "occurred_on_month" in expected[0][3]
    assert import_audit(db, again) == expected
    result = import_file(db, "cases", again)
    assert (result.inserted, result.updated, result.unchanged) == (0, 0, 2)
    assert import_audit(db, again) == []
    with db.read() as s:
        assert {t: i for i, t in s.execute(select(CaseRecord.id, CaseRecord.title))} == known


def test_a_case_twice_is_refused_within_and_across_chunks(
        db: Database, county: dict[str, int], tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("emergency_desk.io.library_rows.CHUNK_ROWS", 2)
    monkeypatch.setattr(bulk, "CHUNK", 2)
    import_file(db, "cases", xlsx(tmp_path, [HEADER, [FLOOD, "2020.07"]], "one.xlsx"))
    before = state(db)
    result = import_file(db, "cases", xlsx(tmp_path, [
        HEADER,
        [FLOOD.replace("（", "(").replace("）", ")"), "2020-07-01"],  # the stored case
        ["甲", "2021-01-02"],
        ["甲", "2021-01-03"],                          # another day: another case
        ["甲 ", "2021-01-02"],                         # row 5: row 3's, across chunks
        [FLOOD, "2020.07"],                            # row 6: row 2's
        ["甲", None], ["甲", None],                    # rows 7 and 8, within a chunk
    ], "twice.xlsx"))
    assert result.error_lines()[:3] == [
        "第 5 行 [标题]: 与第 3 行重复（同一记录出现两次）",
        "第 6 行 [标题]: 与第 2 行重复（同一记录出现两次）",
        "第 8 行 [标题]: 与第 7 行重复（同一记录出现两次）"]
    assert state(db) == before


def test_a_refused_row_after_written_chunks_leaves_nothing(
        db: Database, county: dict[str, int], tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("emergency_desk.io.library_rows.CHUNK_ROWS", 2)
    monkeypatch.setattr(bulk, "CHUNK", 2)
    import_file(db, "cases", xlsx(tmp_path, [HEADER, [FLOOD, "2020.07"]], "one.xlsx"))
    before = state(db)
    result = import_file(db, "cases", xlsx(tmp_path, [
        HEADER,
        [FLOOD, "2020.07", None, None, None, "重大"],
        ["甲", None], ["乙", None], ["丙", "2022-05-06", "宏村村"], ["丁", None],
        ["戊", None, "没有的村"],
    ], "late_bad.xlsx"))
    lines = result.error_lines()
    assert lines[0].startswith("第 7 行 [发生地]: "), lines
    assert state(db) == before
