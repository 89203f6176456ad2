"""Colours shared by the charts and the window, in a module of their own: the dashboard's cards
and tiles need them before its worker has imported matplotlib (reports/charts.py)."""

from __future__ import annotations

from emergency_desk.services.checks import Severity

SEVERITY_COLOURS = {Severity.RED: "#C0392B", Severity.ORANGE: "#E67E22", Severity.INFO: "#7F8C8D"}
