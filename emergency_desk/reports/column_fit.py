"""Column widths that make a table short: trade width between columns while it saves lines.

tables.fit_widths gives each column its widest word and shares the rest by how much each
column would still wrap. That share is blind to rows: one 130-character remark draws width
away from a column whose every cell is a 45-character rule title, and English, with its
longer words, then printed every row on two lines (report alerts: 12 pages against 8 in
Chinese, issue 17). Here the widths are improved by coordinate descent: each column in turn
tries the widths at which more of its cells fit on one line (its cells' own widths), taking
the difference from the others' spare room or handing it back to the columns that still wrap,
and keeps a move only when the table, estimated row by row, gets shorter. No column ever goes
below its least width, so no word is broken to make room.

The estimate is cheap (numpy over at most SAMPLE rows, a cell's lines as its one-line width
over the column's width, with a margin for the ends of lines that wrapped words leave
empty), so long rosters keep their speed (tables.py, issue 20).
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

SAMPLE = 400  # rows looked at; a longer table is sampled evenly
_FILL = 0.88  # how full a wrapped line is on average: words do not split at the margin
_SHARES = (0.5, 0.6, 0.7, 0.8, 0.9, 0.95, 1.0)  # candidate widths: these shares of cells fit
_ROUNDS = 3


def _lines(cells: np.ndarray, inner: np.ndarray) -> np.ndarray:
    """Estimated lines per cell (0 for an empty one) at the columns' inner widths."""
    fits = cells <= inner + 0.01
    wrapped = np.ceil(cells / (np.maximum(inner, 1.0) * _FILL))
    return np.where(cells <= 0, 0.0, np.where(fits, 1.0, wrapped))


def _height(cells: np.ndarray, widths: np.ndarray, pad: float) -> float:
    return float(_lines(cells, widths - pad).max(axis=1, initial=1.0).sum())


def _moved(widths: np.ndarray, i: int, target: float, least: np.ndarray,
           natural: np.ndarray) -> np.ndarray | None:
    """Column i at `target`, the difference taken from (or given to) the others: taken in
    proportion to their room above their least width, given in proportion to how far each
    is below its natural width. None when the others have not that much room."""
    out = widths.copy()
    delta = target - widths[i]
    others = np.arange(len(widths)) != i
    if delta > 0:
        room = np.where(others, widths - least, 0.0)
        if room.sum() < delta - 1e-6:
            return None
        out -= room * (delta / room.sum())
    else:
        want = np.where(others, np.maximum(natural - widths, 0.0), 0.0)
        if want.sum() <= 1e-6:
            want = others.astype(float)
        out += want * (-delta / want.sum())
    out[i] = target
    return out


def shortest(widths: Sequence[float], least: Sequence[float], natural: Sequence[float],
             cells: Sequence[Sequence[float]], pad: float) -> list[float]:
    """`widths` (summing to the table's width) adjusted while the estimated table height
    falls. `cells` are the rows' one-line text widths, already scaled to the font size;
    `least` and `natural` include the padding `pad`."""
    if len(widths) < 2 or not cells:
        return list(widths)
    step = max(1, len(cells) // SAMPLE)
    grid = np.asarray(cells[::step], dtype=float)
    w = np.asarray(widths, dtype=float)
    lo = np.asarray(least, dtype=float)
    hi = np.maximum(np.asarray(natural, dtype=float), lo)
    best = _height(grid, w, pad)
    # Each column's candidate widths: where a given share of its own cells fits on one line.
    candidates = []
    for i in range(len(w)):
        filled = np.sort(grid[:, i][grid[:, i] > 0])
        picks = {float(filled[min(len(filled) - 1, int(s * len(filled)))]) + pad
                 for s in _SHARES} if len(filled) else set()
        candidates.append(sorted(c for c in picks | {float(lo[i])} if lo[i] <= c <= hi[i]))
    for _ in range(_ROUNDS):
        improved = False
        for i in range(len(w)):
            for target in candidates[i]:
                if abs(target - w[i]) < 0.5:
                    continue
                trial = _moved(w, i, target, lo, hi)
                if trial is None:
                    continue
                h = _height(grid, trial, pad)
                if h < best - 0.5:  # a whole line shorter, or it is not worth moving
                    w, best, improved = trial, h, True
        if not improved:
            break
    return [float(x) for x in w]
