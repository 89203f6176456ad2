"""Is a file's structure the one its schema version should have? Checked before a restore.

A backup is trusted only after three checks: its tables, columns and indexes are exactly what
the program's migrations create for the file's version (a stub holding only the version row, or
a file with a planted trigger or view, is refused), `PRAGMA integrity_check` says ok, and
`PRAGMA foreign_key_check` finds no dangling reference. The expected structure is built by
running the real migrations up to that version into a temporary file, once per version and
process, so it can never drift from what the program creates.
"""

from __future__ import annotations

import functools
import shutil
import sqlite3
import tempfile
from dataclasses import dataclass
from pathlib import Path

from emergency_desk.data.sqlite_paths import readonly_uri


@dataclass(frozen=True)
class Shape:
    columns: dict[str, tuple[str, ...]]  # table → column names in order
    indexes: frozenset[tuple[str, str]]  # (index name, table)
    others: frozenset[tuple[str, str]]  # (type, name) of triggers and views


def shape_of(con: sqlite3.Connection) -> Shape:
    columns: dict[str, tuple[str, ...]] = {}
    indexes: set[tuple[str, str]] = set()
    others: set[tuple[str, str]] = set()
    for kind, name, table in con.execute("SELECT type, name, tbl_name FROM sqlite_master"):
        if kind == "table" and not name.startswith("sqlite_"):
            cols = con.execute(f'PRAGMA table_info("{name}")').fetchall()
            columns[name] = tuple(c[1] for c in cols)
        elif kind == "index":
            indexes.add((name, table))
        elif kind in ("trigger", "view"):
            others.add((kind, name))
    return Shape(columns, frozenset(indexes), frozenset(others))


@functools.cache
def expected_shape(revision: str) -> Shape:
    """The structure the program's migrations create for `revision`."""
    from alembic import command

    from emergency_desk.data.db import APPLICATION_ID, make_engine
    from emergency_desk.data.schema_file import alembic_config

    folder = Path(tempfile.mkdtemp(prefix="emergency-desk-shape-"))
    try:
        engine = make_engine(folder / "shape.sqlite3")
        try:
            with engine.begin() as conn:
                conn.exec_driver_sql(f"PRAGMA application_id={APPLICATION_ID}")
                cfg = alembic_config()
                cfg.attributes["connection"] = conn
                command.upgrade(cfg, revision)
        finally:
            engine.dispose()
        con = sqlite3.connect(folder / "shape.sqlite3")
        try:
            return shape_of(con)
        finally:
            con.close()
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def problems(path: Path, revision: str) -> list[str]:
    """What is wrong with the structure or content of `path` (empty when it can be restored).
    Texts are short technical notes for the message and the log."""
    con = sqlite3.connect(readonly_uri(path), uri=True)
    try:
        got = shape_of(con)
        want = expected_shape(revision)
        out: list[str] = []
        missing = sorted(want.columns.keys() - got.columns.keys())
        extra = sorted(got.columns.keys() - want.columns.keys())
        if missing:
            out.append("缺少表 " + "、".join(missing[:5]) + ("…" if len(missing) > 5 else ""))
        if extra:
            out.append("多出表 " + "、".join(extra[:5]))
        for table in sorted(want.columns.keys() & got.columns.keys()):
            if set(want.columns[table]) != set(got.columns[table]):
                out.append(f"表 {table} 的列不同")
        if want.indexes - got.indexes:
            out.append("缺少索引 " + "、".join(sorted(n for n, _ in want.indexes - got.indexes)))
        if got.indexes - want.indexes:
            out.append("多出索引 " + "、".join(sorted(n for n, _ in got.indexes - want.indexes)))
        for kind, name in sorted(got.others - want.others):
            out.append(("触发器 " if kind == "trigger" else "视图 ") + name)
        if out:
            return out
        check = [r[0] for r in con.execute("PRAGMA integrity_check(20)")]
        if check != ["ok"]:
            return ["完整性检查：" + "；".join(check[:3])]
        dangling = con.execute("PRAGMA foreign_key_check").fetchmany(3)
        if dangling:
            return ["外键引用了不存在的记录：" + "；".join(f"{r[0]} 第 {r[1]} 行 → {r[2]}"
                                               for r in dangling)]
        return []
    finally:
        con.close()
