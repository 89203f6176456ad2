"""Issue 13: a certificate's 有效期至 written as a month (2024.07, 2025年7月) is good to the end
of that month for the rules, and is kept, shown and exported as a month, never a made-up day."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pytest
from openpyxl import load_workbook
from sqlalchemy import select

from emergency_desk.data.dates import MonthDate
from emergency_desk.data.migrate import open_database
from emergency_desk.data.teams import Certificate
from emergency_desk.io.exporter import export_register
from emergency_desk.io.importer import import_file
from emergency_desk.io.privacy import Privacy
from emergency_desk.services.checks.registry import run_checks
from emergency_desk.services.demo.county import build_demo


@pytest.fixture
def demo(tmp_path: Path) -> Path:
    path = tmp_path / "office.sqlite3"
    db = open_database(path)
    try:
        build_demo(db)
    finally:
        db.dispose()
    return path


def test_month_expiry_is_end_of_month_for_rules_and_a_month_everywhere_else(
        demo: Path, tmp_path: Path) -> None:
    db = open_database(demo)
    try:
        sheet = tmp_path / "certificates.xlsx"
        export_register(db, "certificates", sheet, privacy=Privacy.FULL_ID)
        wb = load_workbook(sheet)
        ws = wb.worksheets[0]
        header = [c.value for c in ws[1]]
        col = header.index("有效期至") + 1
        last_month = date.today().replace(day=1) - timedelta(days=1)
        this_month = date.today()
        ws.cell(2, col, f"{last_month.year}.{last_month.month:02d}")  # lapsed: orange
        ws.cell(3, col, f"{this_month.year}年{this_month.month}月")  # good to month's end
        numbers = (ws.cell(2, header.index("证书编号") + 1).value,
                   ws.cell(3, header.index("证书编号") + 1).value)
        names = (ws.cell(2, header.index("证书名称") + 1).value,
                 ws.cell(3, header.index("证书名称") + 1).value)
        people = (ws.cell(2, header.index("姓名") + 1).value,
                  ws.cell(3, header.index("姓名") + 1).value)
        assert all(numbers) and numbers[0] != numbers[1]
        wb.save(sheet)
        result = import_file(db, "certificates", sheet)
        assert result.ok and result.updated == 2, result.summary()

        with db.read() as s:
            certs = {c.number: c for c in s.scalars(select(Certificate).where(
                Certificate.expiry_date_month.is_(True)))}
        assert set(certs) == set(numbers)
        lapsed, current = certs[numbers[0]], certs[numbers[1]]
        assert isinstance(lapsed.expiry_date, MonthDate)
        assert lapsed.expiry_date == MonthDate.last(last_month.year, last_month.month)
        assert str(current.expiry_date) == f"{this_month.year}-{this_month.month:02d}"

        alerts = [a for a in run_checks(db) if a.rule == "T3" and "证书" in a.message]
        said = {(a.subject, a.message) for a in alerts}
        month = f"{last_month.year}-{last_month.month:02d}"
        assert (people[0], f"证书“{names[0]}”已于 {month} 过期") in said  # no invented day
        # this month's certificate is good to the last day: never 已过期 today
        assert not any(who == people[1] and f"证书“{names[1]}”已于" in m for who, m in said)

        out = tmp_path / "again.xlsx"
        export_register(db, "certificates", out, privacy=Privacy.FULL_ID)
        values = {c.value for c in load_workbook(out).worksheets[0][
            chr(ord("A") + col - 1)][1:]}
        assert f"{last_month.year}.{last_month.month:02d}" in values
        back = import_file(db, "certificates", out)
        assert back.ok and (back.inserted, back.updated) == (0, 0), back.summary()
    finally:
        db.dispose()
