"""The house stays in order: the package's imports, read with `ast` (imports inside functions
count), have no circles, take no private name from another module, and run one way down the
layers of docs/design.md §5:

    ui → io, reports → services → values, data → errors, i18n, log → paths

and the window reaches the database only through services: nothing under ui/ imports SQLAlchemy
or opens a session (`db.read()`, `db.begin()`, `db.session()`). The figures are printed to the
CI log."""

from __future__ import annotations

import ast
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

import emergency_desk

PACKAGE = Path(emergency_desk.__file__).resolve().parent
# Higher may import lower, never the reverse; equal ranks in different layers may not import
# each other (io and reports are siblings above services).
RANKS = {
    "paths": 0,
    "log": 1, "i18n": 1,
    "errors": 2,
    "values": 3,
    "file_peek": 3,  # plain sqlite3 looks at a file before the data layer is imported (ui/app)
    "data": 4,
    "services": 5,
    "io": 6, "reports": 6,
    "ui": 7,
    "cli": 8,
    "launch": 9,  # the entry point: the splash first, then the command line or the window
    "__main__": 10,
}
# errors.py translates its messages: errors → i18n inside the third layer is intended.
SAME_RANK_ALLOWED = {("errors", "i18n")}
SESSION_CALLS = {"read", "begin", "session"}


@dataclass(frozen=True)
class Edge:
    source: str
    target: str
    line: int
    name: str  # the imported name (for `from x import name`), else ""


def module_name(path: Path) -> str:
    rel = path.relative_to(PACKAGE.parent).with_suffix("")
    parts = rel.parts[:-1] if rel.name == "__init__" else rel.parts
    return ".".join(parts)


def package_modules() -> dict[str, Path]:
    return {module_name(p): p for p in sorted(PACKAGE.rglob("*.py"))
            if "migrations" not in p.relative_to(PACKAGE).parts}


def imports_of(name: str, path: Path, modules: dict[str, Path]) -> Iterator[Edge]:
    """Every import of a package module by `name`, wherever it stands in the file."""
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    for node in ast.walk(ast.parse(path.read_text("utf-8"), str(path))):
        if isinstance(node, ast.Import):
            for alias in node.names:
                if alias.name in modules:
                    yield Edge(name, alias.name, node.lineno, "")
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:  # relative: resolve against the importing package
                anchor = package.split(".")
                anchor = anchor[:len(anchor) - (node.level - 1)]
                base = ".".join([*anchor, base] if base else anchor)
            if not base.startswith("emergency_desk"):
                continue
            for alias in node.names:
                sub = f"{base}.{alias.name}"
                if sub in modules:
                    yield Edge(name, sub, node.lineno, "")
                elif base in modules:
                    yield Edge(name, base, node.lineno, alias.name)


def import_graph() -> tuple[dict[str, set[str]], list[Edge]]:
    modules = package_modules()
    edges = [e for m, p in modules.items() for e in imports_of(m, p, modules)]
    graph: dict[str, set[str]] = {m: set() for m in modules}
    for e in edges:
        if e.target != e.source:
            graph[e.source].add(e.target)
    return graph, edges


def circles(graph: dict[str, set[str]]) -> list[list[str]]:
    """Strongly connected components with more than one module (Tarjan, iterative)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []
    counter = 0
    for root in graph:
        if root in index:
            continue
        work = [(root, iter(sorted(graph[root])))]
        index[root] = low[root] = counter
        counter += 1
        stack.append(root)
        on_stack.add(root)
        while work:
            node, children = work[-1]
            child = next(children, None)
            if child is not None:
                if child not in index:
                    index[child] = low[child] = counter
                    counter += 1
                    stack.append(child)
                    on_stack.add(child)
                    work.append((child, iter(sorted(graph[child]))))
                elif child in on_stack:
                    low[node] = min(low[node], index[child])
                continue
            work.pop()
            if work:
                parent = work[-1][0]
                low[parent] = min(low[parent], low[node])
            if low[node] == index[node]:
                component = []
                while True:
                    top = stack.pop()
                    on_stack.discard(top)
                    component.append(top)
                    if top == node:
                        break
                if len(component) > 1:
                    found.append(sorted(component))
    return found


def layer(module: str) -> str:
    parts = module.split(".")
    return parts[1] if len(parts) > 1 else "emergency_desk"


def test_circle_finder_finds_a_circle() -> None:
    """The check itself can fail: a made-up graph with one circle and one chain."""
    graph = {"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}, "e": set()}
    assert circles(graph) == [["a", "b", "c"]]
    assert circles({"a": {"b"}, "b": set()}) == []


def test_no_import_circles_counting_imports_inside_functions() -> None:
    graph, edges = import_graph()
    found = circles(graph)
    print(f"\n[imports] {len(graph)} modules, {len(edges)} imports, {len(found)} circles")
    assert found == [], "import circles:\n" + "\n".join(" ↔ ".join(c) for c in found)


def test_no_private_name_is_imported_from_another_module() -> None:
    _, edges = import_graph()
    private = [e for e in edges
               if e.name.startswith("_") and not e.name.startswith("__")]
    print(f"\n[imports] {len(private)} private names imported across modules")
    assert private == [], "\n".join(
        f"{e.source}:{e.line} takes {e.name} from {e.target}" for e in private)


def test_layers_run_one_way() -> None:
    _, edges = import_graph()
    wrong = []
    for e in edges:
        a, b = layer(e.source), layer(e.target)
        if a == b or a == "emergency_desk" or b == "emergency_desk":
            continue
        ra, rb = RANKS.get(a), RANKS.get(b)
        assert ra is not None and rb is not None, f"{a} or {b} has no place in RANKS"
        if ra < rb or (ra == rb and (a, b) not in SAME_RANK_ALLOWED):
            wrong.append(f"{e.source}:{e.line} imports {e.target} ({a} may not import {b})")
    print(f"\n[imports] {len(edges)} imports checked against the layers, {len(wrong)} upward")
    assert wrong == [], "\n".join(wrong)


def test_services_hold_few_modules_directly() -> None:
    direct = [p for p in (PACKAGE / "services").glob("*.py") if p.name != "__init__.py"]
    print(f"\n[imports] {len(direct)} modules directly in services/")
    assert len(direct) <= 15, sorted(p.name for p in direct)


def ui_files() -> list[Path]:
    return sorted((PACKAGE / "ui").rglob("*.py"))


@pytest.mark.parametrize("path", ui_files(), ids=lambda p: str(p.relative_to(PACKAGE)))
def test_window_reaches_data_only_through_services(path: Path) -> None:
    tree = ast.parse(path.read_text("utf-8"), str(path))
    problems = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            problems += [f"line {node.lineno}: import {a.name}" for a in node.names
                         if a.name.split(".")[0] == "sqlalchemy"]
        elif isinstance(node, ast.ImportFrom) and (node.module or "").split(".")[0] \
                == "sqlalchemy":
            problems.append(f"line {node.lineno}: from {node.module} import …")
        elif isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) \
                and node.func.attr in SESSION_CALLS and _is_database(node.func.value):
            problems.append(f"line {node.lineno}: opens a session with .{node.func.attr}()")
    assert problems == [], f"{path.relative_to(PACKAGE)} reaches the database itself:\n" \
        + "\n".join(problems)


def _is_database(node: ast.expr) -> bool:
    """`db`, `self.db`, `self._db`, `database`: the names the window gives a Database."""
    name = node.id if isinstance(node, ast.Name) else \
        node.attr if isinstance(node, ast.Attribute) else ""
    return name.lstrip("_") in ("db", "database")


def test_the_session_check_sees_a_session() -> None:
    """The window check can fail: it flags a made-up function that opens a session."""
    code = "def f(self):\n    with self.db.read() as s:\n        return s\n"
    call = next(n for n in ast.walk(ast.parse(code)) if isinstance(n, ast.Call))
    assert isinstance(call.func, ast.Attribute) and call.func.attr in SESSION_CALLS
    assert _is_database(call.func.value)
