"""The use cases: price book and suggestion, reach, vetting, placements and the niche builder.

Each service combines the repositories (:mod:`storage`), the domain maths (:mod:`pricing`) and,
when the user is signed in, Telegram (:mod:`tgclient`); none knows of Qt. :func:`build_use_cases`
is the one place they are built and wired together (``main.compose`` calls it; tests too).

A service's module is imported when the service is first asked for (here and in
:class:`UseCases`), so a start pays only for the use cases the area it opens on needs.
"""

from __future__ import annotations

import importlib
import threading
from collections.abc import Callable
from datetime import datetime
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
    when first asked for, once, whichever thread asks first (workers ask too)."""

    def __init__(
        self,
        storage: Storage,
        telegram: TelegramAccess | None = None,
        clock: Callable[[], datetime] = utc_now,
    ):
        self._storage, self._telegram, self._clock = storage, telegram, clock
        self._built: dict[str, Any] = {}
        # re-entrant: building a service asks for the ones it is built on
        self._lock = threading.RLock()

    def _once(self, name: str, build: Callable[[], Any]) -> Any:
        with self._lock:
            if name not in self._built:
                self._built[name] = build()
            return self._built[name]

    @property
    def reach(self) -> ReachService:
        def build() -> ReachService:
            from application.reach import ReachService

            return ReachService(self._storage, clock=self._clock)

        return cast("ReachService", self._once("reach", build))

    @property
    def pricebook(self) -> PriceBookService:
        def build() -> PriceBookService:
            from application.pricebook import PriceBookService

            # the desk asks for a reach only for some figures: the reach maths (and numpy) load
            # then
            reach = BuiltWhenUsed(lambda: self.reach)
            return PriceBookService(self._storage, reach=cast("ReachService", reach))

        return cast("PriceBookService", self._once("pricebook", build))

    @property
    def vetting(self) -> VettingService:
        def build() -> VettingService:
            from application.vetting import VettingService

            return VettingService(
                self._storage, self.pricebook, self.reach, self._telegram, clock=self._clock
            )

        return cast("VettingService", self._once("vetting", build))

    @property
    def placements(self) -> PlacementService:
        def build() -> PlacementService:
            from application.placements import PlacementService

            return PlacementService(
                self._storage, self.pricebook, self._telegram, clock=self._clock
            )

        return cast("PlacementService", self._once("placements", build))

    @property
    def niche(self) -> NicheService:
        def build() -> NicheService:
            from application.niche import NicheService

            return NicheService(
                self._storage, self.pricebook, self.reach, self._telegram, clock=self._clock
            )

        return cast("NicheService", self._once("niche", build))


class BuiltWhenUsed:
    """Stands for the object ``build()`` returns, asking for it at each attribute used: hands a
    service to code that may never need it without building it (and importing its modules)
    at start-up. ``build`` should return the same object each time (the :class:`UseCases`
    properties do)."""

    def __init__(self, build: Callable[[], Any]):
        self._build = build

    def __getattr__(self, name: str) -> Any:
        return getattr(self._build(), name)


def build_use_cases(
    storage: Storage,
    telegram: TelegramAccess | None = None,
    clock: Callable[[], datetime] = utc_now,
) -> UseCases:
    """Every service over ``storage``; ``telegram`` None works offline (the demo, no account)."""
    return UseCases(storage, telegram, clock)
