"""Value rules have one home (emergency_desk/values.py): a form and an Excel import accept and
refuse the same ID and phone numbers, with the same reason.

They used to disagree: `8613912345678` passed a form and failed an import, `0086…` the
reverse, because each layer had its own copy of the rule."""

from __future__ import annotations

import pytest

from emergency_desk import values
from emergency_desk.io import normalize
from emergency_desk.services import people
from emergency_desk.values import InvalidValue, id_check_char

FIRST17 = "34102319800301001"
GOOD_ID = FIRST17 + id_check_char(FIRST17)


def form_mobile(text: str) -> str:
    """What the officer and team-member forms run (services/people.py check_person)."""
    clean, problems = people.check_person(people.PersonInput(name="汪晓燕", mobile=text))
    if "手机号码" in problems:
        raise InvalidValue(problems["手机号码"])
    assert clean.mobile is not None
    return clean.mobile


def import_mobile(text: str) -> str:
    result = normalize.mobile(text)
    assert result is not None
    return result


@pytest.mark.parametrize("typed", [
    "8613912345678", "0086 139 1234 5678", "+86 139-1234-5678", "(+86)13912345678",
    "１３９１２３４５６７８", "139 1234 5678",
])
def test_form_and_import_accept_the_same_mobile(typed: str) -> None:
    assert form_mobile(typed) == import_mobile(typed) == "13912345678"


@pytest.mark.parametrize("typed", ["1391234567", "12912345678", "86139123456789", "0559-5521110"])
def test_form_and_import_refuse_the_same_mobile_with_the_same_reason(typed: str) -> None:
    with pytest.raises(InvalidValue) as in_form:
        form_mobile(typed)
    with pytest.raises(InvalidValue) as in_import:
        import_mobile(typed)
    assert in_form.value.reason == in_import.value.reason
    assert "11 位" in in_form.value.reason


@pytest.mark.parametrize("typed, reason", [
    (GOOD_ID[:-1] + ("0" if GOOD_ID[-1] != "0" else "1"), "校验位"),
    (FIRST17[:15], "15 位"),
    ("3410232099030100" + "1" + id_check_char("34102320990301001"), "不合理"),  # born in 2099
    ("341023198002300011", "出生日期不存在"),
])
def test_form_and_import_refuse_the_same_id_number(typed: str, reason: str) -> None:
    with pytest.raises(InvalidValue) as in_form:
        people.validate_id_card(typed)
    with pytest.raises(InvalidValue) as in_import:
        normalize.id_card(typed)
    assert reason in in_form.value.reason
    assert in_form.value.reason == in_import.value.reason


def test_an_id_number_typed_loosely_is_one_number_everywhere() -> None:
    typed = " ".join([GOOD_ID[:6], GOOD_ID[6:14], GOOD_ID[14:]]).translate(
        {ord(c): ord(c) + 0xFEE0 for c in "0123456789"})  # full-width digits, spaced
    assert people.validate_id_card(typed) == normalize.id_card(typed) == GOOD_ID


def test_landlines_keep_their_area_code() -> None:
    assert values.phone("0559 5521110") == normalize.phone("05595521110") == "0559-5521110"
    assert values.phone("010-12345678-8001") == "010-12345678-8001"
    assert normalize.phone(5595521110) == "0559-5521110"  # Excel dropped the leading zero
    with pytest.raises(InvalidValue, match="电话号码不正确"):
        values.phone("55-21")


@pytest.mark.parametrize(("typed", "stored"), [
    ("０５５９－５５２１１１０", "0559-5521110"), ("0559 552 1110", "0559-5521110"),
    ("138 0013 8000", "13800138000"), ("+86 13800138000", "13800138000"),
    # Not a phone number: the field was always free text, and a roster is not refused for it.
    ("0559-5521110转801", "0559-5521110转801"), ("同上", "同上"), ("  ", None)])
def test_a_spare_phone_is_stored_as_the_other_phone_fields_are(typed: str,
                                                             stored: str | None) -> None:
    """备用电话 (phone2) of an officer, member or expert: tidied like 手机号码 and the phone
    fields of 联络网 and 队伍 (it was stored exactly as typed, full-width digits and all)."""
    clean, problems = people.check_person(people.PersonInput(name="汪晓燕", phone2=typed))
    assert problems == {} and clean.phone2 == stored


def test_the_layers_share_one_error_type() -> None:
    assert normalize.CellError is InvalidValue and people.FieldInvalid is InvalidValue


# -- names: the same rule in the person forms and the importers -------------------
def form_name(text: str) -> str:
    clean, problems = people.check_person(people.PersonInput(name=text))
    if "姓名" in problems:
        raise InvalidValue(problems["姓名"])
    return clean.name


def import_name(text: str) -> str:
    result = normalize.person_name(text)
    assert result is not None
    return result


@pytest.mark.parametrize(("typed", "stored"), [
    ("张三", "张三"), ("张 三", "张三"), (" 汪晓燕\n", "汪晓燕"),
    ("阿依古丽·买买提", "阿依古丽·买买提"), ("阿依古丽•买买提", "阿依古丽·买买提"),
    ("John  Smith", "John Smith"), ("Ｌｉ Ｍｉｎｇ", "Li Ming"),
])
def test_form_and_import_accept_the_same_name(typed: str, stored: str) -> None:
    assert form_name(typed) == import_name(typed) == stored


@pytest.mark.parametrize("typed", [
    "=HYPERLINK(\"http://x\",\"点击\")", "+1+1", "张三123", "-2+3", "@SUM(A1)", "张三（兼）",
    "·张三", "13912345678",
])
def test_form_and_import_refuse_the_same_name_with_the_same_reason(typed: str) -> None:
    with pytest.raises(InvalidValue) as in_form:
        form_name(typed)
    with pytest.raises(InvalidValue) as in_import:
        import_name(typed)
    assert in_form.value.reason == in_import.value.reason
    assert "只能包含汉字、英文字母" in in_form.value.reason


def test_a_blank_name_is_refused_by_the_form_and_left_to_required_by_the_import() -> None:
    with pytest.raises(InvalidValue, match="姓名不能为空"):
        form_name("  ")
    assert normalize.person_name("  ") is None  # the column's required=True reports it


def test_a_number_checked_again_is_answered_again_in_the_language_now_chosen() -> None:
    """An import checks each 身份证号 twice (the cell, then the people rules) and the second
    check is looked up (issue 20): a refusal must not be remembered, or a user who switched
    to English would read the reason in Chinese."""
    from emergency_desk import i18n

    wrong = FIRST17 + ("0" if GOOD_ID[-1] != "0" else "1")
    assert values.id_card(GOOD_ID) == values.id_card(GOOD_ID) == GOOD_ID
    with pytest.raises(InvalidValue, match="校验位"):
        values.id_card(wrong)
    i18n.set_language("en")
    with pytest.raises(InvalidValue, match="check digit"):
        values.id_card(wrong)
