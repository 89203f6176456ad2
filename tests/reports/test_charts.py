"""Charts render Chinese with the bundled font: no missing-glyph warnings, working minus."""

from __future__ import annotations

import io
import warnings

from emergency_desk.data.db import Database
from emergency_desk.reports import charts
from emergency_desk.services.checks import Alert, Severity


def _render(fig: object) -> bytes:
    buf = io.BytesIO()
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # "Glyph ... missing from font(s)" fails the test
        fig.savefig(buf, format="png")  # type: ignore[attr-defined]
    return buf.getvalue()


def test_alert_chart_counts_by_severity_and_renders_chinese() -> None:
    alerts = [Alert("O1", Severity.RED, "碧阳镇/古筑村", "古筑村", "无灾害信息员")] * 2 + [
        Alert("R2", Severity.INFO, "宏村镇/卢村", "卢村", "未填写区划代码")]
    fig = charts.alerts_by_severity_figure(alerts)
    ax = fig.axes[0]
    assert [tick.get_text() for tick in ax.get_yticklabels()] == ["严重", "警告", "提示"]
    assert [round(p.get_width()) for p in ax.patches] == [2, 0, 1]
    ax.set_xlim(-3, 3)  # negative ticks need a minus glyph too
    assert _render(fig).startswith(b"\x89PNG")
    assert _render(charts.alerts_by_severity_figure([]))


def test_township_chart_stacks_disaster_prone_villages(
        db: Database, county: dict[str, int]) -> None:
    assert charts.township_counts(db) == [("碧阳镇", 3, 1), ("宏村镇", 2, 0)]
    fig = charts.regions_by_township_figure(db)
    labels = [t.get_text() for t in fig.axes[0].get_yticklabels()]
    assert labels == ["碧阳镇", "宏村镇"]
    assert _render(fig)


def test_font_setup_uses_the_bundled_font() -> None:
    import matplotlib

    family = charts.setup_font()
    assert family in matplotlib.rcParams["font.family"]
