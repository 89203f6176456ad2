"""The English catalogue: every string the program translates has a finished English text
with the same placeholders, so switching to English never shows Chinese or crashes on format."""

from __future__ import annotations

import importlib.util
import re
import string
import sys
import xml.etree.ElementTree as ET
from pathlib import Path
from types import ModuleType

import pytest

from emergency_desk import i18n
from emergency_desk.i18n import TS_FILE, t

ROOT = Path(__file__).resolve().parents[2]
_CJK = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]+")


def _tool() -> ModuleType:
    path = ROOT / "tools" / "update_translations.py"
    spec = importlib.util.spec_from_file_location("update_translations", path)
    assert spec is not None and spec.loader is not None
    mod = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = mod  # dataclasses need the module registered
    spec.loader.exec_module(mod)
    return mod


@pytest.fixture(scope="module")
def tool() -> ModuleType:
    return _tool()


@pytest.fixture(scope="module")
def wanted(tool: ModuleType) -> dict[str, list[tuple[str, str]]]:
    messages, _ = tool.wanted_messages()
    return messages  # type: ignore[no-any-return]


@pytest.fixture(scope="module")
def catalogue(tool: ModuleType) -> dict[str, dict[str, str | None]]:
    return tool.load_ts(TS_FILE)  # type: ignore[no-any-return]


def _fields(text: str) -> set[str]:
    return {f for _, f, _, _ in string.Formatter().parse(i18n.plural_fields(text))
            if f is not None}


def test_the_catalogue_is_a_qt_linguist_file() -> None:
    root = ET.parse(TS_FILE).getroot()
    assert root.tag == "TS"
    assert root.get("version") == "2.1"
    assert root.get("language") == "en_US"
    assert root.get("sourcelanguage") == "zh_CN"
    assert root.findall("context/name") and root.findall("context/message/source")


def test_no_f_strings_inside_translation_calls(tool: ModuleType) -> None:
    _, problems = tool.scan_sources()
    assert problems == [], "\n".join(f"{p.where}: {p.text}" for p in problems)


def test_scanner_sees_literals_data_labels_and_settings(
        wanted: dict[str, list[tuple[str, str]]]) -> None:
    from emergency_desk.data.enums import _LABELS
    from emergency_desk.services.settings import PARAMS

    sources = {s for items in wanted.values() for s, _ in items}
    assert "第 {row} 行 [{column}]: {reason}" in sources  # a literal in errors.py
    assert "严重" in sources  # from a dict inside t(...)
    assert set(_LABELS.values()) <= sources
    assert {p.label for p in PARAMS} <= sources
    assert {p.group for p in PARAMS} <= sources


def test_every_translated_string_has_a_finished_english_text(
        wanted: dict[str, list[tuple[str, str]]],
        catalogue: dict[str, dict[str, str | None]]) -> None:
    missing = []
    for ctx, items in wanted.items():
        for source, where in items:
            if not catalogue.get(ctx, {}).get(source):
                missing.append(f"{where or ctx}: {source!r}")
    assert not missing, ("untranslated (run `python tools/update_translations.py`, then "
                         "translate):\n" + "\n".join(missing[:50]))


# Chinese grammar English does without: a measure word (3 个村 → 3 villages).
_DROPPABLE = {"measure"}


def test_placeholders_match_between_source_and_translation(
        catalogue: dict[str, dict[str, str | None]]) -> None:
    bad = []
    for msgs in catalogue.values():
        for source, english in msgs.items():
            if not english:
                continue
            src, eng = _fields(source), _fields(english)
            if not eng <= src or not (src - eng) <= _DROPPABLE:
                bad.append(f"{source!r} → {english!r}")
    assert not bad, "\n".join(bad)


def test_qt_style_placeholders_match(catalogue: dict[str, dict[str, str | None]]) -> None:
    for msgs in catalogue.values():
        for source, english in msgs.items():
            if english:
                assert sorted(re.findall(r"%\d+|%n", source)) == \
                    sorted(re.findall(r"%\d+|%n", english)), source


def test_translations_are_english(catalogue: dict[str, dict[str, str | None]]) -> None:
    """Chinese may appear in English text only where the source quotes it (a column name)."""
    bad = []
    for msgs in catalogue.values():
        for source, english in msgs.items():
            for chunk in _CJK.findall(english or ""):
                if chunk not in source:
                    bad.append(f"{source!r} → {english!r}")
    assert not bad, "\n".join(bad)


def test_t_translates_and_formats_in_english() -> None:
    i18n.set_language("en")
    try:
        # docs/design.md §2: `row n [column]: reason` in English
        assert t("第 {row} 行 [{column}]: {reason}", row=3, column="名称",
                 reason="x") == "row 3 [名称]: x"
        assert t("这句话不在目录里") == "这句话不在目录里"  # unknown: shown as written
    finally:
        i18n.set_language("zh_CN")
    assert t("第 {row} 行 [{column}]: {reason}", row=3, column="名称", reason="x") == \
        "第 3 行 [名称]: x"


def test_enum_labels_read_in_english() -> None:
    from emergency_desk.data.enums import RegionLevel

    i18n.set_language("en")
    try:
        assert RegionLevel.TOWNSHIP.label != "乡镇"
        assert not _CJK.search(RegionLevel.TOWNSHIP.label)
        # Chinese labels are still accepted when reading a sheet in English mode
        assert RegionLevel.from_label("乡镇") is RegionLevel.TOWNSHIP
    finally:
        i18n.set_language("zh_CN")


def test_counts_take_the_singular_in_english() -> None:
    """"1 gaps", "1 records": a count of one takes the singular noun ({n|gap|gaps})."""
    i18n.set_language("en")
    try:
        assert t("缺口 {n}", n=1) == "1 gap"
        assert t("缺口 {n}", n=3) == "3 gaps"
        assert t("小计：{n} 项，{q} 件（套）", n=1, q=2) == "Subtotal: 1 line, 2 pieces (sets)"
        assert t("已导出 {n} 条到 {path}", n=1, path="x.xlsx") == "Exported 1 record to x.xlsx"
        shown = i18n.english_catalogue()["共 {0} 条"]
        assert i18n.counted(shown, 1) == "1 record"
        assert i18n.counted(shown, 12) == "12 records"
    finally:
        i18n.set_language("zh_CN")
    assert t("缺口 {n}", n=1) == "缺口 1"
    assert i18n.counted("共 {0} 条", 1) == "共 1 条"


# Nouns English counts: a translation that puts one after a count says which form a count
# of one takes ({n} {n|gap|gaps}); t() and i18n.counted() choose.
_COUNTED = ("records", "rows", "gaps", "alerts", "teams", "members", "officers", "batches",
            "plans", "drills", "days", "months", "years", "conflicts", "packages", "regions",
            "settings", "lines", "items", "kinds", "points", "hours", "people", "characters")


def test_counts_in_english_say_their_singular(
        catalogue: dict[str, dict[str, str | None]]) -> None:
    # {0} and named counts; {path} found records, {2} of a Qt string are not counts.
    pattern = re.compile(r"\{(?!path\b|name\b|label\b)(0|[a-z]\w*)\} (?:[\w-]+ )?("
                         + "|".join(_COUNTED) + r")\b")
    bad = sorted({english for msgs in catalogue.values() for english in msgs.values()
                  if english and pattern.search(english)})
    assert not bad, "write the singular too, e.g. {n} {n|record|records}:\n" + "\n".join(bad)
