"""The use cases: price book and suggestion, reach, vetting, placements and the niche builder.

Each service combines the repositories (:mod:`storage`), the domain maths (:mod:`pricing`) and,
when the user is signed in, Telegram (:mod:`tgclient`); none knows of Qt. :func:`build_use_cases`
is the one place they are built and wired together (``main.compose`` calls it; tests too).

A service's module is imported when the service is first asked for (here and in
:class:`UseCases`), so a start pays only for the use cases the area it opens on needs.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from datetime import datetime
from functools import cached_property
from typing import TYPE_CHECKING, Any, cast

from storage.clock import utc_now

if TYPE_CHECKING:
    from application.niche import NicheService
    from application.placements import PlacementService
    from application.pricebook import PriceBookService
    from application.reach import ReachService
    from application.telegram import TelegramAccess
    from application.vetting import VettingService
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

# where each service lives: ``from application import VettingService`` imports it then
_MODULES = {
    "NicheService": "application.niche",
    "PlacementService": "application.placements",
    "PriceBookService": "application.pricebook",
    "ReachService": "application.reach",
    "TelegramAccess": "application.telegram",
    "VettingService": "application.vetting",
}


def __getattr__(name: str) -> Any:
    module = _MODULES.get(name)
    if module is None:
        raise AttributeError(f"module 'application' has no attribute {name!r}")
    return getattr(importlib.import_module(module), name)


class UseCases:
    """The application's services over one price book, sharing one reach cache; each is built
    when first asked for."""

    def __init__(
        self,
        storage: Storage,
        telegram: TelegramAccess | None = None,
        clock: Callable[[], datetime] = utc_now,
    ):
        self._storage, self._telegram, self._clock = storage, telegram, clock

    @cached_property
    def reach(self) -> ReachService:
        from application.reach import ReachService

        return ReachService(self._storage, clock=self._clock)

    @cached_property
    def pricebook(self) -> PriceBookService:
        from application.pricebook import PriceBookService

        # the desk asks for a reach only for some figures: the reach maths (and numpy) load then
        return PriceBookService(self._storage, reach=cast("ReachService", _ReachWhenUsed(self)))

    @cached_property
    def vetting(self) -> VettingService:
        from application.vetting import VettingService

        return VettingService(
            self._storage, self.pricebook, self.reach, self._telegram, clock=self._clock
        )

    @cached_property
    def placements(self) -> PlacementService:
        from application.placements import PlacementService

        return PlacementService(self._storage, self.pricebook, self._telegram, clock=self._clock)

    @cached_property
    def niche(self) -> NicheService:
        from application.niche import NicheService

        return NicheService(
            self._storage, self.pricebook, self.reach, self._telegram, clock=self._clock
        )


class _ReachWhenUsed:
    """Stands for the shared :class:`ReachService`, built at the first attribute asked for."""

    def __init__(self, use_cases: UseCases):
        self._use_cases = use_cases

    def __getattr__(self, name: str) -> Any:
        return getattr(self._use_cases.reach, name)


def build_use_cases(
    storage: Storage,
    telegram: TelegramAccess | None = None,
    clock: Callable[[], datetime] = utc_now,
) -> UseCases:
    """Every service over ``storage``; ``telegram`` None works offline (the demo, no account)."""
    return UseCases(storage, telegram, clock)
