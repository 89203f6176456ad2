"""Fixtures for the 法规库 and 典型案例库: the small county, and documents as offices keep them."""

from __future__ import annotations

import zipfile
from pathlib import Path

from reportlab.pdfgen.canvas import Canvas

from emergency_desk.reports import fonts
from tests.services.resources.conftest import county  # noqa: F401  (the fixture)


def make_docx(path: Path, paragraphs: list[str]) -> Path:
    """A minimal Word document (what 另存为 .docx writes, less the styles)."""
    ns = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
    body = "".join(f"<w:p><w:r><w:t>{p}</w:t></w:r></w:p>" for p in paragraphs)
    with zipfile.ZipFile(path, "w") as z:
        z.writestr("[Content_Types].xml", "<Types/>")
        z.writestr("word/document.xml",
                   f'<w:document xmlns:w="{ns}"><w:body>{body}</w:body></w:document>')
    return path


def make_pdf(path: Path, lines: list[str]) -> Path:
    """A PDF with a text layer, in the bundled CJK font (as a law downloaded from 国家法律法规
    数据库 is)."""
    fonts.register_fonts()
    c = Canvas(str(path))
    y = 780.0
    for line in lines:
        fonts.draw_text(c, 60, y, line, 11)
        y -= 18
    c.save()
    return path
