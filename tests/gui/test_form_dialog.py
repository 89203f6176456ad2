"""The generic form: each kind of field reads back what was typed and explains refusals."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from gui_helpers import type_chinese
from PySide6.QtCore import QDate, Qt

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
    qtbot.keyClicks(d.widget("when").line, "2024-05-01")
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
    _retype(qtbot, born, "1981.04")  # the clerk changes the month: still a month
    got = d.values()["born"]
    assert isinstance(got, MonthDate) and str(got) == "1981-04"
    _retype(qtbot, d.widget("exp"), "2025-02")
    assert d.values()["exp"] == MonthDate.last(2025, 2)  # an expiry month: its last day
    plain = FormDialog("测试", fields, {"born": date(1980, 3, 15)}, lambda v: None)
    qtbot.addWidget(plain)
    assert plain.widget("born").text() == "1980-03-15"
    assert not isinstance(plain.values()["born"], MonthDate)


def _retype(qtbot: Any, widget: Any, text: str) -> None:
    """Select what the field shows and type over it, as a clerk does."""
    widget.line.selectAll()
    qtbot.keyClick(widget.line, Qt.Key.Key_Delete)
    _type(qtbot, widget, text)


def _type(qtbot: Any, widget: Any, text: str) -> None:
    """Keys for plain text; Chinese and full-width text as an input method commits it."""
    if text.isascii():
        qtbot.keyClicks(widget.line, text)
    else:
        type_chinese(widget.line, text)


def _dates(qtbot: Any, values: dict[str, Any] | None = None) -> FormDialog:
    fields = [FieldSpec("day", "演练日期", kind="date"),
              FieldSpec("born", "出生日期", kind="date", month="first"),
              FieldSpec("exp", "有效期至", kind="date", month="last")]
    d = FormDialog("测试", fields, values, lambda v: None)
    qtbot.addWidget(d)
    return d


@pytest.mark.parametrize("typed", ["2024-05-12", "2024.5.12", "2024/05/12", "20240512",
                                   "2024年5月12日", "２０２４－０５－１２", " 2024-5-12 "])
def test_a_date_typed_into_an_empty_field_is_kept(qtbot: Any, typed: str) -> None:
    # QDateEdit, the field before, showed its 1900-01-01 "none" as a blank: typed keys went
    # into the blank and the date was saved as none.
    d = _dates(qtbot)
    _type(qtbot, d.widget("day"), typed)
    assert d.value("day") == date(2024, 5, 12)
    assert d.error_text("day") == "" and d.ok_button.isEnabled()


def test_a_cleared_date_is_saved_as_none(qtbot: Any) -> None:
    # QDateEdit blanked its text on Delete and kept (and saved) the old date.
    saved: list[dict[str, Any]] = []
    fields = [FieldSpec("day", "演练日期", kind="date")]
    d = FormDialog("测试", fields, {"day": date(2020, 3, 4)}, saved.append)
    qtbot.addWidget(d)
    assert d.widget("day").text() == "2020-03-04" and d.value("day") == date(2020, 3, 4)
    _retype(qtbot, d.widget("day"), "")
    d.try_accept()
    assert saved == [{"day": None}]


def test_a_date_that_is_no_date_is_refused_under_its_field(qtbot: Any) -> None:
    d = _dates(qtbot)
    for typed, words in [("2024-13-01", "日期"), ("2024-02-30", "日期不存在"),
                         ("2024", "只有年份"), ("明天", "不是有效的日期"),
                         ("2024.05", "需要具体到日")]:
        _retype(qtbot, d.widget("day"), typed)
        assert words in d.error_text("day"), typed
        assert typed.strip() in d.error_text("day")
        assert not d.ok_button.isEnabled()
    _retype(qtbot, d.widget("day"), "2024-02-29")
    assert d.error_text("day") == "" and d.ok_button.isEnabled()


def test_a_month_is_enough_where_the_register_keeps_months(qtbot: Any) -> None:
    from emergency_desk.data.dates import MonthDate

    d = _dates(qtbot)
    _type(qtbot, d.widget("born"), "1980.03")
    _type(qtbot, d.widget("exp"), "2027年2月")
    born, exp = d.value("born"), d.value("exp")
    assert isinstance(born, MonthDate) and born == date(1980, 3, 1)
    assert isinstance(exp, MonthDate) and exp == date(2027, 2, 28)
    assert d.ok_button.isEnabled()
    d.widget("exp").line.editingFinished.emit()  # leaving the field (Tab, a click elsewhere)
    assert d.widget("exp").text() == "2027-02"  # shown as it is stored: understood
    assert d.value("exp") == exp and isinstance(d.value("exp"), MonthDate)


def test_a_date_picked_from_the_calendar(qtbot: Any) -> None:
    d = _dates(qtbot, {"day": date(2024, 5, 12)})
    d.show()
    field = d.widget("day")
    qtbot.mouseClick(field.button, Qt.MouseButton.LeftButton)
    popup = field._popup
    assert popup is not None and popup.isVisible()
    assert popup.calendar.selectedDate() == QDate(2024, 5, 12)  # opens on the field's date
    popup.calendar.setSelectedDate(QDate(2024, 5, 20))
    popup.calendar.clicked.emit(QDate(2024, 5, 20))
    assert not popup.isVisible()
    assert field.text() == "2024-05-20" and d.value("day") == date(2024, 5, 20)
    qtbot.keyClick(field.line, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    assert field._popup is not None and field._popup.isVisible()  # the keyboard opens it too
    field._popup.close()


def test_a_region_typed_as_clerks_write_it(qtbot: Any) -> None:
    # Some forms list regions from the county (黟县/碧阳镇), others below it (碧阳镇): a clerk
    # types either, or the village alone, and an ambiguous name is asked about, not guessed.
    choices = [("黟县/碧阳镇", 1), ("黟县/碧阳镇/古筑村", 2), ("黟县/宏村镇/宏村", 3),
               ("黟县/宏村镇/宏村新村", 4), ("黟县/渔亭镇/古筑村", 5)]
    d = FormDialog("测试", [FieldSpec("where", "所属区划", kind="lookup", required=True,
                                      choices=choices)], None, lambda v: None)
    qtbot.addWidget(d)
    box = d.widget("where")
    for typed, region in [("碧阳镇", 1), ("碧阳镇/古筑村", 2), ("宏村", 3), ("宏村新村", 4),
                          ("黟县 / 碧阳镇", 1), ("黄山市/黟县/碧阳镇", 1),
                          ("渔亭镇／古筑村", 5), ("黟县/碧阳镇/古筑村", 2)]:
        box.setEditText(typed)
        assert d.value("where") == region, typed
        assert d.error_text("where") == "" and d.ok_button.isEnabled(), typed
    box.setEditText("古筑村")
    assert "碧阳镇/古筑村" in d.error_text("where") and "渔亭镇/古筑村" in d.error_text("where")
    assert not d.ok_button.isEnabled()
    box.setEditText("古筑")
    assert "没有“古筑”这一项" in d.error_text("where") and not d.ok_button.isEnabled()


def test_a_decimal_is_read_as_a_sheet_reads_it(qtbot: Any) -> None:
    fields = [FieldSpec("area", "面积", kind="number", minimum=0),
              FieldSpec("n", "人数", kind="int")]
    d = FormDialog("测试", fields, {"area": 1234.5}, lambda v: None)
    qtbot.addWidget(d)
    area = d.widget("area")
    assert area.text() == "1234.5" and d.value("area") == 1234.5  # not rounded to 1235
    for typed, got in [("1,234.5", 1234.5), ("12000", 12000.0), ("0.75", 0.75)]:
        area.clear()
        qtbot.keyClicks(area, typed)
        assert d.value("area") == got and d.error_text("area") == "", typed
    for typed, words in [("2,5", "请填写数字"), ("1,2345", "请填写数字"), ("abc", "请填写数字"),
                         ("-3", "不能小于 0")]:
        area.clear()
        qtbot.keyClicks(area, typed)
        assert d.error_text("area") == words and not d.ok_button.isEnabled(), typed
    area.clear()
    type_chinese(area, "１２００")  # full-width digits from a Chinese input method
    assert d.value("area") == 1200.0 and d.ok_button.isEnabled()
    d.set_value("area", 1_000_000.0)
    assert area.text() == "1000000"  # never 1e+06
    qtbot.keyClicks(d.widget("n"), "2,5")  # twenty-five? two and a half? asked, not guessed
    assert d.error_text("n") == "请填写整数"
    d.widget("n").clear()
    qtbot.keyClicks(d.widget("n"), "1,000")
    assert d.value("n") == 1000
