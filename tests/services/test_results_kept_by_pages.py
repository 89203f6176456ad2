"""What register pages keep for as long as they are open: the rules' alerts by record (the
rows' tints) and the officer coverage (the 灾害信息员 page's side tree).

Both are the rules' own findings, gathered and shaped so that the window's cycle collector
stops walking them after one pass (plain tuples of text and numbers): at county scale they
are tens of thousands of entries, and every full pass of the window walked each (issue 20).
"""

from __future__ import annotations

import gc
from datetime import date

import pytest

from emergency_desk.data.db import Database
from emergency_desk.services.checks import Severity, rules, run_checks
from emergency_desk.services.checks.by_record import alerts_by_record
from emergency_desk.services.demo.county import build_demo
from emergency_desk.services.officers.coverage import holder_name, holder_officer, holder_person
from emergency_desk.services.officers.views import OfficerViews

TODAY = date(2025, 6, 1)


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Database:
    from emergency_desk.data.migrate import open_database

    db = open_database(tmp_path_factory.mktemp("demo") / "demo.sqlite3")
    build_demo(db, today=TODAY)
    return db


def test_each_record_gets_its_worst_severity_and_every_message_in_order(
        demo: Database) -> None:
    ids = [r.id for r in rules()]
    alerts = run_checks(demo, only=ids)
    tables = {a.table for a in alerts if a.table and a.record_id is not None}
    assert {"info_officer", "stock_batch", "emergency_plan"} <= tables
    found = alerts_by_record(demo, ids, tables)
    assert set(found) == tables
    several = 0
    for table, by_id in found.items():
        mine = [a for a in alerts if a.table == table and a.record_id is not None]
        assert set(by_id) == {a.record_id for a in mine}
        for record_id, (severity, messages) in by_id.items():
            its = [a for a in mine if a.record_id == record_id]
            worst = min(its, key=lambda a: a.severity.rank).severity
            assert severity == worst and Severity(severity) is worst
            assert messages == tuple(f"{a.rule} {a.message}" for a in its)
            several += len(its) > 1
    assert several, "the demo has records named by more than one alert"


def test_only_the_tables_asked_for_and_messages_without_the_rule(demo: Database) -> None:
    stock_rules = [r.id for r in rules() if r.register == "supplies"]
    found = alerts_by_record(demo, stock_rules, ("stock_batch",), with_rule=False)
    assert list(found) == ["stock_batch"] and found["stock_batch"]
    plain = {a.message for a in run_checks(demo, only=stock_rules) if a.table == "stock_batch"}
    assert {m for _s, ms in found["stock_batch"].values() for m in ms} == plain
    assert alerts_by_record(demo, [], ("stock_batch",)) == {"stock_batch": {}}


def test_what_pages_keep_is_left_alone_by_the_cycle_collector(demo: Database) -> None:
    """A Severity member or a list in an entry, or a class for a post holder, would keep
    every one of them in each full pass of the window's collector."""
    found = alerts_by_record(demo, [r.id for r in rules()], ("info_officer", "stock_batch"))
    rows = OfficerViews(demo).coverage()
    # A pass leaves a tuple alone once what it holds is left alone; the holders and their
    # tuples go in one pass each.
    gc.collect()
    gc.collect()
    entries = [e for by_id in found.values() for e in by_id.values()]
    assert entries and not any(gc.is_tracked(e) for e in entries)
    holders = [h for r in rows for h in (*r.a, *r.b, *r.single)]
    assert holders and not any(gc.is_tracked(h) for h in holders)
    assert not any(gc.is_tracked(r.a) or gc.is_tracked(r.b) or gc.is_tracked(r.single)
                   for r in rows)


def test_post_holders_read_by_name(demo: Database) -> None:
    rows = OfficerViews(demo).coverage()
    officers = {o.id: o for o in OfficerViews(demo).list()}
    held = [h for r in rows for h in (*r.a, *r.b, *r.single)]
    assert held
    for h in held:
        o = officers[holder_officer(h)]
        assert (holder_name(h), holder_person(h)) == (o.name, o.person_id)
