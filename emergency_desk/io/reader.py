"""Reading workbooks: .xlsx with openpyxl (read-only, streaming), legacy .xls with calamine.

The file type is sniffed from its first bytes, not its name: offices rename files freely, and a
.xls saved by WPS is often really an .xlsx. Every problem with the file itself becomes an
EnvironmentProblem in plain Chinese (exit 3); problems with its content are the importer's.
"""

from __future__ import annotations

import logging
import zipfile
from collections.abc import Iterator
from pathlib import Path
from types import TracebackType
from typing import Any

from emergency_desk.errors import EnvironmentProblem
from emergency_desk.i18n import t
from emergency_desk.io import limits

log = logging.getLogger(__name__)
Row = tuple[int, list[Any]]  # (row number Excel shows, cell values)

_ZIP_MAGIC = b"PK\x03\x04"
_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"


def _corrupt(path: Path, detail: object = "") -> EnvironmentProblem:
    log.info("cannot read %s as a workbook", path, exc_info=True)  # the why, for support
    return EnvironmentProblem(t(
        "“{name}”不是有效的 Excel 文件或已损坏{detail}。请用 Excel 或 WPS 打开后另存为"
        " .xlsx 再导入。", name=path.name, detail=f"（{detail}）" if detail else ""))


def _open_error(path: Path, exc: OSError) -> EnvironmentProblem:
    if isinstance(exc, FileNotFoundError):
        return EnvironmentProblem(t("找不到文件 {path}。", path=path))
    if isinstance(exc, IsADirectoryError):
        return EnvironmentProblem(t("{path} 是文件夹，不是 Excel 文件。", path=path))
    if isinstance(exc, PermissionError):
        # On Windows, Excel holds an exclusive lock on a file it has open.
        return EnvironmentProblem(t(
            "无法读取 {path}：文件正被其他程序使用（可能在 Excel 或 WPS 中打开着）或没有权限。"
            "请关闭该文件后重试。", path=path))
    return EnvironmentProblem(t("无法读取 {path}：{err}", path=path, err=exc.strerror or exc))


def sniff(path: Path) -> str:
    """'xlsx' or 'xls' from the file's first bytes; raises EnvironmentProblem otherwise."""
    try:
        with open(path, "rb") as fh:
            head = fh.read(8)
    except OSError as exc:
        raise _open_error(path, exc) from exc
    if head.startswith(_ZIP_MAGIC):
        return "xlsx"
    if head.startswith(_OLE_MAGIC):
        return "xls"
    if not head:
        raise EnvironmentProblem(t("“{name}”是空文件。", name=path.name))
    raise EnvironmentProblem(t(
        "“{name}”不是 Excel 文件（支持 .xlsx 和 .xls）。如果是 CSV 或 WPS 表格，请先另存为 .xlsx。",
        name=path.name))


def _clean_row(values: tuple[Any, ...] | list[Any]) -> list[Any] | None:
    """The row as a list with '' turned into None, or None when every cell is blank."""
    out = list(values)
    blank = True
    for i, v in enumerate(out):
        if isinstance(v, str):
            if v == "":
                out[i] = None
            elif blank and v.strip():
                blank = False
        elif v is not None:
            blank = False
    return None if blank else out


def _parse_dimensions(parser: Any) -> Any:
    """The sheet's declared <dimension>, read from the head of its XML only.

    openpyxl 3.1 opens every sheet of a read-only workbook by looking for <dimension> with
    "end" events, and the end of <sheetData> comes only after the whole sheet: a sheet written
    without a dimension (many tools do) was parsed completely before we read one row — a
    150,000-row sheet took over a minute just to open (issue 20). "start" events see
    <dimension> (its attributes are all it has) and <sheetData> as soon as they begin."""
    from openpyxl.worksheet._reader import DATA_TAG, DIMENSION_TAG, SheetDimension
    from openpyxl.xml.functions import iterparse

    for _event, element in iterparse(parser.source, events=("start",)):
        if element.tag == DIMENSION_TAG:
            return SheetDimension.from_tree(element).boundaries
        if element.tag == DATA_TAG:
            return None  # no dimension declared
    return None


def _install_dimension_reader() -> None:
    from openpyxl.worksheet._reader import WorkSheetParser

    if getattr(WorkSheetParser.parse_dimensions, "__name__", "") != "_parse_dimensions":
        WorkSheetParser.parse_dimensions = _parse_dimensions


class Workbook:
    """An open workbook. Use as a context manager: the file stays locked until closed."""

    def __init__(self, path: Path | str) -> None:
        self.path = Path(path)
        self.kind = sniff(self.path)
        self._book: Any = None
        try:
            if self.kind == "xlsx":
                self._open_xlsx()
            else:
                self._open_xls()
        except EnvironmentProblem:
            raise
        except OSError as exc:
            raise _open_error(self.path, exc) from exc
        except Exception as exc:  # corrupt archives raise a zoo of types
            if self.kind == "xls" and limits.is_encrypted_office_file(self.path):
                raise limits.encrypted(self.path) from exc
            raise _corrupt(self.path, type(exc).__name__) from exc

    def _open_xlsx(self) -> None:
        import openpyxl

        limits.check_archive(self.path)  # before anything is unpacked
        _install_dimension_reader()

        try:
            self._book = openpyxl.load_workbook(self.path, read_only=True, data_only=True)
        except zipfile.BadZipFile as exc:
            raise _corrupt(self.path) from exc
        self.sheet_names: list[str] = list(self._book.sheetnames)
        self.hidden_sheets: list[str] = [  # 'hidden' or 'veryHidden' (only a macro shows it)
            n for n in self.sheet_names
            if getattr(self._book[n], "sheet_state", "visible") != "visible"]

    @property
    def visible_sheets(self) -> list[str]:
        """The sheets a clerk sees in Excel, in order: a hidden one (an old roster put away,
        a list behind drop-downs) is not read unless asked for by name."""
        return [n for n in self.sheet_names if n not in self.hidden_sheets]

    @property
    def keywords(self) -> str:
        """The document's keywords (File → Properties): exports mark themselves there."""
        props = getattr(self._book, "properties", None) if self.kind == "xlsx" else None
        return str(getattr(props, "keywords", None) or "")

    def _open_xls(self) -> None:
        from python_calamine import CalamineWorkbook, SheetVisibleEnum

        self._book = CalamineWorkbook.from_path(str(self.path))
        self.sheet_names = list(self._book.sheet_names)
        self.hidden_sheets = [m.name for m in self._book.sheets_metadata
                              if m.visible != SheetVisibleEnum.Visible]

    def rows(self, sheet: str) -> Iterator[Row]:
        """Non-blank rows of `sheet` with the row number Excel shows (1-based)."""
        if sheet not in self.sheet_names:
            raise EnvironmentProblem(t("工作簿中没有名为“{sheet}”的工作表。", sheet=sheet))
        try:
            if self.kind == "xlsx":
                ws = self._book[sheet]
                # A sheet declaring more rows than the cap is refused before any is read
                # (reading 100,000 rows to find out took a minute). An undeclared or wrong
                # dimension still meets the cap below, while reading.
                declared = ws.max_row if ws.max_row is not None else 0
                if isinstance(declared, int) and declared > limits.MAX_ROWS:
                    raise limits.too_many_rows(self.path, sheet)
                # The stored dimension is sometimes wrong (files written by other tools say
                # A1:A1); forgetting it makes openpyxl read what is really there.
                if hasattr(ws, "reset_dimensions"):
                    ws.reset_dimensions()
                source: Any = ws.iter_rows(values_only=True)
            else:
                # skip_empty_area=False keeps leading blank rows, so numbering matches Excel.
                source = self._book.get_sheet_by_name(sheet).to_python(skip_empty_area=False)
            for number, values in enumerate(source, start=1):
                if number > limits.MAX_ROWS:
                    raise limits.too_many_rows(self.path, sheet)
                row = _clean_row(values[:limits.MAX_COLUMNS])
                if row is not None:
                    yield number, row
        except EnvironmentProblem:
            raise
        except OSError as exc:
            raise _open_error(self.path, exc) from exc
        except Exception as exc:  # broken XML inside the archive shows up only when read
            raise _corrupt(self.path, type(exc).__name__) from exc

    def size_hint(self, sheet: str) -> int | None:
        """Rows the sheet says it has (for progress only: the stored figure can be wrong)."""
        try:
            if self.kind == "xlsx":
                n = self._book[sheet].max_row
            else:
                n = self._book.get_sheet_by_name(sheet).height
        except Exception:  # a hint is never worth failing for
            return None
        return int(n) if isinstance(n, int) and n > 0 else None

    def close(self) -> None:
        book, self._book = self._book, None
        if book is not None and hasattr(book, "close"):
            book.close()

    def __enter__(self) -> Workbook:
        return self

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        self.close()


def open_workbook(path: Path | str) -> Workbook:
    return Workbook(path)
