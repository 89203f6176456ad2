"""One home for the value rules a person's record obeys: 身份证号, mobile and landline numbers.

Forms (services/people.py, the window's validators) and Excel imports (io/normalize.py) call
the same functions, so a number accepted in one is accepted in the other; a wrong value raises
`InvalidValue` with a plain Chinese reason naming what was found. Only text comes in here: what
Excel does to a cell (numbers stored as numbers, masked exports) is io/normalize.py's business.
"""

from __future__ import annotations

import re
from datetime import date
from functools import lru_cache
from operator import mul

from emergency_desk.i18n import t


class InvalidValue(ValueError):
    """A single value is wrong; `reason` is the user-facing (translated) sentence."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


# Full-width digits and Latin letters, typed with a Chinese input method → ASCII.
_HALF = {0xFF10 + i: 0x30 + i for i in range(10)}
_HALF.update({0xFF21 + i: 0x41 + i for i in range(26)})
_HALF.update({0xFF41 + i: 0x61 + i for i in range(26)})
_HALF.update({ord("（"): ord("("), ord("）"): ord(")"), ord("－"): ord("-"), ord("＋"): ord("+")})

MOBILE_RE = re.compile(r"^1[3-9]\d{9}$")
_LANDLINE_RE = re.compile(r"^(0\d{2,3})-?(\d{7,8})(?:-(\d{1,6}))?$")
# A mainland number written with the country code: +86, 0086 or a bare 86 before 11 digits.
_COUNTRY = re.compile(r"^(?:\+86|0086|86(?=1\d{10}$))-?")
_ID_WEIGHTS = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
_ID_CHECK = "10X98765432"

# An import checks each row's 姓名, 身份证号 and 手机号码 twice: as cells (io/normalize.py) and
# again in the people rules the form shares (services/people.check_person). These rules are
# pure functions of the text (today's date can only refuse a 身份证号, and a refusal raises,
# which is never remembered), so the second check of the same text is a look-up (issue 20).
_remembered = lru_cache(maxsize=4096)


def half_width(text: str) -> str:
    return text.translate(_HALF)


def number_text(text: str) -> str:
    """A phone or ID number as typed, with full-width characters, spaces and brackets removed
    (dashes are kept: a landline's area code is told apart by them)."""
    return re.sub(r"[\s()]", "", half_width(str(text)))


def without_country_code(digits: str) -> str:
    return _COUNTRY.sub("", digits)


def id_check_char(first17: str) -> str:
    """The GB 11643 check character for the first 17 digits."""
    if len(first17) != 17:
        raise ValueError(first17)
    # map() rather than a generator: every imported row's 身份证号 is checked (issue 20).
    return _ID_CHECK[sum(map(mul, map(int, first17), _ID_WEIGHTS)) % 11]


@_remembered
def id_card(text: str) -> str:
    """身份证号: 18 characters, a real birth date since 1900 and not in the future, and the GB
    11643 check character. Returns the number upper-cased without spaces or dashes.

    15-digit first-generation numbers are refused: those cards stopped being valid on
    2013-01-01 and have no check character, so a typo could not be caught."""
    s = number_text(text).replace("-", "").upper()
    if re.fullmatch(r"\d{15}", s):
        raise InvalidValue(t("15 位旧身份证号已停用，请填写 18 位身份证号"))
    if not re.fullmatch(r"\d{17}[\dX]", s):
        raise InvalidValue(t("身份证号应为 18 位（最后一位可为 X），现为“{v}”", v=text))
    try:
        born = id_card_birth_date(s)
    except ValueError:
        raise InvalidValue(t("身份证号中的出生日期不存在：“{v}”", v=text)) from None
    if born.year < 1900 or born > date.today():
        raise InvalidValue(t("身份证号中的出生日期不合理：“{v}”", v=text))
    if id_check_char(s[:17]) != s[17]:
        raise InvalidValue(t("身份证号校验位不对，请核对：“{v}”", v=text))
    return s


def id_card_birth_date(number: str) -> date:
    """Birth date encoded in an 18-digit number (digits 7–14); ValueError if it is no date."""
    return date(int(number[6:10]), int(number[10:12]), int(number[12:14]))


@_remembered
def mobile(text: str) -> str:
    """手机号码: 11 digits 1[3-9]…; spaces, dashes, brackets, full-width digits and a country
    code (+86, 0086, 86) are accepted and removed."""
    s = without_country_code(number_text(text)).replace("-", "")
    if not MOBILE_RE.match(s):
        raise InvalidValue(t("手机号码应为 11 位、以 13–19 开头，现为“{v}”", v=text))
    return s


def phone(text: str) -> str:
    """A mobile or a landline: 0559-1234567, 05591234567, a local 1234567, with -ext; stored
    as `area-number[-ext]`, a mobile as its 11 digits."""
    raw = without_country_code(number_text(text))
    plain = raw.replace("-", "")
    if MOBILE_RE.match(plain):
        return plain
    m = _LANDLINE_RE.match(raw)
    if m is None and plain.isdigit() and plain.startswith("0") and 10 <= len(plain) <= 12:
        # Area codes 010 and 02x have three digits, the others four.
        cut = 3 if plain[1] in "12" else 4
        m = _LANDLINE_RE.match(plain[:cut] + "-" + plain[cut:])
    if m is not None:
        return f"{m[1]}-{m[2]}" + (f"-{m[3]}" if m[3] else "")
    if re.fullmatch(r"\d{7,8}", plain):
        return plain
    raise InvalidValue(t("电话号码不正确：“{v}”（手机 11 位，座机如 0559-1234567）", v=text))


# What separates the numbers of several people in one field ("13905590002、13905590003"); not
# a space, which a landline may carry (0559 5521110).
_PHONE_SEPARATORS = re.compile(r"\s*[、,，;；/]\s*")


def phone_parts(text: str) -> list[str]:
    """The numbers of a field that names several people (值班员 “胡干事、李委员”), as typed."""
    return [p for p in _PHONE_SEPARATORS.split(text.strip()) if p]


# -- a person's name ------------------------------------------------------------------------
# Han characters (basic and extension A, and the compatibility block), Latin letters, the
# middle dot of transliterated names (阿依古丽·买买提) and spaces between Latin words. Nothing
# else: digits and formula signs (=HYPERLINK(…), +1+1) are a sign of a shifted column or a
# planted formula, never of a name.
_NAME_RE = re.compile(r"^[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaffA-Za-z·• ]+$")
_DOTS = {ord(c): ord("·") for c in "•\u2027・\u30fb．"}
NAME_MAX = 50


@_remembered
def person_name(text: str) -> str:
    """姓名: spaces inside a Chinese name are typing noise ("张 三" → "张三"), between Latin
    words kept once; full-width Latin letters made ASCII; dots unified to ·."""
    s = re.sub(r"\s+", " ", half_width(text).translate(_DOTS)).strip()
    s = re.sub(r"(?<=[^A-Za-z]) | (?=[^A-Za-z])", "", s)
    if not s:
        raise InvalidValue(t("姓名不能为空"))
    if len(s) > NAME_MAX:
        raise InvalidValue(t("姓名不能超过 50 个字"))
    if not _NAME_RE.match(s) or s.strip("·") != s:
        raise InvalidValue(t("姓名只能包含汉字、英文字母、间隔号“·”和空格，现为“{v}”，"
                             "请检查是否填错了列", v=text.strip()[:30]))
    return s
