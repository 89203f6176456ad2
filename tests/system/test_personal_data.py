"""Personal data: 身份证号 masked in exports unless asked for, personal columns can be left out,
a masked number is never matched on import, and the log never holds an ID or a phone number."""

from __future__ import annotations

import logging
import logging.handlers
import re
import sqlite3
from pathlib import Path

import openpyxl
import pytest

from emergency_desk.cli import main
from emergency_desk.io import normalize as nz
from emergency_desk.io.privacy import PERSONAL_FIELDS, Privacy, export_plan
from emergency_desk.io.registers import REGISTERS

ID_RE = re.compile(r"(?<!\d)\d{17}[\dX](?!\d)")
MOBILE_RE = re.compile(r"(?<!\d)1[3-9]\d{9}(?!\d)")
PERSON_REGISTERS = ["officers", "members", "trainings"]


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def demo_db(db_path: Path, capsys: pytest.CaptureFixture[str]) -> Path:
    code, _, err = run(capsys, "--db", str(db_path), "demo")
    assert code == 0, err
    return db_path


def stored_ids(db_path: Path) -> set[str]:
    con = sqlite3.connect(db_path)
    try:
        return {r[0] for r in con.execute("SELECT id_card FROM person WHERE id_card IS NOT NULL")}
    finally:
        con.close()


def sheet(path: Path) -> tuple[list[str], list[list[object]]]:
    ws = openpyxl.load_workbook(path, read_only=True).worksheets[0]
    rows = [list(r) for r in ws.iter_rows(values_only=True)]
    return [str(h) for h in rows[0]], rows[1:]


def all_text(path: Path) -> str:
    _, rows = sheet(path)
    return "\n".join(str(v) for r in rows for v in r if v is not None)


@pytest.mark.parametrize("register", PERSON_REGISTERS)
def test_exports_mask_id_numbers_by_default(
        demo_db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], register: str) -> None:
    out = tmp_path / f"{register}.xlsx"
    code, text, err = run(capsys, "--db", str(demo_db), "export", register, str(out))
    assert code == 0, err
    assert "--full-id" in text  # the user is told how to get full numbers
    header, rows = sheet(out)
    col = header.index("身份证号")
    shown = [r[col] for r in rows if r[col]]
    assert shown, "the demo has people with 身份证号"
    assert all(re.fullmatch(r"\d{4}\*{10}[\dX]{4}", str(v)) for v in shown), shown[:3]
    assert not ID_RE.search(all_text(out))


def test_full_id_export_is_an_explicit_choice_and_imports_back_unchanged(
        demo_db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "officers.xlsx"
    code, _, err = run(capsys, "--db", str(demo_db), "export", "officers", str(out), "--full-id")
    assert code == 0, err
    header, rows = sheet(out)
    col = header.index("身份证号")
    assert {r[col] for r in rows if r[col]} <= stored_ids(demo_db)
    code, text, err = run(capsys, "--db", str(demo_db), "import", "officers", str(out))
    assert code == 0, err
    assert f"新增 0 条，更新 0 条，未变 {len(rows)} 条" in text


@pytest.mark.parametrize("register", [*PERSON_REGISTERS, "teams"])
def test_no_personal_drops_the_personal_columns(
        demo_db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], register: str) -> None:
    out = tmp_path / f"{register}.xlsx"
    code, _, err = run(capsys, "--db", str(demo_db), "export", register, str(out),
                       "--no-personal")
    assert code == 0, err
    header, rows = sheet(out)
    assert rows
    for name in ("身份证号", "手机号码", "出生日期", "备用电话", "队长电话"):
        assert name not in header
    text = all_text(out)
    assert not ID_RE.search(text) and not MOBILE_RE.search(text)


def test_a_roster_without_id_numbers_is_refused_on_import_not_added_twice(
        demo_db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "officers.xlsx"
    assert run(capsys, "--db", str(demo_db), "export", "officers", str(out),
               "--no-personal")[0] == 0
    wb = openpyxl.load_workbook(out)  # edited and saved in a spreadsheet program
    wb.worksheets[0]["A2"] = wb.worksheets[0]["A2"].value
    wb.save(out)
    ids = stored_ids(demo_db)
    code, _, err = run(capsys, "--db", str(demo_db), "import", "officers", str(out))
    assert code == 1 and "不含个人信息" in err and "Traceback" not in err
    assert stored_ids(demo_db) == ids


def test_a_masked_export_imports_back_unchanged_but_cannot_add_anyone(
        demo_db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Export (masked by default) → import round-trips (docs/design.md §3) without the full
    numbers ever leaving the program; a masked number that names nobody on record is refused."""
    out = tmp_path / "members.xlsx"
    assert run(capsys, "--db", str(demo_db), "export", "members", str(out))[0] == 0
    ids = stored_ids(demo_db)
    code, _, err = run(capsys, "--db", str(demo_db), "import", "members", str(out))
    assert code == 0, err
    assert stored_ids(demo_db) == ids
    wb = openpyxl.load_workbook(out)
    ws = wb.worksheets[0]
    header = [c.value for c in ws[1]]
    name_col, id_col = header.index("姓名") + 1, header.index("身份证号") + 1
    ws.cell(2, name_col).value = "改了名的人"  # same masked number, a name nobody has
    wb.save(out)
    code, _, err = run(capsys, "--db", str(demo_db), "import", "members", str(out))
    assert code == 1
    assert "第 2 行 [身份证号]" in err and "打码" in err and "完整身份证号" in err
    assert "*" in str(ws.cell(2, id_col).value)
    assert stored_ids(demo_db) == ids


def test_cli_options_are_exclusive(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    code, _, err = run(capsys, "export", "officers", str(tmp_path / "x.xlsx"), "--full-id",
                       "--no-personal")
    assert code == 2 and "不能与参数" in err


def test_every_id_or_phone_column_counts_as_personal() -> None:
    """A register added later with an ID or phone column is covered by --no-personal."""
    for spec in REGISTERS.values():
        for col in spec.columns:
            if col.parse in (nz.id_card, nz.mobile) or col.field == "birth_date":
                assert col.field in PERSONAL_FIELDS, (spec.name, col.name)
        plan = export_plan(spec, Privacy.NO_PERSONAL)
        assert not any(c.field in PERSONAL_FIELDS for c in plan.columns)


# -- the log -------------------------------------------------------------------------------
def _log_file() -> Path:
    for h in logging.getLogger("emergency_desk").handlers:
        if isinstance(h, logging.handlers.RotatingFileHandler):
            return Path(h.baseFilename)
    raise AssertionError("no log file handler")


def test_the_log_never_holds_an_id_number_or_a_phone(
        demo_db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch) -> None:
    full = tmp_path / "officers.xlsx"
    assert run(capsys, "--db", str(demo_db), "export", "officers", str(full), "--full-id")[0] == 0
    header, rows = sheet(full)
    person_id = str(rows[0][header.index("身份证号")])
    mobile = str(rows[0][header.index("手机号码")])
    # 1. an import with errors (the ID of a real person next to a bad cell)
    wb = openpyxl.load_workbook(full)
    ws = wb.worksheets[0]
    ws.cell(row=2, column=header.index("岗位(A岗/B岗/单岗)") + 1, value="不存在的岗位")
    ws.cell(row=3, column=header.index("身份证号") + 1, value=person_id[:-1] + "0")
    bad = tmp_path / "bad.xlsx"
    wb.save(bad)
    assert run(capsys, "--db", str(demo_db), "import", "officers", str(bad))[0] == 1
    # 2. an ordinary CLI run
    assert run(capsys, "--db", str(demo_db), "check")[0] == 0
    # 3. an unexpected error whose text (and traceback) quotes both numbers
    import emergency_desk.services.checks as checks

    def boom(*_a: object, **_k: object) -> None:
        raise RuntimeError(f"bad person {person_id} phone {mobile}")

    monkeypatch.setattr(checks, "run_checks", boom)
    code, _, err = run(capsys, "--db", str(demo_db), "check")
    assert code == 3 and "Traceback" not in err
    logging.getLogger("emergency_desk").warning("direct %s %s", person_id, mobile)
    for h in logging.getLogger("emergency_desk").handlers:
        h.flush()
    text = _log_file().read_text(encoding="utf-8")
    assert "RuntimeError" in text and "[已隐去]" in text  # the failure is logged, redacted
    assert person_id not in text and mobile not in text
    assert not ID_RE.search(text) and not MOBILE_RE.search(text)
