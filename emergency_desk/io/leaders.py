"""Excel register `leaders`: the 领导小组 and 应急办, one row per person (issue 16).

A sheet as townships keep it lists the group's people under its name and 文号; each row names
its 乡镇, so a county can import every township's group from one file. The group is found by
乡镇 (+ 领导小组名称 when given) and created when the township has none; people upsert by group
+ 姓名.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from typing import Any

from sqlalchemy.orm import Session

from emergency_desk.data.db import Database
from emergency_desk.data.township import GroupRole, LeadershipMember
from emergency_desk.io import dates as dt
from emergency_desk.io import normalize as nz
from emergency_desk.io.leader_rows import UNIT_HEADERS, LeaderRows
from emergency_desk.io.row_upsert import live_count, region_refs
from emergency_desk.io.spec import Column, ImportCounts, Record, RegisterSpec
from emergency_desk.services.township.leaders import members_streamed

_ROLE_SYNONYMS = {"组 长": "组长", "第一组长": "组长", "常务副组长": "副组长", "组员": "成员",
                  "成员单位": "成员", "主任": "办公室主任", "办公室副主任": "应急办工作人员",
                  "工作人员": "应急办工作人员", "应急办": "应急办工作人员",
                  "联络员": "应急办工作人员"}
parse_role = nz.enumeration({x.zh: x for x in GroupRole}, _ROLE_SYNONYMS)

COLUMNS = [
    # Not 单位: in a group's list that is each member's own unit (宏村派出所), kept with the
    # member as a column of its own, not a township to look up.
    Column("乡镇", "region", nz.text_max(400), required=True, width=14,
           synonyms=("所属乡镇", "所属区划", "乡镇(街道)"),
           comment="乡镇名称或区划代码"),
    Column("领导小组名称", "group", nz.text_max(200), width=28, synonyms=("领导小组", "名称"),
           comment="空白时用该乡镇已登记的领导小组；没有时新建“某某镇应急管理工作领导小组”"),
    Column("姓名", "name", nz.name_text, required=True, width=10),
    Column("小组职务", "role", parse_role, width=14, synonyms=("职务", "组内职务", "小组分工"),
           choices=tuple(x.zh for x in GroupRole), comment="空白按“成员”"),
    Column("本职职务", "post", nz.text_max(100), width=18,
           # 职务 is the 小组职务 unless the sheet has that column too (io/headers.py)
           synonyms=("单位职务", "工作单位及职务", "现任职务", "职务")),
    Column("手机号码", "mobile", nz.phone, width=14, as_text=True,
           synonyms=("手机", "手机号", "联系电话", "电话")),
    Column("办公电话", "office_phone", nz.phone, width=14, as_text=True,
           synonyms=("座机", "固定电话", "联系电话")),  # beside 手机号码
    Column("成立文号", "doc_no", nz.text_max(100), width=18, synonyms=("文号", "发文字号")),
    Column("成立日期", "established_date", dt.date_value, width=12,
           synonyms=("成立时间", "发文日期"), comment="如 2024-03-01"),
    Column("备注", "remark", nz.multiline_text, width=20, synonyms=("说明",)),
]


class LeadersSpec(RegisterSpec):
    name = "leaders"
    title_zh = "领导小组"
    columns = COLUMNS
    natural_key = "乡镇 + 领导小组名称 + 姓名"
    table = "leadership_member"
    reads_extra = UNIT_HEADERS  # a member's own unit, read into 本职职务

    streams = True

    def import_records(self, session: Session, records: Iterable[Record],
                       progress: Callable[[int, int], None] | None = None) -> ImportCounts:
        """Checked against the members loaded once, written a chunk at a time
        (io/leader_rows.py)."""
        counts = ImportCounts()
        LeaderRows(self, session, counts).run(records, progress)
        return counts

    def count(self, db: Database) -> int:
        return live_count(db, LeadershipMember)

    def export_rows(self, db: Database) -> Iterator[list[Any]]:
        with db.read() as s:
            refs = region_refs(s)
            for m, established in members_streamed(s):
                yield [refs.get(m.region_id, m.region_path), m.group_name, m.name, m.role.zh,
                       m.post, m.mobile, m.office_phone, m.doc_no, established, m.remark]


SPEC = LeadersSpec()
