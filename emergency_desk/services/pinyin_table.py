"""What a search key needs of pypinyin's dictionaries, read in a few hundredths of a second
instead of importing pypinyin (≈ 0.3 s of CPU in every process that computes a key; issue 20:
a sixth of a 5,000-row experts import).

pypinyin's import parses its phrase dictionary (47,000 phrases as nested JSON lists) and
builds its segmenter's set of every phrase prefix. A search key (services/search.py) needs
far less: which characters have pinyin (pypinyin's own pattern), the phrases, and each
phrase's and character's first reading. That table is made from pypinyin's dictionaries the
first time, kept in the cache folder (marshal) under a name that changes with the
dictionaries' files, and read back by every later process. A text is then segmented the way
pypinyin's `seg` does it (runs of characters with pinyin, each cut by forward maximum
matching over the phrases), with "a prefix of some phrase" answered by one bisect of the
sorted phrases instead of the prefix set.

The syllables equal pypinyin's lazy_pinyin (toneless) on every character and phrase of its
dictionaries and on mixed texts: tests/io/test_excel_search_key.py.
"""

from __future__ import annotations

import hashlib
import importlib.util
import marshal
import os
import re
import sys
import tempfile
import threading
import unicodedata
from bisect import bisect_left
from collections.abc import Iterator
from functools import lru_cache
from pathlib import Path
from typing import Any

# Changes when what is stored (or how it is derived) changes: old files are then not read.
_FORMAT = 2

_TONELESS = str.maketrans({**{c: "v" for c in "üǖǘǚǜ"},
                           **{c: "a" for c in "āáǎà"}, **{c: "e" for c in "ēéěè"},
                           **{c: "i" for c in "īíǐì"}, **{c: "o" for c in "ōóǒò"},
                           **{c: "u" for c in "ūúǔù"}, **{c: "n" for c in "ńňǹ"}, "ḿ": "m"})


def toneless(syllable: str) -> str:
    """A syllable in Style.TONE without its tone marks (ü as v), as Style.NORMAL gives it."""
    s = syllable.translate(_TONELESS)
    if s.isascii():
        return s
    return "".join(c for c in unicodedata.normalize("NFD", s) if not unicodedata.combining(c))


class PinyinTable:
    """The runs of characters that have pinyin, the sorted phrases and the characters with
    their readings (syllables separated by spaces).

    Kept as a few long strings, split on load (≈ 0.01 s; a dict of every entry took 0.04 s
    to read back), and looked up by bisection: the sorted characters are one string."""

    def __init__(self, han_runs: str, han_flags: int, phrases: str, phrase_readings: str,
                 chars: str, char_readings: str) -> None:
        self._runs = re.compile(han_runs, han_flags)
        self._phrases = phrases.split("\n")
        self._phrase_readings = phrase_readings.split("\n")
        self._chars = chars
        self._char_readings = char_readings.split("\n")
        # Names share their surnames and characters: each word is looked up once (bounded,
        # for a window that runs for days).
        self._reading = lru_cache(maxsize=1 << 16)(self._look_up)
        self._match = lru_cache(maxsize=1 << 16)(self._prefix_or_phrase)

    def syllables(self, text: str) -> list[str]:
        """lazy_pinyin(text, errors="ignore") without tones: characters without pinyin are
        dropped, as errors="ignore" drops them."""
        out: list[str] = []
        for run in self._runs.findall(text):
            for word in self._cut(run):
                reading = self._reading(word)
                if reading:
                    out += reading.split(" ")
        return out

    def _look_up(self, word: str) -> str:
        """A phrase's own reading, else a character's first (pypinyin's converter)."""
        i = bisect_left(self._phrases, word)
        if i < len(self._phrases) and self._phrases[i] == word:
            return self._phrase_readings[i]
        i = bisect_left(self._chars, word)
        if len(word) == 1 and i < len(self._chars) and self._chars[i] == word:
            return self._char_readings[i]
        return ""

    def _prefix_or_phrase(self, word: str) -> tuple[bool, bool]:
        """(a prefix of some phrase, a phrase itself)."""
        phrases = self._phrases
        i = bisect_left(phrases, word)
        if i == len(phrases) or not phrases[i].startswith(word):
            return False, False
        return True, phrases[i] == word

    def _cut(self, text: str) -> Iterator[str]:
        """pypinyin.seg.mmseg.Seg.cut with no_non_phrases=True, step for step: the longest
        phrase at the start, found by growing the word while it is a phrase prefix, else one
        character; and, as there, a rest of the text that is all a prefix but holds no phrase
        at its start is cut into single characters."""
        remain = text
        while remain:
            last = 0
            for end in range(1, len(remain) + 1):
                prefix, phrase = self._match(remain[:end])
                if not prefix:
                    cut = last or 1
                    yield remain[:cut]
                    remain = remain[cut:]
                    break
                if phrase:
                    last = end
            else:
                if last:
                    yield remain[:last]
                    remain = remain[last:]
                else:
                    yield from remain
                    return


_lock = threading.Lock()
_table: PinyinTable | None = None


def table() -> PinyinTable:
    """The table, read (or made and kept) on first use: the window loads it on a worker."""
    global _table
    if _table is None:
        with _lock:
            if _table is None:
                _table = PinyinTable(*_stored())
    return _table


def _dictionary_files() -> list[Path]:
    # find_spec of a top-level package does not run its __init__ (which loads everything).
    spec = importlib.util.find_spec("pypinyin")
    places = list(spec.submodule_search_locations or []) if spec is not None else []
    if not places:  # a frozen build that keeps no files: the table is made, not kept
        raise OSError("pypinyin's folder is not a folder here")
    folder = Path(places[0])
    return [folder / "pinyin_dict.json", folder / "phrases_dict.json", folder / "constants.py"]


def _file_name() -> str:
    """Named after pypinyin's dictionary files (path, size, time): an upgraded pypinyin gets a
    new table."""
    stamp: list[object] = [_FORMAT, sys.version_info[:2]]  # marshal's format is Python's
    for f in _dictionary_files():
        st = f.stat()
        stamp += [str(f), st.st_size, st.st_mtime_ns]
    return f"pinyin-{hashlib.sha1(repr(stamp).encode()).hexdigest()[:16]}.marshal"


def _stored() -> tuple[Any, ...]:
    from emergency_desk.paths import cache_dir

    try:
        path: Path | None = cache_dir() / _file_name()
    except OSError:
        path = None  # no cache folder (a read-only profile…): each process makes its own
    if path is not None:
        try:
            data = marshal.loads(path.read_bytes())
            if isinstance(data, tuple) and len(data) == 6:
                return data
        except (OSError, ValueError, EOFError, TypeError):
            pass  # missing, unreadable or from another Python: made again
    data = made()
    if path is not None:
        try:
            fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".pinyin-")
        except OSError:
            return data
        try:
            with os.fdopen(fd, "wb") as f:
                f.write(marshal.dumps(data))
            os.replace(tmp, path)  # two processes writing the same table at once is harmless
        except OSError:
            Path(tmp).unlink(missing_ok=True)  # a full disk: no half-written file is left
            return data
        for old in path.parent.glob("pinyin-*.marshal"):  # an older pypinyin's or Python's
            if old != path:
                old.unlink(missing_ok=True)
    return data


def made() -> tuple[str, int, str, str, str, str]:
    """The table's contents from pypinyin's dictionaries (as its converter reads them: a
    phrase's first reading of each character, else the character's first reading)."""
    from pypinyin.constants import PHRASES_DICT, PINYIN_DICT, RE_HANS

    pattern = RE_HANS.pattern
    if not (pattern.startswith("^(?:") and pattern.endswith(")+$")):
        raise RuntimeError(f"pypinyin's pattern of Han characters changed shape: {pattern!r}")
    phrases = sorted(PHRASES_DICT)
    chars = sorted(chr(code) for code in PINYIN_DICT)
    return (pattern[1:-1], RE_HANS.flags, "\n".join(phrases),
            "\n".join(" ".join(toneless(r[0]) for r in PHRASES_DICT[p]) for p in phrases),
            "".join(chars),
            "\n".join(toneless(PINYIN_DICT[ord(c)].split(",")[0]) for c in chars))
