"""The faster search keys used by bulk imports equal pypinyin's own NORMAL / FIRST_LETTER
output, so rows imported from Excel are found exactly like rows typed in the window."""

from __future__ import annotations

import random

from pypinyin import Style, lazy_pinyin
from pypinyin.phrases_dict import phrases_dict
from pypinyin.pinyin_dict import pinyin_dict

from emergency_desk.services.search import search_key


def _reference(*texts: str | None) -> str:
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


def test_search_key_matches_pypinyin_reference() -> None:
    rng = random.Random(7)
    chars = [chr(c) for c in pinyin_dict]
    samples = ["古筑村", "重庆", "长沙", "银行", "绿化村", "吕梁", "嗯", "欸", "ABC村1", ""]
    samples += rng.sample(chars, 1000) + rng.sample(sorted(phrases_dict), 1000)
    samples += ["".join(rng.choice(chars + list("/AZ09（） ")) for _ in range(rng.randint(1, 9)))
                for _ in range(500)]
    for text in samples:
        assert search_key(text, "341023100201", "黟县/碧阳镇/" + text) == \
            _reference(text, "341023100201", "黟县/碧阳镇/" + text), text
