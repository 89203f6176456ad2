"""Issue 20, deliverable 4: `import`, `export` and `check` load only what they use — no Qt, no
matplotlib, no reportlab (each costs a start-up the user waits for before a byte is read), and
no pypinyin for commands that compute no search key.
Checked in a fresh interpreter, as the command runs, by what is in sys.modules afterwards (no
timings)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from openpyxl import Workbook

HEAVY = ("PySide6", "matplotlib", "reportlab")

_SCRIPT = """
import json, sys
from emergency_desk.cli import main
codes = [main(args) for args in json.loads(sys.argv[1])]
print(json.dumps({"codes": codes, "modules": sorted(sys.modules)}))
"""


def _loaded(tmp_path: Path, *commands: list[str]) -> tuple[list[int], set[str]]:
    """The commands' exit codes, and every package they loaded (top level: `sqlalchemy`)."""
    codes, modules = _loaded_modules(tmp_path, *commands)
    return codes, {m.split(".")[0] for m in modules}


def _loaded_modules(tmp_path: Path, *commands: list[str]) -> tuple[list[int], set[str]]:
    proc = subprocess.run([sys.executable, "-c", _SCRIPT, json.dumps(list(commands))],
                          capture_output=True, text=True, encoding="utf-8", timeout=300,
                          cwd=tmp_path)
    assert proc.returncode == 0, proc.stderr
    out = json.loads(proc.stdout.strip().splitlines()[-1])
    return out["codes"], set(out["modules"])


def _roster(path: Path) -> None:
    wb = Workbook()
    ws = wb.active
    assert ws is not None
    ws.append(["黟县行政区划"])
    ws.append(["区划代码", "名称", "层级", "上级"])
    ws.append(["341023000000", "黟县", "县", None])
    ws.append(["341023100000", "碧阳镇", "乡镇", "黟县"])
    wb.save(path)


def test_import_export_and_check_load_no_gui_chart_or_pdf_library(tmp_path: Path) -> None:
    db = str(tmp_path / "county.sqlite3")
    sheet = tmp_path / "regions.xlsx"
    _roster(sheet)
    codes, modules = _loaded(
        tmp_path, ["--db", db, "import", "regions", str(sheet)],
        ["--db", db, "export", "regions", str(tmp_path / "out.xlsx")],
        ["--db", db, "check"])
    assert codes == [0, 0, 0]
    assert not modules & set(HEAVY), modules & set(HEAVY)



def test_check_export_and_report_load_no_pinyin_dictionary(tmp_path: Path) -> None:
    """pypinyin's phrase dictionary (~0.3 s, ~55 MiB) loads only when a search key is
    computed: reading commands never compute one."""
    db = str(tmp_path / "county.sqlite3")
    codes, modules = _loaded(tmp_path, ["--db", db, "check"],
                             ["--db", db, "export", "officers", str(tmp_path / "o.xlsx")],
                             ["--db", db, "report", "officers", "--out",
                              str(tmp_path / "o.pdf")])
    assert codes == [0, 0, 0]
    assert "pypinyin" not in modules


def test_opening_a_file_already_at_the_newest_revision_loads_no_alembic(tmp_path: Path) -> None:
    """Alembic (≈ 70 ms) is needed to migrate, not to learn that a file needs nothing: the
    newest revision is read from the scripts' text (data/schema_file.py)."""
    db = str(tmp_path / "county.sqlite3")
    codes, modules = _loaded(tmp_path, ["--db", db, "check"])  # creates and migrates the file
    assert codes == [0] and "alembic" in modules
    codes, modules = _loaded(tmp_path, ["--db", db, "check"],
                             ["--db", db, "export", "officers", str(tmp_path / "o.xlsx")])
    assert codes == [0, 0]
    assert "alembic" not in modules


def test_the_newest_revision_read_from_the_scripts_is_alembics() -> None:
    from alembic.script import ScriptDirectory

    from emergency_desk.data.schema_file import alembic_config, head_revision, known_revisions

    scripts = ScriptDirectory.from_config(alembic_config())
    assert head_revision() == scripts.get_current_head()
    assert known_revisions() == {s.revision for s in scripts.walk_revisions()}


def test_commands_on_an_office_file_load_no_server_dialect(tmp_path: Path) -> None:
    """SQLAlchemy's PostgreSQL dialects are for the county server; every command used to
    import them at start-up because two models' indexes named a `postgresql_where`."""
    db = str(tmp_path / "county.sqlite3")
    # Creating the file runs the migrations, which spell the server's indexes too.
    assert _loaded(tmp_path, ["--db", db, "check"])[0] == [0]
    codes, modules = _loaded_modules(tmp_path, ["--db", db, "check"],
                                     ["--db", db, "export", "officers",
                                      str(tmp_path / "o.xlsx")])
    assert codes == [0, 0]
    assert not {m for m in modules if m.startswith("sqlalchemy.dialects.postgresql")}
    assert not {m for m in modules if m.split(".")[0] == "psycopg"}
