"""The officer register: validation on save, import upserts, lists, trainings, bin and audit."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest
from officer_helpers import OfficerMaker
from sqlalchemy import func, select

from emergency_desk.data.db import Database
from emergency_desk.data.enums import RegionLevel
from emergency_desk.data.officers import OfficerPost, OfficerStatus
from emergency_desk.data.people import TrainingAttendance, TrainingEvent
from emergency_desk.errors import InputRejected, ValidationFailed
from emergency_desk.services.audit_log import AuditService
from emergency_desk.services.officers.coverage import holder_name
from emergency_desk.services.officers.officers import OfficerService, upsert_officer_in
from emergency_desk.services.officers.trainings import (
    TrainingEventInput,
    TrainingService,
    record_latest_training,
)
from emergency_desk.services.officers.views import OfficerQuery, OfficerViews
from emergency_desk.services.recycle import RecycleBin

A, B, SINGLE = OfficerPost.A, OfficerPost.B, OfficerPost.SINGLE


def test_leave_date_before_appointment_is_refused(db: Database, officer: OfficerMaker) -> None:
    with pytest.raises(ValidationFailed) as info:
        OfficerService(db).create(officer("张三", "古筑村", appoint_date=date(2022, 5, 1),
                                          leave_date=date(2022, 4, 30)))
    assert "早于任职日期" in info.value.problems["离任日期"]


def test_bad_person_fields_are_reported_with_the_officer_problems(
        db: Database, officer: OfficerMaker) -> None:
    bad = officer("张三", "古筑村", id_card="341023198001150011", mobile="1395591",
                  level=RegionLevel.TOWNSHIP)
    with pytest.raises(ValidationFailed) as info:
        OfficerService(db).create(bad)
    assert set(info.value.problems) == {"身份证号", "手机号码", "层级"}
    assert "校验位" in info.value.problems["身份证号"]


def test_second_active_a_is_refused_naming_the_holder(db: Database,
                                                      officer: OfficerMaker) -> None:
    svc = OfficerService(db)
    svc.create(officer("张三", "古筑村", A))
    with pytest.raises(ValidationFailed) as info:
        svc.create(officer("李四", "古筑村", A))
    assert "张三" in info.value.problems["岗位"]
    # A B post, an A elsewhere and a former A are all fine.
    svc.create(officer("李四", "古筑村", B))
    svc.create(officer("王五", "南屏村", A))
    svc.create(officer("赵六", "南屏村", A, status=OfficerStatus.LEFT,
                       leave_date=date(2023, 1, 1)))


def test_officer_level_must_match_the_region(db: Database, officer: OfficerMaker,
                                             county: dict[str, int]) -> None:
    svc = OfficerService(db)
    with pytest.raises(ValidationFailed) as info:
        svc.create(officer("张三", "古筑村", level=RegionLevel.TOWNSHIP))
    assert "古筑村" in info.value.problems["层级"]
    # 村 and 社区 are one tier; the stored level follows the region.
    oid = svc.create(officer("李四", "城东社区", level=RegionLevel.VILLAGE))
    assert OfficerViews(db).get(oid).level == RegionLevel.COMMUNITY
    oid = svc.create(officer("王五", "宏村镇"))  # no level given: the region's
    assert OfficerViews(db).get(oid).level == RegionLevel.TOWNSHIP


def test_one_person_cannot_hold_active_posts_in_two_villages(
        db: Database, officer: OfficerMaker) -> None:
    svc = OfficerService(db)
    svc.create(officer("张三", "古筑村", A))
    with pytest.raises(ValidationFailed) as info:
        svc.create(officer("张三", "南屏村", B))
    assert "古筑村" in info.value.problems["姓名"]
    svc.create(officer("张三", "碧阳镇", B))  # another level is fine


def test_reimporting_the_same_row_changes_nothing(db: Database, officer: OfficerMaker) -> None:
    row = officer("张三", "古筑村", A, duty_title="村支书", latest_training=date(2024, 5, 1))
    with db.begin() as s:
        first = upsert_officer_in(s, row)
    with db.begin() as s:
        second = upsert_officer_in(s, row)
        # A sheet without the 本职职务 column keeps the stored one.
        third = upsert_officer_in(s, replace(row, duty_title=None, latest_training=None))
    assert (first[1], second[1], third[1]) == ("inserted", "unchanged", "unchanged")
    assert first[0].id == second[0].id == third[0].id
    with db.begin() as s:  # promoted from B to A in a new roster: the same post is updated
        moved = upsert_officer_in(s, replace(row, post=B))
    assert moved[1] == "updated" and moved[0].id == first[0].id
    rows = OfficerViews(db).list()
    assert [(r.name, r.post, r.duty_title, r.latest_training) for r in rows] == [
        ("张三", B, "村支书", date(2024, 5, 1))]


def test_latest_training_is_the_latest_attended_event(db: Database,
                                                      officer: OfficerMaker) -> None:
    oid = OfficerService(db).create(officer("张三", "古筑村"))
    views, trainings = OfficerViews(db), TrainingService(db)
    pid = views.get(oid).person_id
    assert views.get(oid).latest_training is None
    old = trainings.create_event(TrainingEventInput("灾情统计报送培训", date(2023, 4, 2)))
    new = trainings.create_event(TrainingEventInput("汛前业务培训", date(2024, 6, 9),
                                                    level=RegionLevel.COUNTY, hours=4))
    trainings.add_attendees(new, [pid])
    trainings.add_attendees(old, [pid])
    assert views.get(oid).latest_training == date(2024, 6, 9)
    trainings.remove_attendee(new, pid)
    assert views.get(oid).latest_training == date(2023, 4, 2)
    trainings.delete_event(old)
    assert views.get(oid).latest_training is None
    RecycleBin(db).restore("training_event", old)  # brings its attendance list back
    assert views.get(oid).latest_training == date(2023, 4, 2)


def test_imported_latest_training_becomes_an_attendance(db: Database,
                                                        officer: OfficerMaker) -> None:
    svc = OfficerService(db)
    a = svc.upsert(officer("张三", "古筑村", latest_training=date(2024, 5, 1)))
    b = svc.upsert(officer("李四", "南屏村", latest_training=date(2024, 5, 1)))
    with db.begin() as s:  # an older date than the recorded one adds nothing
        assert record_latest_training(s, a.person_id, date(2023, 1, 1)) is None
    with db.read() as s:
        events = s.execute(select(TrainingEvent.title, TrainingEvent.is_imported)).all()
        assert events == [("导入的培训记录 2024-05-01", True)]
        n = s.scalar(select(func.count()).select_from(TrainingAttendance))
        assert n == 2
    assert {r.person_id for r in TrainingService(db).attendees(1)} == {a.person_id, b.person_id}


def test_roster_search_filters_and_paging(db: Database, officer: OfficerMaker,
                                         county: dict[str, int]) -> None:
    svc = OfficerService(db)
    svc.create(officer("张三", "古筑村", B))
    svc.create(officer("汪晓燕", "古筑村", A))
    svc.create(officer("胡建国", "宏村村", A))
    svc.create(officer("李四", "宏村镇", SINGLE, status=OfficerStatus.LEFT))
    views = OfficerViews(db)
    # By 区划代码 (碧阳镇 100 before 宏村镇 101; a township before its villages), then A, B.
    assert [r.name for r in views.list()] == ["汪晓燕", "张三", "李四", "胡建国"]
    assert [r.name for r in views.list(OfficerQuery(search="wxy"))] == ["汪晓燕"]
    assert [r.name for r in views.list(OfficerQuery(search="hujianguo"))] == ["胡建国"]
    phone = views.list(OfficerQuery(search="胡"))[0].mobile
    assert phone and [r.name for r in views.list(OfficerQuery(search=phone[-6:]))] == ["胡建国"]
    assert views.count(OfficerQuery(township_id=county["宏村镇"])) == 2
    assert views.count(OfficerQuery(status=OfficerStatus.ACTIVE)) == 3
    assert [r.name for r in views.list(OfficerQuery(disaster_prone_only=True))] == \
        ["李四", "胡建国"]
    assert [r.name for r in views.list(OfficerQuery(levels=(RegionLevel.VILLAGE,),
                                                    posts=(A,)))] == ["汪晓燕", "胡建国"]
    assert [r.name for r in views.list(offset=1, limit=2)] == ["张三", "李四"]
    row = views.list(OfficerQuery(search="胡建国"))[0]
    assert (row.township, row.village, row.id_card_masked[4:14]) == ("宏村镇", "宏村村", "*" * 10)


def test_coverage_view_lists_a_and_b_per_region(db: Database, officer: OfficerMaker) -> None:
    svc = OfficerService(db)
    svc.create(officer("汪晓燕", "宏村村", A))
    rows = {r.name: r for r in OfficerViews(db).coverage()}
    assert set(rows) == {"碧阳镇", "宏村镇", "古筑村", "南屏村", "城东社区", "宏村村", "卢村村"}
    assert [holder_name(h) for h in rows["宏村村"].a] == ["汪晓燕"] and rows["宏村村"].b == ()
    assert rows["宏村村"].coverage_gap is None and "B岗" in (rows["宏村村"].ab_gap or "")
    assert rows["古筑村"].coverage_gap and rows["古筑村"].ab_gap is None
    prone = OfficerViews(db).coverage(disaster_prone_only=True)
    assert [r.name for r in prone] == ["宏村镇", "宏村村"]


def test_leaving_a_posts_hands_it_to_the_successor(db: Database, officer: OfficerMaker) -> None:
    svc, views = OfficerService(db), OfficerViews(db)
    a = svc.create(officer("张三", "宏村村", A))
    b = svc.create(officer("李四", "宏村村", B))
    svc.leave_post(a, date(2024, 9, 1), successor_id=b)
    assert views.a_holder(views.get(b).region_id) == views.get(b)
    assert views.get(a).status == OfficerStatus.LEFT and views.get(a).leave_date == \
        date(2024, 9, 1)


def test_soft_delete_and_restore_from_the_bin(db: Database, officer: OfficerMaker) -> None:
    svc, bin_ = OfficerService(db), RecycleBin(db)
    oid = svc.create(officer("张三", "古筑村", A))
    svc.delete(oid)
    assert OfficerViews(db).count() == 0
    assert [(r.table, r.kind, r.name) for r in bin_.list()] == [
        ("info_officer", "灾害信息员", "张三")]
    svc.create(officer("李四", "古筑村", A))
    with pytest.raises(InputRejected) as info:  # restoring would make two As
        bin_.restore("info_officer", oid)
    assert "李四" in info.value.message
    svc.create(officer("王五", "南屏村"))
    OfficerService(db).leave_post(OfficerViews(db).list(OfficerQuery(search="李四"))[0].id,
                                  date(2024, 1, 1))
    bin_.restore("info_officer", oid)
    assert [r.name for r in OfficerViews(db).list(OfficerQuery(status=OfficerStatus.ACTIVE))] \
        == ["王五", "张三"]


def test_changes_leave_audit_rows(db: Database, officer: OfficerMaker) -> None:
    svc = OfficerService(db)
    data = officer("张三", "古筑村", B)
    oid = svc.create(data)
    svc.update(oid, replace(data, post=A))
    svc.delete(oid)
    rows = [r for r in AuditService(db).list() if r.table_name == "info_officer"]
    assert sorted(r.action for r in rows) == ["delete", "insert", "update"]
    update = next(r for r in rows if r.action == "update")
    assert "张三" in update.summary and update.changes == {"post": ["b", "a"]}


def test_a_region_with_officers_cannot_be_deleted(db: Database, officer: OfficerMaker,
                                                  county: dict[str, int]) -> None:
    from emergency_desk.services.regions.regions import RegionService

    OfficerService(db).create(officer("张三", "古筑村"))
    with pytest.raises(InputRejected) as info:
        RegionService(db).delete(county["古筑村"])
    assert "1 名灾害信息员" in info.value.message
