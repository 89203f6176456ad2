"""Dates that cannot be: an officer appointed or trained after today, appointed before being
born or as a child, or a child as an officer. The officers import (an office's own roster)
and the form's service refuse them with the same rules (date_rules.post_age_problems,
date_rules.not_after_today), naming the row, the column and what to check; a month-only date of
the current month is not "after today"."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import openpyxl
import pytest
from officer_helpers import OfficerMaker, make_id_card
from sqlalchemy import func, select

from emergency_desk.data.dates import MonthDate
from emergency_desk.data.db import Database
from emergency_desk.data.officers import InfoOfficer
from emergency_desk.data.people import Person, TrainingAttendance
from emergency_desk.errors import ValidationFailed
from emergency_desk.io.importer import import_file
from emergency_desk.services.officers.officers import OfficerService
from emergency_desk.services.officers.views import OfficerQuery, OfficerViews
from tests.session_day import SESSION_DAY

pytestmark = pytest.mark.usefixtures("on_session_day")

Y = SESSION_DAY.year
LATER = f"{Y + 4}-05-01"  # a typo for Y - 4
THIS_MONTH = f"{Y}.{SESSION_DAY.month:02d}"  # trained this month: not after today
CHILD_CARD = make_id_card(f"{Y - 6}0501", 41)


def _sheet(tmp_path: Path, rows: list[list[object]]) -> Path:
    """A township's roster: a title, 序号, 出生年月 / 聘任日期 / 培训日期 headers, month dates."""
    wb = openpyxl.Workbook()
    ws = wb.active
    assert ws is not None
    ws.append(["宏村镇灾害信息员花名册"])
    ws.append(["序号", "乡镇", "村（社区）", "姓名", "出生年月", "身份证号码", "手机", "岗位",
               "聘任日期", "培训日期"])
    for n, row in enumerate(rows, 1):
        town = "碧阳镇" if row[0] in ("古筑村", "南屏村") else "宏村镇"
        ws.append([n, town, *row])
    ws.append(["填表人：", "胡晓燕", None, "填报日期：", "2024.05.06"])
    path = tmp_path / "花名册.xlsx"
    wb.save(path)
    return path


GOOD = [["宏村村", "程志强", "1980.03", None, "13905591003", "A岗", "2021.03", THIS_MONTH],
        ["宏村村", "李秀英", "1986年5月", None, "13905591004", "B岗", "2019-06-01", "2023.11"]]
BAD = [
    ["卢村村", "吴海涛", "1975.08", None, "13905591005", "A岗", LATER, "2024.03"],
    ["卢村村", "汪丽", "1990-06-01", None, "13905591006", "B岗", "2018.04", LATER],
    ["古筑村", "胡建军", "1990.06", None, "13905591007", "A岗", "1970.03", None],
    ["古筑村", "程小宝", None, CHILD_CARD, "13905591008", "B岗", None, None],
    ["南屏村", "余晓东", "2005-08-01", None, "13905591009", "A岗", "2019.09", None],
]


def _written(db: Database) -> tuple[int, int, int]:
    with db.read() as s:
        return tuple(int(s.scalar(select(func.count()).select_from(m)) or 0)
                     for m in (InfoOfficer, Person, TrainingAttendance))  # type: ignore[return-value]


def test_impossible_dates_in_a_roster_are_refused_and_nothing_is_written(
        db: Database, county: dict[str, int], tmp_path: Path) -> None:
    path = _sheet(tmp_path, GOOD + BAD)
    for dry_run in (True, False):
        result = import_file(db, "officers", path, dry_run=dry_run)
        assert result.error_lines() == [
            f"第 5 行 [聘任日期]: {Y + 4}-05-01 晚于今天，请核对年份",
            f"第 6 行 [培训日期]: {Y + 4}-05-01 晚于今天，请核对年份",
            "第 7 行 [聘任日期]: 1970-03 早于出生日期 1990-06，请核对年份",
            f"第 8 行 [出生年月]: {Y - 6}-05-01 出生，今天未满 16 周岁，不能担任灾害信息员；"
            "请核对出生日期或身份证号",
            "第 9 行 [聘任日期]: 2019-09 时未满 16 周岁（出生日期 2005-08-01），请核对年份",
        ]
        assert _written(db) == (0, 0, 0)


def test_the_corrected_roster_imports_and_this_month_is_not_after_today(
        db: Database, county: dict[str, int], tmp_path: Path) -> None:
    fixed = [["卢村村", "吴海涛", "1975.08", None, "13905591005", "A岗", f"{Y - 4}-05-01",
              "2024.03"],
             ["南屏村", "余晓东", "2005-08-01", None, "13905591009", "A岗", "2021.09", None]]
    result = import_file(db, "officers", _sheet(tmp_path, GOOD + fixed))
    assert result.error_lines() == [] and result.inserted == 4
    rows = {r.name: r for r in OfficerViews(db).list(OfficerQuery())}
    assert rows["程志强"].latest_training == MonthDate(Y, SESSION_DAY.month, 1)
    assert rows["吴海涛"].appoint_date == date(Y - 4, 5, 1)


def test_a_stored_birth_date_judges_a_row_that_leaves_it_blank(
        db: Database, county: dict[str, int], tmp_path: Path) -> None:
    """Re-importing without 出生年月: the person's stored birth date still rules the 任职日期."""
    assert import_file(db, "officers", _sheet(tmp_path, GOOD)).error_lines() == []
    again = [["宏村村", "程志强", None, None, "13905591003", "A岗", "1979.01", None]]
    result = import_file(db, "officers", _sheet(tmp_path, again))
    assert result.error_lines() == [
        "第 3 行 [聘任日期]: 1979-01 早于出生日期 1980-03，请核对年份"]


def test_the_form_refuses_the_same_dates(db: Database, officer: OfficerMaker) -> None:
    svc = OfficerService(db)
    future = date(Y + 4, 5, 1)
    with pytest.raises(ValidationFailed) as info:
        svc.create(officer("张三", "古筑村", appoint_date=future))
    assert info.value.problems == {"任职日期": f"{future} 晚于今天，请核对年份"}

    child = officer("小明", "古筑村", id_card=make_id_card(f"{Y - 10}0301", 7),
                    appoint_date=None)
    with pytest.raises(ValidationFailed) as info:
        svc.create(child)
    assert set(info.value.problems) == {"出生日期"} and "未满 16 周岁" in \
        info.value.problems["出生日期"]

    oid = svc.create(officer("李四", "古筑村", appoint_date=date(2021, 3, 1)))
    data = svc.input_of(oid)  # born 1980 (the fixture's 身份证号)
    data.appoint_date = date(1979, 12, 1)
    with pytest.raises(ValidationFailed) as info:
        svc.update(oid, data)
    assert list(info.value.problems) == ["任职日期"]
    assert info.value.problems["任职日期"].startswith("1979-12-01 早于出生日期 1980-")
    data.appoint_date = date(1995, 1, 1)  # 14
    with pytest.raises(ValidationFailed, match="未满 16 周岁"):
        svc.update(oid, data)
    # A month-only appointment in the current month, and a 离任日期 set ahead, are fine.
    data.appoint_date = MonthDate.first(Y, SESSION_DAY.month)
    data.leave_date = date(Y + 1, 1, 1)
    svc.update(oid, data)
    assert svc.input_of(oid).appoint_date == data.appoint_date
