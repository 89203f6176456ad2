"""The entry point tells the window from a command without importing the command line, so the
splash shows before the data layer is imported (emergency_desk/launch.py)."""

from __future__ import annotations

import os
import subprocess
import sys

from emergency_desk.launch import wants_window


def test_the_window_is_told_from_a_command() -> None:
    assert wants_window([]) == "zh_CN"
    assert wants_window(["--db", "台账.sqlite3"]) == "zh_CN"
    assert wants_window(["--db=x.sqlite3", "--lang", "en", "--user", "张三"]) == "en"
    assert wants_window(["--lang=en"]) == "en"
    for command in (["check"], ["--db", "x", "import", "officers", "a.xlsx"], ["-h"],
                    ["--version"], ["--db"], ["--lang", "fr"], ["--db", "x", "--unknown"]):
        assert wants_window(command) is None, command


def test_the_entry_point_imports_no_data_layer_before_the_splash() -> None:
    code = ("import sys, emergency_desk.launch, emergency_desk.ui.app;"
            "print(sorted(m for m in ('sqlalchemy', 'emergency_desk.data', 'emergency_desk.cli')"
            " if m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True, env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    assert out.stdout.strip() == "[]"
