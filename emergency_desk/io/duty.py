"""Excel register `duty`: the 值班表, one row per day and shift (issue 16).

Rows upsert by 单位 + 值班日期 + 班次, so a month's roster re-imported after a swap changes
only the days that changed. The 值班记录 log is kept in the window and printed with the roster.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from typing import Any

from sqlalchemy.orm import Session

from emergency_desk.data.db import Database
from emergency_desk.data.township import DutyRoster, DutyShift
from emergency_desk.io import dates as dt
from emergency_desk.io import normalize as nz
from emergency_desk.io.duty_rows import DutyRows
from emergency_desk.io.row_upsert import live_count, region_refs
from emergency_desk.io.spec import Column, ImportCounts, Record, RegisterSpec
from emergency_desk.services.township.duty import roster_streamed

_SHIFT_SYNONYMS = {"24小时": "全天", "全日": "全天", "日班": "白班", "白天": "白班",
                   "晚班": "夜班", "夜间": "夜班"}
parse_shift = nz.enumeration({x.zh: x for x in DutyShift}, _SHIFT_SYNONYMS)

COLUMNS = [
    Column("单位", "region", nz.text_max(400), required=True, width=14,
           synonyms=("乡镇", "所属乡镇", "所属区划", "值班单位"), comment="乡镇名称或区划代码"),
    Column("值班日期", "duty_date", dt.date_value, required=True, width=12,
           synonyms=("日期", "值班时间"), comment="如 2024-07-01"),
    Column("班次", "shift", parse_shift, width=8, choices=tuple(x.zh for x in DutyShift),
           comment="空白按“全天”（24 小时值班）"),
    Column("带班领导", "leader", nz.name_text, width=10, synonyms=("带班", "值班领导")),
    Column("带班领导电话", "leader_phone", nz.phone, width=14, as_text=True,
           synonyms=("领导电话", "带班电话")),
    Column("值班员", "officer", nz.text_max(100), width=14,
           synonyms=("值班人员", "值班人", "值守人员"), comment="多人用“、”分隔"),
    Column("值班员电话", "officer_phone", nz.phones, width=14, as_text=True,
           synonyms=("值班人员电话", "手机号码", "联系电话"), comment="多人用“、”分隔"),
    Column("值班电话", "duty_phone", nz.phone, width=14, as_text=True,
           synonyms=("值班室电话",)),
    Column("汛期", "flood_season", nz.yes_no, width=8, choices=("是", "否"),
           synonyms=("汛期加强", "是否汛期"), comment="汛期加强值班填“是”"),
    Column("备注", "remark", nz.multiline_text, width=20, synonyms=("说明",)),
]


class DutySpec(RegisterSpec):
    name = "duty"
    title_zh = "值班表"
    columns = COLUMNS
    natural_key = "单位 + 值班日期 + 班次"
    table = "duty_roster"

    streams = True

    def import_records(self, session: Session, records: Iterable[Record],
                       progress: Callable[[int, int], None] | None = None) -> ImportCounts:
        """Checked against the slots loaded once, written a chunk at a time
        (io/duty_rows.py)."""
        counts = ImportCounts()
        DutyRows(self, session, counts).run(records, progress)
        return counts

    def count(self, db: Database) -> int:
        return live_count(db, DutyRoster)

    def export_rows(self, db: Database) -> Iterator[list[Any]]:
        with db.read() as s:
            refs = region_refs(s)
            for r in roster_streamed(s):
                yield [refs.get(r.region_id, r.region_path), r.duty_date, r.shift.zh, r.leader,
                       r.leader_phone, r.officer, r.officer_phone, r.duty_phone,
                       "是" if r.flood_season else "否", r.remark]


SPEC = DutySpec()
