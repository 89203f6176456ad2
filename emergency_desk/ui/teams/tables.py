"""Tables of the 救援队伍 page: column sets for teams, members and equipment, and the small
toolbar-plus-table widget the member and equipment tabs share."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from emergency_desk.i18n import t
from emergency_desk.services.checks import Severity
from emergency_desk.services.checks.by_record import RecordAlerts
from emergency_desk.services.teams.views import (
    EquipmentRow,
    MemberRow,
    TeamRow,
)
from emergency_desk.ui.widgets.register_page import fit_columns
from emergency_desk.ui.widgets.table_model import (
    TINT_ORANGE,
    TINT_RED,
    TINT_YELLOW,
    ColumnSpec,
    LazyTableModel,
    RowStyle,
)

_TINTS = {Severity.RED: TINT_RED, Severity.ORANGE: TINT_ORANGE, Severity.INFO: TINT_YELLOW}

Alerts = RecordAlerts


def team_columns() -> list[ColumnSpec[TeamRow]]:
    return [
        ColumnSpec(t("队伍名称"), lambda r: r.name, "name", width=190),
        ColumnSpec(t("类别"), lambda r: r.category.label, "category", width=96),
        ColumnSpec(t("队伍性质"), lambda r: r.force_label, "force_type", width=90),
        ColumnSpec(t("层级"), lambda r: r.level.label, "level", width=64),
        ColumnSpec(t("所属区划"), lambda r: r.region_name, "region", width=90),
        ColumnSpec(t("在队/编制"), lambda r: r.headcount_text, "members",
                   align=Qt.AlignmentFlag.AlignCenter, width=80),
        ColumnSpec(t("队长"), lambda r: r.leader_name, "leader", width=70),
        ColumnSpec(t("队长电话"), lambda r: r.leader_mobile, None, width=110),
        ColumnSpec(t("值班电话"), lambda r: r.duty_phone, None, width=110),
        ColumnSpec(t("专业"), lambda r: r.specialties_text, None, width=160),
        ColumnSpec(t("装备(件)"), lambda r: r.equipment, "equipment", width=70),
        ColumnSpec(t("状态"), lambda r: r.status.label, "status", width=60),
    ]


def member_columns(today: date) -> list[ColumnSpec[MemberRow]]:
    return [
        ColumnSpec(t("姓名"), lambda r: r.name, "name", width=80),
        ColumnSpec(t("队内职务"), lambda r: r.role.label, "role", width=70),
        ColumnSpec(t("性别"), lambda r: r.gender.label if r.gender else "", None, width=44),
        ColumnSpec(t("年龄"), lambda r: r.age(today), "birth_date", width=48),
        ColumnSpec(t("身份证号"), lambda r: r.id_card_masked, None, width=150),
        ColumnSpec(t("手机号码"), lambda r: r.mobile, "mobile", width=110),
        ColumnSpec(t("专业特长"), lambda r: r.skills, None, width=100),
        ColumnSpec(t("人员来源"), lambda r: r.source.label if r.source else "", "source",
                   width=70),
        ColumnSpec(t("保险有效期"), lambda r: r.insurance_expiry, "insurance_expiry",
                   width=100),
        ColumnSpec(t("证书"), lambda r: r.certificates_text, None, width=200),
        ColumnSpec(t("兼任信息员"), lambda r: t("是") if r.is_officer else "", None,
                   align=Qt.AlignmentFlag.AlignCenter, width=80),
        ColumnSpec(t("离队日期"), lambda r: r.leave_date, "leave_date", width=100),
    ]


def equipment_columns() -> list[ColumnSpec[EquipmentRow]]:
    return [
        ColumnSpec(t("装备名称"), lambda r: r.name, "name", width=130),
        ColumnSpec(t("类别"), lambda r: r.category.label, "category", width=80),
        ColumnSpec(t("规格型号"), lambda r: r.model, None, width=120),
        ColumnSpec(t("数量"), lambda r: r.quantity, "quantity", width=56),
        ColumnSpec(t("计量单位"), lambda r: r.unit, None, width=64),
        ColumnSpec(t("购置日期"), lambda r: r.acquire_date, "acquire_date", width=100),
        ColumnSpec(t("使用期限至"), lambda r: r.end_of_service, None, width=100),
        ColumnSpec(t("最近维护"), lambda r: r.last_maint, None, width=100),
        ColumnSpec(t("下次维护日期"), lambda r: r.next_maint_date, "next_maint_date", width=100),
        ColumnSpec(t("状态"), lambda r: r.condition.label, "condition", width=60),
        ColumnSpec(t("装备编号"), lambda r: r.code, "code", width=90),
    ]


def fit_header(view: QTableView, model: LazyTableModel[Any, Any]) -> None:
    """Starting widths, never narrower than the header text (English headers are longer)."""
    fit_columns(view, model)


def alert_style(alerts: Alerts, record_id: int) -> RowStyle | None:
    found = alerts.get(record_id)
    if found is None:
        return None
    return RowStyle(_TINTS[found[0]], tooltip="\n".join(found[1]))


class SubTable(QWidget):
    """A tab: a small toolbar of buttons over a lazy table (members or equipment)."""

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.bar = QHBoxLayout()
        self.bar.setContentsMargins(0, 0, 0, 0)
        self.view = QTableView()
        self.view.setObjectName(name)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.verticalHeader().hide()
        self.view.verticalHeader().setDefaultSectionSize(26)
        self.view.setWordWrap(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addLayout(self.bar)
        layout.addWidget(self.view, 1)
        self.model: LazyTableModel[Any, Any] | None = None
        self.buttons: dict[str, QToolButton] = {}

    def button(self, key: str, text: str, slot: Any) -> QToolButton:
        b = QToolButton()
        b.setObjectName(key)
        b.setText(text)
        b.clicked.connect(lambda _c=False: slot())
        self.bar.addWidget(b)
        self.buttons[key] = b
        return b

    def set_model(self, model: LazyTableModel[Any, Any]) -> None:
        self.model = model
        self.view.setModel(model)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        # Enabling sorting sorts by the indicator at once: point it at the query's own order
        # (队长 first), or clicking nothing would already re-sort the roster by name.
        header.setSortIndicator(model.sort_column(), Qt.SortOrder.AscendingOrder)
        self.view.setSortingEnabled(True)
        fit_header(self.view, model)  # after sorting is on: a header makes room for its arrow

    def current(self) -> Any:
        if self.model is None:
            return None
        idx = self.view.currentIndex()
        return self.model.row_at(idx) if idx.isValid() else None

    def select_key(self, key: Any) -> bool:
        if self.model is None:
            return False
        i = self.model.find_row(key)
        if i is None:
            return False
        self.view.selectRow(i)
        self.view.setCurrentIndex(self.model.index(i, 0))
        return True

