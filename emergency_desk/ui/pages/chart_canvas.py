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
    def resizeEvent(self, event: Any) -> None:
        super().resizeEvent(event)  # sets the figure's size and asks for a draw
        if event.size().width() >= _LAID_OUT:
            fit_texts(self.figure)
