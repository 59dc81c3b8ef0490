"""The price book as the pricing desk sees it: quotes with their CPM, niche statistics per format,
the suggested price and the own channel's standing. Repositories + ``pricing``; no Qt.

Widgets call this service and never compute a CPM themselves, so the numbers on every tab come
from one place.
"""

from __future__ import annotations

import gc
from collections import defaultdict
from collections.abc import Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from datetime import datetime
from decimal import Decimal
from typing import TYPE_CHECKING

from pricing.cpm import NicheSummary, Quote, cpm, niche_summary
from pricing.errors import InputError
from pricing.parsing import Format
from pricing.rates import ExchangeRates
from pricing.suggestion import Adjustments, FormatNiche, Suggestion, niche_for_format, suggest_price
from storage.records import (
    TYPED_REACH_WINDOWS,
    ChannelRecord,
    NicheRecord,
    OwnPriceRecord,
    QuoteDraft,
    QuoteRecord,
)
from storage.repositories import Storage, split_channel_name

if TYPE_CHECKING:  # reach builds on the price book's own-reach types
    from application.reach import ReachService

MIN_SAME_FORMAT = 5  # fewer quotes of one format than this are too few to trust on their own
# Tukey's fences need quartiles; quartiles of three numbers say nothing about outliers
MIN_QUOTES_FOR_OUTLIERS = 4
OUTLIER_IQR_FACTOR = Decimal("1.5")  # the fences: P25 − 1.5·IQR and P75 + 1.5·IQR


def format_of(record: QuoteRecord | OwnPriceRecord) -> Format:
    return Format(record.top_hours, record.feed_hours, record.native)


@dataclass(frozen=True, slots=True)
class BookRow:
    """One price-book row: the stored quote, its CPM (None without a reach) and outlier mark."""

    record: QuoteRecord
    cpm: Decimal | None
    format_label: str
    outlier: bool = False
    # the comparison that judged the row (see ``outlier_comparisons``): None without a reach
    # or when too few quotes were compared to judge
    judged_by: OutlierComparison | None = None
    # a quote brought into the niche's currency at the user's rate: its own price and currency
    converted_from: tuple[Decimal, str] | None = None


@dataclass(frozen=True, slots=True)
class OutlierComparison:
    """The one outlier rule, as every area applies it: a quote's CPM is an outlier when it is
    outside [P25 − 1.5·IQR, P75 + 1.5·IQR] of the quotes it is compared with, which are the
    quotes of its niche and currency chosen for its format as the suggestion chooses them
    (:func:`pricing.suggestion.niche_for_format`), and only when at least four are compared."""

    lower_fence: Decimal
    upper_fence: Decimal
    count: int
    format_label: str
    currency: str


@dataclass(frozen=True, slots=True)
class NicheView:
    """The niche statistics used for one format, and what was left out of them and why.

    ``rows`` are the quotes chosen for the format (outliers included, marked in
    ``outlier_flags``); ``summary`` is computed without the outliers when ``excluded_outliers``.
    """

    niche: NicheRecord | None
    format: Format
    format_niche: FormatNiche
    rows: tuple[BookRow, ...]
    outlier_flags: tuple[bool, ...]
    summary: NicheSummary
    skipped_no_reach: int
    skipped_other_currency: int
    excluded_outliers: bool

    @property
    def full_summary(self) -> NicheSummary:
        """Statistics over every chosen quote, outliers included."""
        return self.format_niche.summary

    @property
    def currency(self) -> str:
        return self.summary.currency

    @property
    def converted_currencies(self) -> dict[str, int]:
        """How many compared quotes were converted from each other currency."""
        counts: dict[str, int] = defaultdict(int)
        for row in self.rows:
            if row.converted_from is not None:
                counts[row.converted_from[1]] += 1
        return dict(counts)

    @property
    def too_few(self) -> bool:
        """True when fewer than the trusted minimum of same-format quotes exist."""
        return self.format_niche.fallback is not None


@dataclass(frozen=True, slots=True)
class Verdict:
    """Where the own CPM sits in the niche: cheaper than ``cheaper_than_pct`` % of the quotes."""

    own_cpm: Decimal
    cheaper_than_pct: int
    dearer_than_pct: int
    niche_count: int


@dataclass(frozen=True, slots=True)
class HistoryPoint:
    quoted_at: datetime
    price: Decimal
    currency: str
    cpm: Decimal | None
    format_label: str


@dataclass(frozen=True, slots=True)
class OwnReach:
    """The own channel's reach over a window and how it was obtained ("typed" or a method)."""

    views: int
    method: str  # "typed", or the estimator's: "measured", "interpolated", "curve", "mixed", ...
    n_posts: int = 0
    confidence: str = ""
    n_from_curve: int = 0


@dataclass
class PriceBookService:
    """Everything the pricing desk shows, computed from the repositories and ``pricing``."""

    storage: Storage
    # application.reach.ReachService: the own reach, Telegram statistics first, kept until
    # the channel's data changes (the one place reach is worked out)
    reach: ReachService
    min_same_format: int = MIN_SAME_FORMAT
    _rows_cache: dict = field(default_factory=dict, repr=False)

    # --- reading ----------------------------------------------------------------------------

    def niches(self) -> list[NicheRecord]:
        return self.storage.niches.all()

    def niche(self, niche_id: int | None) -> NicheRecord | None:
        if niche_id is None:
            return None
        return next((n for n in self.niches() if n.id == niche_id), None)

    def rows(self, niche_id: int | None = None) -> list[BookRow]:
        """Quotes newest first with CPM; outliers are judged within each niche and currency."""
        with _bulk_objects():
            quotes = self.storage.quotes
            return self.rows_for(quotes.all() if niche_id is None else quotes.in_niche(niche_id))

    @staticmethod
    def rows_for(
        records: Sequence[QuoteRecord], min_same_format: int = MIN_SAME_FORMAT
    ) -> list[BookRow]:
        """Rows for records: CPM from ``pricing``, outliers by :class:`OutlierComparison`.

        Within each niche and currency, a quote of format F is judged among the quotes the
        suggestion would compare for F: the same judgement the *Price suggestion* shows.
        """
        quotes: list[Quote | None] = [_quote_or_none(r) for r in records]
        cpms: list[Decimal | None] = [None] * len(records)
        groups: dict[tuple, list[int]] = defaultdict(list)
        for index, quote in enumerate(quotes):
            if quote is not None:
                groups[(records[index].niche_id, quote.currency)].append(index)
        judged: dict[int, tuple[bool, OutlierComparison]] = {}
        for indices in groups.values():
            group = [quotes[i] for i in indices]
            summary = niche_summary(group)
            for position, value in enumerate(summary.cpms):
                cpms[indices[position]] = value
            by_format: dict[tuple, list[int]] = defaultdict(list)
            for position, quote in enumerate(group):
                by_format[(quote.top_hours, quote.feed_hours)].append(position)
            summaries: dict[tuple[int, ...], NicheSummary] = {}
            for positions in by_format.values():
                fmt = group[positions[0]].format
                chosen = niche_for_format(group, fmt, min_same_format)
                if len(chosen.used_indices) < MIN_QUOTES_FOR_OUTLIERS:
                    continue
                used = summaries.get(chosen.used_indices)
                if used is None:  # formats that fall back to the same quotes share one summary
                    used = summaries[chosen.used_indices] = chosen.summary
                comparison = OutlierComparison(
                    used.lower_fence, used.upper_fence, used.count, fmt.label, used.currency
                )
                for position in positions:
                    value = summary.cpms[position]
                    outlier = not used.lower_fence <= value <= used.upper_fence
                    judged[indices[position]] = (outlier, comparison)
        rows = []
        for i, record in enumerate(records):
            outlier, comparison = judged.get(i, (False, None))
            rows.append(BookRow(record, cpms[i], _label(record), outlier, comparison))
        return rows

    def niche_view(
        self,
        niche_id: int | None,
        fmt: Format,
        *,
        exclude_outliers: bool = False,
        rows: Sequence[BookRow] | None = None,
        rates: ExchangeRates | None = None,
    ) -> NicheView | None:
        """The niche summary for ``fmt``, falling back to similar formats when there are too
        few quotes of the same one. None when no quote of the niche has a reach.

        With ``rates``, quotes in another currency that has a rate are converted into the
        niche's and compared (marked ``converted_from``); the others are counted as skipped."""
        niche = self.niche(niche_id)
        if rows is None:
            rows = self.rows(niche_id)
        currency = niche.currency if niche else _main_currency(rows)
        usable, no_reach, other_currency = [], 0, 0
        for row in rows:
            if row.cpm is None:
                no_reach += 1
            elif row.record.currency != currency:
                converted = _converted(row, currency, rates)
                if converted is None:
                    other_currency += 1
                else:
                    usable.append(converted)
            else:
                usable.append(row)
        if not usable:
            priced = [row for row in rows if row.cpm is not None]
            if not priced:
                return None
            # none in the niche's currency: compare the quotes in the one most of them are in;
            # the rest are counted in skipped_other_currency, which the views report
            currency = _main_currency(priced)
            usable = [row for row in priced if row.record.currency == currency]
            other_currency = len(priced) - len(usable)
        quotes = [_quote(row.record) for row in usable]
        chosen = niche_for_format(quotes, fmt, self.min_same_format)
        full = chosen.summary
        # the rule the price book applies (OutlierComparison): too few quotes judge no outlier
        outliers = set(full.outlier_indices) if full.count >= MIN_QUOTES_FOR_OUTLIERS else set()
        return NicheView(
            niche=niche,
            format=fmt,
            format_niche=chosen,
            rows=tuple(usable[i] for i in chosen.used_indices),
            outlier_flags=tuple(i in outliers for i in range(full.count)),
            summary=full.without_outliers() if exclude_outliers and outliers else full,
            skipped_no_reach=no_reach,
            skipped_other_currency=other_currency,
            excluded_outliers=exclude_outliers,
        )

    def suggest(
        self,
        view: NicheView,
        own_reach: int,
        adjustments: Adjustments | None = None,
        basis: str = "mean",
    ) -> Suggestion:
        return suggest_price(own_reach, view.summary, adjustments or Adjustments(), basis)

    @staticmethod
    def verdict(own_cpm: Decimal, summary: NicheSummary) -> Verdict:
        """ "Your CPM is X, cheaper than N % of the niche": N is the share of quotes dearer."""
        count = len(summary.cpms)
        dearer = sum(1 for value in summary.cpms if value > own_cpm)
        cheaper = sum(1 for value in summary.cpms if value < own_cpm)
        return Verdict(
            own_cpm=own_cpm,
            cheaper_than_pct=round(100 * dearer / count),
            dearer_than_pct=round(100 * cheaper / count),
            niche_count=count,
        )

    @staticmethod
    def own_cpm(price: Decimal, reach: int | None) -> Decimal | None:
        if not reach or reach <= 0:
            return None
        return cpm(price, reach)

    def price_history(self, channel_id: int) -> list[HistoryPoint]:
        """A channel's quotes oldest first: the offline price-tracking view."""
        records = sorted(self.storage.quotes.for_channel(channel_id), key=lambda r: r.quoted_at)
        return [
            HistoryPoint(r.quoted_at, r.price, r.currency, _cpm_or_none(r), _label(r))
            for r in records
        ]

    def channels_with_history(self, niche_id: int | None = None) -> list[tuple[int, str, int]]:
        """(channel id, display name, number of quotes), most quotes first."""
        counts: dict[int, list] = {}
        quotes = self.storage.quotes
        for record in quotes.all() if niche_id is None else quotes.in_niche(niche_id):
            entry = counts.setdefault(record.channel_id, [record.channel_name, 0])
            entry[1] += 1
        ordered = sorted(counts.items(), key=lambda item: (-item[1][1], item[1][0].casefold()))
        return [(cid, name, n) for cid, (name, n) in ordered]

    # --- the own channel --------------------------------------------------------------------

    def own_channel(self) -> ChannelRecord | None:
        return self.storage.channels.own()

    def save_own_channel(
        self, name: str, niche_id: int | None, subscribers: int | None
    ) -> ChannelRecord:
        """Create or rename the own channel and store its subscriber count."""
        current = self.own_channel()
        text = " ".join(name.split())
        if not text:
            raise InputError("Channel name is empty.")
        niche = self.niche(niche_id)
        username, _title = split_channel_name(text)
        if current is None or (username or text).casefold() != _plain_name(current):
            channel = self.storage.channels.get_or_create(text, niche.name if niche else None)
            channel = self.storage.channels.set_own(channel.id)
        else:
            channel = current
        fields: dict = {"niche_id": niche_id}
        if subscribers is not None:
            fields["subscribers"] = subscribers
        typed_a_link = username is not None and username.casefold() != text.casefold()
        if not typed_a_link and channel.username:
            fields["title"] = text
        return self.storage.channels.update(channel.id, **fields)

    def own_prices(self, channel_id: int) -> list[OwnPriceRecord]:
        return self.storage.own_prices.current(channel_id)

    def set_own_price(
        self, channel_id: int, price: Decimal, currency: str, fmt: Format
    ) -> OwnPriceRecord:
        return self.storage.own_prices.set_price(
            channel_id, price, currency, fmt.top_hours, fmt.feed_hours, fmt.native
        )

    def own_price_for(self, channel_id: int, fmt: Format) -> OwnPriceRecord | None:
        return next(
            (p for p in self.own_prices(channel_id) if format_of(p) == fmt),
            next(
                (
                    p
                    for p in self.own_prices(channel_id)
                    if (p.top_hours, p.feed_hours) == (fmt.top_hours, fmt.feed_hours)
                ),
                None,
            ),
        )

    def typed_reach(self, channel_id: int, window_hours: int) -> int | None:
        """The reach typed on *My channel* for a window, None when none is typed.

        A window with nothing typed (48 h, or a 1/72 placement) takes the longest shorter window
        typed: a post's views only grow, so that figure is a floor, not a guess.
        """
        found = self.typed_reach_and_window(channel_id, window_hours)
        return found[0] if found else None

    def typed_reach_and_window(self, channel_id: int, window_hours: int) -> tuple[int, int] | None:
        """(views, the window they were typed for) as :meth:`typed_reach` picks them: the window
        differs from ``window_hours`` when a shorter window's figure stands in."""
        channel = self.storage.channels.get(channel_id)
        if channel is None:
            return None
        usable = sorted((w for w in TYPED_REACH_WINDOWS if w <= window_hours), reverse=True)
        return next(((v, w) for w in usable if (v := channel.typed_reach(w))), None)

    def set_typed_reach(self, channel_id: int, window_hours: int, views: int | None) -> None:
        """Store (or clear, with None) the reach typed on *My channel* for a 24 h or 48 h window."""
        self.storage.channels.set_typed_reach(channel_id, window_hours, views)

    def best_own_reach(self, channel_id: int, window_hours: int) -> int | None:
        """The own reach used for prices and CPM: measured when possible, else typed."""
        measured = self.measured_reach(channel_id, window_hours)
        if measured:
            return measured.views
        return self.typed_reach(channel_id, window_hours)

    def measured_reach(self, channel_id: int, window_hours: int) -> OwnReach | None:
        """The own channel's reach over a window from stored view snapshots.

        Uses the reach estimator (``pricing.channel_reach``: recent posts, albums once, ads left
        out). None when it is not available or the channel has no posts with snapshots, so the
        figure typed on *My channel* is used instead.
        """
        return self.reach.own_reach(channel_id, window_hours)

    # --- writing (the undo stack in the UI calls these) -----------------------------------

    def add(self, draft: QuoteDraft) -> QuoteRecord:
        return self.storage.quotes.add(draft)

    def update(self, quote_id: int, draft: QuoteDraft) -> QuoteRecord:
        return self.storage.quotes.update(quote_id, draft)

    def delete(self, quote_id: int) -> QuoteRecord | None:
        return self.storage.quotes.delete(quote_id)

    def restore(self, record: QuoteRecord) -> QuoteRecord:
        return self.storage.quotes.restore(record)

    def set_tracked(self, channel_ids: Sequence[int], tracked: bool) -> None:
        """Mark competitors as tracked: the scheduled refresh reads them with the own channel."""
        self.storage.channels.set_tracked(channel_ids, tracked)

    def is_tracked(self, channel_id: int) -> bool:
        channel = self.storage.channels.get(channel_id)
        return bool(channel and (channel.tracked or channel.is_own))

    def last_refresh(self) -> datetime | None:
        return self.storage.history.last_refresh()


def _plain_name(channel: ChannelRecord) -> str:
    return (channel.username or channel.title).casefold()


@contextmanager
def _bulk_objects():
    """Pause the cyclic garbage collector while tens of thousands of small objects are built:
    they hold no cycles, and collections triggered by sheer allocation count cost ~30 %."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


_LABELS: dict[tuple, str] = {}


def _label(record: QuoteRecord | OwnPriceRecord) -> str:
    key = (record.top_hours, record.feed_hours, record.native)
    label = _LABELS.get(key)
    if label is None:
        try:
            label = format_of(record).label
        except InputError:
            label = "?"
        _LABELS[key] = label
    return label


def _quote_or_none(record: QuoteRecord) -> Quote | None:
    """The record as a pricing ``Quote``; None when it has no reach or does not validate."""
    if not record.reach or record.reach <= 0:
        return None
    try:
        return _quote(record)
    except InputError:
        return None


def _cpm_or_none(record: QuoteRecord) -> Decimal | None:
    if not record.reach or record.reach <= 0 or record.price <= 0:
        return None
    return cpm(record.price, record.reach)


def _quote(record: QuoteRecord) -> Quote:
    return Quote(record.price, record.reach, record.top_hours, record.feed_hours, record.currency)


def _converted(row: BookRow, currency: str, rates: ExchangeRates | None) -> BookRow | None:
    """The row with its price in ``currency`` at the user's rate, or None without a rate."""
    if rates is None or row.record.reach is None:
        return None
    price = rates.convert(row.record.price, row.record.currency, currency)
    if price is None or price <= 0:
        return None
    record = replace(row.record, price=price, currency=currency)
    return BookRow(
        record,
        cpm(price, row.record.reach),
        row.format_label,
        row.outlier,
        row.judged_by,
        (row.record.price, row.record.currency),
    )


def _main_currency(rows: Sequence[BookRow]) -> str:
    counts: dict[str, int] = defaultdict(int)
    for row in rows:
        if row.cpm is not None:
            counts[row.record.currency] += 1
    return max(counts, key=counts.__getitem__) if counts else "RUB"
