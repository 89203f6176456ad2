"""`report summary --period`: the period parser, and a quarter counted by hand on a small case
(records created, deleted, activities dated inside and outside the quarter)."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

import pypdf
import pytest
from sqlalchemy import update

from emergency_desk.data.db import Database
from emergency_desk.data.plans import DrillForm, PlanType
from emergency_desk.data.resources import HazardPoint, Shelter
from emergency_desk.errors import UsageError
from emergency_desk.reports.registry import generate_report
from emergency_desk.services.plans.drills import DrillInput, DrillService
from emergency_desk.services.plans.plans import PlanInput, PlanService
from emergency_desk.services.resources.hazards import HazardInput, HazardService
from emergency_desk.services.resources.shelters import ShelterInput, ShelterService
from emergency_desk.services.summary.counts import changes, register_counts
from emergency_desk.services.summary.period import parse_period


@pytest.mark.parametrize(("text", "start", "end"), [
    ("2026-03", date(2026, 3, 1), date(2026, 3, 31)),
    ("2024.2", date(2024, 2, 1), date(2024, 2, 29)),
    ("2026年11月", date(2026, 11, 1), date(2026, 11, 30)),
    ("2026-Q1", date(2026, 1, 1), date(2026, 3, 31)),
    ("2026q4", date(2026, 10, 1), date(2026, 12, 31)),
    ("2026年第二季度", date(2026, 4, 1), date(2026, 6, 30)),
    ("2025", date(2025, 1, 1), date(2025, 12, 31)),
])
def test_periods(text: str, start: date, end: date) -> None:
    p = parse_period(text)
    assert (p.start, p.end) == (start, end)


@pytest.mark.parametrize("text", ["2026-13", "2026-Q5", "26-03", "三月", "2026-03-01"])
def test_bad_periods_are_usage_errors(text: str) -> None:
    with pytest.raises(UsageError):
        parse_period(text)


def _created(db: Database, model: type, row_id: int, when: datetime,
             deleted: datetime | None = None) -> None:
    values: dict[str, object] = {"created_at": when}
    if deleted is not None:
        values.update(is_deleted=True, deleted_at=deleted)
    with db.begin() as s:
        s.execute(update(model).where(model.id == row_id).values(**values))


def test_a_quarter_counted_by_hand(db: Database, county: dict[str, int],
                                   tmp_path: Path) -> None:
    shelters = ShelterService(db)
    s1 = shelters.save(ShelterInput("碧阳镇文化站", county["碧阳镇"]))
    s2 = shelters.save(ShelterInput("宏村镇学校", county["宏村镇"]))
    s3 = shelters.save(ShelterInput("古筑村祠堂", county["古筑村"]))
    s4 = shelters.save(ShelterInput("宏村村礼堂", county["宏村村"]))
    _created(db, Shelter, s1, datetime(2025, 12, 20))  # before Q1: at end, not added
    _created(db, Shelter, s2, datetime(2026, 2, 3))  # in Q1: at end and added
    _created(db, Shelter, s3, datetime(2026, 1, 9), deleted=datetime(2026, 3, 2))  # gone
    _created(db, Shelter, s4, datetime(2026, 4, 1))  # after Q1: not counted
    hazards = HazardService(db)
    h1 = hazards.save(HazardInput("古筑村后山滑坡", county["古筑村"]))
    h2 = hazards.save(HazardInput("宏村村山洪沟", county["宏村村"]))
    _created(db, HazardPoint, h1, datetime(2026, 3, 31, 23, 0))  # last evening of Q1
    _created(db, HazardPoint, h2, datetime(2026, 1, 5), deleted=datetime(2026, 5, 1))
    plan = PlanService(db).create(PlanInput("碧阳镇防汛抗旱应急预案", PlanType.SPECIAL,
                                            county["碧阳镇"], issue_date=date(2026, 2, 10)))
    drills = DrillService(db)
    for title, day in (("一月演练", date(2026, 1, 15)), ("三月演练", date(2026, 3, 31)),
                       ("四月演练", date(2026, 4, 1))):
        drills.create(DrillInput(title, day, DrillForm.LIVE, region_id=county["古筑村"],
                                 plan_ids=(plan,)))
    q1 = parse_period("2026-Q1")
    with db.read() as s:
        counts = {c.label: (c.at_end, c.added, c.removed) for c in register_counts(s, q1)}
        moved = {c.label: (c.count, c.detail) for c in changes(s, q1)}
    assert counts["避难场所"] == (2, 2, 1)  # s1 + s2 at the end; s2, s3 added; s3 deleted
    assert counts["隐患点"] == (2, 2, 0)  # h2 is deleted only in May
    assert moved["开展演练"] == (2, "一月演练、三月演练")
    assert moved["发布预案"][0] == 1
    text = " ".join(" ".join(p.extract_text() or "" for p in pypdf.PdfReader(
        generate_report(db, "summary", tmp_path / "q1.pdf", period="2026-Q1")).pages).split())
    assert "2026年第1季度" in text and "2026-01-01 至 2026-03-31" in text
    assert "避难场所 2 2 1" in text and "开展演练 2 一月演练、三月演练" in text
    with db.read() as s:
        q2 = {c.label: c.at_end for c in register_counts(s, parse_period("2026-Q2"))}
    assert q2["避难场所"] == 3 and q2["隐患点"] == 1  # s4 arrives in April; h2 leaves in May


def test_cli_summary_period(db_path: Path, tmp_path: Path,
                            capsys: pytest.CaptureFixture[str]) -> None:
    from emergency_desk.cli import main

    assert main(["--db", str(db_path), "demo"]) == 0
    out = tmp_path / "汇总 2026Q4.pdf"
    assert main(["--db", str(db_path), "report", "summary", "--period", "2026-Q4",
                 "--out", str(out)]) == 0
    text = "".join(p.extract_text() or "" for p in pypdf.PdfReader(out).pages)
    assert "综合台账汇总" in text and "2026年第4季度" in text and "六有" in text
    capsys.readouterr()
    bad = tmp_path / "bad.pdf"
    assert main(["--db", str(db_path), "report", "summary", "--period", "2026-Q5",
                 "--out", str(bad)]) == 2
    assert "无法识别" in capsys.readouterr().err and not bad.exists()
    assert main(["--db", str(db_path), "report", "duty", "--period", "2026",
                 "--out", str(bad)]) == 2
    assert not bad.exists()


def test_reports_page_passes_the_period(qtbot: object, db: Database, county: dict[str, int],
                                        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from emergency_desk.ui.pages.reports_page import ReportsPage
    from emergency_desk.ui.widgets import register_page

    opened: list[Path] = []
    monkeypatch.setattr(register_page, "documents_dir", lambda: tmp_path)
    monkeypatch.setattr(register_page, "open_file", lambda p: opened.append(Path(p)))
    page = ReportsPage(db)
    qtbot.addWidget(page)  # type: ignore[attr-defined]
    names = [page.list.item(i).data(256) for i in range(page.list.count())]
    page.list.setCurrentRow(names.index("summary"))
    assert not page.period.isHidden()
    page.period.setCurrentIndex(page.period.findData("2025"))
    task = page.print_selected()
    assert task is not None and task.wait() and task.error is None, task.error
    text = "".join(p.extract_text() or "" for p in pypdf.PdfReader(opened[0]).pages)
    assert "2025年（2025-01-01 至 2025-12-31）" in text
    page.list.setCurrentRow(names.index("duty"))
    assert page.period.isHidden()  # other reports do not take a period


def test_a_township_summary_counts_the_township_only(db: Database, county: dict[str, int],
                                                     tmp_path: Path) -> None:
    """`report summary --region 碧阳镇`: every figure is the township's own regions and the
    villages under it (it counted the whole county and listed other townships' drills and
    stock documents); experts and the library serve the whole county and say so."""
    from emergency_desk.data.officers import OfficerPost
    from emergency_desk.data.supplies import WarehouseType
    from emergency_desk.data.teams import TeamCategory
    from emergency_desk.services.officers.officers import OfficerInput, OfficerService
    from emergency_desk.services.officers.trainings import TrainingEventInput, TrainingService
    from emergency_desk.services.officers.views import OfficerViews
    from emergency_desk.services.people import PersonInput
    from emergency_desk.services.supplies.stock import (
        BatchInput,
        DocHeader,
        LineOut,
        StockService,
    )
    from emergency_desk.services.supplies.supplies import (
        ItemInput,
        SuppliesService,
        WarehouseInput,
    )
    from emergency_desk.services.teams.members import MemberInput, MemberService
    from emergency_desk.services.teams.teams import TeamInput, TeamService

    today = date.today()
    for name, where in (("碧阳镇文化站", "碧阳镇"), ("古筑村祠堂", "古筑村"),
                        ("宏村镇学校", "宏村镇")):
        ShelterService(db).save(ShelterInput(name, county[where]))
    for title, where in (("古筑村转移演练", "古筑村"), ("宏村村转移演练", "宏村村")):
        DrillService(db).create(DrillInput(title, today, DrillForm.LIVE,
                                           region_id=county[where]))
    officers, trainings = OfficerService(db), TrainingService(db)
    person: dict[str, int] = {}
    for i, (name, where) in enumerate((("程书记", "古筑村"), ("王主任", "宏村村"),
                                       ("卢会计", "宏村村"))):
        oid = officers.create(OfficerInput(PersonInput(name, mobile=f"1390559000{i}"),
                                           county[where], post=OfficerPost.SINGLE,
                                           appoint_date=today))
        person[name] = OfficerViews(db).get(oid).person_id
    for title, who in (("碧阳镇村级培训", "程书记"), ("宏村镇村级培训", "王主任")):
        trainings.add_attendees(trainings.create_event(TrainingEventInput(title, today)),
                                [person[who]])
    for where, members in (("碧阳镇", ("汪队长",)), ("宏村镇", ("胡队长", "余队员"))):
        team = TeamService(db).create(TeamInput(f"{where}应急救援分队", county[where],
                                                TeamCategory.COMPREHENSIVE))
        for i, name in enumerate(members):
            MemberService(db).create(MemberInput(PersonInput(name, mobile=f"1370559000{i}"),
                                                 team))
    supplies, stock = SuppliesService(db), StockService(db)
    water = supplies.create_item(ItemInput("瓶装饮用水", "550ml×24瓶", "箱", "1010201"))
    wh = {where: supplies.create_warehouse(WarehouseInput(f"{where}储备点", kind,
                                                          county[where]))
          for where, kind in (("黟县", WarehouseType.COUNTY), ("碧阳镇", WarehouseType.TOWNSHIP),
                              ("宏村镇", WarehouseType.TOWNSHIP))}
    header = DocHeader(today, handler="汪建国", approver="胡建国", receiver="胡志强")
    batch = {where: stock.receive(w, header, [BatchInput(water, 50, f"W-{where}")]).batch_ids[0]
             for where, w in wh.items()}
    stock.issue(wh["宏村镇"], header, [LineOut(batch["宏村镇"], 5)])
    stock.transfer(wh["黟县"], wh["碧阳镇"], header, [LineOut(batch["黟县"], 10)])

    def text(region: str | None) -> str:
        out = generate_report(db, "summary", tmp_path / f"{region}.pdf", region=region,
                              period=str(today.year))
        return " ".join(" ".join(p.extract_text() or "" for p in
                                 pypdf.PdfReader(out).pages).split())

    town = text("碧阳镇")
    for needle in ("村（社区） 1 1 ", "灾害信息员 1 1 ", "救援队伍 1 1 ", "救援队员 1 1 ",
                   "仓库和储备点 1 1 ", "物资批次 2 2 ", "避难场所 2 2 ", "应急演练 1 1 ",
                   "灾害信息员新任 1 ", "物资入库单 1 ", "物资出库发放单 0 ",
                   "物资调拨单 1 ", "举办培训 1 碧阳镇村级培训 ", "开展演练 1 古筑村转移演练 ",
                   "专家和法规库为全县共用"):
        assert needle in town, needle
    assert "宏村" not in town
    county_wide = text(None)
    for needle in ("村（社区） 2 2 ", "灾害信息员 3 3 ", "救援队员 3 3 ", "仓库和储备点 3 3 ",
                   "物资批次 4 4 ", "避难场所 3 3 ", "物资入库单 3 ", "物资出库发放单 1 ",
                   "举办培训 2 ", "开展演练 2 "):
        assert needle in county_wide, needle
    assert "专家和法规库为全县共用" not in county_wide
