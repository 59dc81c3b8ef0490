"""Choosing and loading the UI language: the system locale, unless the user picked one."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

TRANSLATIONS = Path(__file__).with_name("translations")
SUPPORTED = ("en", "ru")
_installed: list[QTranslator] = []
_chosen: list[str] = []  # the choice in force ("auto", "en", "ru"), as given to install_translators


def chosen_language() -> str | None:
    """The choice this run started with (``--lang`` beats the saved setting), or None."""
    return _chosen[0] if _chosen else None


def qt_translation_folders() -> list[str]:
    """Where Qt's own catalogues (qtbase_ru.qm: file dialogs, standard buttons) may be.

    Qt's configured folder first; then PySide6's own ``Qt/translations`` (a wheel install, where
    the configured path can be stale); then ours, where a desktop build may put a copy.
    """
    folders = [QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)]
    try:
        import PySide6

        folders.append(str(Path(PySide6.__file__).parent / "Qt" / "translations"))
    except (ImportError, TypeError):  # a frozen build without the package's __file__
        pass
    folders.append(str(TRANSLATIONS))
    return [f for f in dict.fromkeys(folders) if f]


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
    _chosen[:] = [choice or "auto"]
    for old in _installed:
        app.removeTranslator(old)
    _installed.clear()
    loaded = _installed
    if language != "en":
        ours = QTranslator(app)
        if ours.load(f"channelrate_{language}", str(TRANSLATIONS)):
            app.installTranslator(ours)
            loaded.append(ours)
        for folder in qt_translation_folders():
            qt = QTranslator(app)
            if qt.load(f"qtbase_{language}", folder):
                app.installTranslator(qt)
                loaded.append(qt)
                break
    if QLocale.system().name().split("_")[0] == language:
        QLocale.setDefault(QLocale.system())
    elif language == "ru":
        QLocale.setDefault(QLocale(QLocale.Language.Russian, QLocale.Country.Russia))
    else:
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
    return language
