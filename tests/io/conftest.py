"""Fixtures for the Excel engine tests."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from excel_helpers import MakeXlsx


@pytest.fixture
def make_xlsx(tmp_path: Path) -> MakeXlsx:
    """make_xlsx(rows, name=..., sheets={"名": rows}) → path of a new .xlsx."""

    def make(rows: Sequence[Sequence[Any]] | None = None, name: str = "book.xlsx",
             sheets: dict[str, Sequence[Sequence[Any]]] | None = None) -> Path:
        wb = openpyxl.Workbook()
        default = wb.active
        assert default is not None
        content = sheets or {"Sheet1": rows or []}
        for i, (title, sheet_rows) in enumerate(content.items()):
            ws = default if i == 0 else wb.create_sheet()
            ws.title = title
            for r in sheet_rows:
                ws.append(list(r))
        path = tmp_path / name
        wb.save(path)
        return path

    return make
