"""The register list (services/registry.py) is complete and names only what exists.

A model nobody lists would never show in the recycle bin; a name nobody defines would fail only
when a user restores a record, runs a report or opens the demo."""

from __future__ import annotations

import inspect

import pytest

import emergency_desk.data.models  # noqa: F401  (every model module, for the mapper registry)
from emergency_desk.data.base import Base, RecordMixin
from emergency_desk.io.registers import REGISTERS as SPECS
from emergency_desk.reports.registry import REPORTS
from emergency_desk.services import recycle, registry
from emergency_desk.services.checks import rules
from emergency_desk.services.demo.county import steps
from emergency_desk.services.registry import REGISTERS, Register


def _listed_models() -> list[object]:
    return [m for r in REGISTERS for m in (*(b.model for b in r.bin), *r.parts)]


def test_every_soft_deletable_model_is_in_exactly_one_register() -> None:
    soft = {m.class_ for m in Base.registry.mappers if issubclass(m.class_, RecordMixin)}
    listed = _listed_models()
    assert sorted(m.__name__ for m in soft - set(listed)) == []
    assert len(listed) == len(set(listed)), "a model is listed twice"


def test_the_recycle_bin_shows_every_bin_model_of_the_list() -> None:
    assert registry.bin_models() == recycle.BIN_MODELS
    assert {b.model for r in REGISTERS for b in r.bin} == set(recycle.BIN_MODELS)


def test_register_keys_are_unique() -> None:
    keys = [r.key for r in REGISTERS]
    assert len(keys) == len(set(keys))


@pytest.mark.parametrize("reg", REGISTERS, ids=lambda r: r.key)
def test_every_name_in_an_entry_exists(reg: Register) -> None:
    for b in reg.bin:
        if b.on_restore:
            hook = registry.resolve(b.on_restore)
            assert list(inspect.signature(hook).parameters) == ["session", "obj"], b.on_restore
    for module in (*reg.services, *reg.views, *([reg.checks] if reg.checks else [])):
        assert inspect.ismodule(registry.resolve(module)), module
    assert [s for s in reg.specs if s not in SPECS] == []
    assert [r for r in reg.reports if r not in REPORTS] == []
    for d in reg.demo:
        step = registry.resolve(d.step)
        assert list(inspect.signature(step).parameters) == ["session", "ctx"], d.step
    if reg.checks:
        assert [r.id for r in rules() if r.func.__module__ == reg.checks and
                r.register != reg.key] == []


def test_every_spec_report_rule_and_demo_step_belongs_to_a_register() -> None:
    specs = [s for r in REGISTERS for s in r.specs]
    reports = [p for r in REGISTERS for p in r.reports]
    assert sorted(specs) == sorted(SPECS)
    assert sorted(reports) == sorted(REPORTS)
    keys = {r.key for r in REGISTERS}
    assert {r.register for r in rules()} - keys == set()
    demo = [(d.title_zh, registry.resolve(d.step)) for r in REGISTERS for d in r.demo]
    assert steps() == demo


def test_the_rules_are_those_of_the_listed_rule_modules() -> None:
    """`rules()` loads the modules the list names; a rule module nobody lists (imported only
    by some other path) would show its rules on one machine and not another."""
    assert {r.func.__module__ for r in rules()} == set(registry.rule_modules())


def test_the_demo_runs_the_listed_steps_in_dependency_order() -> None:
    titles = [title for title, _ in steps()]
    assert titles[0] == "行政区划"
    assert titles.index("灾害信息员") < titles.index("救援队伍")  # captains are officers
    assert titles.index("应急预案") < titles.index("应急演练") < titles.index("领导小组和值班")


def test_a_missing_name_is_caught() -> None:
    """The checks above can fail: a hook that is not there does not resolve."""
    with pytest.raises(AttributeError):
        registry.resolve("emergency_desk.services.people:restore_nobody")
    with pytest.raises(ModuleNotFoundError):
        registry.resolve("emergency_desk.services.no_such_register")


def test_every_register_page_is_in_the_window() -> None:
    from emergency_desk.ui.navigation import PAGES

    keys = {p.key for p in PAGES}
    assert [r.page for r in REGISTERS if r.page and r.page not in keys] == []
