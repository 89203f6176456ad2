"""人员: one record per human, shared by officers (and later team members, experts, duty staff).

People are found by their natural key (docs/design.md §2): 身份证号, else 姓名 + 手机号码. Every
register that names a person goes through `find_or_create_in`, so a team member who is also an
officer stays one person with one phone number.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, fields
from datetime import date, datetime
from typing import Any

from sqlalchemy import false, select
from sqlalchemy.orm import Session

from emergency_desk.data.base import now
from emergency_desk.data.dates import is_month
from emergency_desk.data.db import Database
from emergency_desk.data.officers import InfoOfficer
from emergency_desk.data.people import Gender, Person, TrainingAttendance
from emergency_desk.errors import InputRejected, ValidationFailed
from emergency_desk.i18n import t
from emergency_desk.services.date_rules import not_after_today
from emergency_desk.services.regions.references import (
    Reference,
    find_references,
    register_reference,
)
from emergency_desk.services.search import search_key
from emergency_desk.values import InvalidValue as FieldInvalid
from emergency_desk.values import id_card as validate_id_card
from emergency_desk.values import (  # the forms' names for the value rules
    id_card_birth_date,
    person_name,
)
from emergency_desk.values import mobile as validate_mobile
from emergency_desk.values import phone as tidy_phone

# Registered here (not by each register) so that deleting a person is refused even when the
# officers module was never imported. Later registers (team members…) add theirs.
register_reference(Reference("person", InfoOfficer, "person_id", "灾害信息员岗位", "个"))
register_reference(Reference("person", TrainingAttendance, "person_id", "参训记录", "条"))


def id_card_gender(id_card: str) -> Gender:
    """The 17th digit is odd for men, even for women."""
    return Gender.MALE if int(id_card[16]) % 2 else Gender.FEMALE


def mask_id_card(id_card: str | None) -> str:
    """'341023199001011234' → '3410**********1234': first 4 and last 4 kept (lists and prints)."""
    if not id_card:
        return ""
    s = str(id_card)
    if len(s) <= 8:
        return "*" * len(s)
    return s[:4] + "*" * (len(s) - 8) + s[-4:]


@dataclass
class PersonInput:
    name: str
    gender: Gender | None = None
    birth_date: date | None = None
    id_card: str | None = None
    mobile: str | None = None
    phone2: str | None = None
    employer: str | None = None
    job_title: str | None = None
    remark: str | None = None
    # 花名册 fields (issue 16). None keeps the stored value even when a form overwrites the
    # person: the team-member form does not show them and must not wipe what the officer
    # form or a roster import wrote; "" clears.
    ethnicity: str | None = None
    education: str | None = None
    political_status: str | None = None
    address: str | None = None


# Kept unless given (see PersonInput), with their length limits.
ROSTER_FIELDS = {"ethnicity": ("民族", 20), "education": ("文化程度", 20),
                 "political_status": ("政治面貌", 20), "address": ("住址", 200)}


@dataclass(frozen=True)
class PersonRow:
    id: int
    uuid: str
    name: str
    gender: Gender | None
    birth_date: date | None
    id_card: str | None
    mobile: str | None
    phone2: str | None
    employer: str | None
    job_title: str | None
    remark: str | None
    updated_at: datetime
    ethnicity: str | None = None
    education: str | None = None
    political_status: str | None = None
    address: str | None = None

    @property
    def id_card_masked(self) -> str:
        return mask_id_card(self.id_card)

    @property
    def gender_label(self) -> str:
        return self.gender.label if self.gender else ""


def person_row(p: Person) -> PersonRow:
    return PersonRow(id=p.id, uuid=p.uuid, name=p.name,
                     gender=Gender(p.gender) if p.gender else None, birth_date=p.birth_date,
                     id_card=p.id_card, mobile=p.mobile, phone2=p.phone2, employer=p.employer,
                     job_title=p.job_title, remark=p.remark, updated_at=p.updated_at,
                     ethnicity=p.ethnicity, education=p.education,
                     political_status=p.political_status, address=p.address)


def _clean(text: str | None) -> str | None:
    text = (text or "").strip()
    return text or None


def _tidy_phone(text: str | None) -> str | None:
    """A 备用电话 as the other phone fields store it (０５５９－５５２１１１０ → 0559-5521110,
    "138 0013 8000" → 13800138000); text that is not a phone number (an extension in words,
    "同上") is kept as typed: the field was always free text, and an office's roster must
    not be refused for it."""
    if text is None:
        return None
    try:
        return tidy_phone(text)
    except FieldInvalid:
        return text


# check_person's answer: the normalised person and its problems (field label → reason).
Checked = tuple[PersonInput, dict[str, str]]
_FIELDS = tuple(f.name for f in fields(PersonInput))


def check_person(data: PersonInput) -> Checked:
    """Normalise a person and list the problems (field label → reason), without the database.

    Birth date and gender are filled in from the 身份证号 when missing; if they were typed and
    disagree with it, that is a problem (one of the two was mistyped).
    """
    problems: dict[str, str] = {}
    out = PersonInput(**{f: getattr(data, f) for f in _FIELDS})
    try:
        out.name = person_name(data.name or "")
    except FieldInvalid as exc:
        out.name = (data.name or "").strip()
        problems["姓名"] = exc.reason
    for attr in ("employer", "job_title", "remark"):
        setattr(out, attr, _clean(getattr(data, attr)))
    out.phone2 = _tidy_phone(_clean(data.phone2))
    for attr, (label, limit) in ROSTER_FIELDS.items():
        value = getattr(data, attr)
        if value is None:
            continue
        value = re.sub(r"\s+", " ", str(value)).strip()
        if attr != "address":
            value = value.replace(" ", "")  # "汉 族" → "汉族"
        if len(value) > limit:
            problems[label] = t("{label}不能超过 {n} 个字", label=label, n=limit)
        setattr(out, attr, value)  # "" stays "": clear the stored value
    out.id_card = _clean(data.id_card)
    if out.id_card is not None:
        try:
            out.id_card = validate_id_card(out.id_card)
        except FieldInvalid as exc:
            problems["身份证号"] = exc.reason
        else:
            born, gender = id_card_birth_date(out.id_card), id_card_gender(out.id_card)
            if out.birth_date is None:
                out.birth_date = born
            elif is_month(out.birth_date) and (out.birth_date.year, out.birth_date.month) == (
                    born.year, born.month):
                out.birth_date = born  # 出生年月 1980.03 agrees; the ID number knows the day
            elif out.birth_date != born:
                problems["出生日期"] = t("出生日期 {d} 与身份证号中的 {b} 不一致",
                                     d=out.birth_date.isoformat(), b=born.isoformat())
            if out.gender is None:
                out.gender = gender
            elif out.gender != gender:
                problems["性别"] = t("性别“{g}”与身份证号不一致（身份证号显示为{w}）",
                                   g=out.gender.label, w=gender.label)
    if (why := not_after_today(out.birth_date)) is not None:
        problems["出生日期"] = why
    out.mobile = _clean(data.mobile)
    if out.mobile is not None:
        try:
            out.mobile = validate_mobile(out.mobile)
        except FieldInvalid as exc:
            problems["手机号码"] = exc.reason
    return out, problems


def born_of(checked: Checked, person: Any) -> date | None:
    """The birth date a post's age rules (date_rules.post_age_problems) judge: the checked
    input's (a 身份证号 gives it), else the stored person's, which a blank keeps; None when
    the input's own 出生日期 or 身份证号 is refused (that problem is reported, not a second).
    `person`: a Person, a bulk import's plain row standing for one, or None."""
    clean, problems = checked
    if "出生日期" in problems or "身份证号" in problems:
        return None
    if clean.birth_date is not None:
        return clean.birth_date
    return person.birth_date if person is not None else None


def find_person_in(session: Session, *, id_card: str | None, name: str,
                   mobile: str | None) -> Person | None:
    """The live person with this natural key: 身份证号, else 姓名 + 手机号码.

    A person found by name + mobile whose record carries a different 身份证号 is someone else.
    """
    live = Person.is_deleted == false()  # "= 0": lets SQLite use the partial unique index
    if id_card:
        hit = session.scalar(select(Person).where(live, Person.id_card == id_card))
        if hit is not None:
            return hit
    if name and mobile:
        for p in session.scalars(select(Person).where(
                live, Person.name == name, Person.mobile == mobile).order_by(Person.id)):
            if not id_card or p.id_card is None:
                return p
    return None


def _id_card_owner(session: Session, id_card: str, person_id: int | None) -> Person | None:
    return session.scalar(select(Person).where(
        Person.is_deleted == false(), Person.id_card == id_card,
        Person.id != (person_id or 0)))


def apply_person(p: Person, data: PersonInput, *, merge: bool) -> None:
    """Copy fields; with `merge`, blanks in `data` keep what the record already has (an
    import sheet without a 备用电话 column must not wipe the number)."""
    for attr in ("name", "birth_date", "id_card", "mobile", "phone2", "employer",
                 "job_title", "remark"):
        value = getattr(data, attr)
        if value is not None or not merge:
            setattr(p, attr, value)
    if data.gender is not None or not merge:
        p.gender = data.gender.value if data.gender else None
    for attr in ROSTER_FIELDS:
        value = getattr(data, attr)
        if value is not None:
            setattr(p, attr, value or None)
    key = search_key(p.name, p.mobile)
    if p.search_key != key:
        p.search_key = key


def find_or_create_in(session: Session, data: PersonInput) -> Person:
    """The person with `data`'s natural key, updated with its non-blank fields, or a new one.

    Raises ValidationFailed (field label → reason).
    """
    clean, problems = check_person(data)
    if problems:
        raise ValidationFailed(problems)
    p = find_person_in(session, id_card=clean.id_card, name=clean.name, mobile=clean.mobile)
    p = merge_person_in(session, clean, p)
    session.flush()
    return p


def merge_person_in(session: Session, clean: PersonInput, found: Person | None) -> Person:
    """Write an already checked person (`check_person`) onto `found` (keeping its values where
    `clean` is blank) or into a new record. No query and no flush: bulk imports call it once
    per row after their own natural-key lookup."""
    if found is None:
        found = Person()
        apply_person(found, clean, merge=False)
        session.add(found)
    else:
        apply_person(found, clean, merge=True)
    return found


def update_person_in(session: Session, person_id: int, data: PersonInput) -> Person:
    """Overwrite a person's fields (the form: a cleared field is cleared)."""
    p = session.get(Person, person_id)
    if p is None or p.is_deleted:
        raise InputRejected(t("该人员不存在或已删除"))
    clean, problems = check_person(data)
    if clean.id_card and "身份证号" not in problems:
        owner = _id_card_owner(session, clean.id_card, person_id)
        if owner is not None:
            problems["身份证号"] = t("身份证号 {id} 已登记为“{name}”",
                                 id=mask_id_card(clean.id_card), name=owner.name)
    if problems:
        raise ValidationFailed(problems)
    apply_person(p, clean, merge=False)
    session.flush()
    return p


def restore_person(session: Session, obj: object) -> None:
    if isinstance(obj, Person) and obj.id_card and \
            _id_card_owner(session, obj.id_card, obj.id) is not None:
        raise InputRejected(t("已有身份证号相同的人员，不能恢复“{name}”", name=obj.name))




class PeopleService:
    def __init__(self, db: Database) -> None:
        self.db = db

    def get(self, person_id: int) -> PersonRow:
        with self.db.read() as s:
            p = s.get(Person, person_id)
            if p is None:
                raise InputRejected(t("该人员不存在"))
            return person_row(p)

    def find(self, *, id_card: str | None = None, name: str = "",
             mobile: str | None = None) -> PersonRow | None:
        """Look a person up by natural key (the form offers to reuse an existing record)."""
        with self.db.read() as s:
            p = find_person_in(s, id_card=id_card, name=name, mobile=mobile)
            return person_row(p) if p is not None else None

    def update(self, person_id: int, data: PersonInput) -> None:
        with self.db.begin() as s:
            update_person_in(s, person_id, data)

    def delete(self, person_id: int) -> None:
        """Soft delete; refused while any live record (an officer post…) names the person."""
        with self.db.begin() as s:
            p = s.get(Person, person_id)
            if p is None or p.is_deleted:
                raise InputRejected(t("该人员不存在或已删除"))
            refs = find_references(s, "person", person_id)
            if refs:
                raise InputRejected(t("“{name}”仍被使用，不能删除：{refs}", name=p.name,
                                      refs="、".join(refs)))
            p.is_deleted = True
            p.deleted_at = now()
