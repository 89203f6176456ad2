"""A generic record form that validates as you type and never loses what the user typed.

Fields are described by `FieldSpec`s. Each change re-checks the field (required, type, the
field's own validator) and shows why it is wrong in red under it; OK stays disabled while
anything is invalid. On OK the `save(values)` callback runs: a `ValidationFailed` from the
service puts each message beside its field and keeps the dialog open; a `KnownError` is shown
in the dialog; anything else goes to the crash dialog. The dialog only closes after a save.

A save over a record someone else saved since the form was filled is refused (记录已被他人修改,
data/versions.py); a form given `reload` then offers 重新载入: the stored values come back into
the fields, the dialog stays open and says which fields the other person changed.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication, QSize, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from emergency_desk.data.names import name_key
from emergency_desk.data.versions import RecordChanged
from emergency_desk.errors import KnownError, ValidationFailed
from emergency_desk.io.normalize import CellError, integer, number
from emergency_desk.services.extra_fields import ExtraFields, extra_fields_of, save_with_extra
from emergency_desk.ui import crash
from emergency_desk.ui.widgets.date_field import BadDate, DateField
from emergency_desk.ui.widgets.extra_fields_box import ExtraFieldsBox

KINDS = ("text", "int", "number", "bool", "choice", "lookup", "date", "multiline")
_ERROR_STYLE = "color: #b00020;"
_INFO_STYLE = "color: #1f4e79;"


@dataclass
class FieldSpec:
    """One form field. `key` is the name the save callback and ValidationFailed use.

    kind: text / int / number (a decimal: 面积, 单价) / bool / choice (fixed list) / lookup
    (editable combo that completes as you type over `choices`) / date / multiline.
    `choices` are (label, value) pairs.
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
    # A date known to the month only (1980.03) is accepted where the register keeps months
    # (data/dates.py): "first" for a birth or an appointment, "last" for an expiry.
    month: str = ""
    extra: dict[str, Any] = field(default_factory=dict)

    def __post_init__(self) -> None:
        if self.kind not in KINDS:
            raise ValueError(self.kind)
        if self.month and self.kind != "date":
            raise ValueError(self.month)


class _Field:
    """The widgets of one field and how to read/write its value."""

    def __init__(self, spec: FieldSpec, form: FormDialog) -> None:
        self.spec = spec
        self.touched = False
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
        if spec.kind in ("text", "int", "number"):
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
            w = DateField(spec.month)
            w.edited.connect(lambda: form._edited(self))
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
            if kind in ("int", "number"):
                # Read as an imported cell is: "1,000", full-width digits; "2,5" is refused.
                try:
                    return (integer if kind == "int" else number)(text) if text else None
                except CellError:
                    return text  # kept as typed; the check explains it
            return text
        if isinstance(w, QPlainTextEdit):
            return w.toPlainText().strip()
        if isinstance(w, QCheckBox):
            return w.isChecked()
        if isinstance(w, DateField):
            return w.value()
        assert isinstance(w, QComboBox)
        if kind == "lookup":
            text = w.currentText().strip()
            if not text:
                return None
            i = w.findText(text, Qt.MatchFlag.MatchFixedString)
            if i >= 0:
                return self._choice(w.itemData(i))
            found = self._by_path(text)
            return self.spec.choices[found[0]][1] if len(found) == 1 else \
                _Unmatched(text, tuple(self.spec.choices[n][0] for n in found))
        return self._choice(w.currentData()) if w.currentIndex() >= 0 else None

    def _by_path(self, text: str) -> list[int]:
        """The choices a typed name stands for when it is not a label as listed: the forms
        list regions below the county (碧阳镇/古筑村) or from it (黟县/碧阳镇/古筑村), and a
        clerk types either, or the village alone (古筑村), as the import reads them. Parts are
        compared as `name_key` compares names (brackets' width, spaces)."""
        key = _path_key(text)
        if not key:
            return []
        found = []
        for n, (label, _value) in enumerate(self.spec.choices):
            shown = _path_key(label)
            if shown.endswith("/" + key) or key.endswith("/" + shown) or shown == key:
                found.append(n)
        return found

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
                w.setText("" if value is None else _shown_number(value)
                          if self.spec.kind == "number" else str(value))
            elif isinstance(w, QPlainTextEdit):
                w.setPlainText("" if value is None else str(value))
            elif isinstance(w, QCheckBox):
                w.setChecked(bool(value))
            elif isinstance(w, DateField):
                w.set_value(value if isinstance(value, date) else None)
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
        if isinstance(v, _Unmatched) and v.candidates:
            return tr("form", "“{0}”可能是 {1}，请从列表中选择").replace("{0}", v.text) \
                .replace("{1}", tr("form", "、").join(v.candidates[:5]))
        if isinstance(v, _Unmatched):
            return tr("form", "没有“{0}”这一项，请从列表中选择").replace("{0}", v.text)
        if isinstance(v, BadDate):
            return v.message
        if spec.required and (v is None or v == ""):
            return tr("form", "{0}不能为空").replace("{0}", spec.label)
        if spec.kind in ("int", "number") and v not in (None, ""):
            if spec.kind == "int" and not isinstance(v, int):
                return tr("form", "请填写整数")
            if spec.kind == "number" and not isinstance(v, float):
                return tr("form", "请填写数字")
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
    """Text typed into a lookup combo that matches no choice, or several (`candidates`)."""

    text: str
    candidates: tuple[str, ...] = ()


def _shown_number(value: float | str) -> str:
    """1234.5 as typed, 1200.0 as 1200 (never 1.2e+03); text (a value kept as typed) as it
    is."""
    if isinstance(value, str):
        return value
    return str(int(value)) if float(value).is_integer() else str(value)


def _path_key(text: str) -> str:
    return "/".join(name_key(p.strip()) for p in text.replace("／", "/").split("/")
                    if p.strip())


TWO_COLUMNS_FROM = 18  # fields; more are laid out in two columns
# A form taller than this scrolls: with the note and the buttons it still fits the 465 logical
# pixels of a 1366×768 screen at 150 % scaling.
SCROLL_ABOVE = 320


class FormDialog(QDialog):
    """`FormDialog(title, fields, values, save)`; `exec()` returns Accepted after a save."""

    changed = Signal(str)  # a field's key, after the user changed it

    def __init__(self, title: str, fields: Sequence[FieldSpec], values: dict[str, Any] | None,
                 save: Callable[[dict[str, Any]], Any], parent: QWidget | None = None, *,
                 extra: ExtraFields | None = None,
                 reload: Callable[[], Mapping[str, Any]] | None = None,
                 scroll: bool = False) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setMinimumWidth(520)
        self._save = save
        self._scroll_extra = 0  # what a scrolling form adds to the dialog's opening height
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
            # A taller dialog gives the room below the fields, not around a multi-line box
            # (which then floated away from its label).
            lay.setAlignment(Qt.AlignmentFlag.AlignTop)
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
        # 重新载入, offered when a save is refused because someone else saved the record.
        self._reload = reload
        self._loaded = dict(values or {})  # what the fields were filled with
        self.reload_button = QPushButton(self.tr("重新载入"))
        self.reload_button.setObjectName("form_reload")
        self.reload_button.setToolTip(self.tr("取回他人保存的最新内容，对话框保持打开"))
        self.reload_button.clicked.connect(self.reload)
        self.reload_button.hide()
        self._extra = extra
        self.extra_box = ExtraFieldsBox(extra.values, self) if extra is not None else None
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
        for column in columns:
            row.addLayout(column, 1)
        inner = QWidget()
        content = QVBoxLayout(inner)
        content.addLayout(row)
        if self.extra_box is not None:
            # 其他信息 scrolls with the fields: below a full form it pushed OK off the screen.
            content.addWidget(self.extra_box)
        if scroll or inner.sizeHint().height() > SCROLL_ABOVE:
            # A long form (a case's eight headings, a team's fourteen fields) scrolls inside
            # a dialog that fits 1366×768 even at 150 % scaling (465 logical pixels).
            area = QScrollArea()
            area.setWidgetResizable(True)
            area.setFrameShape(QFrame.Shape.NoFrame)
            area.setWidget(inner)
            # Small minimum: at 150 % scaling the screen has 465 logical pixels and the form
            # scrolls; the dialog still opens tall enough for most of it (sizeHint).
            area.setMinimumHeight(200)
            # As wide as the fields need: a narrower form scrolled sideways as well (the
            # 入库 form at 150 %, its long item names).
            area.setMinimumWidth(inner.minimumSizeHint().width()
                                 + area.verticalScrollBar().sizeHint().width())
            self._scroll_extra = max(min(560, inner.sizeHint().height() + 8)
                                     - area.sizeHint().height(), 0)
            outer.addWidget(area, 1)
        else:
            content.setContentsMargins(0, 0, 0, 0)  # as when the form sat in the dialog's layout
            outer.addWidget(inner)
        banner_row = QHBoxLayout()
        banner_row.addWidget(self.banner, 1)
        banner_row.addWidget(self.reload_button, 0, Qt.AlignmentFlag.AlignTop)
        outer.addLayout(banner_row)
        outer.addWidget(note)
        outer.addWidget(self.buttons)
        for key, value in (values or {}).items():
            if key in self.fields:
                self.fields[key].set_value(value)
        self.revalidate()

    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        if self._scroll_extra:
            room = self.screen().availableGeometry().height() - 40  # less the title bar
            hint.setHeight(max(min(hint.height() + self._scroll_extra, room),
                               self.minimumSizeHint().height()))
        return hint

    @staticmethod
    def _column() -> QFormLayout:
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return form

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
        problem = self.extra_box.problem() if self.extra_box is not None else None
        if problem:
            self._show_banner(problem)
            return
        try:
            self.saved_result = self._save_all(self.values())
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
        except RecordChanged as exc:
            if self._reload is None:
                self._show_banner(exc.message)
            else:
                self._show_banner(self.tr(
                    "记录已被他人修改：“{0}”在您打开之后已被保存过（可能是另一个窗口、命令行或导入），"
                    "您的修改没有保存。点“重新载入”取回最新内容（对话框不会关闭），"
                    "再重新填写您的修改并保存。").replace("{0}", exc.what))
                self.reload_button.show()
            return
        except KnownError as exc:
            self._show_banner(exc.message)
            return
        except Exception as exc:  # a bug: show it, keep the dialog (and the typing) open
            crash.show_error(self, exc)
            return
        self.accept()

    def _save_all(self, values: dict[str, Any]) -> Any:
        if self.extra_box is None or self._extra is None:
            return self._save(values)
        return save_with_extra(self._extra, self.extra_box.values(), lambda: self._save(values))

    def reload(self) -> None:
        """Fill the form with the record as stored now (reading it also tells the version
        check this form has seen the other person's save), and say what they changed."""
        if self._reload is None:
            return
        try:
            fresh = dict(self._reload())
            extra = (extra_fields_of(self._extra.db, self._extra.model, self._extra.record_id)
                     if self._extra is not None else None)
        except KnownError as exc:
            self._show_banner(exc.message)
            return
        changed = [f.spec.label for key, f in self.fields.items()
                   if key in fresh and fresh[key] != self._loaded.get(key)]
        for key, value in fresh.items():
            if key in self.fields:
                self.fields[key].set_value(value)
        if extra is not None and self._extra is not None and self.extra_box is not None:
            if extra.values != self._extra.values:
                changed.append(self.extra_box.title())
            self._extra.values = extra.values
            self.extra_box.set_values(extra.values)
        self._loaded = fresh
        self.reload_button.hide()
        if changed:
            text = self.tr("已载入最新内容。他人修改了：{0}。请重新填写您的修改后点“确定”。"
                           ).replace("{0}", "、".join(changed))
        else:
            text = self.tr(
                "已载入最新内容（他人没有改动本表中的栏目）。请重新填写您的修改后点“确定”。")
        self._show_banner(text, info=True)
        self.revalidate()

    def _show_banner(self, text: str, *, info: bool = False) -> None:
        self.banner.setStyleSheet(_INFO_STYLE if info else _ERROR_STYLE)
        self.banner.setText(text)
        self.banner.setVisible(bool(text))
