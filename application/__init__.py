"""The use cases: price book and suggestion, reach, vetting, placements and the niche builder.

Each service combines the repositories (:mod:`storage`), the domain maths (:mod:`pricing`) and,
when the user is signed in, Telegram (:mod:`tgclient`); none knows of Qt. :func:`build_use_cases`
is the one place they are built and wired together (``main.compose`` calls it; tests too).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime

from application.niche import NicheService
from application.placements import PlacementService
from application.pricebook import PriceBookService
from application.reach import ReachService
from application.telegram import TelegramAccess
from application.vetting import VettingService
from storage.clock import utc_now
from storage.repositories import Storage

__all__ = [
    "NicheService",
    "PlacementService",
    "PriceBookService",
    "ReachService",
    "TelegramAccess",
    "UseCases",
    "VettingService",
    "build_use_cases",
]


@dataclass(frozen=True)
class UseCases:
    """The application's services over one price book, sharing one reach cache."""

    pricebook: PriceBookService
    reach: ReachService
    vetting: VettingService
    placements: PlacementService
    niche: NicheService


def build_use_cases(
    storage: Storage,
    telegram: TelegramAccess | None = None,
    clock: Callable[[], datetime] = utc_now,
) -> UseCases:
    """Every service over ``storage``; ``telegram`` None works offline (the demo, no account)."""
    reach = ReachService(storage, clock=clock)
    pricebook = PriceBookService(storage, reach=reach)
    return UseCases(
        pricebook=pricebook,
        reach=reach,
        vetting=VettingService(storage, pricebook, reach, telegram, clock=clock),
        placements=PlacementService(storage, pricebook, telegram, clock=clock),
        niche=NicheService(storage, pricebook, reach, telegram, clock=clock),
    )
