"""A date field a clerk can type into as into an Excel cell, or pick from a calendar.

It replaces QDateEdit, which cannot be empty: the forms used its minimum (1900-01-01, shown
as a blank) for "no date", and then a date typed into an empty field was lost (the keys went
into the blank special text and the value stayed 1900-01-01, saved as no date), and clearing
a date with Delete blanked the text but kept the old date, which was saved. Here the text is
the value: empty is no date, and whatever is typed is read by the import's own date rules
(2024-05-12, 2024.5.12, 2024/5/12, 20240512, 2024年5月12日, and 1980.03 where a month is
enough), so a form and a sheet accept the same dates and refuse the rest with the same words.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QDate, QPoint, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QCalendarWidget,
    QFrame,
    QHBoxLayout,
    QLineEdit,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from emergency_desk.data.dates import MonthDate, date_text
from emergency_desk.io.dates import MIN_YEAR, DateRule
from emergency_desk.io.normalize import CellError


class BadDate:
    """Text in a date field that is not a date, and why (shown under the field)."""

    def __init__(self, text: str, message: str) -> None:
        self.text, self.message = text, message

    def __eq__(self, other: object) -> bool:
        return isinstance(other, BadDate) and other.text == self.text

    def __hash__(self) -> int:
        return hash(self.text)

    def __repr__(self) -> str:
        return f"BadDate({self.text!r})"


class DateField(QWidget):
    """A line edit for the date and a ▾ button (or Alt+↓, F4) that opens a calendar.

    `month` says what a month typed alone (1980.03) means: "" refuses it (a day is needed),
    "first" and "last" take the month's first or last day and keep it as a month
    (`MonthDate`), as the import does for 出生日期 and 有效期至.
    """

    edited = Signal()  # the user typed or picked a date

    def __init__(self, month: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        if month not in ("", "first", "last"):
            raise ValueError(month)
        self._month = month
        self.line = QLineEdit()
        self.line.setObjectName("date_text")
        self.line.setPlaceholderText(self.tr("如 2024-05-12") if not month
                                     else self.tr("如 2024-05-12 或 2024.05"))
        self.line.textEdited.connect(lambda _=None: self.edited.emit())
        self.line.editingFinished.connect(self._tidy)
        self.line.installEventFilter(self)
        self.button = QToolButton()
        self.button.setObjectName("date_calendar")
        self.button.setArrowType(Qt.ArrowType.DownArrow)
        self.button.setToolTip(self.tr("从日历中选择（Alt+↓）"))
        self.button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.button.clicked.connect(self.open_calendar)
        lay = QHBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.setSpacing(2)
        lay.addWidget(self.line, 1)
        lay.addWidget(self.button)
        self.setFocusProxy(self.line)
        self._popup: _CalendarPopup | None = None
        self._kept: date | None = None  # what set_value showed

    # -- value ----------------------------------------------------------------------------
    def text(self) -> str:
        return self.line.text()

    def value(self) -> date | BadDate | None:
        """The date typed, None when empty, or a `BadDate` saying what is wrong. While the
        text still shows what `set_value` put there, that value comes back unchanged (a month
        stays a month, with its day), and a month typed over a month keeps its day."""
        kept = self._kept
        text = self.line.text().strip()
        if not text:
            return None
        if kept is not None and text == date_text(kept):
            return kept
        month = self._month
        if isinstance(kept, MonthDate) and not month:
            month = "last" if kept.day > 1 else "first"
        rule = DateRule(month_ok=bool(month), month_end=month == "last")
        try:
            return rule.parse(text)
        except CellError as e:
            return BadDate(text, str(e))

    def set_value(self, value: date | None) -> None:
        """Show a stored date (2024-05-12, or 1980-03 for a month); None empties the field."""
        self._kept = value
        self.line.setText(date_text(value))

    def _tidy(self) -> None:
        """On leaving the field, show a date read from 2016年5月 or 2024.5.12 as it will be
        stored (2016-05, 2024-05-12): the clerk sees that it was understood."""
        got = self.value()
        if isinstance(got, date) and self.line.text() != date_text(got):
            self.line.setText(date_text(got))

    # -- calendar -------------------------------------------------------------------------
    def open_calendar(self) -> None:
        current = self.value()
        shown = current if isinstance(current, date) else date.today()
        self._popup = _CalendarPopup(QDate(shown.year, shown.month, shown.day), self)
        self._popup.picked.connect(self._picked)
        below = self.mapToGlobal(QPoint(0, self.height()))
        self._popup.move(below)
        self._popup.show()
        self._popup.calendar.setFocus()

    def _picked(self, day: QDate) -> None:
        self.line.setText(date(day.year(), day.month(), day.day()).isoformat())
        self.line.setFocus()
        self.edited.emit()

    def eventFilter(self, watched: Any, event: Any) -> bool:
        if watched is self.line and isinstance(event, QKeyEvent) \
                and event.type() == QKeyEvent.Type.KeyPress:
            alt_down = event.key() == Qt.Key.Key_Down \
                and event.modifiers() & Qt.KeyboardModifier.AltModifier
            if alt_down or event.key() == Qt.Key.Key_F4:
                self.open_calendar()
                return True
        return super().eventFilter(watched, event)


class _CalendarPopup(QFrame):
    """The calendar under a date field; closes on a pick, Esc or a click elsewhere."""

    picked = Signal(QDate)

    def __init__(self, day: QDate, parent: QWidget) -> None:
        super().__init__(parent, Qt.WindowType.Popup)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.calendar = QCalendarWidget()
        self.calendar.setObjectName("date_calendar_popup")
        self.calendar.setMinimumDate(QDate(MIN_YEAR, 1, 1))
        self.calendar.setGridVisible(True)
        self.calendar.setVerticalHeaderFormat(
            QCalendarWidget.VerticalHeaderFormat.NoVerticalHeader)  # week numbers: not used
        self.calendar.setSelectedDate(day)
        self.calendar.activated.connect(self._pick)  # Enter or a double click
        self.calendar.clicked.connect(self._pick)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(1, 1, 1, 1)
        lay.addWidget(self.calendar)

    def _pick(self, day: QDate) -> None:
        self.picked.emit(day)
        self.close()
