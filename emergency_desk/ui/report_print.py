"""Showing and printing a report's PDF inside the program: a page image for the preview, and
printing straight to a printer through Qt's own print dialog.

The PDF written by reports/ is the one document: the preview and the printer get images of its
pages rendered by PDFium (pypdfium2), so what is previewed, printed and saved is the same.
Printer choice, paper, copies and page range are Qt's QPrintDialog, i.e. the Windows print
dialog on the office PCs; that part cannot be exercised on the Linux test machines beyond
printing to a PDF file through QPrinter, which the tests do.
"""

from __future__ import annotations

from pathlib import Path

import pypdfium2 as pdfium
from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QImage, QPageLayout, QPainter
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QWidget

PRINT_DPI_MAX = 300  # a page image finer than this only makes the print job slower


def page_count(pdf: Path) -> int:
    doc = pdfium.PdfDocument(str(pdf))
    try:
        return len(doc)
    finally:
        doc.close()


def render_page(pdf: Path, index: int, dpi: float) -> QImage:
    """Page `index` (0-based) of the PDF as an RGB image at `dpi`."""
    doc = pdfium.PdfDocument(str(pdf))
    try:
        page = doc[index]
        bitmap = page.render(scale=dpi / 72, rev_byteorder=True)
        image = QImage(bitmap.buffer, bitmap.width, bitmap.height, bitmap.stride,
                       QImage.Format.Format_RGB888)
        return image.copy()  # detach from the bitmap's buffer before it is freed
    finally:
        doc.close()


def is_landscape(pdf: Path) -> bool:
    doc = pdfium.PdfDocument(str(pdf))
    try:
        w, h = doc[0].get_size()
        return w > h
    finally:
        doc.close()


def ask_printer(parent: QWidget | None, pdf: Path, title: str) -> QPrinter | None:
    """Qt's print dialog for this PDF (orientation preset from the report); None = cancelled."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setDocName(title)
    printer.setPageOrientation(QPageLayout.Orientation.Landscape if is_landscape(pdf)
                               else QPageLayout.Orientation.Portrait)
    printer.setFromTo(1, page_count(pdf))
    dialog = QPrintDialog(printer, parent)
    dialog.setWindowTitle(title)
    dialog.setOption(QPrintDialog.PrintDialogOption.PrintPageRange, True)
    if dialog.exec() != QPrintDialog.DialogCode.Accepted:
        return None
    return printer


def print_pdf(printer: QPrinter, pdf: Path) -> int:
    """Send the PDF's pages (the printer's page range, else all) to `printer`; returns pages
    printed. Each page is scaled to the printable area, keeping its proportions."""
    total = page_count(pdf)
    first, last = printer.fromPage(), printer.toPage()
    if first <= 0 or last <= 0:
        first, last = 1, total
    first, last = max(1, first), min(total, last)
    dpi = min(printer.resolution(), PRINT_DPI_MAX)
    painter = QPainter()
    if not painter.begin(printer):
        raise OSError("the printer could not be opened")
    printed = 0
    try:
        for n in range(first, last + 1):
            if printed:
                printer.newPage()
            image = render_page(pdf, n - 1, dpi)
            area = QRectF(printer.pageLayout().paintRectPixels(printer.resolution()))
            area.moveTo(0, 0)
            size = image.size().toSizeF().scaled(area.size(), Qt.AspectRatioMode.KeepAspectRatio)
            target = QRectF(area.x() + (area.width() - size.width()) / 2, area.y(),
                            size.width(), size.height())
            painter.drawImage(target, image)
            printed += 1
    finally:
        painter.end()
    return printed
