"""The few SQL expressions whose spelling differs between SQLite and PostgreSQL (issue 19).

Services build their queries with these, never with an engine's own function names, so one
query gives the same result on an office's file and on the county server:

- `group_concat(expr, sep)`: SQLite's group_concat, PostgreSQL's string_agg;
- `glob(expr, pattern)`: SQLite's GLOB (`[0-9]` classes, `*`, `?`), a POSIX regular expression
  anchored at both ends on PostgreSQL;
- `latest_date(a, b, …)`: the latest of some dates, ignoring empty ones (NULL when all are);
- `add_years(date, n)`: the date n years later, as SQLite's date(d, '+n years');
- `join_in_order(left, right, on)`: an inner join that SQLite must loop over left first
  (its CROSS JOIN … ON), a plain JOIN on PostgreSQL, whose planner needs no telling;
- `non_ascii(expr)`: the text holds a character beyond ASCII (more bytes than characters);
- `server_where(index, condition)`: a partial index's condition on the server;
- `through_index(stmt, entity, index)`: SQLite reads the entity through that index (its
  INDEXED BY); the server's planner chooses for itself.

And the server's engine is made to compare and sort as SQLite does (`install_postgresql`):

- text columns are VARCHAR/TEXT with COLLATE "C": byte order, as SQLite's BINARY, whatever
  locale the server was installed with; and unbounded: SQLite never enforced the lengths the
  models declare, so an office's file (and a township's exchange package) may hold longer text,
  and the server must accept what the file accepted, not cut it or fail;
- LIKE ignores the case of ASCII letters (SQLite's LIKE does; PostgreSQL's ILIKE);
- in ORDER BY, NULLs come first ascending and last descending (SQLite's order; PostgreSQL's
  default is the reverse), so lists, exports and reports list rows in the same order.
"""

from __future__ import annotations

import re
from typing import Any

from sqlalchemy import Date, Engine, Index, String, Text, inspect, nulls_first
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.schema import CreateIndex
from sqlalchemy.sql import operators
from sqlalchemy.sql.compiler import OPERATORS, SQLCompiler, TypeCompiler
from sqlalchemy.sql.elements import UnaryExpression
from sqlalchemy.sql.expression import Join
from sqlalchemy.sql.functions import FunctionElement


def _pg_text_type(name: str, kw: dict[str, Any]) -> str:
    # The collation belongs to the column's definition (DDL: type_expression is the column);
    # a CAST or a bind cast takes the bare type name.
    return f'{name} COLLATE "C"' if kw.get("type_expression") is not None else name


@compiles(String, "postgresql")
def _pg_string(type_: String, compiler: TypeCompiler, **kw: Any) -> str:
    return _pg_text_type("TEXT" if isinstance(type_, Text) else "VARCHAR", kw)


@compiles(Text, "postgresql")
def _pg_text(type_: Text, compiler: TypeCompiler, **kw: Any) -> str:
    return _pg_text_type("TEXT", kw)


def _sqlite_nulls(clause: Any) -> Any:
    if isinstance(clause, UnaryExpression):
        if clause.modifier in (operators.nulls_first_op, operators.nulls_last_op):
            return clause
        if clause.modifier is operators.desc_op:
            return clause.nulls_last()
        if clause.modifier is operators.asc_op:
            return clause.nulls_first()
    return nulls_first(clause)


def install_postgresql(engine: Engine) -> None:
    """Make the server's statements compare and sort as SQLite's (see the module's doc)."""
    base: Any = engine.dialect.statement_compiler

    class SQLiteLikeCompiler(base):
        def visit_like_op_binary(self, binary: Any, operator: Any, **kw: Any) -> str:
            return str(self.visit_ilike_op_binary(binary, operator, **kw))

        def visit_not_like_op_binary(self, binary: Any, operator: Any, **kw: Any) -> str:
            return str(self.visit_not_ilike_op_binary(binary, operator, **kw))

        def order_by_clause(self, select: Any, **kw: Any) -> str:
            clauses = [_sqlite_nulls(c) for c in select._order_by_clauses]
            order_by = self._generate_delimited_list(
                clauses, OPERATORS[operators.comma_op], **kw)
            return " ORDER BY " + order_by if order_by else ""

    engine.dialect.statement_compiler = SQLiteLikeCompiler


class group_concat(FunctionElement[str]):
    """group_concat(expr, separator) over a GROUP BY."""

    type = Text()
    inherit_cache = True


@compiles(group_concat)
def _group_concat_sqlite(element: group_concat, compiler: SQLCompiler, **kw: Any) -> str:
    return f"group_concat({compiler.process(element.clauses, **kw)})"


@compiles(group_concat, "postgresql")
def _group_concat_pg(element: group_concat, compiler: SQLCompiler, **kw: Any) -> str:
    expr, sep = list(element.clauses)
    return (f"string_agg(CAST({compiler.process(expr, **kw)} AS TEXT), "
            f"{compiler.process(sep, **kw)})")


class glob(FunctionElement[bool]):
    """expr GLOB pattern (case-sensitive, whole value). The pattern is a literal."""

    inherit_cache = True

    def __init__(self, expr: Any, pattern: str) -> None:
        self.pattern = pattern
        super().__init__(expr)


@compiles(glob)
def _glob_sqlite(element: glob, compiler: SQLCompiler, **kw: Any) -> str:
    (expr,) = list(element.clauses)
    return f"({compiler.process(expr, **kw)} GLOB '{_quoted(element.pattern)}')"


def glob_to_regex(pattern: str) -> str:
    """SQLite GLOB → POSIX regular expression: `*` any run, `?` one character, `[...]` a class
    (`[^...]` negated), everything else literal; anchored at both ends."""
    out, i = ["^"], 0
    while i < len(pattern):
        c = pattern[i]
        if c == "*":
            out.append(".*")
        elif c == "?":
            out.append(".")
        elif c == "[" and "]" in pattern[i + 2:] + pattern[i + 1:i + 2]:
            end = pattern.index("]", i + 2)
            body = pattern[i + 1:end]
            out.append("[" + ("^" + body[1:] if body.startswith("^") else body) + "]")
            i = end
        else:
            out.append(re.escape(c))
        i += 1
    return "".join(out) + "$"


@compiles(glob, "postgresql")
def _glob_pg(element: glob, compiler: SQLCompiler, **kw: Any) -> str:
    (expr,) = list(element.clauses)
    regex = _quoted(glob_to_regex(element.pattern)).replace("%", "%%")
    return f"({compiler.process(expr, **kw)} ~ '{regex}')"


def _quoted(text: str) -> str:
    return text.replace("'", "''")


class latest_date(FunctionElement[Any]):
    """The latest of the given dates; empty ones are ignored; NULL when all are empty."""

    type = Date()
    inherit_cache = True


@compiles(latest_date)
def _latest_sqlite(element: latest_date, compiler: SQLCompiler, **kw: Any) -> str:
    # SQLite's scalar max() is NULL as soon as one argument is: compare as text instead.
    parts = ", ".join(f"coalesce({compiler.process(c, **kw)}, '')" for c in element.clauses)
    return f"nullif(max({parts}), '')"


@compiles(latest_date, "postgresql")
def _latest_pg(element: latest_date, compiler: SQLCompiler, **kw: Any) -> str:
    return f"greatest({compiler.process(element.clauses, **kw)})"  # ignores NULLs


class add_years(FunctionElement[Any]):
    """date + n years (n an integer expression)."""

    type = Date()
    inherit_cache = True


@compiles(add_years)
def _add_years_sqlite(element: add_years, compiler: SQLCompiler, **kw: Any) -> str:
    day, years = (compiler.process(c, **kw) for c in element.clauses)
    return f"date({day}, '+' || CAST({years} AS TEXT) || ' years')"


@compiles(add_years, "postgresql")
def _add_years_pg(element: add_years, compiler: SQLCompiler, **kw: Any) -> str:
    day, years = (compiler.process(c, **kw) for c in element.clauses)
    return f"CAST({day} + make_interval(years => CAST({years} AS INTEGER)) AS DATE)"


class greatest(FunctionElement[Any]):
    """SQLite's scalar max(a, b, …): the largest argument, NULL when any argument is NULL."""

    inherit_cache = True


@compiles(greatest)
def _greatest_sqlite(element: greatest, compiler: SQLCompiler, **kw: Any) -> str:
    return f"max({compiler.process(element.clauses, **kw)})"


@compiles(greatest, "postgresql")
def _greatest_pg(element: greatest, compiler: SQLCompiler, **kw: Any) -> str:
    args = [compiler.process(c, **kw) for c in element.clauses]
    any_null = " OR ".join(f"{a} IS NULL" for a in args)
    return f"CASE WHEN {any_null} THEN NULL ELSE greatest({', '.join(args)}) END"


class join_in_order(Join):
    """`left JOIN right ON onclause` that SQLite runs with `left` as the outer loop (CROSS JOIN
    is SQLite's way to fix a join order). A page sorted by an indexed column of `left` then
    walks that index and stops after the page, instead of sorting every row first: SQLite,
    without statistics, prefers starting from the other table's `is_deleted` index."""

    __visit_name__ = "join_in_order"
    inherit_cache = True

    def __init__(self, left: Any, right: Any, onclause: Any) -> None:
        super().__init__(left, right, onclause)


@compiles(join_in_order)
def _join_in_order(element: join_in_order, compiler: SQLCompiler, **kw: Any) -> str:
    return str(compiler.visit_join(element, **kw))


@compiles(join_in_order, "sqlite")
def _join_in_order_sqlite(element: join_in_order, compiler: SQLCompiler, **kw: Any) -> str:
    joined = str(compiler.visit_join(element, **kw))
    left = str(element.left._compiler_dispatch(compiler, **{**kw, "asfrom": True}))
    # visit_join writes "<left> JOIN <right> ON …": only the operator after the left side.
    assert joined.startswith(left + " JOIN ")
    return left + " CROSS JOIN " + joined[len(left) + len(" JOIN "):]


class unindexed(FunctionElement[Any]):
    """The column, which SQLite must not look up through an index (its `+column`): SQLite,
    without statistics, takes an equality on any indexed column for a selective one, and
    walks `ix_…_is_deleted` (every live row) and the table by rowid instead of the index that
    narrows the rows (a date, a code, a region): `check` at 50,000 rows (issue 20). The
    column itself on PostgreSQL, whose planner has statistics."""

    inherit_cache = True

    def __init__(self, column: Any) -> None:
        super().__init__(column)
        self.type = column.type


@compiles(unindexed)
def _unindexed(element: unindexed, compiler: SQLCompiler, **kw: Any) -> str:
    return str(compiler.process(element.clauses, **kw))


@compiles(unindexed, "sqlite")
def _unindexed_sqlite(element: unindexed, compiler: SQLCompiler, **kw: Any) -> str:
    return "+" + str(compiler.process(element.clauses, **kw))


class non_ascii(FunctionElement[bool]):
    """True when the text holds a character beyond ASCII: its UTF-8 bytes outnumber its
    characters. A byte-length test, far cheaper per row than a GLOB character class (the
    stock search runs it on every batch). SQLite's length() stops at a NUL, so a text holding
    one also counts: a caller must treat a false "non-ASCII" as harmless."""

    inherit_cache = True


@compiles(non_ascii)
def _non_ascii_sqlite(element: non_ascii, compiler: SQLCompiler, **kw: Any) -> str:
    (expr,) = list(element.clauses)
    text = compiler.process(expr, **kw)
    return f"(length({text}) <> length(CAST({text} AS BLOB)))"


@compiles(non_ascii, "postgresql")
def _non_ascii_pg(element: non_ascii, compiler: SQLCompiler, **kw: Any) -> str:
    (expr,) = list(element.clauses)
    text = compiler.process(expr, **kw)
    return f"(length({text}) <> octet_length({text}))"


def server_where(index: Index, condition: str) -> Index:
    """The index, restricted on PostgreSQL to the rows where `condition` holds (its partial
    index's WHERE; the index's `sqlite_where` is SQLite's). Not given as `postgresql_where=`:
    SQLAlchemy checks a dialect's keyword arguments by importing that dialect, which made
    every command, on an office's file too, import the PostgreSQL dialects at start-up (≈ 40 ms
    under -X importtime, issue 20). Only the models' DDL needs it (the migrations, which build
    the server's tables, spell their own `postgresql_where`)."""
    index.info["postgresql_where"] = condition
    return index


def through_index(stmt: Any, entity: Any, index: str) -> Any:
    """`stmt` with SQLite told to read `entity` through `index` (INDEXED BY). For the partial
    indexes that hold only the rows a rule looks for (an unusable mobile, a 离任日期): SQLite,
    without statistics, costs a partial index at half its table and walks every live row
    through `ix_…_is_deleted` instead, though the index holds none or a handful (issue 20).
    Each such index is in the models and the migrations, so the name always resolves; SQLite
    refuses the statement if its WHERE does not imply the index's condition."""
    _sqlite_keeps_hints()
    return stmt.with_hint(inspect(entity).local_table, f"INDEXED BY {index}", "sqlite")


def _sqlite_from_hint(_compiler: Any, _table: Any, hint: str) -> str:
    return hint


def _sqlite_keeps_hints() -> None:
    """SQLAlchemy places a table hint after the table's name in FROM, which is where SQLite
    wants INDEXED BY, but its SQLite compiler drops every hint (get_from_hint_text returns
    None): it is told to keep them. Done at the first hint, not on import: importing the
    SQLite dialect cost every command's start-up 0.1 G instructions, `--help` included."""
    from sqlalchemy.dialects.sqlite.base import SQLiteCompiler

    SQLiteCompiler.get_from_hint_text = _sqlite_from_hint  # type: ignore[method-assign,assignment]


@compiles(CreateIndex, "postgresql")
def _create_index_pg(create: CreateIndex, compiler: Any, **kw: Any) -> str:
    ddl = str(compiler.visit_create_index(create, **kw))
    condition = create.element.info.get("postgresql_where")
    # WHERE ends PostgreSQL's CREATE INDEX (after INCLUDE, WITH and TABLESPACE).
    return f"{ddl} WHERE {condition}" if condition else ddl
