"""The plan registers and reports through the command line (docs/design.md §2)."""

from __future__ import annotations

import json
from pathlib import Path

import openpyxl
import pytest

from emergency_desk.cli import main


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_demo_export_import_report_and_check(db_path: Path, tmp_path: Path,
                                             capsys: pytest.CaptureFixture[str]) -> None:
    db = str(db_path)
    assert run(capsys, "--db", db, "demo")[0] == 0
    code, out, _ = run(capsys, "--db", db, "registers")
    assert code == 0 and "plans" in out and "drills" in out and "six" in out
    for register in ("plans", "drills"):
        xlsx = tmp_path / f"{register}.xlsx"
        assert run(capsys, "--db", db, "export", register, str(xlsx))[0] == 0
        code, out, err = run(capsys, "--db", db, "import", register, str(xlsx))
        assert code == 0, err
    for report in ("plans", "drills", "six"):
        pdf = tmp_path / f"{report}.pdf"
        assert run(capsys, "--db", db, "report", report, "--out", str(pdf),
                   "--region", "碧阳镇")[0] == 0
        assert pdf.read_bytes()[:5] == b"%PDF-"
    code, out, _ = run(capsys, "--db", db, "check", "--json")
    rules = {a["rule"] for a in json.loads(out)}
    assert {"P1", "P3", "P5", "P6", "P8"} <= rules


def test_bad_drill_sheet_exits_1_with_row_and_column(db_path: Path, tmp_path: Path,
                                                     capsys: pytest.CaptureFixture[str]) -> None:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["演练名称", "关联预案", "演练日期"])
    ws.append(["演练甲", "不存在的预案", "2024-01-01"])
    path = tmp_path / "bad.xlsx"
    wb.save(path)
    code, out, err = run(capsys, "--db", str(db_path), "import", "drills", str(path))
    assert code == 1
    assert "第 2 行 [关联预案]" in out + err
