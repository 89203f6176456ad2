"""领导小组 members: service rules and 六有 有班子 from the members' 组长."""

from __future__ import annotations

import pytest

from emergency_desk.data.db import Database
from emergency_desk.data.township import GroupRole
from emergency_desk.errors import ValidationFailed
from emergency_desk.services.plans.leadership import LeadershipInput, LeadershipService
from emergency_desk.services.plans.six_have import Verdict, scorecard
from emergency_desk.services.township.leaders import LeadersService, MemberInput


def ban_zi(db: Database) -> dict[str, Verdict]:
    return {c.township: next(i for i in c.items if i.name == "有班子").verdict
            for c in scorecard(db)}


def test_you_ban_zi_needs_a_group_with_a_leader(db: Database, county: dict[str, int]) -> None:
    assert ban_zi(db) == {"碧阳镇": Verdict.NOT_ENTERED, "宏村镇": Verdict.NOT_ENTERED}
    gid = LeadershipService(db).save(LeadershipInput(county["碧阳镇"],
                                                     "碧阳镇应急管理工作领导小组"))
    svc = LeadersService(db)
    svc.save(MemberInput(gid, "汪晓燕", GroupRole.OFFICE_STAFF, "应急办工作人员"))
    assert ban_zi(db)["碧阳镇"] == Verdict.FAIL  # a group of staff without its 组长
    leader = svc.save(MemberInput(gid, "胡建国", GroupRole.LEADER, "党委书记", "13955910001"))
    assert ban_zi(db)["碧阳镇"] == Verdict.PASS
    svc.delete(leader)
    assert ban_zi(db)["碧阳镇"] == Verdict.FAIL
    # An older record with only the group's 组长 field filled in still counts.
    LeadershipService(db).save(LeadershipInput(county["宏村镇"], "宏村镇应急领导小组",
                                               leader="程志强"))
    assert ban_zi(db)["宏村镇"] == Verdict.PASS


def test_members_are_checked_and_listed_leader_first(db: Database,
                                                    county: dict[str, int]) -> None:
    gid = LeadershipService(db).save(LeadershipInput(county["碧阳镇"], "碧阳镇领导小组"))
    svc = LeadersService(db)
    svc.save(MemberInput(gid, "余立新", GroupRole.MEMBER, "派出所所长"))
    svc.save(MemberInput(gid, "胡建国", GroupRole.LEADER, "党委书记", "+86 139 5591 0001"))
    svc.save(MemberInput(gid, "叶海涛", GroupRole.DEPUTY, "镇长"))
    rows = svc.members(township_id=county["碧阳镇"])
    assert [(r.name, r.role) for r in rows] == [
        ("胡建国", GroupRole.LEADER), ("叶海涛", GroupRole.DEPUTY), ("余立新", GroupRole.MEMBER)]
    assert rows[0].mobile == "13955910001"
    assert [r.name for r in svc.members(search="派出所")] == ["余立新"]
    with pytest.raises(ValidationFailed) as exc:
        svc.save(MemberInput(gid, "胡建国", GroupRole.MEMBER))
    assert "已在该领导小组中" in exc.value.problems["姓名"]
    with pytest.raises(ValidationFailed) as exc:
        svc.save(MemberInput(gid, "", mobile="1234"))
    assert set(exc.value.problems) == {"姓名", "手机号码"}
    with pytest.raises(ValidationFailed) as exc:
        svc.save(MemberInput(9999, "程明"))
    assert "领导小组" in exc.value.problems
