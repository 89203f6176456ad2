"""What in an office's sheet is not data: footer rows, 序号 columns, columns mapping to nothing.

A township's register ends with 合计 (often with sums in the number columns), 填表人：张三
(sometimes "填表人：" in one cell and the name in the next), 填报人：, 经办人：, 复核人：, 审核人,
单位负责人, 填报日期, 报送日期：, 日期：, 制表, 注：…, 说明：…. Those rows are skipped and
counted, not reported as bad data. A column that maps to no field of the register (民族,
文化程度, 住址, 保管人 …) is kept with each record as an extra field; 序号/编号 columns are just
row numbering and are ignored.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Mapping, Sequence
from typing import Any

from emergency_desk.errors import InputRejected
from emergency_desk.i18n import t
from emergency_desk.io.headers import HeaderMatcher, canon
from emergency_desk.io.normalize import CellError, plain_text
from emergency_desk.io.reader import Row
from emergency_desk.io.spec import RegisterSpec

_TOTALS = frozenset({"合计", "小计", "总计", "共计", "累计", "合计数"})
# Labels that are a footer whatever follows them ("填表人张三", "填报日期2024.5").
_SIGNED = ("填表人", "制表人", "审核人", "审批人", "单位负责人", "负责人", "分管领导",
           "主要领导", "填报日期", "填表日期", "制表日期", "填报时间", "填表时间", "填报单位",
           "制表单位", "填表单位", "联系人")
# Labels that are a footer only as a label: the whole cell, or followed by a colon or a space
# ("填报人：张三", "经办人 李四", "日期：2024.5.6"); "经办人员培训" or "日期待定" is not one.
_LABELLED = ("填报人", "经办人", "复核人", "核对人", "校对人", "统计人", "报送人", "报送日期",
             "报送时间", "统计日期", "日期",
             # a stock ledger's or stocktake's signatures (保管员：卢立新 … 审核：胡明)
             "保管员", "保管人", "库管员", "仓管员", "监盘人", "盘点人", "验收人", "记账人")
# Labels that are a footer only with a colon or a number after them ("注：", "注1.", "说明:").
_NOTED = ("注", "说明", "备注", "制表", "审核", "填表说明")
_ROW_NUMBER_HEADERS = frozenset({"序号", "编号", "序", "no", "no.", "序列号", "顺序号"})


def is_footer(cells: Sequence[Any]) -> bool:
    """True for a row whose first filled cell is a total or a signature/note label."""
    first = next((c for c in cells if c is not None), None)
    if not isinstance(first, str):
        return False
    key = re.sub(r"\s+", "", first)
    if key.rstrip(":：") in _TOTALS:
        return True
    # The total written in the same cell: "合计：200 人", "合计3支" (not "合计村").
    for label in _TOTALS:
        if key.startswith(label) and key[len(label):][:1] in (":", "：", *"0123456789"):
            return True
    if key.startswith(_SIGNED):
        return True
    text = first.strip()
    for label in _LABELLED:
        if key == label or (key.startswith(label) and key[len(label)] in ":：") \
                or (text.startswith(label) and text[len(label)].isspace()):
            return True
    for label in _NOTED:
        if key.startswith(label):
            rest = key[len(label):]
            if rest[:1] in (":", "：") or (rest[:1].isdigit() and rest[1:2] in (":", "：", ".",
                                                                              "、", ")")):
                return True
    return False


def is_row_number_header(text: str) -> bool:
    return canon(text) in _ROW_NUMBER_HEADERS


def extra_columns(headers: Sequence[str], mapped: Mapping[int, Any]) -> list[tuple[int, str]]:
    """(cell index, header) of the named columns that map to nothing, 序号/编号 left out.
    A header that appears twice keeps its first column."""
    out: list[tuple[int, str]] = []
    seen: set[str] = set()
    for i, text in enumerate(headers):
        if i in mapped or not text or is_row_number_header(text) or text in seen:
            continue
        seen.add(text)
        out.append((i, text))
    return out


# What offices put in a box to tick it, and to leave it unticked.
_TICKS = frozenset({"√", "✓", "✔", "☑", "●", "○", "〇", "是", "有", "1", "y", "yes", "v"})
_UNTICKED = frozenset({"否", "无", "×", "x", "✗", "✘", "0", "-", "—", "/", "n", "no"})


def ticked(rows: Iterable[Row], marks: Mapping[int, Sequence[tuple[int, str]]]
           ) -> Iterator[Row]:
    """The rows with each ticked group (岗位 over A岗 | B岗, a √ in one box) read as one cell
    holding the ticked value, as if the sheet had written it: "A岗"; "A岗/B岗" when both are
    ticked (one person on both posts, which the post column reads so); nothing when none.
    A box holding something else than a tick keeps its text, so the column's parser refuses
    it by name rather than the row losing it."""
    for number, cells in rows:
        cells = list(cells)
        for first, group in marks.items():
            chosen: list[str] = []
            for j, label in group:
                v = cells[j] if j < len(cells) else None
                text = plain_text(v).strip().lower() if v is not None else ""
                if text and text not in _UNTICKED:
                    chosen.append(label if text in _TICKS else plain_text(v).strip())
                if j < len(cells):
                    cells[j] = None
            if first < len(cells) or chosen:
                cells += [None] * (first + 1 - len(cells))
                cells[first] = "/".join(chosen) if chosen else None
        yield number, cells


def extra_values(cells: Sequence[Any], extras: list[tuple[int, str]]) -> dict[str, str]:
    out: dict[str, str] = {}
    for i, header in extras:
        if i < len(cells):
            v = cells[i]
            if v is not None:
                text = plain_text(v).strip()
                if text:
                    out[header] = text[:500]
    return out


def parse_constants(spec: RegisterSpec, constants: Mapping[str, Any] | None,
                    ) -> dict[str, Any]:
    """The wizard's or CLI's `--set 所属区划=碧阳镇`: column → one value for every row.
    The column is named as in the template or by a synonym; the value is checked once with
    that column's parser, so a bad value is refused before anything is read."""
    if not constants:
        return {}
    matcher = HeaderMatcher(spec)
    by_name = {c.name: c for c in spec.columns}
    out: dict[str, Any] = {}
    for raw_name, raw_value in constants.items():
        name = matcher.match(raw_name)
        if name is None:
            raise InputRejected(t("“{name}”不是本台账的列，不能统一填写。可用的列：{cols}",
                                  name=raw_name, cols="、".join(by_name)))
        col = by_name[name]
        try:
            value = col.parse(raw_value)
        except CellError as exc:
            raise InputRejected(t("统一填写的“{col}”不正确：{reason}", col=name,
                                  reason=exc.reason)) from None
        if value is None:
            raise InputRejected(t("统一填写的“{col}”是空的", col=name))
        out[col.field] = value
    return out
