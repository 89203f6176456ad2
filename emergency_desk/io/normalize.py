"""Cell normalisers: what a clerk typed into Excel → the value we store.

Each normaliser takes the raw cell (str, int, float, bool, datetime, date, time or None, as
openpyxl and python-calamine return them) and returns a clean value, None for a blank cell, or
raises `CellError` with a Chinese reason naming what was found. They never raise anything else:
the importer turns a CellError into a `第 n 行 [列名]: reason` line, and any other exception
would be a bug (the property tests feed them random cells).
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Iterable, Mapping
from datetime import date, datetime, time
from decimal import Decimal
from typing import Any, TypeVar

from emergency_desk import values
from emergency_desk.i18n import N_, t
from emergency_desk.values import InvalidValue

T = TypeVar("T")
Parser = Callable[[Any], Any]


# A cell's value cannot be used; `reason` is the user-facing (translated) text. The one error
# type of the value rules (values.py), so forms and imports report a bad value alike.
CellError = InvalidValue


class MaskedIdCard(CellError):
    """A 身份证号 as a masked export writes it ("3410**********1234"). It cannot create anyone,
    but it can name a person already on record with that name and those visible digits, so an
    export (masked by default) imports back unchanged; io/importer.py resolves it."""

    def __init__(self, masked: str) -> None:
        super().__init__(t("身份证号是打码的（导出时隐去了中间数字），找不到姓名和号码都相符的在册人员。"
                           "新增人员请填写完整身份证号，或改用“含完整身份证号”方式导出的文件"))
        self.masked = masked


# Full-width digits, Latin letters and brackets → ASCII. Other full-width punctuation (，。：)
# is ordinary Chinese writing and is kept as typed.
_HALF = {0xFF10 + i: 0x30 + i for i in range(10)}
_HALF.update({0xFF21 + i: 0x41 + i for i in range(26)})
_HALF.update({0xFF41 + i: 0x61 + i for i in range(26)})
_HALF.update({ord("（"): ord("("), ord("）"): ord(")"), ord("［"): ord("["), ord("］"): ord("]"),
              ord("｛"): ord("{"), ord("｝"): ord("}"), 0x3000: 0x20, 0xA0: 0x20,
              ord("－"): ord("-"), ord("＋"): ord("+"), ord("．"): ord("."),
              ord("／"): ord("/"), ord("＿"): ord("_")})
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_SPACES = re.compile(r"[ \t]+")
_ALL_SPACE = re.compile(r"\s+")
_MAX_TEXT = 2000
# Text that no rule below would change: no whitespace, control or convertible full-width
# characters. Most cells are like this, and skip the work (imports parse every cell).
_PLAIN = re.compile("[^\\s\x00-\x1f\x7f" + re.escape("".join(map(chr, _HALF))) + "]+")


def half_width(text: str) -> str:
    return text.translate(_HALF)


def shown_text(value: Any, limit: int = 30) -> str:
    """The value as a clerk would recognise it in the error message."""
    s = plain_text(value) if not isinstance(value, str) else value
    s = _CONTROL.sub("?", s).replace("\n", " ")
    return s if len(s) <= limit else s[:limit] + "…"


def plain_text(value: Any) -> str:
    """Non-text cells as text: 12.0 → '12', a date → '2024-05-01'."""
    if isinstance(value, bool):
        return t("是") if value else t("否")
    if isinstance(value, float):
        if math.isfinite(value) and value.is_integer() and abs(value) < 1e15:
            return str(int(value))
        return repr(value)
    if isinstance(value, datetime):
        return value.date().isoformat() if value.time() == time(0) else \
            value.isoformat(sep=" ")
    if isinstance(value, date | time):
        return value.isoformat()
    return str(value)


def is_blank(value: Any) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


# What offices write for "none" in a date or number cell (not in text: "无" can be a remark).
EMPTY_MARKS = frozenset({"/", "\\", "-", "--", "—", "——", "–", "无", "暂无", "没有", "空",
                         "n/a", "na", "none", "null"})


def is_empty_mark(value: Any) -> bool:
    return isinstance(value, str) and half_width(value).strip().lower() in EMPTY_MARKS


# -- text ---------------------------------------------------------------------------------
def multiline_text(value: Any, max_len: int = _MAX_TEXT) -> str | None:
    """Free text (备注): lines kept, spaces inside each line collapsed."""
    if value.__class__ is str and len(value) <= max_len and _PLAIN.fullmatch(value):
        return value
    if is_blank(value):
        return None
    s = half_width(plain_text(value)).replace("\r\n", "\n").replace("\r", "\n")
    if _CONTROL.search(s):
        raise CellError(t("含有不可见的控制字符，请删除后重新输入"))
    lines = [_SPACES.sub(" ", ln).strip() for ln in s.split("\n")]
    out = "\n".join(ln for ln in lines if ln)
    if len(out) > max_len:
        raise CellError(t("内容过长（{n} 字），最多 {max} 字", n=len(out), max=max_len))
    return out or None


def text(value: Any, max_len: int = 200) -> str | None:
    """One-line text (names, addresses): every run of spaces or line breaks becomes one space."""
    if value.__class__ is str and len(value) <= max_len and _PLAIN.fullmatch(value):
        return value
    s = multiline_text(value, max_len=_MAX_TEXT)
    if s is None:
        return None
    s = _ALL_SPACE.sub(" ", s).strip()
    if len(s) > max_len:
        raise CellError(t("内容过长（{n} 字），最多 {max} 字", n=len(s), max=max_len))
    return s


def text_max(max_len: int) -> Parser:
    def parse(value: Any) -> str | None:
        return text(value, max_len)
    return parse


def person_name(value: Any) -> str | None:
    """姓名 (values.person_name): letters, "·" and spaces only."""
    if is_blank(value):
        return None
    return values.person_name(plain_text(value) if not isinstance(value, str) else value)


def name_text(value: Any) -> str | None:
    """A name (姓名, 村名): spaces inside Chinese names are typing noise ("张 三" → "张三")."""
    s = text(value, 100)
    if s is None or " " not in s:
        return s
    return re.sub(r"(?<=[\u3400-\u9fff]) (?=[\u3400-\u9fff])", "", s)


# -- numbers ------------------------------------------------------------------------------
_NUM_TEXT = re.compile(r"^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$")
# Commas only as thousands separators (1,000 and 12,345.6): "2,5" is not 25 but two numbers
# or a decimal comma, and is asked about rather than read as twenty-five.
_GROUPED = re.compile(r"^[+-]?\d{1,3}(,\d{3})+(\.\d*)?$")


def _number_text(value: Any) -> Decimal:
    s = half_width(plain_text(value)).strip()
    s = s.replace("，", ",").replace(" ", "").replace("\u3000", "")
    if "," in s and not _GROUPED.match(s):
        raise CellError(t("应为数字，现为“{v}”", v=shown_text(value)))
    s = s.replace(",", "")
    if not _NUM_TEXT.match(s):
        raise CellError(t("应为数字，现为“{v}”", v=shown_text(value)))
    try:
        d = Decimal(s)
    except ArithmeticError as exc:  # "1E1000000" passes the regex but overflows Decimal
        raise CellError(t("应为数字，现为“{v}”", v=shown_text(value))) from exc
    if d.is_finite() and d != 0 and d.adjusted() >= 15:  # no arithmetic: 1E1000000 overflows
        raise CellError(t("数字过大：“{v}”", v=shown_text(value)))
    return d


def number(value: Any) -> float | None:
    """A decimal number (单价, 面积): "1,234.5", full-width digits, numbers stored as text;
    "/", "—", "无" for none."""
    if is_blank(value) or is_empty_mark(value):
        return None
    if isinstance(value, bool):
        raise CellError(t("应为数字，现为“{v}”", v=shown_text(value)))
    if isinstance(value, int | float):
        if not math.isfinite(value) or abs(value) > 1e15:
            raise CellError(t("应为数字，现为“{v}”", v=shown_text(value)))
        return float(value)
    return float(_number_text(value))


def integer(value: Any) -> int | None:
    """A whole number (人口, 数量): 12.0 → 12; 12.5 is an error, not rounded silently;
    "/", "—", "无" for none."""
    if is_blank(value) or is_empty_mark(value):
        return None
    if isinstance(value, bool):
        raise CellError(t("应为整数，现为“{v}”", v=shown_text(value)))
    if isinstance(value, int):
        if abs(value) > 10 ** 15:
            raise CellError(t("数字过大：“{v}”", v=shown_text(value)))
        return value
    if isinstance(value, float):
        if not math.isfinite(value) or abs(value) > 1e15:
            raise CellError(t("应为整数，现为“{v}”", v=shown_text(value)))
        if not value.is_integer():
            raise CellError(t("应为整数，现为“{v}”", v=shown_text(value)))
        return int(value)
    try:
        d = _number_text(value)
    except CellError:
        raise CellError(t("应为整数，现为“{v}”", v=shown_text(value))) from None
    if d != d.to_integral_value():
        raise CellError(t("应为整数，现为“{v}”", v=shown_text(value)))
    return int(d)


def _without_unit(units: tuple[str, ...], parse: Parser, refusal: str) -> Parser:
    """`parse` after dropping a trailing unit ("20人", "320元"); a cell whose rest is no
    number is refused with `refusal`, naming the cell as written."""
    def read(value: Any) -> Any:
        if isinstance(value, str):
            text = half_width(value).strip()
            unit = next((u for u in units if text.endswith(u) and text[:-len(u)].strip()), None)
            if unit is not None:
                try:
                    return parse(text[:-len(unit)].strip())
                except CellError:
                    raise CellError(t(refusal, v=shown_text(value))) from None
        return parse(value)
    return read


def counted(*units: str) -> Parser:
    """A count that may carry its unit, as township sheets write it ("20人", "35 户"): the
    unit is dropped and the rest read as `integer`; anything else is refused as `integer`
    refuses it, naming the cell as written."""
    return _without_unit(units, integer, N_("应为整数，现为“{v}”"))


def measured(*units: str) -> Parser:
    """A decimal that may carry its unit (单价 “320元”, 学时 “4学时”): the unit is dropped and
    the rest read as `number`; anything else is refused as `number` refuses it."""
    return _without_unit(units, number, N_("应为数字，现为“{v}”"))


def months(value: Any) -> int | None:
    """A length of time in months (保质期): 24, "24个月", "24月", or in years ("2年" → 24)."""
    if isinstance(value, str):
        text = half_width(value).strip()
        if text.endswith("年") and text[:-1].strip():
            try:
                years = integer(text[:-1].strip())
            except CellError:
                raise CellError(t("应为整数，现为“{v}”", v=shown_text(value))) from None
            return None if years is None else years * 12
    return counted("个月", "月")(value)


def non_negative(parse: Parser) -> Parser:
    def check(value: Any) -> Any:
        out = parse(value)
        if out is not None and out < 0:
            raise CellError(t("不能为负数，现为“{v}”", v=shown_text(value)))
        return out
    return check


# -- phones and identity numbers: the rules are values.py's; here, what Excel does to them ----
def _digits_text(value: Any) -> str:
    """A number-like cell as text with separators removed; numbers stored as numbers (and the
    floats Excel makes of them, 13912345678.0) come back as their digits."""
    if isinstance(value, bool):
        raise CellError(t("应为号码，现为“{v}”", v=shown_text(value)))
    if isinstance(value, float):
        if not math.isfinite(value) or not value.is_integer() or abs(value) >= 1e15:
            raise CellError(t("号码不正确：“{v}”", v=shown_text(value)))
        return str(int(value))
    if isinstance(value, int):
        return str(value)
    if not isinstance(value, str):
        raise CellError(t("号码不正确：“{v}”", v=shown_text(value)))
    s = half_width(value).strip()
    return re.sub(r"[\s()（）]", "", s)


def mobile(value: Any) -> str | None:
    """手机号码 (values.mobile), also when Excel stored it as a number."""
    if is_blank(value):
        return None
    return values.mobile(_digits_text(value))


def phone(value: Any) -> str | None:
    """A mobile or a landline (values.phone), also when Excel stored it as a number."""
    if is_blank(value):
        return None
    raw = _digits_text(value)
    if isinstance(value, int | float) and raw.isdigit() and 9 <= len(raw) <= 11 \
            and not raw.startswith(("0", "1")):
        raw = "0" + raw  # Excel dropped the area code's leading zero
    return values.phone(raw)


def phones(value: Any) -> str | None:
    """One number per person of a cell that names several (值班员 “胡干事、李委员”): each read
    as `phone` reads one, joined with “、” (services/township/common.check_phones)."""
    if is_blank(value) or not isinstance(value, str):
        return phone(value)
    return "、".join(n for n in (phone(p) for p in values.phone_parts(value)) if n) or None


def id_card(value: Any) -> str | None:
    """身份证号 (values.id_card), refusing what Excel or a masked export did to it."""
    if is_blank(value):
        return None
    if isinstance(value, float | int) and not isinstance(value, bool) and \
            len(str(int(value)) if math.isfinite(value) else "") >= 16:
        # Excel keeps 15 significant digits: the last digits of the number are already lost.
        raise CellError(t("身份证号被 Excel 存成了数字，后几位已丢失；"
                          "请把该列设为“文本”后重新填写"))
    s = _digits_text(value).upper().replace("-", "")
    if "*" in s:  # from a masked export (io/privacy.py)
        if re.fullmatch(r"\d{4}\*{10}\d{3}[\dX]", s):
            raise MaskedIdCard(s)  # the importer looks for the person it was exported from
        raise CellError(t("身份证号是打码的（导出时隐去了中间数字），不能用来导入。"
                          "请改用“含完整身份证号”方式导出的文件"))
    return values.id_card(s)


# -- yes/no and enumerations --------------------------------------------------------------
_YES = {"是", "√", "✓", "✔", "y", "yes", "1", "true", "有", "对", "t"}
_NO = {"否", "×", "✗", "✘", "n", "no", "0", "false", "无", "没有", "不是", "f", "x"}


def yes_no(value: Any) -> bool | None:
    """是/否 columns: 是/否/√/×/Y/N/1/0/true/false/有/无 (Excel TRUE/FALSE too)."""
    if is_blank(value):
        return None
    if isinstance(value, bool):
        return value
    if isinstance(value, int | float) and value in (0, 1):
        return bool(value)
    s = half_width(plain_text(value)).strip().lower()
    if s in _YES:
        return True
    if s in _NO:
        return False
    raise CellError(t("应填“是”或“否”，现为“{v}”", v=shown_text(value)))


def _enum_key(text_: str) -> str:
    return _ALL_SPACE.sub("", half_width(text_)).lower()


def enumeration(labels: Mapping[str, T], synonyms: Mapping[str, str] | None = None,
                ) -> Callable[[Any], T | None]:
    """A parser for a column with fixed choices, from Chinese label → stored value.

    `synonyms` maps other spellings to a label (e.g. "A角" → "A岗").
    """
    table: dict[str, T] = {_enum_key(k): v for k, v in labels.items()}
    for syn, label in (synonyms or {}).items():
        table[_enum_key(syn)] = labels[label]
    choices = "/".join(labels)

    def parse(value: Any) -> T | None:
        if is_blank(value):
            return None
        key = _enum_key(plain_text(value))
        if key in table:
            return table[key]
        raise CellError(t("应为 {choices} 之一，现为“{v}”", choices=choices, v=shown_text(value)))

    return parse


def labels_of(values: Iterable[Any]) -> list[str]:
    """Chinese labels of LabelledEnum members, for drop-down lists."""
    return [str(getattr(v, "zh", v)) for v in values]


# -- 区划代码 -----------------------------------------------------------------------------
def region_code(value: Any) -> str | None:
    """区划代码 as 12 digits. Codes stored as numbers (341023100201.0) or shown in scientific
    notation ('3.41023100201E+11') come back whole; 6- and 9-digit codes (county, township
    written short) are padded with zeros; anything else is an error."""
    if type(value) is str and len(value) == 12 and value.isdigit() and value.isascii():
        return value  # the common case, fast: imports parse 20,000 of these
    if is_blank(value):
        return None
    if isinstance(value, bool):
        raise CellError(t("区划代码应为 12 位数字，现为“{v}”", v=shown_text(value)))
    if isinstance(value, float):
        if not math.isfinite(value) or not value.is_integer() or value < 0:
            raise CellError(t("区划代码应为 12 位数字，现为“{v}”", v=shown_text(value)))
        s = str(int(value))
    elif isinstance(value, int):
        s = str(value)
    else:
        s = re.sub(r"\s", "", half_width(plain_text(value)))
        if re.fullmatch(r"\d+\.0*", s):
            s = s.split(".")[0]
        elif re.fullmatch(r"\d(\.\d+)?[eE]\+?\d{1,2}", s):
            d = Decimal(s)
            if d != d.to_integral_value():
                raise CellError(t("区划代码应为 12 位数字，现为“{v}”", v=shown_text(value)))
            s = str(int(d))
    if not s.isdigit() or not s.isascii():
        raise CellError(t("区划代码应为 12 位数字，现为“{v}”", v=shown_text(value)))
    if len(s) in (6, 9):
        s = s.ljust(12, "0")
    if len(s) != 12:
        raise CellError(t("区划代码应为 12 位数字，现为“{v}”（{n} 位）",
                          v=shown_text(value), n=len(s)))
    return s
