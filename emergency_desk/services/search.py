"""Search keys: a row matches by name, full pinyin or pinyin initials ("gzc" → 古筑村).

The key is computed once on save and stored, so the search box is a single SQL LIKE.
"""

from __future__ import annotations

from pypinyin import Style, lazy_pinyin


def search_key(*texts: str | None) -> str:
    parts: list[str] = []
    for text in texts:
        if not text:
            continue
        parts.append(text.lower())
        syllables = lazy_pinyin(text, errors="ignore")
        if syllables:
            parts.append("".join(syllables).lower())
            parts.append("".join(lazy_pinyin(text, style=Style.FIRST_LETTER,
                                             errors="ignore")).lower())
    return " ".join(parts)


def like_pattern(text: str) -> str:
    """A LIKE pattern that matches `text` literally (use with escape='\\\\')."""
    escaped = text.lower().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"
