"""People: 身份证号 and mobile checks, masking, and one person record per human."""

from __future__ import annotations

from datetime import date

import pytest
from officer_helpers import OfficerMaker, make_id_card
from sqlalchemy import func, select

from emergency_desk.data.db import Database
from emergency_desk.data.officers import OfficerPost
from emergency_desk.data.people import Gender, Person
from emergency_desk.errors import InputRejected, ValidationFailed
from emergency_desk.services.officers.officers import OfficerService
from emergency_desk.services.people import (
    FieldInvalid,
    PeopleService,
    PersonInput,
    find_or_create_in,
    mask_id_card,
    validate_id_card,
    validate_mobile,
)

GOOD = "11010519491231002X"  # the example number printed in GB 11643


def test_valid_id_card_is_normalised() -> None:
    assert validate_id_card(GOOD) == GOOD
    assert validate_id_card(" 11010519491231002x ") == GOOD  # lowercase x, stray spaces
    assert validate_id_card("１１０１０５１９４９１２３１００２Ｘ") == GOOD  # full-width


@pytest.mark.parametrize(("text", "words"), [
    ("110105194912310021", "校验位"),  # one digit off the check character
    ("110105194913310029", "出生日期"),  # month 13
    ("110105491231002", "15 位"),
    ("1101051949123100", "18 位"),
])
def test_bad_id_cards_are_refused_with_the_reason(text: str, words: str) -> None:
    with pytest.raises(FieldInvalid) as info:
        validate_id_card(text)
    assert words in info.value.reason


def test_mobile_numbers() -> None:
    assert validate_mobile("139 5591 2345") == "13955912345"
    assert validate_mobile("+86 139-5591-2345") == "13955912345"
    for bad in ("1395591234", "12955912345", "0559-5521110"):
        with pytest.raises(FieldInvalid) as info:
            validate_mobile(bad)
        assert "11 位" in info.value.reason


def test_mask_keeps_first_and_last_four() -> None:
    assert mask_id_card(GOOD) == "1101**********002X"
    assert mask_id_card(None) == ""


def test_birth_date_and_gender_come_from_the_id_card(db: Database) -> None:
    with db.begin() as s:
        p = find_or_create_in(s, PersonInput(name="王 芳", id_card=GOOD))
        assert (p.name, p.birth_date, p.gender) == ("王芳", date(1949, 12, 31), "female")


def test_birth_date_disagreeing_with_the_id_card_is_refused(db: Database) -> None:
    with db.begin() as s, pytest.raises(ValidationFailed) as info:
        find_or_create_in(s, PersonInput(name="王芳", id_card=GOOD, birth_date=date(1950, 1, 1),
                                         gender=Gender.MALE))
    assert set(info.value.problems) == {"出生日期", "性别"}


def test_natural_key_id_card_else_name_and_mobile(db: Database) -> None:
    with db.begin() as s:
        a = find_or_create_in(s, PersonInput(name="胡建国", mobile="13955900001"))
        b = find_or_create_in(s, PersonInput(name="胡建国", mobile="139 5590 0001",
                                             id_card=make_id_card(seq=7)))
        c = find_or_create_in(s, PersonInput(name="胡建国", id_card=make_id_card(seq=7),
                                             employer="碧阳镇政府"))
        d = find_or_create_in(s, PersonInput(name="胡建国", mobile="13955900002"))
        assert a.id == b.id == c.id != d.id
        assert (c.mobile, c.employer) == ("13955900001", "碧阳镇政府")  # blanks kept


def test_one_person_in_two_roles_is_one_person_row(db: Database, officer: OfficerMaker) -> None:
    svc = OfficerService(db)
    # A village secretary who is also the township's B officer: two posts, one person.
    svc.create(officer("汪晓燕", "古筑村", OfficerPost.A))
    svc.create(officer("汪晓燕", "碧阳镇", OfficerPost.B, mobile=None))
    with db.read() as s:
        assert s.scalar(select(func.count()).select_from(Person)) == 1


def test_person_with_a_post_cannot_be_deleted(db: Database, officer: OfficerMaker) -> None:
    oid = OfficerService(db).create(officer("汪晓燕", "古筑村"))
    with db.read() as s:
        pid = s.scalar(select(Person.id))
    assert pid is not None and oid
    with pytest.raises(InputRejected) as info:
        PeopleService(db).delete(pid)
    assert "灾害信息员" in info.value.message


def test_id_card_cannot_be_given_to_a_second_person(db: Database) -> None:
    with db.begin() as s:
        find_or_create_in(s, PersonInput(name="王芳", id_card=GOOD))
        other = find_or_create_in(s, PersonInput(name="李明", mobile="13955900003"))
        oid = other.id
    with pytest.raises(ValidationFailed) as info:
        PeopleService(db).update(oid, PersonInput(name="李明", id_card=GOOD))
    assert "王芳" in info.value.problems["身份证号"]
