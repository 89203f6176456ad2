"""Excel register `contacts`: 应急联络网, one row per unit and person (issue 16)."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from typing import Any

from sqlalchemy.orm import Session

from emergency_desk.data.db import Database
from emergency_desk.data.resources import ContactCategory, ContactEntry
from emergency_desk.io import dates as dt
from emergency_desk.io import normalize as nz
from emergency_desk.io.contact_rows import ContactRows
from emergency_desk.io.row_upsert import live_count, region_refs
from emergency_desk.io.spec import Column, ImportCounts, Record, RegisterSpec
from emergency_desk.services.resources.contacts import contact_rows_streamed

parse_category = nz.enumeration({x.zh: x for x in ContactCategory}, {
    "部门": "县直部门", "县直单位": "县直部门", "乡镇(街道)": "乡镇", "街道": "乡镇",
    "村": "村(社区)", "社区": "村(社区)", "村居": "村(社区)", "队伍": "救援队伍",
    "企事业单位": "企业", "单位": "其他"})

COLUMNS = [
    Column("类别", "category", parse_category, width=10, synonyms=("分类", "单位类别"),
           choices=tuple(x.zh for x in ContactCategory), comment="空白按“其他”"),
    Column("单位", "unit", nz.text_max(100), required=True, width=22,
           synonyms=("单位名称", "部门", "部门名称")),
    Column("所属区划", "region", nz.text_max(400), width=12, synonyms=("乡镇", "区划"),
           comment="乡镇、村的条目填写，便于按乡镇筛选"),
    Column("职务", "role", nz.text_max(100), width=14, synonyms=("职责", "岗位")),
    Column("联系人", "person", nz.name_text, required=True, width=10,
           synonyms=("姓名", "负责人")),
    Column("办公电话", "office_phone", nz.phone, width=14, as_text=True,
           synonyms=("座机", "固定电话", "值班电话")),
    Column("手机号码", "mobile", nz.phone, width=14, as_text=True,
           synonyms=("手机", "手机号", "移动电话")),
    Column("核实日期", "last_verified", dt.date_value, width=12,
           synonyms=("最近核实", "核对日期", "更新日期"), comment="最近一次打电话核实的日期"),
    Column("备注", "remark", nz.multiline_text, width=20, synonyms=("说明",)),
]


class ContactsSpec(RegisterSpec):
    name = "contacts"
    title_zh = "应急联络网"
    columns = COLUMNS
    natural_key = "单位 + 联系人"
    table = "contact_entry"

    streams = True

    def import_records(self, session: Session, records: Iterable[Record],
                       progress: Callable[[int, int], None] | None = None) -> ImportCounts:
        """Checked against the entries loaded once, written a chunk at a time
        (io/contact_rows.py)."""
        counts = ImportCounts()
        ContactRows(self, session, counts).run(records, progress)
        return counts

    def count(self, db: Database) -> int:
        return live_count(db, ContactEntry)

    def export_rows(self, db: Database) -> Iterator[list[Any]]:
        with db.read() as s:
            refs = region_refs(s)
            for c in contact_rows_streamed(s):
                yield [c.category.zh, c.unit,
                       refs.get(c.region_id) if c.region_id is not None else None, c.role,
                       c.person, c.office_phone, c.mobile, c.last_verified, c.remark]


SPEC = ContactsSpec()
