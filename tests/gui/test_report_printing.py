"""Printing a report (issue 17, item 13): what happens after the print dialog, in Chinese.

The reports page asks Qt's QPrintDialog for a printer and hands the QPrinter to
report_print.print_pdf, which paints every page of the report's PDF onto it. Here the QPrinter
is set to PDF output, as the dialog's "print to file" would set it, so the pages it paints can
be read back: as many as the report has, each the report's own page (compared as images), and
only the chosen range when one is set.

What cannot be tested on these Linux machines: the print dialog itself (on the office PCs it
is the Windows one, modal, with the printer list, paper, copies and duplex), a real printer's
driver and spooler, and its paper margins; those are Qt's and Windows' own. The page images
painted here are the same ones sent to a printer.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pypdfium2 as pdfium
import pytest
from PIL import Image, ImageChops, ImageOps, ImageStat
from PySide6.QtGui import QPageLayout
from PySide6.QtPrintSupport import QPrinter

from emergency_desk.data.db import Database
from emergency_desk.reports.registry import generate_report
from emergency_desk.services.demo.county import build_demo
from emergency_desk.ui import report_print

_SIZE = (50, 70)


def _pdf_printer(out: Path, landscape: bool) -> QPrinter:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(out))
    printer.setResolution(100)  # the page images' resolution; 300 only makes the test slow
    printer.setPageOrientation(QPageLayout.Orientation.Landscape if landscape
                               else QPageLayout.Orientation.Portrait)
    return printer


def _pages(pdf: Path, dpi: int = 40) -> list[Image.Image]:
    doc = pdfium.PdfDocument(str(pdf))
    try:
        return [doc[i].render(scale=dpi / 72).to_pil().convert("L") for i in range(len(doc))]
    finally:
        doc.close()


def _ink(page: Image.Image) -> Image.Image:
    """The page cropped to what is printed on it (the margins differ between the report's
    PDF and the printer's paper), small enough that resampling does not matter."""
    box = ImageOps.invert(page).point(lambda v: 255 if v > 40 else 0).getbbox()
    assert box is not None, "a blank page"
    return page.crop(box).resize(_SIZE, resample=Image.Resampling.BICUBIC)


def _difference(a: Image.Image, b: Image.Image) -> float:
    diff = ImageChops.difference(_ink(a), _ink(b))
    return float(ImageStat.Stat(diff).mean[0]) / 255


def _same_pages(source: list[Image.Image], paper: list[Image.Image]) -> None:
    """Each printed page is its report page: closer to it than to any other page, and close."""
    for n, want in enumerate(source):
        distances = [_difference(want, got) for got in paper]
        closest = min(range(len(paper)), key=distances.__getitem__)
        assert closest == n and distances[n] < 0.05, (n + 1, [round(d, 3) for d in distances])


@pytest.mark.parametrize("report", ["regions", "expiry", "officers"])
def test_printing_renders_every_page_of_the_report(qapp: Any, db: Database, tmp_path: Path,
                                                    report: str) -> None:
    build_demo(db)
    pdf = generate_report(db, report, tmp_path / f"{report}.pdf")
    out = tmp_path / "printed.pdf"
    printer = _pdf_printer(out, report_print.is_landscape(pdf))
    printed = report_print.print_pdf(printer, pdf)
    source, paper = _pages(pdf), _pages(out)
    assert printed == len(paper) == len(source) >= 2, (printed, len(paper), len(source))
    for n, (want, got) in enumerate(zip(source, paper, strict=True), 1):
        assert (got.width > got.height) == (want.width > want.height), n  # orientation kept
    _same_pages(source, paper)


def test_printing_a_page_range_prints_only_those_pages(qapp: Any, db: Database,
                                                      tmp_path: Path) -> None:
    build_demo(db)
    pdf = generate_report(db, "officers", tmp_path / "officers.pdf")
    total = report_print.page_count(pdf)
    assert total >= 3
    out = tmp_path / "printed.pdf"
    printer = _pdf_printer(out, report_print.is_landscape(pdf))
    printer.setFromTo(2, 3)
    assert report_print.print_pdf(printer, pdf) == 2
    source, paper = _pages(pdf), _pages(out)
    assert len(paper) == 2
    _same_pages(source[1:3], paper)
