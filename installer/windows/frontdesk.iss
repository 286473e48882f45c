; Inno Setup script of the Windows installer (Inno Setup 6, on Windows).
;
; Build the bundle first, on Windows, from the repository root:
;   py -3.11 -m venv .venv
;   .venv\Scripts\pip install -e ".[postgres,bundle]"
;   for %f in (resources\translations\*.ts) do .venv\Scripts\pyside6-lrelease %f -qm %~dpnf.qm
;   set QT_QPA_PLATFORM=offscreen
;   .venv\Scripts\python installer\bundle\render_icon.py build\bundle\icons
;   set FRONTDESK_ICON_DIR=build\bundle\icons
;   .venv\Scripts\pyinstaller --noconfirm --distpath dist --workpath build\bundle\work installer\bundle\frontdesk.spec
; then:
;   iscc installer\windows\frontdesk.iss      -> dist\FrontDesk-Setup-0.1.0.exe
;
; Windows has the keyring (Credential Manager) built in; card readers need the vendor's PC/SC
; driver (the Smart Card service is part of Windows). Check with: frontdesk self-test

#define AppVersion "0.1.0"

[Setup]
AppId={{6E2C8F0A-4F1B-4B7E-9C53-FD0E5C1A7D13}
AppName=FrontDesk
AppVersion={#AppVersion}
AppPublisher=FrontDesk
DefaultDirName={autopf}\FrontDesk
DefaultGroupName=FrontDesk
OutputDir=..\..\dist
OutputBaseFilename=FrontDesk-Setup-{#AppVersion}
SetupIconFile=..\..\build\bundle\icons\frontdesk.ico
Compression=lzma2
SolidCompression=yes
ArchitecturesInstallIn64BitMode=x64compatible
ChangesEnvironment=yes

[Files]
Source: "..\..\dist\frontdesk\*"; DestDir: "{app}"; Flags: recursesubdirs createallsubdirs ignoreversion

[Icons]
Name: "{group}\FrontDesk"; Filename: "{app}\frontdesk.exe"; IconFilename: "{app}\frontdesk.exe"
Name: "{group}\FrontDesk self-test"; Filename: "{cmd}"; Parameters: "/k ""{app}\frontdesk.exe"" self-test"

[Registry]
; `frontdesk` on the PATH for the command line (self-test, demo, ...).
Root: HKLM; Subkey: "SYSTEM\CurrentControlSet\Control\Session Manager\Environment"; \
  ValueType: expandsz; ValueName: "Path"; ValueData: "{olddata};{app}"; \
  Check: NeedsAddPath(ExpandConstant('{app}'))

[Code]
function NeedsAddPath(Dir: string): Boolean;
var
  Path: string;
begin
  if not RegQueryStringValue(HKLM, 'SYSTEM\CurrentControlSet\Control\Session Manager\Environment', 'Path', Path) then
    Result := True
  else
    Result := Pos(';' + Uppercase(Dir) + ';', ';' + Uppercase(Path) + ';') = 0;
end;
