"""Search keys: a row matches by name, full pinyin or pinyin initials ("gzc" → 古筑村).

The key is computed once on save and stored, so the search box is a single SQL LIKE.
"""

from __future__ import annotations

from emergency_desk.services.pinyin_table import table


def _pinyin(text: str) -> tuple[str, str]:
    """(full pinyin, initials), the same as pypinyin's lazy_pinyin in Style.NORMAL and
    Style.FIRST_LETTER give (initials are the syllables' first letters).

    Bulk imports compute a key for every row (issue 20): the syllables come from
    services/pinyin_table.py, pypinyin's readings and segmentation without importing pypinyin
    (its phrase dictionary takes ~0.3 s to load, which every import process paid).
    """
    if text.isascii():  # codes and Latin letters have no pinyin (errors="ignore" drops them)
        return "", ""
    syllables = table().syllables(text)
    return "".join(syllables).lower(), "".join(s[:1] for s in syllables).lower()


def load_dictionary() -> None:
    """Load the pinyin table now: the window does it on a worker once it has painted, so the
    first record saved does not pay for it on the GUI thread."""
    table()


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
