"""Local storage: peewee models, opening and migrating the database, repositories, import/export.

Nothing here imports Qt. Repositories hand out the dataclasses in ``storage.records``.
"""

from storage.db import describe, open_database
from storage.records import (
    ChannelRecord,
    NicheRecord,
    OwnPriceRecord,
    PostData,
    PostHistory,
    QuoteDraft,
    QuoteRecord,
    QuoteSource,
    ReachOrigin,
    Snapshot,
    ViewCount,
)
from storage.repositories import Storage

__all__ = [
    "ChannelRecord",
    "NicheRecord",
    "OwnPriceRecord",
    "PostData",
    "PostHistory",
    "QuoteDraft",
    "QuoteRecord",
    "QuoteSource",
    "ReachOrigin",
    "Snapshot",
    "Storage",
    "ViewCount",
    "describe",
    "open_database",
]
