"""The dashboard's alert cards: a register's counts (严重, 警告, 提示) and the rules an
inspector asks about first; clicking one limits the work list to that register."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout, QWidget

from emergency_desk.i18n import N_, t
from emergency_desk.reports.colours import SEVERITY_COLOURS
from emergency_desk.services.checks import Severity

# Registers in the order the cards show them; a register without rules shows no card.
REGISTER_LABELS = {"regions": N_("行政区划"), "officers": N_("灾害信息员"),
                   "supplies": N_("应急物资"), "teams": N_("救援队伍"), "plans": N_("应急预案")}
# What each card spells out under its counts: the rules an inspector asks about first.
CARD_DETAILS = {"supplies": (("S1", N_("过期")), ("S2", N_("临期")), ("S3", N_("低于定额"))),
                "officers": (("O1", N_("无信息员")), ("O2", N_("缺AB岗"))),
                "teams": (("T1", N_("人数不足")), ("T3", N_("保险或证书到期"))),
                "plans": (("P1", N_("评估超期")), ("P3", N_("从未演练")))}
# The width a card needs for its counts on one line and its details on two (English).
CARD_WIDTH = 175


class AlertCard(QFrame):
    """A register's alert counts; clicking it limits the work list to that register."""

    clicked = Signal(str)

    def __init__(self, register: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.register = register
        self.setObjectName(f"card_{register}")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setMinimumWidth(100)
        self.title = QLabel(t(REGISTER_LABELS.get(register, register)))
        self.title.setStyleSheet("font-weight: bold;")
        self.title.setWordWrap(True)
        # Both wrap rather than clip when the cards share a 1366-pixel screen (English labels
        # are longer than Chinese ones).
        self.counts = QLabel()
        self.counts.setTextFormat(Qt.TextFormat.RichText)
        self.counts.setWordWrap(True)
        self.details = QLabel()
        self.details.setWordWrap(True)
        self.details.setObjectName("details")
        self.details.setStyleSheet("color: #444444;")
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.counts)
        layout.addWidget(self.details)
        layout.addStretch(1)  # cards in a row share its height; their text sits at the top
        self.details.setVisible(register in CARD_DETAILS)
        self.set_selected(False)

    def set_counts(self, red: int, orange: int, info: int) -> None:
        self.numbers = (red, orange, info)
        # Word joiners keep "49 提示" together: the line may break between the three groups,
        # never inside one; the label is at least as wide as the widest group.
        join = "\u2060"
        parts = [f'<span style="color:{SEVERITY_COLOURS[sev]}; font-size:18pt;">{n}</span>'
                 f"{join}&nbsp;{join}{join.join(sev.label)}"
                 for sev, n in zip(Severity, (red, orange, info), strict=True)]
        self.counts.setText("&nbsp;&nbsp; ".join(parts))
        big = QFont(self.counts.font())
        big.setPointSizeF(18)
        small = QFontMetrics(self.counts.font())
        widest = max(QFontMetrics(big).horizontalAdvance(str(n)) + small.horizontalAdvance(
            f" {sev.label}") for sev, n in zip(Severity, (red, orange, info), strict=True))
        self.counts.setMinimumWidth(widest + 4)

    def set_selected(self, selected: bool) -> None:
        border = "#2c6fbb" if selected else "#c8c8c8"
        self.setStyleSheet(f"AlertCard {{ border: 2px solid {border}; border-radius: 6px;"
                           " background: white; }")

    def mousePressEvent(self, event) -> None:
        self.clicked.emit(self.register)
        super().mousePressEvent(event)
