"""Excel register `managers`: 村(社区)应急管理员 / 网格员, one row per person and village.

The person is matched as the officers register matches people (身份证号, else 姓名 + 手机号码),
so a village's 灾害信息员 listed here again is linked to the same person, not duplicated.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from sqlalchemy.orm import Session

from emergency_desk.data.db import Database
from emergency_desk.data.township import ManagerRole, VillageManager
from emergency_desk.io import dates as dt
from emergency_desk.io import normalize as nz
from emergency_desk.io.row_upsert import CellProblem, RowUpsertSpec, region_id_in, region_refs
from emergency_desk.io.spec import Column, Record
from emergency_desk.services.township.managers import (
    ManagerInput,
    manager_rows_streamed,
    upsert_manager_in,
)

_COMMITTEE = re.compile(r"(?<=[村区])(民委员会|委会|居委会|居民委员会)$")
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


def village_id_in(session: Session, text: str, township: str | None, column: str,
                  cache: dict[str, Any]) -> int:
    """A region as sheets write villages: its name (also as 古筑村委会 / 城东社区居委会), code or
    path; a 乡镇 column decides between villages of the same name."""
    tries = [text]
    short = _COMMITTEE.sub("", text)
    if short != text:
        tries.append(short)
    if township:
        tries += [f"{township}/{x}" for x in tries]
    for attempt in tries[:-1]:
        try:
            return region_id_in(session, attempt, column, cache)
        except CellProblem:
            continue
    return region_id_in(session, tries[-1], column, cache)


class ManagersSpec(RowUpsertSpec):
    name = "managers"
    title_zh = "村(社区)应急管理员"
    columns = COLUMNS
    natural_key = "村(社区) + 身份证号，没有时按 姓名+手机号码"
    table = "village_manager"
    model = VillageManager

    def upsert(self, session: Session, rec: Record, cache: dict[str, Any]) -> tuple[int, str]:
        v = rec.values
        region_id = village_id_in(session, v["village"], v.get("township"), "村(社区)", cache)
        return upsert_manager_in(session, ManagerInput(
            region_id, v["name"], v.get("mobile"), v.get("id_card"), None,
            v.get("role") or ManagerRole.MANAGER, v.get("duty_title"), v.get("appoint_date"),
            v.get("leave_date"), v.get("remark")))

    def export_rows(self, db: Database) -> Iterator[list[Any]]:
        with db.read() as s:
            refs = region_refs(s)
            for m in manager_rows_streamed(s):
                parts = m.region_path.split("/")
                town = parts[1] if len(parts) > 2 else None
                yield [town, refs.get(m.region_id, m.region_path), m.name, m.id_card, m.mobile,
                       m.role.zh, m.duty_title, m.appoint_date, m.leave_date, m.remark]


SPEC = ManagersSpec()
