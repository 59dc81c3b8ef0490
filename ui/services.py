"""The services a window is given: built once in ``main.py``, replaced by fakes in tests."""

from dataclasses import dataclass

from storage import Storage


@dataclass
class Services:
    storage: Storage
    database_label: str
    # tgclient's Qt-free Telegram service; None when Telegram is not set up (the app works offline)
    telegram: object | None = None
