"""The generic form: each kind of field reads back what was typed and explains refusals."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from PySide6.QtCore import QDate

from emergency_desk.errors import InputRejected, ValidationFailed
from emergency_desk.ui.widgets.form_dialog import FieldSpec, FormDialog

pytestmark = pytest.mark.gui


def make(qtbot: Any, save: Any) -> FormDialog:
    fields = [
        FieldSpec("count", "人数", kind="int", minimum=0, required=True),
        FieldSpec("when", "日期", kind="date"),
        FieldSpec("team", "队伍", kind="lookup", choices=[("碧阳镇救援队", 1), ("宏村镇民兵", 2)]),
        FieldSpec("ok", "在岗", kind="bool"),
        FieldSpec("kind", "类别", kind="choice", choices=[("专业", "pro"), ("志愿", "vol")]),
        FieldSpec("note", "备注", kind="multiline"),
    ]
    d = FormDialog("测试", fields, {"kind": "vol"}, save)
    qtbot.addWidget(d)
    return d


def test_values_and_type_checks(qtbot: Any) -> None:
    d = make(qtbot, lambda v: None)
    assert not d.ok_button.isEnabled()  # 人数 is required
    assert d.error_text("count") == ""  # untouched fields are not scolded yet
    qtbot.keyClicks(d.widget("count"), "abc")
    assert d.error_text("count") == "请填写整数" and not d.ok_button.isEnabled()
    d.widget("count").clear()
    qtbot.keyClicks(d.widget("count"), "-3")
    assert "不能小于 0" in d.error_text("count")
    d.widget("count").clear()
    qtbot.keyClicks(d.widget("count"), "25")
    assert d.error_text("count") == "" and d.ok_button.isEnabled()
    d.widget("team").setEditText("不存在的队")
    assert "不存在的队" in d.error_text("team") and not d.ok_button.isEnabled()
    d.widget("team").setEditText("宏村镇民兵")
    d.widget("when").setDate(QDate(2024, 5, 1))
    assert d.values() == {"count": 25, "when": date(2024, 5, 1), "team": 2, "ok": False,
                          "kind": "vol", "note": ""}


def test_refusals_keep_the_dialog_and_the_input(qtbot: Any) -> None:
    calls: list[dict[str, Any]] = []

    def save(values: dict[str, Any]) -> int:
        calls.append(values)
        if len(calls) == 1:
            raise ValidationFailed({"人数": "超过编制", "其他": "整体不对"})
        if len(calls) == 2:
            raise InputRejected("记录已被删除")
        return 7

    d = make(qtbot, save)
    d.show()
    qtbot.keyClicks(d.widget("count"), "99")
    d.try_accept()
    assert d.isVisible() and d.error_text("count") == "超过编制"
    assert "其他: 整体不对" in d.banner.text()
    assert d.value("count") == 99
    d.try_accept()
    assert d.isVisible() and d.banner.text() == "记录已被删除"
    d.try_accept()
    assert not d.isVisible() and d.saved_result == 7 and len(calls) == 3


def test_a_month_only_date_is_shown_and_kept_as_a_month(qtbot: Any) -> None:
    from emergency_desk.data.dates import MonthDate

    fields = [FieldSpec("born", "出生日期", kind="date"), FieldSpec("exp", "有效期至", kind="date")]
    d = FormDialog("测试", fields, {"born": MonthDate(1980, 3, 1),
                                    "exp": MonthDate.last(2024, 7)}, lambda v: None)
    qtbot.addWidget(d)
    born = d.widget("born")
    assert born.text() == "1980-03"  # no made-up day on screen
    assert d.values()["born"] == MonthDate(1980, 3, 1)
    assert isinstance(d.values()["born"], MonthDate)
    born.setDate(QDate(1981, 4, 1))  # the clerk changes the month: still a month
    got = d.values()["born"]
    assert isinstance(got, MonthDate) and str(got) == "1981-04"
    d.widget("exp").setDate(QDate(2025, 2, 28))
    assert d.values()["exp"] == MonthDate.last(2025, 2)  # an expiry month: its last day
    plain = FormDialog("测试", fields, {"born": date(1980, 3, 15)}, lambda v: None)
    qtbot.addWidget(plain)
    assert plain.widget("born").text() == "1980-03-15"
    assert not isinstance(plain.values()["born"], MonthDate)
