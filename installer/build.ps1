# Build the Windows installer of EmergencyDesk: tests -> PyInstaller -> smoke test -> Inno Setup.
#
#   powershell -ExecutionPolicy Bypass -File installer\build.ps1
#   powershell -ExecutionPolicy Bypass -File installer\build.ps1 -SkipTests   # rebuild quickly
#
# Needs, on the build PC (with internet; the offices' PCs need nothing):
#   - Python 3.11 or newer, 64-bit, from python.org (the `py` launcher);
#   - Inno Setup 6.3 or newer (ISCC.exe in its default folder, or set $env:ISCC to its full path).
# Output: build\dist\EmergencyDesk\ (the program folder) and
#         build\installer\EmergencyDesk-Setup-<version>.exe (what you give to the offices).
# Stops at the first failing step.

param(
    [switch]$SkipTests,
    [string]$Python = "py"  # or the full path of python.exe
)

$ErrorActionPreference = "Stop"
$Root = Split-Path -Parent $PSScriptRoot
Set-Location $Root
$env:PYTHONUTF8 = "1"
$Venv = Join-Path $Root "build\venv"
$Py = Join-Path $Venv "Scripts\python.exe"
$Started = Get-Date

function Step($text) { Write-Host "`n==> $text" -ForegroundColor Cyan }
function Check($what) {
    if ($LASTEXITCODE -ne 0) { throw "$what failed (exit code $LASTEXITCODE)" }
}

Step "Build environment: $Venv"
if (-not (Test-Path $Py)) {
    if ($Python -eq "py") { & py -3 -m venv $Venv } else { & $Python -m venv $Venv }
    Check "creating the virtual environment"
}
& $Py -m pip install --quiet --upgrade pip; Check "pip upgrade"
& $Py -m pip install --quiet -e ".[dev,build]"; Check "pip install"
$Version = (& $Py -c "import emergency_desk; print(emergency_desk.__version__)").Trim()
Check "reading the version"
Write-Host "EmergencyDesk $Version"

if (-not $SkipTests) {
    Step "Tests"
    & $Py tools\update_translations.py --check; Check "translation check"
    & $Py tools\run_tests.py; Check "tests"
}

Step "PyInstaller (one-folder build)"
& $Py -m PyInstaller installer\emergency_desk.spec --noconfirm --clean `
    --distpath build\dist --workpath build\pyinstaller
Check "PyInstaller"

Step "Smoke test of the frozen program"
& $Py installer\smoke_test.py build\dist\EmergencyDesk; Check "smoke test"

Step "Inno Setup"
$Iscc = @(
    $env:ISCC,
    "${env:ProgramFiles(x86)}\Inno Setup 6\ISCC.exe",
    "$env:ProgramFiles\Inno Setup 6\ISCC.exe",
    "$env:LOCALAPPDATA\Programs\Inno Setup 6\ISCC.exe"
) | Where-Object { $_ -and (Test-Path $_) } | Select-Object -First 1
if (-not $Iscc) { throw "ISCC.exe not found: install Inno Setup 6 or set `$env:ISCC" }
& $Iscc "/DAppVersion=$Version" installer\emergency_desk.iss; Check "ISCC"

$Setup = Join-Path $Root "build\installer\EmergencyDesk-Setup-$Version.exe"
$Minutes = [math]::Round(((Get-Date) - $Started).TotalMinutes, 1)
Write-Host "`nDone in $Minutes min: $Setup" -ForegroundColor Green
