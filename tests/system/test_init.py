"""`init`: a real office's county tree from the bundled data, its own name, and the refusals
(another county, an unknown code, a damaged data file) that write nothing."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from pypdf import PdfReader

from emergency_desk.cli import main
from emergency_desk.data.enums import RegionLevel
from emergency_desk.data.migrate import open_database
from emergency_desk.services.regions import official as region_data
from emergency_desk.services.regions.regions import RegionInput, RegionQuery, RegionService
from emergency_desk.services.settings import SettingsService


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def snapshot(path: Path) -> tuple[list[tuple[object, ...]], int, list[tuple[object, ...]]]:
    con = sqlite3.connect(path)
    try:
        regions = con.execute("SELECT id, code, name, official_name, level, parent_id, path, "
                              "is_deleted, updated_at FROM region ORDER BY id").fetchall()
        audit = con.execute("SELECT count(*) FROM audit_log").fetchone()[0]
        settings = con.execute("SELECT key, value FROM setting ORDER BY key").fetchall()
        return regions, audit, settings
    finally:
        con.close()


def levels(path: Path) -> dict[str, int]:
    db = open_database(path)
    try:
        rows = RegionService(db).list(RegionQuery())
    finally:
        db.dispose()
    out: dict[str, int] = {}
    for r in rows:
        out[r.level.value] = out.get(r.level.value, 0) + 1
    return out


def test_init_builds_the_real_yixian_tree_with_the_office_name(
        db_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, "--db", str(db_path), "init", "--county", "341023",
                         "--office", "黟县应急管理局")
    assert code == 0, err
    assert "8 个乡镇" in out and "70 个村" in out and "2023-06-30" in out
    got = levels(db_path)
    assert got["county"] == 1 and got["township"] == 8
    assert got["village"] + got["community"] == 70
    db = open_database(db_path)
    try:
        svc = RegionService(db)
        bai = svc.get(svc.lookup("柏山村").region_id or 0)
        assert (bai.code, bai.path) == ("341023100203", "黟县/碧阳镇/柏山村")
        with db.read() as s:
            from emergency_desk.data.models import Region
            row = s.get(Region, bai.id)
            assert row is not None and row.official_name == "柏山村村委会"
        assert svc.lookup("霭峰村").region_id is not None  # 靄峰村村委会 in the data
        assert svc.lookup("郭门社区").region_id is not None
        assert SettingsService(db).get("office_name") == "黟县应急管理局"
        assert SettingsService(db).get("county_name") == "黟县"
    finally:
        db.dispose()


def test_running_init_again_changes_nothing_and_keeps_hand_made_regions(
        db_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    args = ("--db", str(db_path), "init", "--county", "360222", "--office", "浮梁县应急管理局")
    assert run(capsys, *args)[0] == 0
    got = levels(db_path)
    assert got["township"] == 18 and got["village"] + got["community"] == 197
    db = open_database(db_path)
    try:  # the office's own edits: a 片区 added by hand, a village renamed, one deleted
        svc = RegionService(db)
        town = svc.lookup("浮梁镇").region_id
        assert town is not None
        svc.create(RegionInput("城东片区", RegionLevel.COMMUNITY, town))
        village = svc.children(town)[-1]
        data_in = RegionInput(village.name + "（新）", village.level, village.parent_id,
                              village.code)
        svc.update(village.id, data_in)
        svc.delete(svc.children(town)[0].id)
    finally:
        db.dispose()
    before = snapshot(db_path)
    code, out, _ = run(capsys, *args)
    assert code == 0 and "未作改动" in out
    assert snapshot(db_path) == before


def test_township_only(db_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(capsys, "--db", str(db_path), "init", "--county", "341023",
                       "--township", "341023103", "--office", "西递镇人民政府")
    assert code == 0, err
    db = open_database(db_path)
    try:
        rows = RegionService(db).list(RegionQuery())
    finally:
        db.dispose()
    assert {r.path.split("/")[1] for r in rows if "/" in r.path} == {"西递镇"}
    assert sum(r.level == RegionLevel.VILLAGE for r in rows) == 6


def test_a_database_with_another_county_is_refused_untouched(
        db_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert run(capsys, "--db", str(db_path), "init", "--county", "341023",
               "--office", "黟县应急管理局")[0] == 0
    before = snapshot(db_path)
    code, _, err = run(capsys, "--db", str(db_path), "init", "--county", "360222",
                       "--office", "浮梁县应急管理局")
    assert code == 1
    assert "黟县" in err and "没有写入" in err
    assert snapshot(db_path) == before


def test_an_unknown_county_names_the_closest_and_creates_no_file(
        db_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(capsys, "--db", str(db_path), "init", "--county", "341029",
                       "--office", "某县应急管理局")
    assert code == 1
    assert "341029" in err and "黟县（341023）" in err  # same city: 黄山市's counties
    code, _, err = run(capsys, "--db", str(db_path), "init", "--county", "浮梁",
                       "--office", "某县应急管理局")
    assert code == 1 and "浮梁县" in err
    code, _, err = run(capsys, "--db", str(db_path), "init", "--county", "341023",
                       "--township", "341023999", "--office", "x")
    assert code == 1 and "碧阳镇" in err
    assert not db_path.exists()


def test_a_damaged_data_file_exits_3_and_writes_nothing(
        db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch) -> None:
    bad = tmp_path / "regions-2023.zip"
    bad.write_bytes(region_data.DATA_FILE.read_bytes()[:100_000])
    monkeypatch.setattr(region_data, "DATA_FILE", bad)
    code, out, err = run(capsys, "--db", str(db_path), "init", "--county", "341023",
                         "--office", "黟县应急管理局")
    assert code == 3
    assert "区划数据" in err and "Traceback" not in err + out
    assert not db_path.exists()


def test_a_new_database_prints_its_own_office_never_the_demo_one(
        db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    blank = tmp_path / "blank.pdf"
    empty_db = tmp_path / "empty.sqlite3"
    assert run(capsys, "--db", str(empty_db), "report", "officers", "--out", str(blank))[0] == 0
    text = "".join(p.extract_text() for p in PdfReader(blank).pages)
    assert "填报单位" in text
    assert "黟县" not in text and "应急管理局" not in text
    assert run(capsys, "--db", str(db_path), "init", "--county", "360222",
               "--office", "浮梁县应急管理局")[0] == 0
    own = tmp_path / "own.pdf"
    assert run(capsys, "--db", str(db_path), "report", "officers", "--out", str(own))[0] == 0
    text = "".join(p.extract_text() for p in PdfReader(own).pages)
    assert "浮梁县应急管理局" in text and "黟县" not in text
