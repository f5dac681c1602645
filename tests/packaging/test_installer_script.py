"""The Inno Setup script (issue 15 item 3), read as text: ISCC is not on
this machine (packaging/windows/README.md says what was not tried), so this
checks what can be checked without it: every message the script shows
exists in Kazakh and in Russian, the install choices the issue asks for,
and the version passed from pyproject."""
from __future__ import annotations

import re
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
WINDOWS = ROOT / "packaging" / "windows"
# Custom messages Inno Setup's Russian.isl itself defines.
INNO_RUSSIAN = {"NameAndVersion", "AdditionalIcons", "CreateDesktopIcon", "CreateQuickLaunchIcon",
                "ProgramOnTheWeb", "UninstallProgram", "LaunchProgram", "AssocFileExtension",
                "AssocingFileExtension", "AutoStartProgramGroupDescription", "AutoStartProgram",
                "AddonHostProgramNotFound"}


def sections(text: str) -> dict[str, dict[str, str]]:
    out: dict[str, dict[str, str]] = {}
    current = None
    for line in text.splitlines():
        line = line.strip()
        if not line or line.startswith(";"):
            continue
        m = re.fullmatch(r"\[(\w+)\]", line)
        if m:
            current = out.setdefault(m.group(1), {})
        elif current is not None and "=" in line:
            key, value = line.split("=", 1)
            current[key.strip()] = value
    return out


def test_every_message_the_installer_shows_is_in_kazakh_and_russian():
    iss = (WINDOWS / "zholdanym.iss").read_text(encoding="utf-8")
    raw = (WINDOWS / "Kazakh.isl").read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf"), "UTF-8 with a byte-order mark, as Inno Setup 6 reads it"
    kk = sections(raw.decode("utf-8-sig"))
    used = set(re.findall(r"\{cm:(\w+)", iss)) | set(re.findall(r"CustomMessage\('(\w+)'\)", iss))
    assert {"DataKept", "RunAfterInstall", "CreateDesktopIcon", "AdditionalIcons"} <= used
    ru = {k.split(".", 1)[1] for k in sections(iss).get("CustomMessages", {}) if k.startswith("ru.")}
    for name in used:
        assert name in kk["CustomMessages"], f"{name} has no Kazakh text"
        assert name in ru or name in INNO_RUSSIAN, f"{name} has no Russian text"
    assert "%1" in kk["CustomMessages"]["DataKept"] and "%1" in sections(iss)["CustomMessages"]["ru.DataKept"]
    assert kk["LangOptions"]["LanguageID"] == "$043F"   # Kazakh
    # The wizard's key pages in Kazakh, with the placeholders Inno Setup fills in.
    for name, marks in {"WelcomeLabel2": ["[name/ver]"], "SelectDirLabel3": ["[name]"],
                        "PrivilegesRequiredOverrideText1": ["%1"], "ConfirmUninstall": ["%1"],
                        "ButtonNext": [], "ButtonCancel": [], "FinishedLabel": ["[name]"]}.items():
        text = kk["Messages"][name]
        assert re.search("[әғқңөұүһі]", text.lower()) or name.startswith("Button"), name
        assert all(m in text for m in marks), name


def test_install_choices_of_the_issue():
    setup = sections((WINDOWS / "zholdanym.iss").read_text(encoding="utf-8"))
    s = setup["Setup"]
    assert s["PrivilegesRequired"] == "lowest" and s["PrivilegesRequiredOverridesAllowed"] == "dialog"
    assert s["ChangesAssociations"] == "no" and "Registry" not in setup   # no file associations
    assert s["AppVersion"] == "{#AppVersion}" and s["MinVersion"] == "10.0.17763"
    iss = (WINDOWS / "zholdanym.iss").read_text(encoding="utf-8")
    assert 'MessagesFile: "compiler:Languages\\Russian.isl"' in iss
    assert "{autoprograms}" in iss and "{autodesktop}" in iss
    assert "usPostUninstall" in iss and "DelTree" not in iss   # the data folder is never removed


def test_build_script_passes_pyproject_version():
    import importlib.util
    spec = importlib.util.spec_from_file_location("zh_build", ROOT / "packaging" / "build.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    with open(ROOT / "pyproject.toml", "rb") as f:
        assert module.version() == tomllib.load(f)["project"]["version"]
    source = (ROOT / "packaging" / "build.py").read_text(encoding="utf-8")
    assert 'f"/DAppVersion={version()}"' in source   # ISCC gets pyproject's version
