"""The contacts import (`import contacts`, 应急联络网) in bulk (issue 20).

The live entries are loaded once into a dict by 单位 + 联系人 in the normal form the form's
select compares them in (`data/names.name_key`); each row is checked by the form's rules
(`check_contact`, `contact_values`) and written with Core executemany a chunk at a time
(io/stored_rows.py `StoredRows`, io/bulk.py), with the audit row the form's save gives it.
Before, each row went through `upsert_contact_in`: a select scanning the table on the folded
names and a flush a row.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

from sqlalchemy.orm import Session

from emergency_desk.data.names import name_key
from emergency_desk.data.resources import ContactCategory, ContactEntry
from emergency_desk.errors import ValidationFailed
from emergency_desk.io.row_upsert import CellProblem, region_id_in, row_problems
from emergency_desk.io.spec import ImportCounts, Record, RegisterSpec
from emergency_desk.io.stored_rows import Stored, StoredRows, live_records
from emergency_desk.services.resources.contacts import (
    CONTACT_FIELDS,
    ContactInput,
    check_contact,
    contact_values,
)


def _key(unit: str, person: str) -> tuple[str, str]:
    return name_key(unit), name_key(person)


class ContactRows(StoredRows[tuple[str, str]]):
    renamed: ClassVar[Mapping[str, str]] = {"region": "region_id"}

    def __init__(self, spec: RegisterSpec, session: Session, counts: ImportCounts) -> None:
        super().__init__(spec, session, counts, ContactEntry)
        for stored in live_records(session, ContactEntry, (*CONTACT_FIELDS, "category")):
            self.stored.setdefault(_key(stored.values["unit"], stored.values["person"]), stored)

    def _row(self, rec: Record) -> None:
        v = rec.values
        try:
            region_id = region_id_in(self.session, v["region"], "所属区划", self.cache) \
                if v.get("region") else None
            d = check_contact(ContactInput(
                v["unit"], v["person"], v.get("category") or ContactCategory.OTHER, region_id,
                v.get("role"), v.get("office_phone"), v.get("mobile"), v.get("last_verified"),
                v.get("remark")), region_ok=True)  # region_id_in finds live regions only
        except (CellProblem, ValidationFailed) as exc:
            self.counts.errors.extend(row_problems(self.spec, rec, exc))
            return

        def values(stored: Stored | None) -> dict[str, Any]:
            if stored is not None:
                # Matched on the names' normal form: the stored spelling stays.
                d.unit, d.person = stored.values["unit"], stored.values["person"]
                if d.remark is None:
                    d.remark = stored.values["remark"]
            return contact_values(d)

        self.write_row(rec, _key(d.unit, d.person), values)
