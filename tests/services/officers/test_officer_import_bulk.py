"""Issue 20: an officers import asks the database a fixed number of questions, whatever the
number of rows (BulkLookup loads what the rows can name once); the form's rules stay the same.

Counted, not timed: the SELECTs an import issues for 10 rows and for 60 rows, new and then
re-imported (every row matched to a stored person and post)."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest
from officer_helpers import make_id_card

from emergency_desk.data.db import Database
from emergency_desk.io import officers as officers_io
from emergency_desk.io.importer import import_file
from tests.conftest import selects_seen

HEADER = ["序号", "乡镇", "村(社区)", "姓名", "身份证号", "手机号码", "岗位", "最近培训日期",
          "民族"]
VILLAGES = [("碧阳镇", "古筑村"), ("碧阳镇", "南屏村"), ("碧阳镇", "城东社区"),
            ("宏村镇", "卢村村")]
NAMES = "汪胡程叶余王李江舒孙方吴黄朱金章查许卢韩"


def _roster(path: Path, rows: int) -> Path:
    wb = openpyxl.Workbook()
    ws = wb.active
    assert ws is not None
    ws.append(["黟县灾害信息员花名册"])
    ws.append(HEADER)
    for i in range(rows):
        town, village = VILLAGES[i % len(VILLAGES)]
        # Every third person has no 身份证号: matched by 姓名 + 手机号码 on the re-import.
        card = make_id_card(f"1970{1 + i % 12:02d}{1 + i % 28:02d}", i) if i % 3 else None
        ws.append([i + 1, town, village, NAMES[i % 20] + "建" + "国华明军斌"[i // 20 % 5],
                   card, f"1390000{i:04d}", "单岗", "2024.05" if i % 2 else None, "汉族"])
    ws.append(["合计", f"{rows} 人"])
    wb.save(path)
    return path


def _import(db: Database, path: Path) -> tuple[int, int, int, int]:
    with selects_seen(db) as seen:
        result = import_file(db, "officers", path)
    assert result.ok, result.error_lines()[:5]
    return len(seen), result.inserted, result.updated, result.unchanged


def test_an_officers_import_issues_the_same_selects_for_10_and_60_rows(
        db: Database, county: dict[str, int], tmp_path: Path) -> None:
    small, big = _roster(tmp_path / "10.xlsx", 10), _roster(tmp_path / "60.xlsx", 60)
    first_small = _import(db, small)
    assert first_small[1:] == (10, 0, 0)
    again_small = _import(db, small)
    assert again_small[1:] == (0, 0, 10)  # idempotent: nothing changes the second time
    first_big = _import(db, big)
    assert first_big[1:] == (50, 0, 10)  # the first 10 rows are the same people and posts
    again_big = _import(db, big)
    assert again_big[1:] == (0, 0, 60)
    # 50 new rows and 60 matched ones ask no more than 10 did (one imported training event
    # may be looked up once per new date; both files have one date).
    assert first_big[0] <= first_small[0] + 2, (first_small[0], first_big[0])
    assert again_big[0] <= again_small[0] + 2, (again_small[0], again_big[0])


def test_chunks_of_a_roster_see_what_earlier_chunks_wrote(
        db: Database, county: dict[str, int], tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    """Chunks of 3 rows: each loads its own people and posts and keeps nothing of the last
    but ids, yet a post written two chunks earlier is still found (re-import: 0 changes) and a
    row repeating it is refused with both rows."""
    monkeypatch.setattr(officers_io, "CHUNK_ROWS", 3)
    path = _roster(tmp_path / "8.xlsx", 8)
    assert _import(db, path)[1:] == (8, 0, 0)
    assert _import(db, path)[1:] == (0, 0, 8)
    wb = openpyxl.load_workbook(path)
    ws = wb.active
    assert ws is not None
    ws.insert_rows(11)  # after the 8th row: a 9th repeating the 1st (rows 3 and 11)
    for col, cell in enumerate(ws[3], 1):
        ws.cell(11, col, cell.value)
    wb.save(path)
    lines = import_file(db, "officers", path).error_lines()
    assert lines == ["第 11 行 [姓名]: 与第 3 行重复（同一人在同一区划的同一岗位出现两次）"], lines
