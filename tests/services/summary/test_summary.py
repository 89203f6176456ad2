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
