"""Exchange rates the user types, so that a quote in dollars or USDT can join a rouble niche.

Rates are "how many roubles one unit buys" (the app's main market is priced in roubles), each
with the date the user set it: a rate is a figure the user owns, not a live quote, and the UI
shows how old it is. Converting between two non-rouble currencies goes through the rouble.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal

from pricing.cpm import _to_decimal
from pricing.errors import InputError

BASE_CURRENCY = "RUB"


@dataclass(frozen=True, slots=True)
class Rate:
    currency: str
    rub_per_unit: Decimal
    set_on: date


@dataclass(frozen=True, slots=True)
class ExchangeRates:
    """The user's rates by currency code (upper case). The rouble is always 1."""

    rates: dict[str, Rate] = field(default_factory=dict)

    def rate(self, currency: str) -> Rate | None:
        return self.rates.get(currency.upper())

    def can_convert(self, source: str, target: str) -> bool:
        return self._rub(source) is not None and self._rub(target) is not None

    def convert(self, amount: Decimal, source: str, target: str) -> Decimal | None:
        """``amount`` in ``source`` expressed in ``target``; None when a rate is missing."""
        if source.upper() == target.upper():
            return amount
        source_rub, target_rub = self._rub(source), self._rub(target)
        if source_rub is None or target_rub is None:
            return None
        return amount * source_rub / target_rub

    def _rub(self, currency: str) -> Decimal | None:
        if currency.upper() == BASE_CURRENCY:
            return Decimal(1)
        rate = self.rate(currency)
        return rate.rub_per_unit if rate else None


def parse_rate(text: str) -> Decimal:
    """A typed rate: "95,5", "95.50", " 1 234,5 " → Decimal; above 0. Raises InputError."""
    cleaned = text.strip().replace("\u00a0", "").replace(" ", "").replace(",", ".")
    value = _to_decimal(cleaned, "Exchange rate", "a positive number such as 95.5")
    if value <= 0:
        raise InputError(f"Exchange rate must be a positive number such as 95.5; got {text!r}.")
    return value
