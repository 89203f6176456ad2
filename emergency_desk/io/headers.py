"""Finding the header row and matching its cells to a register's columns.

Offices' sheets put a title ("XX镇灾害信息员花名册", merged across the page) and sometimes a
date line above the header, write "姓 名" with a space to spread it out, use full-width
brackets "村（社区）", break long headers over two lines, mark required columns "*名称" or
"名称(必填)", and call the same thing by different names (手机/联系电话/电话). Everything here
works on a canonical form of the header text so those variants meet.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from emergency_desk.io.normalize import half_width

if TYPE_CHECKING:
    from emergency_desk.io.spec import RegisterSpec

HEADER_SCAN_ROWS = 10

# Synonyms shared by every register that has the column (docs/design.md §3). A register adds its
# own through Column.synonyms; `add_header_synonyms` lets later registers extend this table.
HEADER_SYNONYMS: dict[str, set[str]] = {
    "手机号码": {"手机", "手机号", "联系电话", "电话", "移动电话", "联系方式", "手机号码"},
    "村(社区)": {"村", "社区", "村居", "村(社区)", "村（社区）", "村/社区", "村(居)"},
    "乡镇": {"乡镇(街道)", "乡(镇)", "镇", "乡", "街道", "乡镇街道"},
    "姓名": {"名字"},
    "身份证号": {"身份证", "身份证号码", "公民身份号码", "证件号码"},
    "备注": {"说明", "附注"},
    # the place a record belongs to, named by its township or village
    "所属区划": {"所属乡镇", "所在乡镇", "所属村", "所在村", "所在区划", "所属行政区划",
                 "所在村(社区)", "所属村(社区)"},
}


def add_header_synonyms(column: str, *synonyms: str) -> None:
    HEADER_SYNONYMS.setdefault(column, set()).update(synonyms)


_REQUIRED_MARK = re.compile(r"^\*+|\*+$|\((必填|选填|可选|必填项)\)$")
_TRAILING_NOTE = re.compile(r"\([^()]*\)$")


def canon(text: Any) -> str:
    """Header text without spaces/line breaks, half-width brackets, lower case, no '*' mark."""
    if text is None:
        return ""
    s = half_width(str(text)).replace("【", "(").replace("】", ")")
    s = re.sub(r"\s+", "", s).lower()
    prev = None
    while prev != s:  # "*名称(必填)" has two marks
        prev, s = s, _REQUIRED_MARK.sub("", s)
    return s


def display(text: Any) -> str:
    """A raw header as one readable line (for error messages and the wizard)."""
    return re.sub(r"\s+", " ", str(text or "")).strip()


@dataclass
class HeaderMatch:
    row_index: int  # 0-based index into the rows scanned
    raw: list[str]  # every header cell as a readable line, '' for empty
    columns: dict[int, str]  # cell index → register column name
    # A column ticked under its values (岗位 over A岗 | B岗, a √ in the row): the first cell's
    # index → (cell index, the value it stands for) for each cell of the group.
    marks: dict[int, tuple[tuple[int, str], ...]] = field(default_factory=dict)

    @property
    def matched(self) -> set[str]:
        return set(self.columns.values())


class HeaderMatcher:
    """Canonical header text → column name for one register."""

    def __init__(self, spec: RegisterSpec) -> None:
        self.spec = spec
        self.exact: dict[str, str] = {}
        # synonym → the columns it may stand for, in the register's column order: "职务" is the
        # leaders' 小组职务, or their 本职职务 when the sheet has a 小组职务 column as well.
        self.loose: dict[str, list[str]] = {}
        for col in spec.columns:
            self.exact[canon(col.name)] = col.name
        for col in spec.columns:
            for syn in (*col.synonyms, *HEADER_SYNONYMS.get(col.name, ())):
                names = self.loose.setdefault(canon(syn), [])
                if col.name not in names:
                    names.append(col.name)

    def _lookup(self, header: Any) -> tuple[bool, list[str], str] | None:
        """(is the column's own name, the columns it may stand for, its canonical text).
        An exact column name beats a synonym: "联系电话" is a column of its own in the
        warehouse register, and a synonym of 手机号码 elsewhere."""
        key = canon(header)
        if not key:
            return None
        plain = _TRAILING_NOTE.sub("", key)
        for candidate in (key, plain):
            if not candidate:
                continue
            if candidate in self.exact:
                return True, [self.exact[candidate]], candidate
            if candidate in self.loose:
                return False, self.loose[candidate], candidate
        for candidate in _worded_otherwise(plain):  # 购置时间 for 购置日期 …
            if candidate in self.exact:
                return False, [self.exact[candidate]], key
            if candidate in self.loose:
                return False, self.loose[candidate], key
        return None

    def match(self, header: Any) -> str | None:
        """The column a header stands for on its own (the first a synonym may stand for)."""
        found = self._lookup(header)
        return found[1][0] if found else None

    def match_row(self, cells: Sequence[Any],
                  overrides: Mapping[str, str | None] | None = None) -> dict[int, str]:
        """Cell index → column name. `overrides` (header text → column name or None to
        ignore it) is the user's own choice in the import wizard and wins over matching.

        The whole row is matched at once, not left to right: the template's own column names
        are assigned first, then synonyms of one column, then synonyms several columns share,
        each to the first of its columns still free. So "联系电话" before "值班员电话" does not
        take the 值班员电话 column from the header that names it, and "职务" beside "小组职务"
        is the person's 本职职务. A synonym whose column is taken maps to nothing (and is
        reported as a column not imported); so does a repeated header (the first wins).
        Before all that, a bare 电话 beside a person's column takes that person's phone
        column (`_phone_beside`) unless the row names that column itself."""
        out: dict[int, str] = {}
        taken: set[str] = set()
        if overrides:
            for i, cell in enumerate(cells):
                text = display(cell)
                if text and text in overrides:
                    target = overrides[text]
                    if target is not None and target not in taken:
                        out[i] = target
                        taken.add(target)
        named = {canon(c) for c in cells}
        for i, cell in enumerate(cells):
            if i in out or (overrides and display(cell) in overrides):
                continue
            own = self._phone_beside(cells, i)
            if own is not None and own not in taken and canon(own) not in named:
                out[i] = own
                taken.add(own)
        found: list[tuple[int, bool, list[str], str]] = []
        for i, cell in enumerate(cells):
            if i in out or (overrides and display(cell) in overrides):
                continue
            hit = self._lookup(cell)
            if hit is not None:
                found.append((i, *hit))
        done: set[str] = set()  # header texts already given a column
        for rank in (0, 1, 2):
            for i, exact, names, key in found:
                if rank != (0 if exact else 1 if len(names) == 1 else 2) or i in out \
                        or key in done:
                    continue
                name = next((n for n in names if n not in taken), None)
                if name is not None:
                    out[i] = name
                    taken.add(name)
                    done.add(key)
        return dict(sorted(out.items()))


    def _phone_beside(self, cells: Sequence[Any], i: int) -> str | None:
        """A bare 电话 right of a person's column is that person's: 带班领导 | 电话 | 值班员 |
        电话 gives 带班领导电话 and 值班员电话, 监测人 | 联系电话 gives 监测人电话. Offices lay
        rosters out in such pairs; the repeated 电话 had matched nothing (or one column for
        both people)."""
        if i == 0 or canon(cells[i]) not in _PHONE_WORDS:
            return None
        person = self.match(cells[i - 1])
        return self.exact.get(canon(f"{person}电话")) if person is not None else None


_PHONE_WORDS = {canon(w) for w in ("电话", "联系电话", "手机", "手机号", "手机号码", "电话号码",
                                   "联系方式", "移动电话")}


# The same header worded as offices word it: 购置时间 / 核实时间 for 购置日期 / 核实日期,
# 监测人联系电话 for 监测人电话, 所在乡镇 / 所在单位 for 所属乡镇 / 所属单位 (工作单位 lists
# that), 隐患类别 for 隐患类型. Tried only when the header matches nothing as written.
_WORDINGS = (("时间", "日期"), ("联系电话", "电话"), ("所在", "所属"), ("类别", "类型"),
             ("类型", "类别"), ("所在单位", "工作单位"))


def _worded_otherwise(key: str) -> list[str]:
    out = []
    for said, meant in _WORDINGS:
        if said in key:
            out.append(key.replace(said, meant))
    return out


def _combined(top: Sequence[Any], sub: Sequence[Any], matcher: HeaderMatcher
              ) -> tuple[list[Any], dict[int, tuple[tuple[int, str], ...]]]:
    """One header from a group title row over its sub-column row (岗位 over A岗/B岗, 联系方式
    over 手机/座机). A merged title holds its text in its first cell only, so it is carried
    right over the empty cells beside it while the row below has sub-columns there.

    A title that names a column over sub-columns that are all values of it (岗位 over A岗 |
    B岗, 性别 over 男 | 女) is a column ticked under its values: its first cell takes the
    title, the others nothing, and the groups are returned for the rows to be read so."""
    out, titles = _joined(top, sub, matcher)
    marks: dict[int, tuple[tuple[int, str], ...]] = {}
    j = 0
    while j < len(out):
        title = titles[j]
        k = j
        while k < len(out) and titles[k] == title and title:
            k += 1
        if k - j >= 2:
            labels = [display(sub[x]) if x < len(sub) else "" for x in range(j, k)]
            if _values_of(matcher, title, labels):
                marks[j] = tuple(zip(range(j, k), labels, strict=True))
                out[j:k] = [title] + [""] * (k - j - 1)
        j = max(k, j + 1)
    return out, marks


def _values_of(matcher: HeaderMatcher, title: str, labels: list[str]) -> bool:
    """Whether `labels` are distinct values of the column `title` names, a column with a list
    of values to choose from (岗位, 性别): 姓名 | 电话 under 监测人 are its parts, not values,
    though 监测人 takes any name."""
    name = matcher.match(title)
    column = next((c for c in matcher.spec.columns if c.name == name), None)
    if column is None or not column.choices or not all(labels) \
            or len(set(labels)) < len(labels):
        return False
    try:
        allowed = {column.parse(choice) for choice in column.choices}
        return all(column.parse(label) in allowed for label in labels)
    except ValueError:  # CellError: not a value of the column
        return False


def _joined(top: Sequence[Any], sub: Sequence[Any], matcher: HeaderMatcher
            ) -> tuple[list[Any], list[str]]:
    """The combined header, and the group title over each cell ('' where none)."""
    width = max(len(top), len(sub))
    out: list[Any] = []
    titles: list[str] = []
    group = ""
    for j in range(width):
        t_cell = display(top[j]) if j < len(top) else ""
        s_cell = display(sub[j]) if j < len(sub) else ""
        if t_cell:
            group = t_cell
        elif not s_cell:
            group = ""
        if not s_cell:
            out.append(t_cell)
            titles.append("")
            continue
        title = t_cell or group
        titles.append(title)
        part = _part_of(matcher, title, s_cell)
        if part is not None:  # 监测人 over 姓名 | 电话: the person's name and phone
            out.append(part)
            continue
        # 手机 stands alone; 出生 over 年月 needs its title ("出生年月").
        joined = title + s_cell
        out.append(joined if title and matcher.match(s_cell) is None
                   and matcher.match(joined) is not None else s_cell)
    return out, titles


_NAME_WORDS = {canon(w) for w in ("姓名", "名字")}


def _part_of(matcher: HeaderMatcher, title: str, sub: str) -> str | None:
    """The column a person's sub-column stands for: 姓名 under 监测人 is 监测人, 电话 under it
    监测人电话 (when the register has one). None when `title` names no column, or `sub`
    means something of its own in the register (姓名 where there is a 姓名 column)."""
    person = matcher.match(title) if title else None
    if person is None or (matcher.match(sub) is not None and canon(sub) in _NAME_WORDS):
        return None
    key = canon(sub)
    if key in _NAME_WORDS:
        return person
    if key in _PHONE_WORDS:
        return matcher.exact.get(canon(f"{person}电话"))
    return None


def _all_text(cells: Sequence[Any]) -> bool:
    return all(c is None or isinstance(c, str) for c in cells)


def find_header(rows: Iterable[Sequence[Any]], spec: RegisterSpec,
                overrides: Mapping[str, str | None] | None = None) -> HeaderMatch | None:
    """The row among the first ten that names the most of the register's columns.

    At least two columns must match (one for a one-column register), so a title row that
    happens to contain "名称" is not taken for the header. A two-row header (a group title over
    its sub-columns) is read as one when together the two rows name more columns; the match
    then points at the lower row, where the data starts below.
    """
    matcher = HeaderMatcher(spec)
    need = min(2, len(spec.columns))
    scanned: list[Sequence[Any]] = []
    for i, cells in enumerate(rows):
        if i >= HEADER_SCAN_ROWS:
            break
        scanned.append(cells)
    best: HeaderMatch | None = None
    for i, cells in enumerate(scanned):
        found = matcher.match_row(cells, overrides)
        if len(found) >= need and (best is None or len(found) > len(best.columns)):
            best = HeaderMatch(i, [display(c) for c in cells], found)
    if best is None:
        return None
    i = best.row_index
    pairs = [(i - 1, i), (i, i + 1)]
    for top_i, sub_i in pairs:
        if top_i < 0 or sub_i >= len(scanned) or not _all_text(scanned[sub_i]) \
                or not _all_text(scanned[top_i]):
            continue
        cells, marks = _combined(scanned[top_i], scanned[sub_i], matcher)
        found = matcher.match_row(cells, overrides)
        marks = {j: group for j, group in marks.items() if j in found}
        # A ticked column counts even when the title row alone named as many: read as one
        # row, its values' row would be taken for data.
        if len(found) > len(best.columns) or (marks and len(found) >= len(best.columns)):
            best = HeaderMatch(sub_i, [display(c) for c in cells], found, marks)
    return best
