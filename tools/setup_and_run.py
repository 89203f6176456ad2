"""Set up EmergencyDesk in a private virtual environment and open it (Windows and Linux).

    python3 tools/setup_and_run.py              # first time: ~2 minutes; later: seconds
    python3 tools/setup_and_run.py --db D:/台账/乡镇.sqlite3
    python3 tools/setup_and_run.py --no-demo    # the office's own database (first-start dialog)
    python3 tools/setup_and_run.py --setup-only # install, don't open the window

Creates `.venv` in the project folder, installs the program with its development tools
(`pip install -e ".[dev]"`), then opens the window on the demo county. Without --db the demo
lives in its own file (emergency_desk-demo.sqlite3 beside the office's database), so it never
mixes with an office's real registers; with --db an empty database is filled with the demo.
Needs only Python 3.11 or newer; uses nothing outside the standard library.
"""

from __future__ import annotations

import argparse
import hashlib
import os
import subprocess
import sys
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
VENV = ROOT / ".venv"
MIN_PYTHON = (3, 11)


def venv_python(folder: Path = VENV) -> Path:
    if os.name == "nt":
        return folder / "Scripts" / "python.exe"
    return folder / "bin" / "python"


def _say(text: str) -> None:
    print(f"[EmergencyDesk] {text}", flush=True)


def _stamp() -> str:
    """Changes when the dependencies change, so we reinstall only then."""
    return hashlib.sha256((ROOT / "pyproject.toml").read_bytes()).hexdigest()[:16]


def ensure_environment(folder: Path = VENV) -> Path:
    """Create the venv and install the project when needed. Returns the venv's python."""
    if sys.version_info < MIN_PYTHON:
        raise SystemExit(f"EmergencyDesk needs Python {'.'.join(map(str, MIN_PYTHON))} or "
                         f"newer; this is {sys.version.split()[0]}.")
    py = venv_python(folder)
    if not py.exists():
        _say(f"creating the virtual environment in {folder}")
        venv.EnvBuilder(with_pip=True, clear=False).create(folder)
    marker = folder / ".emergency-desk-installed"
    if not marker.exists() or marker.read_text(encoding="utf-8").strip() != _stamp():
        _say('installing the program and its tools (pip install -e ".[dev]")')
        subprocess.run([str(py), "-m", "pip", "install", "--disable-pip-version-check",
                        "--quiet", "--upgrade", "pip"], check=True)
        subprocess.run([str(py), "-m", "pip", "install", "--disable-pip-version-check",
                        "--quiet", "-e", f"{ROOT}[dev]"], check=True, cwd=ROOT)
        marker.write_text(_stamp(), encoding="utf-8")
    # pip writes bytecode for the libraries it installs but not for an editable project, and
    # where PYTHONDONTWRITEBYTECODE is set Python never writes it on import either: every
    # command then compiles the program's modules again (≈ 0.1 s a start). compileall writes
    # only what is missing or older than its source, so this is quick once done.
    subprocess.run([str(py), "-m", "compileall", "-q", str(ROOT / "emergency_desk")],
                   check=False, cwd=ROOT)
    return py


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--db", help="database file (default: the user data folder)")
    ap.add_argument("--lang", choices=["zh_CN", "en"])
    ap.add_argument("--no-demo", action="store_true", help="don't fill an empty database")
    ap.add_argument("--setup-only", action="store_true", help="install but don't open")
    args = ap.parse_args(argv)
    try:
        py = ensure_environment()
    except subprocess.CalledProcessError as exc:
        _say(f"installation failed (exit {exc.returncode}); see the messages above. "
             "Without internet access, install from a wheelhouse: "
             "pip install --no-index --find-links WHEELS -e .[dev]")
        return 3
    common = [str(py), "-m", "emergency_desk"]
    db = args.db
    if not db and not args.no_demo:
        db = subprocess.run(
            [str(py), "-c", "from emergency_desk.paths import demo_db_path; "
             "print(demo_db_path())"], capture_output=True, text=True, encoding="utf-8",
            check=True).stdout.strip()
    if db:
        common += ["--db", db]
    if args.lang:
        common += ["--lang", args.lang]
    if not args.no_demo:
        # `demo` refuses (exit 1) when the database already holds data: exactly "only if empty".
        done = subprocess.run([*common, "demo"], capture_output=True, text=True,
                              encoding="utf-8", errors="replace")
        if done.returncode == 0:
            _say(done.stdout.strip())
        elif done.returncode != 1:
            sys.stderr.write(done.stderr)
            return done.returncode
    if args.setup_only:
        _say(f"ready. Start the program with: {' '.join(common)}")
        return 0
    return subprocess.call(common)


if __name__ == "__main__":
    raise SystemExit(main())
