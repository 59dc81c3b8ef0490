"""The niche builder: finding competitors, reading their reach in one pass, asking their prices,
and following the niche's CPM over time. Repositories + ``pricing`` + ``tgclient``; no Qt.

**Finding.** Telegram's similar channels of the own channel (or any stored channel), and pasted
lists of links and @names, become *candidates* of the niche
(:mod:`storage.repositories.niche_candidates`):
a checklist with title, subscribers and, once read, reach at 24 h / 48 h and ERR. Ticking one
makes it a tracked channel of the niche with no price yet.

**One pass for reach.** :meth:`NicheService.fetch_reach` reads every tracked competitor whose
data is missing or older than :data:`FRESH_FOR`, one after another through the Telegram
service's sync (flood-wait countdown, reconnects, a page per transaction), with
:data:`NICHE_READ` limits. What was read stays when the pass is cancelled; the next pass skips
those channels (they are fresh now), which is how it resumes.

**Request budget per competitor** (stated, and checked by the tests): a first read costs at most
3 requests: 1 ``contacts.resolveUsername`` (only for a channel known by name alone),
1 ``channels.getFullChannel`` (subscribers) and 1 ``messages.getHistory`` (the newest
:data:`NICHE_READ` ``max_posts`` = 100 messages within 45 days); the posts it reads carry their
views, so no ``getMessagesViews`` follows. A later read costs 1 ``getFullChannel``, 1
``getHistory`` per 100 new messages, and 1 ``getMessagesViews`` per 100 known posts of the last
30 days. Finding similar channels costs 1 ``channels.getChannelRecommendations`` per channel
asked about (+1 resolve for a channel never read).

**Prices to collect.** Each competitor without a quote younger than the stale age is a row
with its reach at the format's window and the price it would have at the niche's mean CPM;
typing a price there makes a quote (reach "fetched" when the data gave one).

**Over time.** The niche's CPM by month for one format (mean, P25–P75), the own price's CPM on
the same months (the own price in force that month over today's own reach), the move over
three months, and each competitor's price change since its previous quote.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from decimal import Decimal

from application.pricebook import PriceBookService, format_of
from application.reach import STALE_AFTER, ReachFigure, ReachService
from application.telegram import TelegramAccess
from pricing.cpm import cpm, err
from pricing.errors import InputError
from pricing.niche_trend import (
    MonthCpm,
    PriceChange,
    TrendChange,
    monthly_cpm,
    price_at_cpm,
    price_changes,
    price_in_force,
    trend_change,
)
from pricing.parsing import Format, parse_price
from storage.clock import utc_now
from storage.records import ChannelRecord, QuoteDraft, QuoteRecord, QuoteSource, ReachOrigin
from storage.repositories import Storage
from storage.repositories.niche_candidates import (
    CandidateOrigin,
    CandidateRecord,
    NicheCandidateRepository,
)

#: A competitor read more recently than this is not read again by the pass.
FRESH_FOR = STALE_AFTER

#: Quotes older than this many days are stale (the default of the setting).
DEFAULT_STALE_DAYS = 90

#: The months the trend sentence looks back over.
TREND_SPAN_MONTHS = 3

#: First-read limits of the niche pass (see the module docstring for the request budget).
NICHE_MAX_POSTS = 100
NICHE_HISTORY_DAYS = 45
NICHE_VIEWS_DAYS = 30


def niche_read_limits():
    """The sync limits of the niche pass (a ``tgclient.service.SyncSettings``)."""
    from tgclient.service import SyncSettings

    return SyncSettings(
        history_days=NICHE_HISTORY_DAYS,
        max_posts=NICHE_MAX_POSTS,
        views_window_days=NICHE_VIEWS_DAYS,
    )


@dataclass(frozen=True)
class CandidateRow:
    """One checklist row: the candidate and what the stored data says of it."""

    candidate: CandidateRecord
    reach_24: int | None
    reach_48: int | None
    err: Decimal | None  # reach at 24 h / subscribers, in percent
    data_as_of: datetime | None

    @property
    def channel(self) -> ChannelRecord:
        return self.candidate.channel

    @property
    def competitor(self) -> bool:
        return self.candidate.competitor


@dataclass(frozen=True)
class PassProgress:
    done: int  # competitors finished
    total: int
    channel: str  # the one being read now ("" at the end)


@dataclass
class PassReport:
    total: int = 0
    read: list[int] = field(default_factory=list)
    failed: list[tuple[str, Exception]] = field(default_factory=list)
    cancelled: bool = False


@dataclass(frozen=True)
class CollectRow:
    """A competitor to ask for a price."""

    channel: ChannelRecord
    reach: int | None  # at the format's window
    price_at_niche: Decimal | None  # reach × the niche's mean CPM / 1000
    last_quote: QuoteRecord | None
    stale: bool  # it has a quote, but older than the stale age


@dataclass(frozen=True)
class CollectList:
    rows: tuple[CollectRow, ...]
    niche_cpm: Decimal | None
    currency: str
    format: Format

    @property
    def ask_again(self) -> tuple[CollectRow, ...]:
        return tuple(row for row in self.rows if row.stale)


@dataclass(frozen=True)
class NicheTrend:
    format: Format
    currency: str
    months: tuple[MonthCpm, ...]
    own: tuple[tuple[MonthCpm | None, Decimal | None], ...]  # per month: own price's CPM
    own_reach: int | None
    change: TrendChange | None


@dataclass(frozen=True)
class ChangeRow:
    channel_id: int
    channel_name: str
    format_label: str
    currency: str
    change: PriceChange


class NicheService:
    """Everything the *Niche* area and the niche part of *History* ask for."""

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
        self.reach = reach
        self.telegram = telegram
        self.candidates_repo = NicheCandidateRepository(storage.db)
        self._clock = clock

    # --- sources and candidates -------------------------------------------------------------

    def can_use_telegram(self) -> bool:
        telegram = self.telegram
        return telegram is not None and bool(getattr(telegram, "signed_in", False))

    def sources(self, niche_id: int | None) -> list[ChannelRecord]:
        """Channels whose similar channels can be asked for: the own channel first, then the
        niche's channels that have quotes or are competitors."""
        own = self.storage.channels.own()
        found = [own] if own is not None else []
        if niche_id is None:
            return found
        quoted = {cid for cid, _name, _n in self.pricebook.channels_with_history(niche_id)}
        for channel in self.storage.channels.in_niche(niche_id):
            if channel.is_own or not (channel.username or channel.telegram_id):
                continue
            if channel.id in quoted or channel.tracked:
                found.append(channel)
        return found

    def candidates(self, niche_id: int) -> list[CandidateRow]:
        """The checklist, with each channel's stored reach (computed: call off the UI thread)."""
        rows = []
        listed = self.candidates_repo.in_niche(niche_id)
        refreshed = self.storage.history.last_refreshes(c.channel.id for c in listed)
        kept = self.reach.current_of([c.channel for c in listed], (24, 48))
        for candidate in listed:
            channel = candidate.channel
            reach_24, reach_48 = self._reach_24_48(
                channel.id, [kept[(channel.id, 24)], kept[(channel.id, 48)]]
            )
            ratio = None
            if reach_24 and channel.subscribers:
                ratio = err(reach_24, channel.subscribers)
            as_of = refreshed.get(channel.id)
            rows.append(CandidateRow(candidate, reach_24, reach_48, ratio, as_of))
        return rows

    def _reach_24_48(
        self, channel_id: int, kept: list[ReachFigure | None] | None = None
    ) -> tuple[int | None, int | None]:
        """Both windows from one reading of the channel's posts (kept figures need none)."""
        figures = kept or [self.reach.current(channel_id, window) for window in (24, 48)]
        if None in figures:
            readings = self.reach.readings(channel_id)
            figures = [
                figure or self.reach.reach(channel_id, window, readings=readings)
                for figure, window in zip(figures, (24, 48), strict=True)
            ]
        return self._views(figures[0]), self._views(figures[1])

    @staticmethod
    def _views(figure: ReachFigure) -> int | None:
        return figure.views or None

    def set_competitor(self, niche_id: int, channel_id: int, competitor: bool) -> ChannelRecord:
        return self.candidates_repo.set_competitor(niche_id, channel_id, competitor)

    def competitors(self, niche_id: int) -> list[ChannelRecord]:
        return self.candidates_repo.competitors(niche_id)

    async def find_similar(self, niche_id: int, channel_id: int) -> list[CandidateRecord]:
        """Ask Telegram for channels similar to ``channel_id``; new ones join the checklist.
        Returns the candidates the answer named (new or already listed), in Telegram's order."""
        from tgclient.recommendations import similar_channels

        source, found = await similar_channels(self.telegram, channel_id)
        self.candidates_repo.add(
            niche_id, [c.id for c in found], CandidateOrigin.RECOMMENDED, self._clock(), source.id
        )
        wanted = {c.id for c in found}
        return [c for c in self.candidates_repo.in_niche(niche_id) if c.channel.id in wanted]

    async def add_pasted(self, niche_id: int, text: str):
        """A pasted list resolved through Telegram when signed in, else stored by name.
        Returns ``tgclient.recommendations.PastedChannels``."""
        from tgclient.recommendations import resolve_pasted

        if not self.can_use_telegram():
            return self.add_pasted_offline(niche_id, text)
        result = await resolve_pasted(self.telegram, text)
        self.candidates_repo.add(
            niche_id, [c.id for c in result.found], CandidateOrigin.PASTED, self._clock()
        )
        return result

    def add_pasted_offline(self, niche_id: int, text: str):
        """A pasted list without Telegram: @names and links stored by name, resolved on the
        first read."""
        from tgclient.recommendations import store_pasted_offline

        result = store_pasted_offline(self.storage, text)
        self.candidates_repo.add(
            niche_id, [c.id for c in result.found], CandidateOrigin.PASTED, self._clock()
        )
        return result

    # --- one pass for reach -----------------------------------------------------------------

    def needing_reach(self, niche_id: int) -> list[ChannelRecord]:
        """Tracked competitors never read, or read longer ago than :data:`FRESH_FOR`."""
        now = self._clock()
        needing = []
        competitors = self.competitors(niche_id)
        refreshed = self.storage.history.last_refreshes(c.id for c in competitors)
        for channel in competitors:
            if not (channel.username or channel.telegram_id):
                continue  # a title typed by hand: Telegram cannot find it
            latest = refreshed.get(channel.id)
            if latest is None or now - latest > FRESH_FOR:
                needing.append(channel)
        return needing

    async def fetch_reach(
        self, niche_id: int, progress: Callable[[PassProgress], None] | None = None
    ) -> PassReport:
        """Read every competitor that needs it, one after another (see the module docstring).

        A channel Telegram refuses is reported and skipped; losing the session or the
        connection stops the pass (what was read stays). Cancelling the task stops it the same
        way; the report of a cancelled pass is not returned (the task is cancelled).
        """
        from tgclient.errors import AccountWideError, TelegramError

        channels = self.needing_reach(niche_id)
        report = PassReport(total=len(channels))
        limits = niche_read_limits()
        for done, channel in enumerate(channels):
            if progress is not None:
                progress(PassProgress(done, len(channels), channel.display_name))
            try:
                await self.telegram.sync_channel(channel.id, limits=limits)
            except AccountWideError:
                raise
            except TelegramError as error:
                report.failed.append((channel.display_name, error))
                continue
            report.read.append(channel.id)
            await asyncio.sleep(0)
        if progress is not None:
            progress(PassProgress(len(channels), len(channels), ""))
        return report

    # --- prices to collect ------------------------------------------------------------------

    def niche_cpm(self, niche_id: int, fmt: Format) -> tuple[Decimal | None, str]:
        """The niche's mean CPM for ``fmt`` (outliers left out) and its currency."""
        niche = self.pricebook.niche(niche_id)
        view = self.pricebook.niche_view(niche_id, fmt, exclude_outliers=True)
        if view is None:
            return None, niche.currency if niche else "RUB"
        return view.summary.mean_cpm, view.currency

    def prices_to_collect(self, niche_id: int, fmt: Format, stale_days: int) -> CollectList:
        """Competitors without a quote younger than ``stale_days``; never-quoted ones first."""
        niche_cpm, currency = self.niche_cpm(niche_id, fmt)
        stale_before = self._clock() - timedelta(days=stale_days)
        rows = []
        newest: dict[int, QuoteRecord] = {}
        for quote in self.storage.quotes.in_niche(niche_id):  # newest first
            newest.setdefault(quote.channel_id, quote)
        for channel in self.competitors(niche_id):  # all in the niche, so all quotes are read
            last = newest.get(channel.id)
            if last is not None and last.quoted_at >= stale_before:
                continue
            reach = self.reach.reach(channel.id, fmt.reach_window_hours).views or None
            price = price_at_cpm(niche_cpm, reach) if niche_cpm and reach else None
            rows.append(CollectRow(channel, reach, price, last, stale=last is not None))
        rows.sort(key=lambda r: (r.stale, -(r.reach or 0)))
        return CollectList(tuple(rows), niche_cpm, currency, fmt)

    def add_price(self, niche_id: int, channel_id: int, fmt: Format, text: str) -> QuoteRecord:
        """A price typed in the list becomes a quote dated now; bad input raises
        :class:`InputError` and saves nothing."""
        money = parse_price(text)
        if money.amount <= 0:
            raise InputError("Price must be above zero.", code="price_zero")
        channel = self.storage.channels.get(channel_id)
        niche = self.pricebook.niche(niche_id)
        if channel is None or niche is None:
            raise InputError("This competitor is no longer in the niche.")
        reach = self.reach.reach(channel_id, fmt.reach_window_hours).views or None
        return self.storage.quotes.add(
            QuoteDraft(
                channel=channel.display_name,
                channel_id=channel.id,
                price=money.amount,
                quoted_at=self._clock(),
                currency=money.currency or niche.currency,
                top_hours=fmt.top_hours,
                feed_hours=fmt.feed_hours,
                native=fmt.native,
                reach=reach,
                reach_origin=ReachOrigin.FETCHED if reach else ReachOrigin.TYPED,
                source=QuoteSource.OTHER,
                niche=niche.name,
            )
        )

    # --- the niche over time ----------------------------------------------------------------

    def trend(self, niche_id: int | None, fmt: Format) -> NicheTrend:
        """The niche's CPM by month for exactly ``fmt`` in the niche's currency (outliers left
        out), and the own price's CPM for the same months."""
        niche = self.pricebook.niche(niche_id)
        rows = self.pricebook.rows(niche_id)
        currency = niche.currency if niche else "RUB"
        points = [
            (row.record.quoted_at, row.cpm)
            for row in rows
            if row.cpm is not None
            and not row.outlier  # as the price book marks them: one listing must not swing a month
            and row.record.currency == currency
            and format_of(row.record) == fmt
        ]
        months = tuple(monthly_cpm(points))
        own_points: list[tuple[MonthCpm | None, Decimal | None]] = []
        own = self.storage.channels.own()
        own_reach = None
        if own is not None and months:
            own_reach = self.pricebook.best_own_reach(own.id, fmt.reach_window_hours)
            prices = [
                (p.valid_from, p.price)
                for p in self.storage.own_prices.history(own.id)
                if format_of(p) == fmt and p.currency == currency
            ]
            for month in months:
                price = price_in_force(prices, month.month)
                own_cpm = cpm(price, own_reach) if price is not None and own_reach else None
                own_points.append((month, own_cpm))
        change = trend_change(months, TREND_SPAN_MONTHS)
        return NicheTrend(fmt, currency, months, tuple(own_points), own_reach, change)

    def price_changes(self, niche_id: int | None) -> list[ChangeRow]:
        """Each competitor's newest quote against its previous one for the same placement."""
        rows = self.pricebook.rows(niche_id)
        names = {}
        labels = {}
        quotes = []
        for row in rows:
            record = row.record
            key = (record.channel_id, row.format_label, record.currency)
            names[key] = record.channel_name
            labels[key] = row.format_label
            quotes.append((key, record.quoted_at, record.price))
        return [
            ChangeRow(change.key[0], names[change.key], labels[change.key], change.key[2], change)
            for change in price_changes(quotes)
        ]
