"""Server addresses as typed, and the engine-neutral SQL spellings (no server needed)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from sqlalchemy import column, select, table
from sqlalchemy.dialects import postgresql, sqlite

from emergency_desk.data.location import resolve
from emergency_desk.data.server import ServerAddress, is_server, parse
from emergency_desk.data.sql import glob, glob_to_regex, greatest, group_concat
from emergency_desk.errors import UsageError


@pytest.mark.parametrize("text", ["postgresql://staff@10.0.0.5:5433/county",
                                  "postgresql+psycopg://staff@10.0.0.5:5433/county",
                                  "postgres://staff@10.0.0.5:5433/county"])
def test_every_spelling_names_the_same_server_with_psycopg(text: str) -> None:
    addr = parse(text)
    assert (addr.host, addr.port, addr.database, addr.user) == ("10.0.0.5", 5433, "county",
                                                                "staff")
    assert addr.url.drivername == "postgresql+psycopg"
    assert str(addr) == "postgresql://staff@10.0.0.5:5433/county"


def test_the_password_never_shows_and_the_port_defaults() -> None:
    addr = parse("postgresql://staff:s3cret@server/county")
    assert addr.port == 5432 and "s3cret" not in str(addr) and addr.where == "server:5432"
    with pytest.raises(UsageError) as info:
        parse("postgresql://staff:s3cret@server")  # no database name
    assert "s3cret" not in info.value.message


def test_a_file_stays_a_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    assert not is_server(str(tmp_path / "postgresql.sqlite3"))
    assert resolve(str(tmp_path / "a.sqlite3")) == tmp_path / "a.sqlite3"
    monkeypatch.setenv("EMERGENCY_DESK_DB", "postgresql://staff@server/county")
    assert isinstance(resolve(None), ServerAddress)


@pytest.mark.parametrize(("pattern", "yes", "no"), [
    ("1[3-9]" + "[0-9]" * 9, ["13912345678", "19900000000"], ["12912345678", "1391234567",
                                                                "139123456789", "1391234567a"]),
    ("a*b?", ["ab1", "axxxbz"], ["ab", "xab1"]),
    ("[^0-9]x", ["ax"], ["1x"]),
])
def test_glob_becomes_the_same_regular_expression(pattern: str, yes: list[str],
                                                  no: list[str]) -> None:
    rx = re.compile(glob_to_regex(pattern))
    assert all(rx.match(v) for v in yes) and not any(rx.match(v) for v in no)


def test_each_engine_gets_its_own_spelling() -> None:
    t = table("person", column("name"), column("n"))
    stmt = select(group_concat(t.c.name, "、"), greatest(t.c.n, 0)).where(
        glob(t.c.name, "1[3-9]*"))
    lite = str(stmt.compile(dialect=sqlite.dialect()))
    pg = str(stmt.compile(dialect=postgresql.dialect()))
    assert "group_concat(" in lite and "max(" in lite and "GLOB" in lite
    assert "string_agg(" in pg and "greatest(" in pg and "~ '^1[3-9].*$'" in pg
