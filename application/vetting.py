"""The ad buyer's vetting: is a quoted price fair for the niche, and are the views real?

Repositories + ``pricing``; no Qt. :class:`VettingService` answers for a channel link, a quoted
price, a format and a niche: reach at the format's window (:mod:`application.reach`), the
quote's CPM, where that CPM sits among the niche's CPMs, the quality report, and the data for
the two charts.

**Verdict thresholds.** The quote's CPM is compared with the quartiles of the niche's CPMs for the
format (the same quotes the price suggestion uses, ``pricing.niche_for_format``): below P25 is
*cheap*, from P25 to P75 *fair*, above P75 *overpriced*. Its percentile is the share of niche
CPMs below it (ties count half).

**Partial data.** Without stored posts, vetting falls back on the newest price-book quote of the
channel with a reach over the same window (method ``"pricebook"``, the quote kept in
``VettingResult.pricebook_quote`` so the screen can say where the figure came from). Whatever
the reach, the result carries the niche's median CPM for the format and the reach the quoted price
would need to sit at it, ``price ÷ niche CPM × 1000``, so a buyer can check a claimed reach.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, date, datetime
from decimal import ROUND_HALF_UP, Decimal

from application.pricebook import PriceBookService, format_of
from application.reach import (
    CHEAP,
    FAIR,
    METHOD_NO_POSTS,
    METHOD_PRICEBOOK,
    OVERPRICED,
    STALE_AFTER,
    ReachFigure,
    ReachService,
    latest_reading,
    stored_posts,
)
from application.telegram import TelegramAccess
from pricing.cpm import cpm
from pricing.errors import InputError
from pricing.parsing import Format, parse_channel_ref, parse_format, parse_price
from pricing.quality import QualityReport, assess_channel
from storage.clock import utc_now
from storage.reading_columns import ChannelReadings
from storage.records import ChannelRecord, QuoteDraft, QuoteRecord, QuoteSource, ReachOrigin
from storage.repositories import Storage
from tgclient.errors import NotAuthorized, NotConfigured, TelegramError


class VettingInputError(InputError):
    """A field of the vetting form is wrong; ``field`` is "channel", "price" or "format".

    ``code`` and ``details`` are the parser's (see :class:`pricing.errors.InputError`), so the
    UI can give the specific reason in its language.
    """

    def __init__(
        self, field_name: str, message: str, *, code: str | None = None, **details: object
    ):
        super().__init__(message, code=code, **details)
        self.field = field_name

    @classmethod
    def from_error(cls, field_name: str, error: InputError) -> VettingInputError:
        return cls(field_name, str(error), code=error.code, **error.details)


class DuplicateQuoteError(InputError):
    """The checked quote is already in the price book (``quote``); it is not saved twice."""

    def __init__(self, quote: QuoteRecord):
        super().__init__(
            f"This quote is already in the price book (saved {quote.quoted_at:%Y-%m-%d %H:%M})."
        )
        self.quote = quote


@dataclass(frozen=True)
class VettingRequest:
    channel: str  # as typed; resolved by Telegram or matched to a stored channel
    username: str | None
    price: Decimal
    currency: str
    format: Format
    niche_id: int | None
    # the niche statistics leave outliers out, as the price suggestion's "Leave outliers out"
    exclude_outliers: bool = True


@dataclass(frozen=True)
class NicheStanding:
    """Where a quote's CPM sits among the niche's CPMs for the format."""

    cpm: Decimal
    percentile: int  # share of niche CPMs below it, 0–100
    verdict: str  # "cheap", "fair", "overpriced"
    p25: Decimal
    median: Decimal
    p75: Decimal
    count: int
    currency: str
    fallback: str | None  # as FormatNiche.fallback: which quotes stood in for the format
    outliers: int = 0  # outliers among the niche's quotes for the format
    outliers_left_out: bool = False  # whether they are left out of the quartiles (and count)


@dataclass(frozen=True)
class PostPoint:
    """One recent post for the charts."""

    message_id: int
    posted_at: datetime
    views: int
    is_ad: bool
    snapshots: tuple[tuple[float, int], ...]  # (age_hours, views)


@dataclass(frozen=True)
class VettingResult:
    request: VettingRequest
    channel: ChannelRecord | None
    subscribers: int | None
    reach: ReachFigure
    quote_cpm: Decimal | None
    standing: NicheStanding | None
    quality: QualityReport
    posts: tuple[PostPoint, ...]
    data_as_of: datetime | None
    stale: bool
    fetched: bool  # fresh data was read from Telegram for this check
    # why Telegram could not be used (stored data shown): the TelegramError itself
    fetch_error: TelegramError | None = None
    fetch_cancelled: bool = False  # the user stopped the fetch (stored data shown)
    # the price book's quote whose reach stands in when no posts are stored (method "pricebook")
    pricebook_quote: QuoteRecord | None = None
    # the niche's median CPM for the format, and the reach the quoted price needs to be at it
    niche_cpm: Decimal | None = None
    required_reach: int | None = None

    @property
    def display_name(self) -> str:
        """The channel as the screen names it: a pasted t.me link shows as @name."""
        if self.channel is not None:
            return self.channel.display_name
        if self.request.username:
            return f"@{self.request.username}"
        return self.request.channel

    @property
    def absent(self) -> bool:
        return not self.posts

    @property
    def can_save(self) -> bool:
        return self.channel is not None or self.request.username is not None


def _local_day(moment: datetime) -> date:
    """The calendar day the user sees for ``moment`` (naive times count as UTC)."""
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.astimezone().date()


def _verdict(value: Decimal, p25: Decimal, p75: Decimal) -> str:
    if value < p25:
        return CHEAP
    if value > p75:
        return OVERPRICED
    return FAIR


class VettingService:
    """The ad buyer's check of one quote, on stored data or fresh data from Telegram."""

    def __init__(
        self,
        storage: Storage,
        pricebook: PriceBookService,
        reach: ReachService,
        telegram: TelegramAccess | None = None,
        clock: Callable[[], datetime] = utc_now,
    ):
        self.storage = storage
        self.pricebook = pricebook
        self.reach_service = reach
        self.telegram = telegram
        self._clock = clock

    # --- input ---

    def parse(
        self, channel_text: str, price_text: str, format_text: str, niche_id: int | None
    ) -> VettingRequest:
        """Read the form; raises :class:`VettingInputError` naming the first wrong field."""
        channel_text = " ".join((channel_text or "").split())
        if not channel_text:
            raise VettingInputError(
                "channel", "Enter a channel: @username or a t.me link.", code="channel_empty"
            )
        try:
            ref = parse_channel_ref(channel_text)
        except InputError as error:
            raise VettingInputError.from_error("channel", error) from None
        try:
            money = parse_price(price_text)
        except InputError as error:
            raise VettingInputError.from_error("price", error) from None
        if money.amount <= 0:
            raise VettingInputError("price", "Price must be above zero.", code="price_zero")
        try:
            fmt = parse_format(format_text)
        except InputError as error:
            raise VettingInputError.from_error("format", error) from None
        niche = self.pricebook.niche(niche_id)
        currency = money.currency or (niche.currency if niche else "RUB")
        username = ref.value if ref.kind == "username" else None
        return VettingRequest(channel_text, username, money.amount, currency, fmt, niche_id)

    def can_fetch(self) -> bool:
        """Whether Telegram is set up with a saved session (it may still be unreachable)."""
        telegram = self.telegram
        if telegram is None:
            return False
        try:
            return telegram.credentials() is not None and telegram.has_session()
        except Exception:  # a broken credentials file: stored data still works
            return False

    # --- the check ---

    async def check(self, request: VettingRequest, progress=None) -> VettingResult:
        """Fetch fresh posts, views and subscribers when Telegram is available, then evaluate.

        Telegram errors do not fail the check: the stored data is evaluated and the result carries
        the error that kept fresh data out. Cancelling (the task) stops the fetch; what it stored
        stays. Any other error (a database or programming error) propagates.
        """
        try:
            await self.fetch(request, progress)
        except TelegramError as error:
            await asyncio.sleep(0)
            return self.evaluate(request, fetch_error=error)
        await asyncio.sleep(0)
        return self.evaluate(request, fetched=True)

    async def fetch(self, request: VettingRequest, progress=None) -> None:
        """The Telegram half of :meth:`check`: the channel's posts, views and subscribers stored.

        Raises a :class:`tgclient.errors.TelegramError` when Telegram cannot be used
        (:meth:`offline_error` without a set-up, signed-in account) or fails; the screen then
        evaluates the stored data with it (:meth:`evaluate` in a worker thread, off the UI thread).
        """
        if not self.can_fetch():
            raise self.offline_error()
        await self.telegram.fetch_public(request.channel, progress)

    def offline_error(self) -> TelegramError:
        """Why a check reads no fresh data when Telegram is not tried: not set up, or signed out."""
        return NotConfigured() if self.telegram is None else NotAuthorized()

    def find_channel(self, request: VettingRequest) -> ChannelRecord | None:
        if request.username:
            return self.storage.channels.find_by_username(request.username)
        ref = parse_channel_ref(request.channel)
        if ref.kind == "channel_id":
            wanted = int(ref.value)
            return self.storage.channels.find_by_telegram_id(wanted)
        return None

    def evaluate(
        self,
        request: VettingRequest,
        *,
        fetched: bool = False,
        fetch_error: TelegramError | None = None,
        fetch_cancelled: bool = False,
    ) -> VettingResult:
        """Everything the vetting screen shows, from stored data only."""
        channel = self.find_channel(request)
        window = request.format.reach_window_hours
        readings = self.reach_service.readings(channel.id) if channel else ChannelReadings.empty()
        if channel is not None:
            reach = self.reach_service.reach(channel.id, window, readings=readings)
        else:
            reach = ReachFigure(window, None, METHOD_NO_POSTS)
        pricebook_quote = None
        if not reach.views and channel is not None:
            pricebook_quote = self.pricebook_reach(channel.id, window)
            if pricebook_quote is not None:
                reach = ReachFigure(window, pricebook_quote.reach, METHOD_PRICEBOOK, "low", 1)
        quote_cpm = cpm(request.price, reach.views) if reach.views else None
        standing = self.standing(quote_cpm, request) if quote_cpm is not None else None
        niche_cpm = standing.median if standing is not None else self.niche_cpm(request)
        required_reach = None
        if niche_cpm:
            required_reach = int(
                (request.price / niche_cpm * 1000).to_integral_value(rounding=ROUND_HALF_UP)
            )

        subscribers = channel.subscribers if channel else None
        history = self.storage.history.subscriber_history(channel.id) if channel else []
        quality = assess_channel(subscribers or 0, readings.table(), history)

        points = tuple(
            PostPoint(p.message_id, p.posted_at, p.views, p.is_ad, p.readings)
            for p in stored_posts(readings, request.username)
        )
        latest = latest_reading(readings)
        stale = latest is None or self._clock() - latest > STALE_AFTER
        return VettingResult(
            request=request,
            channel=channel,
            subscribers=subscribers,
            reach=reach,
            quote_cpm=quote_cpm,
            standing=standing,
            quality=quality,
            posts=points,
            data_as_of=latest,
            stale=stale,
            fetched=fetched,
            fetch_error=fetch_error,
            fetch_cancelled=fetch_cancelled,
            pricebook_quote=pricebook_quote,
            niche_cpm=niche_cpm,
            required_reach=required_reach,
        )

    def pricebook_reach(self, channel_id: int, window: int) -> QuoteRecord | None:
        """The newest price-book quote of the channel with a reach over the same window."""
        quotes = [
            q
            for q in self.storage.quotes.for_channel(channel_id)
            if q.reach and format_of(q).reach_window_hours == window
        ]
        return max(quotes, key=lambda q: q.quoted_at, default=None)

    def niche_cpm(self, request: VettingRequest) -> Decimal | None:
        """The niche's median CPM for the request's format and currency (None without quotes)."""
        view = self.pricebook.niche_view(
            request.niche_id, request.format, exclude_outliers=request.exclude_outliers
        )
        if view is None or view.currency != request.currency:
            return None
        return view.summary.median_cpm

    def standing(self, quote_cpm: Decimal, request: VettingRequest) -> NicheStanding | None:
        """The quote's place among the niche's CPMs for its format (None without niche data)."""
        view = self.pricebook.niche_view(
            request.niche_id, request.format, exclude_outliers=request.exclude_outliers
        )
        if view is None or view.currency != request.currency:
            return None
        summary = view.summary
        below = sum(1 for v in summary.cpms if v < quote_cpm)
        equal = sum(1 for v in summary.cpms if v == quote_cpm)
        percentile = round(100 * (below + equal / 2) / summary.count)
        return NicheStanding(
            cpm=quote_cpm,
            percentile=percentile,
            verdict=_verdict(quote_cpm, summary.p25_cpm, summary.p75_cpm),
            p25=summary.p25_cpm,
            median=summary.median_cpm,
            p75=summary.p75_cpm,
            count=summary.count,
            currency=summary.currency,
            fallback=view.format_niche.fallback,
            outliers=sum(view.outlier_flags),
            outliers_left_out=view.excluded_outliers,
        )

    # --- saving ---

    def identical_quote(self, result: VettingResult) -> QuoteRecord | None:
        """The price book's quote that saving ``result`` today would repeat, if there is one.

        Identical means the same channel, format, price and currency, quoted on the same day
        (in local time) as now; the reach and niche may differ, as they do between two checks.
        """
        request = result.request
        channel = result.channel
        if channel is None and request.username:
            channel = self.storage.channels.find_by_username(request.username)
        if channel is None:
            return None
        fmt = request.format
        today = _local_day(self._clock())
        for quote in self.storage.quotes.for_channel(channel.id):
            if (
                quote.price == request.price
                and quote.currency == request.currency
                and (quote.top_hours, quote.feed_hours, quote.native)
                == (fmt.top_hours, fmt.feed_hours, fmt.native)
                and _local_day(quote.quoted_at) == today
            ):
                return quote
        return None

    def add_to_pricebook(
        self, result: VettingResult, source: QuoteSource = QuoteSource.OTHER, note: str = ""
    ) -> QuoteRecord:
        """Save the checked quote with its reach; "fetched" when the reach came from data.

        Raises :class:`DuplicateQuoteError` when :meth:`identical_quote` finds it already saved.
        """
        request = result.request
        if not result.can_save:
            raise InputError("The channel is not known: check it with Telegram first.")
        existing = self.identical_quote(result)
        if existing is not None:
            raise DuplicateQuoteError(existing)
        niche = self.pricebook.niche(request.niche_id)
        name = result.channel.display_name if result.channel else f"@{request.username}"
        return self.storage.quotes.add(
            QuoteDraft(
                channel=name,
                channel_id=result.channel.id if result.channel else None,
                price=request.price,
                quoted_at=self._clock(),
                currency=request.currency,
                top_hours=request.format.top_hours,
                feed_hours=request.format.feed_hours,
                native=request.format.native,
                reach=result.reach.views,
                reach_origin=(
                    result.pricebook_quote.reach_origin
                    if result.pricebook_quote is not None
                    else ReachOrigin.FETCHED
                    if result.reach.views
                    else ReachOrigin.TYPED
                ),
                source=source,
                note=note,
                niche=niche.name if niche else None,
            )
        )
