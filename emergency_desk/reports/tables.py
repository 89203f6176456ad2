"""Report tables: fitted column widths, wrapping CJK cells, groups with subtotals.

Speed (docs/design.md §8): a 5,000-row roster must cost no more than 1.5× a bare reportlab Table.
Two things keep it there:
- a cell becomes a Paragraph only when its text does not fit on one line; other cells stay plain
  strings (or a tiny one-line flowable when they need the Latin font, see fonts.py);
- we compute every row height ourselves and pass `rowHeights`, because a Table without them
  re-measures all remaining rows each time it splits at a page end (quadratic in row count).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase import pdfmetrics
from reportlab.platypus import Flowable, Paragraph, Table, TableStyle

from emergency_desk.i18n import t
from emergency_desk.reports import fonts

BODY_SIZE = 9.0
LEADING = BODY_SIZE * 1.3
PAD_X = 3.0
PAD_Y = 2.5

HEADER_BG = colors.HexColor("#DCE6F1")
ZEBRA = colors.HexColor("#F5F7FA")
GROUP_BG = colors.HexColor("#E8EEF6")
SUBTOTAL_BG = colors.HexColor("#FFF5DC")
EMPHASIS_BG = colors.HexColor("#EEF3F9")
GRID = colors.HexColor("#9AA5B1")
RED = colors.HexColor("#C0392B")
ORANGE = colors.HexColor("#D35400")
GREY = colors.HexColor("#5D6D7E")
TEXT = colors.black

_ALIGN = {"left": "LEFT", "right": "RIGHT", "centre": "CENTRE"}
_TA = {"left": TA_LEFT, "right": TA_RIGHT, "centre": TA_CENTER}


@dataclass(frozen=True)
class Col:
    """A table column: header text, share of the page width, alignment (numbers: right)."""

    title: str
    weight: float = 1.0
    align: str = "left"  # left | centre | right


@dataclass(frozen=True)
class Styled:
    """A cell drawn in a colour and/or fake bold, e.g. a 是 that must stand out."""

    text: Any
    color: colors.Color | None = None
    bold: bool = False


Cell = Any  # str | int | float | date | None | Styled


@dataclass(frozen=True)
class Row:
    """A row with a role: 'emphasis' (a parent record, e.g. the township itself) is tinted."""

    cells: Sequence[Cell]
    kind: str = "normal"  # normal | emphasis


@dataclass
class Group:
    """A run of rows under a spanning header, closed by an optional subtotal.

    `subtotal` is either one sentence spanning the row, or a row of cells aligned with the
    columns (so a population total sits under 人口).
    """

    title: str | None
    rows: list[Sequence[Cell] | Row] = field(default_factory=list)
    subtotal: str | Sequence[Cell] | None = None


def cell_text(value: Cell) -> str:
    if value is None:
        return ""
    if isinstance(value, Styled):
        return cell_text(value.text)
    if isinstance(value, bool):
        return t("是") if value else t("否")
    if isinstance(value, float):
        return f"{value:.2f}".rstrip("0").rstrip(".")
    if isinstance(value, date):
        return value.isoformat()
    return str(value)


class TextLine(Flowable):
    """One line of mixed CJK/Latin text: cheaper than a Paragraph, and Table aligns it."""

    def __init__(self, text: str, size: float = BODY_SIZE, color: colors.Color | None = None,
                 bold: bool = False, width: float | None = None) -> None:
        super().__init__()
        self.text = text
        self.size = size
        self.color = color
        self.bold = bold
        self.text_width = width if width is not None else fonts.text_width(text, size)
        self.leading = size * 1.3

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        return self.text_width, self.leading

    def draw(self) -> None:
        self.drawOn(self.canv, 0, 0)

    def drawOn(self, canvas: Any, x: float, y: float, _sW: float = 0) -> None:
        # Drawn in place rather than through Flowable.drawOn's saveState/translate: thousands
        # of cells per roster make that bookkeeping the largest cost. The font and colour the
        # Table expects are put back afterwards, since Table caches them between cells.
        font0, size0, lead0 = canvas._fontname, canvas._fontsize, canvas._leading
        fill0 = canvas._fillColorObj
        base = y + self.leading - self.size
        if self.color is not None:
            canvas.setFillColor(self.color)
        parts = fonts.runs(self.text)
        if len(parts) == 1 and not self.bold:
            canvas.setFont(parts[0][0], self.size)
            canvas.drawString(x, base, parts[0][1])
        else:
            fonts.draw_text(canvas, x, base, self.text, self.size, bold=self.bold)
        if canvas._fontname != font0 or canvas._fontsize != size0:
            canvas.setFont(font0, size0, lead0)
        if self.color is not None:
            canvas.setFillColor(fill0)


class _Para(Paragraph):
    """A Paragraph that remembers its last layout: Table wraps each cell again when drawing."""

    _wrapped_at: tuple[float, float] | None = None

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        if self._wrapped_at is not None and self._wrapped_at[0] == availWidth:
            return self.width, self.height
        w, h = super().wrap(availWidth, availHeight)
        self._wrapped_at = (availWidth, h)
        return w, h


def _para_style(align: str, size: float = BODY_SIZE, color: colors.Color | None = None
                ) -> ParagraphStyle:
    return ParagraphStyle(
        f"cell-{align}-{size}", fontName=fonts.CJK_FONT, fontSize=size, leading=size * 1.3,
        alignment=_TA[align], wordWrap="CJK", textColor=color or TEXT)


@dataclass
class _Prep:
    """A cell's text measured once: one-line width, and the font if one font sets it all."""

    text: str
    width: float
    font: str | None
    color: colors.Color | None = None
    bold: bool = False


def _prep(value: Cell, *, bold: bool = False, color: colors.Color | None = None) -> _Prep:
    if isinstance(value, Styled):
        bold = bold or value.bold
        color = value.color or color
    text = cell_text(value)
    parts = fonts.runs(text)
    width = sum(pdfmetrics.stringWidth(seg, f, BODY_SIZE) for f, seg in parts)
    font = parts[0][0] if len(parts) == 1 else (fonts.CJK_FONT if not parts else None)
    return _Prep(text, width, font, color, bold)


class _Layout:
    """Column widths and fonts chosen from the measured cells, then the cells themselves."""

    def __init__(self, cols: Sequence[Col], rows: list[list[_Prep]], avail: float) -> None:
        self.cols = cols
        natural = [0.0] * len(cols)
        votes: list[dict[str, int]] = [{} for _ in cols]
        for row in rows:
            for i, p in enumerate(row):
                natural[i] = max(natural[i], p.width)
                if p.font and p.text:
                    votes[i][p.font] = votes[i].get(p.font, 0) + 1
        for i, c in enumerate(cols):  # room for at least 4 characters of the header
            natural[i] = max(natural[i], min(fonts.text_width(c.title, BODY_SIZE),
                                             4 * BODY_SIZE)) + 2 * PAD_X + 0.5
        self.widths = fit_widths([c.weight for c in cols], natural, avail)
        self.inner = [w - 2 * PAD_X for w in self.widths]
        # Each column's table font is the one most of its cells need, so those stay plain
        # strings (the cheapest cell); only the others become TextLine flowables.
        self.fonts = [max(v, key=lambda f: v[f]) if v else fonts.CJK_FONT for v in votes]
        self.styles: dict[tuple[str, Any], ParagraphStyle] = {}

    def style(self, align: str, color: colors.Color | None) -> ParagraphStyle:
        key = (align, color)
        if key not in self.styles:
            self.styles[key] = _para_style(align, BODY_SIZE, color)
        return self.styles[key]

    def cell(self, p: _Prep, width: float, align: str, col_font: str | None) -> tuple[Any, float]:
        if not p.text:
            return "", LEADING
        if p.width <= width and "\n" not in p.text:
            if p.color is None and not p.bold and p.font == col_font:
                return p.text, LEADING
            return TextLine(p.text, BODY_SIZE, p.color, p.bold, p.width), LEADING
        para = _Para(fonts.markup(p.text), self.style(align, p.color))
        _, h = para.wrap(width, 10_000)
        return para, h

    def row(self, preps: list[_Prep]) -> tuple[list[Any], float]:
        cells: list[Any] = []
        height = LEADING
        for i, col in enumerate(self.cols):
            cell, h = self.cell(preps[i], self.inner[i], col.align, self.fonts[i])
            cells.append(cell)
            height = max(height, h)
        return cells, height + 2 * PAD_Y


def fit_widths(weights: Sequence[float], natural: Sequence[float], avail: float) -> list[float]:
    """Column widths that avoid needless wrapping.

    A column whose widest one-line cell fits within its weighted share gets just that width;
    the width saved goes, by weight, to the columns that must wrap (long names, remarks). If
    nothing needs to wrap, the spare width is shared by weight so the table fills the page.
    """
    n = len(weights)
    fixed: dict[int, float] = {}
    while True:
        free = [i for i in range(n) if i not in fixed]
        if not free:
            break
        remaining = avail - sum(fixed.values())
        wsum = sum(weights[i] for i in free) or 1.0
        newly = {i: natural[i] for i in free if natural[i] <= remaining * weights[i] / wsum}
        if not newly:
            break
        fixed.update(newly)
    free = [i for i in range(n) if i not in fixed]
    remaining = avail - sum(fixed.values())
    if free:
        wsum = sum(weights[i] for i in free) or 1.0
        return [fixed[i] if i in fixed else remaining * weights[i] / wsum for i in range(n)]
    wsum = sum(weights) or 1.0
    return [fixed[i] + remaining * weights[i] / wsum for i in range(n)]


def build_table(cols: Sequence[Col], items: Iterable[Sequence[Cell] | Row | Group],
                avail_width: float, *, total: str | Sequence[Cell] | None = None) -> Table:
    """A table whose header repeats on every page.

    `items` mixes plain rows, Row objects and Groups (group header, rows, subtotal); `total` is
    a closing row (a sentence or cells) for the whole table.
    """
    ncols = len(cols)
    # First pass: flatten to lines and measure every cell once.
    lines: list[tuple[str, Any, Any]] = []  # (kind, preps or text, background)
    nosplit: list[tuple[int, int]] = []  # line index ranges kept on one page

    def cells_of(values: Sequence[Cell], bold: bool = False) -> list[_Prep]:
        vals = list(values)[:ncols] + [None] * (ncols - len(values))
        return [_prep(v, bold=bold) for v in vals]

    def add_row(item: Sequence[Cell] | Row) -> None:
        if isinstance(item, Row):
            emph = item.kind == "emphasis"
            lines.append(("row", cells_of(item.cells, emph), EMPHASIS_BG if emph else None))
        else:
            lines.append(("row", cells_of(item), None))

    def add_closing(row: str | Sequence[Cell]) -> None:
        if isinstance(row, str):
            lines.append(("span", row, SUBTOTAL_BG))
        else:
            lines.append(("row", cells_of(row, True), SUBTOTAL_BG))

    for item in items:
        if isinstance(item, Group):
            first = len(lines)
            if item.title:
                lines.append(("span", item.title, GROUP_BG))
            for row in item.rows:
                add_row(row)
            if item.subtotal is not None:
                add_closing(item.subtotal)
            last = len(lines) - 1
            # A group header never ends a page alone; a subtotal never starts one alone.
            if item.title and last > first:
                nosplit.append((first, first + 1))
            if item.subtotal is not None and last - 1 > first:
                nosplit.append((last - 1, last))
        else:
            add_row(item)
    if total is not None:
        add_closing(total)

    layout = _Layout(cols, [p for kind, p, _ in lines if kind == "row"], avail_width)
    widths = layout.widths
    header_style = ParagraphStyle("head", fontName=fonts.CJK_FONT, fontSize=BODY_SIZE,
                                  leading=LEADING, alignment=TA_CENTER, wordWrap="CJK")
    head = [_Para(fonts.markup(c.title), header_style) for c in cols]
    head_h = max(p.wrap(w - 2 * PAD_X, 1000)[1] for p, w in zip(head, widths, strict=True))
    data: list[list[Any]] = [head]
    heights: list[float] = [head_h + 2 * PAD_Y + 2]
    cmds: list[tuple[Any, ...]] = []
    for kind, payload, bg in lines:
        r = len(data)
        if kind == "span":
            p = _prep(payload, bold=True)
            cell, h = layout.cell(p, avail_width - 2 * PAD_X, "left", None)
            data.append([cell] + [""] * (ncols - 1))
            heights.append(h + 2 * PAD_Y)
            cmds.extend([("SPAN", (0, r), (-1, r)), ("ALIGN", (0, r), (-1, r), "LEFT")])
        else:
            cells, h = layout.row(payload)
            data.append(cells)
            heights.append(h)
        if bg is not None:
            cmds.append(("BACKGROUND", (0, r), (-1, r), bg))
    for a, b in nosplit:
        cmds.append(("NOSPLIT", (0, a + 1), (-1, b + 1)))

    style: list[tuple[Any, ...]] = [
        ("FONTNAME", (0, 0), (-1, -1), fonts.CJK_FONT),
        ("FONTSIZE", (0, 0), (-1, -1), BODY_SIZE),
        ("LEADING", (0, 0), (-1, -1), LEADING),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("LEFTPADDING", (0, 0), (-1, -1), PAD_X),
        ("RIGHTPADDING", (0, 0), (-1, -1), PAD_X),
        ("TOPPADDING", (0, 0), (-1, -1), PAD_Y),
        ("BOTTOMPADDING", (0, 0), (-1, -1), PAD_Y),
        ("BACKGROUND", (0, 0), (-1, 0), HEADER_BG),
        ("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white, ZEBRA]),
        ("GRID", (0, 0), (-1, -1), 0.4, GRID),
        ("LINEBELOW", (0, 0), (-1, 0), 0.9, GREY),
    ]
    for i, col in enumerate(cols):
        if layout.fonts[i] != fonts.CJK_FONT:
            style.append(("FONTNAME", (i, 1), (i, -1), layout.fonts[i]))
        if col.align != "left":
            style.append(("ALIGN", (i, 1), (i, -1), _ALIGN[col.align]))
    table = Table(data, colWidths=widths, rowHeights=heights, repeatRows=1)
    table.setStyle(TableStyle(style + cmds))
    return table
