"""Nothing outside emergency_desk/ui/ imports Qt: rules, imports and reports stay testable
without a window, and the CLI starts without loading PySide6."""

from __future__ import annotations

import ast
from pathlib import Path

import emergency_desk

PACKAGE = Path(emergency_desk.__file__).resolve().parent
QT_MODULES = ("PySide6", "shiboken6", "PyQt5", "PyQt6", "PySide2")


def qt_imports(path: Path, root: Path = PACKAGE) -> list[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    found: list[str] = []
    for node in ast.walk(tree):
        names: list[str] = []
        if isinstance(node, ast.Import):
            names = [a.name for a in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names = [node.module]
        elif isinstance(node, ast.Call) and getattr(node.func, "id", None) == "__import__" \
                and node.args and isinstance(node.args[0], ast.Constant):
            names = [str(node.args[0].value)]
        found += [f"{path.relative_to(root)}:{node.lineno} {n}" for n in names
                  if n.split(".")[0] in QT_MODULES]
    return found


def test_no_module_outside_ui_imports_qt() -> None:
    offenders: list[str] = []
    checked = 0
    for path in PACKAGE.rglob("*.py"):
        if "ui" in path.relative_to(PACKAGE).parts[:1]:
            continue
        checked += 1
        offenders += qt_imports(path)
    assert checked > 10  # the scan really looked at the package
    assert offenders == [], "Qt imported outside emergency_desk/ui/: " + ", ".join(offenders)


def test_the_scan_catches_qt_imports(tmp_path: Path) -> None:
    sample = tmp_path / "probe.py"
    sample.write_text("import os\nfrom PySide6.QtCore import Qt\n"
                      "def f():\n    import shiboken6\n", encoding="utf-8")
    assert len(qt_imports(sample, tmp_path)) == 2
