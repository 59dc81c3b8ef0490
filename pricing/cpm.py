"""CPM, reach ratios and the statistics of a niche's quotes.

CPM (cost per mille) = price of a placement / views the ad post collects × 1000. Admins price by
their niche: each competitor quote gives a CPM, and the niche's average CPM times the admin's own
reach / 1000 is the price. Everything here is exact ``Decimal`` arithmetic: divisions run with
:data:`PRECISION` significant digits and nothing is rounded for display.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence
from contextlib import AbstractContextManager
from dataclasses import dataclass, field
from decimal import Context, Decimal, InvalidOperation, localcontext

from pricing.errors import InputError
from pricing.parsing import Format

__all__ = [
    "PRECISION",
    "NicheSummary",
    "Quote",
    "cpm",
    "er",
    "err",
    "niche_summary",
]

# Significant digits for divisions: far more than any price or view count needs, so results are
# exact wherever the quotient terminates and otherwise correct to 50 digits.
PRECISION = 50

_THOUSAND = Decimal(1000)
_HUNDRED = Decimal(100)


def _context() -> AbstractContextManager[Context]:
    return localcontext(prec=PRECISION)


def _stats_context() -> AbstractContextManager[Context]:
    # Sums, means and interpolations of 50-digit CPMs get 20 more digits, so they are exact or
    # correctly rounded: the mean of equal CPMs is that CPM, never one unit off in the 50th digit.
    return localcontext(prec=PRECISION + 20)


def _to_decimal(value: object, what: str, accepted: str) -> Decimal:
    """``value`` as a finite Decimal; ints, Decimals, numeric strings and floats (via ``str``)."""
    if isinstance(value, bool):
        raise InputError(f"{what} must be {accepted}; got {value!r}.")
    try:
        if isinstance(value, Decimal):
            number = value
        elif isinstance(value, int | float):
            number = Decimal(str(value))
        elif isinstance(value, str):
            number = Decimal(value.strip().replace(",", "."))
        else:
            raise InputError(f"{what} must be {accepted}; got {value!r}.")
    except (InvalidOperation, ValueError):
        raise InputError(f"{what} must be {accepted}; got {value!r}.") from None
    if not number.is_finite():
        raise InputError(f"{what} must be {accepted}; got {value!r}.")
    return number


def _to_whole(value: object, what: str, minimum: int) -> int:
    """``value`` as an int ≥ ``minimum``; integral Decimals, floats and strings are accepted."""
    accepted = f"a whole number of at least {minimum}" if minimum else "a whole number, 0 or more"
    if minimum == 1:
        accepted = "a whole number above 0"
    if isinstance(value, int) and not isinstance(value, bool):
        number = value
    else:
        as_decimal = _to_decimal(value, what, accepted)
        if as_decimal != as_decimal.to_integral_value():
            raise InputError(f"{what} must be {accepted}; got {value!r}.")
        number = int(as_decimal)
    if number < minimum:
        raise InputError(f"{what} must be {accepted}; got {value!r}.")
    return number


def cpm(price: Decimal | int | str | float, views: int) -> Decimal:
    """Cost per thousand views: ``price / views × 1000``, not rounded.

    Example: 1000 ₽ for a post that collected 2000 views → CPM 500 ₽.
    """
    amount = _to_decimal(price, "Price", "a number, 0 or more, such as 1500 or 1500.50")
    if amount < 0:
        raise InputError(f"Price must be a number, 0 or more, such as 1500; got {price!r}.")
    count = _to_whole(views, "Views", 1)
    with _context():
        return amount * _THOUSAND / count


def err(reach: Decimal | int | str | float, subscribers: int) -> Decimal:
    """ERR in percent: average post reach / subscribers × 100 (how many subscribers really read)."""
    views = _to_decimal(reach, "Reach", "a number of views, 0 or more")
    if views < 0:
        raise InputError(f"Reach must be a number of views, 0 or more; got {reach!r}.")
    count = _to_whole(subscribers, "Subscribers", 1)
    with _context():
        return views * _HUNDRED / count


def er(interactions: Decimal | int | str | float, views: int) -> Decimal:
    """ER in percent: interactions (reactions, comments, forwards) / views × 100."""
    acts = _to_decimal(interactions, "Interactions", "a number, 0 or more")
    if acts < 0:
        raise InputError(f"Interactions must be a number, 0 or more; got {interactions!r}.")
    count = _to_whole(views, "Views", 1)
    with _context():
        return acts * _HUNDRED / count


@dataclass(frozen=True, slots=True)
class Quote:
    """One competitor's price for one placement, and the reach of a post over that placement.

    ``reach`` is the views a post collects over the format's reach window (see
    :attr:`Format.reach_window_hours`); ``feed_hours=None`` means the post is never deleted.
    ``price`` is converted to ``Decimal`` (ints, numeric strings and floats via ``str`` accepted);
    ``currency`` is stored upper-case.
    """

    price: Decimal
    reach: int
    top_hours: int = 1
    feed_hours: int | None = 24
    currency: str = "RUB"

    def __post_init__(self) -> None:
        price = _to_decimal(self.price, "Price", "a positive number, such as 1500 or 1500.50")
        if price <= 0:
            raise InputError(
                f"Price must be a positive number, such as 1500 or 1500.50; got {self.price!r}."
            )
        object.__setattr__(self, "price", price)
        object.__setattr__(self, "reach", _to_whole(self.reach, "Reach", 1))
        Format(self.top_hours, self.feed_hours)  # validates the hours, same rules as everywhere
        if not isinstance(self.currency, str) or not self.currency.strip().isalpha():
            raise InputError(
                "Currency must be a code such as RUB, USD, EUR, USDT or TON; "
                f"got {self.currency!r}."
            )
        object.__setattr__(self, "currency", self.currency.strip().upper())

    @property
    def cpm(self) -> Decimal:
        return cpm(self.price, self.reach)

    @property
    def format(self) -> Format:
        return Format(self.top_hours, self.feed_hours)


def mean(values: Sequence[Decimal]) -> Decimal:
    """The arithmetic mean, in the CPM statistics' decimal context."""
    with _stats_context():
        return sum(values, Decimal(0)) / len(values)


def percentile(ordered: Sequence[Decimal], fraction: Decimal) -> Decimal:
    """Linear interpolation between closest ranks: position ``(n − 1) × fraction`` in sorted data.

    The same as numpy's default, R's type 7 and ``statistics.quantiles(method="inclusive")``.
    """
    with _stats_context():
        position = (len(ordered) - 1) * fraction
        lower = int(position)  # position ≥ 0, so int() is floor
        if lower + 1 >= len(ordered):
            return ordered[-1]
        return ordered[lower] + (position - lower) * (ordered[lower + 1] - ordered[lower])


def _trimmed_mean(ordered: Sequence[Decimal], proportion: Decimal) -> Decimal:
    cut = math.floor(len(ordered) * proportion)
    return mean(ordered[cut : len(ordered) - cut])


TRIM_PROPORTION = Decimal("0.1")
IQR_FACTOR = Decimal("1.5")


@dataclass(frozen=True, slots=True)
class NicheSummary:
    """Statistics of the CPMs of a set of quotes, all in one currency.

    * ``mean_cpm``: arithmetic mean of the quotes' CPMs (the market's "average niche CPM");
    * ``median_cpm``: the middle CPM (mean of the two middle ones for an even count);
    * ``trimmed_mean_cpm``: mean after dropping floor(0.1 · n) lowest and as many highest CPMs
      (as ``scipy.stats.trim_mean(cpms, 0.1)``; equals the mean below 10 quotes);
    * ``weighted_cpm``: Σ price / Σ reach × 1000, i.e. big channels weigh more;
    * ``p25_cpm``/``p75_cpm``: quartiles by linear interpolation (numpy's default);
    * ``outliers``: quotes whose CPM is outside [p25 − 1.5·IQR, p75 + 1.5·IQR] (Tukey's fences),
      in input order, with their input positions in ``outlier_indices``.
    """

    count: int
    currency: str
    mean_cpm: Decimal
    median_cpm: Decimal
    trimmed_mean_cpm: Decimal
    weighted_cpm: Decimal
    p25_cpm: Decimal
    p75_cpm: Decimal
    min_cpm: Decimal
    max_cpm: Decimal
    lower_fence: Decimal
    upper_fence: Decimal
    outliers: tuple[Quote, ...]
    outlier_indices: tuple[int, ...]
    quotes: tuple[Quote, ...] = field(repr=False)
    cpms: tuple[Decimal, ...] = field(repr=False)

    @property
    def iqr(self) -> Decimal:
        return self.p75_cpm - self.p25_cpm

    def without_outliers(self) -> NicheSummary:
        """The same statistics over the quotes that are not outliers (self when there are none)."""
        if not self.outliers:
            return self
        kept = [q for i, q in enumerate(self.quotes) if i not in set(self.outlier_indices)]
        return niche_summary(kept)


def niche_summary(quotes: Iterable[Quote], *, exclude_outliers: bool = False) -> NicheSummary:
    """Summarise the CPMs of a niche's quotes; see :class:`NicheSummary` for each figure.

    With ``exclude_outliers=True`` the outliers are found first and the summary is computed over
    the remaining quotes (once; the result may have outliers of its own by the new fences).
    Raises :class:`InputError` for no quotes or quotes in different currencies.
    """
    items = tuple(quotes)
    if not items:
        raise InputError("No quotes to compare: add at least one competitor's price and reach.")
    for item in items:
        if not isinstance(item, Quote):
            raise InputError(f"Expected price quotes, got {type(item).__name__}.")
    currencies = sorted({q.currency for q in items})
    if len(currencies) > 1:
        raise InputError(
            f"Quotes are in different currencies ({', '.join(currencies)}); "
            "convert them to one currency before computing the niche CPM."
        )

    cpms = tuple(q.cpm for q in items)
    ordered = sorted(cpms)
    with _stats_context():
        p25 = percentile(ordered, Decimal("0.25"))
        p75 = percentile(ordered, Decimal("0.75"))
        spread = IQR_FACTOR * (p75 - p25)
        lower_fence, upper_fence = p25 - spread, p75 + spread
        total_price = sum((q.price for q in items), Decimal(0))
    # The CPM of all the quotes taken as one purchase, at the same precision as each quote's CPM.
    weighted = cpm(total_price, sum(q.reach for q in items))
    outlier_indices = tuple(
        i for i, value in enumerate(cpms) if value < lower_fence or value > upper_fence
    )
    summary = NicheSummary(
        count=len(items),
        currency=currencies[0],
        mean_cpm=mean(cpms),
        median_cpm=percentile(ordered, Decimal("0.5")),
        trimmed_mean_cpm=_trimmed_mean(ordered, TRIM_PROPORTION),
        weighted_cpm=weighted,
        p25_cpm=p25,
        p75_cpm=p75,
        min_cpm=ordered[0],
        max_cpm=ordered[-1],
        lower_fence=lower_fence,
        upper_fence=upper_fence,
        outliers=tuple(items[i] for i in outlier_indices),
        outlier_indices=outlier_indices,
        quotes=items,
        cpms=cpms,
    )
    return summary.without_outliers() if exclude_outliers else summary
