"""The niche over time: CPM by month (mean and P25–P75), how the market moved, price changes.

Pure: dated CPMs in, monthly figures out. A month's figures are taken over the quotes dated in
that calendar month (UTC), so a competitor quoted twice in one month counts twice, as two prices
asked. The change over a span compares the newest month's mean with the mean of the month
``span`` months earlier (or the nearest earlier month that has quotes).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Hashable, Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime
from decimal import ROUND_HALF_UP, Decimal

from pricing.cpm import mean, percentile

_QUARTER = Decimal("0.25")
_THREE_QUARTERS = Decimal("0.75")


def month_of(moment: datetime) -> date:
    """The first day of ``moment``'s calendar month (UTC; naive times count as UTC)."""
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    moment = moment.astimezone(UTC)
    return date(moment.year, moment.month, 1)


def months_between(first: date, last: date) -> int:
    return (last.year - first.year) * 12 + last.month - first.month


def add_months(month: date, count: int) -> date:
    index = month.year * 12 + month.month - 1 + count
    return date(index // 12, index % 12 + 1, 1)


@dataclass(frozen=True)
class MonthCpm:
    month: date  # the first day of the month
    mean: Decimal
    p25: Decimal
    p75: Decimal
    count: int


def monthly_cpm(points: Iterable[tuple[datetime, Decimal]]) -> list[MonthCpm]:
    """``(quoted_at, cpm)`` pairs → a :class:`MonthCpm` per month with quotes, oldest first."""
    by_month: dict[date, list[Decimal]] = defaultdict(list)
    for moment, value in points:
        by_month[month_of(moment)].append(Decimal(value))
    result = []
    for month in sorted(by_month):
        ordered = sorted(by_month[month])
        result.append(
            MonthCpm(
                month=month,
                mean=mean(ordered),
                p25=percentile(ordered, _QUARTER),
                p75=percentile(ordered, _THREE_QUARTERS),
                count=len(ordered),
            )
        )
    return result


def percent_change(old: Decimal, new: Decimal) -> Decimal:
    """(new − old) / old × 100, rounded to a whole percent."""
    if old <= 0:
        raise ValueError("the old value must be above zero")
    return ((new - old) * 100 / old).quantize(Decimal(1), rounding=ROUND_HALF_UP)


@dataclass(frozen=True)
class TrendChange:
    """How the niche mean CPM moved from ``start`` to ``end`` (``months`` apart)."""

    start: MonthCpm
    end: MonthCpm
    months: int
    percent: Decimal


def trend_change(months: Sequence[MonthCpm], span: int = 3) -> TrendChange | None:
    """The newest month against the month ``span`` months before it (or the nearest earlier
    month with quotes; failing that, the oldest month after it). None with fewer than two
    months."""
    if len(months) < 2 or span < 1:
        return None
    end = months[-1]
    target = add_months(end.month, -span)
    earlier = [m for m in months[:-1] if m.month <= target]
    start = earlier[-1] if earlier else months[0]
    if start.mean <= 0:
        return None
    return TrendChange(
        start, end, months_between(start.month, end.month), percent_change(start.mean, end.mean)
    )


def price_at_cpm(niche_cpm: Decimal, reach: int) -> Decimal:
    """The price a channel with ``reach`` would have at ``niche_cpm``, to a whole unit."""
    if reach <= 0:
        raise ValueError("reach must be above zero")
    return (Decimal(niche_cpm) * reach / 1000).quantize(Decimal(1), rounding=ROUND_HALF_UP)


def price_in_force(prices: Sequence[tuple[datetime, Decimal]], month: date) -> Decimal | None:
    """The price (from ``(valid_from, price)`` pairs) in force at the end of ``month``."""
    end = add_months(month, 1)
    valid = [(moment, price) for moment, price in prices if month_of(moment) < end]
    return max(valid, key=lambda item: item[0])[1] if valid else None


@dataclass(frozen=True)
class PriceChange:
    """A competitor's newest quote against the one before it, for the same placement."""

    key: Hashable  # (channel, format, currency) as the caller groups them
    previous_price: Decimal
    previous_at: datetime
    price: Decimal
    quoted_at: datetime
    percent: Decimal


def price_changes(
    quotes: Iterable[tuple[Hashable, datetime, Decimal]],
) -> list[PriceChange]:
    """For each key with two or more quotes, the newest against the previous one; changes
    first by size (biggest moves first), unchanged prices last."""
    by_key: dict[Hashable, list[tuple[datetime, Decimal]]] = defaultdict(list)
    for key, moment, price in quotes:
        by_key[key].append((moment, Decimal(price)))
    found = []
    for key, dated in by_key.items():
        if len(dated) < 2:
            continue
        dated.sort(key=lambda item: item[0])
        (previous_at, previous), (latest_at, latest) = dated[-2], dated[-1]
        if previous <= 0:
            continue
        found.append(
            PriceChange(
                key, previous, previous_at, latest, latest_at, percent_change(previous, latest)
            )
        )
    found.sort(key=lambda change: -abs(change.percent))
    return found
