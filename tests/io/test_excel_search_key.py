"""The faster search keys used by bulk imports equal pypinyin's own NORMAL / FIRST_LETTER
output, so rows imported from Excel are found exactly like rows typed in the window."""

from __future__ import annotations

import random
from pathlib import Path

import pytest
from pypinyin import Style, lazy_pinyin
from pypinyin.phrases_dict import phrases_dict
from pypinyin.pinyin_dict import pinyin_dict

from emergency_desk.services import pinyin_table
from emergency_desk.services.pinyin_table import table, toneless
from emergency_desk.services.search import _pinyin, search_key


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



def _old_pinyin(text: str) -> tuple[str, str]:
    """services/search.py's _pinyin before the pinyin table (issue 20): pypinyin's own
    segmenter, each segment converted by lazy_pinyin in Style.TONE, tones stripped."""
    from pypinyin.seg.simpleseg import seg

    if text.isascii():
        return "", ""
    syllables = [toneless(s) for word in seg(text)
                 for s in lazy_pinyin(word, style=Style.TONE, errors="ignore")]
    return "".join(syllables).lower(), "".join(s[:1] for s in syllables).lower()


# Names as registers hold them: polyphonic surnames and given names, compound surnames,
# 间隔号 names (both dots), Latin letters and digits among Han characters, characters of the
# extensions (𠀀 is CJK B), 〇, full-width brackets and spaces.
NAMES = ["单雄信", "解晓东", "曾国藩", "朴正华", "区志强", "仇建国", "查良镛", "乐嘉", "覃海涛",
         "尉迟恭", "万俟卨", "令狐冲", "澹台灭明", "长孙无忌", "重庆华", "行长", "银行行长",
         "买买提·吐尔逊", "阿依古丽•买买提", "迪丽热巴·迪力木拉提", "Tom李", "李A娜", "王2号",
         "𠀀𠀁", "㐀李", "〇号", "张（小）三", "王　芳", "王 芳", "欸嗯", "呒", "叶公好龙",
         "长长久久", "重重叠叠", "下不了", "偃武行", "了解了", "乐乐乐", "藏族卓玛", "尕藏才让",
         "黟县碧阳镇古筑村"]


def test_the_pinyin_table_reads_every_character_and_phrase_as_pypinyin() -> None:
    """Every entry of pypinyin's dictionaries, alone: the table's readings are the
    converter's (a phrase's own reading, else the character's first); and every beginning
    of a phrase, where pypinyin's segmenter cuts a text that ends inside a phrase into single
    characters (下不了 reads xia bu le, not liao)."""
    tbl = table()
    texts = [chr(c) for c in pinyin_dict] + sorted(phrases_dict)
    texts += sorted({p[:k] for p in phrases_dict for k in range(2, len(p))})
    for text in texts:
        assert tbl.syllables(text) == lazy_pinyin(text, errors="ignore"), text


def test_search_keys_are_those_of_the_old_pypinyin_path() -> None:
    """The keys stored before the table, byte for byte: names, and random mixes of phrases
    and characters whose phrases overlap and straddle (the segmentation's corner cases)."""
    rng = random.Random(24)
    phrases = sorted(phrases_dict)
    chars = [chr(c) for c in pinyin_dict]
    samples = list(NAMES)
    for _ in range(5000):
        pieces = [rng.choice(phrases) if rng.random() < 0.5 else rng.choice(chars)
                  for _ in range(rng.randint(1, 4))]
        if rng.random() < 0.3:
            pieces.insert(rng.randint(0, len(pieces)), rng.choice(["·", "A", "1", " ", "/"]))
        samples.append("".join(pieces))
    # A phrase's beginning, then another phrase: the longest match runs past the first.
    samples += [p[:-1] + q for p, q in zip(rng.sample(phrases, 3000), rng.sample(phrases, 3000),
                                           strict=True)]
    for text in samples:
        assert _pinyin(text) == _old_pinyin(text), text
        assert search_key(text, "13800000000") == _reference(text, "13800000000"), text


def test_the_table_is_kept_and_made_again_when_unreadable(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A later process reads the kept table (an older one is removed); a damaged file is
    made again, and a cache folder that cannot be written to, or dictionaries that are no
    files, still give the same keys."""
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    monkeypatch.setattr(pinyin_table, "_table", None)
    stale = tmp_path / "cache" / "EmergencyDesk" / "pinyin-0000000000000000.marshal"
    stale.parent.mkdir(parents=True)
    stale.write_bytes(b"an older pypinyin's table")
    expected = search_key("单雄信", "银行行长")
    kept = list((tmp_path / "cache").rglob("pinyin-*.marshal"))
    assert len(kept) == 1 and kept[0] != stale  # the older table is removed
    kept[0].write_bytes(b"not a table")
    monkeypatch.setattr(pinyin_table, "_table", None)
    assert search_key("单雄信", "银行行长") == expected
    assert len(kept[0].read_bytes()) > 1_000_000  # made again
    (tmp_path / "blocked").write_text("a file where the folder would be")
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "blocked"))
    monkeypatch.setattr(pinyin_table, "_table", None)
    assert search_key("单雄信", "银行行长") == expected

    def no_folder() -> list[Path]:  # a frozen build whose pypinyin has no files to stat
        raise OSError("no folder")

    monkeypatch.setattr(pinyin_table, "_dictionary_files", no_folder)
    monkeypatch.setattr(pinyin_table, "_table", None)
    assert search_key("单雄信", "银行行长") == expected
