"""The *Placements* use case: ads the user bought and what each one really brought.

Repositories + ``pricing.placements`` (+ ``tgclient.invites`` for Telegram); no Qt. For every
placement it works out the ad post's views at the format's window (from the seller channel's
stored view snapshots of that post, ``pricing.reach.estimate_reach``; else the views the user
typed), the CPM actually paid against the seller's quoted CPM and the niche's, joins through the
placement's invite link at 24 h / 48 h / 7 days, cost per subscriber, conversion and — where the
user says what a subscriber is worth — the return on the spend.

Joins come, best first, from the join dates Telegram lists for the link, from dated readings of
the link's counter, or from the number the user typed; every figure says which.

A placement with a measured reach is a real quote: :meth:`PlacementService.add_to_pricebook`
saves it with the source "own purchase", so the niche statistics learn from what was paid.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from decimal import Decimal

from application.pricebook import PriceBookService
from application.telegram import TelegramAccess
from pricing.errors import InputError
from pricing.parsing import Format, parse_channel_ref
from pricing.placements import (
    ATTRIBUTION_HOURS,
    JoinCount,
    JoinsByWindow,
    PlacementFigures,
    joins_from_counts,
    joins_from_dates,
    placement_figures,
    typed_joins,
)
from pricing.reach import ReachEstimate, estimate_reach
from storage.clock import utc_now
from storage.placement_records import (
    ImportedJoin,
    InviteBundle,
    InviteRecord,
    PlacementBundle,
    PlacementDraft,
    PlacementRecord,
)
from storage.placements import PlacementRepository
from storage.records import (
    ChannelRecord,
    PostData,
    QuoteDraft,
    QuoteRecord,
    QuoteSource,
    ReachOrigin,
    ViewCount,
)
from storage.repositories import Storage

VIEWS_TYPED = "typed"
VIEWS_NONE = ""
#: Ad posts get a fresh view reading while younger than this (the 72-hour window and a margin).
READ_AD_POSTS_FOR = timedelta(days=4)
#: At most about this many points per placement on the joins chart.
CURVE_POINTS = 150


@dataclass(frozen=True, slots=True)
class NicheCpm:
    """The niche's CPM quartiles for a placement's format (what the paid CPM is set against)."""

    p25: Decimal
    median: Decimal
    p75: Decimal
    count: int
    currency: str


@dataclass(frozen=True, slots=True)
class PlacementResult:
    """One row of the results table, with what the charts need."""

    record: PlacementRecord
    format: Format
    views: int | None  # the ad post's views at the format's window
    views_method: str  # an estimate method, "typed", or "" without views
    views_24h: int | None
    views_48h: int | None
    figures: PlacementFigures
    quoted_cpm: Decimal | None  # the seller's latest quote of the format, if it has a reach
    niche: NicheCpm | None
    join_curve: tuple[tuple[float, int], ...]  # (hours after the post, joins so far)

    @property
    def joins(self) -> JoinsByWindow:
        return self.figures.joins

    @property
    def can_add_to_pricebook(self) -> bool:
        return self.views is not None


@dataclass
class _Context:
    """What one computation of the results reads once for every placement."""

    ad_posts: dict  # (seller id, message id) → (posted at, view readings)
    book: list  # the price book's rows (application.pricebook.BookRow), all niches
    niches: dict = field(default_factory=dict)  # (niche, format, currency) → NicheCpm | None
    rows_by_niche: dict = field(default_factory=dict)


def _ad_post_estimates(stored, windows) -> dict[int, ReachEstimate]:
    """The ad post's views at each window from its stored readings (empty without any)."""
    if stored is None or not stored[1]:
        return {}
    posted_at, readings = stored
    pairs = [(max((t - posted_at).total_seconds() / 3600, 0.0), v) for t, v in readings]
    found = {}
    for window in windows:
        try:
            found[window] = estimate_reach(pairs, window)
        except InputError:
            continue
    return found


def _quoted_cpm(book, record: PlacementRecord, fmt: Format) -> Decimal | None:
    """The CPM of the seller's latest quote of the format (not one made from a placement)."""
    for row in book:  # newest first
        quote = row.record
        if (
            quote.channel_id == record.seller_id
            and row.cpm is not None
            and (quote.top_hours, quote.feed_hours, quote.native)
            == (fmt.top_hours, fmt.feed_hours, fmt.native)
            and quote.currency == record.currency
            and quote.source != QuoteSource.OWN_PURCHASE
        ):
            return row.cpm
    return None


class InviteLinkError(InputError):
    """A pasted text that is not an invite link, or a link another placement already has."""


class PlacementService:
    """Everything the *Placements* area shows and does; built once in ``main.py``."""

    def __init__(
        self,
        storage: Storage,
        pricebook: PriceBookService,
        telegram: TelegramAccess | None = None,
        clock: Callable[[], datetime] = utc_now,
    ) -> None:
        self.storage = storage
        self.pricebook = pricebook  # the niche's CPMs
        self.telegram = telegram  # None: the demo, or not signed up (offline)
        self.repository = PlacementRepository(storage.db, storage.channels)
        self._clock = clock

    # --- reading ------------------------------------------------------------------------------

    def records(self, niche_id: int | None = None) -> list[PlacementRecord]:
        return self.repository.list(niche_id)

    def results(self, niche_id: int | None = None) -> list[PlacementResult]:
        """Every placement (of the niche, by its seller's niche) with its figures, newest first."""
        return self._results(self.repository.list(niche_id))

    def result(self, placement_id: int) -> PlacementResult | None:
        record = self.repository.get(placement_id)
        return self._results([record])[0] if record is not None else None

    def _results(self, records: list[PlacementRecord]) -> list[PlacementResult]:
        """The figures of ``records``, each table read once for all of them."""
        invite_ids = [r.invite.id for r in records if r.invite is not None]
        counts = self.repository.join_counts(invite_ids)
        dates = self.repository.join_times(invite_ids)
        context = _Context(
            ad_posts=self.repository.ad_post_views(
                (r.seller_id, r.ad_message_id) for r in records if r.ad_message_id is not None
            ),
            book=self.pricebook.rows() if records else [],
        )
        now = self._clock()
        return [
            self._result(
                record,
                now,
                counts.get(record.invite.id, []) if record.invite else [],
                dates.get(record.invite.id, []) if record.invite else [],
                context,
            )
            for record in records
        ]

    def _result(self, record, now, counts, dates, context: _Context) -> PlacementResult:
        fmt = Format(record.top_hours, record.feed_hours, record.native)
        window = fmt.reach_window_hours
        stored = context.ad_posts.get((record.seller_id, record.ad_message_id))
        estimates = _ad_post_estimates(stored, (window, 24, 48))
        main = estimates.get(window)
        views, method = (main.views, main.method) if main else (None, VIEWS_NONE)
        if views is None and record.typed_views:
            views, method = record.typed_views, VIEWS_TYPED
        joins = self._joins(record, now, counts, dates)
        figures = placement_figures(
            price=record.price,
            posted_at=record.posted_at,
            now=now,
            views=views,
            joins=joins,
            subscriber_value=record.subscriber_value,
        )
        key = (record.niche_id, fmt, record.currency)
        if key not in context.niches:
            context.niches[key] = self._niche_cpm(record, fmt, context)
        return PlacementResult(
            record=record,
            format=fmt,
            views=views,
            views_method=method,
            views_24h=estimates[24].views if estimates.get(24) else None,
            views_48h=estimates[48].views if estimates.get(48) else None,
            figures=figures,
            quoted_cpm=_quoted_cpm(context.book, record, fmt),
            niche=context.niches[key],
            join_curve=_join_curve(record.posted_at, counts, dates),
        )

    def _joins(self, record, now, counts, dates) -> JoinsByWindow:
        if dates:
            return joins_from_dates(record.posted_at, dates, now)
        if counts:
            return joins_from_counts(record.posted_at, [JoinCount(t, j) for t, j in counts], now)
        if record.typed_joins is not None:
            return typed_joins(record.typed_joins)
        return JoinsByWindow(None, None, None, None, "")

    def _niche_cpm(self, record, fmt, context: _Context) -> NicheCpm | None:
        niche_id = record.niche_id
        if niche_id is None:
            own = self.storage.channels.own()
            niche_id = own.niche_id if own else None
        if niche_id not in context.rows_by_niche:
            context.rows_by_niche[niche_id] = [
                r for r in context.book if niche_id is None or r.record.niche_id == niche_id
            ]
        view = self.pricebook.niche_view(niche_id, fmt, rows=context.rows_by_niche[niche_id])
        if view is None or view.currency != record.currency or not view.summary.count:
            return None
        summary = view.summary
        return NicheCpm(
            summary.p25_cpm, summary.median_cpm, summary.p75_cpm, summary.count, summary.currency
        )

    def own_channels(self) -> list[ChannelRecord]:
        """Channels a placement can promote: the user's own channel."""
        own = self.storage.channels.own()
        return [own] if own else []

    def sellers(self) -> list[str]:
        """Channel names to offer in the form: the price book's channels."""
        return sorted(
            {c.display_name for c in self.storage.channels.list() if not c.is_own},
            key=str.casefold,
        )

    # --- writing ------------------------------------------------------------------------------

    def add(self, draft: PlacementDraft) -> PlacementRecord:
        return self.repository.add(draft)

    def update(self, placement_id: int, draft: PlacementDraft) -> PlacementRecord:
        return self.repository.update(placement_id, draft)

    def delete(self, placement_id: int) -> PlacementBundle | None:
        return self.repository.delete(placement_id)

    def restore(self, bundle: PlacementBundle) -> PlacementRecord:
        return self.repository.restore(bundle)

    def set_typed_joins(self, placement_id: int, joins: int | None) -> PlacementRecord:
        if joins is not None and (isinstance(joins, bool) or joins < 0):
            raise InputError("Joins must be a whole number, 0 or more.", code="joins_invalid")
        return self.repository.set_typed_joins(placement_id, joins)

    # --- invite links -------------------------------------------------------------------------

    @staticmethod
    def invite_title(record: PlacementRecord) -> str:
        """The link's name in Telegram: the seller and the day, so the admin knows it later."""
        day = record.posted_at.astimezone().strftime("%d.%m.%y")
        return f"{record.seller_name} {day}"

    def paste_invite(self, placement_id: int, text: str) -> InviteRecord:
        """Store a link made elsewhere (another admin, offline). Raises InviteLinkError."""
        link = normalise_invite_link(text)
        other = self.repository.find_invite(link)
        if other is not None and other.placement_id != placement_id:
            raise InviteLinkError(
                "This link already belongs to another placement.", code="invite_taken"
            )
        return self.repository.set_invite(placement_id, link, created_here=False)

    def clear_invite(self, placement_id: int) -> None:
        self.repository.clear_invite(placement_id)

    def invite_bundle(self, placement_id: int) -> InviteBundle | None:
        """The placement's link and what was read for it (see :meth:`restore_invite`)."""
        return self.repository.invite_bundle(placement_id)

    def restore_invite(self, placement_id: int, bundle: InviteBundle | None) -> None:
        """Give the placement back the link it had (None: no link), with its joins."""
        if bundle is None:
            self.repository.clear_invite(placement_id)
        else:
            self.repository.restore_invite(bundle)

    def invite_blocker(self, record: PlacementRecord) -> str | None:
        """Why *Create invite link* cannot run for ``record`` (a code), None when it can."""
        if self.telegram is None:
            return "no_telegram"
        if not getattr(self.telegram, "signed_in", False):
            return "signed_out"
        promoted = self.storage.channels.get(record.promoted_id) if record.promoted_id else None
        if promoted is None:
            return "no_promoted"
        if not promoted.telegram_id:
            return "promoted_unknown"
        return None

    async def create_invite(self, placement_id: int) -> InviteRecord:
        """Make the placement's link in the promoted channel on Telegram and store it."""
        from tgclient.invites import export_invite
        from tgclient.records import ChannelPeer

        record = self.repository.get(placement_id)
        if record is None:
            raise InputError("The placement no longer exists.", code="placement_gone")
        blocker = self.invite_blocker(record)
        if blocker is not None:
            raise InputError(f"Cannot create a link: {blocker}", code=blocker)
        promoted = self.storage.channels.get(record.promoted_id)
        peer = ChannelPeer(promoted.telegram_id, promoted.access_hash)
        telegram = self.telegram
        title = self.invite_title(record)
        info = await telegram.call(lambda: export_invite(telegram.gateway(), peer, title))
        return self.repository.set_invite(placement_id, info.link, info.title, created_here=True)

    # --- joins and ad post views from Telegram (tgclient.invites calls these) ---------------

    def has_invites(self) -> bool:
        return bool(self.repository.invites())

    def invites_by_promoted_channel(self) -> dict[int, list[InviteRecord]]:
        found: dict[int, list[InviteRecord]] = {}
        for record in self.repository.list():
            if record.invite is not None and record.promoted_id is not None:
                found.setdefault(record.promoted_id, []).append(record.invite)
        return found

    def record_join_count(self, invite_id: int, taken_at: datetime, joins: int) -> bool:
        return self.repository.add_join_count(invite_id, taken_at, joins)

    def known_joins(self, invite_id: int) -> dict[int, datetime]:
        """user id → join time of the subscribers already stored for a link."""
        return self.repository.known_joins(invite_id)

    def record_joins(self, invite_id: int, joins: Sequence[ImportedJoin]) -> int:
        return self.repository.add_joins(invite_id, joins)

    def ad_posts_to_read(self, now: datetime | None = None) -> list[PlacementRecord]:
        """Placements whose ad post is young enough that a fresh view reading still counts."""
        now = now or self._clock()
        return [
            r
            for r in self.repository.list()
            if r.ad_message_id is not None
            and r.seller_username
            and r.posted_at <= now <= r.posted_at + READ_AD_POSTS_FOR
        ]

    def record_ad_post_views(
        self, seller_id: int, record: PlacementRecord, counts: Sequence[ViewCount]
    ) -> int:
        """Store a reading of the ad post's views (the post is stored first if it is new)."""
        history = self.storage.history
        with self.storage.db.atomic():
            if not history.post_ids(seller_id, [record.ad_message_id]):
                history.upsert_posts(
                    seller_id,
                    [PostData(record.ad_message_id, record.posted_at, is_ad=True)],
                )
            return history.add_view_counts(seller_id, counts)

    async def refresh_joins(self):
        """One round of reading joins and ad post views from Telegram (see tgclient.invites)."""
        from tgclient.invites import refresh_joins

        return await refresh_joins(self.telegram, self, now=self._clock())

    # --- back into the price book ---------------------------------------------------------

    def quote_draft(self, placement_id: int) -> QuoteDraft | None:
        """The placement as a price-book quote (source "own purchase"); None without a reach."""
        result = self.result(placement_id)
        if result is None or result.views is None:
            return None
        record = result.record
        niche = self.pricebook.niche(record.niche_id)
        return QuoteDraft(
            channel=record.seller_name,
            channel_id=record.seller_id,
            price=record.price,
            quoted_at=record.posted_at,
            currency=record.currency,
            top_hours=record.top_hours,
            feed_hours=record.feed_hours,
            native=record.native,
            reach=result.views,
            reach_origin=(
                ReachOrigin.TYPED if result.views_method == VIEWS_TYPED else ReachOrigin.FETCHED
            ),
            source=QuoteSource.OWN_PURCHASE,
            note=record.note,
            niche=niche.name if niche else None,
        )

    def pricebook_quote(self, placement_id: int) -> QuoteRecord | None:
        """The price book's "own purchase" quote already made from this placement, if any."""
        draft = self.quote_draft(placement_id)
        if draft is None:
            return None
        for quote in self.storage.quotes.list(channel_id=draft.channel_id):
            if (
                quote.source == QuoteSource.OWN_PURCHASE
                and quote.quoted_at == draft.quoted_at
                and quote.price == draft.price
            ):
                return quote
        return None


def normalise_invite_link(text: str) -> str:
    """``t.me/+hash``, ``https://t.me/joinchat/hash`` or ``tg://join?invite=hash`` → the
    canonical ``https://t.me/+hash``. Raises :class:`InviteLinkError` for anything else."""
    try:
        ref = parse_channel_ref(text)
    except InputError:
        ref = None
    if ref is None or ref.kind != "invite":
        raise InviteLinkError(
            "Not an invite link: paste a link such as https://t.me/+AbCdEf123.",
            code="invite_not_link",
        )
    return ref.link


def _join_curve(
    posted_at: datetime, counts: Sequence[tuple[datetime, int]], dates: Sequence[datetime]
) -> tuple[tuple[float, int], ...]:
    """Joins so far by hours after the post, for the chart (dates if known, else readings)."""
    horizon = ATTRIBUTION_HOURS + 24
    if dates:
        # a step per join up to CURVE_POINTS joins, then every n-th (the chart is ~400 px wide)
        step = max(1, len(dates) // CURVE_POINTS)
        points = [(0.0, 0)]
        for index, joined_at in enumerate(dates, start=1):  # earliest first, as stored
            if index % step and index != len(dates):
                continue
            hours = max((joined_at - posted_at).total_seconds() / 3600, 0.0)
            if hours <= horizon:
                points.append((hours, index))
        return tuple(points)
    return tuple(
        ((t - posted_at).total_seconds() / 3600, j)
        for t, j in counts
        if (t - posted_at).total_seconds() / 3600 <= horizon
    )
