"""Excel register `leaders`: the 领导小组 and 应急办, one row per person (issue 16).

A sheet as townships keep it lists the group's people under its name and 文号; each row names
its 乡镇, so a county can import every township's group from one file. The group is found by
乡镇 (+ 领导小组名称 when given) and created when the township has none; people upsert by group
+ 姓名.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from sqlalchemy.orm import Session

from emergency_desk.data.db import Database
from emergency_desk.data.township import GroupRole, LeadershipMember
from emergency_desk.i18n import t
from emergency_desk.io import dates as dt
from emergency_desk.io import normalize as nz
from emergency_desk.io.row_upsert import CellProblem, RowUpsertSpec, region_id_in, region_refs
from emergency_desk.io.spec import Column, Record
from emergency_desk.services.township.leaders import (
    MemberInput,
    group_for_in,
    members_streamed,
    upsert_member_in,
)

_ROLE_SYNONYMS = {"组 长": "组长", "第一组长": "组长", "常务副组长": "副组长", "组员": "成员",
                  "成员单位": "成员", "主任": "办公室主任", "办公室副主任": "应急办工作人员",
                  "工作人员": "应急办工作人员", "应急办": "应急办工作人员",
                  "联络员": "应急办工作人员"}
parse_role = nz.enumeration({x.zh: x for x in GroupRole}, _ROLE_SYNONYMS)

COLUMNS = [
    Column("乡镇", "region", nz.text_max(400), required=True, width=14,
           synonyms=("所属乡镇", "所属区划", "单位", "乡镇(街道)"),
           comment="乡镇名称或区划代码"),
    Column("领导小组名称", "group", nz.text_max(200), width=28, synonyms=("领导小组", "名称"),
           comment="空白时用该乡镇已登记的领导小组；没有时新建“某某镇应急管理工作领导小组”"),
    Column("姓名", "name", nz.name_text, required=True, width=10),
    Column("小组职务", "role", parse_role, width=14, synonyms=("职务", "组内职务", "小组分工"),
           choices=tuple(x.zh for x in GroupRole), comment="空白按“成员”"),
    Column("本职职务", "post", nz.text_max(100), width=18,
           synonyms=("单位职务", "工作单位及职务", "现任职务")),
    Column("手机号码", "mobile", nz.phone, width=14, as_text=True,
           synonyms=("手机", "手机号", "联系电话", "电话")),
    Column("办公电话", "office_phone", nz.phone, width=14, as_text=True,
           synonyms=("座机", "固定电话")),
    Column("成立文号", "doc_no", nz.text_max(100), width=18, synonyms=("文号", "发文字号")),
    Column("成立日期", "established_date", dt.date_value, width=12,
           synonyms=("成立时间", "发文日期"), comment="如 2024-03-01"),
    Column("备注", "remark", nz.multiline_text, width=20, synonyms=("说明",)),
]


class LeadersSpec(RowUpsertSpec):
    name = "leaders"
    title_zh = "领导小组"
    columns = COLUMNS
    natural_key = "乡镇 + 领导小组名称 + 姓名"
    table = "leadership_member"
    model = LeadershipMember

    def upsert(self, session: Session, rec: Record, cache: dict[str, Any]) -> tuple[int, str]:
        v = rec.values
        region_id = region_id_in(session, v["region"], "乡镇", cache)
        group = group_for_in(session, region_id, v.get("group"))
        if v.get("doc_no") and group.doc_no != v["doc_no"]:
            if group.doc_no and cache.get(f"doc:{group.id}") not in (None, v["doc_no"]):
                raise CellProblem("成立文号", t("同一领导小组的成立文号前后不一致"))
            group.doc_no = v["doc_no"]
        if v.get("doc_no"):
            cache[f"doc:{group.id}"] = v["doc_no"]
        if v.get("established_date") and group.established_date != v["established_date"]:
            group.established_date = v["established_date"]
        return upsert_member_in(session, MemberInput(
            group.id, v["name"], v.get("role") or GroupRole.MEMBER, v.get("post"),
            v.get("mobile"), v.get("office_phone"), None, v.get("remark")))

    def export_rows(self, db: Database) -> Iterator[list[Any]]:
        with db.read() as s:
            refs = region_refs(s)
            for m, established in members_streamed(s):
                yield [refs.get(m.region_id, m.region_path), m.group_name, m.name, m.role.zh,
                       m.post, m.mobile, m.office_phone, m.doc_no, established, m.remark]


SPEC = LeadersSpec()
