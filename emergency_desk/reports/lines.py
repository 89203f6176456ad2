"""Line breaking for table cells: words stay whole, lines break only where a clerk would.

reportlab's CJK word wrap breaks between any two Chinese characters, so 网格员、气象信息员 printed
as 网格员、气象信息 / 员 and a date split at its hyphen. Here a cell breaks only:
- after 、，,/；;： and at spaces (the separators offices write between items),
- before an opening bracket （( that follows a word of three or more characters
  (开发区企业代储点 / （徽州建材）, but 村（社区）级 stays whole),
- at an explicit newline (two phone numbers),
- and, inside a long run of Chinese prose (a remark, a problem description) that has no
  separator, between two Chinese characters -- never inside a Latin word, a number or a date.
A word wider than its column is the layout's problem (tables.py sizes columns and shrinks the
font first), not the breaker's: it is only cut as a last resort, still never inside a date.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

from reportlab.lib import colors
from reportlab.platypus import Flowable

from emergency_desk.reports import fonts

BREAK_AFTER = frozenset("、，,/；;：:")
OPENING = frozenset("（(")
# A run of Chinese this long with no separator is prose (a sentence), breakable between
# characters; anything shorter is a name or a term (应急管理中心工作人员) and stays whole.
PROSE_CHARS = 12
# Punctuation that must not start a line (kinsoku): it stays with the character before it.
_NO_LINE_START = frozenset("。，、；：？！）》」』】’”%)]}.,;:!?")
_SEPARATORS = re.compile(r"[、，,/；;：: \n（(]")
# Units that never break inside prose: Latin words, numbers, dates, times, phone numbers.
_ATOM = re.compile(r"[A-Za-z0-9][A-Za-z0-9.\-:/+*%#@_]*|.", re.S)
# Header words that usually end a compound: a long header breaks before them on purpose
# (录入国家/系统, 保险/有效期), or after a conjunction (应急装备及/配套物资).
_HEAD_SUFFIXES = ("有效期", "系统", "日期", "时间", "人数", "电话", "号码", "单位", "名称", "类别",
                  "方式", "情况", "说明", "地点", "职务", "期限", "数量", "编码", "型号", "物资",
                  "设备", "频发", "批次", "结论", "措施", "问题", "天数", "储备", "处置", "区划",
                  "率")
_HEAD_CONJ = ("及", "与", "和")


_UNIT = re.compile(r"[\u3400-\u9fff]{1,2}(?![\u3400-\u9fff])|[a-z]{1,6}\b")


def _joins(text: str, i: int) -> bool:
    """True when the separator at text[i] holds its neighbours together: a ratio or a time
    between digits (32/40, 08:30, 1,200), or the space between a number and the short unit
    or noun after it (30 号, 等 6 项, 8 items), which a line must not part."""
    before = text[i - 1] if i else ""
    after = text[i + 1] if i + 1 < len(text) else ""
    if not before.isdigit() or not after:
        return False
    if text[i] == " ":
        return _UNIT.match(text, i + 1) is not None
    return text[i] in "/:,：" and after.isdigit()


def words(text: str) -> list[str]:
    """The unbreakable pieces of one line of text, separators kept with the word before."""
    if not _SEPARATORS.search(text):
        return [text] if text else []
    out: list[str] = []
    cur: list[str] = []
    for i, ch in enumerate(text):
        # 村（社区）级, 乡（镇）: a bracket after one or two characters is part of the word.
        if ch in OPENING and len(cur) >= 3 and cur[-1] != " ":
            out.append("".join(cur))
            cur = []
        cur.append(ch)
        if (ch in BREAK_AFTER or ch == " ") and not _joins(text, i):
            out.append("".join(cur))
            cur = []
    if cur:
        out.append("".join(cur))
    return out


_SENTENCE = re.compile(r"[，。；！？,;]")


def is_prose(text: str) -> bool:
    """True for Chinese long enough to be a sentence: a separator-free run, or clauses joined
    by ，。； (a remark, a drill's findings). Such text may break between any two characters;
    a list of terms joined by 、 (网格员、气象信息员) is not prose and breaks only at 、."""
    cjk = sum(1 for c in text if ord(c) > 0x2E7F)
    if len(text) <= PROSE_CHARS or cjk <= PROSE_CHARS // 2:
        return False
    if _SENTENCE.search(text):
        return True
    # A run without separators is prose only when its Chinese alone is that long: the digits
    # of 黟县政办〔2022〕11号 do not make a document number a sentence.
    return not _SEPARATORS.search(text) and cjk > PROSE_CHARS


def atoms(word: str) -> list[str]:
    """A word cut at every point allowed inside prose; punctuation joins the atom before."""
    out: list[str] = []
    for m in _ATOM.finditer(word):
        a = m.group(0)
        if out and (a[0] in _NO_LINE_START or out[-1][-1] in OPENING):
            out[-1] += a
        else:
            out.append(a)
    return out


def min_width(text: str, size: float) -> float:
    """The narrowest width the text can be set in without breaking a word."""
    widest = 0.0
    for line in text.split("\n"):
        for w in ([line] if is_prose(line) else words(line)):
            w = w.rstrip(" ")
            if is_prose(w):
                pieces = atoms(w)
                # Prose breaks anywhere, but a column narrower than four characters reads as
                # a vertical strip; keep room for four.
                widest = max(widest, fonts.text_width("".join(pieces[:4]), size),
                             max(fonts.text_width(p, size) for p in pieces))
            else:
                widest = max(widest, fonts.text_width(w, size))
    return widest


def header_words(title: str) -> list[str]:
    """A column header's pieces: separators first, then long Chinese compounds broken before
    a known final word or after a conjunction, so that 录入国家系统 wraps as 录入国家 / 系统."""
    out: list[str] = []
    for w in words(title.replace("\n", " ")):
        out.extend(_split_compound(w))
    return out


_HYPHENATED = re.compile(r"(?<=[A-Za-z]-)(?=[A-Za-z])")


def _split_compound_latin(word: str) -> tuple[str, ...]:
    """An English header word breaks after its own hyphen (Disaster-/prone): a narrow column
    of 是/否 must not be as wide as its header's compound."""
    return tuple(p for p in _HYPHENATED.split(word) if p)


@lru_cache(maxsize=512)
def _split_compound(word: str) -> tuple[str, ...]:
    if word.isascii():
        return _split_compound_latin(word) if "-" in word else (word,)
    if len(word) < 5:
        return (word,)
    for conj in _HEAD_CONJ:
        i = word.find(conj)
        if 1 < i < len(word) - 2:
            return (word[: i + 1], *_split_compound(word[i + 1:]))
    for suffix in _HEAD_SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= 2:
            return (*_split_compound(word[: -len(suffix)]), suffix)
    return (word,)


def break_lines(text: str, width: float, size: float, pieces: list[str] | None = None
                ) -> list[str]:
    """Greedy line filling at the allowed break points; `pieces` overrides the word split
    (headers). A word wider than `width` is cut into atoms only as a last resort."""
    lines: list[str] = []
    paragraphs = [pieces] if pieces is not None else \
        [[p] if is_prose(p) else words(p) for p in text.split("\n")]
    for para in paragraphs:
        cur = ""
        for w in para:
            parts = atoms(w) if is_prose(w.rstrip(" ")) or \
                fonts.text_width(w.rstrip(" "), size) > width else [w]
            for part in parts:
                trial = cur + part
                if cur and fonts.text_width(trial.rstrip(" "), size) > width:
                    lines.append(cur.rstrip(" "))
                    cur = part.lstrip(" ")
                else:
                    cur = trial
        lines.append(cur.rstrip(" "))
    return lines


class TextLines(Flowable):
    """Lines of mixed CJK/Latin text, broken by break_lines; cheaper than a Paragraph and
    aligned line by line (Table aligns the block by its widest line)."""

    def __init__(self, lines: list[str], size: float, align: str = "left",
                 color: colors.Color | None = None, bold: bool = False) -> None:
        super().__init__()
        self.lines = lines
        self.size = size
        self.align = align
        self.color = color
        self.bold = bold
        self.leading = size * 1.3
        self.line_widths = [fonts.text_width(s, size) for s in lines]
        self.block_width = max(self.line_widths, default=0.0)

    @property
    def text(self) -> str:
        return "\n".join(self.lines)

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        return self.block_width, self.leading * len(self.lines)

    def draw(self) -> None:
        self.drawOn(self.canv, 0, 0)

    def drawOn(self, canvas: Any, x: float, y: float, _sW: float = 0) -> None:
        # Drawn in place, as TextLine does (tables.py): thousands of cells make Flowable's
        # saveState/translate the largest cost.
        fill0 = canvas._fillColorObj
        if self.color is not None:
            canvas.setFillColor(self.color)
        top = y + self.leading * len(self.lines)
        for i, (line, w) in enumerate(zip(self.lines, self.line_widths, strict=True)):
            dx = 0.0
            if self.align == "centre":
                dx = (self.block_width - w) / 2
            elif self.align == "right":
                dx = self.block_width - w
            base = top - self.leading * (i + 1) + (self.leading - self.size)
            fonts.draw_text(canvas, x + dx, base, line, self.size, bold=self.bold)
        if self.color is not None:
            canvas.setFillColor(fill0)
