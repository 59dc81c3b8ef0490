"""The suggested price for the admin's own channel, with every step of the reasoning.

price = niche CPM × own reach / 1000 × each adjustment factor. Adjustments are the market's known
corrections (caught cheating, mega-compilations, better terms, growing, narrow niche); each one
the user switches on becomes a :class:`Step` the UI can show and translate.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal
from typing import Literal

from pricing.cpm import NicheSummary, Quote, _context, _to_decimal, _to_whole, niche_summary
from pricing.errors import InputError
from pricing.parsing import Format, format_amount, parse_format

__all__ = [
    "BASES",
    "Adjustments",
    "FormatNiche",
    "Step",
    "Suggestion",
    "niche_for_format",
    "round_price",
    "suggest_price",
]

Basis = Literal["mean", "median", "trimmed", "weighted"]
BASES: dict[str, str] = {
    "mean": "mean_cpm",
    "median": "median_cpm",
    "trimmed": "trimmed_mean_cpm",
    "weighted": "weighted_cpm",
}
_BASIS_WORDS = {
    "mean": "mean",
    "median": "median",
    "trimmed": "trimmed mean",
    "weighted": "weighted",
}

MAX_DISCOUNT_PCT = Decimal(90)
MAX_PREMIUM_PCT = Decimal(200)
_HUNDRED = Decimal(100)
_THOUSAND = Decimal(1000)


@dataclass(frozen=True, slots=True)
class Adjustments:
    """Corrections to the niche price, each with an editable percentage.

    Discounts (0–90 %): a channel caught buying views or subscribers (market range 30–50 %,
    default 40 %), a channel often sold in mass "mega-compilations" (default 30 %).
    Premiums (0–200 %): better placement terms than the niche's usual 1/24–1/48
    (``better_terms_pct``, 0 = none), a channel growing through bought ads, "под закупами"
    (default 10 %), a narrow niche with few competitors (default 15 %).
    Factors multiply: caught cheating and mega-compilations together give 0.6 × 0.7 = 0.42.
    """

    caught_cheating: bool = False
    cheating_pct: Decimal = Decimal(40)
    mega_compilations: bool = False
    mega_compilations_pct: Decimal = Decimal(30)
    better_terms_pct: Decimal = Decimal(0)
    growing: bool = False
    growing_pct: Decimal = Decimal(10)
    narrow_niche: bool = False
    narrow_niche_pct: Decimal = Decimal(15)

    def __post_init__(self) -> None:
        for name, what, limit in (
            ("cheating_pct", "Discount for a channel caught cheating", MAX_DISCOUNT_PCT),
            ("mega_compilations_pct", "Discount for mega-compilations", MAX_DISCOUNT_PCT),
            ("better_terms_pct", "Premium for better terms", MAX_PREMIUM_PCT),
            ("growing_pct", "Premium for a growing channel", MAX_PREMIUM_PCT),
            ("narrow_niche_pct", "Premium for a narrow niche", MAX_PREMIUM_PCT),
        ):
            accepted = f"a percentage from 0 to {limit}"
            value = _to_decimal(getattr(self, name), what, accepted)
            if not 0 <= value <= limit:
                raise InputError(f"{what} must be {accepted}; got {getattr(self, name)!r}.")
            object.__setattr__(self, name, value)
        for name in ("caught_cheating", "mega_compilations", "growing", "narrow_niche"):
            if not isinstance(getattr(self, name), bool):
                raise InputError(f"{name} must be true or false; got {getattr(self, name)!r}.")

    def active(self) -> tuple[tuple[str, Decimal, str], ...]:
        """The switched-on adjustments in the order they are applied: (kind, signed %, label)."""
        rows: list[tuple[str, Decimal, str]] = []
        if self.caught_cheating:
            rows.append(
                ("caught_cheating", -self.cheating_pct, "Caught buying views or subscribers")
            )
        if self.mega_compilations:
            rows.append(
                ("mega_compilations", -self.mega_compilations_pct, "Often in mega-compilations")
            )
        if self.better_terms_pct:
            rows.append(("better_terms", self.better_terms_pct, "Better placement terms"))
        if self.growing:
            rows.append(("growing", self.growing_pct, "Channel is growing through bought ads"))
        if self.narrow_niche:
            rows.append(("narrow_niche", self.narrow_niche_pct, "Narrow niche, few competitors"))
        return tuple(rows)

    @property
    def factor(self) -> Decimal:
        """The product of every active adjustment's factor (1 when none is on)."""
        total = Decimal(1)
        with _context():
            for _, percent, _ in self.active():
                total *= 1 + percent / _HUNDRED
        return total


@dataclass(frozen=True, slots=True)
class Step:
    """One line of the price reasoning.

    ``kind`` is a machine key: "base" (niche CPM × reach / 1000) or the adjustment's name
    ("caught_cheating", "mega_compilations", "better_terms", "growing", "narrow_niche").
    ``percent`` is signed (−40 for a 40 % discount, +15 for a premium; ``None`` for the base).
    ``factor`` multiplies the running amount (1 for the base); ``amount`` is the running price
    after this step, unrounded. ``label`` is an English sentence for logs and tests; the UI
    builds its own translated text from the other fields.
    """

    label: str
    factor: Decimal
    amount: Decimal
    kind: str = "base"
    percent: Decimal | None = None


@dataclass(frozen=True, slots=True)
class Suggestion:
    """A suggested price and its reasoning.

    ``price``, ``low`` and ``high`` are rounded by :func:`round_price`; ``unrounded_price`` and
    every step's ``amount`` keep full precision. ``low``/``high`` use the niche's p25/p75 CPM with
    the same adjustments; ``price`` may fall outside them when the mean is pulled by outliers.
    """

    price: Decimal
    low: Decimal
    high: Decimal
    basis: str
    basis_cpm: Decimal
    currency: str
    own_reach: int
    factor: Decimal
    unrounded_price: Decimal
    steps: tuple[Step, ...]


def round_price(amount: Decimal) -> Decimal:
    """Round a price for display: to whole currency units (half up) from 100 up, to cents below.

    Whole units suit roubles and most ad prices; small amounts (a few USDT or TON) keep cents so
    rounding never moves them by more than half a cent.
    """
    step = Decimal(1) if amount >= 100 else Decimal("0.01")
    return amount.quantize(step, rounding=ROUND_HALF_UP)


def suggest_price(
    own_reach: int,
    niche: NicheSummary | Iterable[Quote],
    adjustments: Adjustments | None = None,
    basis: str = "mean",
) -> Suggestion:
    """Price for the admin's own channel: basis CPM × own reach / 1000 × every adjustment.

    ``own_reach`` is the views the admin's posts collect over the same window as the niche's
    quotes. ``niche`` is a :class:`NicheSummary` (or quotes, summarised here). ``basis`` picks the
    niche CPM: "mean", "median", "trimmed" (10 % trimmed mean) or "weighted".
    """
    reach = _to_whole(own_reach, "Own reach", 1)
    if basis not in BASES:
        raise InputError(
            f"Basis must be one of {', '.join(BASES)}; got {basis!r}."
            if isinstance(basis, str)
            else f"Basis must be one of {', '.join(BASES)}."
        )
    summary = niche if isinstance(niche, NicheSummary) else niche_summary(niche)
    adjust = Adjustments() if adjustments is None else adjustments
    if not isinstance(adjust, Adjustments):
        raise InputError("Adjustments must be an Adjustments value.")

    basis_cpm: Decimal = getattr(summary, BASES[basis])
    with _context():
        amount = basis_cpm * reach / _THOUSAND
        steps = [
            Step(
                label=(
                    f"Niche {_BASIS_WORDS[basis]} CPM {format_amount(basis_cpm, 2)} "
                    f"× reach {format_amount(Decimal(reach))} / 1000"
                ),
                factor=Decimal(1),
                amount=amount,
            )
        ]
        for kind, percent, text in adjust.active():
            factor = 1 + percent / _HUNDRED
            amount *= factor
            sign = "+" if percent >= 0 else "−"
            steps.append(
                Step(
                    label=f"{text}: {sign}{format_amount(abs(percent))} %",
                    factor=factor,
                    amount=amount,
                    kind=kind,
                    percent=percent,
                )
            )
        total = adjust.factor
        low = summary.p25_cpm * reach / _THOUSAND * total
        high = summary.p75_cpm * reach / _THOUSAND * total
    return Suggestion(
        price=round_price(amount),
        low=round_price(low),
        high=round_price(high),
        basis=basis,
        basis_cpm=basis_cpm,
        currency=summary.currency,
        own_reach=reach,
        factor=total,
        unrounded_price=amount,
        steps=tuple(steps),
    )


# ---------------------------------------------------------------------------------------------
# Choosing the quotes to compare with, by placement format
# ---------------------------------------------------------------------------------------------

FALLBACK_SAME_REACH_WINDOW = "same_reach_window"
FALLBACK_ALL_FORMATS = "all_formats"


@dataclass(frozen=True, slots=True)
class FormatNiche:
    """The niche summary used for one placement format, and how its quotes were chosen.

    ``fallback`` is ``None`` when enough quotes of the same format existed;
    ``"same_reach_window"`` when too few did and quotes whose reach is counted over the same
    window were used; ``"all_formats"`` when even those were too few and every quote was used.
    ``used_indices`` are positions in the input, for highlighting rows.
    """

    format: Format
    summary: NicheSummary
    used_quotes: tuple[Quote, ...]
    used_indices: tuple[int, ...]
    same_format_count: int
    fallback: str | None
    min_same_format: int


def niche_for_format(
    quotes: Iterable[Quote],
    fmt: Format | str,
    min_same_format: int = 5,
    *,
    exclude_outliers: bool = False,
) -> FormatNiche:
    """Pick the quotes to price placement format ``fmt`` by, and summarise them.

    Policy, first rule that gives at least ``min_same_format`` quotes wins:

    1. quotes of the same format (same top hours and feed hours; quotes carry no "native" flag,
       so a native format compares with plain posts of the same hours);
    2. quotes whose reach window is the same (:attr:`Format.reach_window_hours`: "1/24" and
       "2/24" both count 24-hour reach; "1/72", "1/168" and forever all count 72 hours);
    3. all quotes. CPM is per 1000 views within each quote's own window, so it is comparable
       across formats, though better terms usually sell at a higher CPM.

    Raises :class:`InputError` when there are no quotes at all, or as :func:`niche_summary` does.
    """
    items = tuple(quotes)
    target = parse_format(fmt) if isinstance(fmt, str) else fmt
    if not isinstance(target, Format):
        raise InputError("Format must be a placement format such as 1/24.")
    minimum = _to_whole(min_same_format, "Minimum number of same-format quotes", 1)
    if not items:
        raise InputError("No quotes to compare: add at least one competitor's price and reach.")

    def same_format(q: Quote) -> bool:
        return (q.top_hours, q.feed_hours) == (target.top_hours, target.feed_hours)

    def same_window(q: Quote) -> bool:
        return q.format.reach_window_hours == target.reach_window_hours

    same = tuple(i for i, q in enumerate(items) if same_format(q))
    if len(same) >= minimum:
        used, fallback = same, None
    else:
        window = tuple(i for i, q in enumerate(items) if same_window(q))
        if len(window) >= minimum:
            used, fallback = window, FALLBACK_SAME_REACH_WINDOW
        else:
            used, fallback = tuple(range(len(items))), FALLBACK_ALL_FORMATS
    chosen = tuple(items[i] for i in used)
    return FormatNiche(
        format=target,
        summary=niche_summary(chosen, exclude_outliers=exclude_outliers),
        used_quotes=chosen,
        used_indices=used,
        same_format_count=len(same),
        fallback=fallback,
        min_same_format=minimum,
    )
