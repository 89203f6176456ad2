"""Message catalogue shared by the window and the non-Qt layers.

Source strings are Chinese (the default language). English lives in the Qt Linguist file
`resources/i18n/emergency_desk_en.ts`, so translators use one file with Qt's tools; this module
reads it with the standard library, and the window installs a QTranslator backed by the same
table (ui/translator.py), so services, reports and the CLI translate without importing Qt.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from functools import lru_cache
from typing import Any

from emergency_desk.paths import resource

TS_FILE = resource("i18n/emergency_desk_en.ts")
_lang = "zh_CN"


def set_language(lang: str) -> None:
    global _lang
    if lang not in ("zh_CN", "en"):
        raise ValueError(lang)
    _lang = lang


def language() -> str:
    return _lang


@lru_cache(maxsize=1)
def english_catalogue() -> dict[str, str]:
    """Chinese source → English, from every <message> in the .ts file (contexts merged)."""
    if not TS_FILE.exists():
        return {}
    table: dict[str, str] = {}
    for msg in ET.parse(TS_FILE).getroot().iter("message"):
        src = msg.findtext("source")
        tr = msg.findtext("translation")
        if src and tr:
            table[src] = tr
    return table


def N_(zh: str) -> str:
    """Mark a literal for the catalogue where it is translated later, from a variable."""
    return zh


# A count's noun in English: "{n} {n|gap|gaps}" gives "1 gap" and "3 gaps". Chinese has no
# plural, so only translations use it; the field before the bar names the count.
_PLURAL = re.compile(r"\{(\w+)\|([^{}|]*)\|([^{}|]*)\}")


def plural_fields(text: str) -> str:
    """`text` with each plural choice put back as its plain field ({n|gap|gaps} → {n})."""
    return _PLURAL.sub(lambda m: "{" + m.group(1) + "}", text)


def _plurals(text: str, kwargs: dict[str, Any]) -> str:
    def choose(m: re.Match[str]) -> str:
        count = kwargs.get(m.group(1))
        try:
            one = count is not None and abs(float(str(count).replace(",", ""))) == 1
        except ValueError:
            one = False
        return m.group(2) if one else m.group(3)

    return _PLURAL.sub(choose, text)


def counted(text: str, n: int) -> str:
    """A window's `tr("共 {0} 条")` filled with its count: "1 record", "3 records"."""
    return _plurals(text, {"0": n}).replace("{0}", str(n))


def t(zh: str, **kwargs: Any) -> str:
    """Translate a Chinese source string into the current language, then format it."""
    text = english_catalogue().get(zh, zh) if _lang == "en" else zh
    if not kwargs:
        return text
    # Only a text with a {n|one|many} field has plurals to choose (the English catalogue's):
    # `check` formats tens of thousands of Chinese messages and the regex showed in profiles.
    return (_plurals(text, kwargs) if "|" in text else text).format(**kwargs)
