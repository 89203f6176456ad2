"""Exporting a register to .xlsx with the template's columns (so it imports back unchanged).

openpyxl's write-only mode streams rows to disk (docs/design.md §8: at most 1.5× a bare write-only
workbook). Text that Excel would take for a formula (= + - @, or a leading tab/CR that Excel
strips before looking) is written as an explicit string cell: a spreadsheet from this program
never runs anything a user typed (CSV/formula injection).
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from emergency_desk.data.access import require_admin
from emergency_desk.data.dates import MonthDate, excel_value
from emergency_desk.data.db import Database
from emergency_desk.errors import EnvironmentProblem, os_reason
from emergency_desk.i18n import t
from emergency_desk.io.privacy import ID_FIELDS, NO_PERSONAL_MARK, Privacy, export_plan
from emergency_desk.io.registers import get_register
from emergency_desk.io.spec import Column, ExtraCells, RegisterSpec, extra_headers

_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
HEADER_FONT = Font(bold=True)
HEADER_FILL = PatternFill("solid", fgColor="DDEBF7")
HEADER_ALIGN = Alignment(horizontal="center", vertical="center", wrap_text=True)


def needs_text_guard(value: Any) -> bool:
    return isinstance(value, str) and value.startswith(_FORMULA_START)


def text_cell(ws: Worksheet, value: str) -> WriteOnlyCell:
    """A cell that holds `value` as a string even if it looks like a formula."""
    cell = WriteOnlyCell(ws)
    # Setting the value would make openpyxl mark "=..." as a formula; set the type ourselves.
    cell._value = value
    cell.data_type = "s"
    # quotePrefix is Excel's own "typed with a leading apostrophe": it stays text even when
    # the user edits the cell and presses Enter.
    cell.quotePrefix = True
    return cell


def header_cells(ws: Worksheet, spec: RegisterSpec,
                 columns: list[Column] | None = None) -> list[WriteOnlyCell]:
    cells = []
    for col in spec.columns if columns is None else columns:
        c = WriteOnlyCell(ws, value=col.name)  # contract text, never translated
        c.font, c.fill, c.alignment = HEADER_FONT, HEADER_FILL, HEADER_ALIGN
        cells.append(c)
    return cells


def setup_sheet(ws: Worksheet, spec: RegisterSpec, columns: list[Column] | None = None) -> None:
    """Column widths and the frozen header row (must precede the first append)."""
    for i, col in enumerate(spec.columns if columns is None else columns, 1):
        ws.column_dimensions[get_column_letter(i)].width = col.width
    ws.freeze_panes = "A2"


def _part(path: Path) -> Path:
    return path.with_name(path.name + ".part")


def _write_error(path: Path, exc: OSError) -> EnvironmentProblem:
    if isinstance(exc, PermissionError):
        return EnvironmentProblem(t(
            "无法写入 {path}：文件正被其他程序使用（可能在 Excel 或 WPS 中打开着）或没有权限。"
            "请关闭该文件或换一个位置后重试。", path=path))
    return EnvironmentProblem(t(
        "无法写入 {path}：{err}，文件没有保存。请检查磁盘空间或换一个位置。",
        path=path, err=os_reason(exc)))


def check_writable(path: Path) -> None:
    """Fail before any work if the folder cannot take the file (the common failures)."""
    tmp = _part(path)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with open(tmp, "wb"):
            pass
        tmp.unlink()
        if path.exists():
            with open(path, "r+b"):  # Excel holds an open workbook locked on Windows
                pass
    except OSError as exc:
        with contextlib.suppress(OSError):
            tmp.unlink(missing_ok=True)
        raise _write_error(path, exc) from exc


def save_workbook(wb: Workbook, path: Path) -> None:
    """Save via a temporary file, so a failure never leaves half a workbook under the name."""
    tmp = _part(path)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        wb.save(tmp)
        os.replace(tmp, path)
    except OSError as exc:
        with contextlib.suppress(OSError):
            tmp.unlink(missing_ok=True)
        raise _write_error(path, exc) from exc


def export_register(db: Database, register: str, path: Path | str,
                    progress: Callable[[int, int], None] | None = None, *,
                    privacy: Privacy = Privacy.MASKED) -> int:
    """Write every live row of `register` to `path` (.xlsx). Returns the number of rows.

    身份证号 are masked unless `privacy` says FULL_ID; NO_PERSONAL leaves personal columns out
    (io/privacy.py). Only a FULL_ID export can update 身份证号 when imported back.
    """
    spec = get_register(register)
    if privacy is Privacy.FULL_ID and any(c.field in ID_FIELDS for c in spec.columns):
        # "unless the role and an explicit choice allow it": with roles on, administrators only.
        require_admin(db, t("导出完整身份证号"))
    plan = export_plan(spec, privacy)
    path = Path(path)
    check_writable(path)
    total = spec.count(db)
    wb = Workbook(write_only=True)
    if privacy is Privacy.NO_PERSONAL:
        wb.properties.keywords = NO_PERSONAL_MARK  # the importer refuses it (io/privacy.py)
    ws = wb.create_sheet(spec.title_zh)
    setup_sheet(ws, spec, plan.columns)
    extras: list[str] = []
    if spec.keeps_extra and privacy is not Privacy.NO_PERSONAL:
        # Extra fields (民族, 住址 …) follow the template's columns: their headers come from
        # one pass over the `extra` columns, so the rows themselves can stream. A no-personal
        # export leaves them out (住址 is personal).
        with db.read() as s:
            extras = extra_headers(s, spec.extra_models)
    rows: Iterable[list[Any]] = spec.export_rows(db)
    heads = header_cells(ws, spec, plan.columns)
    for h in extras:
        heads.append(WriteOnlyCell(ws, value=h))
        heads[-1].font, heads[-1].alignment = HEADER_FONT, HEADER_ALIGN
    ws.append(heads)
    n = 0
    for full_row in rows:
        extra = full_row.pop() if full_row and isinstance(full_row[-1], ExtraCells) else None
        row = plan.apply(full_row)
        if extras:
            row = row + [extra.get(h) if extra else None for h in extras]
        # One look at each cell for the two rare cases (at 10,000 rows × 30 cells, two
        # passes with a call per cell showed in profiles).
        month = guard = False
        for v in row:
            if isinstance(v, str):
                guard = guard or v.startswith(_FORMULA_START)
            elif v.__class__ is MonthDate:
                month = True
        if month:
            row = [excel_value(v) for v in row]  # 1980.03 as text: an Excel date needs a day
        if guard:
            ws.append([text_cell(ws, v) if needs_text_guard(v) else v for v in row])
        else:
            ws.append(row)
        n += 1
        if progress is not None and n % 1000 == 0:
            progress(n, max(total, n))
    # An autofilter over the written range lets clerks sort and filter at once.
    ws.auto_filter.ref = f"A1:{get_column_letter(len(plan.columns) + len(extras))}{n + 1}"
    save_workbook(wb, path)
    db.record_event("export", spec.table, f"导出{t(spec.title_zh)}：{path.name}",
                    {"文件": str(path), "条数": n, "身份证号": privacy.name})
    if progress is not None:
        progress(n, max(n, 1))
    return n
