"""Issue 20: the regulations import checks its rows with the form's rules on plain values and
writes them with Core a chunk at a time (io/regulation_rows.py): the form's audit rows, rows
finding their entry by the normal form of 名称 + 文号, an entry named twice refused within a
chunk and across chunks, a refused row leaving nothing behind after written chunks."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from emergency_desk.data.db import Database
from emergency_desk.data.library import Regulation, RegulationLevel, RegulationStatus
from emergency_desk.data.models import AuditLog
from emergency_desk.io import bulk
from emergency_desk.io.importer import import_file
from emergency_desk.services.library.files import put_file_in
from emergency_desk.services.library.regulations import (
    RegulationInput,
    save_regulation_in,
    set_text,
)
from emergency_desk.services.stored_files import read_file
from tests.services import bulk_import_audit
from tests.services.bulk_import_audit import form_audit
from tests.services.library.conftest import make_docx

HEADER = ["名称", "发布机关", "文号", "发布日期", "施行日期", "时效性", "效力层级", "类别",
          "原文文件", "备注"]
LAW = "中华人民共和国突发事件应对法（2024修订）"
RULE = "安徽省突发事件应对条例"


def xlsx(tmp_path: Path, rows: list[list[Any]], name: str) -> Path:
    wb = openpyxl.Workbook()
    ws = wb.active
    for r in rows:
        ws.append(r)
    path = tmp_path / name
    wb.save(path)
    return path


def import_audit(db: Database, path: Path) -> list[Any]:
    return bulk_import_audit.import_audit(db, "regulations", path)


def state(db: Database) -> tuple[Any, ...]:
    with db.read() as s:
        rows = s.execute(select(Regulation.id, Regulation.title, Regulation.doc_number,
                                Regulation.status, Regulation.remark, Regulation.file_name,
                                Regulation.row_version, Regulation.is_deleted)
                         .order_by(Regulation.id)).all()
        return tuple(rows), s.scalar(select(func.count()).select_from(AuditLog))


def ids(db: Database) -> dict[str, int]:
    with db.read() as s:
        return {t: i for i, t in s.execute(select(Regulation.id, Regulation.title).where(
            Regulation.is_deleted.is_(False)))}


def test_rows_are_audited_as_the_form_saves_them(db: Database, tmp_path: Path) -> None:
    doc = make_docx(tmp_path / "应对法.docx", ["第七条 国家建立有效的社会动员机制"])
    first = xlsx(tmp_path, [
        HEADER,
        [LAW, "全国人民代表大会常务委员会", "主席令第二十五号", "2024-06-28", "2024-11-01",
         "现行有效", "法律", "综合", None, "重点学习"],
        [RULE, "安徽省人大常委会", None, "2012-12-29", None, "已废止", "地方性法规", "综合",
         str(doc), None],
    ], "first.xlsx")

    def saves(s: Session) -> None:
        save_regulation_in(s, RegulationInput(
            LAW, "全国人民代表大会常务委员会", "主席令第二十五号", date(2024, 6, 28),
            date(2024, 11, 1), RegulationStatus.IN_FORCE, RegulationLevel.LAW, "综合",
            "重点学习"))
        rid = save_regulation_in(s, RegulationInput(
            RULE, "安徽省人大常委会", None, date(2012, 12, 29), None, RegulationStatus.REPEALED,
            RegulationLevel.LOCAL_REGULATION, "综合"))
        obj = s.get(Regulation, rid)  # the file, as file_cell_in attached it
        f = read_file(doc)
        put_file_in(s, obj, f)
        set_text(obj, f)
        s.flush()

    expected = form_audit(db, saves)
    assert [a[0] for a in expected] == ["insert", "insert", "update"]
    assert import_audit(db, first) == expected
    known = ids(db)
    with db.read() as s:
        rule = s.get(Regulation, known[RULE])
        assert rule is not None and rule.row_version == 2 and "社会动员" in (rule.full_text or "")

    # A changing re-import: retyped brackets and spaces find the entry and keep its
    # spelling, a blank 备注 keeps the stored one; the other row is unchanged (its file cell
    # names the file on record).
    again = xlsx(tmp_path, [
        HEADER,
        ["中华人民共和国突发事件应对法(2024 修订)", "全国人民代表大会常务委员会",
         "主席令第二十五号", "2024-06-28", "2024-11-01", "已修订", "法律", "综合", None, None],
        [RULE, "安徽省人大常委会", None, "2012-12-29", None, "已废止", "地方性法规", "综合",
         "应对法.docx", None],
    ], "again.xlsx")

    def change(s: Session) -> None:
        save_regulation_in(s, RegulationInput(
            LAW, "全国人民代表大会常务委员会", "主席令第二十五号", date(2024, 6, 28),
            date(2024, 11, 1), RegulationStatus.AMENDED, RegulationLevel.LAW, "综合",
            "重点学习"), known[LAW])

    expected = form_audit(db, change)
    assert [a[0] for a in expected] == ["update"]
    assert import_audit(db, again) == expected
    assert ids(db) == known
    result = import_file(db, "regulations", again)
    assert (result.inserted, result.updated, result.unchanged) == (0, 0, 2)
    assert import_audit(db, again) == []


def test_an_entry_twice_is_refused_within_and_across_chunks(
        db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("emergency_desk.io.library_rows.CHUNK_ROWS", 2)
    monkeypatch.setattr(bulk, "CHUNK", 2)
    import_file(db, "regulations", xlsx(tmp_path, [HEADER, [LAW, None, "主席令第二十五号"]],
                                        "one.xlsx"))
    before = state(db)
    result = import_file(db, "regulations", xlsx(tmp_path, [
        HEADER,
        [LAW, None, "主席令 第二十五号"],          # the stored entry, spaced
        ["甲", None, None],
        ["乙", None, None],
        ["甲", None, None],                        # row 5: row 3's, across chunks
        [LAW.replace("（", "(").replace("）", ")"), None, "主席令第二十五号"],  # row 6: row 2's
        ["乙 ", None, None],                       # row 7: row 4's, across chunks
    ], "twice.xlsx"))
    assert result.error_lines()[:3] == [
        "第 5 行 [名称]: 与第 3 行重复（同一记录出现两次）",
        "第 6 行 [名称]: 与第 2 行重复（同一记录出现两次）",
        "第 7 行 [名称]: 与第 4 行重复（同一记录出现两次）"]
    assert state(db) == before
    result = import_file(db, "regulations", xlsx(tmp_path, [
        HEADER, ["丙", None, None], ["丙", None, None]], "pair.xlsx"))
    assert result.error_lines()[:1] == ["第 3 行 [名称]: 与第 2 行重复（同一记录出现两次）"]
    assert state(db) == before


def test_a_refused_row_after_written_chunks_leaves_nothing(
        db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("emergency_desk.io.library_rows.CHUNK_ROWS", 2)
    monkeypatch.setattr(bulk, "CHUNK", 2)
    import_file(db, "regulations", xlsx(tmp_path, [HEADER, [LAW, None, "主席令第二十五号"]],
                                        "one.xlsx"))
    before = state(db)
    result = import_file(db, "regulations", xlsx(tmp_path, [
        HEADER,
        [LAW, None, "主席令第二十五号", None, None, "已修订"],
        ["甲", None, None], ["乙", None, None], ["丙", None, None], ["丁", None, None],
        ["戊", None, None, "2024-06-01", "2024-01-01"],
        ["己", None, None, None, None, None, None, None, "没附加的.pdf"],
    ], "late_bad.xlsx"))
    assert result.error_lines()[:2] == [
        "第 7 行 [施行日期]: 施行日期早于发布日期，请核对",
        "第 8 行 [原文文件]: “没附加的.pdf”不是已附加的文件。要附加新文件，请填写文件的完整路径"
        "（如 D:\\扫描件\\没附加的.pdf），或在窗口中用“附加文件”添加；不改文件时留空"]
    assert state(db) == before
