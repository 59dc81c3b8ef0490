"""Reach of a stored channel at a placement window, and the ad buyer's vetting of a quoted price.

Repositories + ``pricing``; no Qt. Two services:

* :class:`ReachService` turns a channel's stored posts and view snapshots into its reach at a
  window (``pricing.channel_reach``: last 30 days, albums once, ads left out) with the method and
  confidence behind it. For the own channel, figures read from Telegram's statistics (see
  :mod:`tgclient.stats`) win while the app runs and say "Telegram statistics"; their readings are
  also stored as ordinary view snapshots, so offline the same posts count as measured.
  :meth:`ReachService.fetch_quotes_reach` fills a price-book quote's reach from a fresh reading
  of its channel on Telegram ("fetched").
* :class:`VettingService` answers "is this price fair and are the views real?" for a channel
  link, a quoted price, a format and a niche: reach at the format's window, the quote's CPM, where
  that CPM sits among the niche's CPMs, the quality report, and the data for the two charts.

**Verdict thresholds.** The quote's CPM is compared with the quartiles of the niche's CPMs for the
format (the same quotes the price suggestion uses, ``pricing.niche_for_format``): below P25 is
*cheap*, from P25 to P75 *fair*, above P75 *overpriced*. Its percentile is the share of niche
CPMs below it (ties count half).

**Caching.** Working out a reach reads every recent post and snapshot and fits the channel's
accumulation curve: seconds on a large channel. :class:`ReachService` keeps each figure per
(channel, window) together with the channel's *data version* (snapshot count, newest snapshot,
username; one indexed query) and the fitted curve per channel, so every screen that asks
again gets the kept figure until the data changes. The service may be called from worker
threads (the database gives each thread its own connection); :meth:`ReachService.current`
answers without computing, for the UI thread.

**Freshness.** Stored data older than :data:`STALE_AFTER` (by the newest view snapshot) is called
stale, and the result says so; a channel without stored posts has no reach ("absent").

**Partial data.** Without stored posts, vetting falls back on the newest price-book quote of the
channel with a reach over the same window (method ``"pricebook"``, the quote kept in
``VettingResult.pricebook_quote`` so the screen can say where the figure came from). Whatever
the reach, the result carries the niche's median CPM for the format and the reach the quoted price
would need to sit at it, ``price ÷ niche CPM × 1000``, so a buyer can check a claimed reach.
"""

from __future__ import annotations

import asyncio
import statistics
import threading
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import UTC, date, datetime, timedelta
from decimal import ROUND_HALF_UP, Decimal

from pricing.cpm import cpm
from pricing.errors import InputError
from pricing.parsing import Format, parse_channel_ref, parse_format, parse_price
from pricing.quality import QualityReport, assess_channel
from pricing.reach import (
    DEFAULT_CURVE,
    Curve,
    PostSnapshots,
    PostStats,
    channel_reach,
    looks_like_ad,
)
from storage.pricebook import OwnReach, PriceBookService, format_of
from storage.records import (
    ChannelRecord,
    PostHistory,
    QuoteDraft,
    QuoteRecord,
    QuoteSource,
    ReachOrigin,
    ViewCount,
)
from storage.repositories import Storage

#: Stored data whose newest snapshot is older than this is shown as stale.
STALE_AFTER = timedelta(days=2)

#: Posts read for reach and quality: the estimators look at the last 30 days; a little more lets
#: the subscriber-jump signal compare reach before and after a jump.
HISTORY_DAYS = 45

METHOD_TELEGRAM_STATS = "telegram_stats"
METHOD_NO_POSTS = "no posts"
#: Vetting without stored posts: the reach typed or fetched in the price book for the channel.
METHOD_PRICEBOOK = "pricebook"

CHEAP, FAIR, OVERPRICED = "cheap", "fair", "overpriced"


def utc_now() -> datetime:
    return datetime.now(UTC)


# --- reach --------------------------------------------------------------------------------------


@dataclass(frozen=True)
class ReachFigure:
    """A channel's reach at ``window`` hours and how it was obtained.

    ``views`` is the mean over recent posts (None without data); ``method`` is the estimator's
    (``"measured"``, ``"interpolated"``, ``"curve"``, ``"default_curve"``,
    ``"mixed (k of n from curve)"``), ``"telegram_stats"`` or ``"no posts"``.
    """

    window: int
    views: int | None
    method: str
    confidence: str = "low"
    n_posts: int = 0
    n_from_curve: int = 0
    median: int | None = None
    excluded_ads: int = 0
    excluded_young: int = 0
    curve: Curve = field(default=DEFAULT_CURVE, repr=False)

    @property
    def available(self) -> bool:
        return bool(self.views)

    def as_own_reach(self) -> OwnReach | None:
        """The form *My channel* and the suggestion show (None when there is no figure)."""
        if not self.views:
            return None
        method = "mixed" if self.method.startswith("mixed") else self.method
        return OwnReach(self.views, method, self.n_posts, self.confidence, self.n_from_curve)


@dataclass(frozen=True)
class StatsReach:
    """Reach at one window measured by Telegram's statistics over ``n_posts`` posts."""

    window: int
    views: int
    n_posts: int
    fetched_at: datetime


def post_snapshots(history: PostHistory) -> PostSnapshots:
    return PostSnapshots(
        posted_at=history.posted_at,
        snapshots=tuple((s.taken_at, s.views) for s in history.snapshots),
        is_ad=bool(history.is_ad),
        grouped_id=history.grouped_id,
        text=history.text,
    )


def post_stats(history: PostHistory) -> PostStats | None:
    """A stored post as the quality signals see it (None without any view reading)."""
    latest = history.latest
    if latest is None:
        return None
    return PostStats(
        posted_at=history.posted_at,
        views=latest.views,
        forwards=max((s.forwards for s in history.snapshots), default=0),
        reactions=max((s.reactions for s in history.snapshots), default=0),
        snapshots=tuple((max(a, 0.0), v) for a, v in history.ages_and_views()),
        is_ad=bool(history.is_ad),
        grouped_id=history.grouped_id,
        text=history.text,
    )


@dataclass(frozen=True)
class QuoteReach:
    """A quote's reach as its channel's stored data gives it now.

    ``after`` is the quote with that reach (origin "fetched"); None when the data is too thin
    (no post old enough for the window) or the channel could not be read (``error``, a
    :class:`tgclient.errors.TelegramError`): then the quote stays as it is.
    """

    quote: QuoteRecord
    figure: ReachFigure
    after: QuoteDraft | None
    error: Exception | None = None


class ReachService:
    """Reach at a window of any stored channel; the own channel's figures for *My channel*."""

    def __init__(self, storage: Storage, clock: Callable[[], datetime] = utc_now):
        self.storage = storage
        self._clock = clock
        self._stats: dict[tuple[int, int], StatsReach] = {}
        self._lock = threading.Lock()
        # (channel, window) → (data version, figure); channel → (data version, fitted curve)
        self._figures: dict[tuple[int, int], tuple[tuple, ReachFigure]] = {}
        self._curves: dict[int, tuple[tuple, Curve]] = {}
        self.computations = 0  # figures worked out from the posts (not taken from the cache)

    def histories(self, channel_id: int, days: int = HISTORY_DAYS) -> list[PostHistory]:
        """Posts of the ``days`` before the channel's newest reading (stale data is still read)."""
        latest = self.storage.history.last_refresh(channel_id)
        if latest is None:
            return []
        since = latest - timedelta(days=days)
        return self.storage.history.post_histories(channel_id, since=since)

    def data_version(self, channel_id: int) -> tuple:
        """What a kept figure depends on: the channel's snapshots and its @username (ads)."""
        channel = self.storage.channels.get(channel_id)
        username = channel.username if channel else None
        return (*self.storage.history.data_version(channel_id), username)

    def current(self, channel_id: int, window: int) -> ReachFigure | None:
        """The figure :meth:`reach` would give, if it is known without computing (else None)."""
        window = int(window)
        stats = self._stats.get((channel_id, window))
        if stats is not None:
            return _stats_figure(stats)
        version = self.data_version(channel_id)
        if not version[0]:  # no snapshot at all: nothing to compute
            return ReachFigure(window, None, METHOD_NO_POSTS)
        with self._lock:
            kept = self._figures.get((channel_id, window))
        if kept is not None and kept[0] == version:
            return kept[1]
        return None

    def forget(self, channel_id: int | None = None) -> None:
        """Drop kept figures (of one channel, or all)."""
        with self._lock:
            if channel_id is None:
                self._figures.clear()
                self._curves.clear()
            else:
                self._figures = {k: v for k, v in self._figures.items() if k[0] != channel_id}
                self._curves.pop(channel_id, None)

    def reach(
        self, channel_id: int, window: int, histories: list[PostHistory] | None = None
    ) -> ReachFigure:
        """The channel's reach at ``window`` hours from stored snapshots (stats win if read).

        Kept per (channel, window) until the channel's data changes; ``histories`` (the
        channel's posts from :meth:`histories`) saves reading them again.
        """
        window = int(window)
        stats = self._stats.get((channel_id, window))
        if stats is not None:
            return _stats_figure(stats)
        version = self.data_version(channel_id)
        with self._lock:
            kept = self._figures.get((channel_id, window))
            kept_curve = self._curves.get(channel_id)
        if kept is not None and kept[0] == version:
            return kept[1]
        curve = kept_curve[1] if kept_curve is not None and kept_curve[0] == version else None
        figure = self._compute(channel_id, window, histories, curve, username=version[-1])
        with self._lock:
            self._figures[(channel_id, window)] = (version, figure)
            if figure.views and curve is None:
                self._curves[channel_id] = (version, figure.curve)
        return figure

    def _compute(
        self,
        channel_id: int,
        window: int,
        histories: list[PostHistory] | None,
        curve: Curve | None,
        username: str | None,
    ) -> ReachFigure:
        self.computations += 1
        if histories is None:
            histories = self.histories(channel_id)
        posts = [post_snapshots(h) for h in histories if h.snapshots]
        if not posts:
            return ReachFigure(window, None, METHOD_NO_POSTS)
        try:
            # "now" is the newest reading, so stale data still gives a figure (shown as stale);
            # the curve is fitted on all the posts, so one fit serves every window
            result = channel_reach(posts, window, own_username=username, curve=curve)
        except InputError:
            return ReachFigure(window, None, METHOD_NO_POSTS)
        return ReachFigure(
            window=window,
            views=result.mean,
            method=result.method,
            confidence=result.confidence,
            n_posts=result.n_posts,
            n_from_curve=result.n_from_curve,
            median=result.median,
            excluded_ads=result.excluded_ads,
            excluded_young=result.excluded_young,
            curve=result.curve,
        )

    def own_reach(self, channel_id: int, window: int) -> OwnReach | None:
        """What ``PriceBookService.measured_reach`` gives, with Telegram statistics first."""
        return self.reach(channel_id, window).as_own_reach()

    # --- a price-book quote's reach from Telegram ---

    def can_fetch_quote(self, quote: QuoteRecord) -> bool:
        """Whether Telegram can find the quote's channel: it has a @username or a Telegram id."""
        channel = self.storage.channels.get(quote.channel_id)
        return channel is not None and bool(channel.username or channel.telegram_id)

    def quote_reach(self, quote: QuoteRecord) -> QuoteReach:
        """The quote's reach at its format's window from the channel's stored data."""
        try:
            window = format_of(quote).reach_window_hours
        except InputError:
            window = 24
        figure = self.reach(quote.channel_id, window)
        after = None
        if figure.views:
            after = replace(quote.as_draft(), reach=figure.views, reach_origin=ReachOrigin.FETCHED)
        return QuoteReach(quote, figure, after)

    async def fetch_quotes_reach(
        self, quote_ids: list[int], telegram, progress=None
    ) -> list[QuoteReach]:
        """Read each quote's channel from Telegram (recent posts, views, subscribers; once per
        channel), then work out each quote's reach at its format's window. Nothing is written to
        the quotes: the caller applies :attr:`QuoteReach.after` (as one undoable step).

        ``telegram`` is the :class:`tgclient.service.TelegramService`. A channel Telegram refuses
        (private, unknown, not a channel) gives its quotes an ``error``; losing the session or
        the connection stops the whole fetch. Cancelling keeps what was read.
        """
        from tgclient.errors import ConnectionFailed, NotAuthorized, TelegramError

        quotes = [q for q in (self.storage.quotes.get(i) for i in quote_ids) if q is not None]
        errors: dict[int, Exception] = {}
        for channel_id in dict.fromkeys(q.channel_id for q in quotes):
            try:
                await telegram.sync_channel(channel_id, progress)
            except (NotAuthorized, ConnectionFailed):
                raise
            except TelegramError as error:
                errors[channel_id] = error
        results = []
        for quote in quotes:
            quote = self.storage.quotes.get(quote.id) or quote  # the sync may have renamed it
            error = errors.get(quote.channel_id)
            if error is not None:
                results.append(
                    QuoteReach(quote, ReachFigure(0, None, METHOD_NO_POSTS), None, error)
                )
            else:
                results.append(self.quote_reach(quote))
            await asyncio.sleep(0)
        return results

    # --- Telegram statistics (own channel) ---

    def record_stats(
        self,
        channel_id: int,
        per_post: dict[int, list[tuple[float, int]]],
        windows: tuple[int, ...] = (24, 48),
    ) -> dict[int, StatsReach]:
        """Keep the reach that Telegram's view graphs give for each window, and store readings.

        ``per_post`` maps message id → cumulative ``(age_hours, views)`` points from
        :func:`tgclient.stats.views_by_age`. A post counts for a window when its graph reaches
        that age. The points at each window are stored as view snapshots of the stored post.
        """
        fetched_at = self._clock()
        posted = self.storage.history.posted_at(channel_id, per_post)
        readings: list[ViewCount] = []
        found: dict[int, StatsReach] = {}
        for window in windows:
            values = []
            for message_id, points in per_post.items():
                at_window = _views_at(points, window)
                if at_window is None:
                    continue
                values.append(at_window)
                if message_id in posted:
                    taken_at = posted[message_id] + timedelta(hours=window)
                    readings.append(ViewCount(message_id, taken_at, at_window))
            if values:
                stats = StatsReach(window, round(statistics.fmean(values)), len(values), fetched_at)
                self._stats[(channel_id, window)] = stats
                found[window] = stats
        if readings:
            self.storage.history.add_view_counts(channel_id, readings)
        return found

    def stats_reach(self, channel_id: int, window: int) -> StatsReach | None:
        return self._stats.get((channel_id, window))


def _stats_figure(stats: StatsReach) -> ReachFigure:
    return ReachFigure(stats.window, stats.views, METHOD_TELEGRAM_STATS, "high", stats.n_posts)


def _views_at(points: list[tuple[float, int]], window: float) -> int | None:
    """Cumulative views at ``window`` from stats points (None when the graph ends before it)."""
    if not points or points[-1][0] < window:
        return None
    previous_age, previous_views = 0.0, 0
    for age, views in points:
        if age >= window:
            if age == previous_age:
                return views
            share = (window - previous_age) / (age - previous_age)
            return round(previous_views + share * (views - previous_views))
        previous_age, previous_views = age, views
    return None


# --- vetting ------------------------------------------------------------------------------------


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
    fetch_error: str | None = None  # why Telegram could not be used (stored data shown)
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
        telegram: object | None = None,
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

        Telegram errors do not fail the check: the stored data is evaluated and the result says
        why nothing fresh was read. Cancelling (the task) stops the fetch; what it stored stays.
        Any other error (a database or programming error) propagates.
        """
        fetched, fetch_error = await self.fetch(request, progress)
        await asyncio.sleep(0)
        return self.evaluate(request, fetched=fetched, fetch_error=fetch_error)

    async def fetch(self, request: VettingRequest, progress=None) -> tuple[bool, str | None]:
        """The Telegram half of :meth:`check`: ``(fetched, fetch_error)``.

        Only a :class:`tgclient.errors.TelegramError` becomes a ``fetch_error`` (its class
        name); anything else propagates. The screen runs :meth:`evaluate` afterwards in a worker
        thread, off the UI thread.
        """
        if self.can_fetch():
            from tgclient.errors import TelegramError

            try:
                await self.telegram.fetch_public(request.channel, progress)
            except TelegramError as error:
                return False, type(error).__name__
            return True, None
        if self.telegram is None:
            return False, "NotConfigured"
        return False, "NotAuthorized"

    def find_channel(self, request: VettingRequest) -> ChannelRecord | None:
        if request.username:
            return self.storage.channels.find_by_username(request.username)
        ref = parse_channel_ref(request.channel)
        if ref.kind == "channel_id":
            wanted = int(ref.value)
            return self.storage.channels.find_by_telegram_id(wanted)
        return None

    def evaluate(
        self, request: VettingRequest, *, fetched: bool = False, fetch_error: str | None = None
    ) -> VettingResult:
        """Everything the vetting screen shows, from stored data only."""
        channel = self.find_channel(request)
        window = request.format.reach_window_hours
        histories = self.reach_service.histories(channel.id) if channel else []
        if channel is not None:
            reach = self.reach_service.reach(channel.id, window, histories)
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

        stats = [s for s in (post_stats(h) for h in histories) if s is not None]
        subscribers = channel.subscribers if channel else None
        history = self.storage.history.subscriber_history(channel.id) if channel else []
        quality = assess_channel(subscribers or 0, stats, history)

        points = tuple(
            PostPoint(
                h.message_id,
                h.posted_at,
                h.latest.views,
                bool(h.is_ad) if h.is_ad is not None else looks_like_ad(h.text, request.username),
                tuple((max(a, 0.0), v) for a, v in h.ages_and_views()),
            )
            for h in sorted(histories, key=lambda h: h.posted_at)
            if h.latest is not None
        )
        latest = max((h.latest.taken_at for h in histories if h.latest is not None), default=None)
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
            pricebook_quote=pricebook_quote,
            niche_cpm=niche_cpm,
            required_reach=required_reach,
        )

    def pricebook_reach(self, channel_id: int, window: int) -> QuoteRecord | None:
        """The newest price-book quote of the channel with a reach over the same window."""
        quotes = [
            q
            for q in self.storage.quotes.list(channel_id=channel_id)
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
        for quote in self.storage.quotes.list(channel_id=channel.id):
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
