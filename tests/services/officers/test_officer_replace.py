"""The yearly roster refresh (`import officers FILE --replace`): the new 名册 is the complete
list for the villages it covers; whoever is missing leaves with a 离任日期 and stays in history,
a new A takes over from an old A, the dry run lists the leavers first, a second import of the
same file changes nothing."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from officer_helpers import OfficerMaker
from sqlalchemy import func, select

from emergency_desk.cli import main
from emergency_desk.data.db import Database
from emergency_desk.data.models import AuditLog
from emergency_desk.data.officers import InfoOfficer, OfficerPost, OfficerStatus
from emergency_desk.io.importer import import_file
from emergency_desk.services.officers.officers import OfficerService
from emergency_desk.services.officers.views import OfficerQuery, OfficerViews

A, B = OfficerPost.A, OfficerPost.B
HEADER = ["乡镇", "村(社区)", "姓名", "身份证号", "手机号码", "岗位", "本职职务"]


def xlsx(tmp_path: Path, rows: Sequence[Sequence[Any]], name: str = "new.xlsx") -> Path:
    wb = openpyxl.Workbook()
    ws = wb.active
    assert ws is not None
    ws.append(["碧阳镇灾害信息员名册（2025年）"])
    ws.append(HEADER)
    for r in rows:
        ws.append(list(r))
    path = tmp_path / name
    wb.save(path)
    return path


def person_row(maker: OfficerMaker, name: str, village: str, post: str,
               title: str = "") -> list[Any]:
    """A roster row for `name` with the same 身份证号 the maker gave them."""
    data = maker(name, village)
    return ["碧阳镇", village, name, data.person.id_card, data.person.mobile, post, title or None]


@pytest.fixture
def old_roster(db: Database, officer: OfficerMaker) -> OfficerService:
    """Last year: 古筑村 A 张三, B 李四; 南屏村 A 王五; 宏村村 (another township) A 赵六."""
    svc = OfficerService(db)
    svc.create(officer("张三", "古筑村", A))
    svc.create(officer("李四", "古筑村", B))
    svc.create(officer("王五", "南屏村", A))
    svc.create(officer("赵六", "宏村村", A))
    return svc


def posts(db: Database) -> dict[str, tuple[str, str, str, date | None]]:
    """name → (post, status, region path, 离任日期), current and former officers alike."""
    rows = OfficerViews(db).list(OfficerQuery(status=None))
    return {r.name: (r.post.value, r.status.value, r.region_path, r.leave_date) for r in rows}


def officer_count(db: Database) -> tuple[int, int]:
    with db.read() as s:
        return (int(s.scalar(select(func.count()).select_from(InfoOfficer)) or 0),
                int(s.scalar(select(func.count()).select_from(AuditLog)) or 0))


def test_missing_people_leave_and_a_new_a_takes_over(
        db: Database, officer: OfficerMaker, old_roster: OfficerService,
        tmp_path: Path) -> None:
    # 2025: 张三 is gone; 孙七 is the new A of 古筑村; 李四 stays B; 王五 stays.
    path = xlsx(tmp_path, [person_row(officer, "孙七", "古筑村", "A岗", "村党支部书记"),
                           person_row(officer, "李四", "古筑村", "B岗"),
                           person_row(officer, "王五", "南屏村", "A岗")])
    # Without --replace the refreshed roster is refused: the old A is still on record.
    plain = import_file(db, "officers", path, dry_run=True)
    assert not plain.ok and "张三" in plain.error_lines()[0]

    dry = import_file(db, "officers", path, dry_run=True, replace=True)
    assert dry.error_lines() == []
    assert dry.leaver_lines() == ["离任：黟县/碧阳镇/古筑村 张三（A岗）"]
    assert "将离任 1 人" in dry.summary()
    assert posts(db)["张三"][1] == OfficerStatus.ACTIVE.value  # the dry run wrote nothing

    done = import_file(db, "officers", path, replace=True)
    assert done.ok and (done.inserted, done.updated, done.unchanged) == (1, 0, 2)
    got = posts(db)
    assert got["张三"][:2] == (A.value, OfficerStatus.LEFT.value)  # kept in history
    assert got["张三"][3] == date.today()
    assert got["孙七"][:2] == (A.value, OfficerStatus.ACTIVE.value)
    assert got["李四"][1] == got["王五"][1] == got["赵六"][1] == OfficerStatus.ACTIVE.value
    with db.read() as s:  # the leave is in the audit log, old and new status
        audit = s.scalars(select(AuditLog.changes).where(
            AuditLog.table_name == "info_officer", AuditLog.action == "update")).all()
    assert any("left" in c and "leave_date" in c for c in audit)

    # The same file again changes nothing: nobody leaves, no row written, no audit row.
    before = officer_count(db)
    again = import_file(db, "officers", path, replace=True)
    assert again.ok and again.leavers == [] and (again.inserted, again.updated) == (0, 0)
    assert officer_count(db) == before


def test_a_and_b_swap_posts(db: Database, officer: OfficerMaker,
                            old_roster: OfficerService, tmp_path: Path) -> None:
    """The old B becomes A and the old A stays on as B (A row listed first)."""
    path = xlsx(tmp_path, [person_row(officer, "李四", "古筑村", "A岗"),
                           person_row(officer, "张三", "古筑村", "B岗"),
                           person_row(officer, "王五", "南屏村", "A岗")])
    result = import_file(db, "officers", path, replace=True)
    assert result.error_lines() == [] and result.leavers == []
    got = posts(db)
    assert got["李四"][:2] == (A.value, OfficerStatus.ACTIVE.value)
    assert got["张三"][:2] == (B.value, OfficerStatus.ACTIVE.value)


def test_a_refused_file_changes_nothing_and_names_row_and_column(
        db: Database, officer: OfficerMaker, old_roster: OfficerService,
        tmp_path: Path) -> None:
    bad = person_row(officer, "孙七", "古筑村", "A岗")
    bad[4] = "1390559"  # a mobile number too short
    path = xlsx(tmp_path, [bad, person_row(officer, "李四", "古筑村", "B岗")])
    before = officer_count(db)
    result = import_file(db, "officers", path, replace=True)
    assert not result.ok
    assert result.error_lines()[0].startswith("第 3 行 [手机号码]")
    assert officer_count(db) == before
    assert posts(db)["张三"][1] == OfficerStatus.ACTIVE.value  # nobody left


def test_a_typo_in_the_id_keeps_the_person_in_post(
        db: Database, officer: OfficerMaker, old_roster: OfficerService,
        tmp_path: Path) -> None:
    """A row whose 身份证号 is wrong still names its person: the dry run does not list them."""
    row = person_row(officer, "张三", "古筑村", "A岗")
    row[3] = str(row[3])[:-1] + ("1" if str(row[3])[-1] != "1" else "2")
    path = xlsx(tmp_path, [row, person_row(officer, "李四", "古筑村", "B岗")])
    result = import_file(db, "officers", path, dry_run=True, replace=True)
    assert not result.ok and result.leavers == []


def test_cli_replace_dry_run_lists_leavers(db_path: Path, db: Database, officer: OfficerMaker,
                                           old_roster: OfficerService, tmp_path: Path,
                                           capsys: pytest.CaptureFixture[str]) -> None:
    path = xlsx(tmp_path, [person_row(officer, "李四", "古筑村", "A岗")])
    db.dispose()
    code = main(["--db", str(db_path), "import", "officers", str(path), "--replace",
                 "--dry-run"])
    out = capsys.readouterr().out
    assert code == 0
    assert "离任：黟县/碧阳镇/古筑村 张三（A岗）" in out and "将离任 1 人" in out
    assert main(["--db", str(db_path), "import", "officers", str(path), "--replace"]) == 0
    assert "已离任 1 人" in capsys.readouterr().out
    # --replace on a register that is not a roster is a usage error.
    assert main(["--db", str(db_path), "import", "regions", str(path), "--replace"]) == 2



def test_a_wrong_village_cell_keeps_the_person_in_post(
        db: Database, officer: OfficerMaker, old_roster: OfficerService,
        tmp_path: Path) -> None:
    row = person_row(officer, "张三", "古筑村", "A岗")
    row[1] = "古竹村"  # a typo in the village: the row is refused, 张三 is not sent away
    path = xlsx(tmp_path, [row, person_row(officer, "李四", "古筑村", "B岗")])
    result = import_file(db, "officers", path, dry_run=True, replace=True)
    assert result.error_lines()[0].startswith("第 3 行 [村(社区)]")
    assert result.leavers == []


def test_someone_who_left_and_returns_gets_a_new_post(
        db: Database, officer: OfficerMaker, old_roster: OfficerService,
        tmp_path: Path) -> None:
    """2025 drops 王五; 2026 lists him again: a new post beside the one he left."""
    first = xlsx(tmp_path, [person_row(officer, "孙七", "南屏村", "A岗")], "2025.xlsx")
    assert import_file(db, "officers", first, replace=True).leaver_lines() == [
        "离任：黟县/碧阳镇/南屏村 王五（A岗）"]
    again = xlsx(tmp_path, [person_row(officer, "孙七", "南屏村", "A岗"),
                            person_row(officer, "王五", "南屏村", "B岗")], "2026.xlsx")
    result = import_file(db, "officers", again, replace=True)
    assert result.error_lines() == [] and result.inserted == 1 and result.leavers == []
    wang = sorted((r.post.value, r.status.value, r.leave_date)
                  for r in OfficerViews(db).list(OfficerQuery(status=None)) if r.name == "王五")
    assert wang == [(A.value, OfficerStatus.LEFT.value, date.today()),
                    (B.value, OfficerStatus.ACTIVE.value, None)]
