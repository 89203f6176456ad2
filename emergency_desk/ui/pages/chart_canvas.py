"""A chart on the dashboard: matplotlib's Qt canvas, with the figure's titles, axis labels,
legend and ticks fitted to the pane's width each time the pane is resized (reports.chart_fit).

Imported only when the first chart is shown: matplotlib's Qt backend is not loaded before the
window paints."""

from __future__ import annotations

from typing import Any

from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg

from emergency_desk.reports.chart_fit import fit_texts

# Below this the canvas is not laid out yet (a hidden pane reports 0 or 100 pixels): fitting
# there would break every title into single characters for nothing.
_LAID_OUT = 60


class FittedCanvas(FigureCanvasQTAgg):
    """`min_height`: the height below which the page scrolls rather than squeeze the bars
    (`fixed`: the canvas's only height); the canvas asks for more by as much as its wrapped
    titles and narrowed legend grew."""

    def __init__(self, figure: Any, min_height: int, *, fixed: bool = False) -> None:
        super().__init__(figure)
        self.min_height = min_height
        self.fixed = fixed
        self._set_height(min_height)

    def _set_height(self, height: int) -> None:
        if self.fixed:
            self.setFixedHeight(height)
        else:
            self.setMinimumHeight(height)

    def resizeEvent(self, event: Any) -> None:
        super().resizeEvent(event)  # sets the figure's size and asks for a draw
        if event.size().width() >= _LAID_OUT:
            grown = fit_texts(self.figure) / self.devicePixelRatioF()
            # Only the width decides the wrapping, so the height this sets is stable.
            self._set_height(self.min_height + int(grown))
