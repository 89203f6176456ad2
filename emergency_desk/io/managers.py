"""Excel register `managers`: 村(社区)应急管理员 / 网格员, one row per person and village.

The person is matched as the officers register matches people (身份证号, else 姓名 + 手机号码),
so a village's 灾害信息员 listed here again is linked to the same person, not duplicated.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from typing import Any

from sqlalchemy.orm import Session

from emergency_desk.data.db import Database
from emergency_desk.data.township import ManagerRole, VillageManager
from emergency_desk.io import dates as dt
from emergency_desk.io import normalize as nz
from emergency_desk.io.manager_rows import ManagerRows
from emergency_desk.io.row_upsert import live_count, region_refs
from emergency_desk.io.spec import Column, ImportCounts, Record, RegisterSpec

# io/pledges.py finds its villages here, as it did before the function moved.
from emergency_desk.io.villages import village_id_in as village_id_in
from emergency_desk.services.township.managers import manager_rows_streamed

_ROLE_SYNONYMS = {"管理员": "应急管理员", "村应急管理员": "应急管理员", "网格长": "网格员",
                  "应急网格员": "网格员", "兼网格员": "应急管理员兼网格员",
                  "应急管理员、网格员": "应急管理员兼网格员"}
parse_role = nz.enumeration({x.zh: x for x in ManagerRole}, _ROLE_SYNONYMS)

COLUMNS = [
    Column("乡镇", "township", nz.text_max(100), width=12, synonyms=("所属乡镇",),
           comment="村名在全县重名时填写"),
    Column("村(社区)", "village", nz.text_max(200), required=True, width=14,
           comment="村（社区）名称或区划代码"),
    Column("姓名", "name", nz.name_text, required=True, width=10),
    Column("身份证号", "id_card", nz.id_card, width=20, as_text=True),
    Column("手机号码", "mobile", nz.mobile, width=14, as_text=True),
    Column("职责", "role", parse_role, width=16, synonyms=("岗位", "类别", "身份"),
           choices=tuple(x.zh for x in ManagerRole), comment="空白按“应急管理员”"),
    Column("本职职务", "duty_title", nz.text_max(100), width=14,
           synonyms=("职务", "村内职务"), comment="如 村党组织书记、村委委员"),
    Column("任职日期", "appoint_date", dt.date_value, width=12, synonyms=("任职时间",)),
    Column("离任日期", "leave_date", dt.date_value, width=12, synonyms=("离任时间",),
           comment="仍在任的空白"),
    Column("备注", "remark", nz.multiline_text, width=20, synonyms=("说明",)),
]


class ManagersSpec(RegisterSpec):
    name = "managers"
    title_zh = "村(社区)应急管理员"
    columns = COLUMNS
    natural_key = "村(社区) + 身份证号，没有时按 姓名+手机号码"
    table = "village_manager"

    streams = True

    def import_records(self, session: Session, records: Iterable[Record],
                       progress: Callable[[int, int], None] | None = None) -> ImportCounts:
        """A chunk at a time: people and managers loaded at once, written with Core
        (io/manager_rows.py)."""
        counts = ImportCounts()
        ManagerRows(self, session, counts).run(records, progress)
        return counts

    def count(self, db: Database) -> int:
        return live_count(db, VillageManager)

    def export_rows(self, db: Database) -> Iterator[list[Any]]:
        with db.read() as s:
            refs = region_refs(s)
            for m in manager_rows_streamed(s):
                parts = m.region_path.split("/")
                town = parts[1] if len(parts) > 2 else None
                yield [town, refs.get(m.region_id, m.region_path), m.name, m.id_card, m.mobile,
                       m.role.zh, m.duty_title, m.appoint_date, m.leave_date, m.remark]


SPEC = ManagersSpec()
