"""Issue 20: pypinyin's dictionaries load on the first search key, so `check`, `export` and
`report` never pay for them (tests/system/test_cli_startup_imports.py). In the window the
first key is computed when a record is saved, on the GUI thread: the window loads the
dictionaries on a worker soon after it has painted instead."""

from __future__ import annotations

import threading
from typing import Any

import pytest
from PySide6.QtWidgets import QWidget

from emergency_desk.services import search
from emergency_desk.ui import app, workers

pytestmark = pytest.mark.gui


def test_the_window_loads_the_pinyin_dictionary_on_a_worker(
        qtbot: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    threads: list[threading.Thread] = []
    monkeypatch.setattr(search, "load_dictionary",
                        lambda: threads.append(threading.current_thread()))
    window = QWidget()
    qtbot.addWidget(window)
    app._load_search_dictionary_later(window)
    assert threads == []  # not while the window is still painting
    qtbot.waitUntil(lambda: bool(threads), timeout=10_000)
    assert threads[0] is not threading.main_thread()
    workers.finish_all()


def test_load_dictionary_gives_the_keys_the_import_gives() -> None:
    search.load_dictionary()
    assert search._pinyin("古筑村") == ("guzhucun", "gzc")
