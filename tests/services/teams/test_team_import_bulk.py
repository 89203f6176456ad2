"""Issue 20: the teams import runs the form's rules (`upsert_team_in`) against a chunk's
regions, teams and leaders loaded at once (BulkTeamLookup) and flushes once a chunk, yet
behaves as the row-by-row upsert did: the same audit rows, a stored team found by its
normalised name, a team or leader written earlier in the file found again without a flush,
a repeated team reported, and nothing written when any row is refused."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from emergency_desk.data.db import Database
from emergency_desk.data.models import AuditLog
from emergency_desk.data.people import Person
from emergency_desk.data.teams import FORCE_OF_CATEGORY, RescueTeam, TeamCategory, TeamStatus
from emergency_desk.io.importer import import_file
from emergency_desk.services.teams.teams import TeamInput, upsert_team_in
from tests.services import bulk_import_audit

HEADER = ["序号", "队伍名称", "类别", "所属区划", "队长", "队长电话", "值班电话", "编制人数",
          "备注", "状态"]


def _rows(changed: bool) -> list[list[Any]]:
    rows: list[list[Any]] = [
        # a new leader by 姓名+手机号码, named again by the third row's team: one person
        ["碧阳镇综合应急救援队", "综合性", "碧阳镇", "汪建国", "13905591234", "0559-5521119",
         20, None, None],
        # a leader without a mobile: a person of that name alone
        ["古筑村微型消防站", "微型消防站", "古筑村", "叶海涛", None, None, 6, "2023年建", None],
        ["宏村镇森林扑火队(一分队)", "半专业扑火队", "宏村镇", "汪建国", "13905591234",
         None, 15, None, None],
        ["宏村村志愿者队", "志愿者", "宏村村", None, None, None, None, None, None],
    ]
    if changed:  # a new size and remark, the leader's mobile added, a new leader, unchanged
        rows[0][6], rows[0][7] = 25, "扩编"
        rows[1][4] = "13905590004"
        rows[2][3], rows[2][4] = "胡明", "13905590005"
    return rows


def _sheet(path: Path, rows: list[list[Any]]) -> Path:
    wb = openpyxl.Workbook()
    ws = wb.active
    assert ws is not None
    ws.append(["黟县救援队伍登记表"])
    ws.append(HEADER)
    for i, r in enumerate(rows, 1):
        ws.append([i, *r])
    wb.save(path)
    return path


_CATEGORY = {c.zh: c for c in TeamCategory}


def _inputs(rows: list[list[Any]], county: dict[str, int]) -> list[TeamInput]:
    """The rows as the import reads them (the category's force, as io/teams.py infers it)."""
    out = []
    for name, category, region, leader, mobile, duty, size, remark, _ in rows:
        cat = _CATEGORY[category]
        out.append(TeamInput(name=name, region_id=county[region], category=cat,
                             force_type=FORCE_OF_CATEGORY.get(cat), leader_name=leader,
                             leader_mobile=mobile, duty_phone=duty, planned_size=size,
                             remark=remark))
    return out


def _form_audit(db: Database, inputs: list[TeamInput]) -> list[Any]:
    """What the window's upsert (SQL lookups, a flush per row) audits, rolled back."""
    def saves(s: Session) -> None:
        for data in inputs:
            upsert_team_in(s, data)

    return bulk_import_audit.form_audit(db, saves)


def _import_audit(db: Database, path: Path) -> list[Any]:
    return bulk_import_audit.import_audit(db, "teams", path)


def _census(db: Database) -> tuple[int, int, int]:
    with db.read() as s:
        return (int(s.scalar(select(func.count()).select_from(RescueTeam)) or 0),
                int(s.scalar(select(func.count()).select_from(Person)) or 0),
                int(s.scalar(select(func.count()).select_from(AuditLog)) or 0))


def test_the_import_audits_each_record_as_the_forms_upsert_does(
        db: Database, county: dict[str, int], tmp_path: Path) -> None:
    first = _rows(changed=False)
    expected = _form_audit(db, _inputs(first, county))
    got = _import_audit(db, _sheet(tmp_path / "first.xlsx", first))
    assert got == expected
    # 4 teams, 2 people: 汪建国 leads two teams and is one person
    assert sorted(a[:2] for a in got).count(("insert", "person")) == 2
    assert len(got) == 6

    second = _rows(changed=True)
    expected = _form_audit(db, _inputs(second, county))
    got = _import_audit(db, _sheet(tmp_path / "second.xlsx", second))
    assert got == expected
    # the first team; 叶海涛's mobile; 胡明 created and leading the third team
    assert sorted(a[:2] for a in got) == [("insert", "person"), ("update", "person"),
                                          ("update", "rescue_team"), ("update", "rescue_team")]
    # Idempotent: the same sheet again changes nothing and writes no audit row.
    assert _import_audit(db, tmp_path / "second.xlsx") == []
    result = import_file(db, "teams", tmp_path / "second.xlsx")
    assert (result.inserted, result.updated, result.unchanged) == (0, 0, 4)


def test_a_row_finds_the_stored_team_by_its_normalised_name(
        db: Database, county: dict[str, int], tmp_path: Path,
        make_team: Callable[..., int]) -> None:
    """Typed in the form with full-width brackets; the sheet (the importer folds brackets)
    names it with half-width ones and no 队长: the same team, its leader kept."""
    make_team("宏村镇森林扑火队（一分队）", "宏村镇", category=TeamCategory.FOREST_FIRE,
              planned_size=15, leader_name="汪建国", leader_mobile="13905591234")
    rows = [["宏村镇森林扑火队(一分队)", "半专业扑火队", "宏村镇", None, None, None, 30, None,
             "在编"]]
    before = _census(db)
    result = import_file(db, "teams", _sheet(tmp_path / "b.xlsx", rows))
    assert result.ok, result.error_lines()
    assert (result.inserted, result.updated) == (0, 1)
    assert _census(db)[:2] == before[:2]
    with db.read() as s:
        team = s.scalar(select(RescueTeam).where(RescueTeam.region_id == county["宏村镇"]))
        assert team is not None and team.planned_size == 30
        assert team.name == "宏村镇森林扑火队(一分队)"  # stored as the sheet now writes it
        assert team.leader is not None and team.leader.name == "汪建国"  # blank cell: kept
        assert TeamStatus(team.status) is TeamStatus.IN_SERVICE


@pytest.mark.parametrize("chunk", [1000, 2])
def test_a_team_twice_in_the_file_is_an_error_and_nothing_is_written(
        db: Database, county: dict[str, int], tmp_path: Path, chunk: int,
        monkeypatch: pytest.MonkeyPatch) -> None:
    """Within one chunk (the earlier team not flushed yet) and across chunks."""
    monkeypatch.setattr("emergency_desk.io.teams.CHUNK_ROWS", chunk)
    rows = _rows(False)
    rows.append(["宏村镇森林扑火队（一分队）", "半专业扑火队", "宏村镇", None, None, None, 12,
                 None, None])
    before = _census(db)
    result = import_file(db, "teams", _sheet(tmp_path / "twice.xlsx", rows))
    assert not result.ok
    assert result.error_lines()[0] == "第 7 行 [队伍名称]: 与第 5 行重复（同一记录出现两次）"
    assert _census(db) == before


def test_a_refused_row_leaves_nothing_written_and_every_error_is_reported(
        db: Database, county: dict[str, int], tmp_path: Path) -> None:
    rows = _rows(False)
    rows[1][5] = "12345"  # a duty phone that is no phone
    rows.append(["无名村救援队", "综合性", "无名村", None, None, None, None, None, None])
    before = _census(db)
    result = import_file(db, "teams", _sheet(tmp_path / "bad.xlsx", rows))
    assert not result.ok
    lines = result.error_lines()
    assert lines[0].startswith("第 4 行 [值班电话]: ")
    assert lines[1].startswith("第 7 行 [所属区划]: ")
    assert _census(db) == before
