"""The command line contract (docs/design.md section 2): commands, output shapes and exit codes."""

from __future__ import annotations

import json
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import openpyxl
import pytest
from pypdf import PdfReader

from emergency_desk import i18n
from emergency_desk.cli import main
from emergency_desk.data.migrate import open_database
from emergency_desk.services.regions.regions import RegionQuery, RegionService


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def demo_db(db_path: Path, capsys: pytest.CaptureFixture[str]) -> Path:
    code, _, err = run(capsys, "--db", str(db_path), "demo")
    assert code == 0, err
    return db_path


def region_count(path: Path) -> int:
    db = open_database(path)
    try:
        return RegionService(db).count(RegionQuery())
    finally:
        db.dispose()


def fingerprint(path: Path) -> list[tuple[object, ...]]:
    con = sqlite3.connect(path)
    try:
        return con.execute("SELECT id, code, name, level, parent_id, is_disaster_prone, "
                           "population, main_hazards, remark, is_deleted FROM region "
                           "ORDER BY id").fetchall()
    finally:
        con.close()


def write_sheet(path: Path, rows: list[list[object]], title_rows: int = 0) -> Path:
    wb = openpyxl.Workbook()
    ws = wb.active
    assert ws is not None
    for _ in range(title_rows):
        ws.append(["黟县行政区划统计表"])
    for r in rows:
        ws.append(r)
    wb.save(path)
    return path


HEADER = ["区划代码", "名称", "层级", "上级", "灾害多发频发", "人口", "主要灾种", "备注"]


# -- demo and check ------------------------------------------------------------------------
def test_demo_fills_an_empty_database_and_refuses_to_overwrite(
        demo_db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert region_count(demo_db) > 80
    before = fingerprint(demo_db)
    code, _, err = run(capsys, "--db", str(demo_db), "demo")
    assert code == 1
    assert "--force" in err
    assert fingerprint(demo_db) == before
    code, out, _ = run(capsys, "--db", str(demo_db), "demo", "--force")
    assert code == 0
    assert "备份" in out  # the replaced data was copied first
    assert len(fingerprint(demo_db)) == len(before)


def test_database_defaults_to_the_environment_variable(
        db_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    # conftest points EMERGENCY_DESK_DB at db_path
    assert run(capsys, "demo")[0] == 0
    assert db_path.exists()
    assert region_count(db_path) > 80


def test_check_json_lists_alerts_with_the_contract_keys(
        demo_db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "--db", str(demo_db), "check", "--json")
    assert code == 0
    alerts = json.loads(out)
    assert isinstance(alerts, list) and alerts
    for a in alerts:
        assert set(a) == {"rule", "severity", "region", "subject", "message"}
        assert a["severity"] in ("red", "orange", "info")
    rules = {a["rule"] for a in alerts}
    assert {"R1", "R2", "R4"} <= rules
    r1 = next(a for a in alerts if a["rule"] == "R1")
    assert r1["region"] == "渔亭镇/桃源村"  # path below the county, "乡镇/村"


def test_check_json_is_json_dumps_byte_for_byte(
        demo_db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """`check --json` writes its text itself (json's Python encoder was slow at county
    scale): the same bytes as json.dumps(indent=2, ensure_ascii=False), on the demo's alerts
    and on text that needs escaping."""
    from emergency_desk.cli.report_commands import alert_objects, alerts_json
    from emergency_desk.data.migrate import open_database
    from emergency_desk.services.checks import Alert, Severity, run_checks

    db = open_database(demo_db)
    try:
        alerts = run_checks(db)
    finally:
        db.dispose()
    awkward = Alert("O3", Severity.ORANGE, '碧阳镇/"古筑"村\\', "王\t明\n\u2028😀",
                    "手机号码“\x01”不是 11 位手机号 </script>", "info_officer", 1)
    for some in (alerts, [awkward, *alerts[:2]], [awkward], []):
        assert alerts_json(some) == json.dumps(alert_objects(some), ensure_ascii=False,
                                               indent=2)
    code, out, _ = run(capsys, "--db", str(demo_db), "check", "--json")
    assert code == 0 and out == alerts_json(alerts) + "\n"


def test_plain_check_groups_alerts_by_severity(
        demo_db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "--db", str(demo_db), "check")
    assert code == 0
    assert out.index("【警告】") < out.index("【提示】")
    assert "渔亭镇/桃源村" in out and "R2" in out


def test_check_runs_without_the_cycle_collector_and_puts_it_back(
        demo_db: Path, capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch) -> None:
    """`check` reads and answers with the collector off (data/collector.py `no_collections`:
    its passes were a third of compiling the rules' statements at county scale) and turns
    it back on after the answer, also when the command fails; what is alive when the
    process ends is frozen at exit (`none_at_exit`), not walked again."""
    import gc

    from emergency_desk.services import checks

    seen: list[bool] = []
    real = checks.run_checks

    def spy(db: object) -> list[checks.Alert]:
        seen.append(gc.isenabled())
        return real(db)  # type: ignore[arg-type]

    from emergency_desk.data import collector

    at_exit: list[object] = []
    monkeypatch.setattr(collector, "_exit_frozen", False)
    monkeypatch.setattr(collector.atexit, "register", at_exit.append)
    monkeypatch.setattr(checks, "run_checks", spy)
    assert gc.isenabled()
    code, out, _ = run(capsys, "--db", str(demo_db), "check")
    assert code == 0 and "R2" in out
    assert seen == [False] and gc.isenabled()
    assert at_exit == [gc.freeze]  # nor over what is alive when the process ends

    def broken(db: object) -> list[checks.Alert]:
        raise RuntimeError("a rule failed")

    monkeypatch.setattr(checks, "run_checks", broken)
    code, _, err = run(capsys, "--db", str(demo_db), "check", "--json")
    assert code != 0 and "程序内部出错" in err  # reported as a defect, as before
    assert gc.isenabled()


def test_check_on_an_empty_database_says_so(
        db_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "--db", str(db_path), "check", "--json")
    assert code == 0 and json.loads(out) == []
    code, out, _ = run(capsys, "--db", str(db_path), "check")
    assert code == 0 and "没有发现问题" in out


# -- import ----------------------------------------------------------------------------------
def test_import_of_a_messy_file_then_the_same_file_changes_nothing(
        demo_db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    messy = write_sheet(tmp_path / "新增村.xlsx", [
        ["区划 代码", "名 称", "层级", "上级", "灾害多发频发", "人口", "主要灾种", "备注"],
        ["３４１０２３１０３２１０", " 新建村 ", "村", "西递镇", "是", "１２００", "山洪", None],
        [None, None, None, None, None, None, None, None],
        [341023103211, "新安村", "村", "341023103000", "否", 860, None, "2024年新设"],
    ], title_rows=2)
    before = region_count(demo_db)
    code, out, err = run(capsys, "--db", str(demo_db), "import", "regions", str(messy))
    assert code == 0, err
    assert "新增 2 条" in out
    assert region_count(demo_db) == before + 2
    snapshot = fingerprint(demo_db)
    code, out, _ = run(capsys, "--db", str(demo_db), "import", "regions", str(messy))
    assert code == 0
    assert "新增 0 条" in out and "更新 0 条" in out
    assert fingerprint(demo_db) == snapshot


def test_bad_file_is_rejected_row_by_row_and_nothing_is_written(
        demo_db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    bad = write_sheet(tmp_path / "bad.xlsx", [
        HEADER,
        ["341023103220", "好村", "村", "西递镇", "否", 100, None, None],
        ["341023103221", "", "村", "西递镇", "否", 100, None, None],
        ["341023103222", "坏村", "村", "西地镇", "否", 100, None, None],
    ])
    before = fingerprint(demo_db)
    code, _, err = run(capsys, "--db", str(demo_db), "import", "regions", str(bad))
    assert code == 1
    assert "第 3 行 [名称]" in err
    assert "第 4 行 [上级]" in err
    assert "西递镇" in err  # the closest known name is suggested
    assert "数据库未改动" in err
    assert fingerprint(demo_db) == before


def test_dry_run_validates_but_writes_nothing(
        demo_db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    good = write_sheet(tmp_path / "good.xlsx", [
        HEADER, ["341023103230", "试点村", "村", "西递镇", "否", 300, None, None]])
    before = fingerprint(demo_db)
    code, out, _ = run(capsys, "--db", str(demo_db), "import", "regions", str(good),
                       "--dry-run")
    assert code == 0
    assert "未写入" in out
    assert fingerprint(demo_db) == before


def test_missing_import_file_is_an_environment_problem(
        demo_db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(capsys, "--db", str(demo_db), "import", "regions",
                       str(tmp_path / "没有这个文件.xlsx"))
    assert code == 3
    assert "没有这个文件.xlsx" in err
    assert "Traceback" not in err


def test_export_then_import_round_trips(
        demo_db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out_file = tmp_path / "regions.xlsx"
    code, out, _ = run(capsys, "--db", str(demo_db), "export", "regions", str(out_file))
    assert code == 0 and out_file.exists()
    ws = openpyxl.load_workbook(out_file, read_only=True).worksheets[0]
    rows = list(ws.iter_rows(values_only=True))
    assert [c for c in rows[0] if c][:8] == HEADER
    assert len(rows) - 1 == region_count(demo_db)
    # into an empty database: the same tree comes back
    fresh = tmp_path / "fresh.sqlite3"
    code, out, err = run(capsys, "--db", str(fresh), "import", "regions", str(out_file))
    assert code == 0, err
    assert f"新增 {region_count(demo_db)} 条" in out
    assert region_count(fresh) == region_count(demo_db)
    # and into the original one: nothing changes
    before = fingerprint(demo_db)
    code, _, _ = run(capsys, "--db", str(demo_db), "import", "regions", str(out_file))
    assert code == 0 and fingerprint(demo_db) == before


def test_template_has_the_contract_header(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out_file = tmp_path / "模板.xlsx"
    code, _, _ = run(capsys, "template", "regions", str(out_file))
    assert code == 0
    ws = openpyxl.load_workbook(out_file).worksheets[0]
    for row in ws.iter_rows(min_row=1, max_row=10, values_only=True):
        cells = [str(c).strip("* ") for c in row if c]
        if "区划代码" in cells:
            assert cells[:8] == HEADER
            break
    else:
        pytest.fail("no header row in the template")


# -- reports ---------------------------------------------------------------------------------
def test_report_writes_a_pdf_with_the_county_data(
        demo_db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    pdf = tmp_path / "区划.pdf"
    code, _, err = run(capsys, "--db", str(demo_db), "report", "regions", "--out", str(pdf),
                       "--region", "宏村镇")
    assert code == 0, err
    text = "".join(p.extract_text() for p in PdfReader(pdf).pages)
    assert "塔川村" in text
    assert "柏山村" not in text  # another township


def test_report_for_an_unknown_region_is_rejected(
        demo_db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    pdf = tmp_path / "x.pdf"
    code, _, err = run(capsys, "--db", str(demo_db), "report", "regions", "--out", str(pdf),
                       "--region", "宏村真")
    assert code == 1
    assert "宏村真" in err
    assert not pdf.exists()


# -- usage errors ----------------------------------------------------------------------------
@pytest.mark.parametrize("argv", [
    ["frobnicate"],
    ["import", "regions"],
    ["report", "regions"],
    ["--lang", "fr", "check"],
    ["import", "nonsense", "x.xlsx"],
    ["export", "nonsense", "x.xlsx"],
    ["template", "nonsense", "x.xlsx"],
    ["report", "nonsense", "--out", "x.pdf"],
])
def test_usage_errors_exit_2_without_touching_the_database(
        argv: list[str], db_path: Path, tmp_path: Path,
        capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(capsys, *argv)
    assert code == 2
    assert err.strip()
    assert "Traceback" not in err
    assert not db_path.exists()
    assert not (tmp_path / "x.xlsx").exists()


def test_usage_errors_are_in_chinese_by_default(capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(capsys, "report", "regions")
    assert code == 2
    assert "缺少参数" in err


def test_unknown_register_names_the_known_ones(capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(capsys, "export", "nonsense", "x.xlsx")
    assert code == 2
    assert "regions" in err


def test_registers_lists_register_and_report_columns(
        capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "registers")
    assert code == 0
    assert "regions" in out and "alerts" in out
    assert "区划代码" in out and "灾害多发频发" in out


# -- language --------------------------------------------------------------------------------
def test_lang_en_gives_english_messages(
        demo_db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    bad = write_sheet(tmp_path / "bad.xlsx", [
        HEADER, ["341023103221", "", "村", "西递镇", "否", 100, None, None]])
    code, _, err = run(capsys, "--lang", "en", "--db", str(demo_db), "import", "regions",
                       str(bad))
    assert code == 1
    assert "row 2 [名称]" in err  # the column is the sheet's own header text
    assert "第" not in err.replace("[名称]", "")
    code, out, _ = run(capsys, "--lang", "en", "--db", str(demo_db), "check")
    assert code == 0
    assert "Warning" in out or "warning" in out
    code, _, err = run(capsys, "--lang", "en", "report", "regions")
    assert code == 2 and "required" in err
    i18n.set_language("zh_CN")


# -- environment problems --------------------------------------------------------------------
def test_database_newer_than_the_program_is_refused(
        demo_db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    newer = tmp_path / "newer.sqlite3"
    shutil.copy(demo_db, newer)
    con = sqlite3.connect(newer)
    con.execute("UPDATE alembic_version SET version_num = 'ffff'")
    con.commit()
    con.close()
    snapshot = newer.read_bytes()
    code, _, err = run(capsys, "--db", str(newer), "check")
    assert code == 3
    assert "更新版本" in err
    assert "Traceback" not in err
    assert newer.read_bytes() == snapshot


def test_a_file_that_is_not_a_database_is_refused(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    junk = tmp_path / "notes.sqlite3"
    junk.write_text("这不是数据库" * 200, encoding="utf-8")
    code, _, err = run(capsys, "--db", str(junk), "check")
    assert code == 3
    assert "Traceback" not in err
    assert junk.read_text(encoding="utf-8") == "这不是数据库" * 200


def test_unexpected_errors_are_logged_not_shown_as_tracebacks(
        db_path: Path, capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch) -> None:
    import emergency_desk.services.checks as checks

    def boom(*_a: object, **_k: object) -> None:
        raise RuntimeError("bug")

    monkeypatch.setattr(checks, "run_checks", boom)
    code, _, err = run(capsys, "--db", str(db_path), "check")
    assert code == 3
    assert "Traceback" not in err
    assert "日志" in err


# -- backup and restore ----------------------------------------------------------------------
def test_backup_then_restore_brings_the_data_back(
        demo_db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    copy = tmp_path / "copy.sqlite3"
    assert run(capsys, "--db", str(demo_db), "backup", str(copy))[0] == 0
    before = fingerprint(demo_db)
    db = open_database(demo_db)
    svc = RegionService(db)
    # A change (not a delete: 柏山村 has plans and drills in the demo that refer to it).
    svc.set_disaster_prone([svc.lookup("柏山村").region_id or 0], True)
    db.dispose()
    assert fingerprint(demo_db) != before
    code, out, _ = run(capsys, "--db", str(demo_db), "restore", str(copy))
    assert code == 0
    assert "before-restore" in out  # where the data we replaced went
    assert fingerprint(demo_db) == before


def test_restore_refuses_a_file_that_is_not_a_backup(
        demo_db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    junk = tmp_path / "junk.sqlite3"
    junk.write_bytes(b"\0garbage" * 100)
    before = fingerprint(demo_db)
    code, _, err = run(capsys, "--db", str(demo_db), "restore", str(junk))
    assert code == 3
    assert fingerprint(demo_db) == before
    code, _, err = run(capsys, "--db", str(demo_db), "restore", str(tmp_path / "none.sqlite3"))
    assert code == 3
    assert "none.sqlite3" in err


def test_writing_commands_take_the_daily_backup(
        demo_db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from emergency_desk.data.backup import list_backups

    for b in list_backups(demo_db):  # as if the demo had been built yesterday
        b.path.unlink()
    good = write_sheet(tmp_path / "good.xlsx", [
        HEADER, ["341023103230", "试点村", "村", "西递镇", "否", 300, None, None]])
    assert run(capsys, "--db", str(demo_db), "check")[0] == 0
    assert list_backups(demo_db) == []  # reading takes no backup
    assert run(capsys, "--db", str(demo_db), "import", "regions", str(good), "--dry-run")[0] == 0
    assert list_backups(demo_db) == []
    assert run(capsys, "--db", str(demo_db), "import", "regions", str(good))[0] == 0
    daily = [b for b in list_backups(demo_db) if b.reason == "daily"]
    assert len(daily) == 1
    assert region_count(daily[0].path) == region_count(demo_db) - 1  # taken before the import


# -- as a program ----------------------------------------------------------------------------
def test_python_m_runs_the_cli(tmp_path: Path) -> None:
    proc = subprocess.run(
        [sys.executable, "-m", "emergency_desk", "--db", str(tmp_path / "p.sqlite3"),
         "check", "--json"], capture_output=True, text=True, encoding="utf-8", timeout=120)
    assert proc.returncode == 0, proc.stderr
    assert json.loads(proc.stdout) == []
    proc = subprocess.run([sys.executable, "-m", "emergency_desk", "bogus"],
                          capture_output=True, text=True, encoding="utf-8", timeout=120)
    assert proc.returncode == 2


# -- the window ------------------------------------------------------------------------------
def test_no_command_opens_the_window_with_the_chosen_database_and_language(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    import types

    calls: list[tuple[object, ...]] = []
    fake = types.ModuleType("emergency_desk.ui.app")

    def run_gui(db_path: Path, lang: str, *_a: object, **_k: object) -> int:
        calls.append((db_path, lang))
        return 0

    fake.run_gui = run_gui  # type: ignore[attr-defined]
    fake.while_painting = lambda fn: fn()  # type: ignore[attr-defined]  # (no window to keep)
    monkeypatch.setitem(sys.modules, "emergency_desk.ui.app", fake)
    target = tmp_path / "gui.sqlite3"
    assert run(capsys, "--db", str(target), "--lang", "en")[0] == 0
    assert run(capsys, "--db", str(target), "gui")[0] == 0
    assert calls == [(target, "en"), (target, "zh_CN")]


def test_commands_other_than_gui_never_import_qt() -> None:
    code = ("import sys; from emergency_desk.cli import main; "
            "main(['registers']); main(['check', '--json']); "
            "sys.exit(1 if any(m.startswith('PySide6') for m in sys.modules) else 0)")
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          encoding="utf-8", timeout=120)
    assert proc.returncode == 0, proc.stderr
