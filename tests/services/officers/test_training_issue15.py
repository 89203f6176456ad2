"""Issue 15: a training's 培训对象 (set, imported, inferred), the sign-in sheet of one chosen
training, and O4 once per person."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import openpyxl
import pypdf
import pytest
from officer_helpers import OfficerMaker

from emergency_desk.cli import main
from emergency_desk.data.db import Database
from emergency_desk.data.officers import OfficerPost
from emergency_desk.data.people import TrainingAudience
from emergency_desk.data.teams import TeamCategory
from emergency_desk.errors import InputRejected, UsageError
from emergency_desk.io.importer import import_file
from emergency_desk.reports.registry import generate_report
from emergency_desk.services.checks import run_checks
from emergency_desk.services.officers.officers import OfficerService
from emergency_desk.services.officers.trainings import (
    TrainingEventInput,
    TrainingQuery,
    TrainingService,
)
from emergency_desk.services.officers.views import OfficerViews
from emergency_desk.services.teams.members import MemberInput, MemberService
from emergency_desk.services.teams.teams import TeamInput, TeamService

OFFICERS, TEAMS = TrainingAudience.OFFICERS, TrainingAudience.TEAMS


def text_of(path: Path) -> str:
    return "".join(p.extract_text() or "" for p in pypdf.PdfReader(path).pages)


def sheet(tmp_path: Path, rows: list[list[object]]) -> Path:
    """A 培训台账 as offices keep it: a title row, then the header, then attendees."""
    wb = openpyxl.Workbook()
    ws = wb.active
    assert ws is not None
    ws.append(["2024年培训台账"])
    ws.append(["序号", "培训名称", "培训日期", "姓名", "手机号码", "单位"])
    for r in rows:
        ws.append(r)
    path = tmp_path / "trainings.xlsx"
    wb.save(path)
    return path


def test_import_infers_the_audience(db: Database, officer: OfficerMaker,
                                    county: dict[str, int], tmp_path: Path) -> None:
    OfficerService(db).create(officer("程书记", "古筑村", mobile="13905591234"))
    team = TeamService(db).create(TeamInput("碧阳镇综合应急救援队", region_id=county["碧阳镇"],
                                            category=TeamCategory.COMPREHENSIVE))
    from emergency_desk.services.people import PersonInput

    MemberService(db).create(MemberInput(PersonInput("胡队员", mobile="13905595678"), team))
    path = sheet(tmp_path, [
        [1, "2024年汛前业务培训", "2024.04.10", "程书记", "13905591234", "古筑村"],
        [2, "灾害信息员系统操作培训", "2024.05.08", None, None, None],
        [3, "冲锋舟操作训练", "2024.05.20", "胡队员", "13905595678", "碧阳镇"],
        [4, "消防知识讲座", "2024.06.01", "路人甲", "13905590000", "镇中学"],
    ])
    assert import_file(db, "trainings", path).ok
    got = {e.title: e.audience for e in TrainingService(db).list_events(TrainingQuery())}
    assert got == {"2024年汛前业务培训": OFFICERS, "灾害信息员系统操作培训": OFFICERS,
                   "冲锋舟操作训练": TEAMS, "消防知识讲座": None}


def test_import_takes_an_explicit_audience(db: Database, county: dict[str, int],
                                           tmp_path: Path) -> None:
    wb = openpyxl.Workbook()
    ws = wb.active
    assert ws is not None
    ws.append(["培训名称", "培训日期", "培训对象"])
    ws.append(["防灾减灾知识培训", "2024-05-12", "灾害信息员"])
    ws.append(["应急救援技能比武", "2024-05-13", "救援队"])
    ws.append(["其他培训", "2024-05-14", "全体干部"])
    wb.save(tmp_path / "t.xlsx")
    lines = import_file(db, "trainings", tmp_path / "t.xlsx").error_lines()
    assert len(lines) == 1 and "第 4 行" in lines[0] and "培训对象" in lines[0]
    ws.delete_rows(4)
    wb.save(tmp_path / "t.xlsx")
    assert import_file(db, "trainings", tmp_path / "t.xlsx").ok
    got = {e.title: e.audience for e in TrainingService(db).list_events(TrainingQuery())}
    assert got == {"防灾减灾知识培训": OFFICERS, "应急救援技能比武": TEAMS}


def test_signin_sheet_for_a_chosen_training(db: Database, officer: OfficerMaker,
                                            tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                            db_path: Path) -> None:
    svc, trainings = OfficerService(db), TrainingService(db)
    a = svc.create(officer("程书记", "古筑村", OfficerPost.A, duty_title="村党支部书记"))
    svc.create(officer("余会计", "南屏村"))
    spring = trainings.create_event(TrainingEventInput(
        "春季灾害信息员培训", date(2024, 3, 5), location="县应急局三楼", audience=OFFICERS))
    trainings.add_attendees(spring, [OfficerViews(db).get(a).person_id])
    trainings.create_event(TrainingEventInput("汛前灾害信息员培训", date(2024, 5, 6),
                                              audience=OFFICERS))
    trainings.create_event(TrainingEventInput("救援队伍拉练", date(2024, 6, 1), audience=TEAMS))
    # Default: the latest 灾害信息员 training, not yet taken: everyone expected, and blank lines.
    text = text_of(generate_report(db, "training-signin", tmp_path / "d.pdf"))
    assert "汛前灾害信息员培训" in text and "救援队伍拉练" not in text
    assert "程书记" in text and "余会计" in text and "培训对象：灾害信息员" in text
    assert "名单外到场人员请在末尾空行补签" in text
    # A sheet for one day's training: its header names that day 培训日期, not a statistic's
    # 统计截止日期.
    assert "培训日期：2024-05-06" in text and "统计截止日期" not in text
    # --event picks the spring one: its attendance list only.
    assert main(["--db", str(db_path), "report", "training-signin", "--out",
                 str(tmp_path / "s.pdf"), "--event", "春季灾害信息员培训"]) == 0
    text = text_of(tmp_path / "s.pdf")
    assert "春季灾害信息员培训" in text and "程书记" in text and "余会计" not in text
    assert main(["--db", str(db_path), "report", "training-signin", "--out",
                 str(tmp_path / "s2.pdf"), "--event", "2024-05-06"]) == 0
    assert "汛前灾害信息员培训" in text_of(tmp_path / "s2.pdf")
    with pytest.raises(InputRejected, match="没有找到培训“秋季培训”"):
        generate_report(db, "training-signin", tmp_path / "x.pdf", event="秋季培训")
    with pytest.raises(UsageError, match="--event 只用于培训签到表"):
        generate_report(db, "officers", tmp_path / "x.pdf", event="春季灾害信息员培训")
    assert not (tmp_path / "x.pdf").exists()


def test_signin_two_trainings_with_one_name_must_be_told_apart(
        db: Database, county: dict[str, int], tmp_path: Path) -> None:
    trainings = TrainingService(db)
    for day in (date(2023, 4, 1), date(2024, 4, 1)):
        trainings.create_event(TrainingEventInput("汛前培训", day, audience=OFFICERS))
    with pytest.raises(InputRejected, match="汛前培训@2024-04-01、汛前培训@2023-04-01"):
        generate_report(db, "training-signin", tmp_path / "x.pdf", event="汛前培训")
    out = generate_report(db, "training-signin", tmp_path / "y.pdf",
                          event="汛前培训@2023-04-01")
    assert "2023-04-01" in text_of(out)


def test_o4_once_for_a_person_holding_both_posts(db: Database, officer: OfficerMaker) -> None:
    svc = OfficerService(db)
    svc.create(officer("李书记", "宏村村", OfficerPost.A, appoint_date=date(2020, 1, 1)))
    svc.create(officer("李书记", "宏村村", OfficerPost.B, appoint_date=date(2020, 1, 1)))
    found = run_checks(db, today=date(2024, 6, 15), only=["O4"])
    assert [(a.region, a.subject) for a in found] == [("宏村镇/宏村村", "李书记")]
