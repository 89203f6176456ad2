"""A filter combo box as wide as its longest choice, within limits.

A page's filters sit in a FlowLayout that gives each widget its size hint when the line has
room and wraps otherwise. A combo box with a fixed minimum contents length (six characters)
cut its own text there ("All township…"); one sized to its longest item pushed the page wider
than the screen when a warehouse name was long. So the length follows the items, between
`least` and `most` characters, and is measured again whenever the items change.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex
from PySide6.QtWidgets import QComboBox


def fit_to_content(combo: QComboBox, least: int = 6, most: int = 24) -> None:
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    widest = [0]

    def measure(first: int, last: int) -> int:
        fm = combo.fontMetrics()
        return max((fm.horizontalAdvance(combo.itemText(i)) for i in range(first, last + 1)),
                   default=0)

    def apply() -> None:
        # Qt counts the length in widths of "X", so Chinese names (two per X) fit as well.
        per_char = max(combo.fontMetrics().horizontalAdvance("X"), 1)
        combo.setMinimumContentsLength(max(least, min(most, -(-widest[0] // per_char))))

    def everything(*_args: object) -> None:
        widest[0] = measure(0, combo.count() - 1)
        apply()

    def inserted(_parent: QModelIndex | QPersistentModelIndex, first: int, last: int) -> None:
        # Items come one addItem at a time: measure only the new ones.
        width = measure(first, last)
        if width > widest[0]:
            widest[0] = width
            apply()

    model = combo.model()
    model.rowsInserted.connect(inserted)
    model.rowsRemoved.connect(everything)
    model.modelReset.connect(everything)
    model.dataChanged.connect(everything)
    everything()
