"""Fit a chart's titles, axis labels and legend to the width it is drawn at (no Qt).

matplotlib wraps a title (`wrap=True`) only at spaces, so a Chinese title such as
各乡镇灾害信息员配备情况 ran past a narrow dashboard pane, and a five-entry legend was wider than
the whole figure. `fit_texts` re-wraps every title and axis label by measured width — between
CJK characters and after 、，） or a space, never inside a Latin word or a number — and gives a
figure legend fewer columns until it fits. The window calls it each time a chart's canvas is
resized; it keeps each text's original, so a wider pane gets the long lines back.
"""

from __future__ import annotations

from typing import Any
from weakref import WeakKeyDictionary

from matplotlib.figure import Figure
from matplotlib.text import Text
from matplotlib.ticker import MaxNLocator

# A line may not start with closing punctuation, nor end with opening punctuation.
_OPENING = "（(“‘《「【"
_CLOSING = "）)”’》」】、，,。.：:；;！!？?"
# Room kept free at the figure's edges, in pixels (anti-aliased glyphs reach a little past).
_EDGE = 6
# A bracketed group no longer than this stays on one line.
_GROUP = 6

# What fit_texts changed, as built: each text's words and position, each locator's ticks.
_ORIGINAL: WeakKeyDictionary[Text, str] = WeakKeyDictionary()
_X: WeakKeyDictionary[Text, float] = WeakKeyDictionary()
_NBINS: WeakKeyDictionary[MaxNLocator, Any] = WeakKeyDictionary()
_THINNED: WeakKeyDictionary[Figure, list[Text]] = WeakKeyDictionary()
# The columns a figure's legend was built with (legend_below), before any fitting.
LEGEND_COLUMNS: WeakKeyDictionary[Figure, int] = WeakKeyDictionary()


def _joins(previous: str, ch: str) -> bool:
    """Whether `ch` must stay on the line of the text before it."""
    if previous == " " or ch == " ":
        return False
    last = previous[-1]
    latin = ch.isascii() and last.isascii()  # a Latin word, a number, a date: never split
    return latin or ch in _CLOSING or last in _OPENING


def _tokens(text: str) -> list[str]:
    """The pieces a line may break between: one CJK character (with the punctuation that
    clings to it), one Latin word or number, or a space."""
    tokens: list[str] = []
    group = -1  # where an open bracket's token starts: 村（社区）数 breaks around （社区）
    for ch in text:
        if tokens and (_joins(tokens[-1], ch) or (group >= 0 and ch != " ")):
            tokens[-1] += ch
        else:
            tokens.append(ch)
        if ch in "（(" and group < 0:
            group = len(tokens) - 1
        elif ch in "）) " or (group >= 0 and len(tokens[group]) > _GROUP):
            group = -1
    return tokens


def wrap_to_width(text: str, width: float, measure: Any) -> str:
    """`text` in lines no wider than `width` as `measure(line)` measures them; a single piece
    wider than that keeps its own line rather than being cut."""
    out: list[str] = []
    for paragraph in text.split("\n"):
        line = ""
        for token in _tokens(paragraph):
            if token == " ":
                line += " " if line else ""
                continue
            if line.strip() and measure((line + token).strip()) > width:
                out.append(line.rstrip())
                line = token
            else:
                line += token
        out.append(line.rstrip())
    return "\n".join(out)


def _renderer(fig: Figure) -> Any:
    canvas: Any = fig.canvas
    if not hasattr(canvas, "get_renderer"):  # a figure made for a PDF has no drawing canvas
        from matplotlib.backends.backend_agg import FigureCanvasAgg

        canvas = FigureCanvasAgg(fig)
    return canvas.get_renderer()


def _measure(text: Text, renderer: Any) -> Any:
    prop = text.get_fontproperties()

    def measure(line: str) -> float:
        return float(renderer.get_text_width_height_descent(line, prop, ismath=False)[0])

    return measure


def _fit(text: Text, width: float, renderer: Any) -> None:
    original = _ORIGINAL.setdefault(text, text.get_text())
    text.set_text(wrap_to_width(original, width, _measure(text, renderer)))


def _fit_across(text: Text, ax: Any, full: float, renderer: Any) -> None:
    """A title or x-axis label, centred on its axes where it fits there, else centred on the
    figure: matplotlib's layout counts neither as wider than a pixel (so a long title never
    squeezes the plot), which left a title over a plot beside long township names hanging
    past the figure's right edge."""
    original = _ORIGINAL.setdefault(text, text.get_text())
    _X.setdefault(text, text.get_position()[0])
    fig = ax.figure.bbox
    centre = ax.bbox.x0 + ax.bbox.width * _X[text]
    around = 2 * min(centre - fig.x0, fig.x1 - centre) - 2 * _EDGE
    widest = max(map(_measure(text, renderer), original.split("\n")))
    if widest <= around or around >= full * 0.8:
        text.set_x(_X[text])
        _fit(text, around, renderer)
    else:
        text.set_x((fig.x0 + fig.width / 2 - ax.bbox.x0) / ax.bbox.width)
        _fit(text, full, renderer)


def _thin_ticks(ax: Any, renderer: Any) -> None:
    """Fewer numbered ticks on a short x axis: 0 6 12 18 24 30 ran together in a narrow pane."""
    locator = ax.xaxis.get_major_locator()
    if not isinstance(locator, MaxNLocator):
        return
    nbins = _NBINS.setdefault(locator, getattr(locator, "_nbins", "auto"))
    labels = [t for t in ax.get_xticklabels() if t.get_text()]
    if not labels or nbins == "auto":
        return
    label = max(t.get_window_extent(renderer).width for t in labels) + 2 * _EDGE
    locator.set_params(nbins=max(1, min(int(nbins), int(ax.bbox.width // label) - 1)))


def _thin_labels(ax: Any, renderer: Any) -> None:
    """Every second (third …) label of a crowded category axis: twelve month numbers or
    thirteen slanted months ran into each other in a narrow pane."""
    ticks = [t for t in ax.xaxis.get_major_ticks() if t.label1.get_text()]
    if isinstance(ax.xaxis.get_major_locator(), MaxNLocator) or len(ticks) < 2:
        return
    label = ticks[0].label1
    if label.get_rotation():  # slanted: each needs about a line's height across
        need = label.get_fontsize() * ax.figure.dpi / 72 * 1.3
    else:
        need = max(t.label1.get_window_extent(renderer).width for t in ticks) + _EDGE
    step = max(1, -(-int(need * len(ticks)) // max(int(ax.bbox.width), 1)))
    for i, tick in enumerate(ticks):
        tick.label1.set_visible(i % step == 0)
        _THINNED.setdefault(ax.figure, []).append(tick.label1)


def _restore(fig: Figure) -> None:
    for label in _THINNED.pop(fig, []):
        label.set_visible(True)
    for text in fig.findobj(Text):
        if text in _ORIGINAL:
            text.set_text(_ORIGINAL[text])
        if text in _X:
            text.set_x(_X[text])
    for ax in fig.axes:
        locator = ax.xaxis.get_major_locator()
        if isinstance(locator, MaxNLocator) and locator in _NBINS:
            locator.set_params(nbins=_NBINS[locator])
    columns = LEGEND_COLUMNS.get(fig)
    if columns is not None and fig.legends \
            and getattr(fig.legends[0], "_ncols", columns) != columns:
        _relegend(fig, columns)


def legend_below(fig: Figure, ncol: int = 3) -> None:
    """The legend under the plot, outside it: inside, it covered the last bars."""
    handles, labels = fig.axes[0].get_legend_handles_labels()
    if handles:
        LEGEND_COLUMNS.setdefault(fig, ncol)  # the width it was built for; a pane narrows it
        fig.legend(handles, labels, loc="outside lower center", ncol=ncol, frameon=False,
                   fontsize=8)


def _relegend(fig: Figure, columns: int) -> None:
    for legend in list(fig.legends):
        legend.remove()
    legend_below(fig, ncol=columns)


def fit_texts(fig: Figure) -> float:
    """Wrap titles and axis labels to the figure's current size, narrow its legend and thin
    its numbered ticks, so every text lies inside the figure (the caller draws it next).

    Returns how many pixels taller the titles, labels and legend became than as built: the
    plot loses that much height, and a canvas may grow by it so its bars do not crowd."""
    renderer = _renderer(fig)
    _restore(fig)
    before = _texts_height(fig, renderer)
    full = fig.bbox.width - 2 * _EDGE
    columns = LEGEND_COLUMNS.get(fig)
    while columns is not None and columns > 1 and fig.legends and \
            fig.legends[0].get_window_extent(renderer).width > full:
        columns -= 1
        _relegend(fig, columns)
    fig.draw_without_rendering()  # lays the axes out, so their widths are known
    for ax in fig.axes:
        _thin_ticks(ax, renderer)
        _thin_labels(ax, renderer)
        for text in (ax.title, ax.xaxis.label):
            if text.get_text():
                _fit_across(text, ax, full, renderer)
        if ax.yaxis.label.get_text():
            _fit(ax.yaxis.label, max(ax.bbox.height, 40.0), renderer)
    return max(0.0, _texts_height(fig, renderer) - before)


def _texts_height(fig: Figure, renderer: Any) -> float:
    """The height the titles, x-axis labels and legends take (wrapping makes them taller)."""
    texts = [t for ax in fig.axes for t in (ax.title, ax.xaxis.label) if t.get_text()]
    return sum(t.get_window_extent(renderer).height for t in texts) + \
        sum(leg.get_window_extent(renderer).height for leg in fig.legends)
