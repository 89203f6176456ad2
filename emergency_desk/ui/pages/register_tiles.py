"""The dashboard's strip of small tiles for the issue-16 registers (领导小组 … 案例库): each
shows its record count and its rule's open alerts; clicking a tile with alerts limits the work
list to that rule. Kept apart from dashboard_page.py so the page's loading can move to a
worker without touching it: the page hands `set_tiles` what `register_tiles` returned."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QFrame, QLabel, QSizePolicy, QVBoxLayout, QWidget

from emergency_desk.i18n import t
from emergency_desk.reports.colours import SEVERITY_COLOURS
from emergency_desk.services.checks import rules
from emergency_desk.services.summary.overview import RegisterTile
from emergency_desk.ui.widgets.flow_layout import FlowLayout


class Tile(QFrame):
    clicked = Signal(str)  # the rule to filter by

    def __init__(self, register: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.register = register
        self.rule = ""
        self.setObjectName(f"tile_{register}")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setStyleSheet("Tile { border: 1px solid #c8c8c8; border-radius: 4px;"
                           " background: white; }")
        self.name = QLabel()
        self.name.setStyleSheet("font-weight: bold;")
        self.numbers = QLabel()
        self.numbers.setTextFormat(Qt.TextFormat.RichText)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 3, 6, 3)
        layout.setSpacing(0)
        layout.addWidget(self.name)
        layout.addWidget(self.numbers)

    def show_tile(self, tile: RegisterTile, colours: dict[str, str]) -> None:
        self.name.setText(t(tile.label))
        parts = [f"{tile.count}&nbsp;{t(tile.unit)}"]
        self.rule = ""
        for rule, n in tile.alerts:
            if n:
                self.rule = self.rule or rule
                parts.append(f'{rule}&nbsp;<b style="color:{colours.get(rule, "#444")}">{n}</b>')
            else:
                parts.append(f'<span style="color:#2e7d32">{rule}&nbsp;✓</span>')
        self.numbers.setText(" · ".join(parts))
        tips = [t("{label}：{n} {unit}", label=t(tile.label), n=tile.count, unit=t(tile.unit))]
        tips += [t("{rule} 待办 {n} 条（点击只看这一条规则）", rule=r, n=n) if n
                 else t("{rule} 无待办", rule=r) for r, n in tile.alerts]
        self.setToolTip("\n".join(tips))
        self.setCursor(Qt.CursorShape.PointingHandCursor if self.rule
                       else Qt.CursorShape.ArrowCursor)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if self.rule:
            self.clicked.emit(self.rule)
        super().mousePressEvent(event)


class RegisterTiles(QWidget):
    """The tiles in lines that wrap: at 150 % scaling they take a second line instead of a
    sideways scroll bar that hid half of them (the dashboard scrolls vertically instead)."""

    rule_clicked = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("register_tiles")
        self.row = FlowLayout(self, even_last_line=True)
        self.tiles: dict[str, Tile] = {}
        # The rule's severity colour, as on the work list's cards.
        self._colours = {r.id: SEVERITY_COLOURS.get(r.severity, "#444")
                         for r in rules()}

    def set_tiles(self, tiles: list[RegisterTile]) -> None:
        for tile in tiles:
            w = self.tiles.get(tile.register)
            if w is None:
                w = Tile(tile.register, self)
                # Tiles share out a line's spare width, as they did in one row.
                w.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
                w.clicked.connect(self.rule_clicked.emit)
                self.tiles[tile.register] = w
                self.row.addWidget(w)
            w.show_tile(tile, self._colours)
