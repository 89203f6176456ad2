"""The county server (issue 19) as staff meet it: the same record saved on two PCs, two imports
at once, a server that is off, a wrong password, a database that is not ours, backups with
pg_dump and restores with pg_restore. Engine-dependent ones run on both engines."""

from __future__ import annotations

import dataclasses
import os
import shutil
import socket
import subprocess
import sys
import threading
from pathlib import Path

import psycopg
import pytest
from openpyxl import Workbook
from sqlalchemy import text

from emergency_desk.cli import main
from emergency_desk.data.db import Database
from emergency_desk.data.enums import RegionLevel
from emergency_desk.data.migrate import open_database
from emergency_desk.data.server import ServerAddress, parse
from emergency_desk.data.versions import RecordChanged
from emergency_desk.errors import DatabaseDamaged
from emergency_desk.services.regions.regions import RegionInput, RegionQuery, RegionService
from tests.conftest import db_arg, pg_url_or_skip

Target = Path | ServerAddress


def _elsewhere(target: Target, region_id: int, population: int) -> None:
    """Another PC saving the same record: its own connection, its own thread."""
    def run() -> None:
        other = open_database(target)
        try:
            svc = RegionService(other)
            row = svc.get(region_id)
            svc.update(region_id, RegionInput(row.name, RegionLevel(row.level),
                                              population=population))
        finally:
            other.dispose()

    worker = threading.Thread(target=run)
    worker.start()
    worker.join()


def test_saving_over_a_record_another_pc_saved_is_refused(
        any_db: Database, any_target: Target) -> None:
    svc = RegionService(any_db)
    rid = svc.create(RegionInput("黟县", RegionLevel.COUNTY, population=90000))
    row = svc.get(rid)  # what the form shows
    form = RegionInput(row.name, RegionLevel(row.level), population=row.population)
    _elsewhere(any_target, rid, 91000)
    with pytest.raises(RecordChanged, match="记录已被他人修改"):
        svc.update(rid, dataclasses.replace(form, main_hazards="山洪"))
    assert svc.get(rid).population == 91000  # the other save is kept, ours not written


def _towns_sheet(path: Path, first: int, count: int) -> None:
    wb = Workbook()
    ws = wb.active
    assert ws is not None
    ws.append(["区划代码", "名称", "层级", "上级", "灾害多发频发", "人口"])
    ws.append(["341023000000", "黟县", "县", None, "否", 92000])
    for i in range(first, first + count):
        town = f"341023{100 + i:03d}000"
        ws.append([town, f"第{i + 1}镇", "乡镇", "341023000000", "否", 1000 + i])
        for j in range(20):
            ws.append([f"341023{100 + i:03d}{200 + j:03d}", f"第{i + 1}镇第{j + 1}村", "村",
                       town, "否", 100 + j])
    wb.save(path)


def test_two_imports_at_once_both_land(any_db: Database, any_target: Target,
                                       tmp_path: Path) -> None:
    a, b = tmp_path / "a.xlsx", tmp_path / "b.xlsx"
    _towns_sheet(a, 0, 5)
    _towns_sheet(b, 5, 5)
    env = dict(os.environ, PYTHONUTF8="1")
    procs = [subprocess.Popen([sys.executable, "-m", "emergency_desk", "--db",
                               db_arg(any_target), "import", "regions", str(sheet)],
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env)
             for sheet in (a, b)]
    for proc in procs:
        _out, err = proc.communicate(timeout=300)
        assert proc.returncode == 0, err.decode("utf-8")
    # Both towns' sets, one county, nothing lost or doubled.
    assert RegionService(any_db).count(RegionQuery()) == 1 + 10 * 21
    # A form's insert after the importer's numbered rows gets a fresh id on both engines.
    svc = RegionService(any_db)
    svc.create(RegionInput("黟县经济开发区", RegionLevel.TOWNSHIP))
    assert svc.count(RegionQuery()) == 2 + 10 * 21


def _closed_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def test_an_unreachable_server_exits_3_naming_host_and_port(
        capsys: pytest.CaptureFixture[str]) -> None:
    port = _closed_port()
    code = main(["--db", f"postgresql://staff@127.0.0.1:{port}/county", "check"])
    err = capsys.readouterr().err
    assert code == 3
    assert f"127.0.0.1:{port}" in err and "PostgreSQL 服务是否已启动" in err
    assert "Traceback" not in err and "程序内部出错" not in err


def test_a_malformed_server_address_is_a_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--db", "postgresql://staff@127.0.0.1:5432", "check"]) == 2
    assert "postgresql://用户名@服务器:端口/数据库名" in capsys.readouterr().err


def test_a_wrong_password_has_its_own_message(pg_address: ServerAddress,
                                              capsys: pytest.CaptureFixture[str]) -> None:
    admin = parse(pg_url_or_skip())
    conninfo = admin.url.set(drivername="postgresql").render_as_string(hide_password=False)
    role = f"staff_{pg_address.database[-8:]}"
    with psycopg.connect(conninfo, autocommit=True) as conn:
        conn.execute(f"CREATE ROLE {role} LOGIN PASSWORD 'right-one'")
    try:
        wrong = pg_address.url.set(username=role, password="wrong-one")
        code = main(["--db", wrong.render_as_string(hide_password=False), "check"])
        err = capsys.readouterr().err
        assert code == 3
        assert "密码不对" in err and pg_address.where in err and "wrong-one" not in err
    finally:
        with psycopg.connect(conninfo, autocommit=True) as conn:
            conn.execute(f"DROP ROLE {role}")


def test_a_database_holding_other_tables_is_refused_untouched(pg_address: ServerAddress) -> None:
    conninfo = pg_address.url.set(drivername="postgresql").render_as_string(hide_password=False)
    with psycopg.connect(conninfo, autocommit=True) as conn:
        conn.execute("CREATE TABLE payroll (id integer)")
    with pytest.raises(DatabaseDamaged, match="不是应急资源台账的数据库"):
        open_database(pg_address)
    with psycopg.connect(conninfo) as conn:
        tables = {r[0] for r in conn.execute(
            "SELECT tablename FROM pg_tables WHERE schemaname = 'public'")}
    assert tables == {"payroll"}


@pytest.mark.skipif(shutil.which("pg_dump") is None or shutil.which("pg_restore") is None,
                    reason="the PostgreSQL client tools (pg_dump, pg_restore) are not on PATH")
def test_backup_with_pg_dump_and_restore_keep_the_audit_log(
        pg_address: ServerAddress, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    url = pg_address.url.render_as_string(hide_password=False)
    db = open_database(pg_address)
    try:
        RegionService(db).create(RegionInput("黟县", RegionLevel.COUNTY, population=1))
    finally:
        db.dispose()
    dump = tmp_path / "county.pgdump"
    assert main(["--db", url, "backup", str(dump)]) == 0
    assert dump.stat().st_size > 0
    db = open_database(pg_address)
    try:
        RegionService(db).create(RegionInput("碧阳镇", RegionLevel.TOWNSHIP))
    finally:
        db.dispose()
    capsys.readouterr()
    assert main(["--db", url, "restore", str(dump)]) == 0
    out = capsys.readouterr().out
    assert "恢复前的数据已另存为" in out
    db = open_database(pg_address)
    try:
        names = {r.name for r in RegionService(db).list(RegionQuery())}
        with db.read() as s:
            actions = [r[0] for r in s.execute(text("SELECT action FROM audit_log ORDER BY id"))]
    finally:
        db.dispose()
    assert names == {"黟县"}  # the township added after the backup is gone with the restore
    # ...but the log of adding it (and of the backup) survives, with a row for the restore.
    assert actions.count("insert") >= 2 and "backup" in actions and actions[-1] == "restore-db"


def test_restoring_a_file_that_is_no_dump_changes_nothing(
        pg_address: ServerAddress, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    if shutil.which("pg_restore") is None:
        pytest.skip("pg_restore is not on PATH")
    url = pg_address.url.render_as_string(hide_password=False)
    open_database(pg_address).dispose()
    bogus = tmp_path / "not-a-dump.pgdump"
    bogus.write_bytes(b"PGDMP not really")
    assert main(["--db", url, "restore", str(bogus)]) == 3
    assert "不是本程序从单位服务器备份出的文件" in capsys.readouterr().err
