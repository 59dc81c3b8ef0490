"""The services a window is given: built once in ``main.py``, replaced by fakes in tests."""

from dataclasses import dataclass, field

from PySide6.QtCore import QSettings

from storage import Storage
from storage.pricebook import PriceBookService
from ui.dialogs import DialogService


@dataclass
class Services:
    storage: Storage
    database_label: str
    # tgclient's Qt-free Telegram service; None when Telegram is not set up (the app works offline)
    telegram: object | None = None
    # the pricing desk's view of storage + pricing (with its ReachService); built when not given
    pricebook: PriceBookService | None = None
    dialogs: DialogService = field(default_factory=DialogService)
    # user settings (INI in the data folder); opened on first use when not given
    settings: QSettings | None = None

    def __post_init__(self) -> None:
        if self.pricebook is None:  # as main.compose builds it
            from storage.reach_service import ReachService

            self.pricebook = PriceBookService(self.storage, reach=ReachService(self.storage))
        if self.settings is None:
            from ui.settings import open_settings

            self.settings = open_settings()
