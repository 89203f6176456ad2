"""Fonts for PDFs: the bundled CJK font, with a Latin companion for what it lacks.

The bundled Droid Sans Fallback has no Latin letters, digits or ASCII punctuation (it was made to
sit behind Droid Sans), so a phone number set in it prints as blank boxes. Text is therefore
split into runs: characters the CJK font lacks are set in Bitstream Vera, which ships inside
reportlab (so it is present wherever reportlab is). Both are TrueType, embedded as subsets by
reportlab's TTFont. If the bundled font ever gains Latin glyphs, every run simply stays CJK.

There is no bold CJK face; `draw_text(..., bold=True)` strokes the glyph outlines as well as
filling them (PDF text render mode 2), the usual "fake bold" of Chinese office documents.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from typing import Any
from xml.sax.saxutils import escape

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from emergency_desk.errors import EnvironmentProblem
from emergency_desk.i18n import t
from emergency_desk.paths import FONT_FILE

CJK_FONT = "EDSans"
LATIN_FONT = "EDLatin"


@dataclass(frozen=True)
class FontSet:
    cjk: str
    latin: str
    cjk_chars: frozenset[int]  # code points the CJK font has a glyph for
    ascii_in_cjk: bool  # True when the CJK font covers printable ASCII itself
    # Finds a character other than a space that the CJK font lacks: text it does not find
    # in is one CJK run, decided at C speed (a roster measures and draws every cell).
    uncovered: re.Pattern[str]


@lru_cache(maxsize=1)
def register_fonts() -> FontSet:
    """Register both fonts with reportlab once per process and return what they cover."""
    try:
        cjk = TTFont(CJK_FONT, str(FONT_FILE))
    except (OSError, ValueError) as exc:  # a damaged or missing installation
        raise EnvironmentProblem(
            t("找不到或无法读取程序自带的字体 {path}：{err}。请重新安装本程序。",
              path=FONT_FILE, err=exc)) from exc
    pdfmetrics.registerFont(cjk)
    pdfmetrics.registerFont(TTFont(LATIN_FONT, "Vera.ttf"))  # on reportlab's font search path
    chars = frozenset(cjk.face.charToGlyph)
    ascii_ok = all(c in chars for c in range(0x21, 0x7F))
    return FontSet(CJK_FONT, LATIN_FONT, chars, ascii_ok, _outside(chars))


def _outside(chars: frozenset[int]) -> re.Pattern[str]:
    """A pattern matching one character that is neither in `chars` nor a space."""
    spans: list[tuple[int, int]] = []
    for c in sorted(chars):
        if spans and spans[-1][1] == c - 1:
            spans[-1] = (spans[-1][0], c)
        else:
            spans.append((c, c))
    ranges = "".join(re.escape(chr(a)) + (f"-{re.escape(chr(b))}" if b > a else "")
                     for a, b in spans)
    return re.compile(f"[^{ranges} ]")


def _number_form(code: int) -> bool:  # Ⅰ…ⅿ (U+2150–218F), ①…⓿ (U+2460–24FF)
    return 0x2150 <= code <= 0x218F or 0x2460 <= code <= 0x24FF


def _printable(text: str, cover: frozenset[int]) -> str:
    """Roman numerals and circled numbers the CJK font lacks, spelt with what the fonts have
    (their NFKC form): Ⅳ级应急响应 prints as IV级 instead of a blank box."""
    if text.isascii() or all(ord(c) in cover for c in text):
        return text
    out = []
    for ch in text:
        if ord(ch) not in cover and _number_form(ord(ch)):
            nf = unicodedata.normalize("NFKC", ch)
            if nf != ch and all(ord(c) in cover or c.isascii() for c in nf):
                ch = nf
        out.append(ch)
    return "".join(out)


def runs(text: str) -> list[tuple[str, str]]:
    """Split text into (font name, segment) runs; spaces stay with the run they are in."""
    fs = register_fonts()
    if not text:
        return []
    if text.isascii():  # dates, numbers, ID cards and phones: most cells of a roster
        if not fs.ascii_in_cjk:
            return [(fs.latin, text)]
    elif fs.uncovered.search(text) is None:
        return [(fs.cjk, text)]  # what the loop below gives for text the CJK font covers
    else:
        text = _printable(text, fs.cjk_chars)
        if text.isascii() and not fs.ascii_in_cjk:
            return [(fs.latin, text)]
    cover = fs.cjk_chars
    out: list[tuple[str, str]] = []
    cur_font = ""
    start = 0
    for i, ch in enumerate(text):
        if ch == " ":
            continue
        font = fs.cjk if ord(ch) in cover else fs.latin
        if font != cur_font:
            if cur_font and i > start:
                out.append((cur_font, text[start:i]))
                start = i
            cur_font = font
    out.append((cur_font or fs.cjk, text[start:]))
    return out


def needs_latin(text: str) -> bool:
    """True when part of the text must be set in the Latin font."""
    fs = register_fonts()
    if fs.ascii_in_cjk and text.isascii():
        return False
    cover = fs.cjk_chars
    return any(ord(c) not in cover for c in text if c != " ")


def markup(text: str) -> str:
    """Paragraph markup for plain text: escaped, Latin runs wrapped in <font name=...>."""
    fs = register_fonts()
    parts = []
    for font, seg in runs(text):
        seg = escape(seg).replace("\n", "<br/>")
        parts.append(seg if font == fs.cjk else f'<font name="{font}">{seg}</font>')
    return "".join(parts)


def text_width(text: str, size: float) -> float:
    return sum(pdfmetrics.stringWidth(seg, font, size) for font, seg in runs(text))


def draw_text(canvas: Any, x: float, y: float, text: str, size: float, *,
              align: str = "left", bold: bool = False) -> float:
    """Draw one line of mixed text at baseline y; align is left, centre or right.

    Uses the canvas's current fill colour. Returns the width drawn.
    """
    width = text_width(text, size)
    if align == "centre":
        x -= width / 2
    elif align == "right":
        x -= width
    canvas.saveState()
    obj = canvas.beginText(x, y)
    if bold:
        # Stroke in the fill colour so the outline thickens the glyph evenly.
        canvas.setStrokeColor(canvas._fillColorObj)
        canvas.setLineWidth(size * 0.035)
        obj.setTextRenderMode(2)
    for font, seg in runs(text):
        obj.setFont(font, size)
        obj.textOut(seg)
    canvas.drawText(obj)
    canvas.restoreState()
    return width
