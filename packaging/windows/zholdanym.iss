; Zholdanym: the Windows installer (issue 15 item 3), Inno Setup 6.
;
; Built by:  python packaging\build.py --installer
; which makes the one-folder bundle first and then runs
;   ISCC /DAppVersion=<pyproject's version> /DBundleDir=<dist\zholdanym> /O<dist> zholdanym.iss
; (see README.md beside this file).
;
; - for the current user (no administrator needed) or for all users: the
;   user chooses in a dialog (PrivilegesRequiredOverridesAllowed=dialog);
; - a Start-menu shortcut, and a desktop one when the task is ticked;
; - no file associations;
; - the uninstaller removes the program only: the data folder (the SQLite
;   database, backups, logs, the office's templates) stays, and it says where;
; - Russian (Inno Setup's own translation) and Kazakh (Kazakh.isl, written
;   for this project) installer texts; the wizard offers the language.

#ifndef AppVersion
  #define AppVersion "0.0.0"
#endif
#ifndef BundleDir
  #define BundleDir "..\..\dist\zholdanym"
#endif
#define AppName "Zholdanym"
#define AppExe "zholdanymw.exe"

[Setup]
; Never change AppId: it is how an upgrade finds the installed copy.
AppId={{7DF41335-F13D-4CD0-A155-B2E4CC96EB8C}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher={#AppName}
VersionInfoVersion={#AppVersion}
VersionInfoProductVersion={#AppVersion}
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
; Per-user by default; the dialog offers all users (which needs an administrator).
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
; Qt 6 needs Windows 10 1809 or later, 64-bit.
MinVersion=10.0.17763
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
ChangesAssociations=no
CloseApplications=yes
UninstallDisplayIcon={app}\{#AppExe}
UninstallDisplayName={#AppName} {#AppVersion}
OutputBaseFilename=zholdanym-{#AppVersion}-setup
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
ShowLanguageDialog=yes
UsePreviousLanguage=no
; Signing (README.md): define a sign tool named "zsign" in the IDE or with
; ISCC /S"zsign=signtool.exe sign /fd sha256 /tr <timestamp URL> /td sha256 /a $f"
; and build with /DSign; the installer and its uninstaller are then signed.
#ifdef Sign
SignTool=zsign
SignedUninstaller=yes
#endif

[Languages]
Name: "kk"; MessagesFile: "compiler:Default.isl,Kazakh.isl"
Name: "ru"; MessagesFile: "compiler:Languages\Russian.isl"

[CustomMessages]
ru.DataKept=База обращений, резервные копии и настройки не удалены. Они остались в папке:%n%n%1%n%nПри повторной установке программа продолжит работу с этими данными. Если данные больше не нужны, эту папку можно удалить вручную (сначала сохраните резервную копию).
ru.RunAfterInstall=Запустить Zholdanym

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"

[Files]
; The whole one-folder bundle (the program, _internal\ with Python, Qt, the
; templates and the catalogues).  Data is never installed here.
Source: "{#BundleDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExe}"; WorkingDir: "{app}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; WorkingDir: "{app}"; Tasks: desktopicon

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:RunAfterInstall}"; Flags: nowait postinstall skipifsilent

[Code]
// The data folder is the user's: %APPDATA%\Zholdanym (main.py data_dir(),
// AppDataLocation with the name once; builds before issue 15 item 7 used
// %APPDATA%\Zholdanym\Zholdanym, which the app moves up into it on its first
// start, and which this folder contains in any case).  It is never removed:
// say where it is.
procedure CurUninstallStepChanged(CurUninstallStep: TUninstallStep);
var
  DataDir: String;
begin
  if CurUninstallStep = usPostUninstall then
  begin
    DataDir := ExpandConstant('{userappdata}\{#AppName}');
    if DirExists(DataDir) and not UninstallSilent then
      MsgBox(FmtMessage(CustomMessage('DataKept'), [DataDir]), mbInformation, MB_OK);
  end;
end;
