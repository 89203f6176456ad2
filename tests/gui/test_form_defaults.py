"""The new-officer form does not pre-select 男/专职 (issue 17): 专兼职 follows the office's own
officers (most are 兼职 in the demo) and 性别 stays empty until chosen or read from the ID."""

from __future__ import annotations

from collections import Counter
from typing import Any

from emergency_desk.data.db import Database
from emergency_desk.data.officers import FullTime
from emergency_desk.services.demo.county import build_demo
from emergency_desk.services.officers.views import OfficerQuery, OfficerViews
from emergency_desk.ui.officers.dialog import make_officer_dialog


def test_new_officer_defaults_follow_the_offices_data(qtbot: Any, db: Database) -> None:
    empty = make_officer_dialog(db)
    qtbot.addWidget(empty)
    assert empty.value("性别") is None and empty.value("专兼职") is None  # nothing to go by
    build_demo(db)
    counts = Counter(r.fulltime for r in OfficerViews(db).list(OfficerQuery()))
    assert counts[FullTime.PART] > counts[FullTime.FULL]
    dialog = make_officer_dialog(db)
    qtbot.addWidget(dialog)
    assert dialog.value("专兼职") == FullTime.PART
    assert dialog.value("性别") is None  # until chosen, or read from the ID number
