"""The managers import (`import managers`, 村(社区)应急管理员) in bulk (issue 20), as the
experts and members imports write their people.

A chunk of rows at a time (io/person_chunk.py, shared with the experts import): each row's
village is found (io/villages.py, its level from the regions loaded once) and checked with its
person by the form's rules (`check_manager`, `check_person`); the chunk's people are loaded at
once with their live managers, as plain rows; the form's field rules (`apply_person`,
`apply_manager`) change them, and each new or changed person and manager is written once per
chunk with Core executemany and its audit row. Before, each row went through
`upsert_manager_in`: selects and two flushes with the audit hook a row.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from emergency_desk.data.models import Region
from emergency_desk.data.township import ManagerRole, VillageManager
from emergency_desk.io.person_chunk import PersonChunkRows
from emergency_desk.io.row_upsert import CellProblem
from emergency_desk.io.spec import ImportCounts, Record, RegisterSpec
from emergency_desk.io.villages import village_id_in
from emergency_desk.services.people import PersonInput, check_person
from emergency_desk.services.township.managers import (
    MANAGER_KEYS,
    ManagerInput,
    apply_manager,
    check_manager,
    checked_manager,
    manager_person,
)


class ManagerRows(PersonChunkRows[ManagerInput]):
    model = VillageManager
    keys = MANAGER_KEYS

    def __init__(self, spec: RegisterSpec, session: Session, counts: ImportCounts) -> None:
        super().__init__(spec, session, counts)
        self.rows.table(VillageManager, lambda m: "")  # data/audit.py's summary names no one
        self.cache: dict[str, Any] = {}  # region_id_in's
        self._levels: dict[int, str] = {rid: level for rid, level in session.execute(
            select(Region.id, Region.level).where(Region.is_deleted.is_(False)))}

    def checked(self, rec: Record) -> tuple[ManagerInput, PersonInput] | None:
        spec, errors, v = self.spec, self.counts.errors, rec.values
        try:
            region_id = village_id_in(self.session, v["village"], v.get("township"),
                                      "村(社区)", self.cache)
        except CellProblem as exc:
            errors.append(spec.error(rec, exc.column, exc.reason))
            return None
        data = ManagerInput(
            region_id, v["name"], v.get("mobile"), v.get("id_card"), None,
            v.get("role") or ManagerRole.MANAGER, v.get("duty_title"),
            v.get("appoint_date"), v.get("leave_date"), v.get("remark"))
        problems = check_manager(data, region_level=self._levels.get(region_id))
        clean = None
        if not problems.get("村(社区)"):  # as the form's save, which then finds the person
            clean, person_problems = check_person(manager_person(data))
            problems.update(person_problems)
        if problems:
            errors.extend(spec.error(rec, label, reason) for label, reason in problems.items())
            return None
        assert clean is not None
        return data, clean

    def stored_key(self, record: Any) -> tuple[int, int]:
        return record.region_id, record.person_id  # one manager a person in each village

    def keyed(self, data: ManagerInput, person: Any) -> tuple[tuple[int, int], ManagerInput]:
        d = checked_manager(data, person)
        return (d.region_id, person.id), d

    def apply(self, record: Any, person: Any, data: ManagerInput) -> None:
        apply_manager(record, data)
