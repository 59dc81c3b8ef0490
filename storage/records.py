"""What repositories hand out: plain frozen dataclasses, never peewee rows."""

from dataclasses import dataclass, field
from datetime import datetime
from decimal import Decimal
from enum import StrEnum

# The post-reach windows an admin can type their own reach for (the usual 1/24 and 1/48 placements).
TYPED_REACH_WINDOWS = (24, 48)


class ReachOrigin(StrEnum):
    """How a quote's reach figure was obtained; shown next to every reach."""

    TYPED = "typed"
    FETCHED = "fetched"
    ESTIMATED = "estimated"


class QuoteSource(StrEnum):
    """Where a quote came from; sources differ in how far they can be trusted."""

    PRICE_LIST = "price_list"  # the admin's own price list
    CHAT = "chat"  # buy/sell chats
    EXCHANGE = "exchange"  # ad exchanges (often inflated to cover commission)
    STATS_SITE = "stats_site"  # statistics sites
    OTHER = "other"
    OWN_PURCHASE = "own_purchase"  # a placement the user bought, its reach measured


@dataclass(frozen=True)
class NicheRecord:
    id: int
    name: str
    currency: str


@dataclass(frozen=True)
class ChannelRecord:
    id: int
    username: str | None
    title: str
    niche_id: int | None
    is_own: bool = False
    subscribers: int | None = None
    telegram_id: int | None = None
    access_hash: int | None = None
    caught_cheating: bool = False
    mega_compilations: bool = False
    under_promotion: bool = False
    narrow_niche: bool = False
    tracked: bool = False
    notes: str = ""
    typed_reach_24h: int | None = None
    typed_reach_48h: int | None = None
    invite_hash: str | None = None
    needs_reopen: bool = False

    @property
    def display_name(self) -> str:
        return f"@{self.username}" if self.username else self.title

    def typed_reach(self, window_hours: int) -> int | None:
        """The reach typed by hand for one of ``TYPED_REACH_WINDOWS``; None when not typed."""
        if window_hours not in TYPED_REACH_WINDOWS:
            raise ValueError(f"Reach is typed for {TYPED_REACH_WINDOWS} h windows only")
        return self.typed_reach_24h if window_hours == 24 else self.typed_reach_48h


@dataclass(frozen=True)
class QuoteDraft:
    """A quote as the user typed or imported it, before it has a row.

    ``channel`` is ``@username``, a ``t.me`` link or a plain title; ``niche`` a niche name.
    ``channel_id`` names the stored channel the quote belongs to (an edit, an undo): it is used
    while ``channel`` is still that channel's name, so a channel known by its title alone is not
    re-read as a @username; when the user typed another name, the name is looked up instead.
    """

    channel: str
    price: Decimal
    quoted_at: datetime
    currency: str = "RUB"
    top_hours: int = 1
    feed_hours: int | None = 24
    native: bool = False
    reach: int | None = None
    reach_origin: ReachOrigin = ReachOrigin.TYPED
    source: QuoteSource = QuoteSource.OTHER
    note: str = ""
    niche: str | None = None
    import_key: str | None = None
    channel_id: int | None = None


@dataclass(frozen=True)
class QuoteRecord:
    id: int
    channel_id: int
    channel_name: str
    niche_id: int | None
    niche_name: str | None
    price: Decimal
    currency: str
    top_hours: int
    feed_hours: int | None
    native: bool
    reach: int | None
    reach_origin: ReachOrigin
    quoted_at: datetime
    source: QuoteSource
    note: str = ""
    import_key: str | None = None

    def as_draft(self) -> QuoteDraft:
        """The same quote as a draft: to duplicate it, or to put it back after an undo."""
        return QuoteDraft(
            channel=self.channel_name,
            price=self.price,
            quoted_at=self.quoted_at,
            currency=self.currency,
            top_hours=self.top_hours,
            feed_hours=self.feed_hours,
            native=self.native,
            reach=self.reach,
            reach_origin=self.reach_origin,
            source=self.source,
            note=self.note,
            niche=self.niche_name,
            import_key=self.import_key,
            channel_id=self.channel_id,
        )


@dataclass(frozen=True)
class PostData:
    """A channel post as read from Telegram, before storage."""

    message_id: int
    posted_at: datetime
    text: str = ""
    edited_at: datetime | None = None
    grouped_id: int | None = None
    is_ad: bool | None = None


@dataclass(frozen=True)
class ViewCount:
    """One reading of a post's counters at ``taken_at``."""

    message_id: int
    taken_at: datetime
    views: int
    forwards: int = 0
    replies: int = 0
    reactions: int = 0


@dataclass(frozen=True)
class Snapshot:
    taken_at: datetime
    views: int
    forwards: int = 0
    replies: int = 0
    reactions: int = 0


@dataclass(frozen=True)
class PostHistory:
    """A stored post with all its view snapshots, oldest first."""

    post_id: int
    message_id: int
    posted_at: datetime
    is_ad: bool | None
    grouped_id: int | None
    text: str
    snapshots: tuple[Snapshot, ...] = field(default_factory=tuple)

    @property
    def latest(self) -> Snapshot | None:
        return self.snapshots[-1] if self.snapshots else None

    def ages_and_views(self) -> tuple[tuple[float, int], ...]:
        """Snapshots as ``(age_hours, views)`` pairs, the form the reach estimators take."""
        return tuple(
            ((s.taken_at - self.posted_at).total_seconds() / 3600, s.views) for s in self.snapshots
        )


@dataclass(frozen=True)
class OwnPriceRecord:
    id: int
    channel_id: int
    top_hours: int
    feed_hours: int | None
    native: bool
    price: Decimal
    currency: str
    valid_from: datetime
