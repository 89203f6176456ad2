"""Run the test suite (Windows and Linux).

    python3 tools/run_tests.py              # sets up .venv if needed, then runs pytest
    python3 tools/run_tests.py -k cli -x    # extra arguments go to pytest

Run with a Python that already has the project installed (a venv, as .ci/run does), it uses
that interpreter; otherwise it prepares `.venv` like tools/setup_and_run.py. Qt runs offscreen,
so no display is needed. "No tests collected" counts as a failure.
"""

from __future__ import annotations

import importlib.util
import os
import subprocess
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from setup_and_run import ROOT, ensure_environment

PYTEST_NO_TESTS = 5


def _has_project() -> bool:
    in_venv = sys.prefix != sys.base_prefix
    return in_venv and all(importlib.util.find_spec(m) is not None
                           for m in ("emergency_desk", "pytest", "pytestqt"))


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    py = Path(sys.executable) if _has_project() else ensure_environment()
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", MPLBACKEND="Agg",
               PYTHONUTF8="1")
    code = subprocess.call([str(py), "-m", "pytest", *args], cwd=ROOT, env=env)
    if code == PYTEST_NO_TESTS:
        print("run_tests: pytest collected no tests — treating that as a failure.",
              file=sys.stderr)
        return 1
    return code


if __name__ == "__main__":
    raise SystemExit(main())
