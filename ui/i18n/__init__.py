"""Qt Linguist catalogues: ours (ui/i18n/app_<lang>.qm) and Qt's own qtbase."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QSettings, QTranslator

I18N_DIR = Path(__file__).parent
LANGUAGES = ("kk", "ru")
DEFAULT_LANGUAGE = "kk"
_installed: list[QTranslator] = []
_language: list[str] = []   # the language installed last


def saved_language(settings: QSettings | None = None) -> str:
    settings = settings or QSettings()
    lang = str(settings.value("ui/language", DEFAULT_LANGUAGE))
    return lang if lang in LANGUAGES else DEFAULT_LANGUAGE


def save_language(lang: str, settings: QSettings | None = None) -> None:
    (settings or QSettings()).setValue("ui/language", lang)


def install(lang: str) -> bool:
    """Replace the installed translators with those of ``lang``."""
    app = QCoreApplication.instance()
    for tr in _installed:
        QCoreApplication.removeTranslator(tr)
    _installed.clear()
    ours = QTranslator(app)
    ok = ours.load(str(I18N_DIR / f"app_{lang}.qm"))
    if ok:
        QCoreApplication.installTranslator(ours)
        _installed.append(ours)
    qt = QTranslator(app)
    if qt.load(f"qtbase_{lang}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        QCoreApplication.installTranslator(qt)
        _installed.append(qt)
    QLocale.setDefault(QLocale(QLocale.Language.Kazakh if lang == "kk" else QLocale.Language.Russian,
                               QLocale.Country.Kazakhstan))
    _language[:] = [lang]
    return ok


def uninstall() -> None:
    """Back to the source language (English): every translator removed."""
    for tr in _installed:
        QCoreApplication.removeTranslator(tr)
    _installed.clear()
    _language.clear()


def current_language() -> str:
    if _installed and _language:
        return _language[0]
    lang = QLocale().name()[:2]
    return lang if lang in LANGUAGES else DEFAULT_LANGUAGE
