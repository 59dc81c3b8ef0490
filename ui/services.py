"""The services a window is given: built once in ``main.compose``, with test doubles in tests."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from PySide6.QtCore import QSettings

from application import PriceBookService, UseCases
from storage import Storage
from ui.dialogs import DialogService

if TYPE_CHECKING:
    from tgclient.service import TelegramService


@dataclass
class Services:
    storage: Storage
    database_label: str
    # the use cases over this price book (application.build_use_cases)
    use_cases: UseCases
    # user settings (INI in the data folder; the demo's own file)
    settings: QSettings
    # tgclient's Qt-free Telegram service; None when Telegram is not set up (the app works offline)
    telegram: TelegramService | None = None
    dialogs: DialogService = field(default_factory=DialogService)

    @property
    def pricebook(self) -> PriceBookService:
        """The pricing desk's service (most widgets need only this one)."""
        return self.use_cases.pricebook
