"""A roster as a township office really writes it: a title row, 序号, a two-row header
(联系方式 over 手机/座机), 出生年月 as 1980.03 (number and text), 198003 and 1986年5月,
columns the register has no field for (籍贯, 通讯地址), numbers stored as text, and a 合计 /
填表人 / 审核人 footer with the name in the next cell."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from sqlalchemy import select

from emergency_desk.data.dates import MonthDate
from emergency_desk.data.db import Database
from emergency_desk.data.officers import InfoOfficer
from emergency_desk.data.people import Person
from emergency_desk.io.exporter import export_register
from emergency_desk.io.importer import import_file
from emergency_desk.io.privacy import Privacy
from emergency_desk.services.officers.views import OfficerQuery, OfficerViews


def office_roster(tmp_path: Path) -> Path:
    wb = openpyxl.Workbook()
    ws = wb.active
    assert ws is not None
    ws.append(["宏村镇灾害信息员花名册"])
    ws.merge_cells("A1:I1")
    ws.append(["序号", "乡镇", "村（社区）", "姓 名", "籍贯", "出生年月", "岗位", "联系方式", None,
               "通讯地址"])
    ws.append([None, None, None, None, None, None, None, "手机", "座机", None])
    ws.merge_cells("H2:I2")
    ws.append([1, "宏村镇", "宏村村", "程志强", "黟县", 1980.03, "A岗", "13905591003",
               "0559-5511001", "宏村镇宏村村3组"])
    ws.append([2, "宏村镇", "宏村村", "李秀英", "黟县", "1986年5月", "B岗", 13905591004,
               None, "宏村镇宏村村5组"])
    ws.append([3, "宏村镇", "卢村村", "吴海涛", "歙县", 198003, "A岗", "139 0559 1005", None,
               None])
    ws.append([4, "宏村镇", "卢村村", "汪丽", None, "1990.07", "B岗", "13905591006", None, None])
    ws.append(["合计", None, None, "4人", None, None, None, None, None, None])
    ws.append(["填表人：", "胡晓燕", None, "审核人：", "汪建国", None, "填报日期：", "2024.05.06"])
    ws.append(["注：A岗为主岗，B岗为备岗。"])
    path = tmp_path / "宏村镇花名册.xlsx"
    wb.save(path)
    return path


def test_office_roster_imports_with_month_dates_footer_and_extra_columns(
        db: Database, county: dict[str, int], tmp_path: Path) -> None:
    path = office_roster(tmp_path)
    dry = import_file(db, "officers", path, dry_run=True)
    assert dry.error_lines() == []
    assert "跳过 3 行表尾" in dry.summary() and "籍贯、通讯地址" in dry.summary()
    result = import_file(db, "officers", path)
    assert result.error_lines() == [] and result.inserted == 4
    rows = {r.name: r for r in OfficerViews(db).list(OfficerQuery())}
    born = rows["程志强"].birth_date
    # The numeric 1980.03 cell: March 1980 at month precision, not serial 1980 (1905-06-02).
    assert isinstance(born, MonthDate) and (born.year, born.month) == (1980, 3)
    assert born.isoformat() == "1980-03"
    assert rows["李秀英"].birth_date == MonthDate(1986, 5, 1)
    assert rows["吴海涛"].birth_date == MonthDate(1980, 3, 1)
    assert str(rows["汪丽"].birth_date) == "1990-07"
    assert rows["程志强"].mobile == "13905591003" and rows["程志强"].phone2 == "0559-5511001"
    with db.read() as s:
        flags = s.execute(select(Person.name, Person.birth_date_month)).all()
        extra = dict(s.execute(select(Person.name, InfoOfficer.extra).join(
            InfoOfficer, InfoOfficer.person_id == Person.id)).all())
    assert all(flag for _, flag in flags)
    assert "宏村镇宏村村3组" in (extra["程志强"] or "") and "黟县" in (extra["程志强"] or "")
    assert extra["汪丽"] is None  # nothing extra written on that row

    # Exported as a month and with the extra columns after the template's; re-import is a no-op.
    out = tmp_path / "export.xlsx"
    export_register(db, "officers", out, privacy=Privacy.FULL_ID)
    ws = openpyxl.load_workbook(out).active
    assert ws is not None
    header = [c.value for c in ws[1]]
    assert header[-2:] == ["籍贯", "通讯地址"]
    births = {r[2]: r[4] for r in ws.iter_rows(min_row=2, values_only=True)}
    assert births["程志强"] == "1980.03" and births["李秀英"] == "1986.05"
    again = import_file(db, "officers", out)
    assert again.error_lines() == []
    assert (again.inserted, again.updated) == (0, 0)
    assert import_file(db, "officers", path).updated == 0  # the office's own file, twice


def test_an_id_number_gives_the_day_a_month_only_birth_date_lacks(
        db: Database, county: dict[str, int], tmp_path: Path) -> None:
    from officer_helpers import make_id_card

    wb = openpyxl.Workbook()
    ws = wb.active
    assert ws is not None
    ws.append(["乡镇", "村(社区)", "姓名", "出生年月", "身份证号", "手机号码"])
    ws.append(["宏村镇", "宏村村", "程志强", 1980.03, make_id_card("19800315", 7), "13905591003"])
    ws.append(["宏村镇", "卢村村", "吴海涛", "1980.04", make_id_card("19800315", 8), "13905591005"])
    path = tmp_path / "ids.xlsx"
    wb.save(path)
    result = import_file(db, "officers", path)
    assert [e.row for e in result.errors] == [3]  # April against an ID born in March
    assert "不一致" in result.error_lines()[0]
    ws.delete_rows(3)
    wb.save(path)
    assert import_file(db, "officers", path).ok
    got = OfficerViews(db).list(OfficerQuery())[0].birth_date
    assert got == date(1980, 3, 15) and not isinstance(got, MonthDate)


def test_one_person_on_both_posts_gives_two_posts_that_o2_flags(
        db: Database, county: dict[str, int], tmp_path: Path) -> None:
    from emergency_desk.data.officers import OfficerPost
    from emergency_desk.services.checks.registry import run_checks

    wb = openpyxl.Workbook()
    ws = wb.active
    assert ws is not None
    ws.append(["乡镇", "村(社区)", "姓名", "手机号码", "岗位"])
    ws.append(["宏村镇", "宏村村", "程志强", "13905591003", "A岗/B岗"])
    ws.append(["宏村镇", "卢村村", "吴海涛", "13905591005", "A、B岗"])
    path = tmp_path / "both.xlsx"
    wb.save(path)
    result = import_file(db, "officers", path)
    assert result.error_lines() == [] and result.inserted == 4
    posts = sorted((r.name, r.post) for r in OfficerViews(db).list(OfficerQuery()))
    assert posts == [("吴海涛", OfficerPost.A), ("吴海涛", OfficerPost.B),
                     ("程志强", OfficerPost.A), ("程志强", OfficerPost.B)]
    row = next(r for r in OfficerViews(db).coverage(minimum=1) if r.name == "宏村村")
    assert row.ab_gap  # A and B must be different people
    o2 = [a for a in run_checks(db) if a.rule == "O2"]
    assert any(a.subject == "宏村村" for a in o2)
    assert import_file(db, "officers", path).inserted == 0  # re-import: still two posts each


@pytest.mark.gui
def test_the_form_shows_the_month_and_the_extra_columns(
        qtbot: Any, db: Database, county: dict[str, int], tmp_path: Path) -> None:
    from PySide6.QtWidgets import QGroupBox

    from emergency_desk.ui.officers.dialog import make_officer_dialog

    assert import_file(db, "officers", office_roster(tmp_path)).ok
    row = next(r for r in OfficerViews(db).list(OfficerQuery()) if r.name == "程志强")
    dialog = make_officer_dialog(db, row.id)
    qtbot.addWidget(dialog)
    assert dialog.widget("出生日期").text() == "1980-03"
    box = dialog.findChild(QGroupBox, "form_extra")
    assert box is not None and box is dialog.extra_box
    shown = dialog.extra_box.values()
    assert shown["籍贯"] == "黟县" and "宏村镇宏村村3组" in shown.values()
    dialog.try_accept()  # saved untouched: still a month, extras still there
    assert dialog.saved_result == row.id, dialog.banner.text()
    again = next(r for r in OfficerViews(db).list(OfficerQuery()) if r.name == "程志强")
    assert isinstance(again.birth_date, MonthDate)
    new = make_officer_dialog(db, None, region_id=county["宏村村"])
    qtbot.addWidget(new)
    assert new.findChild(QGroupBox, "form_extra") is None


def test_a_month_only_latest_training_is_listed_as_a_month(
        db: Database, county: dict[str, int], tmp_path: Path) -> None:
    wb = openpyxl.Workbook()
    ws = wb.active
    assert ws is not None
    ws.append(["乡镇", "村(社区)", "姓名", "手机号码", "最近培训日期"])
    ws.append(["宏村镇", "宏村村", "程志强", "13905591003", "2024.05"])
    ws.append(["宏村镇", "卢村村", "吴海涛", "13905591005", "2024-05-01"])
    path = tmp_path / "trained.xlsx"
    wb.save(path)
    assert import_file(db, "officers", path).ok
    rows = {r.name: r for r in OfficerViews(db).list(OfficerQuery())}
    assert str(rows["程志强"].latest_training) == "2024-05"
    assert str(rows["吴海涛"].latest_training) == "2024-05-01"  # its own, full-date event
    assert import_file(db, "officers", path).updated == 0
