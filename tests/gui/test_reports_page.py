"""The reports page: the first page is previewed before anything is saved or printed; printing
goes through QPrinter (here to a PDF file, since the test machines have no printer);
身份证号 are whole only when the box is ticked, and only administrators may tick it."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pypdf
import pytest
from PySide6.QtPrintSupport import QPrinter

from emergency_desk.data import access
from emergency_desk.data.db import Database
from emergency_desk.data.users import Role
from emergency_desk.services.demo.county import build_demo
from emergency_desk.ui import report_print
from emergency_desk.ui.pages.reports_page import ReportsPage
from emergency_desk.ui.widgets import register_page


@pytest.fixture
def page(qtbot: Any, db: Database, tmp_path: Path,
         monkeypatch: pytest.MonkeyPatch) -> ReportsPage:
    build_demo(db)
    monkeypatch.setattr(register_page, "documents_dir", lambda: tmp_path)
    p = ReportsPage(db)
    qtbot.addWidget(p)
    p.resize(1100, 650)
    p.show()
    return p


def _select(page: ReportsPage, name: str) -> None:
    for i in range(page.list.count()):
        if page.list.item(i).data(256) == name:  # Qt.UserRole
            page.list.setCurrentRow(i)
            return
    raise AssertionError(name)


def test_preview_shows_the_first_page_and_no_command_line(page: ReportsPage) -> None:
    assert "emergency-desk" not in page.description.text()
    assert page.page_image.pixmap().isNull()
    _select(page, "officers")
    task = page.preview()
    assert task is not None and task.wait()
    pixmap = page.page_image.pixmap()
    assert not pixmap.isNull() and pixmap.width() > pixmap.height()  # a landscape roster
    assert page.previewed is not None and page.previewed.read_bytes().startswith(b"%PDF")
    page.scope.setCurrentIndex(page.scope.findText("碧阳镇"))  # another scope: preview again
    assert page.previewed is None


def test_print_goes_through_qprinter_page_by_page(page: ReportsPage, tmp_path: Path,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    out = tmp_path / "printed.pdf"

    def fake_dialog(parent: Any, pdf: Path, title: str) -> QPrinter:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(out))
        printer.setResolution(100)
        return printer

    monkeypatch.setattr(report_print, "ask_printer", fake_dialog)
    _select(page, "regions")
    task = page.print_to_printer()
    assert task is not None and task.wait()
    assert page.previewed is not None
    pages = report_print.page_count(page.previewed)
    assert len(pypdf.PdfReader(out).pages) == pages >= 2


def test_full_id_box_prints_whole_numbers_and_is_for_administrators(
        page: ReportsPage, db: Database, monkeypatch: pytest.MonkeyPatch) -> None:
    _select(page, "members")
    page.full_id.setChecked(True)
    task = page.preview()
    assert task is not None and task.wait() and page.previewed is not None
    text = "".join(p.extract_text() for p in pypdf.PdfReader(page.previewed).pages)
    assert re.search(r"\d{17}[\dX]", text)
    clerk = access.SignedIn(2, "clerk", "录入员甲", Role.CLERK)
    monkeypatch.setattr(access, "roles_enabled", lambda _db: True)
    monkeypatch.setattr(access, "current", lambda: clerk)
    page.refresh()
    assert not page.full_id.isEnabled() and not page.full_id.isChecked()
