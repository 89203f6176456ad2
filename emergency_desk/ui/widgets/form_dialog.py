"""A generic record form that validates as you type and never loses what the user typed.

Fields are described by `FieldSpec`s. Each change re-checks the field (required, type, the
field's own validator) and shows why it is wrong in red under it; OK stays disabled while
anything is invalid. On OK the `save(values)` callback runs: a `ValidationFailed` from the
service puts each message beside its field and keeps the dialog open; a `KnownError` is shown
in the dialog; anything else goes to the crash dialog. The dialog only closes after a save.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from emergency_desk.data.dates import MonthDate
from emergency_desk.errors import KnownError, ValidationFailed
from emergency_desk.ui import crash

KINDS = ("text", "int", "bool", "choice", "lookup", "date", "multiline")
_NO_DATE = QDate(1900, 1, 1)  # QDateEdit cannot be empty; its minimum stands for "none"
_ERROR_STYLE = "color: #b00020;"


@dataclass
class FieldSpec:
    """One form field. `key` is the name the save callback and ValidationFailed use.

    kind: text / int / bool / choice (fixed list) / lookup (editable combo that completes
    as you type over `choices`) / date / multiline. `choices` are (label, value) pairs.
    """

    key: str
    label: str
    kind: str = "text"
    required: bool = False
    choices: Sequence[tuple[str, Any]] = ()
    validator: Callable[[Any], str | None] | None = None
    placeholder: str = ""
    help: str = ""
    aliases: tuple[str, ...] = ()  # other names a service may report problems under
    minimum: int | None = None
    maximum: int | None = None
    extra: dict[str, Any] = field(default_factory=dict)

    def __post_init__(self) -> None:
        if self.kind not in KINDS:
            raise ValueError(self.kind)


class _Field:
    """The widgets of one field and how to read/write its value."""

    def __init__(self, spec: FieldSpec, form: FormDialog) -> None:
        self.spec = spec
        self.touched = False
        # A month-only date (出生年月 1980.03) is shown and edited as a month; this holds the
        # stored value so an untouched field gives back exactly what it was given.
        self._month: MonthDate | None = None
        self.error = QLabel()
        self.error.setStyleSheet(_ERROR_STYLE)
        self.error.setWordWrap(True)
        self.error.hide()
        self.widget = self._make(spec, form)
        self.widget.setObjectName(f"field_{spec.key}")
        if spec.help:
            self.widget.setToolTip(spec.help)

    def _make(self, spec: FieldSpec, form: FormDialog) -> QWidget:
        w: QWidget
        if spec.kind in ("text", "int"):
            w = QLineEdit()
            w.setPlaceholderText(spec.placeholder)
            w.textEdited.connect(lambda _=None: form._edited(self))
        elif spec.kind == "multiline":
            w = QPlainTextEdit()
            w.setPlaceholderText(spec.placeholder)
            w.setTabChangesFocus(True)
            w.setFixedHeight(72)
            w.textChanged.connect(lambda: form._edited(self))
        elif spec.kind == "bool":
            w = QCheckBox()
            w.toggled.connect(lambda _=None: form._edited(self))
        elif spec.kind == "date":
            w = QDateEdit()
            w.setCalendarPopup(True)
            w.setDisplayFormat("yyyy-MM-dd")
            w.setMinimumDate(_NO_DATE)
            w.setSpecialValueText(" ")  # shown when at the minimum, i.e. empty
            w.setDate(_NO_DATE)
            w.dateChanged.connect(lambda _=None: form._edited(self))
        else:  # choice / lookup
            w = QComboBox()
            if spec.kind == "lookup":
                w.setEditable(True)
                w.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
                w.lineEdit().setPlaceholderText(spec.placeholder)
                w.editTextChanged.connect(lambda _=None: form._edited(self))
            w.currentIndexChanged.connect(lambda _=None: form._edited(self))
            self._fill(w, spec.choices)
        return w

    def _fill(self, w: QComboBox, choices: Sequence[tuple[str, Any]]) -> None:
        w.blockSignals(True)
        w.clear()
        # Items carry their position, not the value: Qt would turn a StrEnum into a plain str.
        for i, (label, _value) in enumerate(choices):
            w.addItem(label, i)
        if self.spec.kind == "lookup":
            comp = QCompleter([label for label, _ in choices], w)
            comp.setFilterMode(Qt.MatchFlag.MatchContains)
            comp.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
            w.setCompleter(comp)
            w.setCurrentIndex(-1)
            w.setEditText("")
        elif not self.spec.required:
            # An optional choice starts empty: a silent first item (男, 专职) was saved for
            # people it did not describe. The form's values (or the office's most common
            # value, which the caller passes) pre-select one where that helps.
            w.setCurrentIndex(-1)
        w.blockSignals(False)

    def set_choices(self, choices: Sequence[tuple[str, Any]]) -> None:
        assert isinstance(self.widget, QComboBox)
        keep = self.value()
        self.spec.choices = list(choices)
        self._fill(self.widget, choices)
        self.set_value(keep)

    def value(self) -> Any:
        w, kind = self.widget, self.spec.kind
        if isinstance(w, QLineEdit):
            text = w.text().strip()
            if kind == "int":
                try:
                    return int(text.replace(",", "").replace("，", "")) if text else None
                except ValueError:
                    return text  # kept as typed; the check explains it
            return text
        if isinstance(w, QPlainTextEdit):
            return w.toPlainText().strip()
        if isinstance(w, QCheckBox):
            return w.isChecked()
        if isinstance(w, QDateEdit):
            d = w.date()
            if d == _NO_DATE:
                return None
            m = self._month
            if m is not None:  # still a month: the same rule for its day (1st, or the last)
                if (d.year(), d.month()) == (m.year, m.month):
                    return m
                return (MonthDate.last if m.day > 1 else MonthDate.first)(d.year(), d.month())
            return date(d.year(), d.month(), d.day())
        assert isinstance(w, QComboBox)
        if kind == "lookup":
            text = w.currentText().strip()
            if not text:
                return None
            i = w.findText(text, Qt.MatchFlag.MatchFixedString)
            return self._choice(w.itemData(i)) if i >= 0 else _Unmatched(text)
        return self._choice(w.currentData()) if w.currentIndex() >= 0 else None

    def _choice(self, position: Any) -> Any:
        return self.spec.choices[position][1] if isinstance(position, int) else None

    def _position(self, value: Any) -> int:
        for i, (_label, v) in enumerate(self.spec.choices):
            if v == value:
                return i
        return -1

    def set_value(self, value: Any) -> None:
        w = self.widget
        w.blockSignals(True)
        try:
            if isinstance(w, QLineEdit):
                w.setText("" if value is None else str(value))
            elif isinstance(w, QPlainTextEdit):
                w.setPlainText("" if value is None else str(value))
            elif isinstance(w, QCheckBox):
                w.setChecked(bool(value))
            elif isinstance(w, QDateEdit):
                self._month = value if isinstance(value, MonthDate) else None
                w.setDisplayFormat("yyyy-MM" if self._month is not None else "yyyy-MM-dd")
                w.setDate(QDate(value.year, value.month, value.day) if value else _NO_DATE)
            elif isinstance(w, QComboBox):
                i = -1 if value is None or isinstance(value, _Unmatched) \
                    else self._position(value)
                w.setCurrentIndex(i)
                if self.spec.kind == "lookup":
                    w.setEditText(value.text if isinstance(value, _Unmatched)
                                  else (w.itemText(i) if i >= 0 else ""))
        finally:
            w.blockSignals(False)

    def check(self) -> str | None:
        """Why the current value is not acceptable (None when it is)."""
        v, spec = self.value(), self.spec
        tr = QCoreApplication.translate
        if isinstance(v, _Unmatched):
            return tr("form", "没有“{0}”这一项，请从列表中选择").replace("{0}", v.text)
        if spec.required and (v is None or v == ""):
            return tr("form", "{0}不能为空").replace("{0}", spec.label)
        if spec.kind == "int" and v not in (None, ""):
            if not isinstance(v, int):
                return tr("form", "请填写整数")
            if spec.minimum is not None and v < spec.minimum:
                return tr("form", "不能小于 {0}").replace("{0}", str(spec.minimum))
            if spec.maximum is not None and v > spec.maximum:
                return tr("form", "不能大于 {0}").replace("{0}", str(spec.maximum))
        if spec.validator is not None and v not in (None, ""):
            return spec.validator(v)
        return None

    def show_error(self, message: str | None) -> None:
        self.error.setText(message or "")
        self.error.setVisible(bool(message))


@dataclass(frozen=True)
class _Unmatched:
    """Text typed into a lookup combo that matches no choice."""

    text: str


TWO_COLUMNS_FROM = 18  # fields; more are laid out in two columns


class FormDialog(QDialog):
    """`FormDialog(title, fields, values, save)`; `exec()` returns Accepted after a save."""

    changed = Signal(str)  # a field's key, after the user changed it

    def __init__(self, title: str, fields: Sequence[FieldSpec], values: dict[str, Any] | None,
                 save: Callable[[dict[str, Any]], Any], parent: QWidget | None = None, *,
                 extra: Mapping[str, str] | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setMinimumWidth(520)
        self._save = save
        self.saved_result: Any = None
        self.fields: dict[str, _Field] = {}
        # A long form (the officer's 花名册 fields) goes in two columns: one column of 25 rows
        # would not fit a 1366×768 screen.
        columns = [self._column() for _ in range(2 if len(fields) > TWO_COLUMNS_FROM else 1)]
        per_column = -(-len(fields) // len(columns))
        if len(columns) > 1:
            self.setMinimumWidth(860)  # each column as wide as a one-column form
        for n, spec in enumerate(fields):
            form = columns[n // per_column]
            f = _Field(spec, self)
            self.fields[spec.key] = f
            box = QWidget()
            lay = QVBoxLayout(box)
            lay.setContentsMargins(0, 0, 0, 0)
            lay.setSpacing(2)
            lay.addWidget(f.widget)
            lay.addWidget(f.error)
            label = QLabel(spec.label + ("<span style='color:#b00020'> *</span>"
                                         if spec.required else ""))
            label.setBuddy(f.widget)
            form.addRow(label, box)
        self.banner = QLabel()  # a refusal that belongs to no single field
        self.banner.setObjectName("form_banner")
        self.banner.setStyleSheet(_ERROR_STYLE)
        self.banner.setWordWrap(True)
        self.banner.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("确定"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("取消"))
        self.buttons.accepted.connect(self.try_accept)
        self.buttons.rejected.connect(self.reject)
        note = QLabel(self.tr("带 * 的为必填项"))
        note.setStyleSheet("color: #666;")
        outer = QVBoxLayout(self)
        row = QHBoxLayout()
        for form in columns:
            row.addLayout(form, 1)
        outer.addLayout(row)
        if extra:
            outer.addWidget(self._extra_box(extra))
        outer.addWidget(self.banner)
        outer.addWidget(note)
        outer.addWidget(self.buttons)
        for key, value in (values or {}).items():
            if key in self.fields:
                self.fields[key].set_value(value)
        self.revalidate()

    @staticmethod
    def _column() -> QFormLayout:
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return form

    def _extra_box(self, extra: Mapping[str, str]) -> QWidget:
        """Columns of the imported sheet that map to no field (民族, 住址 …), read-only: they
        are kept with the record and exported again, so the clerk sees nothing was lost."""
        box = QGroupBox(self.tr("导入表格中的其他列"))
        box.setObjectName("form_extra")
        lay = QFormLayout(box)
        for key, text in extra.items():
            value = QLabel(text)
            value.setWordWrap(True)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            lay.addRow(QLabel(key), value)
        return box

    # -- values --------------------------------------------------------------------------
    def values(self) -> dict[str, Any]:
        return {k: f.value() for k, f in self.fields.items()}

    def value(self, key: str) -> Any:
        return self.fields[key].value()

    def set_value(self, key: str, value: Any) -> None:
        self.fields[key].set_value(value)
        self.revalidate()

    def set_choices(self, key: str, choices: Sequence[tuple[str, Any]]) -> None:
        self.fields[key].set_choices(choices)
        self.revalidate()

    def widget(self, key: str) -> QWidget:
        return self.fields[key].widget

    def error_text(self, key: str) -> str:
        """The message under a field ('' when none is shown)."""
        f = self.fields[key]
        return "" if f.error.isHidden() else f.error.text()

    # -- checking ------------------------------------------------------------------------
    def _edited(self, f: _Field) -> None:
        f.touched = True
        self.banner.hide()
        self.changed.emit(f.spec.key)
        self.revalidate()

    def revalidate(self) -> bool:
        """Check every field; show messages only where the user has been (or tried OK)."""
        ok = True
        for f in self.fields.values():
            problem = f.check()
            ok = ok and problem is None
            f.show_error(problem if f.touched else None)
        self.ok_button.setEnabled(ok)
        return ok

    def _field_for(self, name: str) -> _Field | None:
        for f in self.fields.values():
            if name in (f.spec.key, f.spec.label, *f.spec.aliases):
                return f
        return None

    def try_accept(self) -> None:
        for f in self.fields.values():
            f.touched = True
        if not self.revalidate():
            return
        try:
            self.saved_result = self._save(self.values())
        except ValidationFailed as exc:
            loose: list[str] = []
            for name, message in exc.problems.items():
                f = self._field_for(name)
                if f is not None:
                    f.show_error(message)
                else:
                    loose.append(f"{name}: {message}")
            self._show_banner("\n".join(loose))
            first = next((f for f in self.fields.values() if not f.error.isHidden()), None)
            if first is not None:
                first.widget.setFocus()
            return
        except KnownError as exc:
            self._show_banner(exc.message)
            return
        except Exception as exc:  # a bug: show it, keep the dialog (and the typing) open
            crash.show_error(self, exc)
            return
        self.accept()

    def _show_banner(self, text: str) -> None:
        self.banner.setText(text)
        self.banner.setVisible(bool(text))
