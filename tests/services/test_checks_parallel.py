"""The rules on two connections at once (services/checks/parallel.py): the same alerts in the
same order as one connection, both connections reading one state of the file, one connection
when a writer holds the lock, and a rule's error raised to the caller."""

from __future__ import annotations

import threading
from typing import Any

import pytest
from sqlalchemy import select

from emergency_desk.data import write_lock
from emergency_desk.data.db import Database
from emergency_desk.data.models import Setting
from emergency_desk.services.checks import (
    Alert,
    CheckContext,
    RuleInfo,
    Severity,
    parallel,
    run_checks,
)
from emergency_desk.services.settings import SettingsService
from tests.services.conftest import DEMO_DAY

DAY = DEMO_DAY  # the day the shared demo county (tests/services/conftest.py) is built for



@pytest.fixture
def spy(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """How many rules each parallel run was given (empty: every run was serial)."""
    runs: list[int] = []
    real = parallel._in_parallel

    def counting(chosen: Any, contexts: Any) -> Any:
        runs.append(len(chosen))
        return real(chosen, contexts)

    monkeypatch.setattr(parallel, "_in_parallel", counting)
    return runs


def test_two_connections_give_the_alerts_of_one(
        demo_county: Database, spy: list[int], monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(parallel.os, "cpu_count", lambda: 2)
    both = run_checks(demo_county, today=DAY)
    assert spy == [len(parallel_rules())]  # every rule, on two connections
    monkeypatch.setattr(parallel.os, "cpu_count", lambda: 1)
    one = run_checks(demo_county, today=DAY)
    assert len(spy) == 1  # one core: one connection
    assert both == one and len(one) > 100
    # Unsorted too: each rule's alerts in the rule's own order, the rules in theirs.
    settings = SettingsService(demo_county).all()
    chosen = [r for r in parallel_rules() if r.id[0] in "OS"]
    monkeypatch.setattr(parallel.os, "cpu_count", lambda: 2)
    assert _run(demo_county, chosen, settings) == \
        [a for r in chosen for a in _serial(demo_county, r, settings)]


def parallel_rules() -> list[RuleInfo]:
    from emergency_desk.services.checks import rules

    return rules()


def _serial(db: Database, info: RuleInfo, settings: dict[str, Any]) -> list[Alert]:
    with db.read() as s:
        return list(info.func(CheckContext(s, settings, DAY)))


def _office_name(ctx: CheckContext) -> str:
    return str(ctx.session.scalar(select(Setting.value).where(Setting.key == "office_name")))


def test_both_connections_read_the_state_before_a_write_made_during_the_run(
        db: Database, monkeypatch: pytest.MonkeyPatch, spy: list[int]) -> None:
    """Rule A commits a new 单位名称 while the run is under way and rule B, on the other
    connection, reads only afterwards: both see the name from before the run. (A second
    connection whose snapshot began at its first rule would see the new one.)"""
    monkeypatch.setattr(parallel.os, "cpu_count", lambda: 2)
    SettingsService(db).set("office_name", "甲县应急管理局")
    seen: dict[str, tuple[str, int]] = {}
    b_started, written = threading.Event(), threading.Event()

    def rule_a(ctx: CheckContext) -> list[Alert]:
        assert b_started.wait(5)
        SettingsService(db).set("office_name", "乙县应急管理局")
        written.set()
        seen["a"] = (_office_name(ctx), id(ctx.session))
        return [_alert("A")]

    def rule_b(ctx: CheckContext) -> list[Alert]:
        b_started.set()
        assert written.wait(5)
        seen["b"] = (_office_name(ctx), id(ctx.session))
        return [_alert("B")]

    alerts = _run(db, [_info("A", rule_a), _info("B", rule_b)], {})
    assert [a.rule for a in alerts] == ["A", "B"] and spy == [2]
    assert seen["a"][1] != seen["b"][1]  # two sessions, two connections
    assert seen["a"][0] == seen["b"][0] == '"甲县应急管理局"'
    assert SettingsService(db).get("office_name") == "乙县应急管理局"


def test_a_writer_holding_the_lock_means_one_connection_and_no_wait(
        demo_county: Database, spy: list[int], monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(parallel.os, "cpu_count", lambda: 2)
    expected = run_checks(demo_county, today=DAY, only=["O1", "O2", "S1", "P1"])
    assert spy == [4]
    holding, release = threading.Event(), threading.Event()

    def writer() -> None:
        with write_lock.held(demo_county.path):
            holding.set()
            release.wait(10)

    th = threading.Thread(target=writer)
    th.start()
    try:
        assert holding.wait(5)
        assert run_checks(demo_county, today=DAY, only=["O1", "O2", "S1", "P1"]) == expected
        assert spy == [4]  # the second run was serial
    finally:
        release.set()
        th.join()


def test_a_rules_error_reaches_the_caller(
        db: Database, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(parallel.os, "cpu_count", lambda: 2)

    def broken(_ctx: CheckContext) -> list[Alert]:
        raise ValueError("rule bug")

    with pytest.raises(ValueError, match="rule bug"):
        _run(db, [_info("A", lambda _c: [_alert("A")]), _info("B", broken),
                  _info("C", lambda _c: [_alert("C")])], {})


def _run(db: Database, chosen: list[RuleInfo], settings: dict[str, Any]) -> list[Alert]:
    """The rules as run_checks runs them, unsorted."""
    return parallel.run_rules(db, chosen, lambda s: CheckContext(s, settings, DAY))


def _info(rid: str, fn: Any) -> RuleInfo:
    return RuleInfo(rid, rid, Severity.INFO, "regions", "test", fn)


def _alert(rid: str) -> Alert:
    return Alert(rid, Severity.INFO, "", rid, rid)


def test_alerts_of_one_severity_come_rule_by_rule_in_number_order(demo_county: Database) -> None:
    """S2 before S10 in `check`, the window and the alerts report (they were sorted as text)."""
    alerts = run_checks(demo_county, today=DAY)
    for sev in Severity:
        ids = list(dict.fromkeys(a.rule for a in alerts if a.severity == sev))
        numbers = [(i[0], int(i[1:])) for i in ids]
        assert numbers == sorted(numbers), (sev, ids)
    assert {"S2", "S10"} <= {a.rule for a in alerts if a.severity == Severity.INFO}
