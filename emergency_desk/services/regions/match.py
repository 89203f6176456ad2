"""Region names as offices write them: with or without 村委会/居委会, or a short form (碧阳).

Every register's region columns go through `match_name`, so "柏山村村委会", "柏山村" and "柏山"
all find 柏山村 when that is the only one, and "北街居委会" finds 北街社区: a 居委会 is a
community's committee as a 村委会 is a village's, so "郭门居委会" is 郭门社区 beside 郭门村.
A path, whole or partial ("黟县/碧阳镇/横岗村", "碧阳镇/横岗村", "碧阳/横岗村委会", also run
together as "碧阳镇横岗村"), names the region it ends at, each part read as a lone name is.
An ambiguous short form is not guessed: the caller lists the candidates. Each fuzzy match is
noted in the active `MatchNotes` so that the dry run can show it ("柏山 → 柏山村") before
anything is written.
"""

from __future__ import annotations

import contextvars
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field

from emergency_desk.data.enums import RegionLevel
from emergency_desk.data.names import name_key as folded_name
from emergency_desk.services.regions.official import display_name

# Level words a short form leaves off; longest first so 街道 goes before a bare 道-less match.
_LEVEL_WORDS = ("街道办事处", "街道", "社区", "镇", "乡", "村")
# A township's or county's government, named for the place (宏村镇人民政府).
_GOVERNMENT = ("人民政府", "政府")
# A community's committee written after its short name or a name without 社区 (北街居委会,
# 城南片区居委会); 北街社区居委会 already drops its suffix in `name_key`.
_COMMUNITY_COMMITTEE = ("居民委员会", "居委会")


def name_key(text: str) -> str:
    """The comparable form: brackets' width and spaces folded (data/names.py, the one normal
    form of every name), variant characters folded and the committee suffix dropped."""
    return display_name(folded_name(text.strip()))


def short_form(name: str) -> str | None:
    """碧阳镇 → 碧阳, 柏山村 → 柏山, 郭门社区 → 郭门; None when too little would be left to
    mean anything (宏村 → 宏 is not a name anyone writes)."""
    key = name_key(name)
    for word in _LEVEL_WORDS:
        if key.endswith(word) and len(key) - len(word) >= 2:
            return key[: -len(word)]
    return None


def government_stem(key: str) -> str | None:
    """宏村镇人民政府 → 宏村镇, 黟县政府 → 黟县: the township or county a government is of (the
    签订单位 of a pledge, a sheet's 单位); None for any other name."""
    for suffix in _GOVERNMENT:
        if key.endswith(suffix) and len(key) > len(suffix):
            return key[: -len(suffix)]
    return None


def community_stem(key: str) -> str | None:
    """北街居委会 → 北街, 城南片区居民委员会 → 城南片区: what a community's committee is the
    committee of; None for any other name."""
    for suffix in _COMMUNITY_COMMITTEE:
        if key.endswith(suffix) and len(key) > len(suffix):
            return key[: -len(suffix)]
    return None


@dataclass(frozen=True)
class Candidate:
    id: int
    name: str
    official_name: str | None = None
    level: RegionLevel | None = None  # None: not known, any committee may name it
    path: str = ""  # "黟县/碧阳镇/横岗村": lets a path name it; "" when not known


@dataclass
class Match:
    ids: list[int]
    fuzzy: bool = False  # found by anything but its own name or path (the dry run notes it)


def _part_fits(part: str, name: str) -> tuple[bool, bool]:
    """(fits, exactly): a path's part against the name of a region above the candidate."""
    if folded_name(name) == part:
        return True, True
    key = name_key(part)
    return name_key(name) == key or short_form(name) == key, False


def _above_fits(above: list[str], path: str) -> tuple[bool, bool]:
    """(fits, exactly): the parts before the last against the regions above a candidate, from
    the nearest up ("碧阳镇" is the township of 黟县/碧阳镇/横岗村, "黟县/碧阳镇" both)."""
    over = path.split("/")[:-1]
    if len(above) > len(over):
        return False, False
    exact = True
    for part, name in zip(reversed(above), reversed(over), strict=False):
        fits, exactly = _part_fits(part, name)
        if not fits:
            return False, False
        exact = exact and exactly
    return True, exact


def _match_path(text: str, pool: list[Candidate]) -> Match:
    """"黟县/碧阳镇/横岗村", "碧阳/横岗村委会": the last part as a lone name, among the
    candidates whose regions above fit the parts before it."""
    parts = [p.strip() for p in text.split("/") if p.strip()]
    if not parts:
        return Match([])
    *above, last = parts
    fitting: dict[int, bool] = {}
    for c in pool:
        fits, exactly = _above_fits(above, c.path)
        if fits:
            fitting[c.id] = exactly
    found = match_name(last, [c for c in pool if c.id in fitting])
    return Match(found.ids, fuzzy=found.fuzzy or not all(fitting[i] for i in found.ids))


def _run_together(key: str, path: str) -> bool:
    """"碧阳镇横岗村": the candidate's name after those of one or more regions above it."""
    parts = [name_key(p) for p in path.split("/")]
    return any("".join(parts[i:]) == key for i in range(len(parts) - 1))


def match_name(text: str, candidates: Iterable[Candidate]) -> Match:
    """Candidates (already limited to the right level and parent) that `text` names: a path by
    its last part under the parts before it; else the exact name first, then the same name
    without the committee suffix, then a township or county named by its government (宏村镇人民
    政府 → 宏村镇), then a community named by its 居委会 (北街居委会 → 北街社区 or 北街), then a
    unique short form, then the name run together after those above it."""
    text = folded_name(text.strip())
    pool = list(candidates)
    if "/" in text:
        return _match_path(text, pool)
    exact = [c.id for c in pool if folded_name(c.name) == text]
    if exact:
        return Match(exact)
    exact = [c.id for c in pool if c.official_name is not None and
             folded_name(c.official_name) == text]
    if exact:
        return Match(exact, fuzzy=True)
    key = name_key(text)
    same = [c.id for c in pool if name_key(c.name) == key or
            (c.official_name is not None and name_key(c.official_name) == key)]
    if same:
        return Match(same, fuzzy=True)
    town = government_stem(key)
    if town is not None:
        return Match([c.id for c in pool if c.level in (None, RegionLevel.TOWNSHIP,
                                                         RegionLevel.COUNTY) and (
            name_key(c.name) == town or short_form(c.name) == town)], fuzzy=True)
    stem = community_stem(key)
    if stem is not None:
        return Match([c.id for c in pool if c.level in (None, RegionLevel.COMMUNITY) and (
            name_key(c.name) in (stem, stem + "社区") or short_form(c.name) == stem)], fuzzy=True)
    if len(key) < 2:
        return Match([])
    short = [c.id for c in pool if short_form(c.name) == key]
    if short:
        return Match(short, fuzzy=True)
    return Match([c.id for c in pool if c.path and _run_together(key, c.path)], fuzzy=True)


@dataclass
class MatchNotes:
    """The fuzzy matches made during one import ("柏山 → 柏山村"), in first-seen order."""

    notes: dict[str, None] = field(default_factory=dict)

    def add(self, text: str, found: str) -> None:
        self.notes.setdefault(f"{text.strip()} → {found}", None)

    def lines(self) -> list[str]:
        return list(self.notes)


_ACTIVE: contextvars.ContextVar[MatchNotes | None] = contextvars.ContextVar(
    "region_match_notes", default=None)


@contextmanager
def collecting() -> Iterator[MatchNotes]:
    """Collect the fuzzy matches made inside the block (an import)."""
    notes = MatchNotes()
    token = _ACTIVE.set(notes)
    try:
        yield notes
    finally:
        _ACTIVE.reset(token)


def note(text: str, found: str) -> None:
    active = _ACTIVE.get()
    if active is not None:
        active.add(text, found)
