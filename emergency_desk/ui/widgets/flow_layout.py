"""A layout that wraps its widgets onto further lines when they do not fit in one.

A page's search box and filters take one line on a 1366×768 screen, but in English at 150 %
scaling (about 700 logical pixels beside the navigation) they do not: in a QHBoxLayout their
minimum widths added up and made the whole page wider than the window, so Qt clipped it. Here
they wrap instead, and the widgets that expand (the search box) share the spare width of their
line. With `even_last_line` (the dashboard's register tiles) a last, shorter line's widgets grow
only as much as those of the line above, so they keep the size of the others instead of
stretching across the whole width.
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect, QSize, Qt
from PySide6.QtWidgets import QLayout, QLayoutItem, QSizePolicy, QWidget


class FlowLayout(QLayout):
    def __init__(self, parent: QWidget | None = None, spacing: int = 6, *,
                 even_last_line: bool = False) -> None:
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self._gap = spacing
        self._even_last_line = even_last_line
        self.setContentsMargins(0, 0, 0, 0)

    # -- QLayout -------------------------------------------------------------------------
    def addItem(self, item: QLayoutItem) -> None:
        self._items.append(item)

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:  # type: ignore[override]
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:  # type: ignore[override]
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    def expandingDirections(self) -> Qt.Orientation:
        return Qt.Orientation.Horizontal

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return self._place(QRect(0, 0, width, 0), apply=False)

    def setGeometry(self, rect: QRect) -> None:
        super().setGeometry(rect)
        self._place(rect, apply=True)

    def sizeHint(self) -> QSize:
        # One line, every widget at its preferred width.
        shown = self._shown()
        width = sum(i.sizeHint().width() for i in shown) + self._gap * max(len(shown) - 1, 0)
        height = max((i.sizeHint().height() for i in shown), default=0)
        m = self.contentsMargins()
        return QSize(width + m.left() + m.right(), height + m.top() + m.bottom())

    def minimumSize(self) -> QSize:
        # As narrow as the widest single widget: the rest wraps below it.
        shown = self._shown()
        width = max((i.minimumSize().width() for i in shown), default=0)
        height = max((i.minimumSize().height() for i in shown), default=0)
        m = self.contentsMargins()
        return QSize(width + m.left() + m.right(), height + m.top() + m.bottom())

    # -- placing -------------------------------------------------------------------------
    def _shown(self) -> list[QLayoutItem]:
        return [i for i in self._items if not i.isEmpty()]

    def _place(self, rect: QRect, *, apply: bool) -> int:
        """Lay the widgets out in lines within `rect`; returns the height used."""
        m = self.contentsMargins()
        area = rect.adjusted(m.left(), m.top(), -m.right(), -m.bottom())
        lines: list[list[QLayoutItem]] = [[]]
        used = 0
        for item in self._shown():
            w = min(item.sizeHint().width(), area.width())
            w = max(w, item.minimumSize().width())
            if lines[-1] and used + self._gap + w > area.width():
                lines.append([])
                used = 0
            used += (self._gap if lines[-1] else 0) + w
            lines[-1].append(item)
        y = area.y()
        extra: int | None = None  # what each growing widget of the line above gained
        for n, line in enumerate(lines):
            if not line:
                continue
            widths = [max(min(i.sizeHint().width(), area.width()), i.minimumSize().width())
                      for i in line]
            spare = area.width() - sum(widths) - self._gap * (len(line) - 1)
            grow = [k for k, i in enumerate(line) if _expands(i)]
            share = max(spare, 0) // len(grow) if grow else 0
            if self._even_last_line and n == len(lines) - 1 and extra is not None:
                share = min(share, extra)
            extra = share
            for k in grow:
                widths[k] += share
            height = max(i.sizeHint().height() for i in line)
            x = area.x()
            for item, w in zip(line, widths, strict=True):
                if apply:
                    h = item.sizeHint().height()
                    item.setGeometry(QRect(QPoint(x, y + (height - h) // 2), QSize(w, h)))
                x += w + self._gap
            y += height + self._gap
        return y - self._gap - area.y() + m.top() + m.bottom() if y > area.y() else 0


def _expands(item: QLayoutItem) -> bool:
    w = item.widget()
    return w is not None and w.sizePolicy().horizontalPolicy() in (
        QSizePolicy.Policy.Expanding, QSizePolicy.Policy.MinimumExpanding)
