"""Empty import templates: the header row, drop-down lists, a note on every header cell and a
second sheet "填写说明" that explains each column."""

from __future__ import annotations

from pathlib import Path

from openpyxl import Workbook
from openpyxl.comments import Comment
from openpyxl.styles import Alignment, Font
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.datavalidation import DataValidation

from emergency_desk.i18n import t
from emergency_desk.io.exporter import HEADER_ALIGN, HEADER_FILL, save_workbook
from emergency_desk.io.headers import HEADER_SCAN_ROWS
from emergency_desk.io.registers import get_register
from emergency_desk.io.spec import Column

GUIDE_SHEET = "填写说明"
_ROWS = 5000  # rows prepared with drop-down lists


def _note(col: Column) -> str:
    parts = [t("必填") if col.required else t("选填")]
    if col.comment:
        parts.append(t(col.comment))
    if col.choices:
        parts.append(t("可选：{choices}", choices="、".join(col.choices)))
    return "；".join(parts)


def write_template(register: str, path: Path | str) -> None:
    """Write an empty import template for `register` to `path` (.xlsx)."""
    spec = get_register(register)
    path = Path(path)
    wb = Workbook()
    ws = wb.active
    assert ws is not None
    ws.title = spec.title_zh
    for i, col in enumerate(spec.columns, 1):
        letter = get_column_letter(i)
        cell = ws.cell(row=1, column=i, value=col.name)
        # Required columns in red, as on the paper forms offices are used to.
        cell.font = Font(bold=True, color="C00000" if col.required else None)
        cell.fill, cell.alignment = HEADER_FILL, HEADER_ALIGN
        comment = Comment(_note(col), t("应急资源台账"))
        comment.width, comment.height = 240, 110
        cell.comment = comment
        ws.column_dimensions[letter].width = col.width
        if col.as_text:
            # Typed codes stay text: Excel would otherwise show 3.41023E+11 and drop zeros.
            ws.column_dimensions[letter].number_format = "@"
        if col.choices:
            dv = DataValidation(type="list", formula1='"' + ",".join(col.choices) + '"',
                                allow_blank=not col.required, showDropDown=False)
            dv.error = t("请从下拉列表中选择：{choices}", choices="、".join(col.choices))
            dv.errorTitle = col.name
            dv.prompt = t("请选择{name}", name=col.name)
            dv.showErrorMessage = True
            dv.showInputMessage = True
            dv.add(f"{letter}2:{letter}{_ROWS + 1}")
            ws.add_data_validation(dv)
    ws.freeze_panes = "A2"
    ws.row_dimensions[1].height = 24

    guide = wb.create_sheet(GUIDE_SHEET)
    guide.append([t("{title}导入模板填写说明", title=t(spec.title_zh))])
    guide["A1"].font = Font(bold=True, size=14)
    for line in (
        t("1. 在第一个工作表的表头下面逐行填写，一行一条；表头可放在前 {n} 行内，上方可有标题行。",
          n=HEADER_SCAN_ROWS),
        t("2. 红色表头为必填列；其余可空。列的顺序可以调换，也可以增加其他列（导入时忽略）。"),
        t("3. 重复导入同一文件不会重复添加：按“{key}”对应已有记录并更新。", key=spec.natural_key),
        t("4. 只要有一行出错，整个文件都不会导入，程序会逐行列出“第 n 行 [列名]: 原因”，"
          "改正后再导入。"),
    ):
        guide.append([line])
    guide.append([])
    head = [t("列名"), t("是否必填"), t("格式说明"), t("可选值")]
    guide.append(head)
    header_row = guide.max_row
    for c in range(1, len(head) + 1):
        guide.cell(row=header_row, column=c).font = Font(bold=True)
        guide.cell(row=header_row, column=c).fill = HEADER_FILL
    for col in spec.columns:
        guide.append([col.name, t("必填") if col.required else t("选填"), t(col.comment),
                      "、".join(col.choices)])
    for letter, width in zip("ABCD", (16, 10, 70, 24), strict=True):
        guide.column_dimensions[letter].width = width
    for row in guide.iter_rows(min_row=header_row + 1):
        for cell in row:
            cell.alignment = Alignment(wrap_text=True, vertical="top")
    wb.active = 0
    save_workbook(wb, path)
