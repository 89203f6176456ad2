"""The installer sources agree with the program: version, Inno Setup messages, portable flag.

The frozen build itself is proved by installer/smoke_test.py in .ci/run's last step."""

from __future__ import annotations

import re
from pathlib import Path

from emergency_desk import __version__, paths

INSTALLER = Path(__file__).resolve().parents[2] / "installer"


def read(name: str) -> str:
    return (INSTALLER / name).read_text(encoding="utf-8-sig")


def test_windows_version_resource_matches_the_program_version() -> None:
    text = read("version_info.txt")
    numbers = (*(int(n) for n in __version__.split(".")), 0, 0, 0)
    as_tuple = "(" + ", ".join(str(n) for n in numbers[:4]) + ")"
    assert f"filevers={as_tuple}" in text and f"prodvers={as_tuple}" in text
    assert f"u'FileVersion', u'{__version__}'" in text
    assert f"u'ProductVersion', u'{__version__}'" in text
    assert "u'OriginalFilename', u'EmergencyDesk.exe'" in text


def test_inno_setup_script_installs_per_user_with_a_fixed_app_id() -> None:
    iss = read("emergency_desk.iss")
    assert re.search(r"^AppId=\{\{[0-9A-F]{8}(-[0-9A-F]{4}){3}-[0-9A-F]{12}\}$", iss, re.M)
    assert re.search(r"^PrivilegesRequired=lowest$", iss, re.M)
    assert re.search(r"^PrivilegesRequiredOverridesAllowed=.*dialog", iss, re.M)
    assert f'#define AppVersion "{__version__}"' in iss
    assert r"{autodesktop}" in iss and r"{group}" in iss
    # The data folder the uninstaller offers to delete is the one the program uses.
    assert paths.APP_NAME == "EmergencyDesk" and r"{localappdata}\EmergencyDesk" in iss


def _custom_messages(text: str) -> dict[str, set[str]]:
    """language → names defined in [CustomMessages] (`lang.Name=` or, in an .isl, `Name=`)."""
    out: dict[str, set[str]] = {}
    section = ""
    for line in text.splitlines():
        if line.startswith("["):
            section = line.strip()
            continue
        m = re.match(r"^(?:(\w+)\.)?(\w+)=", line)
        if section == "[CustomMessages]" and m:
            out.setdefault(m[1] or "", set()).add(m[2])
    return out


def test_every_custom_message_exists_in_chinese_and_english() -> None:
    iss = read("emergency_desk.iss")
    used = set(re.findall(r"\{cm:(\w+)", iss)) | set(re.findall(r"CustomMessage\('(\w+)'\)", iss))
    defined = _custom_messages(iss)
    # Inno's own custom messages (CreateDesktopIcon …) come from Default.isl in English and
    # from our .isl in Chinese.
    inno_own = {"CreateDesktopIcon", "AdditionalIcons"}
    chinese = defined["chinesesimp"] | _custom_messages(read(
        "ChineseSimplified-EmergencyDesk.isl"))[""]
    assert used - inno_own <= defined["english"]
    assert used <= chinese
    assert "ChineseSimplified-EmergencyDesk.isl" in iss


def test_build_script_runs_tests_pyinstaller_smoke_test_then_iscc() -> None:
    ps1 = read("build.ps1")
    order = [ps1.index(s) for s in ("tools\\run_tests.py", "installer\\emergency_desk.spec",
                                    "installer\\smoke_test.py", "emergency_desk.iss")]
    assert order == sorted(order)


def test_program_icon_is_made_from_the_bundled_font_and_used_everywhere() -> None:
    from PIL import Image

    assert paths.ICON_FILE.is_file()
    with Image.open(paths.resource("icons/emergency_desk.ico")) as ico:
        assert (256, 256) in ico.info["sizes"] and (16, 16) in ico.info["sizes"]
    assert "SetupIconFile=..\\resources\\icons\\emergency_desk.ico" in read("emergency_desk.iss")
    assert 'RESOURCES / "icons" / "emergency_desk.ico"' in read("emergency_desk.spec")


def test_windows_workflow_builds_with_build_ps1_and_uploads_what_iscc_writes() -> None:
    """The hosted-Windows workflow (it cannot run on these Linux machines, so its pieces are
    checked against each other here): it runs build.ps1 on windows-latest for every v* tag
    with Inno Setup installed where build.ps1 looks for ISCC.exe, and uploads the file the
    .iss writes."""
    workflow = (INSTALLER.parent / ".github" / "workflows" / "windows-installer.yml").read_text(
        encoding="utf-8")
    iss = read("emergency_desk.iss")
    ps1 = read("build.ps1")
    assert "runs-on: windows-latest" in workflow and 'tags: ["v*"]' in workflow
    assert "installer\\build.ps1" in workflow and (INSTALLER / "build.ps1").exists()
    assert "choco install innosetup" in workflow and "Inno Setup 6\\ISCC.exe" in ps1
    out_dir = re.search(r"^OutputDir=(.+)$", iss, re.M)
    base = re.search(r"^OutputBaseFilename=(.+)$", iss, re.M)
    assert out_dir and base
    # OutputDir is relative to installer/; the artifact path to the checkout.
    folder = out_dir.group(1).strip().replace("\\", "/").removeprefix("../")
    pattern = base.group(1).strip().replace("{#AppVersion}", "*")
    assert f"path: {folder}/{pattern}.exe" in workflow
    assert f"build\\installer\\{pattern.replace('*', '$Version')}.exe" in ps1
    assert "if-no-files-found: error" in workflow
