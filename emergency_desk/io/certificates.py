"""Excel register `certificates` (证书, T3): a person's qualifications, whatever team they are in.

The person is found by 身份证号, else 姓名 + 手机号码 (DESIGN §2), among people already on record
(team members, officers); a certificate upserts by person + 证书名称 + 证书编号. Rows go
through the window's `save_certificate_in`, and only when something differs.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from emergency_desk.data.db import Database
from emergency_desk.data.people import Person
from emergency_desk.data.teams import Certificate
from emergency_desk.i18n import t
from emergency_desk.io import dates as dt
from emergency_desk.io import normalize as nz
from emergency_desk.io.row_upsert import CellProblem, RowUpsertSpec
from emergency_desk.io.spec import Column, Record
from emergency_desk.services.people import find_person_in
from emergency_desk.services.teams.members import CertificateInput, save_certificate_in

COLUMNS = [
    Column("姓名", "name", nz.person_name, required=True, width=10,
           synonyms=("持证人", "人员姓名")),
    Column("身份证号", "id_card", nz.id_card, width=21, as_text=True,
           synonyms=("身份证号码", "公民身份号码", "身份证"),
           comment="用来找到此人；没有时按 姓名+手机号码"),
    Column("手机号码", "mobile", nz.mobile, width=14, as_text=True,
           synonyms=("手机", "手机号", "联系电话", "电话")),
    Column("证书名称", "cert_name", nz.text_max(100), required=True, width=20,
           synonyms=("证书", "证书类别", "证书种类", "资格证书", "资格证"),
           comment="如 应急救援员证、潜水证、急救员证"),
    Column("证书编号", "number", nz.text_max(60), width=18, as_text=True,
           synonyms=("编号", "证号", "证书号")),
    Column("发证日期", "issue_date", dt.date_value, width=12,
           synonyms=("发证时间", "取证日期", "颁发日期")),
    Column("有效期至", "expiry_date", dt.expiry_date, width=12,
           synonyms=("有效期", "到期日期", "有效期限"),
           comment="如 2027-06-30；只写年月（2027.06）按该月最后一天；长期有效的不填"),
    Column("备注", "remark", nz.multiline_text, width=18),
]


def _person(session: Session, rec: Record) -> Person:
    v = rec.values
    id_card, name, mobile = v.get("id_card"), v["name"], v.get("mobile")
    if not id_card and not mobile:
        raise CellProblem("身份证号", t("请填写身份证号，或手机号码（用来找到“{name}”）",
                                      name=name))
    person = find_person_in(session, id_card=id_card, name=name, mobile=mobile)
    if person is None:
        raise CellProblem("身份证号" if id_card else "手机号码", t(
            "找不到人员“{name}”（按身份证号，没有时按姓名+手机号码）。"
            "请先在队员或灾害信息员中登记此人", name=name))
    if person.name != name:
        raise CellProblem("姓名", t("身份证号登记的姓名是“{other}”，不是“{name}”",
                                  other=person.name, name=name))
    return person


def _stored(session: Session, person_id: int, name: str, number: str | None
            ) -> Certificate | None:
    """The person's certificate with this 证书名称 and 编号, compared as the sheet's cells are
    read (full-width brackets and spaces normalised): an export must find its rows again."""
    for c in session.scalars(select(Certificate).where(
            Certificate.is_deleted.is_(False), Certificate.person_id == person_id)
            .order_by(Certificate.id)):
        if _CERT_NAME.parse(c.name) == name and _NUMBER.parse(c.number) == number:
            return c
    return None


class CertificatesSpec(RowUpsertSpec):
    name = "certificates"
    title_zh = "证书"
    columns = COLUMNS
    natural_key = "人员（身份证号，没有时 姓名+手机号码）+ 证书名称 + 证书编号"
    table = "certificate"
    model = Certificate

    def upsert(self, session: Session, rec: Record, cache: dict[str, Any]) -> tuple[int, str]:
        v = rec.values
        person = _person(session, rec)
        number = v.get("number")
        stored = _stored(session, person.id, v["cert_name"], number)
        def keep(field: str, current: Any) -> Any:
            value = v.get(field)
            return current if value is None else value

        data = CertificateInput(
            person_id=person.id, name=v["cert_name"], number=number,
            issue_date=keep("issue_date", stored.issue_date if stored else None),
            expiry_date=keep("expiry_date", stored.expiry_date if stored else None),
            remark=keep("remark", stored.remark if stored else None))
        if stored is not None and (stored.issue_date, stored.expiry_date, stored.remark) == (
                data.issue_date, data.expiry_date, data.remark):
            return stored.id, "unchanged"
        cert = save_certificate_in(session, data, stored.id if stored else None)
        return cert.id, "updated" if stored else "inserted"

    def export_rows(self, db: Database) -> Iterator[list[Any]]:
        with db.read() as s:
            rows = s.execute(select(Certificate, Person)
                             .join(Person, Person.id == Certificate.person_id)
                             .where(Certificate.is_deleted.is_(False),
                                    Person.is_deleted.is_(False))
                             .order_by(Person.name, Person.id, Certificate.name,
                                       Certificate.id).execution_options(yield_per=1000))
            for c, p in rows:
                yield [p.name, p.id_card, p.mobile, c.name, c.number, c.issue_date,
                       c.expiry_date, c.remark]


_CERT_NAME = next(c for c in COLUMNS if c.field == "cert_name")
_NUMBER = next(c for c in COLUMNS if c.field == "number")
SPEC = CertificatesSpec()
__all__ = ["SPEC"]
