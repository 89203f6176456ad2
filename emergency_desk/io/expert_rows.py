"""The experts import (`import experts`, 专家库) in bulk (issue 20), as the members import
writes its people.

A chunk of rows at a time (io/person_chunk.py, shared with the managers import): each row's
person is checked by the people rules (`check_person`); the chunk's people are loaded at once
with their live experts, as plain rows; the form's field rules (`apply_person`,
`apply_expert`) change them, and each new or changed person and expert is written once per
chunk with Core executemany and its audit row. Before, each row went through
`upsert_expert_in`: selects and two flushes with the audit hook a row.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, cast

from sqlalchemy.orm import Session

from emergency_desk.data.resources import Expert, ExpertSource
from emergency_desk.io.person_chunk import PersonChunkRows
from emergency_desk.io.spec import ImportCounts, Record, RegisterSpec
from emergency_desk.services.people import PersonInput, check_person
from emergency_desk.services.resources.experts import (
    EXPERT_KEYS,
    ExpertInput,
    apply_expert,
    expert_person,
)


class ExpertRows(PersonChunkRows[ExpertInput]):
    renamed: ClassVar[Mapping[str, str]] = {"group": "expert_group"}

    model = Expert
    keys = EXPERT_KEYS

    def __init__(self, spec: RegisterSpec, session: Session, counts: ImportCounts) -> None:
        super().__init__(spec, session, counts)
        # An expert has no name of its own: data/audit.py's summary names its 职称.
        self.rows.table(Expert, lambda e: cast(str, e.title or ""))

    def checked(self, rec: Record) -> tuple[ExpertInput, PersonInput] | None:
        data = _input(rec)
        clean, problems = check_person(expert_person(data))
        if problems:  # as find_or_create_in refuses the person
            self.counts.errors.extend(self.spec.error(rec, label, reason)
                                      for label, reason in problems.items())
            return None
        return data, clean

    def stored_key(self, record: Any) -> int:
        return cast(int, record.person_id)  # one expert a person

    def keyed(self, data: ExpertInput, person: Any) -> tuple[int, ExpertInput]:
        return person.id, data

    def apply(self, record: Any, person: Any, data: ExpertInput) -> None:
        apply_expert(record, person, data)


def _input(rec: Record) -> ExpertInput:
    v = rec.values
    available = v.get("available")
    return ExpertInput(
        v["name"], v.get("mobile"), v.get("unit"), v.get("specialty"), v.get("title"),
        v.get("group"), v.get("source") or ExpertSource.COUNTY,
        True if available is None else available, v.get("remark"), v.get("id_card"))
