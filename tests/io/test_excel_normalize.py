"""Cell normalisers: what clerks type in Excel becomes clean values or a plain reason."""

from __future__ import annotations

import re
from datetime import date, datetime, time

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from emergency_desk.data.enums import RegionLevel
from emergency_desk.io import dates as dt
from emergency_desk.io import normalize as nz
from emergency_desk.io.normalize import CellError


def test_text_cleans_spaces_full_width_and_keeps_chinese_punctuation() -> None:
    assert nz.text("  碧阳镇  ") == "碧阳镇"
    assert nz.text("ＡＢ１２（东区）") == "AB12(东区)"
    assert nz.text("a \t  b\nc") == "a b c"
    assert nz.text("洪涝，地质灾害") == "洪涝，地质灾害"
    assert nz.text("   ") is None and nz.text(None) is None
    assert nz.text(12.0) == "12"
    assert nz.multiline_text("第一行  \r\n  第二行") == "第一行\n第二行"
    assert nz.name_text("张 三") == "张三"
    with pytest.raises(CellError, match="控制字符"):
        nz.text("古筑\x07村")
    with pytest.raises(CellError, match="过长"):
        nz.text("村" * 201)


def test_numbers_from_text_thousands_and_full_width() -> None:
    assert nz.integer("1,234") == 1234
    assert nz.integer("１２３４") == 1234
    assert nz.integer(12.0) == 12
    assert nz.integer(" 56 ") == 56
    assert nz.number("1,234.5") == 1234.5
    for bad in ("12.5", 12.5, "十二", True, float("nan")):
        with pytest.raises(CellError, match="整数"):
            nz.integer(bad)
    assert nz.number("12,345,678.25") == 12345678.25 and nz.number("１，０００") == 1000
    # A comma that groups no thousands is a decimal comma or two numbers: asked, not read as
    # 25 (a 响应时限 of "2,5" hours had become 25).
    for bad in ("2,5", "1,2345", "12,34.5", ",5", "1,,000"):
        with pytest.raises(CellError, match=re.escape(f"“{bad}”")):
            nz.number(bad)
        with pytest.raises(CellError):
            nz.integer(bad)


def test_counts_written_with_their_unit() -> None:
    """编制人数 “20人”, 威胁户数 “35 户”: the unit the column counts in is dropped; any other
    text is refused as a plain count refuses it, naming the cell as written."""
    people = nz.counted("人", "名")
    assert people("20人") == 20 and people(" ２０ 名 ") == 20 and people("1,200人") == 1200
    assert people(20) == 20 and people("20") == 20 and people(None) is None
    assert people("/") is None and nz.counted("户")("35 户") == 35
    for bad in ("人", "20户", "二十人", "20.5人", "约20人", 20.5):
        with pytest.raises(CellError, match="整数") as e:
            people(bad)
        assert str(bad) in e.value.args[0] or bad == 20.5
    with pytest.raises(CellError, match="负数"):
        nz.non_negative(people)("-3人")


@pytest.mark.parametrize("raw", [
    datetime(2024, 5, 1, 0, 0), date(2024, 5, 1), "2024-05-01", "2024/5/1",
    "2024.5.1", "2024年5月1日", "20240501", 20240501, "２０２４－０５－０１",
    "2024-05-01 00:00:00", " 2024 年 5 月 1 日 "])
def test_dates_in_every_common_form(raw: object) -> None:
    assert dt.date_value(raw) == date(2024, 5, 1)


@pytest.mark.parametrize("raw", ["2024-02-30", "2023年2月29日", "20241301", "明天", time(8, 0),
                                 "2024-05", -5, 45413, 45413.0, "45413"])
def test_impossible_or_unreadable_dates_are_errors(raw: object) -> None:
    with pytest.raises(CellError):
        dt.date_value(raw)


def test_mobile_and_landline_numbers() -> None:
    assert nz.mobile(13912345678) == "13912345678"
    assert nz.mobile(13912345678.0) == "13912345678"
    assert nz.mobile("139 1234 5678") == "13912345678"
    assert nz.mobile("139-1234-5678") == "13912345678"
    assert nz.mobile("１３９１２３４５６７８") == "13912345678"
    assert nz.mobile("+86 13912345678") == "13912345678"
    for bad in ("1391234567", "12912345678", "0559-1234567", 1.5):
        with pytest.raises(CellError):
            nz.mobile(bad)
    assert nz.phone("0559-1234567") == "0559-1234567"
    assert nz.phone("05591234567") == "0559-1234567"
    assert nz.phone("010-12345678") == "010-12345678"
    assert nz.phone(5591234567) == "0559-1234567"  # Excel dropped the leading zero
    assert nz.phone("13912345678") == "13912345678"
    assert nz.phone("5521234") == "5521234"
    with pytest.raises(CellError):
        nz.phone("12345")


def test_id_card_checksum_birth_date_and_legacy_numbers() -> None:
    valid = "11010519491231002X"
    assert nz.id_card(valid) == valid
    assert nz.id_card(valid.lower()) == valid
    assert nz.id_card(" 110105 19491231 002x ") == valid
    with pytest.raises(CellError, match="校验位"):
        nz.id_card("110105194912310021")
    with pytest.raises(CellError, match="出生日期"):
        nz.id_card("110105194902300027")
    with pytest.raises(CellError, match="15 位"):
        nz.id_card("110105491231002")
    with pytest.raises(CellError, match="存成了数字"):
        nz.id_card(1.10105194912310e17)


def test_yes_no_spellings() -> None:
    for yes in ("是", "√", "Y", "y", "1", 1, "true", "TRUE", True, "有"):
        assert nz.yes_no(yes) is True
    for no in ("否", "×", "N", "0", 0, 0.0, "false", False, "无"):
        assert nz.yes_no(no) is False
    assert nz.yes_no(" ") is None
    with pytest.raises(CellError, match=r"是.*否"):
        nz.yes_no("也许")


def test_enumeration_labels_and_synonyms() -> None:
    post = nz.enumeration({"A岗": "A", "B岗": "B", "单岗": "S"},
                          {"A": "A岗", "A角": "A岗", "主岗": "A岗", "B": "B岗", "B角": "B岗",
                           "副岗": "B岗", "备岗": "B岗"})
    assert post("A岗") == "A" and post("a角") == "A" and post("主 岗") == "A"
    assert post("备岗") == "B" and post("Ｂ") == "B" and post("单岗") == "S"
    assert post("") is None
    with pytest.raises(CellError, match="A岗/B岗/单岗"):
        post("C岗")
    level = nz.enumeration({lv.zh: lv for lv in RegionLevel})
    assert level("社区") is RegionLevel.COMMUNITY


def test_region_codes_stored_as_numbers_or_short() -> None:
    assert nz.region_code("341023100201") == "341023100201"
    assert nz.region_code(341023100201) == "341023100201"
    assert nz.region_code(341023100201.0) == "341023100201"
    assert nz.region_code("3.41023100201E+11") == "341023100201"
    assert nz.region_code("341023100201.0") == "341023100201"
    assert nz.region_code("３４１０２３１００２０１") == "341023100201"
    assert nz.region_code("341023") == "341023000000"
    assert nz.region_code("341023100") == "341023100000"
    for bad in ("34102310020", "3410231002011", "34102A100201", 3.5, "3.41023E+11x"):
        with pytest.raises(CellError, match="12 位"):
            nz.region_code(bad)


CELLS = st.one_of(
    st.none(), st.text(max_size=40), st.integers(), st.floats(allow_nan=True),
    st.booleans(), st.datetimes(), st.dates(), st.times(),
    st.from_regex(r"[\d０-９\-/. 年月日Ee+]{0,20}", fullmatch=True))
PARSERS = [nz.text, nz.multiline_text, nz.name_text, nz.integer, nz.number, dt.date_value,
           dt.month_date, dt.birth_date, dt.expiry_date,
           nz.mobile, nz.phone, nz.id_card, nz.yes_no, nz.region_code,
           nz.enumeration({"县": 1, "乡镇": 2}, {"镇": "乡镇"})]


@settings(max_examples=300, deadline=None)
@given(cell=CELLS)
@example(cell="1E1000000")  # beyond Decimal's exponent range: once raised decimal.Overflow
def test_random_cells_give_a_value_or_a_cell_error(cell: object) -> None:
    for parse in PARSERS:
        try:
            parse(cell)
        except CellError as exc:
            assert exc.reason


def test_huge_exponent_is_a_cell_error_not_a_crash() -> None:
    for parse in (nz.number, nz.integer):
        with pytest.raises(CellError):
            parse("1E1000000")  # found by the property test: abs() overflowed


def test_numbers_written_with_their_unit() -> None:
    """单价 “320元”, 学时 “4学时”, 使用年限 “8年”, 保质期 “12个月” or “2年”: the unit dropped
    (years made months for 保质期); anything else refused naming the cell."""
    price, hours = nz.measured("元"), nz.measured("学时", "课时", "小时")
    assert price("320元") == 320.0 and price(" ３２０.５ 元") == 320.5 and price(320) == 320.0
    assert hours("4学时") == 4.0 and hours("3.5小时") == 3.5 and hours(None) is None
    assert nz.counted("年")("8年") == 8
    assert nz.months("12个月") == 12 and nz.months("18月") == 18 and nz.months("2年") == 24
    assert nz.months(24) == 24 and nz.months("/") is None
    for bad in ("约320元", "元"):
        with pytest.raises(CellError, match="数字"):
            price(bad)
    for bad in ("两年", "1.5年", "半年"):
        with pytest.raises(CellError, match="整数"):
            nz.months(bad)
