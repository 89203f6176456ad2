"""The 培训 page: add a training, take attendance from the roster, print the sign-in sheet."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import pypdf
import pytest
from PySide6.QtCore import Qt
from test_officers_page import county  # noqa: F401  the same small county with officers
from test_regions_page import (  # noqa: F401  the autouse fixture applies here too
    crash_dialog_fails_the_test,
    type_chinese,
    when_dialog_opens,
)

from emergency_desk.data.db import Database
from emergency_desk.services.officers.trainings import TrainingEventInput, TrainingService
from emergency_desk.services.officers.views import OfficerViews
from emergency_desk.ui.officers import attendance_picker, trainings_page
from emergency_desk.ui.officers.attendance_picker import AttendancePicker
from emergency_desk.ui.officers.trainings_page import TrainingsPage
from emergency_desk.ui.widgets import register_page
from emergency_desk.ui.widgets.form_dialog import FormDialog

pytestmark = pytest.mark.gui


@pytest.fixture
def page(qtbot: Any, db: Database, county: dict[str, int]) -> TrainingsPage:  # noqa: F811
    p = TrainingsPage(db)
    qtbot.addWidget(p)
    p.resize(1200, 800)
    p.show()
    return p


def person(db: Database, officer_id: int) -> int:
    return OfficerViews(db).get(officer_id).person_id


def attendance_names(page: TrainingsPage) -> list[str]:
    return sorted(page.attendance.item(i, 0).text() for i in range(page.attendance.rowCount()))


def test_add_training_then_take_attendance_from_the_roster(
        qtbot: Any, page: TrainingsPage, db: Database, county: dict[str, int],  # noqa: F811
        monkeypatch: pytest.MonkeyPatch) -> None:
    seen: dict[str, Any] = {}

    def fill(d: FormDialog) -> None:
        type_chinese(d.widget("培训名称"), "汛前灾害信息员培训")
        d.set_value("培训日期", date(2025, 4, 1))
        qtbot.keyClicks(d.widget("学时"), "3h")
        seen["hours"] = d.error_text("学时")
        d.widget("学时").clear()
        qtbot.keyClicks(d.widget("学时"), "3")
        qtbot.mouseClick(d.ok_button, Qt.MouseButton.LeftButton)

    problems = when_dialog_opens(fill)
    page.add_event()
    assert not problems, problems
    assert "数字" in seen["hours"]
    event = page.current_event()
    assert event is not None and event.title == "汛前灾害信息员培训" and event.hours == 3
    assert "共 0 人" in page.attendance_title.text()
    wanted = [person(db, county["程书记"]), person(db, county["叶书记"])]
    monkeypatch.setattr(attendance_picker, "pick_attendees", lambda *_a: wanted)
    changed: list[bool] = []
    page.changed.connect(lambda: changed.append(True))
    page.take_attendance()
    assert attendance_names(page) == ["叶书记", "程书记"] and changed
    assert page.current_event().attendees == 2
    # The roster's 最近培训日期 now comes from this attendance.
    assert OfficerViews(db).get(county["程书记"]).latest_training == date(2025, 4, 1)
    # Remove one, after confirming.
    monkeypatch.setattr(register_page, "confirm", lambda *a: True)
    page.attendance.selectRow(0)
    page.remove_attendees()
    assert len(attendance_names(page)) == 1


def test_picker_offers_active_officers_and_keeps_those_already_listed(
        qtbot: Any, db: Database, county: dict[str, int]) -> None:  # noqa: F811
    svc = TrainingService(db)
    eid = svc.create_event(TrainingEventInput("业务培训", date(2025, 5, 1)))
    svc.add_attendees(eid, [person(db, county["汪镇长"])])
    picker = AttendancePicker(db, eid)
    qtbot.addWidget(picker)
    assert picker.list.count() == 7
    picker.township.setCurrentIndex(picker.township.findText("宏村镇"))
    assert picker.list.count() == 4
    assert not picker.tick(person(db, county["汪镇长"]))  # not in 宏村镇
    assert picker.tick(person(db, county["王镇长"]))
    picker.township.setCurrentIndex(0)
    first = next(picker.list.item(i) for i in range(picker.list.count())
                 if picker.list.item(i).text().startswith("汪镇长"))
    assert first.checkState() == Qt.CheckState.Checked
    assert not first.flags() & Qt.ItemFlag.ItemIsEnabled  # already attending
    assert picker.picked() == [person(db, county["王镇长"])]
    assert "已选 1 人" in picker.count.text()


def test_sign_in_sheet_of_the_selected_training(
        page: TrainingsPage, db: Database, county: dict[str, int],  # noqa: F811
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    svc = TrainingService(db)
    old = svc.create_event(TrainingEventInput("旧培训", date(2024, 1, 5)))
    svc.create_event(TrainingEventInput("新培训", date(2025, 6, 1)))
    svc.add_attendees(old, [person(db, county["胡干事"])])
    page.refresh()
    assert page.show_record("training_event", old)
    assert not page.show_record("info_officer", county["胡干事"])
    opened: list[Path] = []
    monkeypatch.setattr(register_page, "documents_dir", lambda: tmp_path)
    monkeypatch.setattr(register_page, "open_file", lambda p: opened.append(Path(p)))
    task = page.print_signin()
    assert task is not None and task.wait() and task.error is None, task.error
    text = "".join(p.extract_text() for p in pypdf.PdfReader(opened[0]).pages)
    assert "旧培训" in text and "胡干事" in text and "签名" in text
    rates = page.print_rates()
    assert rates.wait() and rates.error is None
    assert "培训率" in "".join(p.extract_text() for p in pypdf.PdfReader(opened[1]).pages)
    assert trainings_page.PAGE_TITLE == "培训"


def test_filters_and_imported_events(page: TrainingsPage, db: Database,
                                     county: dict[str, int]) -> None:  # noqa: F811
    from emergency_desk.services.officers.trainings import record_latest_training

    svc = TrainingService(db)
    svc.create_event(TrainingEventInput("县级培训", date(2025, 3, 1)))
    with db.begin() as s:
        record_latest_training(s, person(db, county["余会计"]), date(2023, 9, 9))
    page.refresh()
    assert page.model.total_count() == 2
    page.imported_filter.setChecked(False)
    assert page.model.total_count() == 1
    page.imported_filter.setChecked(True)
    page.year_filter.setCurrentIndex(page.year_filter.findData(2025))
    rows = [page.model.row_at(i).title for i in range(page.model.rowCount())]
    assert rows == ["县级培训"]
