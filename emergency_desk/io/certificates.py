"""Excel register `certificates` (证书, T3): a person's qualifications, whatever team they are in.

The person is found by 身份证号, else 姓名 + 手机号码 (DESIGN §2), among people already on record
(team members, officers); a certificate upserts by person + 证书名称 + 证书编号. Rows are
checked by the window's rules (`check_certificate`) and written with Core only when something
differs, a chunk of rows at a time against the people and certificates it names, loaded at
once (issue 20).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from typing import Any, cast

from sqlalchemy import select
from sqlalchemy.orm import Session

from emergency_desk.data.db import Database
from emergency_desk.data.people import Person
from emergency_desk.data.teams import Certificate
from emergency_desk.errors import ValidationFailed
from emergency_desk.i18n import t
from emergency_desk.io import dates as dt
from emergency_desk.io import normalize as nz
from emergency_desk.io.bulk import Bulk, BulkTable, WrittenRows
from emergency_desk.io.row_upsert import CellProblem, live_count
from emergency_desk.io.spec import (
    BAD,
    CHUNK_ROWS,
    Column,
    ImportCounts,
    Record,
    RegisterSpec,
    record_chunks,
)
from emergency_desk.services.people_index import (
    PersonIndex,
    chunked,
    live_in_bulk,
    natural_keys,
)
from emergency_desk.services.plain_rows import PlainRow, PlainRows, new_row
from emergency_desk.services.teams.members import CertificateInput, check_certificate

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


class _ChunkLookup:
    """The people a chunk of rows names (PersonIndex: find_person_in's answers) and the
    certificates its rows name, loaded at once as plain rows (services/plain_rows.py); told
    about every certificate the import adds. Row by row, each row's two queries first flushed
    the rows before it (5.7× the floor at 1,000 rows, issue 20)."""

    def __init__(self, session: Session, rows: list[Record],
                 added: dict[int, list[PlainRow]]) -> None:
        cards, name_mobiles, _ = natural_keys(r.values for r in rows)
        plain = PlainRows(session)
        self.people = PersonIndex(session, cards, name_mobiles,
                                  load=lambda where: cast(list[Person],
                                                          plain.load(Person, where)))
        wanted: set[_Key] = set()
        for rec in rows:
            try:
                person = self.person(rec)
            except CellProblem:
                continue  # reported when the row's turn comes
            wanted.add((person.id, rec.values["cert_name"], rec.values.get("number")))
        # The chunk's people can hold many certificates (a member's ten by the end of a
        # long file): their names and numbers are read, and only those the rows name are
        # loaded whole, the first in id order where two match.
        found: dict[_Key, int] = {}
        for batch in chunked({pid for pid, _, _ in wanted}):
            for cid, pid, name, number in session.execute(
                    select(Certificate.id, Certificate.person_id, Certificate.name,
                           Certificate.number)
                    .where(live_in_bulk(session, Certificate),
                           Certificate.person_id.in_(batch))
                    .order_by(Certificate.id)):
                key = (pid, _CERT_NAME.parse(name), _NUMBER.parse(number))
                if key in wanted and key not in found:
                    found[key] = cid
        by_id: dict[int, _Key] = {cid: key for key, cid in found.items()}
        self._certs: dict[_Key, PlainRow] = {}
        for batch in chunked(by_id):
            for c in plain.load(Certificate, Certificate.id.in_(batch)):
                self._certs[by_id[c.id]] = c
        # Added by earlier chunks and not yet in the database (a refused file writes none).
        for certs in added.values():
            for c in certs:
                self.added(c)

    def person(self, rec: Record) -> Person:
        v = rec.values
        id_card, name, mobile = v.get("id_card"), v["name"], v.get("mobile")
        if not id_card and not mobile:
            raise CellProblem("身份证号", t("请填写身份证号，或手机号码（用来找到“{name}”）",
                                          name=name))
        person = self.people.person(id_card=id_card, name=name, mobile=mobile)
        if person is None:
            raise CellProblem("身份证号" if id_card else "手机号码", t(
                "找不到人员“{name}”（按身份证号，没有时按姓名+手机号码）。"
                "请先在队员或灾害信息员中登记此人", name=name))
        if person.name != name:
            raise CellProblem("姓名", t("身份证号登记的姓名是“{other}”，不是“{name}”",
                                      other=person.name, name=name))
        return person

    def stored(self, person: Person, name: str, number: str | None) -> PlainRow | None:
        """The person's certificate with this 证书名称 and 编号, compared as the sheet's cells
        are read (full-width brackets and spaces normalised): an export must find its rows
        again."""
        return self._certs.get((person.id, name, number))

    def added(self, cert: PlainRow) -> None:
        self._certs.setdefault(
            (cert.person_id, _CERT_NAME.parse(cert.name), _NUMBER.parse(cert.number)), cert)


_Key = tuple[int, str, "str | None"]  # person id, 证书名称 and 编号 as the sheet's cells read


class CertificatesSpec(RegisterSpec):
    name = "certificates"
    title_zh = "证书"
    columns = COLUMNS
    natural_key = "人员（身份证号，没有时 姓名+手机号码）+ 证书名称 + 证书编号"
    table = "certificate"
    model = Certificate

    streams = True

    def import_records(self, session: Session, records: Iterable[Record],
                       progress: Callable[[int, int], None] | None = None) -> ImportCounts:
        """A chunk of rows at a time against its people and their certificates, loaded at
        once (_ChunkLookup), checked by the form's rules (`check_certificate`) and written
        with Core through io/bulk.py, each insert and update with the audit row the form's
        ORM save gives it. Only ids (and, in a refused file, the certificates it would have
        added) outlive a chunk."""
        counts = ImportCounts()
        bulk = Bulk(session)
        table = bulk.table(Certificate)
        written = WrittenRows()  # certificate id → the row that wrote it
        added: dict[int, list[PlainRow]] = {}  # person id → new certificates not yet written
        refused = False
        for part in record_chunks(records, progress, CHUNK_ROWS):
            bulk.write()  # the chunk before, so that this chunk's queries see it
            if bulk.writing:
                added.clear()
            chunk = [r for r in part
                     if not any(v is BAD for v in r.values.values())]  # errors already
            refused = refused or len(chunk) != len(part)
            lookup = _ChunkLookup(session, chunk, added)
            for rec in chunk:
                before = len(counts.errors)
                try:
                    cert, change = self._upsert(rec, lookup, table)
                except CellProblem as exc:
                    counts.errors.append(self.error(rec, exc.column, exc.reason))
                except ValidationFailed as exc:
                    counts.errors.extend(self.error(rec, label, reason)
                                         for label, reason in exc.problems.items())
                else:
                    first = written.row(cert.id)
                    if first is not None:
                        counts.errors.append(self.error(rec, "name", t(
                            "与第 {row} 行重复（同一记录出现两次）", row=first)))
                    else:
                        written.add(cert.id, rec.row)
                        if change == "inserted":
                            added.setdefault(cert.person_id, []).append(cert)
                        setattr(counts, change, getattr(counts, change) + 1)
                refused = refused or len(counts.errors) != before
                bulk.row_done(refused=refused)
            if refused:
                bulk.stop()
        bulk.write()
        return counts

    @staticmethod
    def _upsert(rec: Record, lookup: _ChunkLookup, table: BulkTable) -> tuple[PlainRow, str]:
        v = rec.values
        person = lookup.person(rec)
        number = v.get("number")
        stored = lookup.stored(person, v["cert_name"], number)

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
            return stored, "unchanged"
        values = check_certificate(data, person_live=lambda: True)  # PersonIndex: live only
        if stored is None:
            cert = new_row(Certificate, table.reserve())
            cert.__dict__.update(values)
            cert.uuid = table.insert(values, values["name"], rid=cert.id)[1]
            lookup.added(cert)
            return cert, "inserted"
        old = stored.values()
        table.update(stored.id, stored.uuid, values["name"], old, values)
        stored.__dict__.update(values)
        return stored, "updated"

    def count(self, db: Database) -> int:
        return live_count(db, Certificate)

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
