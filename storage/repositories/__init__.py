"""Repositories, one module per table group: the only code that queries the models.

Every write is one transaction; every read hands out the dataclasses of ``storage.records``.
:class:`Storage` gathers them over one open database for the composition root.
"""

from __future__ import annotations

from peewee import Database

from storage.repositories.channels import ChannelRepository
from storage.repositories.history import HistoryRepository
from storage.repositories.naming import split_channel_name
from storage.repositories.niches import NicheRepository
from storage.repositories.own_prices import OwnPriceRepository
from storage.repositories.quotes import QuoteRepository
from storage.sync_state import SyncStateRepository

__all__ = [
    "ChannelRepository",
    "HistoryRepository",
    "NicheRepository",
    "OwnPriceRepository",
    "QuoteRepository",
    "Storage",
    "SyncStateRepository",
    "split_channel_name",
]


class Storage:
    """All repositories over one open database: what the composition root hands to services."""

    def __init__(self, db: Database):
        self.db = db
        self.niches = NicheRepository(db)
        self.channels = ChannelRepository(db)
        self.quotes = QuoteRepository(db, self.channels)
        self.history = HistoryRepository(db)
        self.own_prices = OwnPriceRepository(db)
        self.sync_state = SyncStateRepository(db)
