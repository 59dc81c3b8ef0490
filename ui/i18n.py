"""Choosing and loading the UI language: the system locale, unless the user picked one."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

TRANSLATIONS = Path(__file__).with_name("translations")
SUPPORTED = ("en", "ru")
_installed: list[QTranslator] = []


def resolve_language(choice: str | None) -> str:
    """ "auto"/None → the system locale's language if we ship it, else English."""
    if choice in SUPPORTED:
        return choice
    system = QLocale.system().name().split("_")[0]
    return system if system in SUPPORTED else "en"


def install_translators(app: QCoreApplication, choice: str | None) -> str:
    """Load our translation and Qt's own (standard buttons) for the language; returns it.

    Numbers and dates follow the system locale when it speaks the chosen language, otherwise
    that language's usual locale (Russian: "1 500,5"; English: "1,500.5").
    """
    language = resolve_language(choice)
    for old in _installed:
        app.removeTranslator(old)
    _installed.clear()
    loaded = _installed
    if language != "en":
        ours = QTranslator(app)
        if ours.load(f"channelrate_{language}", str(TRANSLATIONS)):
            app.installTranslator(ours)
            loaded.append(ours)
        qt = QTranslator(app)
        qt_path = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        if qt.load(f"qtbase_{language}", qt_path):
            app.installTranslator(qt)
            loaded.append(qt)
    if QLocale.system().name().split("_")[0] == language:
        QLocale.setDefault(QLocale.system())
    elif language == "ru":
        QLocale.setDefault(QLocale(QLocale.Language.Russian, QLocale.Country.Russia))
    else:
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
    return language
