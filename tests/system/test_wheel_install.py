"""The wheel carries what the program reads at run time: built from a copy of the source tree,
installed into a fresh virtual environment, it prints a Chinese PDF with the bundled font and
loads the English catalogue — both found through paths.resource() inside the installed package,
never in the source tree.

Kept quick for CI (.ci/run → tools/run_tests.py runs every test): the wheel is built without
build isolation, installed with --no-deps, and the fresh venv borrows this venv's dependencies
through a .pth file instead of downloading them."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import sysconfig
from pathlib import Path

import pypdf
import pytest

ROOT = Path(__file__).resolve().parents[2]
SOURCE = ["pyproject.toml", "setup.py", "MANIFEST.in", "README.md", "emergency_desk", "resources"]

pytestmark = pytest.mark.slow


def run(cmd: list[str], cwd: Path, env: dict[str, str] | None = None) -> str:
    proc = subprocess.run(cmd, cwd=cwd, env=env, capture_output=True, text=True,
                          encoding="utf-8", errors="replace", timeout=600)
    assert proc.returncode == 0, f"{' '.join(cmd)}\n{proc.stdout}\n{proc.stderr}"
    return proc.stdout


@pytest.fixture(scope="module")
def installed(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """(python of a fresh venv with the wheel installed, a work folder outside the source)."""
    base = tmp_path_factory.mktemp("wheel")
    src = base / "src"
    src.mkdir()
    ignore = shutil.ignore_patterns("__pycache__", "*.pyc", "*.egg-info")
    for name in SOURCE:
        path = ROOT / name
        if path.is_dir():
            shutil.copytree(path, src / name, ignore=ignore)
        else:
            shutil.copy2(path, src / name)
    dist = base / "dist"
    run([sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation",
         "--disable-pip-version-check", "-q", "-w", str(dist), str(src)], cwd=base)
    wheels = list(dist.glob("emergency_desk-*.whl"))
    assert len(wheels) == 1, wheels

    venv = base / "venv"
    run([sys.executable, "-m", "venv", "--without-pip", str(venv)], cwd=base)
    py = venv / ("Scripts/python.exe" if os.name == "nt" else "bin/python")
    site = Path(run([str(py), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
                    cwd=base).strip())
    # The dependencies (PySide6, reportlab, …) come from this venv, after the venv's own
    # site-packages: a .pth line adds a path but runs no .pth file there, so this venv's
    # editable install of the source tree stays out.
    ours = {sysconfig.get_paths()["purelib"], sysconfig.get_paths()["platlib"]}
    (site / "borrowed-deps.pth").write_text("\n".join(sorted(ours)) + "\n", encoding="utf-8")
    run([sys.executable, "-m", "pip", "--python", str(py), "install", "--no-deps", "--no-index",
         "--disable-pip-version-check", "-q", str(wheels[0])], cwd=base)
    work = base / "work"
    work.mkdir()
    return py, work


def env_for(work: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "EMERGENCY_DESK_DB")}
    env.update({"EMERGENCY_DESK_DB": str(work / "台账.sqlite3"), "QT_QPA_PLATFORM": "offscreen",
                "MPLBACKEND": "Agg", "PYTHONUTF8": "1",
                "XDG_DATA_HOME": str(work / "data"), "XDG_STATE_HOME": str(work / "state")})
    return env


def test_the_installed_package_finds_its_resources_inside_itself(
        installed: tuple[Path, Path]) -> None:
    py, work = installed
    out = run([str(py), "-c",
               "import emergency_desk, emergency_desk.paths as p, emergency_desk.i18n as i; "
               "print(emergency_desk.__file__); print(p.FONT_FILE); print(i.TS_FILE); "
               "print(p.resource('icons/emergency_desk.ico'))"], cwd=work, env=env_for(work))
    package, font, catalogue, icon = (Path(line) for line in out.splitlines())
    home = package.parent
    assert ROOT not in package.parents, f"imported the source tree: {package}"
    for f in (font, catalogue, icon):
        assert f.is_file() and home / "resources" in f.parents, f


def test_the_installed_program_prints_a_chinese_pdf_and_speaks_english(
        installed: tuple[Path, Path]) -> None:
    py, work = installed
    env = env_for(work)
    pdf = work / "行政区划.pdf"
    run([str(py), "-m", "emergency_desk", "report", "regions", "--out", str(pdf)],
        cwd=work, env=env)
    reader = pypdf.PdfReader(pdf)
    text = "".join(page.extract_text() for page in reader.pages)
    assert "行政区划" in text
    fonts = {str(f.get("/BaseFont")) for page in reader.pages
             for f in (page["/Resources"].get("/Font") or {}).values()
             for f in [f.get_object()]}
    assert any("DroidSans" in name for name in fonts), fonts

    english = run([str(py), "-m", "emergency_desk", "--lang", "en", "registers"],
                  cwd=work, env=env)
    assert "Registers (REGISTER)" in english
    assert re.search(r"^  regions +Regions$", english, re.M), english
    out = run([str(py), "-c", "from emergency_desk import i18n; i18n.set_language('en'); "
               "print(i18n.t('应急物资'))"], cwd=work, env=env)
    assert out.strip() and out.strip() != "应急物资"
