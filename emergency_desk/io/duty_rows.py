"""The duty import (`import duty`, 值班表) in bulk (issue 20).

The live slots are loaded once into a dict by 单位 + 值班日期 + 班次; each row is checked by the
form's rules (`check_roster`, `roster_values`) and written with Core executemany a chunk at a
time (io/stored_rows.py `StoredRows`, io/bulk.py), with the audit row the form's save gives
it. Before, each row went through `upsert_roster_in`: a select and a flush with its audit hook
a row.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from sqlalchemy.orm import Session

from emergency_desk.data.township import DutyRoster, DutyShift
from emergency_desk.errors import ValidationFailed
from emergency_desk.i18n import t
from emergency_desk.io.row_upsert import CellProblem, region_id_in, row_problems
from emergency_desk.io.spec import ImportCounts, Record, RegisterSpec
from emergency_desk.io.stored_rows import Stored, StoredRows, live_records
from emergency_desk.services.township.duty import (
    ROSTER_FIELDS,
    RosterInput,
    check_roster,
    roster_values,
)


class DutyRows(StoredRows[tuple[int, date, str]]):
    def __init__(self, spec: RegisterSpec, session: Session, counts: ImportCounts) -> None:
        super().__init__(spec, session, counts, DutyRoster)
        for stored in live_records(session, DutyRoster, ROSTER_FIELDS):
            sv = stored.values
            self.stored.setdefault((sv["region_id"], sv["duty_date"], sv["shift"]), stored)

    def _row(self, rec: Record) -> None:
        v = rec.values
        try:
            region_id = region_id_in(self.session, v["region"], "单位", self.cache)
            if v.get("duty_date") is None:
                raise CellProblem("值班日期", t("值班日期不能为空"))
            d = check_roster(RosterInput(
                region_id, v["duty_date"], v.get("shift") or DutyShift.ALL_DAY, v.get("leader"),
                v.get("leader_phone"), v.get("officer"), v.get("officer_phone"),
                v.get("duty_phone"), bool(v.get("flood_season")), v.get("remark")),
                region_ok=True)  # region_id_in finds live regions only
        except (CellProblem, ValidationFailed) as exc:
            self.counts.errors.extend(row_problems(self.spec, rec, exc))
            return

        def values(stored: Stored | None) -> dict[str, Any]:
            if stored is not None and "remark" not in v:  # a sheet without 备注 keeps it
                d.remark = stored.values["remark"]
            return roster_values(d)

        self.write_row(rec, (d.region_id, d.duty_date, d.shift.value), values)
