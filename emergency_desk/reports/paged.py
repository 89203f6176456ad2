"""A long report table that pages itself: one small reportlab Table per page.

Why not one reportlab Table for the whole register: a Table with any SPAN or NOSPLIT (a group
heading, a subtotal, a closing 合计 row) rebuilds a map of every remaining cell each time it is
split at a page end, and each split copies the rest of the table — pages × rows, quadratic:
10× the rows cost 30–45× the time (issue 20). Here the lines are measured once (tables.py),
their heights summed once, and a page end is found by bisecting those sums; each page's piece
is a Table of only the lines it shows, built when it is drawn. So a page break is local and
the whole report is linear in its rows.

The rules a grouped roster needs hold at every page end:
- every page starts with the column header;
- a page that continues a group starts with its heading as 碧阳镇（续）;
- a cell left blank because it repeats the one above (a village over its officers) is printed
  again in the first line of a page, so no page has a row that does not say where it belongs;
- a group heading never ends a page alone, a subtotal never starts one alone;
- with `reserve` (the signature block's height) the table's last lines go over with what
  follows it when both do not fit: a signature alone on a sheet signs nothing.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from itertools import accumulate
from typing import Any

from reportlab.lib import colors
from reportlab.platypus import Flowable, Table, TableStyle


@dataclass
class Lines:
    """Every line of one report table, measured: what PagedTable pieces index into.

    `owner[i]` is the line of the heading of the group line i belongs to (None outside a
    group); `continued[g]` is the (cell, height) printed for heading g on a continuation page;
    `no_break_before[i]` is true when a page must not start at line i; `carried[i]` is what
    line i, printed blank where it repeats the line above, shows when a page starts with it:
    the (column, cell) pairs, and how much taller than `heights[i]` they make the line.
    """

    widths: list[float]
    header: list[Any]
    header_height: float
    cells: list[list[Any]]
    heights: list[float]
    spans: list[bool]
    backgrounds: list[colors.Color | None]
    owner: list[int | None]
    continued: dict[int, tuple[Any, float]]
    no_break_before: list[bool]
    style: list[tuple[Any, ...]]  # for every piece; rows counted from its first line
    zebra: tuple[colors.Color, colors.Color]
    header_style: list[tuple[Any, ...]]
    carried: Mapping[int, tuple[list[tuple[int, Any]], float]] = field(default_factory=dict)
    top: list[float] = field(init=False)  # top[i]: height of lines before i

    def __post_init__(self) -> None:
        self.top = [0.0, *accumulate(self.heights)]


KEEP_WITH_NEXT = 2  # table lines that go over to the next page with the signature


class PagedTable(Flowable):
    """Lines start..end of a table, under the column header (and a （续） heading when the
    piece continues a group)."""

    def __init__(self, lines: Lines, start: int = 0, end: int | None = None,
                 cont: int | None = None, reserve: float = 0.0) -> None:
        super().__init__()
        self.lines = lines
        self.start = start
        self.end = len(lines.cells) if end is None else end
        self.cont = cont
        # Room the flowable after the table's last line needs on the same page (the last
        # piece only): when it is not there, the last KEEP_WITH_NEXT lines go over with it.
        self.reserve = reserve
        self.hAlign = "CENTER"
        self.width = sum(lines.widths)
        self.height = self._above() + lines.top[self.end] - lines.top[start]

    def _above(self) -> float:
        """The header's height, the （续） heading's if this piece continues a group, and what
        the cells carried into its first line add to that line."""
        ln = self.lines
        extra = ln.continued[self.cont][1] if self.cont is not None else 0.0
        if self.start in ln.carried and self.start < self.end:
            extra += ln.carried[self.start][1]
        return ln.header_height + extra

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        if self.height <= availHeight < self.height + self.reserve:
            # Fits, but what must follow it does not: claim that room too, so the frame
            # splits (split keeps the last lines back) or moves this piece on.
            return self.width, self.height + self.reserve
        return self.width, self.height

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:
        ln = self.lines
        room = availHeight - self._above()
        # The first line that does not fit: the page ends before it.
        n = min(bisect_right(ln.top, ln.top[self.start] + room + 1e-6) - 1, self.end - 1)
        if self.reserve:
            n = min(n, self.end - KEEP_WITH_NEXT)
        while n > self.start and ln.no_break_before[n]:
            n -= 1
        if n <= self.start:
            return []  # not even one line fits: the frame moves the table to the next page
        g = ln.owner[n]
        cont = g if g is not None and g != n and g in ln.continued else None
        return [PagedTable(ln, self.start, n, self.cont),
                PagedTable(ln, n, self.end, cont, self.reserve)]

    def table(self) -> Table:
        """This piece as a reportlab Table (one page of rows at most)."""
        ln = self.lines
        ncols = len(ln.widths)
        data: list[list[Any]] = [ln.header]
        heights = [ln.header_height]
        cmds: list[tuple[Any, ...]] = list(ln.header_style)
        if self.cont is not None:
            cell, h = ln.continued[self.cont]
            data.append([cell] + [""] * (ncols - 1))
            heights.append(h)
            cmds += _span(1, ln.backgrounds[self.cont])
        first = len(data)
        even, odd = ln.zebra
        cmds.append(("ROWBACKGROUNDS", (0, first), (-1, -1),
                     [even, odd] if self.start % 2 == 0 else [odd, even]))
        cmds += [(c[0], (c[1][0], c[1][1] + first), *c[2:]) for c in ln.style]
        for i in range(self.start, self.end):
            r = len(data)
            data.append(ln.cells[i])
            heights.append(ln.heights[i])
            if i == self.start and i in ln.carried:
                carried, taller = ln.carried[i]
                data[r] = list(data[r])
                for col, cell in carried:
                    data[r][col] = cell
                heights[r] += taller
            if ln.spans[i]:
                cmds += _span(r, ln.backgrounds[i])
            elif ln.backgrounds[i] is not None:
                cmds.append(("BACKGROUND", (0, r), (-1, r), ln.backgrounds[i]))
        table = Table(data, colWidths=ln.widths, rowHeights=heights)
        table.setStyle(TableStyle(cmds))
        return table

    def draw(self) -> None:
        table = self.table()
        table.wrapOn(self.canv, self.width, self.height)
        table.drawOn(self.canv, 0, 0)


def _span(r: int, bg: colors.Color | None) -> Sequence[tuple[Any, ...]]:
    cmds: list[tuple[Any, ...]] = [("SPAN", (0, r), (-1, r)), ("ALIGN", (0, r), (-1, r), "LEFT")]
    if bg is not None:
        cmds.append(("BACKGROUND", (0, r), (-1, r), bg))
    return cmds
