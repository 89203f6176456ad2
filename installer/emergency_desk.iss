; Inno Setup 6.3+ script: the Windows installer of EmergencyDesk (应急资源台账).
;
; Built by installer\build.ps1 after PyInstaller and the smoke test; by hand:
;   "%ProgramFiles(x86)%\Inno Setup 6\ISCC.exe" /DAppVersion=0.1.0 installer\emergency_desk.iss
; Input:  build\dist\EmergencyDesk\   (the one-folder PyInstaller build)
; Output: build\installer\EmergencyDesk-Setup-<version>.exe
;
; - Per-user install by default: no administrator rights, into %LOCALAPPDATA%\Programs.
;   The first page offers "install for all users" (needs an administrator) when the user has
;   the rights; on the command line: /ALLUSERS or /CURRENTUSER.
; - Start-menu shortcuts (Chinese and English interface) and a desktop shortcut (a task,
;   checked by default).
; - The program's data (database, backups, logs) lives in the user's data folder,
;   %LOCALAPPDATA%\EmergencyDesk, never in the program folder: upgrading or uninstalling does
;   not touch it. Uninstall asks (default: No) whether to delete it as well; a silent uninstall
;   always keeps it.
; - Chinese and English wizard text. Inno Setup does not install ChineseSimplified.isl by
;   default: this script layers installer\ChineseSimplified-EmergencyDesk.isl (the messages a
;   user sees on the usual pages, in Chinese) over Default.isl, and also uses Inno's full
;   Languages\ChineseSimplified.isl when it is present in the Inno Setup folder (copy it there
;   from the Inno Setup translations page to get every rarely-seen message in Chinese too).

#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif
#define AppExe "EmergencyDesk.exe"
#define DistDir "..\build\dist\EmergencyDesk"

#if FileExists(AddBackslash(CompilerPath) + "Languages\ChineseSimplified.isl")
  #define ZhMessages "compiler:Default.isl,compiler:Languages\ChineseSimplified.isl,ChineseSimplified-EmergencyDesk.isl"
#else
  #define ZhMessages "compiler:Default.isl,ChineseSimplified-EmergencyDesk.isl"
#endif

[Setup]
; Never change AppId: it is how Windows recognises an upgrade of the same program.
AppId={{F5F6C289-1E97-4C3F-806C-CDD2BFEF5F9F}
AppName={cm:AppName}
AppVersion={#AppVersion}
AppVerName={cm:AppName} {#AppVersion}
AppPublisher=EmergencyDesk
VersionInfoVersion={#AppVersion}
VersionInfoProductName=EmergencyDesk
DefaultDirName={autopf}\EmergencyDesk
DefaultGroupName={cm:AppName}
DisableProgramGroupPage=yes
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog commandline
UsedUserAreasWarning=no
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0
OutputDir=..\build\installer
OutputBaseFilename=EmergencyDesk-Setup-{#AppVersion}
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
ShowLanguageDialog=auto
UninstallDisplayIcon={app}\{#AppExe}
SetupIconFile=..\resources\icons\emergency_desk.ico
UninstallDisplayName={cm:AppName}
CloseApplications=yes

[Languages]
; The first entry is the default when Windows' UI language matches neither.
Name: "chinesesimp"; MessagesFile: "{#ZhMessages}"
Name: "english"; MessagesFile: "compiler:Default.isl"

[CustomMessages]
chinesesimp.AppName=应急资源台账
chinesesimp.AppNameEnglishUI=应急资源台账（英文界面）
chinesesimp.LaunchApp=运行 应急资源台账
chinesesimp.UninstallApp=卸载 应急资源台账
chinesesimp.AskDeleteData=是否同时删除本机上的台账数据（数据库、自动备份和日志）？%n%n%1%n%n选“否”保留数据，重新安装后可以继续使用。选“是”之前，请确认已把需要的数据备份到其他位置。
chinesesimp.DataKept=台账数据已保留在：%n%1
english.AppName=EmergencyDesk
english.AppNameEnglishUI=EmergencyDesk (English)
english.LaunchApp=Launch EmergencyDesk
english.UninstallApp=Uninstall EmergencyDesk
english.AskDeleteData=Also delete the register data on this computer (database, automatic backups and logs)?%n%n%1%n%nChoose No to keep it for a later installation. Before choosing Yes, make sure you have a backup of anything you need.
english.DataKept=The register data was kept in:%n%1

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"

[InstallDelete]
; An upgrade replaces the whole runtime: no stale library from an older version stays behind.
Type: filesandordirs; Name: "{app}\_internal"

[Files]
Source: "{#DistDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{group}\{cm:AppName}"; Filename: "{app}\{#AppExe}"; WorkingDir: "{userdocs}"
Name: "{group}\{cm:AppNameEnglishUI}"; Filename: "{app}\{#AppExe}"; Parameters: "--lang en"; WorkingDir: "{userdocs}"
Name: "{group}\{cm:UninstallApp}"; Filename: "{uninstallexe}"
Name: "{autodesktop}\{cm:AppName}"; Filename: "{app}\{#AppExe}"; WorkingDir: "{userdocs}"; Tasks: desktopicon

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchApp}"; Flags: nowait postinstall skipifsilent

[Code]
{ The data folder of platformdirs.user_data_dir("EmergencyDesk", "EmergencyDesk") and of
  user_log_dir(...) on Windows: both are under %LOCALAPPDATA%\EmergencyDesk. A portable copy
  keeps its data in <program folder>\data, which the uninstaller also never deletes unasked. }
function DataFolder(): String;
begin
  Result := ExpandConstant('{localappdata}\EmergencyDesk');
end;

procedure CurUninstallStepChanged(CurUninstallStep: TUninstallStep);
var
  Folders: String;
begin
  if CurUninstallStep <> usPostUninstall then
    Exit;
  Folders := DataFolder();
  if DirExists(ExpandConstant('{app}\data')) then
    Folders := Folders + #13#10 + ExpandConstant('{app}\data');
  if not DirExists(DataFolder()) and not DirExists(ExpandConstant('{app}\data')) then
    Exit;
  if UninstallSilent() then
    Exit;
  if MsgBox(FmtMessage(CustomMessage('AskDeleteData'), [Folders]), mbConfirmation,
            MB_YESNO or MB_DEFBUTTON2) = IDYES then
  begin
    DelTree(DataFolder(), True, True, True);
    DelTree(ExpandConstant('{app}\data'), True, True, True);
    RemoveDir(ExpandConstant('{app}'));
  end
  else
    MsgBox(FmtMessage(CustomMessage('DataKept'), [Folders]), mbInformation, MB_OK);
end;
