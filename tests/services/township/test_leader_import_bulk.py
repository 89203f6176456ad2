"""Issue 20: the leaders import checks its rows on dicts and writes members with Core
statements (io/leader_rows.py), with the form's rules (`check_member`) and the form's audit
rows (the group still found or created by `group_for_in`); a member is found by group + the
normal form of 姓名, one named twice is refused (also across chunks), new members go last in
their group, and a refused file leaves nothing behind even after whole chunks were
written."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from emergency_desk.data.db import Database
from emergency_desk.data.plans import LeadershipGroup
from emergency_desk.data.township import GroupRole, LeadershipMember
from emergency_desk.io import bulk
from emergency_desk.io.importer import import_file
from emergency_desk.services.township.leaders import (
    MemberInput,
    group_for_in,
    save_member_in,
)
from tests.services import bulk_import_audit

HEADER = ["乡镇", "领导小组名称", "姓名", "小组职务", "本职职务", "手机号码", "办公电话",
          "成立文号", "成立日期", "备注"]


def xlsx(tmp_path: Path, rows: list[list[Any]], name: str) -> Path:
    return bulk_import_audit.xlsx(tmp_path, HEADER, rows, name)


def state(db: Database) -> list[Any]:
    return bulk_import_audit.state(db, LeadershipGroup, LeadershipMember)


def members(db: Database) -> dict[str, tuple[int, int]]:
    with db.read() as s:
        return {n: (i, o) for i, n, o in s.execute(select(
            LeadershipMember.id, LeadershipMember.name, LeadershipMember.sort_order).where(
            LeadershipMember.is_deleted.is_(False)))}


def test_member_rows_are_audited_as_the_form_saves_them(
        db: Database, county: dict[str, int], tmp_path: Path) -> None:
    with db.begin() as s:  # the township's group exists; the form adds to it
        group_id = group_for_in(s, county["碧阳镇"], None).id
    first = xlsx(tmp_path, [
        ["碧阳镇", None, "胡建国", "组长", "党委书记", "13955910001", None, None, None, "主持"],
        ["碧阳镇", None, "叶海涛", "常务副组长", "镇长", None, "0559-5521110", None, None, None],
    ], "first.xlsx")

    def saves(rows: list[tuple[MemberInput, int | None]]) -> Any:
        def save(s: Session) -> None:
            for data, member_id in rows:
                save_member_in(s, data, member_id)
        return save

    expected = bulk_import_audit.form_audit(db, saves([
        (MemberInput(group_id, "胡建国", GroupRole.LEADER, "党委书记", "13955910001",
                     remark="主持"), None),
        (MemberInput(group_id, "叶海涛", GroupRole.DEPUTY, "镇长", None, "0559-5521110"),
         None)]))
    assert [a[0] for a in expected] == ["insert"] * 2
    assert bulk_import_audit.import_audit(db, "leaders", first) == expected
    assert [o for _, o in sorted(members(db).values())] == [1, 2]  # last in the group

    # A re-import: a new 本职职务 (a blank 备注 keeps the stored one), the other unchanged.
    ids = members(db)
    again = xlsx(tmp_path, [
        ["碧阳镇", None, "胡建国", "组长", "党委书记、人大主席", "13955910001", None, None, None,
         None],
        ["碧阳镇", None, "叶海涛", "常务副组长", "镇长", None, "0559-5521110", None, None, None],
    ], "again.xlsx")
    expected = bulk_import_audit.form_audit(db, saves([
        (MemberInput(group_id, "胡建国", GroupRole.LEADER, "党委书记、人大主席", "13955910001",
                     remark="主持"), ids["胡建国"][0])]))
    assert [a[0] for a in expected] == ["update"]
    assert bulk_import_audit.import_audit(db, "leaders", again) == expected
    result = import_file(db, "leaders", again)
    assert (result.inserted, result.updated, result.unchanged) == (0, 0, 2)


def test_rows_find_members_by_normal_names_and_a_member_twice_is_refused(
        db: Database, county: dict[str, int], tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    with db.begin() as s:  # typed with a space (as a form may hold it)
        g = group_for_in(s, county["碧阳镇"], None)
        s.add(LeadershipMember(group_id=g.id, name="阿依 古丽", sort_order=5))
    result = import_file(db, "leaders", xlsx(tmp_path, [
        ["碧阳镇", None, "阿依古丽", "成员", "宣传委员", None, None, None, None, None],
        ["碧阳镇", None, "胡建国", "组长", None, None, None, None, None, None],
    ], "one.xlsx"))
    assert result.ok and (result.inserted, result.updated) == (1, 1), result.error_lines()
    got = members(db)
    assert set(got) == {"阿依古丽", "胡建国"} and got["胡建国"][1] == 6

    monkeypatch.setattr(bulk, "CHUNK", 2)  # the second naming comes chunks later
    before = state(db)
    result = import_file(db, "leaders", xlsx(tmp_path, [
        ["宏村镇", None, "程志强", "组长", None, None, None, None, None, None],
        ["宏村镇", None, "余光", None, None, None, None, None, None, None],
        ["宏村镇", None, "汪洋", None, None, None, None, None, None, None],
        ["宏村镇", None, "程志强", "成员", None, None, None, None, None, None],
        ["宏村镇", None, "李华", None, None, "12345", None, None, None, None],
    ], "twice.xlsx"))
    lines = result.error_lines()
    assert lines[0] == "第 5 行 [乡镇]: 与第 2 行重复（同一记录出现两次）", lines
    assert lines[1].startswith("第 6 行 [手机号码]: "), lines
    assert state(db) == before


def test_a_refused_row_after_written_chunks_leaves_nothing(
        db: Database, county: dict[str, int], tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(bulk, "CHUNK", 2)  # the first rows are written before the bad one
    before = state(db)
    result = import_file(db, "leaders", xlsx(tmp_path, [
        ["碧阳镇", None, f"成员{'甲乙丙丁戊'[i]}", None, None, None, None, None, None, None]
        for i in range(5)] + [
        ["没有的镇", None, "汪洋", None, None, None, None, None, None, None],
    ], "late_bad.xlsx"))
    assert result.error_lines()[0].startswith("第 7 行 [乡镇]: "), result.error_lines()
    assert state(db) == before
