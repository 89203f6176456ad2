"""Rejected rows: corrections typed over the file, and the 错误说明 workbook (issue 13 point 5).

The import wizard shows the rows an import refused in an editable grid. What the clerk types is
kept as `Overrides` (sheet, Excel row, cell index → new value) and laid over the file's own
cells each time the importer reads it, so a re-check and the final import read exactly the
corrected rows; the file on disk is never changed. The same rows, with an added 错误说明 column
and under the sheet's original header, can be saved as a workbook to fix elsewhere and import
again (`import … --errors-out FILE.xlsx`, and the wizard's button).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import date, datetime, time
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Alignment
from openpyxl.utils import get_column_letter

from emergency_desk.errors import RowError
from emergency_desk.i18n import t
from emergency_desk.io.exporter import (
    HEADER_ALIGN,
    HEADER_FILL,
    HEADER_FONT,
    check_writable,
    needs_text_guard,
    save_workbook,
    text_cell,
)
from emergency_desk.io.reader import Row

ERRORS_COLUMN = "错误说明"  # the added column; the importer ignores it when read back
# Cell index → the corrected value ('' or None empties the cell), per (sheet name, Excel row).
Overrides = dict[tuple[str, int], dict[int, Any]]


@dataclass
class RejectedRow:
    """A refused row as the file holds it (corrections applied) and what is wrong with it."""

    sheet: str  # the workbook's sheet name
    row: int  # the row number Excel shows
    cells: list[Any]
    errors: list[RowError] = field(default_factory=list)

    def explanation(self) -> str:
        return "；".join(f"[{e.column}] {e.reason}" for e in self.errors)

    def bad_cells(self, headers: list[str]) -> set[int]:
        """Indexes of the cells the errors name (by the sheet's own header text)."""
        where = {h: i for i, h in enumerate(headers) if h}
        return {where[e.column] for e in self.errors if e.column in where}


class RowKeeper:
    """Lays the overrides over a sheet's row stream, and finds the rows that turn out to be
    rejected so they can be shown and saved as read. It keeps no row: `rejected` reads the
    rows the errors name again from the file (only a refused file pays for it), so a long
    sheet that imports keeps only one chunk of rows in memory (issue 20)."""

    def __init__(self, overrides: Overrides | None) -> None:
        self.overrides = overrides or {}

    def wrap(self, sheet: str, rows: Iterator[Row]) -> Iterator[Row]:
        fixes = {r: cells for (s, r), cells in self.overrides.items() if s == sheet}
        if not fixes:
            return rows
        return self._fixed(rows, fixes)

    @staticmethod
    def _fixed(rows: Iterator[Row], fixes: dict[int, dict[int, Any]]) -> Iterator[Row]:
        for number, cells in rows:
            fix = fixes.get(number)
            if fix:
                width = max(len(cells), max(fix) + 1)
                cells = list(cells) + [None] * (width - len(cells))
                for i, value in fix.items():
                    cells[i] = None if value is None or value == "" else value
            yield number, cells

    def rejected(self, errors: list[RowError], sheet_of: dict[str | None, str],
                 read: Callable[[str], Iterator[Row]]) -> list[RejectedRow]:
        """The rows named by `errors` (sheet label → sheet name), in file order, their cells
        read again through `read` (sheet name → its rows) with the overrides laid over."""
        out: dict[tuple[str, int], RejectedRow] = {}
        for e in errors:
            sheet = sheet_of.get(e.sheet, e.sheet or "")
            key = (sheet, e.row)
            if key not in out:
                out[key] = RejectedRow(sheet, e.row, [])
            out[key].errors.append(e)
        wanted: dict[str, set[int]] = {}
        for sheet, row in out:
            wanted.setdefault(sheet, set()).add(row)
        for sheet, numbers in wanted.items():
            last = max(numbers)
            for number, cells in self.wrap(sheet, read(sheet)):
                if number in numbers:
                    out[(sheet, number)].cells = list(cells)
                if number >= last:
                    break
        return list(out.values())


def _cell_value(value: Any) -> Any:
    """What openpyxl can write: the reader's plain values, anything else as its text."""
    if value is None or isinstance(value, str | int | float | bool | date | datetime | time):
        return value
    return str(value)


def write_rejected(path: Path | str, headers: dict[str, list[str]],
                   rows: list[RejectedRow]) -> int:
    """Save `rows` under their sheet's original header with an added 错误说明 column: one sheet
    per source sheet, so the file can be corrected and imported again. Returns the row count."""
    path = Path(path)
    check_writable(path)
    wb = Workbook(write_only=True)
    by_sheet: dict[str, list[RejectedRow]] = {}
    for r in rows:
        by_sheet.setdefault(r.sheet, []).append(r)
    wrap = Alignment(wrap_text=True, vertical="top")
    for sheet, group in by_sheet.items():
        head = list(headers.get(sheet, []))
        width = max([len(head), *(len(r.cells) for r in group)])
        head += [""] * (width - len(head))
        ws = wb.create_sheet(sheet[:31] or "Sheet1")
        for i, h in enumerate(head, 1):
            ws.column_dimensions[get_column_letter(i)].width = max(8, min(30, 2 * len(h) + 4))
        ws.column_dimensions[get_column_letter(width + 1)].width = 60
        ws.freeze_panes = "A2"
        cells = []
        for h in [*head, ERRORS_COLUMN]:
            c = WriteOnlyCell(ws, value=h or None)
            c.font, c.fill, c.alignment = HEADER_FONT, HEADER_FILL, HEADER_ALIGN
            cells.append(c)
        ws.append(cells)
        for r in group:
            values = [_cell_value(v) for v in r.cells] + [None] * (width - len(r.cells))
            note = WriteOnlyCell(ws, value=t("原第 {row} 行：{why}", row=r.row,
                                                  why=r.explanation()))
            note.alignment = wrap
            ws.append([text_cell(ws, v) if needs_text_guard(v) else v for v in values] + [note])
    if not by_sheet:
        wb.create_sheet("Sheet1").append([ERRORS_COLUMN])
    save_workbook(wb, path)
    return len(rows)


__all__ = ["ERRORS_COLUMN", "Overrides", "RejectedRow", "RowKeeper", "write_rejected"]
