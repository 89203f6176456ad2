"""Header detection and matching: title rows, spaces, full-width brackets, line breaks,
synonyms (docs/design.md §3), and the per-column synonym table later registers extend."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

from emergency_desk.io import normalize as nz
from emergency_desk.io.headers import (
    HEADER_SYNONYMS,
    HeaderMatcher,
    add_header_synonyms,
    canon,
    find_header,
)
from emergency_desk.io.regions import SPEC as REGIONS
from emergency_desk.io.registers import get_register
from emergency_desk.io.spec import Column, ImportCounts, RegisterSpec

_OFFICER_COLUMNS = [Column(n, f"f{i}", nz.text, required=n == "姓名") for i, n in enumerate(
    ["乡镇", "村(社区)", "姓名", "身份证号", "手机号码", "岗位", "备注"])]
_WAREHOUSE_COLUMNS = [Column("仓库名称", "name", nz.text), Column("联系电话", "phone", nz.phone),
                      Column("手机号码", "mobile", nz.mobile)]


class _Officers(RegisterSpec):
    """A stand-in with the officer register's header (its real spec comes later)."""

    name, title_zh, natural_key, table = "officers_test", "灾害信息员", "身份证号", "x"
    columns = _OFFICER_COLUMNS

    def import_records(self, *_a: Any, **_k: Any) -> ImportCounts:  # pragma: no cover
        return ImportCounts()

    def export_rows(self, *_a: Any) -> Iterator[list[Any]]:  # pragma: no cover
        return iter(())


def test_canonical_form_ignores_spacing_width_breaks_and_required_marks() -> None:
    assert canon("姓  名") == canon("姓名")
    assert canon("村（社区）") == canon("村(社区)")
    assert canon("手机\n号码") == canon("手机号码")
    assert canon("*名称") == canon("名称") == canon("名称（必填）")


def test_synonyms_and_variants_of_the_officer_header() -> None:
    m = HeaderMatcher(_Officers())
    assert m.match("姓 名") == "姓名"
    assert m.match("村（社区）") == "村(社区)"
    for v in ("村", "社区", "村居", "村(社区)"):
        assert m.match(v) == "村(社区)"
    for v in ("手机", "手机号", "联系电话", "电话", "手机号\n码"):
        assert m.match(v) == "手机号码"
    assert m.match("身份证号码") == "身份证号"
    assert m.match("工作单位") is None


def test_synonym_table_is_extensible_per_column(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(HEADER_SYNONYMS, "岗位", set())  # leave the shared table as it was
    m = HeaderMatcher(_Officers())
    assert m.match("AB岗") is None
    add_header_synonyms("岗位", "AB岗", "岗位(A/B)")
    m = HeaderMatcher(_Officers())
    assert m.match("AB岗") == "岗位" and m.match("岗位（A/B）") == "岗位"


def test_exact_column_name_beats_a_synonym() -> None:
    class Warehouses(_Officers):
        columns = _WAREHOUSE_COLUMNS

    m = HeaderMatcher(Warehouses())
    assert m.match("联系电话") == "联系电话"
    assert m.match("手机") == "手机号码"


def test_header_found_under_title_rows_and_hint_in_brackets() -> None:
    rows = [["黟县行政区划表", None, None], [None, None, None], ["单位：应急办", "名称"],
            ["序号", "区划代码", "名 称", "层级(县/乡镇/村/社区)", "上级区划",
             "灾害多发频发（是/否）"],
            [1, "341023000000", "黟县", "县", None, "否"]]
    match = find_header(rows, REGIONS)
    assert match is not None and match.row_index == 3
    assert match.columns == {1: "区划代码", 2: "名称", 3: "层级", 4: "上级", 5: "灾害多发频发"}


def test_no_header_within_ten_rows() -> None:
    rows: list[list[Any]] = [["说明"]] * 10 + [["区划代码", "名称", "层级"]]
    assert find_header(rows, REGIONS) is None
    assert find_header([["名称"]], REGIONS) is None  # one matching word is a title, not a header


def _by_header(register: str, header: list[str]) -> dict[str, str]:
    match = find_header([header], get_register(register))
    assert match is not None
    return {header[i]: name for i, name in match.columns.items()}


def test_a_template_column_name_beats_an_earlier_synonym_across_the_row() -> None:
    """The row is matched as a whole: 联系电话 left of 值班员电话 does not take that column
    from the header that names it (it used to, and the leader's number became the duty
    officer's); 手机 left of 手机号码 does not take the mobile column either."""
    duty = _by_header("duty", ["单位", "值班日期", "带班领导", "联系电话", "值班员", "值班员电话"])
    assert duty == {"单位": "单位", "值班日期": "值班日期", "带班领导": "带班领导",
                    "值班员": "值班员", "值班员电话": "值班员电话",
                    "联系电话": "带班领导电话"}  # beside the leader: his (below)
    leaders = _by_header("leaders", ["乡镇", "姓名", "手机", "职务", "小组职务", "手机号码"])
    assert leaders["手机号码"] == "手机号码" and leaders["小组职务"] == "小组职务"
    assert "手机" not in leaders


def test_a_synonym_whose_column_is_named_goes_to_its_next_column() -> None:
    """职务 beside 小组职务 is the member's own post; 联系电话 beside 手机号码 is the other
    phone. Alone they keep their usual column."""
    assert _by_header("leaders", ["乡镇", "姓名", "职务", "小组职务", "手机号码"])["职务"] == \
        "本职职务"
    assert _by_header("leaders", ["乡镇", "姓名", "职务", "手机号码"])["职务"] == "小组职务"
    assert _by_header("leaders", ["乡镇", "姓名", "职务", "本职职务"])["职务"] == "小组职务"
    # a synonym of one column is placed before one several columns share
    assert _by_header("leaders", ["乡镇", "姓名", "职务", "组内职务"]) == {
        "乡镇": "乡镇", "姓名": "姓名", "职务": "本职职务", "组内职务": "小组职务"}
    officers = _by_header("officers", ["乡镇", "姓名", "联系电话", "手机号码", "岗位"])
    assert officers["联系电话"] == "备用电话" and officers["手机号码"] == "手机号码"
    assert _by_header("officers", ["乡镇", "姓名", "联系电话"])["联系电话"] == "手机号码"


def test_a_bare_phone_beside_a_person_is_that_persons() -> None:
    """带班领导 | 电话 | 值班员 | 电话: each 电话 is the number of the person left of it. The
    repeated 电话 had matched nothing, and both numbers were left out of the import."""
    m = HeaderMatcher(get_register("duty"))
    assert m.match_row(["单位", "值班日期", "带班领导", "电话", "值班员", "电话"]) == {
        0: "单位", 1: "值班日期", 2: "带班领导", 3: "带班领导电话", 4: "值班员", 5: "值班员电话"}
    assert m.match_row(["单位", "日期", "带班", "手机", "值班人员", "联系电话"]) == {
        0: "单位", 1: "值班日期", 2: "带班领导", 3: "带班领导电话", 4: "值班员", 5: "值班员电话"}
    hazards = HeaderMatcher(get_register("hazards"))
    row = ["隐患点名称", "监测人", "联系电话", "责任人", "联系电话"]
    got = hazards.match_row(row)
    assert (got[2], got[4]) == ("监测人电话", "责任人电话")
    # A column the row names itself is not taken from it: 电话 stays unmatched there.
    assert 3 not in m.match_row(["单位", "值班日期", "带班领导", "电话", "带班领导电话"])
    # Beside a column with no phone of its own (姓名), 电话 keeps its usual meaning.
    assert HeaderMatcher(get_register("officers")).match_row(["姓名", "电话"]) == {
        0: "姓名", 1: "手机号码"}


def test_a_repeated_header_keeps_its_first_column() -> None:
    m = HeaderMatcher(get_register("officers"))
    assert m.match_row(["姓名", "联系电话", "联系电话"]) == {0: "姓名", 1: "手机号码"}
    assert m.match_row(["姓名", "手机", "手机号"]) == {0: "姓名", 1: "手机号码"}
    assert m.match_row(["姓名", "姓名"]) == {0: "姓名"}


def test_the_wizards_choice_still_wins() -> None:
    m = HeaderMatcher(get_register("duty"))
    row = ["单位", "值班日期", "带班领导", "联系电话", "值班员", "值班员电话"]
    assert m.match_row(row, {"联系电话": "带班领导电话"})[3] == "带班领导电话"
    assert m.match_row(row, {"值班员电话": None, "联系电话": "值班员电话"}) == {
        0: "单位", 1: "值班日期", 2: "带班领导", 3: "值班员电话", 4: "值班员"}


def test_headers_worded_as_offices_word_them() -> None:
    """时间 for 日期, 联系电话 for 电话, 所在 for 所属, 类别 for 类型: the values had been
    kept aside as a column not imported, or dropped (a monitor's phone, a hazard's type)."""
    def matched(register: str, row: list[str]) -> list[str]:
        return list(HeaderMatcher(get_register(register)).match_row(row).values())

    assert matched("plans", ["预案名称", "所属区划", "印发时间", "评审时间", "备案时间"]) == [
        "预案名称", "所属区划", "发布日期", "专家评审日期", "备案日期"]
    assert matched("stock", ["仓库", "物资名称", "数量", "生产时间", "入库时间"])[3:] == [
        "生产日期", "入库日期"]
    assert matched("hazards", ["隐患点名称", "隐患类别", "所在村", "监测人", "监测人联系电话",
                               "责任人", "责任人联系电话"]) == [
        "隐患点名称", "类型", "所属区划", "监测人", "监测人电话", "责任人", "责任人电话"]
    assert matched("experts", ["姓名", "所在单位", "手机号码"]) == ["姓名", "工作单位", "手机号码"]
    assert matched("shelters", ["场所名称", "所在乡镇", "检查时间"]) == [
        "场所名称", "所属区划", "最近检查日期"]
    assert matched("equipment", ["装备名称", "购置时间"]) == ["装备名称", "购置日期"]
    # A header that means something as written keeps that meaning.
    assert matched("duty", ["单位", "值班时间"]) == ["单位", "值班日期"]


def test_a_leaders_list_with_each_members_unit() -> None:
    """单位 in a 领导小组 list is each member's own unit (宏村派出所): not the township, which
    had refused every row ("找不到区划“宏村派出所”") even with 乡镇 set for the file."""
    got = _by_header("leaders", ["序号", "姓名", "小组职务", "单位", "职务", "联系电话"])
    assert "单位" not in got and got["职务"] == "本职职务"
