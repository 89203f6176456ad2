"""One normal form for matching names: 开发区企业代储点（徽州建材） typed in a form and
开发区企业代储点(徽州建材) read back from Excel (the importer folds full-width brackets) are the
same warehouse. Names are stored as typed; only the comparison folds full/half-width brackets
and drops spaces, in Python and in SQL alike, so the two can never disagree.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import ColumnElement, func

_FOLD = (("（", "("), ("）", ")"), ("［", "["), ("］", "]"), ("｛", "{"), ("｝", "}"),
         ("\u3000", ""), ("\u00a0", ""), (" ", ""))


def name_key(name: str) -> str:
    """The form two names are compared in."""
    for a, b in _FOLD:
        name = name.replace(a, b)
    return name


def folded(column: Any) -> Any:
    """`column` folded the same way, in SQL."""
    expr = column
    for a, b in _FOLD:
        expr = func.replace(expr, a, b)
    return expr


def same_name(column: Any, name: str) -> ColumnElement[bool]:
    """SQL: the name in `column` is `name`, up to brackets' width and spaces."""
    return folded(column) == name_key(name)


def same_path(column: Any, path: str) -> ColumnElement[bool]:
    """SQL: the region path in `column` is `path` or ends with it ('宏村镇/宏村' finds
    '黟县/宏村镇/宏村'), each part compared in the normal form."""
    key = "/".join(name_key(p.strip()) for p in path.split("/") if p.strip())
    col = folded(column)
    return (col == key) | col.endswith("/" + key)
