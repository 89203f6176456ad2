"""Prove that a frozen EmergencyDesk folder works, the way an office will use it.

    python installer/smoke_test.py build/dist/EmergencyDesk      # exit 0 = the build works

Runs the frozen `emergency-desk` executable (never the source tree) in a temporary folder whose
path has Chinese characters and spaces, as many Windows user folders do:
  1. every file the program reads at run time is in the bundle (compared with the source tree
     when it is beside this script): fonts, translation catalogue, Alembic migrations, the PDF
     Latin font, matplotlib's data, Qt's platform plugins;
  2. `registers`, in Chinese and English (`--lang en`: the catalogue is bundled and read);
  3. `template regions`, fill two rows, `import regions` twice (creates the database; the second
     import changes nothing), `demo --force`, `check --json`, `export regions`;
  4. `report regions` and `report alerts`: PDFs whose text is Chinese and whose fonts are
     embedded subsets of the bundled font;
  5. `backup` and `restore`;
  6. the window, offscreen, in Chinese and in English: every page is built, the navigation is
     printed, and the program quits by itself (EMERGENCY_DESK_SMOKE_QUIT_MS, ui/smoke.py) with
     exit code 0 only if nothing was logged as an error;
  7. portable mode: with `portable.txt` beside the executable the data goes to `data/` there
     (the flag and the folder are removed again afterwards).
Needs openpyxl and pypdf in the Python that runs this script (the `dev` extra has both).
Exit code 0 when everything passed, 1 with the failing step's output otherwise.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SOURCE_PKG = ROOT / "emergency_desk"
SOURCE_RESOURCES = ROOT / "resources"
EXE_SUFFIX = ".exe" if sys.platform == "win32" else ""
STEP_TIMEOUT = 180  # seconds; the first start of a frozen Qt program can be slow on a cold disk
_CJK = re.compile(r"[\u4e00-\u9fff]")


class SmokeFailure(Exception):
    pass


def check(condition: object, message: str) -> None:
    if not condition:
        raise SmokeFailure(message)


# -- 1. the bundle -------------------------------------------------------------------------
def runtime_files(pkg: Path, resources: Path) -> list[Path]:
    """Files the package reads from disk at run time, relative to the bundled package folder:
    the top-level resources/ folder goes to `resources/` there (paths.resource), Alembic's
    scripts to `data/migrations/`."""
    out = []
    for base, dest in ((resources, Path("resources")),
                       (pkg / "data" / "migrations", Path("data/migrations"))):
        for f in sorted(base.rglob("*")):
            if f.is_file() and "__pycache__" not in f.parts and f.suffix != ".pyc":
                out.append(dest / f.relative_to(base))
    return out


def check_bundle(folder: Path) -> None:
    internal = folder / "_internal"
    check(internal.is_dir(), f"{internal} is missing: not a PyInstaller 6 one-folder build")
    for name in ("emergency-desk", "EmergencyDesk"):
        exe = folder / (name + EXE_SUFFIX)
        check(exe.is_file(), f"executable {exe} is missing")
    bundled = internal / "emergency_desk"
    expected = runtime_files(SOURCE_PKG, SOURCE_RESOURCES) if SOURCE_PKG.is_dir() else [
        Path("resources/fonts/DroidSansFallbackFull.ttf"),
        Path("resources/i18n/emergency_desk_en.ts"),
        Path("data/migrations/env.py"),
    ]
    missing = [str(p) for p in expected if not (bundled / p).is_file()]
    check(not missing, "not bundled: " + ", ".join(missing))
    versions = list((bundled / "data" / "migrations" / "versions").glob("*.py"))
    check(versions, "no Alembic migration scripts bundled")
    others = {
        "compiled translations": ["emergency_desk/resources/i18n/emergency_desk_en.qm"],
        "reportlab Latin font": ["reportlab/fonts/Vera.ttf"],
        "matplotlib data": ["matplotlib/mpl-data/matplotlibrc"],
        "Qt offscreen platform plugin": ["PySide6/Qt/plugins/platforms/libqoffscreen.so",
                                         "PySide6/plugins/platforms/qoffscreen.dll"],
        "Qt platform plugin for a real screen": ["PySide6/Qt/plugins/platforms/libqxcb.so",
                                                 "PySide6/plugins/platforms/qwindows.dll",
                                                 "PySide6/Qt/plugins/platforms/libqcocoa.dylib"],
    }
    for what, candidates in others.items():
        check(any((internal / c).is_file() for c in candidates),
              f"{what} not bundled (looked for {', '.join(candidates)})")
    print(f"  {len(expected)} package files, {len(versions)} migrations, fonts, Qt plugins")


# -- running the frozen program ------------------------------------------------------------
class Frozen:
    def __init__(self, folder: Path, work: Path) -> None:
        self.exe = folder / ("emergency-desk" + EXE_SUFFIX)
        self.work = work
        self.db = work / "数据 文件夹" / "应急 台账.sqlite3"
        home = work / "home"
        self.env = dict(os.environ)
        self.env.update({
            "EMERGENCY_DESK_DB": str(self.db),
            "QT_QPA_PLATFORM": "offscreen",
            # Keep logs, window settings and caches out of the builder's own folders (Linux).
            "XDG_DATA_HOME": str(home / "data"), "XDG_CONFIG_HOME": str(home / "config"),
            "XDG_STATE_HOME": str(home / "state"), "XDG_CACHE_HOME": str(home / "cache"),
        })
        self.env.pop("EMERGENCY_DESK_SMOKE_QUIT_MS", None)

    def run(self, *args: str, expect: int = 0, env: dict[str, str] | None = None,
            unset: tuple[str, ...] = ()) -> str:
        cmd = [str(self.exe), *args]
        full_env = {k: v for k, v in {**self.env, **(env or {})}.items() if k not in unset}
        start = time.monotonic()
        try:
            proc = subprocess.run(cmd, cwd=self.work, env=full_env,
                                  capture_output=True, timeout=STEP_TIMEOUT)
        except subprocess.TimeoutExpired as exc:
            raise SmokeFailure(f"`{' '.join(args)}` did not finish in {STEP_TIMEOUT} s") from exc
        out = proc.stdout.decode("utf-8", "replace")
        err = proc.stderr.decode("utf-8", "replace")
        shown = " ".join(args) or "(window)"
        print(f"  $ emergency-desk {shown}  -> {proc.returncode} "
              f"({time.monotonic() - start:.1f} s)")
        if proc.returncode != expect or "Traceback" in err:
            raise SmokeFailure(f"`emergency-desk {shown}` exited {proc.returncode} "
                               f"(expected {expect})\n--- stdout\n{out}\n--- stderr\n{err}")
        return out


# -- 3. Excel ------------------------------------------------------------------------------
def fill_region_template(path: Path) -> None:
    """Two rows under the template's header: a county and one of its townships."""
    import openpyxl

    wb = openpyxl.load_workbook(path)
    ws = wb.worksheets[0]
    header = [c.value for c in ws[1]]
    check(header[:4] == ["区划代码", "名称", "层级", "上级"], f"template header is {header}")
    rows = [
        {"区划代码": "341023000000", "名称": "黟县", "层级": "县", "人口": 90000},
        {"区划代码": "341023100000", "名称": "碧阳镇", "层级": "乡镇", "上级": "黟县",
         "灾害多发频发": "是", "主要灾种": "山洪、地质灾害"},
    ]
    for r, row in enumerate(rows, start=2):
        for c, name in enumerate(header, start=1):
            if name in row:
                ws.cell(row=r, column=c, value=row[name])
    wb.save(path)


# -- 4. PDF --------------------------------------------------------------------------------
def check_pdf(path: Path, must_contain: str) -> None:
    import pypdf

    check(path.is_file() and path.read_bytes().startswith(b"%PDF"), f"{path} is not a PDF")
    reader = pypdf.PdfReader(path)
    text = "".join(p.extract_text() or "" for p in reader.pages)
    check(must_contain in text, f"{path.name}: text does not contain {must_contain!r}")
    fonts = {}
    for page in reader.pages:
        for ref in page["/Resources"].get_object().get("/Font", {}).values():
            font = ref.get_object()
            fonts[str(font["/BaseFont"])] = font
    cjk = [f for name, f in fonts.items() if "DroidSansFallback" in name]
    check(cjk, f"{path.name}: the bundled CJK font is not used (fonts: {sorted(fonts)})")
    for font in fonts.values():
        desc = font["/FontDescriptor"].get_object()
        check("/FontFile2" in desc, f"{path.name}: {font['/BaseFont']} is not embedded")
    print(f"  {path.name}: {len(reader.pages)} pages, Chinese text, fonts {sorted(fonts)}")


# -- the steps -----------------------------------------------------------------------------
def smoke(folder: Path, work: Path, window_ms: int) -> None:
    print("1. bundle contents")
    check_bundle(folder)
    app = Frozen(folder, work)
    out_dir = work / "导出 文件"
    out_dir.mkdir()

    print("2. command line, Chinese and English")
    out = app.run("registers")
    check("regions" in out and "行政区划" in out, "`registers` does not list regions")
    out = app.run("--lang", "en", "registers")
    check("Regions" in out or "regions" in out, "`--lang en registers` printed nothing useful")
    check(not _CJK.search(out.splitlines()[0]), f"`--lang en` is not English: {out[:200]}")

    print("3. template, import, demo, checks, export")
    template = out_dir / "行政区划 导入模板.xlsx"
    app.run("template", "regions", str(template))
    fill_region_template(template)
    out = app.run("import", "regions", str(template))
    check(app.db.is_file(), f"the database {app.db} was not created")
    app.run("import", "regions", str(template))  # the same file again: nothing changes
    app.run("demo", "--force")
    alerts = json.loads(app.run("check", "--json"))
    check(isinstance(alerts, list) and alerts, "`check --json` listed no alerts on the demo")
    exported = out_dir / "行政区划 导出.xlsx"
    app.run("export", "regions", str(exported))
    check(exported.is_file(), "export wrote no file")

    print("4. PDF reports")
    pdf = out_dir / "行政区划 花名册.pdf"
    app.run("report", "regions", "--out", str(pdf))
    check_pdf(pdf, "黟县")
    pdf = out_dir / "预警 清单.pdf"
    app.run("report", "alerts", "--out", str(pdf), "--region", "碧阳镇")
    check_pdf(pdf, "碧阳镇")

    print("5. backup and restore")
    copy = work / "备份 文件夹" / "台账 备份.sqlite3"
    copy.parent.mkdir()
    app.run("backup", str(copy))
    check(copy.is_file(), "backup wrote no file")
    app.run("restore", str(copy))

    print("6. the window, offscreen")
    smoke_env = {"EMERGENCY_DESK_SMOKE_QUIT_MS": str(window_ms)}
    out = app.run(env=smoke_env)
    check("smoke:" in out and "工作台" in out, f"the window did not show its pages: {out}")
    print("  " + out.strip().splitlines()[-1])
    out = app.run("--lang", "en", env=smoke_env)
    line = next((s for s in out.splitlines() if s.startswith("smoke:")), "")
    check(line and not _CJK.search(line.split("|", 1)[1]),
          f"the English window shows Chinese navigation: {line}")
    print("  " + line)

    print("7. portable mode (portable.txt beside the program)")
    check_portable(folder, app)


def check_portable(folder: Path, app: Frozen) -> None:
    """With the flag file, the database is created in <program folder>/data (paths.py)."""
    flag, data = folder / "portable.txt", folder / "data"
    if flag.exists() or data.exists():
        print(f"  skipped: {flag} or {data} already exists in this build")
        return
    try:
        flag.write_text("", encoding="utf-8")
        app.run("demo", unset=("EMERGENCY_DESK_DB",))
        db = data / "emergency_desk.sqlite3"
        check(db.is_file(), f"portable mode did not put the database in {data}")
        check((data / "logs" / "emergency_desk.log").is_file(), "portable mode logs elsewhere")
        print(f"  database and logs in {data}")
    finally:
        flag.unlink(missing_ok=True)
        shutil.rmtree(data, ignore_errors=True)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("folder", type=Path, help="the one-folder build (contains emergency-desk)")
    ap.add_argument("--window-ms", type=int, default=4000,
                    help="how long the window stays open (default 4000)")
    ap.add_argument("--keep", action="store_true", help="keep the temporary folder")
    args = ap.parse_args(argv)
    start = time.monotonic()
    work = Path(tempfile.mkdtemp(prefix="ed-smoke-")) / "应急 台账 测试"
    work.mkdir()
    try:
        smoke(args.folder.resolve(), work, args.window_ms)
    except SmokeFailure as exc:
        print(f"\nSMOKE TEST FAILED: {exc}", file=sys.stderr)
        return 1
    finally:
        if args.keep:
            print(f"kept {work}")
        else:
            shutil.rmtree(work.parent, ignore_errors=True)
    print(f"smoke test passed in {time.monotonic() - start:.0f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
