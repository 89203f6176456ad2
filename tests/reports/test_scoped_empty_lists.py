"""A report limited to a township that has none of what it lists says so, instead of saying
the county has none (尚未录入…): the county's clerk sees the same sheet for every township."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pypdf
import pytest

from emergency_desk.data.db import Database
from emergency_desk.data.migrate import open_database
from emergency_desk.reports.registry import generate_report
from emergency_desk.services.demo.county import build_demo


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Database]:
    db = open_database(tmp_path_factory.mktemp("demo") / "demo.sqlite3")
    build_demo(db, today=date(2025, 6, 1))
    yield db
    db.dispose()


def _text(path: Path) -> str:
    return "".join(p.extract_text() or "" for p in pypdf.PdfReader(path).pages)


@pytest.mark.parametrize(("report", "nothing_here", "nothing_anywhere"), [
    ("hazards", "统计范围内没有隐患点。", "尚未录入隐患点。"),
    ("agreements", "统计范围内没有协议储备单位。", "尚未登记协议储备单位。"),
    ("cases", "统计范围内没有案例。", "案例库中尚无案例。"),
])
def test_a_township_without_any_is_told_apart_from_a_county_without_any(
        demo_db: Database, tmp_path: Path, report: str, nothing_here: str,
        nothing_anywhere: str) -> None:
    town = _text(generate_report(demo_db, report, tmp_path / "town.pdf", region="碧阳镇"))
    assert nothing_here in town and nothing_anywhere not in town
    county = _text(generate_report(demo_db, report, tmp_path / "county.pdf"))
    assert nothing_here not in county and nothing_anywhere not in county  # the demo has some
