"""The cycle collector is put back as it was when an import and a report overlap, and after
`check`, which runs without it."""

from __future__ import annotations

import gc

import pytest

from emergency_desk.data import collector
from emergency_desk.data.collector import (
    RARE_THRESHOLD,
    few_collections,
    no_collections,
    none_at_exit,
)


def test_an_import_and_a_report_finishing_in_either_order_restore_the_threshold() -> None:
    before = gc.get_threshold()
    frozen = gc.get_freeze_count()
    import_run, report_run = few_collections(), few_collections()
    import_run.__enter__()  # an import starts on one worker
    report_run.__enter__()  # a report starts on another while it runs
    assert gc.get_threshold()[0] >= RARE_THRESHOLD
    import_run.__exit__(None, None, None)  # the import finishes first
    assert gc.get_threshold()[0] >= RARE_THRESHOLD  # the report is still being built
    report_run.__exit__(None, None, None)
    assert gc.get_threshold() == before
    assert gc.get_freeze_count() == frozen


def test_an_import_in_the_window_leaves_what_start_up_froze_frozen() -> None:
    """The window freezes what its start-up left alive (the libraries, ≈ 140,000 objects at
    50k) so that its timed full passes skip them; an import or report inside the window
    (`few_collections`) used to unfreeze everything at its end and undo that."""
    assert gc.get_freeze_count() == 0
    try:
        assert collector.freeze_long_lived()
        frozen = gc.get_freeze_count()
        assert frozen > 1000  # at least this test process's modules
        assert not collector.freeze_long_lived()  # once
        with few_collections(), few_collections():
            pass
        assert gc.get_freeze_count() >= frozen - 100  # not thawed by the import's end
        with few_collections():
            assert not collector.freeze_long_lived()  # not in the middle of an import
    finally:
        collector.unfreeze_long_lived()
    assert gc.get_freeze_count() == 0
    with few_collections():  # outside the window: an import freezes and thaws as before
        assert gc.get_freeze_count() > 0
    assert gc.get_freeze_count() == 0


def test_no_collections_turns_the_collector_off_and_back_as_it_was() -> None:
    assert gc.isenabled()
    with no_collections():
        assert not gc.isenabled()
    assert gc.isenabled()
    with pytest.raises(ValueError), no_collections():
        raise ValueError("a rule failed")
    assert gc.isenabled()
    gc.disable()  # someone had it off already: it stays off
    try:
        with no_collections():
            assert not gc.isenabled()
        assert not gc.isenabled()
    finally:
        gc.enable()


def test_none_at_exit_freezes_at_exit_once(monkeypatch: pytest.MonkeyPatch) -> None:
    registered: list[object] = []
    monkeypatch.setattr(collector, "_exit_frozen", False)
    monkeypatch.setattr(collector.atexit, "register", registered.append)
    none_at_exit()
    none_at_exit()  # a second `check` in the same process (the tests) adds nothing
    assert registered == [gc.freeze]
