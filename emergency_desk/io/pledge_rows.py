"""The pledges import (`import pledges`, 防汛责任书) in bulk (issue 20): the form's rules
(`check_pledge`, `pledge_values` in services/township/pledges.py) on plain values, rows
matched by 年度 + 签订单位 against a dict of the live letters loaded once, the signing
regions' levels from a dict loaded once, Core writes a chunk at a time with the form's audit
rows. The 扫描件 cell attaches a file as the regulations' 原文 does (io/library_rows.py, the
same rule `file_to_attach` as io/library.file_cell_in): a new letter its insert then an update
with the file, a matched one a single update — the audit rows the ORM's two flushes wrote.
Before, each row went through `upsert_pledge_in`: a select, a flush and the audit hook a row.
"""

from __future__ import annotations

from collections.abc import Hashable
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from emergency_desk.data.models import Region
from emergency_desk.data.township import FloodPledge, PledgeLevel
from emergency_desk.i18n import t
from emergency_desk.io.library_rows import LibraryRows
from emergency_desk.io.row_upsert import CellProblem
from emergency_desk.io.spec import ImportCounts, Record, RegisterSpec
from emergency_desk.io.villages import village_id_in
from emergency_desk.services.township.pledges import PledgeInput, check_pledge, pledge_values

_Checked = tuple[PledgeInput, PledgeLevel]


class PledgeRows(LibraryRows):
    model = FloodPledge
    fields = ("year", "region_id", "level", "responsible", "post", "signed_date", "issuer",
              "remark")
    key_columns = ("year", "region_id")

    def __init__(self, spec: RegisterSpec, session: Session, counts: ImportCounts) -> None:
        super().__init__(spec, session, counts)
        self._levels: dict[int, str] = dict(session.execute(
            select(Region.id, Region.level).where(Region.is_deleted.is_(False))).all())

    def key(self, *values: Any) -> Hashable:
        year, region_id = values
        return year, region_id

    def raw_key(self, rec: Record) -> Hashable | None:
        if rec.values.get("region") is None:
            return None
        try:
            return rec.values.get("year"), self._region(rec)
        except CellProblem:
            return None  # refused when checked

    def checked(self, rec: Record) -> tuple[Hashable, _Checked]:
        region_id = self._region(rec)
        year = rec.values.get("year")
        if year is None:
            raise CellProblem("年度", t("年度不能为空"))
        v = rec.values
        d, level = check_pledge(PledgeInput(
            year, region_id, v["responsible"], v.get("post"), v.get("signed_date"),
            v.get("issuer"), v.get("remark")), region_level=self._levels.get)
        return (d.year, d.region_id), (d, level)

    def kept(self, d: _Checked, old: dict[str, Any]) -> _Checked:
        data, level = d
        if data.remark is None:  # a blank 备注 keeps the stored one, as upsert_pledge_in
            data.remark = old["remark"]
        return data, level

    def values_of(self, d: _Checked) -> dict[str, Any]:
        return pledge_values(*d)

    def title_of(self, values: dict[str, Any]) -> str:
        return ""  # a letter has no name: its audit summary is the label alone, as the ORM's

    def _region(self, rec: Record) -> int:
        return village_id_in(self.session, rec.values["region"], None, "签订单位", self.cache)
