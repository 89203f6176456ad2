"""A tab widget whose tabs other than the first are built when first shown (issue 20).

A page's tabs each start their own reads when built (a table's first rows, which the GUI
thread waits up to 0.05 s for; rule tints, a scorecard over every township in workers that
share the GIL). Building all of them when the page first opens made 应急预案's opening at
county scale cross the 0.2 s a user feels as a freeze; a tab nobody visits now costs nothing.

Each later tab is a holder widget with a zero-margin layout; its content is built by the
given function the first time the tab becomes current, or when the page asks for it (`get`,
say to select a record from a dashboard alert), and announced by `tab_built`.

The functions must not hold the page (pass `functools.partial(SomeTab, db)`, not a lambda or
a bound method of the page, and connect the new tab's signals in a slot of `tab_built`): the
page would then be held by its own child, a cycle only the cycle collector frees, and the
collector may run on a worker thread, where destroying widgets crashes the program (a
segmentation fault, seen in CI and reproduced by tests/gui/test_lazy_tabs.py).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget


class LazyTabs(QTabWidget):
    tab_built = Signal(str, QWidget)  # key, the new tab's content

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._holders: dict[str, QWidget] = {}
        self._makers: dict[str, Callable[[], QWidget]] = {}
        self._built: dict[str, QWidget] = {}
        self.currentChanged.connect(self._shown)

    def add_built(self, key: str, widget: QWidget, title: str) -> None:
        """A tab built now (the one the page opens on)."""
        self._built[key] = widget
        self._holders[key] = widget
        self.addTab(widget, title)

    def add_later(self, key: str, make: Callable[[], QWidget], title: str) -> None:
        """A tab built by `make()` the first time it is shown or asked for."""
        holder = QWidget()
        layout = QVBoxLayout(holder)
        layout.setContentsMargins(0, 0, 0, 0)
        self._holders[key] = holder
        self._makers[key] = make
        self.addTab(holder, title)

    def get(self, key: str) -> Any:
        """The tab's content, built now if it was not yet."""
        widget = self._built.get(key)
        if widget is None:
            widget = self._built[key] = self._makers.pop(key)()
            layout = self._holders[key].layout()
            assert layout is not None
            layout.addWidget(widget)
            self.tab_built.emit(key, widget)
        return widget

    def built(self) -> list[Any]:
        """The tabs built so far (the only ones that need refreshing after an edit)."""
        return list(self._built.values())

    def is_built(self, key: str) -> bool:
        return key in self._built

    def show_tab(self, key: str) -> Any:
        """Make the tab current; its content."""
        widget = self.get(key)
        self.setCurrentWidget(self._holders[key])
        return widget

    def current_key(self) -> str | None:
        holder = self.currentWidget()
        return next((k for k, h in self._holders.items() if h is holder), None)

    def _shown(self, index: int) -> None:
        holder = self.widget(index)
        for key, h in self._holders.items():
            if h is holder and key not in self._built:
                self.get(key)
