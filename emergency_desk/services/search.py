"""Search keys: a row matches by name, full pinyin or pinyin initials ("gzc" → 古筑村).

The key is computed once on save and stored, so the search box is a single SQL LIKE.
"""

from __future__ import annotations

import unicodedata
from functools import lru_cache

_TONELESS = str.maketrans({**{c: "v" for c in "üǖǘǚǜ"},
                           **{c: "a" for c in "āáǎà"}, **{c: "e" for c in "ēéěè"},
                           **{c: "i" for c in "īíǐì"}, **{c: "o" for c in "ōóǒò"},
                           **{c: "u" for c in "ūúǔù"}, **{c: "n" for c in "ńňǹ"}, "ḿ": "m"})


def _toneless(syllable: str) -> str:
    s = syllable.translate(_TONELESS)
    if s.isascii():
        return s
    return "".join(c for c in unicodedata.normalize("NFD", s) if not unicodedata.combining(c))


@lru_cache(maxsize=16384)
def _word(word: str) -> tuple[str, ...]:
    """The toneless syllables of one segment of pypinyin's own segmenter (`seg`): a phrase of
    its dictionary, a single character, or a run of characters without pinyin (none)."""
    from pypinyin import Style, lazy_pinyin

    return tuple(_toneless(s) for s in lazy_pinyin(word, style=Style.TONE, errors="ignore"))


def _pinyin(text: str) -> tuple[str, str]:
    """(full pinyin, initials), the same as Style.NORMAL and Style.FIRST_LETTER give.

    Bulk imports compute a key for every row (issue 20), so: lazy_pinyin converts a text as
    the segments `seg` cuts it into (phrases by forward maximum matching, else characters),
    each on its own; a segment converted alone gives the same syllables (`seg` cuts a phrase
    of the dictionary as itself), so each distinct segment is converted once and cached —
    names repeat their characters and surnames far more than whole names repeat, and the
    cache stays the size of the vocabulary, not of the file. One pypinyin call gives both
    forms (initials are the syllables' first letters), in Style.TONE with the marks stripped
    here, ~25% faster than Style.NORMAL and identical (checked on every character and
    phrase in pypinyin's dictionaries: tests/io/test_excel_search_key.py).
    """
    if text.isascii():  # codes and Latin letters have no pinyin (errors="ignore" drops them)
        return "", ""
    # pypinyin is imported on first use: its phrase dictionary takes ~0.3 s and ~55 MiB to
    # load, which commands that compute no key (check, export, report) should not pay.
    from pypinyin.seg.simpleseg import seg  # the segmenter lazy_pinyin itself uses

    syllables = [s for word in seg(text) for s in _word(word)]
    return "".join(syllables).lower(), "".join(s[:1] for s in syllables).lower()


def load_dictionary() -> None:
    """Load pypinyin's dictionaries now (≈ 0.15 s idle): the window does it on a worker once
    it has painted, so the first record saved does not pay for it on the GUI thread."""
    _pinyin("应急")


def _pinyin_of(text: str) -> tuple[str, str]:
    # "/" separates path parts and is not Han, so pypinyin already treats the parts
    # independently; converting them one by one gives the same result.
    if "/" not in text:
        return _pinyin(text)
    pieces = [_pinyin(part) for part in text.split("/")]
    return "".join(p for p, _ in pieces), "".join(i for _, i in pieces)


def search_key(*texts: str | None) -> str:
    parts: list[str] = []
    for text in texts:
        if not text:
            continue
        parts.append(text.lower())
        full, initials = _pinyin_of(text)
        if full:
            parts.append(full)
            parts.append(initials)
    return " ".join(parts)


def like_pattern(text: str) -> str:
    """A LIKE pattern that matches `text` literally (use with escape='\\\\')."""
    escaped = text.lower().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"
