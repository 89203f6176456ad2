"""Report tables: fitted column widths, wrapping CJK cells, groups with subtotals.

Speed (docs/design.md §8, issue 20): a roster of any length costs no more than 1.5× a bare
reportlab LongTable of the same cells, and grows linearly. Three things keep it there:
- a cell is broken into lines (lines.py) only when its text does not fit on one line; other
  cells stay plain strings (or a tiny one-line flowable when they need the Latin font);
- we compute every row height ourselves and pass `rowHeights`, because a Table without them
  re-measures all remaining rows each time it splits at a page end (quadratic in row count);
- the table pages itself (paged.py): one small Table per page, so group headings, subtotals
  and the rules that keep them with their rows cost nothing at the other pages' ends.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache
from typing import Any

from reportlab.lib import colors
from reportlab.pdfbase import pdfmetrics
from reportlab.platypus import Flowable

from emergency_desk import i18n
from emergency_desk.i18n import t
from emergency_desk.reports import column_fit, fonts
from emergency_desk.reports.lines import (
    PROSE_CHARS,
    TextLines,
    break_lines,
    header_words,
    min_width,
)
from emergency_desk.reports.paged import Lines, PagedTable

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


@dataclass(frozen=True)
class Col:
    """A table column: header text, share of the page width, alignment (numbers: right).

    `merge`: a cell equal to the one above it in the same group is left blank, so a run of
    rows (a village's officers) names its village once, as a merged cell would; a page that
    starts inside the run names it again in its first row.
    """

    title: str
    weight: float = 1.0
    align: str = "left"  # left | centre | right
    merge: bool = False


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
    # A group headed by its first row rather than a title (a township's own row over its
    # villages) still names itself on the pages it continues onto: 碧阳镇（续）.
    running: str | None = None


def colon() -> str:
    """The colon after a label joined in code (标签：值): full-width in Chinese only."""
    return ": " if i18n.language() == "en" else "："


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


SIZES = (BODY_SIZE, 8.5, 8.0, 7.5, 7.0)  # a font step smaller before any word is broken


def _leading(size: float) -> float:
    return size * 1.3


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
    width, font = _measure(text)
    return _Prep(text, width, font, color, bold)


@lru_cache(maxsize=8192)
def _measure(text: str) -> tuple[float, str | None]:
    """A text's one-line width and its one font (None when it mixes fonts). Cached: most of
    a roster's cells repeat (村名, 性别, 是/否, dates, 职务), so this saves a font split and a
    width per cell."""
    parts = fonts.runs(text)
    width = sum(pdfmetrics.stringWidth(seg, f, BODY_SIZE) for f, seg in parts)
    return width, parts[0][0] if len(parts) == 1 else (fonts.CJK_FONT if not parts else None)


def _simple(text: str) -> bool:
    """True when a cell's text has nowhere to break: its minimum width is its width."""
    return len(text) <= PROSE_CHARS and not _BREAKABLE.search(text)


_BREAKABLE = re.compile(r"[、，,/；;：: \n（(]")


class _Layout:
    """Column widths and a font size chosen from the measured cells, then the cells.

    Every column gets at least its widest unbreakable word (and its header's widest word), so
    names, dates and numbers print whole; what is left goes to the columns whose text is
    longer than that, in proportion to how much longer (the browsers' automatic table layout).
    When even the words do not fit, the whole table steps down a font size first.
    """

    def __init__(self, cols: Sequence[Col], rows: list[list[_Prep]], avail: float) -> None:
        self.cols = cols
        n = len(cols)
        natural = [0.0] * n
        least = [0.0] * n
        votes: list[dict[str, int]] = [{} for _ in cols]
        for row in rows:
            for i, p in enumerate(row):
                if p.font and p.text:
                    votes[i][p.font] = votes[i].get(p.font, 0) + 1
                if p.width <= least[i]:
                    continue  # cannot raise either measure (the minimum is at most the width)
                if _simple(p.text):
                    natural[i] = max(natural[i], p.width)
                    least[i] = p.width
                    continue
                lines_ = p.text.split("\n")
                natural[i] = max(natural[i], p.width if len(lines_) == 1 else
                                 max(fonts.text_width(s, BODY_SIZE) for s in lines_))
                least[i] = max(least[i], min_width(p.text, BODY_SIZE))
        self.head_words = [header_words(c.title) for c in cols]
        for i, c in enumerate(cols):
            head_least = max((fonts.text_width(w.strip(), BODY_SIZE)
                              for w in self.head_words[i]), default=0.0)
            least[i] = max(least[i], head_least)
            natural[i] = max(natural[i], least[i],
                             min(fonts.text_width(c.title, BODY_SIZE), 6 * BODY_SIZE))
        pad = 2 * PAD_X + 0.5
        self.size = SIZES[-1]
        for size in SIZES:
            if sum(m * size / BODY_SIZE + pad for m in least) <= avail:
                self.size = size
                break
        k = self.size / BODY_SIZE
        lo, hi = [m * k + pad for m in least], [x * k + pad for x in natural]
        self.widths = fit_widths([c.weight for c in cols], lo, hi, avail)
        if sum(lo) < avail < sum(hi):  # something wraps: trade width where it saves lines
            step = max(1, len(rows) // column_fit.SAMPLE)
            self.widths = column_fit.shortest(
                self.widths, lo, hi,
                [[p.width * k if p.text else 0.0 for p in row] for row in rows[::step]], pad)
        self.inner = [w - 2 * PAD_X for w in self.widths]
        self.leading = _leading(self.size)
        self.max_lines: int | None = None  # set by build_table when it knows the page height
        # Each column's table font is the one most of its cells need, so those stay plain
        # strings (the cheapest cell); only the others become TextLine flowables.
        self.fonts = [max(v, key=lambda f: v[f]) if v else fonts.CJK_FONT for v in votes]

    def cell(self, p: _Prep, width: float, align: str, col_font: str | None) -> tuple[Any, float]:
        if not p.text:
            return "", self.leading
        k = self.size / BODY_SIZE
        if p.width * k <= width and "\n" not in p.text:
            if p.color is None and not p.bold and p.font == col_font:
                return p.text, self.leading
            return TextLine(p.text, self.size, p.color, p.bold, p.width * k), self.leading
        broken = break_lines(p.text, width, self.size)
        if self.max_lines is not None and len(broken) > self.max_lines:
            # A line of the table cannot be split over two pages: a cell taller than a page
            # would stop the whole report, so it is cut short, visibly.
            broken = [*broken[:max(self.max_lines - 1, 0)], "……"]
        return TextLines(broken, self.size, align, p.color, p.bold), self.leading * len(broken)

    def header(self) -> tuple[list[Any], float]:
        cells = [TextLines(break_lines(c.title, w, self.size, pieces=hw), self.size, "centre")
                 for c, w, hw in zip(self.cols, self.inner, self.head_words, strict=True)]
        return cells, max(c.leading * len(c.lines) for c in cells)

    def row(self, preps: list[_Prep]) -> tuple[list[Any], float]:
        cells: list[Any] = []
        height = self.leading
        for i, col in enumerate(self.cols):
            cell, h = self.cell(preps[i], self.inner[i], col.align, self.fonts[i])
            cells.append(cell)
            height = max(height, h)
        return cells, height + 2 * PAD_Y


def fit_widths(weights: Sequence[float], least: Sequence[float], natural: Sequence[float],
               avail: float) -> list[float]:
    """Column widths between each column's least width (its widest word) and its natural one
    (its longest text on one line).

    If every column fits on one line, the spare width is shared by weight so the table fills
    the page. Otherwise each column gets its least width plus a share of the rest in
    proportion to how much it would still wrap, so long remarks take the room and short
    columns keep theirs. If even the least widths do not fit, they are scaled down.
    """
    nat = [max(a, b) for a, b in zip(least, natural, strict=True)]
    if sum(nat) <= avail:
        spare = avail - sum(nat)
        wsum = sum(weights) or 1.0
        return [x + spare * w / wsum for x, w in zip(nat, weights, strict=True)]
    if sum(least) >= avail:
        return _cap_widest(least, avail)
    room = avail - sum(least)
    want = sum(nat) - sum(least)
    return [a + (b - a) * room / want for a, b in zip(least, nat, strict=True)]


def _cap_widest(least: Sequence[float], avail: float) -> list[float]:
    """When even the words do not fit: narrow only the widest columns, to one common cap, so
    that long names wrap between characters while dates, numbers and short words keep the
    width they need (scaling every column would break those first)."""
    order = sorted(least)
    fixed = 0.0
    for k, x in enumerate(order):
        cap = (avail - fixed) / (len(order) - k)
        if x > cap:
            return [min(w, cap) for w in least]
        fixed += x
    return list(least)


def build_table(cols: Sequence[Col], items: Iterable[Sequence[Cell] | Row | Group],
                avail_width: float, *, total: str | Sequence[Cell] | None = None,
                page_height: float | None = None) -> PagedTable:
    """A table whose header repeats on every page (paged.py: linear in its rows).

    `items` mixes plain rows, Row objects and Groups (group header, rows, subtotal); `total` is
    a closing row (a sentence or cells) for the whole table. With `page_height` (the frame's),
    no line grows taller than a page can hold under the header and a （续） heading.
    """
    ncols = len(cols)
    # First pass: flatten to lines and measure every cell once.
    lines: list[tuple[str, Any, Any]] = []  # (kind, preps or text, background)
    nosplit: list[tuple[int, int]] = []  # line index ranges kept on one page

    merged = [i for i, c in enumerate(cols) if c.merge]
    above: dict[int, Cell] = {}  # merged column → the value of the row above in this run
    carried: dict[int, list[tuple[int, Cell, bool]]] = {}  # line → the cells it blanks

    def cells_of(values: Sequence[Cell], bold: bool = False) -> list[_Prep]:
        vals = list(values)[:ncols] + [None] * (ncols - len(values))
        for i in merged:
            value, prev = vals[i], above.get(i)
            above[i] = value
            if prev is not None and value == prev and cell_text(value):
                carried.setdefault(len(lines), []).append((i, value, bold))
                vals[i] = None
        return [_prep(v, bold=bold) for v in vals]

    def add_row(item: Sequence[Cell] | Row) -> None:
        if isinstance(item, Row):
            emph = item.kind == "emphasis"
            lines.append(("row", cells_of(item.cells, emph), EMPHASIS_BG if emph else None))
        else:
            lines.append(("row", cells_of(item), None))

    def add_closing(row: str | Sequence[Cell]) -> None:
        above.clear()
        if isinstance(row, str):
            lines.append(("span", row, SUBTOTAL_BG))
        else:
            lines.append(("row", cells_of(row, True), SUBTOTAL_BG))

    owner: list[int | None] = []  # per line: the line of its group's heading
    running: dict[int, str] = {}  # heading line → what a continuation page calls the group

    for item in items:
        if isinstance(item, Group):
            above.clear()  # a run never crosses a group's heading or subtotal
            first = len(lines)
            if item.title:
                lines.append(("span", item.title, GROUP_BG))
            for row in item.rows:
                add_row(row)
            if item.subtotal is not None:
                add_closing(item.subtotal)
            above.clear()
            last = len(lines) - 1
            name = item.title or item.running
            if name:
                running[first] = name
            owner.extend([first if name else None] * (last + 1 - first))
            # A group header never ends a page alone; a subtotal never starts one alone.
            if name and last > first:
                nosplit.append((first, first + 1))
            if item.subtotal is not None and last - 1 > first:
                nosplit.append((last - 1, last))
        else:
            add_row(item)
            owner.append(None)
    if total is not None:
        add_closing(total)
        owner.append(None)

    layout = _Layout(cols, [p for kind, p, _ in lines if kind == "row"], avail_width)
    head, head_h = layout.header()
    if page_height is not None:
        # Room under the header and a two-line （续） heading, each with its padding.
        room = page_height - (head_h + 2 * PAD_Y + 2) - (2 * layout.leading + 2 * PAD_Y)
        layout.max_lines = max(int((room - 2 * PAD_Y) // layout.leading), 1)
    cells: list[list[Any]] = []
    heights: list[float] = []
    continued: dict[int, tuple[Any, float]] = {}
    for i, (kind, payload, _bg) in enumerate(lines):
        if kind == "span":
            p = _prep(payload, bold=True)
            cell, h = layout.cell(p, avail_width - 2 * PAD_X, "left", None)
            cells.append([cell] + [""] * (ncols - 1))
            heights.append(h + 2 * PAD_Y)
        else:
            row, h = layout.row(payload)
            cells.append(row)
            heights.append(h)
        if i in running:
            more = _prep(t("{title}（续）", title=running[i]), bold=True)
            cont, h = layout.cell(more, avail_width - 2 * PAD_X, "left", None)
            continued[i] = (cont, h + 2 * PAD_Y)
    no_break = [False] * (len(lines) + 1)
    for _, b in nosplit:
        no_break[b] = True

    header_style: list[tuple[Any, ...]] = [
        ("FONTNAME", (0, 0), (-1, -1), fonts.CJK_FONT),
        ("FONTSIZE", (0, 0), (-1, -1), layout.size),
        ("LEADING", (0, 0), (-1, -1), layout.leading),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("LEFTPADDING", (0, 0), (-1, -1), PAD_X),
        ("RIGHTPADDING", (0, 0), (-1, -1), PAD_X),
        ("TOPPADDING", (0, 0), (-1, -1), PAD_Y),
        ("BOTTOMPADDING", (0, 0), (-1, -1), PAD_Y),
        ("BACKGROUND", (0, 0), (-1, 0), HEADER_BG),
        ("GRID", (0, 0), (-1, -1), 0.4, GRID),
        ("LINEBELOW", (0, 0), (-1, 0), 0.9, GREY),
    ]
    style: list[tuple[Any, ...]] = []  # rows counted from a piece's first line
    for i, col in enumerate(cols):
        if layout.fonts[i] != fonts.CJK_FONT:
            style.append(("FONTNAME", (i, 0), (i, -1), layout.fonts[i]))
        if col.align != "left":
            style.append(("ALIGN", (i, 0), (i, -1), _ALIGN[col.align]))
    return PagedTable(Lines(
        widths=layout.widths, header=head, header_height=head_h + 2 * PAD_Y + 2, cells=cells,
        heights=heights, spans=[kind == "span" for kind, _, _ in lines],
        backgrounds=[bg for _, _, bg in lines], owner=owner, continued=continued,
        no_break_before=no_break, style=style, zebra=(colors.white, ZEBRA),
        header_style=header_style, carried=_Carried(carried, layout, heights)))


class _Carried(Mapping[int, tuple[list[tuple[int, Any]], float]]):
    """The cells a line leaves blank (merged with the line above), laid out only for the few
    lines a page starts with: (column, cell) pairs, and how much taller they make the line."""

    def __init__(self, blanked: dict[int, list[tuple[int, Cell, bool]]], layout: _Layout,
                 heights: list[float]) -> None:
        self.blanked, self.layout, self.heights = blanked, layout, heights
        self.done: dict[int, tuple[list[tuple[int, Any]], float]] = {}

    def __getitem__(self, i: int) -> tuple[list[tuple[int, Any]], float]:
        if i not in self.done:
            ly = self.layout
            shown: list[tuple[int, Any]] = []
            height = self.heights[i]
            for c, value, bold in self.blanked[i]:
                cell, h = ly.cell(_prep(value, bold=bold), ly.inner[c], ly.cols[c].align,
                                  ly.fonts[c])
                shown.append((c, cell))
                height = max(height, h + 2 * PAD_Y)
            self.done[i] = (shown, height - self.heights[i])
        return self.done[i]

    def __contains__(self, i: object) -> bool:
        return i in self.blanked

    def __iter__(self) -> Iterator[int]:
        return iter(self.blanked)

    def __len__(self) -> int:
        return len(self.blanked)
