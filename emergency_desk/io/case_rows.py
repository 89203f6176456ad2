"""The cases import (`import cases`, 典型案例库) in bulk (issue 20): the form's rules
(`check_case`, `case_values`, `kept_case_on_file` in services/library/cases.py) on plain
values, rows matched by 标题 + 发生日期 (the title in its normal form) against a dict loaded
once, 发生地 through the regions' lookup (`region_id_in`, once per distinct cell), Core
writes a chunk at a time (io/library_rows.py)."""

from __future__ import annotations

from collections.abc import Hashable
from typing import Any

from emergency_desk.data.library import CaseCategory, CaseRecord
from emergency_desk.io.library_rows import LibraryRows
from emergency_desk.io.row_upsert import region_id_in
from emergency_desk.io.spec import Record
from emergency_desk.services.library.cases import (
    CASE_FIELDS,
    CaseInput,
    case_key,
    case_values,
    check_case,
    kept_case_on_file,
)
from emergency_desk.services.library.files import tidy


class CaseRows(LibraryRows):
    model = CaseRecord
    fields = CASE_FIELDS
    key_columns = ("title", "occurred_on")

    def key(self, *values: Any) -> Hashable:
        title, occurred_on = values
        return case_key(title, occurred_on)

    def raw_key(self, rec: Record) -> Hashable | None:
        title = tidy(rec.values.get("title"))
        return case_key(title, rec.values.get("occurred_on")) if title is not None else None

    def checked(self, rec: Record) -> tuple[Hashable, CaseInput]:
        v = rec.values
        region_id = region_id_in(self.session, v["region"], "region", self.cache) \
            if v.get("region") else None
        d = check_case(CaseInput(
            v["title"], v.get("occurred_on"), v.get("category") or CaseCategory.NATURAL,
            region_id, v.get("place"), v.get("event_type"), v.get("grade"), v.get("summary"),
            v.get("cause"), v.get("measures"), v.get("handling"), v.get("lessons"),
            v.get("problems"), v.get("suggestions"), v.get("expert_opinion"), v.get("remark")),
            region_live=lambda _rid: True)  # region_id_in finds live regions only
        return case_key(d.title, d.occurred_on), d

    def kept(self, d: CaseInput, old: dict[str, Any]) -> CaseInput:
        return kept_case_on_file(d, old["title"], old["remark"])

    def values_of(self, d: CaseInput) -> dict[str, Any]:
        return case_values(d)
