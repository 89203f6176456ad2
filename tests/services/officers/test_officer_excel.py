"""Importing and exporting the officers and trainings registers: a township's real roster in,
bad rows refused with their row numbers and nothing written, re-import changes nothing."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from officer_helpers import OfficerMaker, make_id_card
from sqlalchemy import func, select

from emergency_desk.data.db import Database
from emergency_desk.data.enums import RegionLevel
from emergency_desk.data.migrate import open_database
from emergency_desk.data.models import AuditLog
from emergency_desk.data.officers import FullTime, InfoOfficer, OfficerPost, OfficerStatus
from emergency_desk.data.people import Person, TrainingAttendance, TrainingEvent
from emergency_desk.io.exporter import export_register
from emergency_desk.io.importer import import_file
from emergency_desk.io.privacy import Privacy
from emergency_desk.io.template import write_template
from emergency_desk.services.officers.coverage import holder_name
from emergency_desk.services.officers.officers import OfficerService
from emergency_desk.services.officers.trainings import TrainingEventInput, TrainingService
from emergency_desk.services.officers.views import OfficerQuery, OfficerRow, OfficerViews
from emergency_desk.services.regions.regions import RegionInput, RegionService

A, B, SINGLE = OfficerPost.A, OfficerPost.B, OfficerPost.SINGLE
HEADER = ["乡镇", "村(社区)", "姓名", "性别", "出生日期", "身份证号", "手机号码", "层级",
          "岗位(A岗/B岗/单岗)", "本职职务", "专兼职", "任职日期", "最近培训日期", "状态", "备注"]

FULL = Privacy.FULL_ID  # round trips need the full 身份证号 (io/privacy.py)


def id_with_x() -> str:
    """A valid 身份证号 whose check character is X."""
    for seq in range(1, 500):
        card = make_id_card("19750315", seq)
        if card.endswith("X"):
            return card
    raise AssertionError("no X check character found")


def xlsx(tmp_path: Path, rows: Sequence[Sequence[Any]], name: str = "roster.xlsx") -> Path:
    wb = openpyxl.Workbook()
    ws = wb.active
    assert ws is not None
    for r in rows:
        ws.append(list(r))
    path = tmp_path / name
    wb.save(path)
    return path


def counts(db: Database) -> tuple[int, ...]:
    with db.read() as s:
        return tuple(int(s.scalar(select(func.count()).select_from(m)) or 0)
                     for m in (InfoOfficer, Person, TrainingEvent, TrainingAttendance, AuditLog))


def by_name(db: Database) -> dict[str, OfficerRow]:
    return {r.name: r for r in OfficerViews(db).list(OfficerQuery())}


def messy_roster(tmp_path: Path) -> Path:
    """A township's own sheet: a title row, spaced and full-width headers, synonyms, phones
    as numbers and with spaces, dates in every form, a lowercase x in 身份证号."""
    x_card = id_with_x()
    rows = [
        ["宏村镇灾害信息员花名册"],
        ["乡 镇", "村（社区）", "姓  名", "性别", "出生日期", "身份证号码", "联系电话", "层级",
         "岗位", "本职职务", "专兼职", "任职日期", "最近培训日期", "状态", "备注"],
        ["宏村镇", None, "汪建国", "男", None, make_id_card("19700101", 1), 13905591001,
         "乡镇", "A角", "应急管理中心主任", "专职", datetime(2021, 3, 1), "2024-05-01", "在岗",
         None],
        ["宏村镇", None, "胡晓燕", "女", None, make_id_card("19850202", 2, male=False),
         "139 0559 1002", "乡镇", "备岗", "应急管理中心工作人员", "兼职", "2021/3/1",
         "2024/5/1", None, None],
        ["宏村镇", "宏村村", "程志强", None, None, x_card.lower(), 13905591003.0, "村", "主岗",
         "村党总支书记", "兼职", "2021.3.1", "2024年5月1日", "在岗", "兼网格员"],
        [None] * 15,
        ["341023101000", "宏村村", "李秀英", None, "1990-07-08", None, "１３９０５５９１００４",
         "村", "B角", "村委委员", None, 20210301, datetime(2024, 5, 1), None, None],
        ["宏村镇", "卢村村", "吴海涛", "男", None, None, " 139-0559-1005 ", None, None, None,
         None, None, None, None, None],
    ]
    return xlsx(tmp_path, rows)


def test_messy_roster_imports(db: Database, county: dict[str, int], tmp_path: Path) -> None:
    result = import_file(db, "officers", messy_roster(tmp_path))
    assert result.error_lines() == []
    assert (result.inserted, result.updated, result.unchanged) == (5, 0, 0)
    got = by_name(db)
    a = got["汪建国"]
    assert a.region_id == county["宏村镇"] and a.level == RegionLevel.TOWNSHIP
    assert a.post == A and a.fulltime == FullTime.FULL and a.mobile == "13905591001"
    assert a.appoint_date == date(2021, 3, 1) and a.latest_training == date(2024, 5, 1)
    assert a.birth_date == date(1970, 1, 1)  # from the 身份证号
    b = got["胡晓燕"]
    assert b.post == B and b.mobile == "13905591002" and b.status == OfficerStatus.ACTIVE
    v = got["程志强"]
    assert v.region_id == county["宏村村"] and v.post == A
    assert v.id_card == id_with_x() and v.appoint_date == date(2021, 3, 1)
    assert v.latest_training == date(2024, 5, 1) and v.remark == "兼网格员"
    w = got["李秀英"]  # township by 区划代码, full-width digits, 20210301 as a number
    assert w.region_id == county["宏村村"] and w.post == B and w.mobile == "13905591004"
    assert w.appoint_date == date(2021, 3, 1) and w.latest_training == date(2024, 5, 1)
    s = got["吴海涛"]  # a bare row: 单岗, 在岗, the region's level
    assert s.post == SINGLE and s.level == RegionLevel.VILLAGE and s.mobile == "13905591005"
    # Every 最近培训日期 became an attendance of one imported event on that day.
    with db.read() as ses:
        events = ses.execute(select(TrainingEvent.date, TrainingEvent.is_imported)).all()
    assert events == [(date(2024, 5, 1), True)]
    # The village now has its A and B: the coverage view agrees.
    row = next(r for r in OfficerViews(db).coverage(minimum=1) if r.name == "宏村村")
    assert [holder_name(h) for h in row.a] == ["程志强"]
    assert [holder_name(h) for h in row.b] == ["李秀英"]
    assert row.gaps == ()


def test_reimporting_the_same_roster_changes_nothing(db: Database, county: dict[str, int],
                                                     tmp_path: Path) -> None:
    path = messy_roster(tmp_path)
    assert import_file(db, "officers", path).ok
    before = counts(db)
    again = import_file(db, "officers", path)
    assert again.error_lines() == []
    assert (again.inserted, again.updated, again.unchanged) == (0, 0, 5)
    assert counts(db) == before  # not even an audit row


def test_bad_rows_are_refused_with_row_numbers_and_nothing_written(
        db: Database, county: dict[str, int], tmp_path: Path) -> None:
    good = make_id_card("19800101", 7)
    bad_check = good[:-1] + ("1" if good[-1] != "1" else "2")
    rows = [
        HEADER,
        ["碧阳镇", "古筑村", "张三", None, None, good, "13905591001", None, "A岗", None, None,
         None, None, None, None],  # row 2 is fine, and still not written
        ["碧阳镇", "古筑村", "李四", None, None, None, "1390559", None, "B岗", None, None,
         None, None, None, None],
        ["碧阳镇", "古竹村", "王五", None, None, None, "13905591003", None, None, None, None,
         None, None, None, None],
        ["碧阳镇", "南屏村", "赵六", None, None, None, "13905591004", None, None, None, None,
         "2023-02-30", None, None, None],
        ["碧阳镇", "南屏村", "孙七", None, None, bad_check, "13905591005", None, None, None,
         None, None, None, None, None],
        ["碧阳镇", "南屏村", None, None, None, None, "13905591006", None, None, None, None,
         None, None, None, None],
    ]
    before = counts(db)
    result = import_file(db, "officers", xlsx(tmp_path, rows))
    lines = result.error_lines()
    assert not result.ok
    assert any(ln.startswith("第 3 行 [手机号码]") and "1390559" in ln for ln in lines)
    assert any(ln.startswith("第 4 行 [村(社区)]") and "古竹村" in ln and "古筑村" in ln
               for ln in lines), lines  # the closest known village is suggested
    assert any(ln.startswith("第 5 行 [任职日期]") and "2023-02-30" in ln for ln in lines)
    assert any(ln.startswith("第 6 行 [身份证号]") and "校验位" in ln for ln in lines)
    assert any(ln.startswith("第 7 行 [姓名]") for ln in lines)
    assert not any(ln.startswith("第 2 行") for ln in lines)
    assert counts(db) == before


def test_region_cells_take_codes_and_level_must_fit(db: Database, county: dict[str, int],
                                                    tmp_path: Path) -> None:
    rows = [
        HEADER,
        [None, None, "县员甲", None, None, None, "13905591001", "县", None, None, None, None,
         None, None, None],
        ["碧阳乡", None, "错镇乙", None, None, None, "13905591002", None, None, None, None, None,
         None, None, None],
        ["碧阳镇", None, "错层丙", None, None, None, "13905591003", "村", None, None, None,
         None, None, None, None],
        [None, None, "无区丁", None, None, None, "13905591004", None, None, None, None, None,
         None, None, None],
    ]
    lines = import_file(db, "officers", xlsx(tmp_path, rows)).error_lines()
    assert len(lines) == 3, lines
    assert lines[0].startswith("第 3 行 [乡镇]") and "碧阳镇" in lines[0]
    assert lines[1].startswith("第 4 行 [层级]")
    assert lines[2].startswith("第 5 行 [乡镇]")
    ok = import_file(db, "officers", xlsx(tmp_path, [HEADER, rows[1]], "county.xlsx"))
    assert ok.error_lines() == []
    assert by_name(db)["县员甲"].region_id == county["黟县"]


def test_one_person_as_a_and_b_of_a_village_gives_two_posts(
        db: Database, county: dict[str, int], tmp_path: Path) -> None:
    card = make_id_card("19700101", 3)
    rows = [HEADER,
            ["宏村镇", "宏村村", "程志强", None, None, card, "13905591003", None, "A岗",
             None, None, None, None, None, None],
            ["宏村镇", "宏村村", "程志强", None, None, card, "13905591003", None, "B岗",
             None, None, None, None, None, None]]
    path = xlsx(tmp_path, rows)
    assert import_file(db, "officers", path).inserted == 2
    posts = sorted(r.post.zh for r in OfficerViews(db).list())
    assert posts == ["A岗", "B岗"]
    assert import_file(db, "officers", path).unchanged == 2
    row = next(r for r in OfficerViews(db).coverage(minimum=1) if r.name == "宏村村")
    assert row.ab_gap is not None and "同一人" in row.ab_gap
    dup = xlsx(tmp_path, [HEADER, rows[1], rows[1]], "dup.xlsx")
    lines = import_file(db, "officers", dup).error_lines()
    assert lines and lines[0].startswith("第 3 行") and "第 2 行" in lines[0]


def test_export_then_import_round_trips(db: Database, county: dict[str, int],
                                        officer: OfficerMaker, tmp_path: Path) -> None:
    svc = OfficerService(db)
    svc.create(officer("张三", "古筑村", A, duty_title="村党支书", other_roles=("网格员", "护林员"),
                       in_national_system=True, remark="=SUM(A1)"))
    svc.create(officer("李四", "古筑村", B, fulltime=FullTime.PART))
    svc.create(officer("王五", "碧阳镇", A, fulltime=FullTime.FULL))
    svc.create(officer("赵六", "黟县", SINGLE))
    svc.create(officer("钱七", "南屏村", A, status=OfficerStatus.LEFT,
                       leave_date=date(2023, 6, 30)))
    trainings = TrainingService(db)
    eid = trainings.create_event(TrainingEventInput("汛前培训（视频）", date(2024, 4, 1)))
    trainings.add_attendees(eid, [r.person_id for r in OfficerViews(db).list()][:3])
    out = tmp_path / "officers.xlsx"
    assert export_register(db, "officers", out, privacy=FULL) == 5
    tout = tmp_path / "trainings.xlsx"
    export_register(db, "trainings", tout, privacy=FULL)
    # Into the same database: nothing changes.
    assert import_file(db, "officers", out).unchanged == 5
    assert import_file(db, "trainings", tout).unchanged == 3
    # Into a second office's database with the same regions: the same roster.
    other = open_database(tmp_path / "other.sqlite3")
    try:
        regions = RegionService(other)
        c = regions.create(RegionInput("黟县", RegionLevel.COUNTY, code="341023000000"))
        t = regions.create(RegionInput("碧阳镇", RegionLevel.TOWNSHIP, c, "341023100000"))
        for name in ("古筑村", "南屏村"):
            regions.create(RegionInput(name, RegionLevel.VILLAGE, t))
        assert import_file(other, "officers", out).error_lines() == []
        assert import_file(other, "trainings", tout).error_lines() == []

        def content(d: Database) -> list[tuple[Any, ...]]:
            return sorted((r.name, r.id_card, r.mobile, r.region_path, r.level, r.post,
                           r.duty_title, r.fulltime, r.appoint_date, r.leave_date, r.status,
                           r.in_national_system, r.other_roles, r.remark, r.latest_training)
                          for r in OfficerViews(d).list())

        assert content(other) == content(db)
        assert by_name(other)["张三"].remark == "=SUM(A1)"  # text, never a formula
    finally:
        other.dispose()


def test_template_has_the_contract_columns(tmp_path: Path) -> None:
    path = tmp_path / "t.xlsx"
    write_template("officers", path)
    ws = openpyxl.load_workbook(path).worksheets[0]
    header = [c.value for c in next(ws.iter_rows(max_row=1))]
    assert header[:len(HEADER)] == HEADER


def test_trainings_import_attendance_and_reimport(db: Database, county: dict[str, int],
                                                  officer: OfficerMaker,
                                                  tmp_path: Path) -> None:
    svc = OfficerService(db)
    svc.create(officer("张三", "古筑村", A))
    svc.create(officer("李四", "古筑村", B))
    zhang = by_name(db)["张三"]
    head = ["培训名称", "培训日期", "层级", "培训类型", "组织单位", "学时", "地点", "培训内容",
            "姓 名", "身份证号", "联系电话", "单位", "职务", "培训结果", "证书编号", "备注"]
    rows = [head,
            ["汛前培训", "2025年4月1日", "县", "业务培训", "县应急局", 3, "会议室", None,
             "张三", zhang.id_card, None, None, None, "合格", None, None],
            ["汛前培训", "2025-04-01", None, None, None, None, None, None,
             "李四", None, None, None, None, None, None, None],  # by name alone
            ["汛前培训", "2025-04-01", None, None, None, None, None, None,
             "周八", None, "13905598888", "古筑村村委会", None, None, None, None],  # new
            ["安全生产会", "2025-05-01", None, "会议", None, None, None, None,
             None, None, None, None, None, None, None, None]]  # event only
    path = xlsx(tmp_path, rows, "trainings.xlsx")
    result = import_file(db, "trainings", path)
    assert result.error_lines() == []
    assert (result.inserted, result.updated, result.unchanged) == (4, 0, 0)
    events = TrainingService(db).list_events()
    assert [(e.title, e.attendees) for e in events] == [("安全生产会", 0), ("汛前培训", 3)]
    assert by_name(db)["李四"].latest_training == date(2025, 4, 1)
    before = counts(db)
    again = import_file(db, "trainings", path)
    assert (again.inserted, again.updated, again.unchanged) == (0, 0, 4)
    assert counts(db) == before
    bad = xlsx(tmp_path, [head, ["培训", "2025-13-01", None, None, None, -1, None, None,
                                 "吴九", None, "123", None, None, None, None, None]], "bad.xlsx")
    lines = import_file(db, "trainings", bad).error_lines()
    assert [ln.split("]")[0] for ln in lines] == ["第 2 行 [培训日期", "第 2 行 [学时",
                                                  "第 2 行 [联系电话"]
    assert counts(db) == before


@pytest.mark.parametrize("register", ["officers", "trainings"])
def test_registers_are_listed(register: str) -> None:
    from emergency_desk.io.registers import REGISTERS

    assert REGISTERS[register].columns[0].name in ("乡镇", "培训名称")


def test_reappointed_and_moved_officers_keep_their_history(
        db: Database, county: dict[str, int], officer: OfficerMaker, tmp_path: Path) -> None:
    svc = OfficerService(db)
    svc.create(officer("张三", "古筑村", A, status=OfficerStatus.LEFT,
                       leave_date=date(2022, 12, 31)))
    svc.create(officer("张三", "古筑村", A, appoint_date=date(2024, 1, 1)))  # re-appointed
    svc.create(officer("李四", "南屏村", B, status=OfficerStatus.LEFT,
                       leave_date=date(2023, 6, 30)))
    out = tmp_path / "o.xlsx"
    export_register(db, "officers", out, privacy=FULL)
    result = import_file(db, "officers", out)
    assert result.error_lines() == [] and result.unchanged == 3
    # 李四, once B of 南屏村, is now A of 古筑村's neighbour 城东社区: a new post, the old kept.
    li = next(r for r in OfficerViews(db).list() if r.name == "李四")
    rows = [HEADER, ["碧阳镇", "城东社区", "李四", None, None, li.id_card, li.mobile, None,
                     "A岗", None, None, "2024-03-01", None, "在岗", None]]
    assert import_file(db, "officers", xlsx(tmp_path, rows, "li.xlsx")).inserted == 1
    posts = sorted((r.region_name, r.status.zh) for r in OfficerViews(db).list()
                   if r.name == "李四")
    assert posts == [("南屏村", "离岗"), ("城东社区", "在岗")]


def test_a_landline_in_contact_phone_beside_the_mobile_column(
        db: Database, county: dict[str, int], tmp_path: Path) -> None:
    """联系电话 holding a landline left of 手机号码: the mobile is read from 手机号码 and the
    landline kept as 备用电话 (it used to be checked as the mobile and refused)."""
    path = xlsx(tmp_path, [
        ["碧阳镇灾害信息员花名册"],
        ["序号", "乡镇", "村(社区)", "姓名", "身份证号", "联系电话", "手机号码", "岗位"],
        [1, "碧阳镇", "古筑村", "汪立新", make_id_card("19850312", 1), "0559-5112345",
         "13905591234", "A岗"],
    ])
    result = import_file(db, "officers", path)
    assert result.error_lines() == [] and result.inserted == 1
    assert result.extra_columns == []
    with db.read() as s:
        person = s.scalars(select(Person).where(Person.name == "汪立新")).one()
        phones = (person.mobile, person.phone2)
    assert phones == ("13905591234", "0559-5112345")
