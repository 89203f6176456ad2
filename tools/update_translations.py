"""Keep the English catalogue (resources/i18n/emergency_desk_en.ts) in step with the source.

    python tools/update_translations.py           # add missing messages, report problems
    python tools/update_translations.py --check   # exit 1 if anything is missing (CI)

Finds every Chinese string the program translates:
- `PAGE_TITLE = "…"` in page modules, and literals marked with N_("…") (translated later);
- literals passed to t("…"), tr("…"), self.tr("…") and QCoreApplication.translate(ctx, "…")
  (read with `ast`, so implicit concatenation works; an f-string inside them is a bug, because
  the formatted text can never match the catalogue, and is reported);
- strings translated at display time from data: enum labels, settings labels/groups/units, rule
  titles, model nouns, register and report titles and columns, template notes, audit actions.

New messages are added with an empty translation marked type="unfinished"; existing
translations are kept. We write the Qt Linguist TS 2.1 format by hand (stdlib XML), so neither
Qt's lupdate nor a Qt install is needed to maintain the file.
"""

from __future__ import annotations

import argparse
import ast
import importlib
import pkgutil
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "emergency_desk"
TS_FILE = ROOT / "resources" / "i18n" / "emergency_desk_en.ts"
DEFAULT_CONTEXT = "emergency_desk"
DATA_CONTEXT = "emergency_desk.data"  # strings translated at display time, not literals


@dataclass(frozen=True)
class Found:
    context: str
    source: str
    where: str  # "path:line"


@dataclass(frozen=True)
class Problem:
    where: str
    text: str


def _is_translate_call(node: ast.Call) -> tuple[str, int] | None:
    """(kind, index of the text argument) when `node` is a translation call."""
    f = node.func
    args = node.args
    two_literals = len(args) >= 2 and all(
        isinstance(a, ast.Constant) and isinstance(a.value, str) for a in args[:2])
    if isinstance(f, ast.Name) and f.id == "tr" and two_literals:
        return "translate", 1  # `tr = QCoreApplication.translate; tr("ctx", "text")`
    if isinstance(f, ast.Name) and f.id in ("t", "tr", "N_"):
        return f.id, 0
    if isinstance(f, ast.Attribute) and f.attr == "tr":
        return "self.tr", 0
    if isinstance(f, ast.Attribute) and f.attr == "translate" and len(node.args) >= 2 \
            and isinstance(node.args[0], ast.Constant) and isinstance(node.args[0].value, str):
        return "translate", 1
    return None


def _literals(arg: ast.expr) -> Iterator[str]:
    """String literals an argument can evaluate to: "x", a if c else "b", {"k": "v"}[key]."""
    if isinstance(arg, ast.Constant) and isinstance(arg.value, str):
        yield arg.value
    elif isinstance(arg, ast.IfExp):
        yield from _literals(arg.body)
        yield from _literals(arg.orelse)
    elif isinstance(arg, ast.Subscript) and isinstance(arg.value, ast.Dict):
        for v in arg.value.values:
            yield from _literals(v)


class _Visitor(ast.NodeVisitor):
    def __init__(self, rel: str) -> None:
        self.rel = rel
        self.classes: list[str] = []
        self.found: list[Found] = []
        self.problems: list[Problem] = []

    def visit_ClassDef(self, node: ast.ClassDef) -> None:
        self.classes.append(node.name)
        self.generic_visit(node)
        self.classes.pop()

    def visit_Assign(self, node: ast.Assign) -> None:
        """`PAGE_TITLE = "…"`: a page's navigation label, translated when the window shows it."""
        if any(isinstance(tg, ast.Name) and tg.id == "PAGE_TITLE" for tg in node.targets):
            for text in _literals(node.value):
                self.found.append(Found(DEFAULT_CONTEXT, text, f"{self.rel}:{node.lineno}"))
        self.generic_visit(node)

    def visit_Call(self, node: ast.Call) -> None:
        kind = _is_translate_call(node)
        if kind is not None and len(node.args) > kind[1]:
            name, idx = kind
            arg = node.args[idx]
            where = f"{self.rel}:{node.lineno}"
            if name == "self.tr" and self.classes:
                context = self.classes[-1]
            elif name == "translate":
                first = node.args[0]
                assert isinstance(first, ast.Constant)
                context = str(first.value)
            else:
                context = DEFAULT_CONTEXT
            if isinstance(arg, ast.JoinedStr):
                self.problems.append(Problem(where, "f-string passed to a translation call; "
                                             "use t(\"…{x}…\", x=...) instead"))
            for text in _literals(arg):
                if text.strip():
                    self.found.append(Found(context, text, where))
        self.generic_visit(node)


def scan_sources(package: Path = PACKAGE) -> tuple[list[Found], list[Problem]]:
    found: list[Found] = []
    problems: list[Problem] = []
    for path in sorted(package.rglob("*.py")):
        if "migrations" in path.parts:
            continue
        rel = str(path.relative_to(package.parent))
        try:
            tree = ast.parse(path.read_text(encoding="utf-8"), filename=rel)
        except SyntaxError as exc:
            problems.append(Problem(rel, f"syntax error: {exc}"))
            continue
        v = _Visitor(rel)
        v.visit(tree)
        found.extend(v.found)
        problems.extend(v.problems)
    return found, problems


def _import_everything() -> None:
    """Import every non-Qt module, so that registries (enum labels, rules, references,
    register and report specs) are complete."""
    import emergency_desk

    for mod in pkgutil.walk_packages(emergency_desk.__path__, "emergency_desk."):
        name = mod.name
        if name.startswith(("emergency_desk.ui", "emergency_desk.data.migrations")) \
                or name == "emergency_desk.__main__":
            continue
        importlib.import_module(name)


def dynamic_sources() -> list[str]:
    """Chinese strings that reach t() through variables rather than literals."""
    _import_everything()
    from emergency_desk.data.base import Base
    from emergency_desk.data.enums import _LABELS
    from emergency_desk.services.audit_log import ACTION_LABELS, FIELD_LABELS, TABLE_FIELD_LABELS
    from emergency_desk.services.checks import rules
    from emergency_desk.services.regions import references
    from emergency_desk.services.settings import PARAMS

    out: list[str] = list(_LABELS.values())
    for p in PARAMS:
        out += [p.label, p.group, p.unit, p.source]
    out += [r.title for r in rules()]
    # Measure words (个, 名, 支) have no English: "{n} {measure}{noun}" becomes "{n} {noun}".
    out += [ref.noun for ref in references._REFS]
    out += [str(getattr(m.class_, "__label__", "")) for m in Base.registry.mappers]
    out += list(ACTION_LABELS.values())
    out += list(FIELD_LABELS.values()) + list(TABLE_FIELD_LABELS.values())  # the audit log
    try:
        from emergency_desk.io.registers import REGISTERS

        for spec in REGISTERS.values():
            out.append(spec.title_zh)
            out += [c.comment for c in spec.columns]
            out += [c.name for c in spec.columns]  # the audit log's field labels too
    except ImportError:  # io/ not present in a partial checkout
        pass
    try:
        from emergency_desk.reports.registry import REPORTS

        for rep in REPORTS.values():
            out.append(rep.title_zh)
            out += list(rep.columns_zh)
    except ImportError:
        pass
    from emergency_desk.services.registry import REGISTERS

    out += [d.title_zh for r in REGISTERS for d in r.demo]
    return [s for s in dict.fromkeys(out) if s and s.strip()]


def wanted_messages() -> tuple[dict[str, list[tuple[str, str]]], list[Problem]]:
    """context → [(source, where)] for everything that must be in the catalogue."""
    found, problems = scan_sources()
    wanted: dict[str, list[tuple[str, str]]] = {}
    for f in found:
        wanted.setdefault(f.context, []).append((f.source, f.where))
    for text in dynamic_sources():
        wanted.setdefault(DATA_CONTEXT, []).append((text, ""))
    for ctx, items in wanted.items():
        wanted[ctx] = list({s: (s, w) for s, w in reversed(items)}.values())[::-1]
    return wanted, problems


def load_ts(path: Path = TS_FILE) -> dict[str, dict[str, str | None]]:
    """context → {source: translation or None (unfinished)}."""
    if not path.exists():
        return {}
    out: dict[str, dict[str, str | None]] = {}
    for ctx in ET.parse(path).getroot().iter("context"):
        name = ctx.findtext("name") or DEFAULT_CONTEXT
        msgs = out.setdefault(name, {})
        for msg in ctx.iter("message"):
            src = msg.findtext("source")
            tr_el = msg.find("translation")
            if src is None:
                continue
            finished = tr_el is not None and tr_el.get("type") not in ("unfinished",) \
                and bool(tr_el.text)
            msgs[src] = tr_el.text if finished and tr_el is not None else None
    return out


def all_translations(ts: dict[str, dict[str, str | None]]) -> dict[str, str]:
    table: dict[str, str] = {}
    for msgs in ts.values():
        for src, tr_text in msgs.items():
            if tr_text:
                table.setdefault(src, tr_text)
    return table


def write_ts(ts: dict[str, dict[str, str | None]], used: dict[str, set[str]],
             path: Path = TS_FILE) -> None:
    """Write the catalogue; messages no longer used are kept but marked vanished."""
    root = ET.Element("TS", version="2.1", language="en_US", sourcelanguage="zh_CN")
    for ctx in sorted(ts):
        c = ET.SubElement(root, "context")
        ET.SubElement(c, "name").text = ctx
        for src, tr_text in ts[ctx].items():
            if src not in used.get(ctx, set()) and not tr_text:
                continue  # gone from the source and never translated: nothing to keep
            m = ET.SubElement(c, "message")
            ET.SubElement(m, "source").text = src
            tr_el = ET.SubElement(m, "translation")
            if src not in used.get(ctx, set()):
                tr_el.set("type", "vanished")
            elif not tr_text:
                tr_el.set("type", "unfinished")
            tr_el.text = tr_text or ""
    ET.indent(root, space="    ")
    path.parent.mkdir(parents=True, exist_ok=True)
    body = ET.tostring(root, encoding="unicode")
    path.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n",
                    encoding="utf-8")


def update(path: Path = TS_FILE, *, write: bool = True) -> tuple[list[str], list[Problem]]:
    """Add missing messages to the catalogue. Returns (untranslated sources, problems)."""
    wanted, problems = wanted_messages()
    ts = load_ts(path)
    known = all_translations(ts)
    used: dict[str, set[str]] = {}
    for ctx, items in wanted.items():
        msgs = ts.setdefault(ctx, {})
        used[ctx] = {s for s, _ in items}
        for src, _ in items:
            if not msgs.get(src):
                msgs[src] = known.get(src)  # same text already translated elsewhere
    if write:
        write_ts(ts, used, path)
    missing = sorted({src for ctx, items in wanted.items() for src, _ in items
                      if not ts[ctx].get(src)})
    return missing, problems


def main(argv: Iterable[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    ap.add_argument("--check", action="store_true", help="exit 1 when anything is untranslated")
    args = ap.parse_args(list(argv) if argv is not None else None)
    sys.path.insert(0, str(ROOT))
    missing, problems = update(write=not args.check)
    for p in problems:
        print(f"{p.where}: {p.text}")
    for src in missing:
        print(f"untranslated: {src}")
    print(f"{TS_FILE.relative_to(ROOT)}: {len(missing)} untranslated, {len(problems)} problems")
    return 1 if args.check and (missing or problems) else 0


if __name__ == "__main__":
    raise SystemExit(main())
