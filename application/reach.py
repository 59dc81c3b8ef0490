"""Reach of a stored channel at a placement window, with the method and confidence behind it.

Repositories + ``pricing``; no Qt. :class:`ReachService` turns a channel's stored posts and view
snapshots into its reach at a window (``pricing.channel_reach``: last 30 days, albums once, ads
left out). For the own channel, figures read from Telegram's statistics (see :mod:`tgclient.stats`)
win while the app runs and say "Telegram statistics"; their readings are also stored as ordinary
view snapshots, so offline the same posts count as measured.
:meth:`ReachService.fetch_quotes_reach` fills a price-book quote's reach from a fresh reading of its
channel on Telegram ("fetched"). The ad buyer's vetting built on it is :mod:`application.vetting`.

**Caching.** Working out a reach reads every recent post and snapshot and fits the channel's
accumulation curve: seconds on a large channel. :class:`ReachService` keeps each figure per
(channel, window) together with the channel's *data version* (snapshot count, newest snapshot,
username; one indexed query) and the fitted curve per channel, so every screen that asks
again gets the kept figure until the data changes. The service may be called from worker
threads (the database gives each thread its own connection); :meth:`ReachService.current`
answers without computing, for the UI thread.

**Freshness.** Stored data older than :data:`STALE_AFTER` (by the newest view snapshot) is called
stale, and the result says so; a channel without stored posts has no reach ("absent").
"""

from __future__ import annotations

import asyncio
import statistics
import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime, timedelta

import numpy as np

from application.pricebook import OwnReach, format_of
from pricing.ads import looks_like_ad
from pricing.errors import InputError
from pricing.reach import (
    DEFAULT_CURVE,
    Curve,
    channel_reach,
)
from storage.clock import utc_now
from storage.reading_columns import ChannelReadings
from storage.records import (
    ChannelRecord,
    QuoteDraft,
    QuoteRecord,
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


_EPOCH = datetime(1970, 1, 1, tzinfo=UTC)


def _moment(microseconds: int) -> datetime:
    return _EPOCH + timedelta(microseconds=microseconds)


def _reading_ages(readings: ChannelReadings) -> np.ndarray:
    """Each reading's age in hours, as ``PostHistory.ages_and_views`` gives it."""
    return ((readings.taken_us - readings.posted_us[readings.reading_post]) / 1e6) / 3600


def _post_slices(readings: ChannelReadings) -> list[tuple[int, int]]:
    """Each post's rows in the readings (grouped by post in the posts' order), ``(start, end)``."""
    counts = np.bincount(readings.reading_post, minlength=readings.n_posts)
    ends = np.cumsum(counts)
    return list(zip((ends - counts).tolist(), ends.tolist(), strict=True))


@dataclass(frozen=True)
class StoredPost:
    """A stored post as the vetting charts show it: latest views and ``(age, views)`` readings."""

    message_id: int
    posted_at: datetime
    views: int
    is_ad: bool
    readings: tuple[tuple[float, int], ...]


def stored_posts(readings: ChannelReadings, own_username: str | None) -> list[StoredPost]:
    """Posts with a reading, oldest first; a post's ad mark wins over the look of its text."""
    ages = np.maximum(_reading_ages(readings), 0.0).tolist()
    views = readings.views.tolist()
    posts = []
    for i, (start, end) in enumerate(_post_slices(readings)):
        if start == end:
            continue
        marked = readings.is_ad[i]
        posts.append(
            StoredPost(
                readings.message_ids[i],
                _moment(int(readings.posted_us[i])),
                views[end - 1],
                marked if marked is not None else looks_like_ad(readings.texts[i], own_username),
                tuple(zip(ages[start:end], views[start:end], strict=True)),
            )
        )
    return sorted(posts, key=lambda p: p.posted_at)


def latest_reading(readings: ChannelReadings) -> datetime | None:
    """When the newest of the readings was taken."""
    return _moment(int(readings.taken_us.max())) if len(readings.taken_us) else None


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

    def readings(self, channel_id: int, days: int = HISTORY_DAYS) -> ChannelReadings:
        """The posts of the ``days`` before the channel's newest reading (stale data is still
        read) and their readings, as columns: three queries whatever the number of posts."""
        latest = self.storage.history.last_refresh(channel_id)
        if latest is None:
            return ChannelReadings.empty()
        return self.storage.history.channel_columns(channel_id, latest - timedelta(days=days))

    def data_version(self, channel_id: int) -> tuple:
        """What a kept figure depends on: the channel's snapshots and its @username (ads)."""
        channel = self.storage.channels.get(channel_id)
        username = channel.username if channel else None
        return (*self.storage.history.data_version(channel_id), username)

    def current(self, channel_id: int, window: int) -> ReachFigure | None:
        """The figure :meth:`reach` would give, if it is known without computing (else None)."""
        return self._current(channel_id, int(window), None)

    def current_of(
        self, channels: Sequence[ChannelRecord], windows: Sequence[int]
    ) -> dict[tuple[int, int], ReachFigure | None]:
        """:meth:`current` of many channels and windows, the data versions read in one query."""
        versions = self.storage.history.data_versions(c.id for c in channels)
        return {
            (c.id, int(w)): self._current(c.id, int(w), (*versions[c.id], c.username))
            for c in channels
            for w in windows
        }

    def _current(self, channel_id: int, window: int, version: tuple | None) -> ReachFigure | None:
        stats = self._stats.get((channel_id, window))
        if stats is not None:
            return _stats_figure(stats)
        if version is None:
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
        self,
        channel_id: int,
        window: int,
        *,
        readings: ChannelReadings | None = None,
    ) -> ReachFigure:
        """The channel's reach at ``window`` hours from stored snapshots (stats win if read).

        Kept per (channel, window) until the channel's data changes; ``readings`` (the
        channel's posts from :meth:`readings`) saves reading them again.
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
        figure = self._compute(channel_id, window, readings, curve, username=version[-1])
        with self._lock:
            self._figures[(channel_id, window)] = (version, figure)
            if figure.views and curve is None:
                self._curves[channel_id] = (version, figure.curve)
        return figure

    def _compute(
        self,
        channel_id: int,
        window: int,
        readings: ChannelReadings | None,
        curve: Curve | None,
        username: str | None,
    ) -> ReachFigure:
        self.computations += 1
        if readings is None:
            readings = self.readings(channel_id)
        posts = readings.table()  # the posts with at least one reading
        if posts.n_posts == 0:
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
        from tgclient.errors import AccountWideError, TelegramError

        quotes = self.storage.quotes.with_ids(quote_ids)
        errors: dict[int, Exception] = {}
        for channel_id in dict.fromkeys(q.channel_id for q in quotes):
            try:
                await telegram.sync_channel(channel_id, progress)
            except AccountWideError:
                raise
            except TelegramError as error:
                errors[channel_id] = error
        results = []
        fresh = {q.id: q for q in self.storage.quotes.with_ids(q.id for q in quotes)}
        for quote in quotes:
            quote = fresh.get(quote.id, quote)  # the sync may have renamed its channel
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
