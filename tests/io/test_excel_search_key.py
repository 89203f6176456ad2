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


def test_search_key_of_names_and_phrase_boundaries() -> None:
    """search_key converts a text segment by segment (pypinyin's own segmenter); texts where
    phrases overlap, follow each other or straddle a name's characters must still read as
    pypinyin reads the whole text (重庆 as chong, 银行 as hang, 长 by its neighbours)."""
    rng = random.Random(20)
    phrases = sorted(phrases_dict)
    common = list("汪胡程叶余王李江舒孙方吴黄朱金章查许卢韩谢郑何项建国志强华永红海涛立新卫东"
                  "振晓燕丽秀英美玲春梅玉兰明德文重庆长行单解曾乐朴区仇")
    samples = [a + b + c for a in "汪胡程单解曾" for b in "建国志强长行重" for c in "华庆乐明"]
    for _ in range(3000):
        pieces = [rng.choice(phrases) if rng.random() < 0.4 else rng.choice(common)
                  for _ in range(rng.randint(1, 5))]
        if rng.random() < 0.2:  # a Latin letter, digit or dot between Han characters
            pieces.insert(rng.randint(0, len(pieces)), rng.choice(["A", "3", "·", " "]))
        samples.append("".join(pieces))
    for text in samples:
        assert search_key(text, "13800000000") == _reference(text, "13800000000"), text

