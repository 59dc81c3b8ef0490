"""User settings: every key and its default declared once, stored as an INI file.

The file lives in the data folder (``CHANNELRATE_DATA_DIR`` moves it, so tests never touch a real
profile). Values are read through :class:`Option` so a missing or damaged value falls back to its
default instead of breaking start-up.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QSettings

from storage.fileperms import create_private_file
from storage.paths import data_dir


@dataclass(frozen=True)
class Option:
    key: str
    default: Any

    def read(self, settings: QSettings) -> Any:
        value = settings.value(self.key, self.default)
        if value is None:
            return self.default
        kind = type(self.default)
        try:
            if kind is bool:
                return value if isinstance(value, bool) else str(value).lower() in ("true", "1")
            if kind in (int, float, str):
                return kind(value)
        except (TypeError, ValueError):
            return self.default
        return value

    def write(self, settings: QSettings, value: Any) -> None:
        settings.setValue(self.key, value)


GEOMETRY = Option("window/geometry", b"")
WINDOW_STATE = Option("window/state", b"")
CURRENT_AREA = Option("window/area", "pricebook")
NICHE = Option("desk/niche", -1)  # niche id; -1 = all niches
LANGUAGE = Option("ui/language", "auto")  # "auto" (system locale), "en" or "ru"
PRICEBOOK_COLUMNS = Option("pricebook/column_widths", "")  # comma-separated pixel widths
PRICEBOOK_SORT = Option("pricebook/sort", "8,1")  # column, Qt.SortOrder (date, newest first)
SUGGESTION_FORMAT = Option("suggestion/format", "1/24")
SUGGESTION_BASIS = Option("suggestion/basis", "mean")
SUGGESTION_EXCLUDE_OUTLIERS = Option("suggestion/exclude_outliers", True)
SUGGESTION_SPLITTER = Option("suggestion/splitter", b"")  # QSplitter.saveState()
LAST_FOLDER = Option("files/last_folder", "")
# scheduled Telegram refresh of the own channel and tracked competitors, in minutes; 0 = off
TELEGRAM_REFRESH_MINUTES = Option("telegram/refresh_minutes", 120)


def settings_path() -> str:
    return str(data_dir() / "settings.ini")


def open_settings() -> QSettings:
    """The settings INI, owner-only: Qt rewrites it through a temporary file but keeps the
    permissions of the file it replaces, so creating it private first keeps it private."""
    path = create_private_file(Path(settings_path()))
    return QSettings(str(path), QSettings.Format.IniFormat)


# Column roles the user chose in the import preview, by header row: {"<hash>": ["channel", ...]}.
IMPORT_MAPPINGS = Option("import/mappings", "{}")
