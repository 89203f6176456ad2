"""The leaders import (`import leaders`, 领导小组) in bulk (issue 20).

The live members are loaded once into a dict by group + the normal form of 姓名 (as the form's
`find_member_in` compares them, `data/names.name_key`), with each group's last sort order;
each row is checked by the form's rules (`check_member`, `member_values`) and written with
Core executemany a chunk at a time (io/stored_rows.py `StoredRows`, io/bulk.py), with the
audit row the form's save gives it. A township's group is still found or created, and its
成立文号 / 成立日期 set, by the ORM (`group_for_in`), asked once per township and group name:
a file names a few groups. Before, each row went through `group_for_in` and
`upsert_member_in`: three selects, one scanning the members on their folded names, and a
flush a row.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from emergency_desk.data.names import name_key
from emergency_desk.data.plans import LeadershipGroup
from emergency_desk.data.township import GroupRole, LeadershipMember
from emergency_desk.errors import InputRejected, ValidationFailed
from emergency_desk.i18n import t
from emergency_desk.io.row_upsert import CellProblem, region_id_in, row_problems
from emergency_desk.io.spec import ImportCounts, Record, RegisterSpec
from emergency_desk.io.stored_rows import Stored, StoredRows, live_records
from emergency_desk.services.township.leaders import (
    MemberInput,
    check_member,
    group_for_in,
    member_values,
)

_FIELDS = ("group_id", "name", "role", "post", "mobile", "office_phone", "remark",
           "sort_order")


class LeaderRows(StoredRows[tuple[int, str]]):
    def __init__(self, spec: RegisterSpec, session: Session, counts: ImportCounts) -> None:
        super().__init__(spec, session, counts, LeadershipMember)
        # self.cache also holds each group's 成立文号 (`doc:` keys)
        self._groups: dict[tuple[int, str | None], LeadershipGroup] = {}
        for stored in live_records(session, LeadershipMember, _FIELDS):
            sv = stored.values
            self.stored.setdefault((sv["group_id"], name_key(sv["name"])), stored)
        # A new member goes last in its group, as the form's save puts it (deleted ones
        # counted, as `_next_order` counts them).
        self._last: dict[int, int] = {gid: int(last or 0) for gid, last in session.execute(
            select(LeadershipMember.group_id, func.max(LeadershipMember.sort_order))
            .group_by(LeadershipMember.group_id))}

    def _group(self, region_id: int, name: str | None) -> LeadershipGroup:
        """group_for_in's answer, asked once per township and name: it cannot change during
        the import (groups are only added, later ones after the first)."""
        key = (region_id, name)
        if key not in self._groups:
            self._groups[key] = group_for_in(self.session, region_id, name)
        return self._groups[key]

    def _row(self, rec: Record) -> None:
        v, spec, counts = rec.values, self.spec, self.counts
        try:
            group = self._group(region_id_in(self.session, v["region"], "乡镇", self.cache),
                                v.get("group"))
            if v.get("doc_no") and group.doc_no != v["doc_no"]:
                if group.doc_no and self.cache.get(f"doc:{group.id}") not in (None, v["doc_no"]):
                    raise CellProblem("成立文号", t("同一领导小组的成立文号前后不一致"))
                group.doc_no = v["doc_no"]
            if v.get("doc_no"):
                self.cache[f"doc:{group.id}"] = v["doc_no"]
            if v.get("established_date") and group.established_date != v["established_date"]:
                group.established_date = v["established_date"]
            d = check_member(MemberInput(
                group.id, v["name"], v.get("role") or GroupRole.MEMBER, _post(rec),
                v.get("mobile"), v.get("office_phone"), None, v.get("remark")), group_ok=True)
        except (CellProblem, ValidationFailed) as exc:
            counts.errors.extend(row_problems(spec, rec, exc))
            return
        except InputRejected as exc:
            counts.errors.append(spec.error(rec, spec.columns[0].field, exc.message))
            return

        def values(stored: Stored | None) -> dict[str, Any]:
            values = member_values(d)
            if stored is None:
                values["sort_order"] = self._last[d.group_id] = \
                    self._last.get(d.group_id, 0) + 1
            else:
                values["sort_order"] = stored.values["sort_order"]
                if d.remark is None:  # a sheet without 备注 leaves it alone
                    values["remark"] = stored.values["remark"]
            return values

        self.write_row(rec, (d.group_id, name_key(d.name)), values, d.name)


# A list's column of each member's own unit, beside 职务: the two make the 本职职务 as the
# form writes it (宏村派出所 + 所长 → 宏村派出所所长). The register has no unit of its own.
UNIT_HEADERS = ("单位", "工作单位", "所在单位", "单位名称")


def _post(rec: Record) -> str | None:
    post = rec.values.get("post")
    unit = next((rec.extra[h] for h in UNIT_HEADERS if rec.extra.get(h)), None)
    if unit is None:
        return post
    if not post:
        return unit
    if post.startswith(unit):
        return post
    # 宏村镇党委 + 党委书记 → 宏村镇党委书记: a word the two share is written once (a word:
    # two characters at least; 派出所 + 所长 stays 派出所所长).
    shared = next((k for k in range(min(len(unit), len(post)), 1, -1)
                   if unit.endswith(post[:k])), 0)
    return unit + post[shared:]
