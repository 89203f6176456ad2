"""The work list's alerts as the dashboard keeps them (ui/pages/dashboard_data.AlertList):
packed into plain tuples, unpacked a page at a time, and still the same alerts, filtered and
sorted as before."""

from __future__ import annotations

import gc
from datetime import date

import pytest

from emergency_desk.data.db import Database
from emergency_desk.i18n import t
from emergency_desk.services.checks import Alert, Severity, rules, run_checks
from emergency_desk.services.demo.county import build_demo
from emergency_desk.ui.pages.dashboard_data import AlertList, AlertQuery, AlertRow, packed

pytestmark = pytest.mark.gui


@pytest.fixture(scope="module")
def alerts(tmp_path_factory: pytest.TempPathFactory) -> list[Alert]:
    from emergency_desk.data.migrate import open_database

    db: Database = open_database(tmp_path_factory.mktemp("demo") / "demo.sqlite3")
    build_demo(db, today=date(2025, 6, 1))
    found = run_checks(db)
    db.dispose()
    return found


def rows_of(alerts: list[Alert]) -> tuple[AlertList, list[AlertRow]]:
    titles = {r.id: (r.register, t(r.title)) for r in rules()}
    plain = [AlertRow(i, a, *titles.get(a.rule, ("", ""))) for i, a in enumerate(alerts)]
    return AlertList([packed(r.id, r.alert, r.register, r.rule_title) for r in plain]), plain


def test_every_alert_comes_back_whole(alerts: list[Alert]) -> None:
    listed, plain = rows_of(alerts)
    assert len(alerts) > 100
    assert listed.rows() == plain
    back = listed.page(AlertQuery(order_by="rule"), 0, len(plain))
    assert sorted(back, key=lambda r: r.id) == plain
    assert all(r.alert.severity is Severity(r.alert.severity.value) for r in back)


@pytest.mark.parametrize("order", ["severity", "rule", "region", "subject"])
def test_sorted_and_filtered_as_the_columns_say(alerts: list[Alert], order: str) -> None:
    listed, plain = rows_of(alerts)
    keys = {
        "severity": lambda r: (r.alert.severity.rank, r.alert.rule, r.alert.region),
        "rule": lambda r: (r.alert.rule[0], int(r.alert.rule[1:] or 0), r.alert.region),
        "region": lambda r: (r.alert.region, r.alert.severity.rank),
        "subject": lambda r: (r.alert.subject, r.alert.severity.rank),
    }
    want = sorted(plain, key=keys[order])
    assert listed.page(AlertQuery(order_by=order), 0, len(plain)) == want
    down = listed.page(AlertQuery(order_by=order, descending=True), 0, 5)
    assert down == list(reversed(want))[:5]
    q = AlertQuery(register="officers", severity=Severity.RED, order_by=order)
    red = [r for r in want if r.register == "officers" and r.alert.severity == Severity.RED]
    assert red and listed.page(q, 0, len(plain)) == red
    assert len(listed.filtered(q)) == len(red)
    # The 级别 box gives its choice back as the plain value ("red"), as Qt keeps a str.
    as_text = AlertQuery(register="officers", severity="red", order_by=order)  # type: ignore[arg-type]
    assert listed.page(as_text, 0, len(plain)) == red
    word = want[len(want) // 2].alert.subject
    found = listed.page(AlertQuery(search=word, order_by=order), 0, len(plain))
    assert found == [r for r in want if word.lower() in (
        r.alert.region + r.alert.subject + r.alert.message + r.alert.rule
        + r.rule_title).lower()]
    assert listed.page(AlertQuery(order_by=order), 10, 7) == want[10:17]


def test_the_kept_alerts_are_left_alone_by_the_cycle_collector(alerts: list[Alert]) -> None:
    """Over 30,000 at county scale, kept while the window is open: an Alert and an AlertRow
    each were walked by every full pass of the window's collector (issue 20)."""
    listed, _plain = rows_of(alerts)
    listed.ordered("severity")
    gc.collect()
    assert not any(gc.is_tracked(p) for p in listed.packed)
