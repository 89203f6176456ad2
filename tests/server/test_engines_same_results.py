"""Both engines give the same result (issue 19): the demo county built on a SQLite file and on
the PostgreSQL server exports every register to the same cells, each export imports back with
no change, `check` lists the same alerts and every report prints the same text."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader

from emergency_desk.data.db import Database
from emergency_desk.data.migrate import open_database
from emergency_desk.io.exporter import export_register
from emergency_desk.io.importer import import_file
from emergency_desk.io.privacy import Privacy
from emergency_desk.io.registers import REGISTERS
from emergency_desk.reports.registry import REPORTS, generate_report
from emergency_desk.services.checks import run_checks
from emergency_desk.services.demo.county import build_demo
from tests.conftest import pg_url_or_skip, server_database


@pytest.fixture(scope="module")
def demo_pair(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Database, Database]]:
    """The demo county on a file and on the server (built once for the module)."""
    pg_url_or_skip()
    lite = open_database(tmp_path_factory.mktemp("demo") / "demo.sqlite3")
    with server_database() as address:
        server = open_database(address)
        try:
            build_demo(lite)
            build_demo(server)
            yield lite, server
        finally:
            server.dispose()
            lite.dispose()


def _cells(path: Path) -> list[list[list[object]]]:
    wb = load_workbook(path, read_only=True)
    try:
        return [[list(row) for row in ws.iter_rows(values_only=True)] for ws in wb.worksheets]
    finally:
        wb.close()


@pytest.mark.parametrize("register", sorted(REGISTERS))
def test_every_register_exports_the_same_and_round_trips_on_the_server(
        register: str, demo_pair: tuple[Database, Database], tmp_path: Path) -> None:
    lite, server = demo_pair
    a, b = tmp_path / "file.xlsx", tmp_path / "server.xlsx"
    n_lite = export_register(lite, register, a, privacy=Privacy.FULL_ID)
    n_server = export_register(server, register, b, privacy=Privacy.FULL_ID)
    assert n_server == n_lite
    on_file, on_server = _cells(a), _cells(b)
    for sheet_file, sheet_server in zip(on_file, on_server, strict=True):
        for i, (row_file, row_server) in enumerate(zip(sheet_file, sheet_server, strict=True)):
            assert row_server == row_file, f"{register} row {i + 1}"
    result = import_file(server, register, b)
    assert result.ok, result.error_lines()[:5]
    assert (result.inserted, result.updated) == (0, 0), result.summary()


def test_check_lists_the_same_alerts(demo_pair: tuple[Database, Database]) -> None:
    lite, server = demo_pair

    def key(db: Database) -> list[tuple[str, str, str, str, str]]:
        return sorted((a.rule, a.severity.value, a.region, a.subject, a.message)
                      for a in run_checks(db))

    on_file = key(lite)
    assert on_file, "the demo county is meant to show alerts"
    assert key(server) == on_file


@pytest.mark.parametrize("report", sorted(REPORTS))
def test_every_report_prints_the_same_text(report: str, demo_pair: tuple[Database, Database],
                                           tmp_path: Path) -> None:
    lite, server = demo_pair

    def text(db: Database, name: str) -> list[str]:
        out = generate_report(db, report, tmp_path / name, None)
        # The first page's header carries the time it was made: compare the rest, page by page.
        pages = [page.extract_text() for page in PdfReader(out).pages]
        return [re.sub(r"\d{4}-\d{2}-\d{2} \d{2}:\d{2}(:\d{2})?", "…", p) for p in pages]

    assert text(server, "server.pdf") == text(lite, "file.pdf")
