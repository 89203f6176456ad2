"""A chart on the dashboard: a matplotlib figure drawn by a worker at the pane's size and shown
as an image, with its titles, axis labels, legend and ticks fitted to the pane's width each
time the pane is resized (reports.chart_fit, in `dashboard_data.render_chart`).

matplotlib's Qt canvas fitted and drew the figure on the GUI thread: 0.2–0.9 s a chart at
county scale, the window frozen meanwhile (benchmarks/bench_gui_blocks.py). Here the GUI thread
only paints pixels; until a size's image arrives the last one stays (drawn unscaled, as the Qt
canvas did until its redraw). This module imports no matplotlib: the worker does.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QRectF, Qt, QTimer
from PySide6.QtGui import QImage, QPainter
from PySide6.QtWidgets import QSizePolicy, QWidget

from emergency_desk.ui import workers
from emergency_desk.ui.pages.dashboard_data import RenderedChart, render_chart

# Below this the widget is not laid out yet (a hidden pane reports 0 or 100 pixels): fitting
# there would break every title into single characters for nothing.
_LAID_OUT = 60


class ChartImage(QWidget):
    """`figure` is this widget's alone from now on (only its render worker touches it).
    `min_height`: the height below which the page scrolls rather than squeeze the bars
    (`fixed`: the widget's only height); it asks for more by as much as its wrapped titles
    and narrowed legend grew."""

    def __init__(self, figure: Any, min_height: int, *, fixed: bool = False,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.figure = figure
        self.min_height = min_height
        self.fixed = fixed
        self.image: QImage | None = None
        self.rendered_size: tuple[int, int] | None = None  # logical size of `image`
        self._task: workers.Task | None = None
        self._asked: tuple[int, int, float] | None = None  # the size being rendered
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)
        self._set_height(min_height)
        # Resizes come in bursts (a splitter dragged, the layout settling): one render after.
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self._render)

    def _set_height(self, height: int) -> None:
        if self.fixed:
            self.setFixedHeight(height)
        else:
            self.setMinimumHeight(height)

    def resizeEvent(self, event: Any) -> None:
        super().resizeEvent(event)
        if event.size().width() >= _LAID_OUT:
            self._timer.start()

    def is_rendering(self) -> bool:
        return (self._task is not None and not self._task.is_finished) or self._timer.isActive()

    def _wanted(self) -> tuple[int, int, float]:
        return self.width(), self.height(), self.devicePixelRatioF()

    def _render(self) -> None:
        """Draw the figure at the widget's size in a worker, one render at a time: a render
        still running is followed by one at the size wanted when it ends."""
        if self.width() < _LAID_OUT or (self._task is not None and not self._task.is_finished):
            return
        want = self._wanted()
        if self.image is not None and self._asked == want:
            return
        self._asked = want
        fig, (w, h, ratio) = self.figure, want
        self._task = workers.run_in_background(
            self, lambda: render_chart(fig, w, h, ratio),
            lambda r: self._show(r, want))

    def _show(self, rendered: RenderedChart, size: tuple[int, int, float]) -> None:
        image = QImage(rendered.rgba, rendered.width, rendered.height,
                       QImage.Format.Format_RGBA8888).copy()  # owns its pixels
        image.setDevicePixelRatio(size[2])
        self.image, self.rendered_size = image, (size[0], size[1])
        # Only the width decides the wrapping, so the height this sets is stable.
        self._set_height(self.min_height + int(rendered.grown / size[2]))
        self.update()
        if self._wanted() != size:  # resized while it rendered (or by the height above)
            self._timer.start()

    def paintEvent(self, _event: Any) -> None:
        painter = QPainter(self)
        painter.fillRect(self.rect(), Qt.GlobalColor.white)
        if self.image is not None:
            w, h = self.rendered_size or (self.width(), self.height())
            painter.drawImage(QRectF(0, 0, w, h), self.image)
        painter.end()
        if self._asked is not None and self._asked[2] != self.devicePixelRatioF():
            self._timer.start()  # moved to a screen of another scaling: sharp again there
