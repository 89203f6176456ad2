"""The 避难场所 form keeps what it did not show being changed: an imported area of 1234.5 m²
came back as 1235 and was saved so when the clerk only corrected the phone."""

from __future__ import annotations

from typing import Any

import pytest
from gui_helpers import crash_dialog_fails_the_test  # noqa: F401

from emergency_desk.data.db import Database
from emergency_desk.services.resources.shelters import ShelterInput, ShelterService
from emergency_desk.ui.resources.dialogs import make_shelter_dialog

pytestmark = pytest.mark.gui


def test_editing_a_shelter_keeps_its_decimal_areas(qtbot: Any, db: Database) -> None:
    from tests.services.township.conftest import small_county

    county = small_county(db)
    svc = ShelterService(db)
    sid = svc.save(ShelterInput("碧阳镇中心学校操场", county["碧阳镇"], capacity=400,
                                area_m2=2500.25, effective_area_m2=1234.5,
                                manager_phone="15832996811"))
    d = make_shelter_dialog(db, sid)
    qtbot.addWidget(d)
    assert d.widget("有效避难面积").text() == "1234.5"
    phone = d.widget("联系电话")
    phone.clear()
    qtbot.keyClicks(phone, "15832996812")
    d.try_accept()
    row = svc.get(sid)
    assert row is not None and row.manager_phone == "15832996812"
    assert (row.area_m2, row.effective_area_m2) == (2500.25, 1234.5)
    d = make_shelter_dialog(db, sid)
    qtbot.addWidget(d)
    area = d.widget("有效避难面积")
    area.clear()
    qtbot.keyClicks(area, "1,300.5")
    d.try_accept()
    assert svc.get(sid).effective_area_m2 == 1300.5  # type: ignore[union-attr]
